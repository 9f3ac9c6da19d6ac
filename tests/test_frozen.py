"""newsletter.frozen: the same frozen dataclass as dataclass(frozen=True), only built faster."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from newsletter.frozen import frozen


@frozen
class Line:
    speaker: str | None
    text: str
    start: int = 0
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class PlainLine:
    speaker: str | None
    text: str
    start: int = 0
    tags: tuple[str, ...] = ()


def test_built_through_its_slots_reads_as_the_generated_init():
    fast, plain = Line("Mara", "Hello.", 4), PlainLine("Mara", "Hello.", 4)
    assert dataclasses.astuple(fast) == dataclasses.astuple(plain) == ("Mara", "Hello.", 4, ())
    assert repr(fast) == repr(plain).replace("PlainLine", "Line")
    assert Line(text="Hello.", speaker="Mara", start=4) == fast and Line("Mara", "Hi.") != fast
    assert hash(fast) == hash(Line("Mara", "Hello.", 4)) and len({fast, Line("Mara", "Hello.", 4)}) == 1
    assert str(inspect.signature(Line)) == str(inspect.signature(PlainLine))
    # not the generated __init__, which stores each field through object.__setattr__
    assert "__setattr__" in PlainLine.__init__.__code__.co_names
    assert "__setattr__" not in Line.__init__.__code__.co_names
    assert Line.__init__.__qualname__ == "Line.__init__"
    assert Line.__slots__ == ("speaker", "text", "start", "tags") and not hasattr(fast, "__dict__")


def test_still_frozen_and_copied_as_before():
    line = Line("Mara", "Hello.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "Bye."  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del line.speaker  # type: ignore[misc]
    assert dataclasses.replace(line, start=9) == Line("Mara", "Hello.", 9)
    assert pickle.loads(pickle.dumps(line)) == line
    with pytest.raises(TypeError):
        Line("Mara")  # type: ignore[call-arg]


def test_a_class_whose_init_does_more_keeps_the_generated_one():
    @frozen
    class WithFactory:
        names: list[str] = dataclasses.field(default_factory=list)

    @frozen
    class WithPostInit:
        text: str

        def __post_init__(self):
            object.__setattr__(self, "text", self.text.strip())

    @frozen
    class KeywordOnly:
        text: str = dataclasses.field(kw_only=True)

    assert WithFactory().names == [] and WithFactory().names is not WithFactory().names
    assert all("__setattr__" in c.__init__.__code__.co_names
               for c in (WithFactory, WithPostInit, KeywordOnly))
    assert WithPostInit("  Hello. ").text == "Hello."
    assert KeywordOnly(text="Hello.").text == "Hello."
    with pytest.raises(TypeError):
        KeywordOnly("Hello.")  # type: ignore[misc]
