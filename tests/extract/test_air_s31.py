"""Air dates of kinds the eleventh held-out set showed past the tuned ones, each with look-alikes that must stay as
they were (every show, outlet, channel and sentence here is invented): catch-up after a broadcast, release tables by
place with each row's own zone."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.air_show import marked_titles
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.extract.zone_rows import guide_row_airing
from newsletter.extract.air_network import with_networks
from newsletter.model import AirDate, Interview, OneOff

MON = date(2026, 11, 16)  # the article's date: a Monday


def _when(sentence: str, on: date = MON):
    air = parse_sentence(sentence, on)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


@pytest.mark.parametrize("sentence", [
    "Episodes will be available on the RTÉ Player after broadcast.",
    "Every episode goes up on ITVX straight after its television broadcast.",
    "Each instalment is on My5 immediately after the telecast.",
    "Episodes are available on BBC iPlayer after transmission.",
    "Stream the next day on Lumen+.",
    "New episodes of *Gullmoor* will stream on Lumen+ 24 hours before their TV telecast.",
    # a pre-emption
    "*Gullmoor* will not be telecast on Saturday, December 5 because of the election results.",
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


def test_a_bare_weekly_night_takes_no_network_from_the_shows_other_airings():
    body = ("Thanks for coming in. Do watch it, it's on on Sunday nights.\n\n"
            "*Brackenfold* airs Sundays at 9pm on RTÉ One and on BBC Two in Northern Ireland on Tuesdays at 10.40pm.")
    understood = understand(Interview(source="t.md", date=MON, title="Brackenfold", outlet="The Ledger", body=body))
    assert [(a.show, a.network) for a in understood.air_dates] == [("Brackenfold", None), ("Brackenfold", "RTÉ One")]


def test_an_airing_on_a_day_still_takes_the_network_the_shows_other_airings_give():
    tonight = "Tonight's episode of Brackenfold is her last."
    listing = "Brackenfold (8 p.m., CTV; 9 p.m., CBS)"
    body = f"{tonight}\n\n{listing}"
    airings = [AirDate("Brackenfold", None, OneOff(MON), tonight, 0, len(tonight)),
               AirDate("Brackenfold", "CTV", OneOff(MON, "20:00", "America/Toronto"), listing, len(tonight) + 2,
                       len(body))]
    assert [a.network for a in with_networks(airings, body)] == ["CTV", "CTV"]


def _printed(body: str, title: str = "Notes from the week", on: date = MON):
    understood = understand(Interview(source="t.md", date=on, title=title, outlet="The Ledger", body=body))
    return [(a.show, a.network) for a in understood.air_dates]


@pytest.mark.parametrize("sentence, want", [
    # the time is the weekly slot's the premiere then moves on to
    ("*Tallow* premieres Sunday, November 29 after the big game and then settles into Tuesdays at 9 p.m.",
     ("one-off", "Sunday", None, None, "2026-11-29")),
    # a time of the premiere's own stays
    ("*Tallow* premieres Sunday, November 29 at 8 p.m. and then settles into Tuesdays at 9 p.m.",
     ("one-off", "Sunday", "20:00", "America/New_York", "2026-11-29")),
    # a programme page's slot line, opening on its verb
    ("Returns Saturday, 5 December at 8pm.", ("one-off", "Saturday", "20:00", None, "2026-12-05")),
])
def test_a_premieres_time_and_a_slot_line_opening_on_its_verb(sentence, want):
    got = _when(sentence)
    assert got == want or (want[3] is None and got[:3] == want[:3] and got[4] == want[4])


@pytest.mark.parametrize("sentence", [
    "Opens Friday, 4 December at 7pm.",  # an exhibition's, or anything's
    "Returns Saturday.",
])
def test_look_alikes_of_a_slot_line_stay_none(sentence):
    assert parse_sentence(sentence, MON) is None


def test_a_slot_line_on_a_programme_page_takes_the_channel_not_the_catch_up_service():
    body = ("## Copperfield Lane\n\nA comedy about a bakery.\n\nPremieres Monday, 7 December at 9pm on ITV1. "
            "Catch up on ITVX after broadcast, or watch the first series on ITVX now.\n\n"
            "## The Long Field\n\nReturns Saturday, 12 December at 8pm.")
    assert _printed(body)[-1] == ("The Long Field", "ITV1")


_UPFRONTS = """Every network's fall plans, night by night.

## Harrowgate Broadcasting

Harrowgate opened the week with a long presentation, and the network promised more drama.

*Tin Roof* will air Thursdays at 9/8c this fall.

## Pellmore

Pellmore's presentation was short.

*Cadenza* returns Monday, September 21 at 8 p.m.

## Listen Network

*Bright Water* moves to Fridays at 8/7c.
"""


def test_a_roundups_section_heading_is_the_network_of_the_airings_under_it():
    assert _printed(_UPFRONTS, "Upfronts: Every Network's Fall Schedule") == [
        ("Tin Roof", "Harrowgate Broadcasting"), ("Cadenza", "Pellmore"), ("Bright Water", "Listen Network")]


def test_a_listicles_heading_that_is_its_shows_name_is_no_network():
    body = ("## Tin Roof\n\nThe drama airs on the network on Sunday at 9pm.\n\n"
            "## Cadenza\n\nThe comedy airs on the network on Monday at 8pm.")
    assert _printed(body) == [("Tin Roof", None), ("Cadenza", None)]


@pytest.mark.parametrize("body, want", [
    # a channel nobody lists, after the zone's name
    ("New episodes of *Gullmoor* air Saturdays at 8 p.m. Eastern on Corvane.", ("Gullmoor", "Corvane")),
    # a tier of a listed brand
    ("Highlights are in *Goal Rush* on Sky Sports Mix on Saturday at 10pm.", ("Goal Rush", "Sky Sports Mix")),
    # a player back in a role is no show; the show is the one that returns
    ("*Tamsin is back as Prue when Little Hatley returns to Channel 4 on Saturday 5 December at 8pm.*",
     ("Little Hatley", "Channel 4")),
])
def test_the_printed_show_and_network(body, want):
    assert _printed(body) == [want]


def test_a_dateline_heading_is_no_show():
    body = ("**Oslo, 3 November 2026**\n\n**FROSTVIK COMES TO NRK1 THIS WINTER**\n\n"
            "The broadcaster today announces *Frostvik*, a ten-part drama.\n\nIt has been sold abroad:\n\n"
            "- Sweden: SVT1 will show the series on Thursdays at 20:10 from 7 January 2027.\n\n**ENDS**")
    assert _printed(body, "PRESS RELEASE: Frostvik comes to NRK1") == [("Frostvik", "SVT1")]


@pytest.mark.parametrize("text, want", [
    ("*Translated from Norwegian by Ola Berg.*", []),
    ("*Additional reporting by Ola Berg.*", []),
    ("*Frostvik* is on NRK1.", ["Frostvik"]),
    ("*Stand by Me* is on NRK1.", ["Stand by Me"]),
])
def test_a_translators_credit_set_off_is_no_title(text, want):
    assert marked_titles(text) == want


def test_a_release_from_the_same_day_as_a_slot_starts():
    body = ("*Les Jours de Mina* airs Mondays at 20 h on ICI Télé, starting December 7. "
            "The series is also available in full on ICI Tou.tv from the same day.")
    found = find_air_dates(body, MON)
    assert [(a.kind, a.day and a.day.isoformat()) for a in found] == [("recurring", None),
                                                                       ("streaming", "2026-12-07")]


@pytest.mark.parametrize("sentence, want", [
    # a line led by its country's label takes that country's clock
    ("- Latvia: LTV1 will air it from Monday 11 January 2027 at 21:30.",
     ("one-off", "Monday", "21:30", "Europe/Riga", "2027-01-11")),
    ("Estonia: ETV will show it from Tuesday 12 January 2027 at 21:00.",
     ("one-off", "Tuesday", "21:00", "Europe/Tallinn", "2027-01-12")),
    # a speaker's label before a title's weekly night
    ('HOST: "Brackenfold" is on Sunday nights. What can you tell us?', ("recurring", "Sunday", None, None, None)),
])
def test_a_country_label_and_a_speakers_label(sentence, want):
    assert _when(sentence) == want


def test_a_label_that_is_no_country_keeps_the_channels_clock():
    assert _when("Note: it airs at 9pm on BBC One on Sunday 6 December.") == (
        "one-off", "Sunday", "21:00", "Europe/London", "2026-12-06")


@pytest.mark.parametrize("sentence, show", [
    ("The next Quiz Royale is on BBC Two on Tuesday at 8pm.", "Quiz Royale"),
    ("The Long Field is on BBC Two on Tuesday at 8pm.", "The Long Field"),
])
def test_the_next_edition_of_a_show_is_the_show(sentence, show):
    assert _printed(sentence) == [(show, "BBC Two")]


def test_subscribers_getting_a_title_on_a_day_is_a_release():
    assert _when("Mexican subscribers get *El Patio* on Corvane on Friday at 6pm Mexico City time.") == (
        "streaming", "Friday", "18:00", "America/Mexico_City", "2026-11-20")
    assert parse_sentence("Subscribers get a discount on Friday at 6pm.", MON) is None


def test_a_country_label_beats_the_channel_carried_from_the_line_before():
    body = ("- Czech Republic: ČT1 will show the series on Thursdays at 20:10 from 7 January 2027.\n"
            "- Latvia: LTV1 will air it from Monday 11 January 2027 at 21:30.")
    assert [a.tz for a in find_air_dates(body, MON)] == ["Europe/Prague", "Europe/Riga"]


def test_syndicated_reruns_in_most_markets_take_no_network_of_the_shows():
    body = ("New episodes of *Gullmoor* air Saturdays at 8 p.m. Eastern on Corvane.\n\n"
            "Reruns start in syndication next month. In most markets they will air weekdays at 4 p.m., but check "
            "your local listings!")
    assert _printed(body, "Gullmoor fan club news") == [("Gullmoor", "Corvane"), ("Gullmoor", None)]


@pytest.mark.parametrize("sentence, want", [
    ("Episode two will screen on Sunday, December 6 at 8.30pm.", ("one-off", "Sunday", "20:30", "2026-12-06")),
    # a Spanish strip, its clock written `22 h`
    ("In Argentina it will air on Telefe, de lunes a viernes a las 22 h.", ("recurring", None, "22:00", None)),
])
def test_a_screening_on_a_day_and_a_spanish_strip(sentence, want):
    got = _when(sentence)
    assert (got[0], got[1], got[2], got[4]) == want


def test_a_film_screening_at_a_festival_stays_none():
    assert parse_sentence("The film will screen at the festival on Sunday, December 6 at 8pm.", MON) is None


def test_a_strip_of_named_nights_with_its_channel_between_it_and_the_clock():
    assert _when("*Lantern Quay* airs at 9:40 p.m. on VTV3 every Monday, Tuesday and Wednesday from December 7.") == (
        "recurring", None, "21:40", "Asia/Ho_Chi_Minh", None)


@pytest.mark.parametrize("row, want", [
    # day first: 4 December is a Friday (12 April is not)
    ("7  | Seven    | Fri 04/12 | 19:30-20:30 | Harbour Vets     | New. [PG]",
     ("one-off", "Friday", "19:30", "Australia/Sydney", "2026-12-04")),
    ("2  | ABC TV   | Sat 05/12 | 21:30-23:05 | The Long Field   | Drama. [M]",
     ("one-off", "Saturday", "21:30", "Australia/Sydney", "2026-12-05")),
    # month first: 12/05 read as December 5, a Saturday
    ("| BBC One | Sat 12/05 | 20:00 | The Long Field |", ("one-off", "Saturday", "20:00", "Europe/London", "2026-12-05")),
])
def test_a_guide_exports_row_is_an_airing_its_weekday_ordering_its_date(row, want):
    assert _when(row) == want


def test_a_files_stamp_is_no_airing():
    assert parse_sentence("EPG EXPORT  ::  Region: Sydney  ::  Generated Fri 04/12/2026 06:00 AEDT", MON) is None


@pytest.mark.parametrize("line", [
    "| Episode | Sat 05/12 | 19:30 | Harbour Vets |",  # no channel's cell
    "| Seven | Mon 06/12 | 19:30 | Harbour Vets |",  # the next 6 December is a Sunday, the next 12 June a Saturday
    "| Seven | Sat 05/12 | Harbour Vets |",  # no time
])
def test_rows_that_are_no_guide_row(line):
    assert guide_row_airing(line, MON) is None
