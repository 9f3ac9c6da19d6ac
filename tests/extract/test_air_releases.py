"""Air-date kinds met in the fifth fictional set after its first score: releases that are no airing and a dotted
range of times. Every sentence is invented for the test."""

from datetime import date

import pytest

from newsletter.extract.airdates import parse_sentence

DAY = date(2025, 10, 1)


@pytest.mark.parametrize("sentence", [
    "The Christmas special first aired in 1995 and is out on video from Monday.",
    "It screens on BBC Four in the new year, and the soundtrack album is out on November 14.",
    "Ridgeline first aired in 1998 on the Nine Network, and the series is out on a box set on January 14.",
    "The network's drama awards ceremony will be held in Seoul on January 31.",
])
def test_a_release_or_an_event_is_no_airing(sentence):
    air = parse_sentence(sentence, DAY)
    assert air is None or air.kind == "none" or (air.weekday is None and air.start is None)


@pytest.mark.parametrize("sentence, hhmm", [
    ("Network 10's *The Honey Farm* screens weeknights 7.30–8.30pm from Monday.", "19:30"),
    ("Ridgeline airs Sundays 9:00-10:00 p.m. on AMC.", "21:00"),
    ("Ridgeline airs Sundays at 8.30pm on BBC One.", "20:30"),
])
def test_a_range_of_times_starts_at_its_first(sentence, hhmm):
    assert parse_sentence(sentence, DAY).local_time == hhmm


@pytest.mark.parametrize("sentence, tz", [
    ("In Chile, Valle Escondido returns to Mega on January 5 at 22:00.", "America/Santiago"),
    ("In Norway it airs on Monday 7 October at 21.30.", "Europe/Oslo"),
    ("In Argentina, Valle Escondido returns to Telefe on January 5 at 22:00.", "America/Argentina/Buenos_Aires"),
])
def test_a_country_of_one_zone_gives_the_clock_its_zone(sentence, tz):
    assert parse_sentence(sentence, DAY).tz == tz


def test_a_streaming_service_with_a_partner_in_its_name_is_read_whole():
    air = parse_sentence("Each episode streams on Paramount+ with Showtime on Fridays.", DAY)
    assert (air.kind, air.network, air.weekday) == ("streaming", "Paramount+ with Showtime", "Friday")


def test_a_sentence_all_in_lower_case_is_read_with_its_days_and_channels_capitalised():
    air = parse_sentence("the ferryman's daughter season two is on channel 4 sunday nights at nine", DAY)
    assert (air.kind, air.network, air.weekday, air.local_time, air.tz) == (
        "recurring", "Channel 4", "Sunday", "21:00", "Europe/London")
    assert air.sentence == "the ferryman's daughter season two is on channel 4 sunday nights at nine"


@pytest.mark.parametrize("said, read", [
    ("we watch it on netflix every friday", "we watch it on Netflix every Friday"),
    ("i may watch five episodes", "i may watch five episodes"),  # "may" and "five" stay words
    ("it returns may 5 on itv", "it returns May 5 on ITV"),
    ("Sunday on BBC One", "Sunday on BBC One"),  # written with capitals: as it is
])
def test_lower_case_capitalises_only_what_is_surely_a_name(said, read):
    from newsletter.extract.lower_case import cased
    assert cased(said) == read


def test_a_moved_slot_is_on_the_day_it_moves_to():
    air = parse_sentence("Ridgeline moves from Tuesdays to Wednesdays at 8.40pm on BBC One from January 7.", DAY)
    assert (air.kind, air.weekday, air.local_time) == ("recurring", "Wednesday", "20:40")
