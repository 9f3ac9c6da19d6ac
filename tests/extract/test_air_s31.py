"""Air dates of kinds the eleventh held-out set showed past the tuned ones, each with look-alikes that must stay as
they were (every show, outlet, channel and sentence here is invented): catch-up after a broadcast, release tables by
place with each row's own zone."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.model import Interview

MON = date(2026, 11, 16)  # the article's date: a Monday


def _when(sentence: str, on: date = MON):
    air = parse_sentence(sentence, on)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


@pytest.mark.parametrize("sentence", [
    "Episodes will be available on the RTÉ Player after broadcast.",
    "Every episode goes up on ITVX straight after its television broadcast.",
    "Each instalment is on My5 immediately after the telecast.",
    "Episodes are available on BBC iPlayer after transmission.",
])
def test_catch_up_after_the_broadcast_is_no_release_of_its_own(sentence):
    assert parse_sentence(sentence, MON) is None


@pytest.mark.parametrize("sentence, want", [
    # a release with its own day, beside catch-up words, stays a release
    ("Catch up on Lumen+ after the telecast, or watch the whole series first on Lumen+ from 3 December.",
     ("streaming", "Thursday", None, None, "2026-12-03")),
    # a broadcast with catch-up after it stays the broadcast
    ("*Gullhaven* is on BBC One on Sundays at 9pm and on BBC iPlayer after broadcast.",
     ("recurring", "Sunday", "21:00", "Europe/London", None)),
    # availability with no broadcast named stays a release
    ("*Gullhaven* season two is streaming now on Lumen+.", ("streaming", None, None, None, None)),
])
def test_releases_and_broadcasts_beside_catch_up_stay(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("row, want", [
    ("| Seattle | Friday 20 November, 12am PT |", ("streaming", "Friday", "00:00", "America/Los_Angeles",
                                                  "2026-11-20")),
    # the row's own place where it keeps the same clock as the letters (Canada's Pacific time)
    ("| Vancouver | Friday 20 November, 12am PT |", ("streaming", "Friday", "00:00", "America/Vancouver",
                                                    "2026-11-20")),
    ("| Cape Town | Friday 20 November, 10am SAST |", ("streaming", "Friday", "10:00", "Africa/Johannesburg",
                                                     "2026-11-20")),
    ("| Chennai | Friday 20 November, 1.30pm IST |", ("streaming", "Friday", "13:30", "Asia/Kolkata", "2026-11-20")),
    # the zone in brackets after the time, in English or Portuguese
    ("| Mexico | Thursday 3 December, 20:00 (Mexico City) | weekly |",
     ("streaming", "Thursday", "20:00", "America/Mexico_City", "2026-12-03")),
    ("| Brazil | quinta-feira, 3 de dezembro, 20h (horário de Brasília) | weekly |",
     ("streaming", "Thursday", "20:00", "America/Sao_Paulo", "2026-12-03")),
    # letters several zones share: the row's place names the zone
    ("| Spain | Thursday 3 December, 20:00 CET |", ("streaming", "Thursday", "20:00", "Europe/Madrid", "2026-12-03")),
    ("| London | Friday 20 November, 8am GMT |", ("streaming", "Friday", "08:00", "Europe/London", "2026-11-20")),
])
def test_a_release_tables_row_by_place_is_read_in_its_zone(row, want):
    assert _when(row) == want


@pytest.mark.parametrize("row", [
    "| Where you are | Local release time |",
    "|---|---|",
    # a tour's date with no zone written, a venue beside it
    "| Leeds | Friday 4 December, 7.30pm | Grand Theatre |",
    # no place of its own
    "| Episode one | Friday 20 November, 8am GMT |",
    # a screening
    "| Glasgow | Friday 20 November, 7pm GMT | premiere screening at the festival |",
])
def test_rows_that_are_no_release_by_place_stay_none(row):
    assert parse_sentence(row, MON) is None


_TABLES = """Here is when everything lands.

## *Saltmarsh Kings*, season 3

All episodes arrive at once, everywhere.

| Where you are | Local release time |
|---|---|
| Seattle | Friday 20 November, 12am PT |
| Mumbai | Friday 20 November, 1.30pm IST |

## *El Faro Rojo*

One episode a week.

| Country | First episode |
|---|---|
| Mexico | Thursday 3 December, 20:00 (Mexico City) |
"""


def test_each_tables_rows_are_read_in_the_article_under_their_headings_show():
    found = find_air_dates(_TABLES, MON)
    assert [(a.kind, a.local_time, a.tz) for a in found] == [
        ("streaming", "00:00", "America/Los_Angeles"), ("streaming", "13:30", "Asia/Kolkata"),
        ("streaming", "20:00", "America/Mexico_City")]
    understood = understand(Interview(source="t.md", date=MON, title="Release calendar", outlet="The Ledger",
                                      body=_TABLES))
    assert [a.show for a in understood.air_dates] == ["Saltmarsh Kings", "Saltmarsh Kings", "El Faro Rojo"]


@pytest.mark.parametrize("sentence, want", [
    # a title set off, or `it` after a word of watching, on a weekly night with no time or channel
    ('"Brackenfold" is on Sunday nights.', ("recurring", "Sunday", None, None, None)),
    ("*Brackenfold* is on Thursdays.", ("recurring", "Thursday", None, None, None)),
    ("Thanks for coming in. Do watch it, it's on on Tuesday evenings.", ("recurring", "Tuesday", None, None, None)),
    # a radio station named by its own word, and its programme's slot
    ("*Seven Songs* is on Radio Merrow on Sundays at 11.15am.", ("recurring", "Sunday", "11:15", "Europe/London",
                                                                 None)),
    ("The quiz is on Dunmore FM on Fridays at 6.30pm, repeated on Mondays.",
     ("recurring", "Friday", "18:30", "Europe/London", None)),
    # a weeknight strip named as such
    ("The channel brings back *Tally Ho* in a weeknight strip at 7:30 p.m. for a four-week run.",
     ("recurring", None, "19:30", "America/New_York", None)),
])
def test_weekly_nights_radio_slots_and_named_strips(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The farmers' market is on Sundays.",
    "My pottery class is on Tuesday evenings.",
    "Brackenfold is on Sundays.",  # no title set off, no watching: a club, a market or a show alike
    '"Brackenfold" is on hiatus until the spring.',
    "She heard the song on the radio on Sunday.",
    "Its star talks about the finale on Dunmore FM's breakfast show at 8.15am on Friday.",
    "He works a weeknight shift at 7pm.",
])
def test_look_alikes_of_weekly_nights_radio_and_strips_stay_none(sentence):
    assert parse_sentence(sentence, MON) is None


def test_a_weekly_night_takes_no_network_from_a_show_said_to_be_on_two():
    body = ("Thanks for coming in. Do watch it, it's on on Sunday nights.\n\n"
            "*Brackenfold* airs Sundays at 9pm on RTÉ One and on BBC Two in Northern Ireland on Tuesdays at 10.40pm.")
    understood = understand(Interview(source="t.md", date=MON, title="Brackenfold", outlet="The Ledger", body=body))
    assert [(a.show, a.network) for a in understood.air_dates] == [("Brackenfold", None), ("Brackenfold", "RTÉ One")]


def test_a_weekly_night_takes_the_network_the_shows_other_airings_agree_on():
    body = ("Thanks for coming in. Do watch it, it's on on Sunday nights.\n\n"
            "*Brackenfold* airs Sundays at 9pm on RTÉ One.")
    understood = understand(Interview(source="t.md", date=MON, title="Brackenfold", outlet="The Ledger", body=body))
    assert [(a.show, a.network) for a in understood.air_dates] == [("Brackenfold", "RTÉ One"),
                                                                   ("Brackenfold", "RTÉ One")]
