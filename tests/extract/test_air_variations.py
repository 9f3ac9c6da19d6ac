"""Air dates under systematic variation (bench/air_variations.py): titles that hold a day or a time, and the
generator's floor. Every show, channel line and sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from newsletter.extract.airdates import parse_sentence

WEDNESDAY = date(2026, 3, 4)


def _read(sentence: str):
    air = parse_sentence(sentence, WEDNESDAY)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


@pytest.mark.parametrize("sentence, want", [
    # a title's `Midnight`, `Tonight`, `Tomorrow`, `at Nine` or weekday is its name, not the airing's when
    ("*Midnight at Nine* premieres Sunday at 9pm on BBC One.",
     ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
    ("<em>Tonight with Ada Quill</em> returns Sunday at 9pm on BBC One.",
     ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
    ("*Tomorrow's Harvest* premieres Sunday at 9pm on Channel 4.",
     ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
    ("*The Midnight Ferry* airs Saturdays at 10 p.m. on NBC.",
     ("recurring", "Saturday", "22:00", "America/New_York", None)),
    ("*Sunday Best* airs Thursdays at 8 p.m. on BET.", ("recurring", "Thursday", "20:00", "America/New_York", None)),
    ("<i>Today at Five</i> premieres on TVNZ 1 on Monday at 7.30pm.",
     ("one-off", "Monday", "19:30", "Pacific/Auckland", "2026-03-09")),
    ("_Friday Night Fires_ begins Tuesday 10 March at 9pm on RTÉ One.",
     ("one-off", "Tuesday", "21:00", "Europe/Dublin", "2026-03-10")),
    # look-alikes that stay: a set-off line that is itself the when, a title whose day is the only one
    ("*Sun 9pm, BBC One*", ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
    ("*Harrow Fen* is on at 9pm on BBC One tonight.", ("one-off", "Wednesday", "21:00", "Europe/London", "2026-03-04")),
    ("*Sunday Kitchen* returns this week at 9.30am on Channel 4.",
     ("one-off", "Sunday", "09:30", "Europe/London", "2026-03-08")),
])
def test_a_titles_words_are_not_the_when(sentence, want):
    assert _read(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    # a weekly slot whose first night is named first (`Beginning Sunday 8 March`): the slot, not that night
    ("Beginning Sunday 8 March, *Harrow Fen* airs Sundays at 9pm on BBC One.",
     ("recurring", "Sunday", "21:00", "Europe/London", None)),
    ("From Monday 9 March, *Quarry Lane* is on ITV1 Mondays at 8pm.", ("recurring", "Monday", "20:00", "Europe/London",
                                                                      None)),
    ("Starting Thursday, March 12, *Copper Sound* airs Thursdays at 10 p.m. on CBS.",
     ("recurring", "Thursday", "22:00", "America/New_York", None)),
    ("Starting this Friday, *Lark Hill* goes out on Fridays at 7.30pm on Seven.",
     ("recurring", "Friday", "19:30", "Australia/Sydney", None)),
    # look-alikes that stay: a first night and no weekly day, a first night then a weekly clause
    ("Beginning Sunday 8 March, *Harrow Fen* airs at 9pm on BBC One.",
     ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
    ("*Harrow Fen* premieres Sunday 8 March at 9pm on BBC One, and then airs every Sunday.",
     ("one-off", "Sunday", "21:00", "Europe/London", "2026-03-08")),
])
def test_a_slot_from_its_first_night(sentence, want):
    assert _read(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    # a slot the show moved out of or into in a year gone by: history, no airing
    ("*Harrow Fen* was moved from its Sunday 9pm slot on ITV1 in 2019.", None),
    ("*Harrow Fen* was dropped from its slot on ITV1 on Sundays at 9pm last year.", None),
    ("In 2019 *Copper Sound* moved from Tuesdays to Thursdays at 10 p.m. on CBS.", None),
    ("*Lark Hill* was shifted to Fridays at 7.30pm on Seven last season.", None),
    # look-alikes that stay: a move still to come or said now, and a past move beside a present airing
    ("*Harrow Fen* moves to Sundays at 9pm on ITV1.", ("recurring", "Sunday", "21:00", "Europe/London", None)),
    ("*Harrow Fen* was moved from Tuesdays to Sundays at 9pm on ITV1.",
     ("recurring", "Sunday", "21:00", "Europe/London", None)),
    ("The show moved to Sundays at 9pm on ITV1 in 2019, where it airs to this day.",
     ("recurring", "Sunday", "21:00", "Europe/London", None)),
])
def test_a_slot_moved_in_a_year_gone_by(sentence, want):
    assert _read(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    # a channel leading its sentence as the subject of a schedule verb, in any tense: the airing's channel
    ("BBC Two is showing *Gull Point* on Friday at 9pm.", ("one-off", "Friday", "21:00", "Europe/London", "2026-03-06",
                                                         "BBC Two")),
    ("CBS will move *Copper Sound* to Thursdays at 8 p.m.", ("recurring", "Thursday", "20:00", "America/New_York", None,
                                                           "CBS")),
    ("Network 10 is shifting *Lark Hill* to Tuesdays at 8.40pm.",
     ("recurring", "Tuesday", "20:40", "Australia/Sydney", None, "Network 10")),
    ("RTÉ One shifts *Quarry Lane* to Mondays at 9.35pm.", ("recurring", "Monday", "21:35", "Europe/Dublin", None,
                                                          "RTÉ One")),
    ("CTV is bringing *North Reach* back on Sunday at 10 p.m.", ("one-off", "Sunday", "22:00", "America/Toronto",
                                                               "2026-03-08", "CTV")),
    # look-alikes that stay: a channel that is only the subject of news
    ("CBS is expected to renew *Copper Sound* on Monday.", None),
    ("NBC is moving its headquarters on Monday.", None),
])
def test_a_channel_as_the_subject_in_any_tense(sentence, want):
    air = parse_sentence(sentence, WEDNESDAY)
    assert (_read(sentence) + (air.network,) if air else None) == want


def test_the_generator_holds_its_floor():
    """bench/air_variations.py's sentences: right as often as when the floor was set (raise it, never lower it)."""
    from bench.air_variations import cases, read, right

    all_cases = cases()
    good = sum(right(c.want, read(c)) for c in all_cases)
    assert len(all_cases) >= 1180
    assert good >= len(all_cases) - 3
