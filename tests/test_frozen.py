"""model.frozen: a frozen dataclass whose instances are made by one write of their dict, and in every other way
the dataclass that @dataclass(frozen=True) makes."""

from dataclasses import FrozenInstanceError, dataclass, field, replace

import pytest

from newsletter.model import PullQuote, Turn, frozen


@dataclass(frozen=True)
class Plain:
    text: str
    start: int
    reasons: tuple[str, ...] = ()
    excluded: str | None = None


@frozen
class Quick:
    text: str
    start: int
    reasons: tuple[str, ...] = ()
    excluded: str | None = None


def test_instances_are_those_the_dataclass_makes():
    for args, kwargs in [(("a", 1), {}), (("a", 1, ("r",)), {}), (("a",), {"start": 2, "excluded": "why"})]:
        plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
        assert vars(quick) == vars(plain)
        assert repr(quick) == repr(plain).replace("Plain", "Quick")
        assert hash(quick) == hash(Quick(*args, **kwargs)) and quick == Quick(*args, **kwargs)
    assert Quick("a", 1) != Quick("a", 2)


def test_they_refuse_assignment_and_are_replaced_as_dataclasses_are():
    quick = Quick("a", 1)
    with pytest.raises(FrozenInstanceError):
        quick.start = 2
    assert replace(quick, start=2) == Quick("a", 2)
    with pytest.raises(TypeError):
        Quick("a")  # a field without a default is required, as in the dataclass
    assert replace(Turn("Voss", "interviewee", "Yes.", 0, 4), end=3).end == 3
    assert PullQuote("Yes.", "Voss", 0, 4, 1.0).rule == "score"


def test_fields_it_cannot_make_plainly_are_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="plain fields only"):
        @frozen
        class Listed:
            items: list = field(default_factory=list)
