"""Kinds of air-date sentence found by the thirteenth fictional set (ordinary mainstream house styles), each with
invented phrasings of the kind and the look-alikes that must stay as they are (every sentence about a fictional
show)."""

from datetime import date

import pytest

from newsletter.extract.airdates import parse_sentence

WED = date(2026, 11, 18)  # the article's date: a Wednesday
NY, MEX, SAO, LIM = "America/New_York", "America/Mexico_City", "America/Sao_Paulo", "America/Lima"


def _alone(sentence, on=WED):
    air = parse_sentence(sentence, on)
    return (air.network, air.kind, air.weekday, air.local_time, air.tz,
            air.day.isoformat() if air.day else None) if air else None


# A weekday written beside a date names its year, even when a past participle earlier in the sentence (`taped…`) reads
# as looking back; a past airing whose weekday fits last year's date stays last year's.
@pytest.mark.parametrize("sentence, want", [
    ("*The Lantern Gala*, recorded earlier this month in Denver, airs Friday, Dec. 25 at 9/8c.",
     (None, "one-off", "Friday", "21:00", NY, "2026-12-25")),
    ("The choir special, taped last week, is on Friday, December 25 at 7 p.m. ET.",
     (None, "one-off", "Friday", "19:00", NY, "2026-12-25")),
])
def test_weekday_beside_a_date_names_its_year(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("*The Lantern Gala* aired Thursday, Dec. 25 at 9/8c.", (None, "one-off", "Thursday", "21:00", NY, "2025-12-25")),
])
def test_weekday_that_fits_last_years_date_stays_last_year(sentence, want):
    assert _alone(sentence) == want


# `*Title*, Channel's new novela, premieres…`: a channel's possessive in an apposition that names the show's kind is
# where the show airs (its country's clock); a possessive that opens a clause about someone is no channel.
@pytest.mark.parametrize("sentence, want", [
    ("*Río Quebrado*, Azteca Uno's new prime-time novela, premieres on Monday, December 7, at 20:30.",
     ("Azteca Uno", "one-off", "Monday", "20:30", MEX, "2026-12-07")),
    ("*Maré Alta*, Globo's big 6 o'clock novela, starts on Monday at 18h.",
     ("Globo", "one-off", "Monday", "18:00", SAO, "2026-11-23")),
])
def test_channel_possessive_in_an_apposition(sentence, want):
    assert _alone(sentence) == want


def test_possessive_that_opens_a_clause_is_no_channel():
    air = parse_sentence("*Río Quebrado*, Globo's boss said the novela, premieres on Monday at 21:00.", WED)
    assert air is None or air.network is None


# Peru's national channel as it calls itself on air.
def test_peruvian_channel_short_name():
    assert _alone("*Los Tres Patios* returns to América TV on Saturdays at 9 p.m.") == \
        ("América TV", "recurring", "Saturday", "21:00", LIM, None)
