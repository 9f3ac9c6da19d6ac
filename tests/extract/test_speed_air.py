"""Air-date reading made faster without changing what it reads: the pre-tests that run on every paragraph and
sentence are written so that the regex engine skips to the characters they open on, and the rewritten patterns find
exactly what the patterns as first written found.

The texts are drawn at random (fixed seeds) from pieces of the kinds these patterns read: broadcast verbs, the
`can be seen on` family and its look-alikes, days, times, channels, marks and white space, run into each other in
both cases.
"""

from __future__ import annotations

import random
import re

import pytest

from newsletter.extract import air_evidence, places, scan, when
from newsletter.extract.air_marks import Marks
from newsletter.extract.channels import names_streamer
from newsletter.extract.scan import match_starts
from newsletter.extract.when import has_cue

_PIECES = [" ", " ", "  ", "\n", ",", ".", ";", "'", "’", "“", '"', "*", "(", ")", "x", "9", "at 9", "on ", "at ",
           "stream", "streams", "streaming on", "available on", "available to watch via", "on demand", "catch-up",
           "box set", "binge", "all six episodes", "drops on", "hits Netflix", "hits Hulu", "Streamer", "mainstream",
           "from ", "every ", "each ", "can", "can ", "will ", "may ", "maybe ", "cannot ", "be ", "be seen ",
           "be watched ", "be viewed ", "seen ", "It can be seen on Kestrel", "will be watched at", "may be viewed from",
           "Can Be Seen On", "WILL BE VIEWED EVERY", "airs", "aired", "re-airs", "premieres", "debuts", "tune in",
           "goes out", "is shown", "was repeated", "shows it", "will show", "watch it on ", "want to watch them ",
           "Sunday", "Tuesdays", "Lena Voss", "Kestrel One", "the finale", "the series", "9pm", "—", "_"]

# BROADCAST as it was written before its `can be seen` alternative was led by `be` (the look-behinds came first, so no
# first character could be read off it and the engine tried the whole pattern at every character of a paragraph).
_BROADCAST_BEFORE = scan.read_from(air_evidence.BROADCAST)[0].replace(
    r"be(?:(?<=can\sbe)|(?<=will\sbe)|(?<=may\sbe))\s+", r"(?:(?<=can\s)|(?<=will\s)|(?<=may\s))be\s+")


def _texts(seed: int, count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2])
def test_broadcast_led_by_be_finds_what_it_found_with_its_look_behinds_first(seed):
    before = re.compile(_BROADCAST_BEFORE, re.I)
    assert before.pattern != scan.read_from(air_evidence.BROADCAST)[0]
    found = 0
    for text in _texts(seed):
        expected = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in air_evidence.BROADCAST.finditer(text)] == expected, text
        found += any(text[a:b].lower().startswith("be") for a, b in expected)
    assert found > 50  # the `can be seen on` kind is there to be found


@pytest.mark.parametrize("rx", [air_evidence.BROADCAST, air_evidence.STREAM_WORD], ids=lambda rx: rx.pattern[:30])
def test_sentence_patterns_led_by_their_first_characters_find_what_they_find_as_written(rx):
    assert not rx.pattern.startswith(("(?=", "\\b")), rx.pattern[:80]  # one alternative per first character
    as_written = re.compile(*scan.read_from(rx))
    found = 0
    for text in _texts(3) + _texts(4, 2000) + [t.upper() for t in _texts(5, 1000)]:
        expected = [m.span() for m in as_written.finditer(text)]
        assert [m.span() for m in rx.finditer(text)] == expected, text
        assert [bool(rx.match(text, at)) for at in range(len(text))] == \
            [bool(as_written.match(text, at)) for at in range(len(text))], text
        found += bool(expected)
    assert found > 1000


@pytest.mark.parametrize("rx", [*air_evidence._QUICK_EVIDENCE, air_evidence._QUICK_WEAK, air_evidence._QUICK_TV,
                                air_evidence._QUICK_IS_ON, *air_evidence._QUICK_OTHERS],
                         ids=lambda rx: rx.pattern[:30])
def test_every_paragraph_pre_test_opens_on_its_first_characters(rx):
    # A pattern opening on a look-ahead (led_by_first's fallback) or a word boundary is tried at every character.
    assert not rx.pattern.startswith(("(?=", "\\b", "(?<")), rx.pattern[:80]


# Pieces of the kinds has_cue and names_streamer look for, and their near misses, with the white space spans are cut at.
_MARK_PIECES = [" ", " ", "\n", "\n\n", "\t", ",", ".", "x", "a", "9", "10", "9pm", "9 p.m.", "21:00", "at 9", "at ten",
                "at half ", "o'clock", "10/9c", "1/26", "2026-12-06", "12 de enero", "Jan. 5", "5 Jan", "March 3",
                "Sunday", "sundays", "tonight", "night", "today", "day", "mon-", "midnight", "stream", "available",
                "box set", "catch up", "Netflix", "netflix.com", "Max", "on Max", "Stan", "to Stan", "Peacock",
                "iPlayer", "hulu.com", "discovery+", "BritBox", "fuboTV", "My5", "10 Play", "on ", "to ", "via ",
                "NETFLIX", "Netflixing", "Maxwell", "Stanley", "Peacocks", "+", "-", "_", "'s", "’"]


def _cut_at_white_space(rng: random.Random, body: str) -> tuple[int, int] | None:
    """A span of `body` that white space (or the body's ends) bounds, as paragraphs and sentences are."""
    edges = [0] + [i for i, c in enumerate(body) if c.isspace()] + [len(body)]
    a, b = sorted(rng.sample(edges, 2)) if len(edges) > 2 else (0, len(body))
    start = a + 1 if a < len(body) and body[a].isspace() else a
    return (start, b) if start < b else None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_span_with_no_mark_of_the_body_holds_no_cue_and_names_no_streaming_service(seed):
    rng = random.Random(seed)
    quiet = loud = 0
    for _ in range(3000):
        body = "".join(rng.choice(_MARK_PIECES) for _ in range(rng.randint(1, 40)))
        marks = Marks(body)
        for _ in range(4):
            span = _cut_at_white_space(rng, body)
            if span is None:
                continue
            text = body[span[0]:span[1]]
            if not marks.may_cue(*span):
                assert not has_cue(text), (body, span)
                quiet += 1
            if not marks.may_stream(*span):
                assert not names_streamer(text), (body, span)
                quiet += 1
            loud += has_cue(text) + names_streamer(text)
    assert quiet > 1000 and loud > 1000  # both answers are given, and many spans do hold something


def test_a_span_cut_inside_a_word_is_always_asked_in_full():
    body = "Watch it on Netflix tonight"
    marks = Marks(body)
    assert marks.may_stream(14, 27) and marks.may_cue(14, 27)  # `tflix tonight`: not bounded by white space
    assert not marks.may_stream(0, 11) and not marks.may_cue(0, 11)  # `Watch it on`


_EVIDENCE_PIECES = _PIECES + ["weeknights", "every day", "nightly", "Monday through Friday", "Sunday's episode",
                              "tonight's finale", "8/7c", "9 / 8c", "— Mon", ": daily", "viewers can see it",
                              "episodes drop", "the finale is on", "is on the show", "release", "week", "—", ":", "returns",
                              "is back on", "begins", "moves to Thursdays", "it's on at", "we're on", "concludes"]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_pre_tests_in_one_pattern_find_something_where_one_of_them_does(seed):
    rng = random.Random(seed)
    parts = (*air_evidence._QUICK_EVIDENCE, *air_evidence._QUICK_OTHERS)
    found = found_weak = 0
    for _ in range(6000):
        text = "".join(rng.choice(_EVIDENCE_PIECES) for _ in range(rng.randint(1, 25))).lower()
        one = any(rx.search(text) for rx in parts)
        assert bool(air_evidence._QUICK_ANY.search(text) or air_evidence._QUICK_EVIDENCE[3].search(text)) == one, text
        weak = bool(air_evidence._QUICK_WEAK.search(text) or air_evidence._QUICK_IS_ON.search(text))
        assert bool(air_evidence._QUICK_WEAK_OR_ON.search(text)) == weak, text
        found += one
        found_weak += weak
    assert 1000 < found < 5500 and 500 < found_weak < 5500  # both answers are given
    assert not air_evidence._QUICK_ANY.pattern.startswith("(?=")  # one alternative per first character
    assert not air_evidence._QUICK_WEAK_OR_ON.pattern.startswith("(?=")


_CLOCK_PIECES = [" ", "  ", "\n", ",", ".", "/", "(", ")", "9", "10", "21", "9:30", "7.30", "at ", "from ", "pm", " p.m.",
                 "ET", "PT", "CET", "CEST", "AEST", "AEDT", "NZST", "GMT", "BST", "IST", "EST", "EDT", "AT", "at 9",
                 " 10/9c", "Sunday", "Jan", "5 Jan", "ETA", "PTA", "CETx", "et", "9ET", "9 ET/PT", "12 AT 9", "E", "T"]


def test_the_zone_trie_is_the_zone_words_and_reads_as_their_alternation_did():
    words = set(when._ZONE_OF)
    trie = re.compile(f"(?:{when._ZONE_WORD})")
    assert all(trie.fullmatch(w) for w in words)
    rng = random.Random(7)
    alternation = "|".join(sorted(when._ZONE_OF, key=len, reverse=True))  # as the patterns were first written
    digit_cue = re.compile(when._DIGIT_CUE.pattern.replace(when._ZONE_WORD, alternation))
    source, flags = scan.read_from(when._TIME)
    time_as_written = re.compile(source.replace(when._ZONE_WORD, alternation), flags)
    assert digit_cue.pattern != when._DIGIT_CUE.pattern and time_as_written.pattern.count(alternation) == 2
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(_CLOCK_PIECES) for _ in range(rng.randint(1, 12)))
        assert bool(trie.fullmatch(text)) == (text in words), text
        assert match_starts(when._DIGIT_CUE, text) == match_starts(digit_cue, text), text
        expected = [(m.span(), m.groupdict()) for m in time_as_written.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in when._TIME.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 2000


def test_city_names_led_by_their_first_characters_are_found_where_cities_found_them():
    assert not places._CITY_NAMES.pattern.startswith(("(?=", "\\b"))  # one alternative per first character
    cities = sorted(places._CITY_ZONE)
    pieces = [" ", ", ", ".", "\n", "-", "x", "New", "York", "the ", "Salt Lake", "Springs", "a", "’s", *cities[:40],
              *cities[-40:], *(c.upper() for c in cities[:5]), *(c + "x" for c in cities[:5])]
    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 15)))
        expected = [(m.span(), m.group(1)) for m in places._CITIES.finditer(text)]
        assert [(m.span(), m.group(0)) for m in places._CITY_NAMES.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 400
