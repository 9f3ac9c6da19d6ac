"""The air-date and pull-quote stages made faster without changing what they read (stop 34, speedsel): each cheaper
way of finding something is held to the one it stands for, on random texts (fixed seeds) made of the pieces it
reads, their near misses and white space."""

from __future__ import annotations

import random
from re import _parser

import pytest

from newsletter.extract import channels, when
from newsletter.extract.air_marks import Marks, streamer_starts
from newsletter.extract.channels import names_streamer
from newsletter.extract.scan import opening_members
from newsletter.extract.when import has_cue

# Streaming services whose rarest letter is a common one, cue words that share a marker, and their near misses.
_PIECES = [" ", " ", "\n", "\t", ",", ".", "'", "’", "x", "a", "9", "hayu", "iview", "wavve", "sooka", "mewatch",
           "fxnow", "hay", "view", "wave", "soak", "watch", "fox", "now", "iVysílání", "Netflix", "hulu.com", "Max",
           "on ", "this evening", "same evening", "next evening", "following evening", "evening", "even", "eve",
           "o'clock", "o’clock", "clock", "new year's eve", "new year’s eve", "new year", "year", "christmas eve",
           "tomorrow", "daily", "noon", "stream", "THIS EVENING", "O'CLOCK", "Hayu", "IVIEW"]


_OTHER_NAMES = [n for n in channels._PLAIN_STREAMERS if not n[:1].isupper()]


def _bodies(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _inside_each(starts: list[int], spans: list[tuple[int, int]]) -> bool:
    return all(any(s <= at < e for at in starts) for s, e in spans)


@pytest.mark.parametrize("seed", [1, 2])
def test_each_streamer_a_body_names_holds_one_of_its_starts(seed):
    named = 0
    for body in _bodies(seed, 1500):
        starts = streamer_starts(body)
        assert starts == sorted(starts)
        spans = [m.span() for rx in (channels._STREAMER_NAMES, channels._GUARDED_STREAMERS)
                 for m in map(rx.match, [body] * len(body), range(len(body))) if m]
        # (_OTHER_STREAMERS matches each of its names where it stands, as a find does, at the name's rarest letter)
        spans += [(at, at + len(n)) for n in _OTHER_NAMES for at in match_starts_of(n, body)]
        named += len(spans)
        assert _inside_each(starts, spans), body
        if not starts:
            assert channels._ANY_STREAMER.search(body) is None, body
    assert named > 1000


@pytest.mark.parametrize("seed", [3, 4])
def test_each_cue_word_a_body_holds_holds_one_of_its_starts(seed):
    held = 0
    for body in _bodies(seed):
        lower = body.lower()
        starts = when._has_cue_word.starts(lower)
        spans = [(at, at + len(w)) for w in when._CUE_WORDS for at in match_starts_of(w, lower)]
        held += len(spans)
        assert _inside_each(starts, spans), body
    assert held > 1000


def match_starts_of(word: str, text: str) -> list[int]:
    at, found = text.find(word), []
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


@pytest.mark.parametrize("seed", [5, 6])
def test_a_span_marks_pass_over_holds_no_cue_and_names_no_streamer(seed):
    rng = random.Random(seed)
    quiet = 0
    for body in _bodies(seed, 1500):
        marks = Marks(body)
        edges = [0] + [i for i, c in enumerate(body) if c.isspace()] + [len(body)]
        for _ in range(4):
            a, b = sorted(rng.sample(edges, 2)) if len(edges) > 2 else (0, len(body))
            start = a + 1 if a < len(body) and body[a].isspace() else a
            if start >= b:
                continue
            if not marks.may_cue(start, b):
                assert not has_cue(body[start:b]), (body, start, b)
                quiet += 1
            if not marks.may_stream(start, b):
                assert not names_streamer(body[start:b]), (body, start, b)
                quiet += 1
    assert quiet > 500


def test_the_body_is_read_once_for_words_that_share_a_marker():
    # (a find reads the whole body: the four evenings, two clocks and two new year's eves cost one each)
    assert len(when._has_cue_word.found_by) <= len(when._has_cue_word.plain_words) - 5
    assert all(any(m in w for m in when._has_cue_word.found_by) for w in when._has_cue_word.plain_words)


def test_the_streamer_scan_stops_at_no_common_lower_case_letter():
    # `hayu` led by its `y`, `iview` by its `v`: the scan of a whole body stopped at one character in twenty
    assert channels.STREAMERS_FOUND_APART.plain_words
    assert not set("abcdefghijklmnopqrstuvwxyz") & _first_characters(channels.STREAMER_SCAN)


def _first_characters(rx) -> set[str]:
    return opening_members(_parser.parse(rx.pattern, rx.flags).data, rx.flags)[0]
