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
