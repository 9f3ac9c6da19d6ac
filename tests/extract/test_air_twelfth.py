"""Air dates of kinds the twelfth held-out set showed past the tuned ones, each with look-alikes that must stay as
they were (every show, outlet, channel and sentence here is invented): slot moves, a TV page's bare time-and-channel
lines, a live broadcast's line, a premiere before its strip, a marathon or special a show gets, the end of a catch-up
window, the channel of the night an episode falls on, and a Spanish `22 h.` that ends its sentence."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.extract.statements import statements

FRI = date(2026, 10, 30)  # the article's date: a Friday


def _when(sentence: str, on: date = FRI):
    air = parse_sentence(sentence, on)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


@pytest.mark.parametrize("sentence, want", [
    # a show moved to a new time: its slot, at the new time (not the old one)
    ("*Gulmohar Lane* moves from 10 pm to 9:30 pm.", ("recurring", None, "21:30", "America/New_York", None)),
    ("*Teen Patti Tales* shifts from 8.30pm to 9pm on Zee TV.", ("recurring", None, "21:00", "Asia/Kolkata", None)),
    # a run of six nights named before `slot` is a strip, not a drama's name
    ("The comedy *Dhaba No. 9* shifts to an earlier Mon–Sat slot of 8 pm, replacing *Chai Stop*, which ends its run "
     "on Saturday.", ("recurring", None, "20:00", "America/New_York", None)),
    # back in its weekly slot, named by its night: that slot (a past matter after a semicolon is not the airing)
    ("AIT's *Harbour Kings* returns to its Tuesday 8pm slot next week; the debate it made way for was broadcast on "
     "October 6.", ("recurring", "Tuesday", "20:00", "Africa/Lagos", None)),
    ("*Gullmoor* goes back to its usual Sunday night slot on ITV1.", ("recurring", "Sunday", None, None, None)),
])
def test_a_slot_move_is_the_new_slot(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("sentence", [
    "My shift moves from 9am to 10am.",
    "The bakery moves from 8am to 9am opening.",
    "She moves from 10 to 12 hours a day.",
    "*Gullmoor* lost its Tuesday slot to the football.",
    "Seven has pulled *Red Gum Road*'s regular Monday slot until the tennis ends.",
])
def test_look_alikes_of_a_slot_move_stay_none(sentence):
    assert parse_sentence(sentence, FRI) is None


@pytest.mark.parametrize("sentence, want", [
    # a TV page's line under a pick's title: a time and a channel alone, that day's (a late one too)
    ("*11.20pm, Film4*", ("one-off", "Friday", "23:20", "Europe/London", "2026-10-30")),
    ("*Radio 4, 11.30am*", ("one-off", "Friday", "11:30", "Europe/London", "2026-10-30")),
    ("*BBC Two, 9pm*", ("one-off", "Friday", "21:00", "Europe/London", "2026-10-30")),
    # a late slot said in a sentence stays a late-night strip
    ("*The Nightcap* moved to 11.35pm on ITV1.", ("recurring", None, "23:35", "Europe/London", None)),
    # a radio network's weekly strip
    ("*The Hedgerow* is on Radio 4 every weekday at 7pm.", ("recurring", None, "19:00", "Europe/London", None)),
])
def test_a_bare_time_and_channel_line_is_that_days_airing(sentence, want):
    assert _when(sentence) == want


def test_someone_heard_on_the_radio_is_no_airing():
    assert parse_sentence("I heard her on Radio 4 last week.", FRI) is None


@pytest.mark.parametrize("sentence, want", [
    ("Live on Sunday, 8 November at 7.30pm.", ("one-off", "Sunday", "19:30", "Europe/London", "2026-11-08")),
    ("Live on Friday, 6 November at 8pm on Channel 5.", ("one-off", "Friday", "20:00", "Europe/London",
                                                         "2026-11-06")),
])
def test_a_live_broadcasts_line(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Live on Friday at 9pm: the band plays the Roxy.",
    "Live on Saturday at 8pm at the Arena.",
    "She was live on Sunday at 9pm on Instagram.",
    "Live on Sunday, 8 November.",
])
def test_look_alikes_of_a_live_line_stay_none(sentence):
    assert parse_sentence(sentence, FRI) is None


@pytest.mark.parametrize("sentence, want", [
    # a premiere on a night, then the strip it goes on in: the premiere
    ('"Starlight Bakery" premieres Saturday at 9:20 p.m. on tvN and airs every Saturday and Sunday.',
     ("one-off", "Saturday", "21:20", "Asia/Seoul", "2026-10-31")),
    ("*Gullmoor* starts on Monday at 10pm on ITV1 and continues weeknights.",
     ("one-off", "Monday", "22:00", "Europe/London", "2026-11-02")),
    # two nights a week stay a strip
    ("*Gullmoor* airs Saturdays and Sundays at 9pm on ITV1.", ("recurring", None, "21:00", "Europe/London", None)),
])
def test_a_premiere_before_its_strip_is_the_premiere(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ('The mythological *Devi Katha* gets a weekend "maha-episode" on Sunday, November 8 at 7 pm, its first in the run.',
     ("one-off", "Sunday", "19:00", "America/New_York", "2026-11-08")),
    ("<strong>Prairie Doctor</strong> (1961–66) gets a New Year's Day marathon on Friday, January 1, from noon ET.",
     ("one-off", "Friday", "12:00", "America/New_York", "2027-01-01")),
])
def test_a_marathon_or_special_a_show_gets(sentence, want):
    assert _when(sentence) == want


@pytest.mark.parametrize("sentence", [
    "She gets a special mention on Monday at 9pm.",
    "He gets a marathon massage on Friday at 3pm.",
    # a past showing beside the end of its catch-up window
    "This special was shown on 23 October and is available on mewatch until 22 November.",
])
def test_look_alikes_of_a_marathon_and_a_window_stay_none(sentence):
    assert parse_sentence(sentence, FRI) is None


def test_a_release_from_a_date_stays_a_release():
    assert _when("The special is available on mewatch from 3 November.") == \
        ("streaming", "Tuesday", None, None, "2026-11-03")


def test_an_episode_on_a_night_takes_the_channel_whose_slot_is_that_night():
    body = ("*Tui Street* screens Sundays at 8.30pm on TVNZ 1 from November 1.\n\n"
            "In Australia it screens from 8.30pm on SBS on Thursdays.\n\n"
            "Because of the cricket, there will be no episode on Sunday, November 8. Episode two will screen on "
            "Sunday, November 15 at 8.30pm.")
    last = find_air_dates(body, FRI)[-1]
    assert (last.network, last.tz, last.day) == ("TVNZ 1", "Pacific/Auckland", date(2026, 11, 15))


def test_an_episode_on_the_channel_named_last_keeps_it_when_that_is_its_night():
    body = ("*Tui Street* screens Sundays at 8.30pm on TVNZ 1 from November 1.\n\n"
            "In Australia it screens from 8.30pm on SBS on Thursdays.\n\n"
            "Episode two will screen on Thursday, November 12 at 8.30pm.")
    last = find_air_dates(body, FRI)[-1]
    assert (last.network, last.tz) == ("SBS", "Australia/Sydney")


def test_a_ghanaian_gtv_slot_is_in_accra_and_a_philippine_one_in_manila():
    ghana = ("Akosua grew up in Kumasi, Ghana, watching her mother's films.\n\n"
             "*Sika Fie* airs every Wednesday at 8:30pm on GTV.")
    manila = ("She grew up in Quezon City, Philippines.\n\n"
              "*Tala* airs every Wednesday at 10:30 p.m. on GTV.")
    assert find_air_dates(ghana, FRI)[-1].tz == "Africa/Accra"
    assert find_air_dates(manila, FRI)[-1].tz == "Asia/Manila"


def test_a_unit_after_a_number_ends_its_sentence_but_an_initial_does_not():
    text = "In Chile it airs on Canal 13, de lunes a viernes a las 22 h. In Peru, ATV shows it. J. R. Ortiz said."
    said = [text[s:e] for s, e in statements(text, 0, len(text))]
    assert said == ["In Chile it airs on Canal 13, de lunes a viernes a las 22 h.", "In Peru, ATV shows it.",
                    "J. R. Ortiz said."]


def test_a_page_exported_in_narrow_columns_is_read_across_its_short_lines():
    """A printed page's export wraps every line short: a sentence runs on over them (onto a capital too, `BBC` /
    `Scotland`), where a listing's short lines and a chat log's stamped ones stay apart."""
    page = ("She trained in Glasgow but came\nhome every summer to work the\nvan, a habit she says kept her\n"
            "honest. Kelpie Bay starts on BBC\nScotland on Thursday at 10pm. The\nseries will also be shown on BBC\n"
            "One on Monday 9 November at\n10.40pm.")
    got = [(a.network, a.day, a.local_time) for a in find_air_dates(page, FRI)]
    assert got == [("BBC Scotland", date(2026, 11, 5), "22:00"), ("BBC One", date(2026, 11, 9), "22:40")]
    listing = "CBS, Wednesdays, 10 ET/PT\nNBC, Thursdays, 9 ET/PT\nABC, Fridays, 8 ET/PT\nCBS, Sundays, 7 ET/PT\n" \
        "NBC, Saturdays, 8 ET/PT"
    assert [a.weekday for a in find_air_dates(listing, FRI)] == ["Wednesday", "Thursday", "Friday", "Sunday",
                                                                 "Saturday"]


@pytest.mark.parametrize("sentence, want", [
    # a season that premiered weeks before the article: the run it speaks of
    ("<i>Fjellvik</i> season two premiered on NRK1 on Sunday 13 September 2026 at 20:15 and aired weekly on Sundays.",
     ("one-off", "Sunday", "20:15", "Europe/Oslo", "2026-09-13")),
])
def test_a_premiere_weeks_before_the_article_is_read(sentence, want):
    assert _when(sentence) == want


def test_a_premiere_months_before_the_article_is_history():
    assert parse_sentence("*Fjellvik* premiered on NRK1 on Sunday 3 May 2026 at 20:15.", FRI) is None


def test_a_sentence_after_a_clocks_pm_stands_apart_but_a_zone_or_a_night_goes_on_it():
    text = ("It airs weekdays at 8:00 a.m. on NHK, with a repeat at 12:45 p.m. A fan event is planned for May. It airs "
            "at 9 p.m. Eastern on CBS. It airs at 9 p.m. Sundays on HBO. At 9 p.m. I went home.")
    said = [text[s:e] for s, e in statements(text, 0, len(text))]
    assert said == ["It airs weekdays at 8:00 a.m. on NHK, with a repeat at 12:45 p.m.", "A fan event is planned for May.",
                    "It airs at 9 p.m. Eastern on CBS.", "It airs at 9 p.m. Sundays on HBO.", "At 9 p.m. I went home."]
