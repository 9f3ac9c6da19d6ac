"""Stop 33's faster readings, each held equal to what it replaced on random texts."""

from __future__ import annotations

import random
import re

import pytest

from newsletter.extract import furniture
from newsletter.extract.openings import ByOpening, opening_characters

# Openings of every kind: each case of the letters the patterns open on, the characters re.I folds into them (the
# long s, the Kelvin sign, the dotted and dotless i), marks, white space, and prose.
_OPENERS = list("([-*_#>«& \tEUPCARWSLNDTYOMGBSsſKkİıIiyYbB.:!?0123456789xqz\n’“\"'") + ["&laquo;", "**", "__"]


def _texts(seed: int, pieces: list[str], count: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(_OPENERS + pieces) + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
            for _ in range(count)]


_PIECES = ["(laughs)", "]", ")", "---", "* * *", "EDIT: ", "Update 2:", "#tag", " #two", "Page 2 of 3", "Previous page",
           "Continued on page 4 »", "Advertisement", "Related: x", "Watch the trailer below:", "Translation by",
           " BY ", " bY ", "Subbed by", "That's all! ", "**", "__", "Question 5", "No. 7", "16.", "SUPER: ",
           "NAT SOUND: ", "[21:05] ", "*** ", "-!- ", "Session Start: ", "This article is for subscribers only.",
           "ſubscribe now", "Subscribe now", "Already a subscriber?", "NEXT WEEK:", "**Coming up:**",
           "> **Source:**", "She laughs.", " ", "\n", "x", ":", ".", "by"]


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_paragraphs_asked_by_their_first_character_are_nobody_s_exactly_when_a_pattern_says_so(seed):
    found = 0
    for text in _texts(seed, _PIECES, 20000):
        each = any(rx.match(text) for rx in furniture.NOBODYS)
        assert furniture.said_by_nobody(text) == each, text
        found += each
    assert found > 2000


@pytest.mark.parametrize("source, flags, expected", [
    (r"\A[\[(]x", 0, frozenset("[(")),
    (r"\A(?:\*\*|__)?Edit", 0, frozenset("*_E")),
    (r"\Asubscribe", re.I, frozenset("sSſ")),
    (r"\A(?:a|b)?c", 0, frozenset("abc")),
])
def test_the_characters_an_anchored_pattern_opens_with_are_read_off_it(source, flags, expected):
    assert opening_characters(re.compile(source, flags)) == expected


@pytest.mark.parametrize("source", [r"\A[^\n]{0,4}x", r"\A\w+", r"\A[a-z]", r"\A(?:x)?", r"\A.*"])
def test_an_opening_that_cannot_be_read_is_none_and_that_pattern_is_always_tried(source):
    rx = re.compile(source)
    assert opening_characters(rx) is None
    led = ByOpening((rx, re.compile(r"\Aq")))
    for text in ("", "x", "ab x", "qq", "\nx", "zz"):
        assert led.match(text) == bool(rx.match(text) or text.startswith("q")), text
