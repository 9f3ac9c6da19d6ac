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
    # after the day of a release
    ("*Copper Vale* season two drops Friday on Maplecast.", "Maplecast"),
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
    ("The cast met on Friday on Harbour Street.", None),
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


# Which show an airing is printed with, where the article's own furniture misleads: a front matter's series the body
# never names (a column's), a box's label in capitals before a bar, a heading above that is a section or a place
# while the paragraph set off the show's title before the sentence.
def _shows(body: str, show: str | None = None, title: str = "Ines Moreau on her week"):
    body += "\n\n\"I learned the whole speech walking my dog round a reservoir,\" Ines Moreau says."
    understood = understand(Interview(source="t.md", date=SAT, title=title, outlet="The Ledger", body=body, show=show))
    return [a.show for a in understood.air_dates]


def test_a_series_the_body_never_names_is_a_columns_not_the_shows():
    body = "**The Slate Quarter, 9pm, BBC One**\n\nEpisode six of *The Slate Quarter* airs tonight at 9pm on BBC One."
    assert _shows(body, show="Tonight's Pick", title="The Slate Quarter tonight: Ines Moreau on the twist") == \
        ["The Slate Quarter", "The Slate Quarter"]
    # look-alike: a given show the body names is kept for a sentence naming none
    body = "We visited the set of The Slate Quarter in May.\n\nThe finale airs on Sunday at 9pm on BBC One."
    assert _shows(body, show="The Slate Quarter") == ["The Slate Quarter"]


def test_a_boxs_label_in_capitals_before_a_bar_is_no_part_of_the_show():
    body = "**FOR YOUR CONSIDERATION** | *The Slate Quarter* airs Sundays at 10 p.m. ET on Corvid."
    assert _shows(body) == ["The Slate Quarter"]


def test_the_title_its_paragraph_set_off_before_beats_a_heading_above():
    body = ("## Poland\n\nTVP2 has dropped *The Slate Quarter* after two episodes. The remaining episodes go to TVP VOD on "
            "Sunday, March 15.\n\n## Norway\n\n*Gannet Point* is on NRK1 on Sunday at 20:15.")
    assert _shows(body) == ["The Slate Quarter", "Gannet Point"]
    # look-alike: a listicle's headings are its items' shows where the paragraph sets off no title
    body = ("**The Slate Quarter**\n\nThe drama returns on Sunday at 9pm on BBC One.\n\n**Gannet Point**\n\n"
            "The comedy is back on Monday at 8pm on ITV1.")
    assert _shows(body) == ["The Slate Quarter", "Gannet Point"]


@pytest.mark.parametrize("sentence, want", [
    # a slot left (`from its 21:30 slot`) is no longer the show's: the time it moves to is the airing's
    ("Telemundo has moved *Copper Vale* from its 21:30 slot to 22:30 on Thursday, March 12, to make room for the "
     "address.", ("one-off", "Thursday", "22:30", "America/New_York", "2026-03-12")),
    ("ITV has moved *Copper Vale* from its Tuesday 9pm slot to Wednesdays at 8pm.",
     ("recurring", "Wednesday", "20:00", "Europe/London", None)),
    # look-alike: a slot kept
    ("*Copper Vale* keeps its 21:30 slot on Telemundo on Thursday, March 12.",
     ("one-off", "Thursday", "21:30", "America/New_York", "2026-03-12")),
    # a country named first is where the viewers of a channel several countries' feeds share are
    ("In Poland, Canal+ Premium has the first episode on Friday, March 13 at 21:00.",
     ("one-off", "Friday", "21:00", "Europe/Warsaw", "2026-03-13")),
    ("Viewers in Mexico can watch it on Vireo+ from Friday at 6pm.",
     ("streaming", "Friday", "18:00", "America/Mexico_City", "2026-03-13")),
    ("The first episode is on Canal+ Premium on Friday, March 13 at 21:00.",  # look-alike: no country named
     ("one-off", "Friday", "21:00", "Europe/Paris", "2026-03-13")),
    # episodes that land or arrive are released, as episodes that drop are
    ("For viewers in the UK, the episodes land at 8am BST on Friday, March 13.",
     ("streaming", "Friday", "08:00", "Europe/London", "2026-03-13")),
    ("The cast's plane lands at 8am on Friday, March 13.", None),  # look-alike: no episodes
])
def test_moved_slots_countries_and_releases(sentence, want):
    assert _alone(sentence) == want


def test_a_channel_named_like_a_word_leads_as_the_owner_of_a_kind_of_show_and_its_title():
    assert _alone("Show TV's period drama *Mavi Ev* has its season finale on Wednesday, March 11 at 20:00.") == \
        ("one-off", "Wednesday", "20:00", "Europe/Istanbul", "2026-03-11")
    assert _alone("Show TV's ratings rose on Wednesday at 20:00 after the finale.") is None  # look-alike


def test_subscribers_who_get_a_show_on_a_service_have_a_release():
    body = ("*Copper Vale* season two drops on Netflix on Wednesday at 3am ET.\n\n"
            "Mexican subscribers get *El Patio* on Vireo on Friday, March 13 at 6pm Mexico City time.")
    assert _found(body)[1] == ("streaming", "Friday", "18:00", "America/Mexico_City", "2026-03-13")
    # look-alike: a channel's subscribers counted on a day
    assert _found("Netflix had two million new subscribers on Friday, March 13.") == []


def test_a_round_ups_bold_label_for_its_country_leads_as_markup_does():
    body = ("**Japan.** NHK General's Sunday drama *Hoshi no Mori* is pushed back by 40 minutes this week, to 21:40 "
            "on Sunday, March 8, because of the sumo.")
    assert _found(body) == [("one-off", "Sunday", "21:40", "Asia/Tokyo", "2026-03-08")]
    # look-alike: a network's possessive after words of a sentence is no channel's
    assert _found("**Japan.** The actor praised NHK General's Sunday drama *Hoshi no Mori* on Sunday, March 8.") == []


GRID = """TAG        ZEIT    SENDER      SENDUNG
---------  ------  ----------  ------------------------------
Mo 9.3.    20:15   ORF 2       Die Bergwacht (3/8) - Krimiserie, A 2026
Di 10.3.   21:05   SRF 1       Schneehaus (1/6) - Dramaserie, EA
Fr 13.3.   ab 06:00  SRF Play  Schneehaus - alle 6 Folgen online

HINWEISE / NOTES
Schneehaus: Pressevorführung Di 10.3., 10:00, Kino Zürich (nur Presse).
Die Bergwacht: Folge 4 läuft am Mo 16.3. um 20:15 in ORF 2.
Redaktionsschluss: Do 12.3., 12:00.
"""


def test_a_listings_grids_rows_each_with_its_day_clock_and_channel():
    assert [(a.show, a.network, a.kind, a.local_time, a.tz, a.day.isoformat()) for a in find_air_dates(GRID, SAT)] == [
        ("Die Bergwacht", "ORF 2", "one-off", "20:15", "Europe/Vienna", "2026-03-09"),
        ("Schneehaus", "SRF 1", "one-off", "21:05", "Europe/Zurich", "2026-03-10"),
        ("Schneehaus", "SRF Play", "streaming", "06:00", "Europe/Zurich", "2026-03-13"),
        # a note's prose; not a press screening or a copy deadline, which name no channel
        ("Die Bergwacht", "ORF 2", "one-off", "20:15", "Europe/Vienna", "2026-03-16"),
    ]
    assert _alone("Di 10.3.   21:05   SRF 1       Schneehaus (1/6) - Dramaserie, EA") == \
        ("one-off", "Tuesday", "21:05", "Europe/Zurich", "2026-03-10")
    assert _alone("Redaktionsschluss: Do 12.3., 12:00.") is None


def test_a_channel_several_countries_number_alike_is_in_the_country_of_the_other_channels_named():
    body = ("Coming up this March on Channel 5, on CNA and on mewatch.\n\n"
            "*The Hawker's Son* premieres Monday, 9 March, 9.30pm on Channel 5.")
    assert _found(body) == [("one-off", "Monday", "21:30", "Asia/Singapore", "2026-03-09")]
    # look-alike: no other channel places it
    assert _found("*The Hawker's Son* premieres Monday, 9 March, 9.30pm on Channel 5.")[0][3] == "Europe/London"


@pytest.mark.parametrize("sentence, want", [
    # a slot left on one day for a weekly one (`from Tuesday to Sundays`)
    ("*Copper Vale* moves from Tuesday to Sundays at 10 p.m. on NBC.",
     ("recurring", "Sunday", "22:00", "America/New_York", None)),
    # a clock written `20 h`, as French Canada writes it
    ("*Les Saisons* airs Mondays at 20 h on ICI Télé, starting March 9.",
     ("recurring", "Monday", "20:00", "America/Toronto", None)),
    # a time each market keeps for itself, where no channel or zone places it
    ("In most markets they will air weekdays at 4 p.m., but check your local listings!",
     ("recurring", None, "16:00", None, None)),
    # look-alikes: a network's slot beside the same advice; hours counted, not a clock
    ("*Copper Vale* airs Wednesdays at 8 p.m. on PBS; check local listings.",
     ("recurring", "Wednesday", "20:00", "America/New_York", None)),
    ("*Copper Vale* was filmed over 20 h of night shoots on Sunday.", None),
])
def test_moves_french_clocks_and_local_listings(sentence, want):
    assert _alone(sentence) == want
