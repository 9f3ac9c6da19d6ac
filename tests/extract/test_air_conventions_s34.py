"""The four air-date conventions of stop 34, which every annotated set now follows as the shared corpus does, and the
look-alikes that must stay as they are (every show, channel, service and person fictional):

1. availability with no date (`now streaming on X`, `all episodes are on Y`, `catch up on Z`) is `streaming`, with no
   day, time or zone, also on a service nobody lists and beside a look-alike's clause;
2. a pair of weekly nights (`airs Tuesday and Thursday at 7.30pm`) is a strip: recurring, with no one weekday;
3. a date with no time after its weekly slot (`The finale airs on 22 November.`) is at the slot's time, on its
   channel (the corpus fills a field from the sentences around it): right read in the article, not alone;
4. `from <weekday> <date>` with no weekly word is a one-off on that date; with one it is the weekly slot.
"""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.model import Interview

WED = date(2026, 11, 18)  # the article's date: a Wednesday
LON, NY, CPH = "Europe/London", "America/New_York", "Europe/Copenhagen"


def _fields(air):
    return air and (air.network, air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


def _alone(sentence: str):
    return _fields(parse_sentence(sentence, WED))


def _last(body: str):
    found = find_air_dates("Intro.\n\n" + body, WED)
    return _fields(found[-1]) if found else None


# 1. Availability on a service nobody lists, named after a word of streaming or availability.
@pytest.mark.parametrize("sentence, want", [
    ("The first season of *Gorse Hill* is streaming on Tarnlight Now.",
     ("Tarnlight Now", "streaming", None, None, None, None)),
    ("Both series of *Gorse Hill* remain available on Quillbox.", ("Quillbox", "streaming", None, None, None, None)),
    ("Series one is available on the Marrowdale app.", ("Marrowdale", "streaming", None, None, None, None)),
    ("*Gorse Hill*'s final season is available to stream on Pennock On Demand.",
     ("Pennock On Demand", "streaming", None, None, None, None)),
])
def test_availability_on_a_service_nobody_lists(sentence, want):
    assert _alone(sentence) == want


# 1. Availability beside a clause about something that is no airing (a vote, a screening): the availability.
@pytest.mark.parametrize("sentence, want", [
    ("*Gorse Hill* series one is streaming on Pelican+, and voting for the viewers' award opens on May 3.",
     ("Pelican+", "streaming", None, None, None, None)),
    ("*Gorse Hill* is streaming on Channel 4's streaming service, and a cast screening takes place at the Curzon "
     "on Saturday, November 21.", ("Channel 4", "streaming", None, None, None, None)),
])
def test_availability_beside_a_look_alike(sentence, want):
    assert _alone(sentence) == want


# 1. A German page's availability now: `ab sofort in der … Mediathek`, alone and as a listings grid's note.
def test_german_availability_now():
    assert _alone("Die Bergwacht: ab sofort in der NDR Mediathek.") == \
        ("NDR Mediathek", "streaming", None, None, None, None)
    grid = ("Mo 23.11.  20:15   ORF 2       Die Bergwacht (3/8) - Krimiserie\n"
            "Di 24.11.  21:05   SRF 1       Lawinenweg (1/6) - Dramaserie\n\n"
            "HINWEISE / NOTES\n"
            "Lawinenweg: Folge 2 läuft am Mo 30.11. um 21:05 in SRF 1.\n"
            "Die Bergwacht: ab sofort in der NDR Mediathek.\n"
            "Redaktionsschluss / Copy deadline: Do 26.11., 12:00.")
    understood = understand(Interview(source="t.txt", date=WED, title="Wochenraster", outlet="TV-Woche", body=grid))
    assert [(a.show, a.network, a.kind) for a in understood.air_dates][-1] == \
        ("Die Bergwacht", "NDR Mediathek", "streaming")


# 1. Look-alikes that must stay no airing: a disc, a shop, a ticket seller, an audio platform, a pre-order, a
# catch-up after each broadcast (the sets' catch-up convention), a mall appearance, a box office figure, a stage run,
# filming, a film in theatres, a livestream of an event, a podcast.
@pytest.mark.parametrize("sentence", [
    "The soundtrack album is available on Spotify now.",
    "The first series is available on Blu-ray now.",
    "Tickets for the cast's live show are available on Ticketmaster now.",
    "Her memoir about the show is available to pre-order now.",
    "Episodes will be available on the Tarnlight Player after broadcast.",
    "Episodes stream on Quillbox the next day.",
    "The cast will sign photos at the Westgate mall on Saturday at 2pm.",
    "The film took $12 million at the box office over the weekend.",
    "She is starring in a play at the Almeida until 4 May.",
    "Filming on series two begins in Leeds on Monday.",
    "The spin-off film is in theatres on Friday.",
    "The awards ceremony streams live on Tarnlight Now on Sunday at 8pm.",
    "New episodes of her podcast are available on Pod Harbour every Tuesday.",
])
def test_look_alikes_stay_no_airing(sentence):
    assert _alone(sentence) is None


# 1. Catch-up the day after a dated airing, in its own sentence, is no airing (the sets' catch-up convention); a
# release the same day is one.
@pytest.mark.parametrize("second, want", [
    ("Episodes stream the next day on BritBox.", 1),
    ("Episodes stream on Quillbox the next morning.", 1),
    ("The whole series is on BritBox from the same day.", 2),
])
def test_catch_up_the_next_day_after_a_dated_airing(second, want):
    body = "Intro.\n\n*Gorse Hill* premieres on BBC One on Sunday 22 November at 9pm. " + second
    assert len(find_air_dates(body, WED)) == want


# 2. A pair of weekly nights, singular as plural: a strip, with no one weekday.
@pytest.mark.parametrize("sentence, want", [
    ("*Gorse Hill* airs Tuesday and Thursday at 7.30pm on BBC One.", ("BBC One", "recurring", None, "19:30", LON, None)),
    ("*Gorse Hill* airs Tuesdays and Thursdays at 7.30pm on BBC One.",
     ("BBC One", "recurring", None, "19:30", LON, None)),
    ("*Gorse Hill* airs every Tuesday and Thursday at 7.30pm on BBC One.",
     ("BBC One", "recurring", None, "19:30", LON, None)),
    # look-alikes: a two-part finale on two nights is its first night; a slot with a repeat keeps its own night
    ("The two-part finale airs Tuesday and Wednesday at 9pm on BBC One.",
     ("BBC One", "one-off", "Tuesday", "21:00", LON, "2026-11-24")),
    ("*Gorse Hill* airs every Sunday at 9pm on BBC One, with a repeat on Thursday.",
     ("BBC One", "recurring", "Sunday", "21:00", LON, None)),
    ("*Gorse Hill* airs Sunday at 9pm on BBC One.", ("BBC One", "recurring", "Sunday", "21:00", LON, None)),
])
def test_a_pair_of_weekly_nights(sentence, want):
    assert _alone(sentence) == want


# 3. A date with no time after its weekly slot: the slot's channel, time and zone; a time the sentence states, or
# `at the same time`, is its own.
@pytest.mark.parametrize("body, want", [
    ("*Gorse Hill* airs Sundays at 9pm on BBC One. The finale airs on 22 November.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("*Gorse Hill* airs Sundays at 9pm on BBC One. It returns November 22.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("*Gorse Hill* airs Sundays at 9pm on BBC One. The finale airs on 22 November at 8pm.",
     ("BBC One", "one-off", "Sunday", "20:00", LON, "2026-11-22")),
    ("*Gorse Hill* premieres on BBC One on Sunday 22 November at 9pm. Later episodes air Sundays at the same time.",
     ("BBC One", "recurring", "Sunday", "21:00", LON, None)),
])
def test_a_dated_airing_after_its_slot_is_at_the_slot_time(body, want):
    assert _last(body) == want


# 4. `from <weekday> <date>`: a one-off on that date, unless a weekly word makes it the slot.
@pytest.mark.parametrize("sentence, want", [
    ("It airs in Denmark on DR1 from Monday 7 December at 20.00.",
     ("DR1", "one-off", "Monday", "20:00", CPH, "2026-12-07")),
    ("In Denmark it is on DR1 from Monday 7 December.", ("DR1", "one-off", "Monday", None, None, "2026-12-07")),
    ("In Denmark it is on DR1 on Mondays at 20.00 from Monday 7 December.",
     ("DR1", "recurring", "Monday", "20:00", CPH, None)),
    ("In Denmark it airs every Monday at 20.00 on DR1 from Monday 7 December.",
     ("DR1", "recurring", "Monday", "20:00", CPH, None)),
])
def test_from_a_dated_weekday(sentence, want):
    assert _alone(sentence) == want
