"""Patterns that run on every paragraph, quote or candidate, led by their first characters for speed
(scan.led_by_first), find exactly what the patterns as written find.

The texts are drawn at random (fixed seeds) from pieces of the kinds these patterns read: filming and theatrical
look-alikes, cancelled and past airings, pronouns, speech verbs and stutters, asking in prose, a channel placed in a
country, ratings, guests welcomed, emphasis marks, markup, comment headers, episode titles, viewers in a city, zones,
recordings, vague dates; run into each other, in both cases, with marks and white space between, so matches start at
the edges of words, after marks and at the ends of texts.
"""

from __future__ import annotations

import random
import re

import pytest

from newsletter import pull_quotes, quote_features, quote_speech
from newsletter.extract import (air_evidence, air_reading, air_sequence, air_show, airdates, asking, attribution, cast,
                                brought_in, quote_spans,
                                mentions, page_layouts, places, pronouns, recordings, roles, scan, sections, sentences,
                                show_subject, trades, turns, unlisted, when)

_PIECES = [" ", " ", "  ", "\n", "\t", ",", ".", ";", "—", "'", "’", "“", "‘", '"', "*", "_", "~~", "(", ")", "x",
           "9", "1.5", "the 9", "10 de ", "Lena", "Voss", "Lena Voss", "Dev Okafor", "Lena Voss, the ", "its ",
           "filming", "filmed in", "shooting", "shoots at", "on set", "on location", "in theaters", "hits cinemas",
           "in select theatres", "box office", "on DVD", "DVDs", "watch party", "production begins", "wrapped filming",
           "will not air", "won’t be shown", "has been pulled", "is no longer on ", "isn't available", "Netflix",
           "she", "Her", "herself", "he", "His", "himself", "says", "said", "told me", "asked me", "goes", "I ",
           "I'm ", "we ", "We ", "and and", "the the", "I I", "I’m, I’m", "a a", "airs", "aired", "premieres",
           "returns", "returning", "weeknights", "Weekday mornings", "weekdays", "Monday through Friday", "every day",
           "I asked", "we wondered", "I put this to", "When ", "After ", "asks", "asked", "wonders", "Norway", "Norway's",
           "TV 2", "Korea’s", "drew ", "an audience", "averaged", "viewers", "peaked at", "million", "welcome",
           "welcome back to", "joining us", "joins us", "with us", "our guest", "our special guests", "season",
           "finale of", "episodes of", "fans of", "on ", "the", "a", "his ", "their ", "It", "The show", "Okafor ",
           "Mara", "Quinlan", "Sky One", "Channel 4", "drew 6 million viewers", "averaged 2.5m people",
           "drew an audience", "Brazil", "Norway's TV 2 airs", "In Peru, Canal Sol TV shows", "Rede Aurora Brazil shows",
           "on Rede Aurora in Brazil at", " at", " airs", "When Lena Voss asks", "When Voss asked about it",
           ", she ", "she said it", "said, “", "says: ", "told me, ", "asks me: ", "went, ", "said, I think, ",
           "When Voss asks why, she", "After Lena Voss asked again, they", "When Okafor demands it, he",
           "](", "<b>", "</em>", "&amp;", "&#39;", "that cat", "that storm", " that ", "3 comments", "Leave a reply",
           "12 thoughts on", "## Comments", "episode titled ", "finale, “", "chapter ", "Chicago viewers",
           "viewers in Chicago", "fans across Toronto", "Houston-area residents", "My husband says I",
           "Our director said that we", "My mum told me I", "ET", " PT", "CET", "clip", "vox pop 2", "SOUNDBITE",
           "archive recording", "in January", "next year", "this spring", "sometime", "later this season",
           "Mara Quinlan, their ", "Dev Okafor, the "]

_LED = [air_evidence._LOOK_ALIKE, air_evidence._CANCELLED, air_evidence._RATINGS, cast._WORD_BEFORE,
        mentions._NAMES_SOMEONE, brought_in._QUOTE_OPENING, pronouns._GENDERED, show_subject._SUBJECT_VERB,
        show_subject._DETERMINER_END, asking._ASKED_IN_PROSE, unlisted._COUNTRY_NAMED,
        roles._GUEST_CUE, attribution._ANY_VERB, attribution._ASKING_CLAUSE, when._RARE_GATE,
        quote_speech._STUTTER, quote_speech._REPORTED_UNMARKED, air_sequence._MARKS, trades._NAMED_BEFORE_TRADE,
        air_show._SHOW_BEFORE, sentences._STOP_BREAK, air_sequence.CLAUSE_BREAK, quote_features._MARKUP,
        pull_quotes._THAT_THING, quote_features._ENDS_POINTING, sections._MARKS, page_layouts._COMMENTS_HEAD,
        attribution._BEFORE, air_show._EPISODE_BEFORE, places._VIEWERS_CITY, quote_spans._NESTED_FRAME,
        quote_speech._SAID_OF_ME, air_reading.PAST, when._ZONE_ANY, recordings._RECORDING, airdates._VAGUE,
        pull_quotes._CLOSES_QUOTE, pull_quotes._OPENS_QUOTE]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def _as_written(rx: re.Pattern) -> re.Pattern:
    """The pattern led_by_first was given, compiled as written."""
    source, flags = scan.read_from(rx)
    return re.compile(source, flags)


@pytest.mark.parametrize("rx", _LED, ids=lambda rx: scan.read_from(rx)[0][:40])
def test_a_pattern_led_by_its_first_characters_finds_what_it_finds_as_written(rx):
    plain = _as_written(rx)
    found = 0
    texts = _texts(7, 3000)
    for text in texts + [t.lower() for t in texts] + [t.upper() for t in texts[:500]]:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == expected, text
        found += bool(expected)
    assert found >= 20  # the pieces make each pattern match often enough for the comparison to mean something


@pytest.mark.parametrize("rx", _LED, ids=lambda rx: scan.read_from(rx)[0][:40])
def test_a_pattern_led_by_its_first_characters_matches_where_it_matches_as_written(rx):
    plain = _as_written(rx)
    for text in _texts(11, 300):
        for pos in range(len(text) + 1):
            want, got = plain.match(text, pos), rx.match(text, pos)
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), (text, pos)
            # searched in a window ending early too, as the callers search clauses of a sentence
            want, got = plain.search(text, 0, pos), rx.search(text, 0, pos)
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), (text, pos)
