"""Air dates read from their page's context and worldwide slots (stop 34): a guide's note on the zone of its times,
slots written in ways not read before, and the look-alikes that must stay as they are (every show, channel, outlet
and person invented)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

FRI = date(2026, 12, 4)  # the article's date: a Friday


def _found(body: str, on: date = FRI, outlet: str | None = "The Weekender"):
    return [(a.kind, a.weekday, a.local_time, a.tz, a.day and a.day.isoformat())
            for a in find_air_dates(body, on, outlet=outlet)]


# A guide's note on its times (`All times ACDT (Adelaide)`) puts a national channel's listings on the page's own clock
# where the channel's country has several (Australia's channels keep Sydney's clock elsewhere); a channel of another
# country, a zone the line writes itself and a page with no such note keep theirs.
ADELAIDE_GUIDE = ("# Weekend viewing\n\n"
                  "*All times ACDT (Adelaide). Regional viewers check local guides.*\n\n"
                  "## Saturday\n\n"
                  "**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n\n"
                  "**Kowhai Creek** *(TVNZ 1, 7pm)* Across the Tasman, the vet finally takes a holiday.\n\n"
                  "The netball final is live on Nine from 7.30pm AEDT.\n")


def test_a_guides_note_sets_its_national_channels_clock():
    assert _found(ADELAIDE_GUIDE) == [
        ("one-off", "Saturday", "20:30", "Australia/Adelaide", "2026-12-05"),
        ("one-off", "Saturday", "19:00", "Pacific/Auckland", "2026-12-05"),
        ("one-off", "Saturday", "19:30", "Australia/Sydney", "2026-12-05")]


@pytest.mark.parametrize("note, zone", [
    ("All times are ACST.", "Australia/Adelaide"),
    ("All times shown are AWST.", "Australia/Perth"),
    ("All times listed are Queensland time.", "Australia/Brisbane"),
    ("All times local (AEDT).", "Australia/Sydney"),  # the channel's own clock: as it was
    ("Times are for the Adelaide edition.", "Australia/Sydney"),  # no zone said: the channel's
])
def test_the_notes_zone(note, zone):
    body = f"{note}\n\n**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n"
    assert [z for _, _, _, z, _ in _found(body)] == [zone]


def test_a_note_of_another_countrys_zone_leaves_a_channel_as_it_is():
    body = ("All times Eastern unless noted.\n\n"
            "**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n")
    assert [z for _, _, _, z, _ in _found(body)] == ["Australia/Sydney"]


# The note itself, with the clock it gives for viewers elsewhere, is no airing of its own.
def test_the_note_is_no_airing():
    body = ("*Brineport* returns to Seven on Sunday at 7.30pm.\n\n"
            "All times AEDT; Seven's Darwin viewers see it at 6pm local time.\n")
    assert _found(body) == [("one-off", "Sunday", "19:30", "Australia/Sydney", "2026-12-06")]
