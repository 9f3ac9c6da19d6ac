"""Pull-quote and air-date reading made cheaper without changing what they find.

Each shortcut is held to what it replaced, on inputs drawn at random (fixed seeds) from pieces that make the edge
cases common: a candidate's ceiling added up term by term against the seventeen values times their weights summed,
under the fitted weights and under weights that are negative, zero or tiny; channels remembered for a text
against the channels read afresh from it; and a title's words read as shouted against the reading that counted the
letters of each word first.
"""

from __future__ import annotations

import random
from operator import mul

import pytest

from newsletter.extract import channels, title_words
from newsletter.quote_glance import PLACED, Context, placed_features
from newsletter.quote_ranking import _CEILING_MARGIN, ceiling, weighed

_WORDS = ["I", "I'm", "it", "it's", "Yeah", "well", "we", "my", "The", "show", "extraordinary", "kitchen", "you",
          "So", "he", "they", "lighthouse", "Marguerite", "said", "a", "and", "Oh", "honestly", "me"]
_MARKS = ["", "!", "?", " you", " You", "!!", " yourself"]


def _candidate(rng: random.Random) -> tuple[list[str], str, str, tuple]:
    words = [rng.choice(_WORDS) for _ in range(rng.choice([0, 1, 5, 8, 9, 14, 20, 21, 25, 26, 30]))]
    plain = " ".join(words) + rng.choice(_MARKS)
    first = words[0].lower() if words else ""
    ctx = (rng.random() < 0.3, rng.random() < 0.4, False, rng.random() < 0.2, rng.random() < 0.3,
           rng.choice([0, 12, 60, 61, 200]), rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.2,
           rng.random() < 0.1)
    return words, first, plain, ctx


def _summed(words: list[str], first: str, plain: str, ctx: tuple, weights: tuple) -> float:
    """The ceiling as it was worked out before: every PLACED value times its weight, summed."""
    placed, you, rest = weights
    values = placed_features(words, first, plain, Context(*ctx))
    return sum(map(mul, values, placed)) + (you if "you" in plain.lower() else 0.0) + rest + _CEILING_MARGIN


def _weights(rng: random.Random) -> tuple:
    pick = [0.0, -0.0, 1e-17, -0.37, 0.1, 0.2, 0.3, 1.7, -2.25, 0.333]
    return tuple(rng.choice(pick) for _ in PLACED), rng.choice(pick[4:]), rng.choice([0.0, 3.1, 0.7])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_ceiling_added_up_term_by_term_is_the_sum_bit_for_bit(seed):
    rng = random.Random(seed)
    fitted = weighed()
    present = 0
    for _ in range(4000):
        words, first, plain, ctx = _candidate(rng)
        for weights in (fitted, _weights(rng)):
            expected = _summed(words, first, plain, ctx, weights)
            assert ceiling(words, first, plain, ctx, weights).hex() == expected.hex(), (plain, ctx, weights)
        present += any(placed_features(words, first, plain, Context(*ctx)))
    assert present > 3000  # the features are there to be added


_CHANNEL_PIECES = [" ", "  ", ",", ".", "on ", "to ", "via ", "BBC One", "ITV", "Netflix", "Hulu", "hulu.com", "Max",
                   "Stan", "Channel 4", "KRQE", "Ch 19", "Fox 5", "Norway's TV 2", "TV3", "Ghana's", "the ABC",
                   "at 9pm", "Sunday", "Kestrel One", "(", ")", "'s", "WKMG-TV", "returns to 10 on Monday"]


def test_channels_remembered_for_a_text_are_those_read_afresh_and_each_caller_gets_its_own_list():
    rng = random.Random(7)
    texts = ["".join(rng.choice(_CHANNEL_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(600)]
    named = 0
    for text in texts + texts[::-1] + texts[::3]:  # asked again while it is still remembered, and after
        found = channels.find_channels(text)
        assert found == channels._channels_in(text), text
        found.append(None)  # a caller's list is its own: the next asker still gets the channels alone
        assert channels.find_channels(text) == channels._channels_in(text), text
        named += bool(channels._channels_in(text))
    assert named > 300
    assert channels._channels_of.cache_info().currsize <= channels._LAST_KEPT


_TITLE_WORDS = ["CSI:", "NY", "JORJA", "FOX", "Harbor", "Lights", "FOR", "IMMEDIATE", "RELEASE", "the", "of", "ER",
                "QI", "BBC", "ONE", "Ö", "ÉTÉ", "X", "9", "2", "A1", "MAÑANA", "Noch", "ein", "TV", "'N", "ABC's"]


def _shouted_as_it_was(words: list[str]) -> bool:
    long = [w for w in words if sum(c.isalpha() for c in w) >= 3]
    return len(long) >= 2 and all(w.isupper() for w in long)


def test_a_title_needs_two_words_in_capitals_before_its_long_words_are_read_as_shouted():
    rng = random.Random(11)
    shouted_seen = 0
    for _ in range(20000):
        words = [rng.choice(_TITLE_WORDS) for _ in range(rng.randint(0, 6))]
        assert title_words.shouted(words) == _shouted_as_it_was(words), words
        shouted_seen += _shouted_as_it_was(words)
    assert shouted_seen > 1000
