"""Air dates of kinds the held-out sets showed past the tuned ones: a printed schedule's rows under a heading that gives
their day and channel (teletext pages, a paper's TV page), a broadcast in the hour after midnight written with the
evening's day, as listings keep late shows; each with look-alikes that must stay as they were (every show, outlet and
sentence here is invented; the channels are real broadcasters)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.extract.schedule_rows import schedule_rows

FRI = date(2024, 2, 9)  # the article's date: a Friday


def _found(body, on=FRI):
    return [(a.show, a.network, a.kind, a.local_time, a.tz, a.day.isoformat() if a.day else None)
            for a in find_air_dates(body, on)]


TELETEXT = """Recovered pages from a tape, layout kept.

P301   TEXTVIEW 301  Fri 9 Feb  17:20/04
  BBC ONE TONIGHT
  6.00  Newsround Extra
  7.30  Pelham Lane (S)
        The bakery reopens
  8.00  The Quarry Men (S) (T)
 10.35  Film: Moss on the Roof
 12.15  Weather
"""


def test_teletext_rows_are_that_night_on_the_heading_channel():
    assert _found(TELETEXT) == [
        ("Newsround Extra", "BBC One", "one-off", "18:00", "Europe/London", "2024-02-09"),
        ("Pelham Lane", "BBC One", "one-off", "19:30", "Europe/London", "2024-02-09"),
        ("The Quarry Men", "BBC One", "one-off", "20:00", "Europe/London", "2024-02-09"),
        ("Film: Moss on the Roof", "BBC One", "one-off", "22:35", "Europe/London", "2024-02-09"),
        # past midnight: the next day's date, as the page's order says
        ("Weather", "BBC One", "one-off", "00:15", "Europe/London", "2024-02-10"),
    ]


PAPER_PAGE = """TELEVISION

SATURDAY 17 FEBRUARY

19.00 Harbourside Vets (BBC Two)
20.30 The Long Field (Channel 4)
21.00 Ashby & Daughters (ITV1)
00.05 Nightcall (Channel 4)
"""


def test_a_paper_page_gives_each_row_its_own_channel_and_the_heading_its_day():
    assert _found(PAPER_PAGE) == [
        ("Harbourside Vets", "BBC Two", "one-off", "19:00", "Europe/London", "2024-02-17"),
        ("The Long Field", "Channel 4", "one-off", "20:30", "Europe/London", "2024-02-17"),
        ("Ashby & Daughters", "ITV1", "one-off", "21:00", "Europe/London", "2024-02-17"),
        ("Nightcall", "Channel 4", "one-off", "00:05", "Europe/London", "2024-02-18"),
    ]


def test_a_later_sentence_naming_a_row_show_is_on_that_row_channel():
    body = TELETEXT + "\nP302  TV NEWS\n  Pelham Lane continues on\n  Tuesdays at 7.30pm.\n"
    assert _found(body)[-1][:2] == ("Pelham Lane", "BBC One")


# A timetable with no channel anywhere near it (a convention's day, a recording session) is no schedule of airings.
@pytest.mark.parametrize("body", [
    "SATURDAY AT THE CON\n\n10.00 Doors open\n11.30 Panel: the writers' room\n14.00 Photo sessions\n"
    "16.30 Closing words\n",
    "Our day on set:\n  7.00  Make-up and wardrobe\n  8.30  First rehearsal\n  9.15  Lunch with the crew\n",
])
def test_a_timetable_with_no_channel_is_no_airing(body):
    assert _found(body) == []


def test_two_clock_led_lines_are_no_schedule():
    assert schedule_rows("7.30 start on the first day\n9.00 finish on the last\n") == []


def _alone(sentence, on=FRI):
    air = parse_sentence(sentence, on)
    return (air.kind, air.weekday, air.local_time, air.day.isoformat() if air.day else None) if air else None


# The hour after midnight: listings keep it in the night it follows, so `Thursday at 12:35 a.m.` is the small hours
# after Thursday's evening, on Friday's date (as `Thursday at midnight` already was).
@pytest.mark.parametrize("sentence, want", [
    ("The episode of *Night Owls with Kit Brannagh* airs Thursday at 12:35 a.m. on NBC.",
     ("one-off", "Friday", "00:35", "2024-02-16")),
    ("**Thursday, Feb. 15** - Oduya is a guest on *Night Owls* at 12:35 a.m./11:35c on NBC.",
     ("one-off", "Friday", "00:35", "2024-02-16")),
    ("*Night Owls* airs Thursdays at 12:35 a.m. on NBC.", ("recurring", "Friday", "00:35", None)),
    ("The repeat goes out on Thursday at 00.35 on BBC One.", ("one-off", "Friday", "00:35", "2024-02-16")),
])
def test_the_hour_after_midnight_belongs_to_the_evening_before(sentence, want):
    assert _alone(sentence) == want


# ...but not where the text names the morning it falls on, nor a service's release, which opens its day.
@pytest.mark.parametrize("sentence, want", [
    ("The episode airs early Thursday morning at 12:35 a.m. on NBC.", ("one-off", "Thursday", "00:35", "2024-02-15")),
    ("All eight episodes of *Rook Hill* arrive on Paramount+ at 12 a.m. PT on Thursday, Feb. 15.",
     ("streaming", "Thursday", "00:00", "2024-02-15")),
    ("The episode airs Thursday at 11:35 p.m. on NBC.", ("one-off", "Thursday", "23:35", "2024-02-15")),
])
def test_a_morning_named_or_a_release_keeps_its_day(sentence, want):
    assert _alone(sentence) == want


# A channel name several countries' broadcasters use (`TV2`, `TV3`, `TV1`): the country the sentence names, else the
# one the article names nearest before it, else the outlet's; with none, printed as written and no country guessed.
@pytest.mark.parametrize("sentence, zone", [
    ("*Kopje Lane* premieres in Ghana on Sunday at 8pm on TV3.", "Africa/Accra"),
    ("In New Zealand, *Tarn Bay* screens weeknights at 5.30pm on TV2.", "Pacific/Auckland"),
    ("Malaysia's TV3 airs *Jalan Damai* on Thursday at 9pm.", "Asia/Kuala_Lumpur"),
    ("Norway's TV 2 airs the finale on Thursday at 20:00.", "Europe/Oslo"),
])
def test_a_shared_name_in_the_country_its_sentence_names(sentence, zone):
    air = parse_sentence(sentence, FRI)
    assert air.network in ("TV1", "TV2", "TV 2", "TV3") and air.tz == zone


@pytest.mark.parametrize("body, zone", [
    ("Every family in Ghana knows the Mensah house.\n\n*Kopje Lane* premieres this Sunday at 8pm on TV3.",
     "Africa/Accra"),
    ("**Ghana.** TV3's *Kopje Lane* returns on Saturday, February 17 at 7pm GMT.\n\n**Ireland.** RTÉ One has the "
     "finale of *Bog Road* on Sunday at 9pm.", "Africa/Accra"),
    ("The cast flew home to Auckland for the launch.\n\n*Tarn Bay* screens on TV2 on Thursday at 7pm.",
     "Pacific/Auckland"),
])
def test_a_shared_name_in_the_country_its_article_names_before_it(body, zone):
    assert find_air_dates(body, FRI)[0].tz == zone


def test_a_shared_name_nothing_places_guesses_no_country():
    air = parse_sentence("*Tarn Bay* screens on TV2 on Thursday at 7pm.", FRI)
    assert air.network == "TV2" and air.tz != "Europe/Copenhagen"


# ...but a capitalised word right before it makes a longer name nobody lists, read as before.
def test_a_longer_name_ending_in_a_shared_one_is_not_the_shared_one():
    air = parse_sentence("Zambia's ZNBC TV1 repeats the week's episodes of *Mine Road* late on Saturday at 11.45pm.",
                         FRI)
    assert (air.network, air.tz) == ("ZNBC TV1", "Africa/Lusaka")
