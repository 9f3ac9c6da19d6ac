"""Air dates of kinds the eighth to tenth held-out sets showed past the tuned ones, each with look-alikes that must
stay as they were (every show, outlet, channel and sentence here is invented): a channel no table lists, recognised
by where it stands beside the airing's when and printed as written."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.extract.unlisted import named_beside_a_when
from newsletter.model import Interview

SAT = date(2026, 3, 7)  # the article's date: a Saturday


def _printed(body: str, title: str = "Notes from the week"):
    understood = understand(Interview(source="t.md", date=SAT, title=title, outlet="The Ledger", body=body))
    return [(a.show, a.network) for a in understood.air_dates]


@pytest.mark.parametrize("sentence, name", [
    # after the clock of the airing (a US listing's `8/7c`, a time zone's letters, a bare hour)
    ("*Copper Vale* airs Tuesdays at 8/7c on Marrowfield.", "Marrowfield"),
    ("*Copper Vale* returns on Sunday, March 15 at 9pm on Tinderbox Drama, and season one is on DVD.",
     "Tinderbox Drama"),
    ("All ten episodes premiere Friday, March 13, at 12 a.m. PT on Quillstream.", "Quillstream"),
    ("*Copper Vale* airs weeknights at 7:30/6:30c on the Harrowgate Channel Two.", "Harrowgate Channel Two"),
    # before the day of a release
    ("Season two drops on Pellucid on Friday, March 13 at 3am ET.", "Pellucid"),
    ("The Kenyan drama *Maji Moto* streams on Savanna Play from Thursday at 8pm EAT.", "Savanna Play"),
    # look-alikes: a day, a holiday, a place, a stage, a social site, the word television, a known channel's absence
    ("*Copper Vale* airs at 9pm on Sunday.", None),
    ("The special airs at 7pm on Boxing Day.", None),
    ("The reunion airs at 9pm on Long Island.", None),
    ("The musical version opens on Broadway on Thursday, April 2.", None),
    ("The cast hosts a watch-along on Instagram on Friday at 8pm.", None),
    ("You can see it at 9pm on TV.", None),
    ("*Copper Vale* airs at 9pm.", None),
])
def test_a_channel_nobody_lists_beside_the_when(sentence, name):
    assert named_beside_a_when(sentence.replace("*", "")) == name


def test_the_unlisted_channel_is_printed_and_carried_to_the_shows_later_releases():
    body = ("All eight episodes of *Copper Vale* season two drop on Pellucid on Friday, March 13 at 3am ET.\n\n"
            "For viewers in the UK, the episodes of *Copper Vale* land at 8am GMT on March 13.")
    assert _printed(body) == [("Copper Vale", "Pellucid"), ("Copper Vale", "Pellucid")]


def test_a_listed_channel_named_in_the_sentence_is_kept():
    body = "*Copper Vale* airs Tuesdays at 9pm on BBC One, and repeats at 8pm on Saturday."
    assert _printed(body) == [("Copper Vale", "BBC One")]


def test_the_sentences_own_unlisted_channel_wins_over_one_carried_from_before():
    body = ("*Harbour Lights* airs Sundays at 9pm on ITV1.\n\n"
            "The Hindi thriller *Copper Vale* premieres on Sunday, March 15 at 9pm IST on Kesari Play.")
    assert _printed(body)[1] == ("Copper Vale", "Kesari Play")


def _found(body: str):
    return [(a.kind, a.weekday, a.local_time, a.tz, a.day and a.day.isoformat()) for a in find_air_dates(body, SAT)]


def test_a_date_that_already_aired_is_not_put_on_the_weekly_slot():
    slot = "*Copper Vale* airs Sundays at 10 p.m. ET on Marrowfield. "
    assert _found(slot + "The season one finale aired on Sunday, March 1.")[1] == \
        ("one-off", "Sunday", None, None, "2026-03-01")
    assert _found(slot + "The season one finale was shown on Sunday, March 1.")[1][2] is None
    # look-alikes: a date to come on a day of the slot takes its time, as before
    assert _found(slot + "The season finale airs on Sunday, March 15.")[1] == \
        ("one-off", "Sunday", "22:00", "America/New_York", "2026-03-15")


def _alone(sentence: str, on: date = SAT):
    air = parse_sentence(sentence, on)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


@pytest.mark.parametrize("sentence, want", [
    # the past tense of an aside (what the airing makes up for, a relative clause) is not the airing's
    ("Channel 5 airs two episodes of *Copper Vale* back to back on Sunday from 8pm to make up for the snooker last "
     "week.", ("one-off", "Sunday", "20:00", "Europe/London", "2026-03-08")),
    ("The flood episode, which screened in Canada last month, airs on Channel 5 on Thursday at 9pm.",
     ("one-off", "Thursday", "21:00", "Europe/London", "2026-03-12")),
    # look-alikes: an airing told in the past, with or without an aside
    ("Channel 5 aired two episodes of *Copper Vale* back to back on Sunday after the snooker.",
     ("one-off", "Sunday", None, None, "2026-03-01")),
    ("The flood episode screened on Channel 5 on Thursday at 9pm, which surprised fans.",
     ("one-off", "Thursday", "21:00", "Europe/London", "2026-03-05")),
])
def test_the_past_of_an_aside_is_not_the_airings(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    # `every Sunday` is a weekly slot as `Sundays` is, beside a later clause's last date
    ("*Copper Vale* goes out every Sunday at 21.10 on Rai 1, and the final episode airs on Monday 30 March.",
     ("recurring", "Sunday", "21:10", "Europe/Rome", None)),
    # a strip bounded by dates before its clock, the dates written either way round
    ("SVT1 shows the advent calendar series *Julgatan* every day from December 1 to 24 at 18:45.",
     ("recurring", None, "18:45", "Europe/Stockholm", None)),
    ("SVT1 shows *Julgatan* every day from 1 to 24 December at 18:45.",
     ("recurring", None, "18:45", "Europe/Stockholm", None)),
    # look-alikes: a first airing on a day then a weekly slot; an hour range; a single date with its clock
    ("*Copper Vale* starts on Rai 1 on Sunday 15 March at 21.10, and then airs every Sunday.",
     ("one-off", "Sunday", "21:10", "Europe/Rome", "2026-03-15")),
    ("*Copper Vale* is on ITV1 from 8 to 10 on Sunday.", ("one-off", "Sunday", "20:00", "Europe/London",
                                                          "2026-03-08")),
    ("SVT1 shows *Julgatan* on December 1 at 18:45.", ("one-off", "Tuesday", "18:45", "Europe/Stockholm",
                                                       "2026-12-01")),
])
def test_weekly_slots_and_strips_with_dates_beside_them(sentence, want):
    assert _alone(sentence) == want
