"""Air-date sentences of stop 35's kinds that were not read at all, and look-alikes that were read as airings (every
show, channel, service and person fictional, or a real channel's name only):

1. a channel as the subject of a verb other than `airs` (`BBC Two picks it up on…`, `TG4 is repeating the first two
   series on…`, `ITV1 is rerunning the pilot…`), and a channel's own programme (`KHCW's Yule log runs…`);
2. a verb or a noun of airing the reader lacked (`New episodes resume…`, `settles into its regular Sunday slot`,
   `It's repeated on Sunday afternoons…`, `The series finale of Harrow Fen is Sunday night at nine Eastern`), and a
   holiday's morning (`Christmas morning`);
3. a schedule line in German, Dutch, French, Italian or Spanish word order (`immer mittwochs um 21.15 Uhr`);
4. look-alikes: the writer's own return (`I'll be back next Saturday`), next-day catch-up with no `the` (`also
   streams next day on X+`), and English text near a foreign clock's mark, which stays as it is.
"""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

WED = date(2026, 3, 4)  # the article's date: a Wednesday
SUN = "2026-03-08"
LON, NY, DUB = "Europe/London", "America/New_York", "Europe/Dublin"


def _alone(sentence: str, day: date = WED):
    air = parse_sentence(sentence, day)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


# 1. A channel as the subject of another verb; a channel's own programme.
@pytest.mark.parametrize("sentence, want", [
    ("BBC Two picks it up on Sunday at 9pm.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("CTV picks it up on Sunday at 9pm.", ("one-off", "Sunday", "21:00", "America/Toronto", SUN)),
    ("BBC Two picks up *Harrow Fen* on Sunday at 9pm.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("BBC Two picks them up on Sunday 8 March at 9pm.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("BBC Two is rerunning the first series on Sundays at 9pm.", ("recurring", "Sunday", "21:00", LON, None)),
    ("BBC Two reruns the first series on Sundays at 9pm.", ("recurring", "Sunday", "21:00", LON, None)),
    ("TG4 is repeating the first two series on Sunday nights at 9pm from 8 March.",
     ("recurring", "Sunday", "21:00", DUB, None)),
    ("ITV1 is rerunning the pilot at 7pm on Sunday as a lead-in.", ("one-off", "Sunday", "19:00", LON, SUN)),
    ("ITV1 puts it on at 9pm on Sunday.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("BBC One schedules it for Sunday at 9pm.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("BBC Two slots it in on Sundays at 9pm.", ("recurring", "Sunday", "21:00", LON, None)),
    ("Closer to home, WXPT's annual Yule log runs Christmas morning from 6 a.m., crackling and all.",
     ("one-off", "Friday", "06:00", NY, "2026-12-25")),
])
def test_a_channel_as_the_subject_of_another_verb(sentence, want):
    assert _alone(sentence) == want


# 2. Verbs and nouns of airing; a holiday's morning.
@pytest.mark.parametrize("sentence, want", [
    ("New episodes resume March 8 at 11:35 p.m. on Corvid.", ("one-off", "Sunday", "23:35", NY, SUN)),
    ("Fresh episodes resume on March 8 at 9 p.m.", ("one-off", "Sunday", "21:00", NY, SUN)),
    ("After that, it settles into its usual Sunday 10 p.m. slot.", ("recurring", "Sunday", "22:00", NY, None)),
    ("It's repeated on Sunday afternoons on ITV3.", ("recurring", "Sunday", None, None, None)),
    ("The series finale of Harrow Fen is Sunday night at nine Eastern, eight Central, on Corvid.",
     ("one-off", "Sunday", "21:00", NY, SUN)),
    ("The last episode of Harrow Fen is Sunday at ten Eastern, nine Central.", ("one-off", "Sunday", "22:00", NY, SUN)),
])
def test_a_verb_or_noun_of_airing(sentence, want):
    assert _alone(sentence) == want


# 3. A schedule line in another language's words and order.
@pytest.mark.parametrize("sentence, want", [
    ("Kabel Eins zeigt die letzte Staffel ab dem 8. März immer mittwochs um 21.15 Uhr.",
     ("recurring", "Wednesday", "21:15", "Europe/Berlin", None)),
    ("ZDF zeigt das Finale am Sonntag, 8. März, um 20.15 Uhr.", ("one-off", "Sunday", "20:15", "Europe/Berlin", SUN)),
    ("Die Serie läuft sonntags um 21.45 Uhr im ZDF.", ("recurring", "Sunday", "21:45", "Europe/Berlin", None)),
    ("NPO 1 zendt de serie vanaf 8 maart elke zondag om 20.30 uur uit.",
     ("recurring", "Sunday", "20:30", "Europe/Amsterdam", None)),
    ("RTL 4 start de reeks op zondag 8 maart om 20.30 uur.", ("one-off", "Sunday", "20:30", "Europe/Amsterdam", SUN)),
    ("France 2 diffuse la série tous les mercredis à 21h10.", ("recurring", "Wednesday", "21:10", "Europe/Paris", None)),
    ("TF1 diffuse le final dimanche 8 mars à 21h10.", ("one-off", "Sunday", "21:10", "Europe/Paris", SUN)),
    ("Rai 1 trasmette la serie ogni domenica alle 21.25.", ("recurring", "Sunday", "21:25", "Europe/Rome", None)),
    ("La 1 emite la serie todos los domingos a las 22:00.", ("recurring", "Sunday", "22:00", "Europe/Madrid", None)),
    ("Antena 3 emite el final el domingo 8 de marzo a las 22.45.", ("one-off", "Sunday", "22:45", "Europe/Madrid", SUN)),
])
def test_a_foreign_schedule_line(sentence, want):
    assert _alone(sentence) == want


# A service's start on a date, where the channel named first only owns the strand (`Channel 4's … strand on All 4`);
# a weekday that ends a show's name (`Pierogi Sundays fans`) is no day.
@pytest.mark.parametrize("sentence, want", [
    ("The subtitled version comes to Channel 4's Walter Presents strand on All 4 on Friday, March 6.",
     ("streaming", "Friday", None, None, "2026-03-06")),
    ("The dubbed cut comes to BBC Two's world drama slot on BBC iPlayer on March 6.",
     ("streaming", "Friday", None, None, "2026-03-06")),
    ("Pierogi Sundays fans: the farewell episode is still on YouTube.", ("streaming", None, None, None, None)),
    ("Taco Tuesdays viewers can find every episode on Netflix now.", ("streaming", None, None, None, None)),
    ("The first episode is already streaming free on the Corvid app.", ("streaming", None, None, None, None)),
    ("Every episode is streaming exclusively on Corvid Play.", ("streaming", None, None, None, None)),
])
def test_where_a_possessive_or_a_name_is_not_the_airing(sentence, want):
    assert _alone(sentence) == want


def test_a_foreign_line_is_read_in_its_article():
    body = "Intro.\n\nKabel Eins zeigt die letzte Staffel ab dem 8. März immer mittwochs um 21.15 Uhr."
    found = find_air_dates(body, WED)
    assert [(a.kind, a.weekday, a.local_time, a.tz) for a in found] == [
        ("recurring", "Wednesday", "21:15", "Europe/Berlin")]


# 4. Look-alikes: nothing to read.
@pytest.mark.parametrize("sentence", [
    "I'll be back next Sunday with the week's premieres.",
    "I will be back on Sunday at 9pm with a recap of the finale.",
    "I'll be back Sunday night to live-blog the finale.",
    "*Harrow Fen* also streams next day on BBC iPlayer.",
    "*Harrow Fen* streams next morning on Hulu.",
    "Her mother's old car runs on Sundays.",
    "The cast met at the Uhr museum on Sunday.",
    "She ordered à la carte on Sunday at the Lyric.",
    "NBC puts them in a tough spot on Sundays.",
])
def test_look_alikes_state_no_airing(sentence):
    assert _alone(sentence) is None


# Airings that must stay as they are (read before this stop too): beside the new rules' words, a Spanish strip.
@pytest.mark.parametrize("sentence, want", [
    ("*Harrow Fen* airs Sundays at 10 p.m. ET on CBS.", ("recurring", "Sunday", "22:00", NY, None)),
    ("In Argentina it will air on Telefe, de lunes a viernes a las 22 h.",
     ("recurring", None, "22:00", "America/Argentina/Buenos_Aires", None)),
    ("We're back on Sunday at 9pm on BBC One.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("RTÉ One's Christmas special goes out on Christmas Day at 3pm.", ("one-off", "Friday", "15:00", DUB, "2026-12-25")),
    ("After the premiere, *Harrow Fen* settles into its regular Sunday 9pm slot on BBC One.",
     ("recurring", "Sunday", "21:00", LON, None)),
    ("It's shown on Sunday at 9pm on BBC Four.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("The season finale of Harrow Fen is on Sunday, March 8 at 9pm on BBC One.", ("one-off", "Sunday", "21:00", LON, SUN)),
    ("*Harrow Fen* resumes Sunday at 9 p.m. on Corvid.", ("one-off", "Sunday", "21:00", NY, SUN)),
    ("The drama comes to BBC Two's Saturday slot on March 7 at 9pm.", ("one-off", "Saturday", "21:00", LON, "2026-03-07")),
    ("Fans of *Harrow Fen* can watch it Sundays at 9pm on BBC One.", ("recurring", "Sunday", "21:00", LON, None)),
])
def test_airings_that_stay(sentence, want):
    assert _alone(sentence) == want
