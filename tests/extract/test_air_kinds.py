"""Kinds of air-date sentence found by the third fictional set, each with invented phrasings of the kind and the
look-alikes that must stay out (every sentence about a fictional show)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

WED = date(2026, 11, 18)  # the article's date: a Wednesday
NY, CHI, DEN, LON, DUB = "America/New_York", "America/Chicago", "America/Denver", "Europe/London", "Europe/Dublin"
SYD, PER, KOL, SAO = "Australia/Sydney", "Australia/Perth", "Asia/Kolkata", "America/Sao_Paulo"


def _fields(air):
    return (air.network, air.kind, air.weekday, air.local_time, air.tz, air.day.isoformat() if air.day else None)


def _alone(sentence):
    air = parse_sentence(sentence, WED)
    return _fields(air) if air else None


def _last(body):
    """What the article says of its last sentence (None when that sentence states no airing)."""
    airs = find_air_dates("Intro.\n\n" + body, WED)
    return _fields(airs[-1]) if airs and body.endswith(airs[-1].sentence) else None


# A weekday inside a show's title (`The Tuesday Club`) is no day; one before a lower-case word still is.
@pytest.mark.parametrize("sentence, want", [
    ("On Channel 5, *The Tuesday Club* moves to Thursdays at 8pm from next week.",
     ("Channel 5", "recurring", "Thursday", "20:00", LON, None)),
    ("The Monday Club returns to ITV on Friday at 9pm.", ("ITV", "one-off", "Friday", "21:00", LON, "2026-11-20")),
    ("*The Sunday Supper* airs on BBC One on Saturday at 8pm.",
     ("BBC One", "one-off", "Saturday", "20:00", LON, "2026-11-21")),
    ("The Sunday episode airs at 9 on CBS.", ("CBS", "one-off", "Sunday", "21:00", NY, "2026-11-22")),
    ("On Sunday Harbor Lights returns at 9 on CBS.", ("CBS", "one-off", "Sunday", "21:00", NY, "2026-11-22")),
    ("BBC Two used to show *The Sunday Supper* on Mondays at 7pm, before its move to ITV.", None),
])
def test_a_weekday_in_a_title_is_no_day(sentence, want):
    assert _alone(sentence) == want


# `on Sunday` with a present-tense verb is that Sunday's airing; a bare `Sunday` or `Sundays` is the weekly slot.
@pytest.mark.parametrize("sentence, want", [
    ("In Australia, *Red Dirt* screens on SBS on Sunday at 7.40pm AEDT.",
     ("SBS", "one-off", "Sunday", "19:40", SYD, "2026-11-22")),
    ("*Harrow* airs on BBC Two on Tuesday at 9pm.", ("BBC Two", "one-off", "Tuesday", "21:00", LON, "2026-11-24")),
    ("RTÉ One shows the first episode on Sunday at 9.30pm.",
     ("RTÉ One", "one-off", "Sunday", "21:30", DUB, "2026-11-22")),
    ("Harrow airs Tuesday at 9 on CBS.", ("CBS", "recurring", "Tuesday", "21:00", NY, None)),
    ("Harrow airs on Tuesdays at 9pm on BBC Two.", ("BBC Two", "recurring", "Tuesday", "21:00", LON, None)),
])
def test_on_a_weekday_is_that_days_airing(sentence, want):
    assert _alone(sentence) == want


# A channel leading its sentence as the subject of showing (or its possessive) is the airing's channel.
@pytest.mark.parametrize("sentence, want", [
    ("Sky Arts repeats *Quayside* series one every Sunday at 2pm.",
     ("Sky Arts", "recurring", "Sunday", "14:00", LON, None)),
    ("BBC One has *Harrow Fen* on Sunday at 9pm.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("ITV's new drama *Pit Lane* starts on Sunday at 9pm.", ("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("Channel 4 shows her documentary at 10pm.", ("Channel 4", "one-off", "Wednesday", "22:00", LON, "2026-11-18")),
    ("She repeats the line every Sunday at rehearsal.", None),
    ("The museum shows the first series of photographs on Sunday at 2pm.", None),
    ("Netflix's chief said on Tuesday that the show was renewed.", None),
])
def test_a_channel_as_the_subject_of_showing(sentence, want):
    assert _alone(sentence) == want


# A first airing on a day, then the strip it settles into: the first airing is the sentence's.
@pytest.mark.parametrize("sentence, want", [
    ("Star Plus's new drama *Ghar Ka Diya* starts on Monday at 10pm IST, and then runs Monday to Friday at the "
     "same time.", ("Star Plus", "one-off", "Monday", "22:00", KOL, "2026-11-23")),
    ("*Kitchen Wars* premieres on Colors on Sunday at 8pm, then airs weeknights at 9pm.",
     ("Colors", "one-off", "Sunday", "20:00", KOL, "2026-11-22")),
    ("The quiz begins Monday on ITV1 at 5pm before settling into weekdays at 5pm.",
     ("ITV1", "one-off", "Monday", "17:00", LON, "2026-11-23")),
    ("The quiz airs weekdays at 5pm on ITV1 from Monday.", ("ITV1", "recurring", None, "17:00", LON, None)),
    ("Series one repeats on BBC Four, weeknights at 10pm from Monday.",
     ("BBC Four", "recurring", None, "22:00", LON, None)),
])
def test_a_first_airing_then_a_strip(sentence, want):
    assert _alone(sentence) == want


# A clause about something else (filming, a stage show, a past event, a month) and then one with its own channel:
# the airing is the second clause's, not dated by the first.
@pytest.mark.parametrize("sentence, want", [
    ("*Quayside* was filmed in Whitehaven last spring, and Sky Arts repeats it every Sunday at 2pm.",
     ("Sky Arts", "recurring", "Sunday", "14:00", LON, None)),
    ("The cast reunited for a table read in Burbank in August, and every season of *Corner House* is streaming on "
     "Peacock.", ("Peacock", "streaming", None, None, None, None)),
    ("Filming began in Galway last March, and RTÉ One shows the first episode on Sunday at 9.30pm.",
     ("RTÉ One", "one-off", "Sunday", "21:30", DUB, "2026-11-22")),
    ("The musical opens in the West End on Thursday, and the TV version airs on BBC Two on Friday at 9pm.",
     ("BBC Two", "one-off", "Friday", "21:00", LON, "2026-11-20")),
    ("The musical opens in the West End on Thursday, and the cast album is on Spotify.", None),
    ("She'll be at Comic-Con on Saturday, and her panel will stream on YouTube.", None),
    ("It was renewed in March, and season two premieres on Netflix in the spring.", None),
    ("The cast reunited in August for a charity gala, their first in years.", None),
])
def test_an_aside_then_an_airing(sentence, want):
    assert _alone(sentence) == want


# A show moves to a slot (a night, a time, a strip), not to a place.
@pytest.mark.parametrize("sentence, want", [
    ("After the first fortnight, Coral Point moves to Tuesdays at 7.30pm.",
     (None, "recurring", "Tuesday", "19:30", LON, None)),
    ("From next month, Coral Point moves to Tuesdays at 7.30pm.", (None, "recurring", "Tuesday", "19:30", LON, None)),
    ("Coral Point moves to a new house on Tuesday at 7.30pm.", None),
    ("Her family moves to Sydney on Tuesday at 7.30pm.", None),
])
def test_a_move_to_a_slot(sentence, want):
    assert _alone(sentence) == want


# A weekly slot or a daily strip, then a date on one of its days with no time or channel of its own: on that slot.
@pytest.mark.parametrize("body, want", [
    ("*Tin Roof* is on Channel 5 weeknights at 6.30pm. Her final episode airs on Thursday 26 November.",
     ("Channel 5", "one-off", "Thursday", "18:30", LON, "2026-11-26")),
    ("*Casa Azul* airs Monday to Saturday at 9pm on Globo. The last chapter will be shown on Saturday, December 5.",
     ("Globo", "one-off", "Saturday", "21:00", SAO, "2026-12-05")),
    ("*Fallow* airs Thursdays at 8/7c on CBS. The season finale is Dec. 10, and the first two seasons stream on "
     "Paramount+.", ("CBS", "one-off", "Thursday", "20:00", NY, "2026-12-10")),
    # a Saturday, but the strip stops on Friday: the date stays as written
    ("*Casa Azul* airs Monday to Friday at 9pm on Globo. The last chapter will be shown on Saturday, December 5.",
     ("Globo", "one-off", "Saturday", None, None, "2026-12-05")),
    ("*Casa Azul* airs Monday to Saturday at 9pm on Globo. The cast party is on Saturday, December 5.", None),
])
def test_a_date_on_a_day_of_the_slot_or_strip_before(body, want):
    assert _last(body) == want


# Viewers in a city see an airing just given at their own clock: the day and channel of that airing, the city's zone.
@pytest.mark.parametrize("body, want", [
    ("Coral Point premieres on Seven on Sunday at 8.30pm. Viewers in Perth can see it at 8.30pm local time.",
     ("Seven", "one-off", "Sunday", "20:30", PER, "2026-11-22")),
    ("*Tin Roof* premieres on NBC on Sunday at 9pm ET. Viewers in Denver can watch it at 7pm.",
     ("NBC", "one-off", "Sunday", "19:00", DEN, "2026-11-22")),
    ("*Tin Roof* premieres on NBC on Sunday at 9pm ET. Fans in Chicago get it at 8pm.",
     ("NBC", "one-off", "Sunday", "20:00", CHI, "2026-11-22")),
])
def test_viewers_in_a_city_see_it_at_their_own_time(body, want):
    assert _last(body) == want


# Episodes put out rather than broadcast (`drop`, `are released`) are a streaming release, though no service is
# named; an album, a report or a trailer is none.
@pytest.mark.parametrize("sentence, want", [
    ("New episodes drop Fridays.", (None, "streaming", "Friday", None, None, None)),
    ("New episodes are released every Friday.", (None, "streaming", "Friday", None, None, None)),
    ("The 10-episode season will be released weekly on Wednesdays.",
     (None, "streaming", "Wednesday", None, None, None)),
    ("Season two drops on Friday.", (None, "streaming", "Friday", None, None, "2026-11-20")),
    ("The first two episodes premiere Friday, with new episodes weekly.",
     (None, "one-off", "Friday", None, None, "2026-11-20")),
    ("New episodes air Fridays at 9 on CBS.", ("CBS", "recurring", "Friday", "21:00", NY, None)),
    ("The album is released every Friday.", None),
    ("The report is released every Friday at noon.", None),
    ("The trailer for season two dropped on Tuesday.", None),
    # the nearest Sunday: a show's title that opens with `Drop` is no release
    ("She finally plays a cop in Sunday's episode of *Drop Zone*.", (None, "one-off", "Sunday", None, None,
                                                                     "2026-11-15")),
])
def test_episodes_released_are_streaming(sentence, want):
    assert _alone(sentence) == want


# Strips said in more ways: weekends, weekday afternoons; and more countries' channels and clocks.
@pytest.mark.parametrize("sentence, want", [
    ("Catch the show on Colors every weekend at 9pm.", ("Colors", "recurring", None, "21:00", KOL, None)),
    ("It airs weekends at 10 a.m. on PBS.", ("PBS", "recurring", None, "10:00", NY, None)),
    ("Reruns air weekday afternoons on TNT.", ("TNT", "recurring", None, None, None, None)),
    ("The show will be telecast on Sony TV every Saturday and Sunday at 9 pm.",  # a strip of two nights
     ("Sony TV", "recurring", None, "21:00", KOL, None)),
    ("*Le Bureau* airs on Canal+ on Monday at 21h.", ("Canal+", "one-off", "Monday", "21:00", "Europe/Paris",
                                                       "2026-11-23")),
    ("It airs at 2100 GMT on Sunday on BBC World News.", ("BBC World News", "one-off", "Sunday", "21:00", LON,
                                                          "2026-11-22")),
    ("It airs on Sky News at 1800 BST on Monday.", ("Sky News", "one-off", "Monday", "18:00", LON, "2026-11-23")),
    ("*Eko Nights* airs Sundays at 8pm WAT on Africa Magic Showcase.",
     ("Africa Magic Showcase", "recurring", "Sunday", "20:00", "Africa/Lagos", None)),
    ("The drama airs on Citizen TV on Monday at 9pm EAT.",
     ("Citizen TV", "one-off", "Monday", "21:00", "Africa/Nairobi", "2026-11-23")),
    ("It airs on MBC 1 at 10pm KSA every Thursday.", ("MBC 1", "recurring", "Thursday", "22:00", "Asia/Riyadh",
                                                      None)),
    ("The programme airs weekdays at 11am.", (None, "recurring", None, "11:00", LON, None)),  # spelt as in Britain
    ("The show airs weekdays at 11am.", (None, "recurring", None, "11:00", NY, None)),
    ("The show airs five nights a week at 7 on CBC.", ("CBC", "recurring", None, "19:00", "America/Toronto", None)),
    ("Her show is on every night at 10.", (None, "recurring", None, "22:00", NY, None)),
    ("The show airs five nights a week on CBC.", ("CBC", "recurring", None, None, None, None)),
    ("She is on set every day at 7.", None),
    ("Every day at 7 I walk the dog.", None),
    ("She spends weekends in Malibu.", None),
    ("She ran a 12h shift on Monday for the show.", None),
])
def test_more_strips_and_clocks(sentence, want):
    assert _alone(sentence) == want


# A screening at a venue is no airing; a channel that showed or screened something did air it, in the past.
@pytest.mark.parametrize("sentence, want", [
    ("The finale will be screened at the BFI on Sunday at 6pm, ahead of its broadcast.", None),
    ("The pilot screened at the Tribeca Festival on Sunday.", None),
    ("ITV showed the final episode on Sunday.", ("ITV", "one-off", "Sunday", None, None, "2026-11-15")),
    ("The pilot screened on Sunday on SBS.", ("SBS", "one-off", "Sunday", None, None, "2026-11-15")),
    ("It screens in Australia on ABC TV on Sunday at 8pm.", ("ABC TV", "one-off", "Sunday", "20:00", SYD,
                                                             "2026-11-22")),
])
def test_a_screening_at_a_venue_and_a_past_showing(sentence, want):
    assert _alone(sentence) == want


# A weekday's quoted show is that day's airing; an airing pulled or pre-empted is none (one moved to another day is).
@pytest.mark.parametrize("sentence, want", [
    ("Viewers can see her on Thursday's \"Harbor Lights\" on CBS.",
     ("CBS", "one-off", "Thursday", None, None, "2026-11-19")),
    ("She appears on Thursday's \"Harbor Lights.\"", (None, "one-off", "Thursday", None, None, "2026-11-19")),
    ("CBS will rebroadcast the pilot on Saturday at 10 p.m.", ("CBS", "one-off", "Saturday", "22:00", NY,
                                                               "2026-11-21")),
    ("The finale has been postponed to Friday at 9 on CBS.", ("CBS", "one-off", "Friday", "21:00", NY,
                                                              "2026-11-20")),
    ("Thursday's episode has been pulled from the schedule.", None),
    ("Monday's \"Late Show\" was pre-empted by the game.", None),
    ("\"Harbor Lights\" will be pre-empted Thursday by a presidential address.", None),
])
def test_a_weekdays_show_and_an_airing_called_off(sentence, want):
    assert _alone(sentence) == want


# An airing said with no broadcast verb: the finale or part two `is` a day, a guest `is on` a quoted show on a day,
# an exhortation to watch it; a podcast's release day, a wedding's day or a viewer's habit is none.
@pytest.mark.parametrize("sentence, want", [
    ("Part two is next Sunday.", (None, "one-off", "Sunday", None, None, "2026-11-22")),
    ("The finale is Sunday.", (None, "one-off", "Sunday", None, None, "2026-11-22")),
    ("She'll be on \"Ellen\" on Monday.", (None, "one-off", "Monday", None, None, "2026-11-23")),
    ("Don't forget to watch the premiere tonight!", (None, "one-off", "Wednesday", None, None, "2026-11-18")),
    ("Be sure to watch the two-part finale on Sunday.", (None, "one-off", "Sunday", None, None, "2026-11-22")),
    ("The wedding is next Sunday.", None),
    ("The premiere is a triumph.", None),
    ("I watch it every Wednesday with my kids.", None),
    ("The podcast drops every Monday.", None),
    ("New episodes of the podcast drop every Monday on Spotify.", None),
])
def test_an_airing_said_without_a_broadcast_verb(sentence, want):
    assert _alone(sentence) == want


# A show not there to watch (`not available`, `no longer on`) is no availability; a clause that says so, then one
# with its own airing: that airing.
@pytest.mark.parametrize("sentence, want", [
    ("The show is not available on Netflix in the UK.", None),
    ("The series is no longer on Hulu.", None),
    ("The series isn't on Max anymore.", None),
    ("It won't air on Friday; NBC will show a game instead.", None),
    ("The first season is still on Prime Video.", ("Prime Video", "streaming", None, None, None, None)),
    ("It's not on BBC One this week; it's on BBC Two on Sunday at 9pm.",
     ("BBC Two", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("The repeat will not air Friday, and the finale airs on ITV on Sunday at 9pm.",
     ("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
])
def test_not_there_to_watch(sentence, want):
    assert _alone(sentence) == want


# Stage shows, tours and venues are look-alikes; a one-off event (a ceremony, a game, a live finale) that airs on a
# bare weekday is that day's airing, not a weekly slot.
@pytest.mark.parametrize("sentence, want", [
    ("Her Broadway debut is on Thursday at the Booth Theatre.", None),
    ("The show's live reunion tour hits Chicago on Friday at 8 p.m.", None),
    ("The cast will appear at the Paley Center on Monday at 7 p.m.", None),
    ("The special was taped at the Apollo Theater and airs Friday at 9 on HBO.",
     ("HBO", "one-off", "Friday", "21:00", NY, "2026-11-20")),
    ("The awards ceremony airs live Sunday at 8 p.m. on CBS.", ("CBS", "one-off", "Sunday", "20:00", NY,
                                                                 "2026-11-22")),
    ("The game airs Sunday at 4:25 p.m. on Fox.", ("Fox", "one-off", "Sunday", "16:25", NY, "2026-11-22")),
    ("*Broadway Nights* airs Sundays at 9 on PBS.", ("PBS", "recurring", "Sunday", "21:00", NY, None)),
    ("The show airs Sunday at 9 on HBO.", ("HBO", "recurring", "Sunday", "21:00", NY, None)),
])
def test_stage_tours_venues_and_one_off_events(sentence, want):
    assert _alone(sentence) == want


# Holidays whose date moves with the year, a day of the month alone, and a show called `Today` that is no day.
@pytest.mark.parametrize("sentence, want", [
    ("The special airs Thanksgiving night at 9 on NBC.", ("NBC", "one-off", "Thursday", "21:00", NY, "2026-11-26")),
    ("The finale airs Memorial Day at 9 p.m. on CBS.", ("CBS", "one-off", "Monday", "21:00", NY, "2027-05-31")),
    ("The special airs on Easter Sunday at 7pm on BBC One.", ("BBC One", "one-off", "Sunday", "19:00", LON,
                                                               "2027-03-28")),
    ("The Labor Day telethon airs at 9 a.m. on ABC.", ("ABC", "one-off", "Monday", "09:00", NY, "2027-09-06")),
    ("The Christmas Day episode airs at 3pm on BBC One.", ("BBC One", "one-off", "Friday", "15:00", LON,
                                                           "2026-12-25")),
    ("She'll appear on \"Today\" Tuesday morning.", (None, "one-off", "Tuesday", None, None, "2026-11-24")),
    ("\"Tonight, the finale airs on ITV.\"", ("ITV", "one-off", "Wednesday", None, None, "2026-11-18")),
    ("The cast hid Easter eggs in every episode on Sunday.", None),
    # a day of the month alone: of the article's month, or the next that has it; looking back when past
    ("The finale's on the 21st.", (None, "one-off", "Saturday", None, None, "2026-11-21")),
    ("It airs on the 5th at 9pm on BBC One.", ("BBC One", "one-off", "Saturday", "21:00", LON, "2026-12-05")),
    ("It airs on the 31st on ITV.", ("ITV", "one-off", "Thursday", None, None, "2026-12-31")),
    ("It aired on the 12th on ITV.", ("ITV", "one-off", "Thursday", None, None, "2026-11-12")),
    ("She turned 40 on the 12th.", None),
    ("It's on the 12th episode.", None),
])
def test_holidays_that_move_a_day_of_the_month_and_a_show_called_today(sentence, want):
    assert _alone(sentence) == want


# An earlier paragraph's airing lends its day to a time with no day of its own only on its own channel (or none).
@pytest.mark.parametrize("body, want", [
    ("Season two premieres Jan. 5 on Hulu. The finale drops Feb. 9.\n\nThe drama airs at 9pm on BBC One.",
     [("Hulu", "streaming", "Tuesday", None, None, "2027-01-05"), ("Hulu", "streaming", "Tuesday", None, None,
                                                                   "2027-02-09"),
      ("BBC One", "one-off", "Wednesday", "21:00", LON, "2026-11-18")]),
    ("Tidewater Lane returns to ITV on Thursday, 3 December.\n\nThe first episode airs at 8pm on ITV.",
     [("ITV", "one-off", "Thursday", "20:00", LON, "2026-12-03")]),
])
def test_a_day_from_an_earlier_paragraph_stays_on_its_channel(body, want):
    assert [_fields(a) for a in find_air_dates("Intro.\n\n" + body, WED)] == want


# A pay-TV platform says which country's feed: of a channel it owns (`StarHub's E! channel`), or where the channel
# is not one the tables know (`Astro's AEC channel`).
@pytest.mark.parametrize("sentence, want", [
    ("It will air on StarHub's E! channel on Monday at 10pm.",
     ("E!", "one-off", "Monday", "22:00", "Asia/Singapore", "2026-11-23")),
    ("The show airs on Astro's AEC channel every Wednesday at 8pm.",
     (None, "recurring", "Wednesday", "20:00", "Asia/Kuala_Lumpur", None)),
    ("The series airs on GMA-7 weeknights at 8pm.", ("GMA-7", "recurring", None, "20:00", "Asia/Manila", None)),
    ("It airs on E! on Monday at 10pm.", ("E!", "one-off", "Monday", "22:00", NY, "2026-11-23")),
])
def test_a_platform_places_its_channel(sentence, want):
    assert _alone(sentence) == want


# Press releases: a line in capitals (`AT` there is the word, not Atlantic time) and brands written in capitals.
@pytest.mark.parametrize("sentence, want", [
    ("PREMIERES SUNDAY, JANUARY 10 AT 9:00 PM ET/PT ON STARZ",
     ("Starz", "one-off", "Sunday", "21:00", NY, "2027-01-10")),
    ("Season two of HARBOR LIGHTS premieres Sunday, Jan. 10 at 9:00 p.m. ET/PT, exclusively on STARZ.",
     ("STARZ", "one-off", "Sunday", "21:00", NY, "2027-01-10")),
    ("The series streams on PEACOCK from Friday.", ("PEACOCK", "streaming", "Friday", None, None, "2026-11-20")),
    ("The show airs Thursdays at 9:30 AT on CBC.", ("CBC", "recurring", "Thursday", "21:30", "America/Halifax",
                                                    None)),
])
def test_press_releases_in_capitals(sentence, want):
    assert _alone(sentence) == want


# A city written right beside a channel or a clock gives its zone: the local station of a network, `in Las Vegas`.
# A network's regional feed that the tables know is printed as the feed (`CTV Vancouver`), as the annotated sets
# print `BBC One Northern Ireland` and `NBC 5 Chicago`.
@pytest.mark.parametrize("sentence, want", [
    ("The special airs Friday at 7 p.m. on CTV Vancouver.",
     ("CTV Vancouver", "one-off", "Friday", "19:00", "America/Vancouver", "2026-11-20")),
    ("The documentary airs Sunday at 6 p.m. on CBC Calgary.",
     ("CBC Calgary", "one-off", "Sunday", "18:00", "America/Edmonton", "2026-11-22")),
    ("It airs at 10 p.m. on NBC 5 Chicago.", ("NBC", "one-off", "Wednesday", "22:00", CHI, "2026-11-18")),
    ("It airs at 10 p.m. on Channel 5 in Las Vegas.",
     ("Channel 5", "one-off", "Wednesday", "22:00", "America/Los_Angeles", "2026-11-18")),
    ("It airs on NBC at 9 p.m. in Chicago.", ("NBC", "one-off", "Wednesday", "21:00", CHI, "2026-11-18")),
    ("It airs on BBC One, London's favourite, at 9pm.", ("BBC One", "one-off", "Wednesday", "21:00", LON,
                                                         "2026-11-18")),
    ("It streams on Netflix in Toronto on Friday.", ("Netflix", "streaming", "Friday", None, None, "2026-11-20")),
])
def test_a_city_beside_a_channel_or_a_clock(sentence, want):
    assert _alone(sentence) == want


# Dates and clocks written in more ways: `8/7 Central`, `between 8 and 9 p.m.`, `6.12.2026`, `2026-12-06`,
# `Sunday the 6th`.
@pytest.mark.parametrize("sentence, want", [
    ("The show airs Sundays at 9/8 Central on CBS.", ("CBS", "recurring", "Sunday", "21:00", NY, None)),
    ("It airs between 8 and 9 p.m. on Sunday on ABC.", ("ABC", "one-off", "Sunday", "20:00", NY, "2026-11-22")),
    ("It premieres 6.12.2026 at 20.15 on ZDF.", ("ZDF", "one-off", "Sunday", "20:15", "Europe/Berlin",
                                                  "2026-12-06")),
    ("The finale airs 2026-12-06 at 21:00 on DR1.", ("DR1", "one-off", "Sunday", "21:00", "Europe/Copenhagen",
                                                     "2026-12-06")),
    ("It premieres 2026-12-06 on DR1.", ("DR1", "one-off", "Sunday", None, None, "2026-12-06")),
    ("It airs on Sunday the 6th at 9pm on ITV.", ("ITV", "one-off", "Sunday", "21:00", LON, "2026-12-06")),
    ("Seasons 8 and 9 p.m. are fine.", None),
])
def test_more_ways_to_write_a_date_or_a_clock(sentence, want):
    assert _alone(sentence) == want


# Trade-press phrasings: a broadcaster then its streaming home, a release date with the service said elsewhere, a
# `premiere date:` line, episodes that `hit` a service.
@pytest.mark.parametrize("sentence, want", [
    ("Harbor Lights airs Sundays on HBO and streams on Max.", ("HBO", "recurring", "Sunday", None, None, None)),
    ("The new season will be available to stream Friday, Jan. 8.",
     (None, "streaming", "Friday", None, None, "2027-01-08")),
    ("Harbor Lights Season 2 premiere date: Thursday, Oct. 7", (None, "one-off", "Thursday", None, None,
                                                                "2027-10-07")),
    ("New episodes hit Peacock every Thursday.", ("Peacock", "streaming", "Thursday", None, None, None)),
    ("I streamed it on Friday.", None),
    ("She was available to talk on Friday.", None),
])
def test_trade_press_phrasings(sentence, want):
    assert _alone(sentence) == want


# A weekly slot told in the past tense is history (an old slot), unless the sentence goes on to where it airs now
# or says it still does.
@pytest.mark.parametrize("sentence, want", [
    ("It aired every Sunday at 9 on NBC.", None),
    ("\"Every Sunday night my family would watch it,\" she says of the original series, which aired on NBC.", None),
    ("The show aired Thursdays at 8 on CBS until it moved.", None),
    ("The series premiered in 2019 and airs Sundays at 9 on HBO.", ("HBO", "recurring", "Sunday", "21:00", NY, None)),
    ("The show, which premiered last week, airs Tuesdays at 10.", (None, "recurring", "Tuesday", "22:00", NY, None)),
    ("The show has aired Fridays at 8 on Fox since 2019.", ("Fox", "recurring", "Friday", "20:00", NY, None)),
    ("It had aired on Sundays until it was cancelled.", None),
])
def test_a_slot_in_the_past_tense(sentence, want):
    assert _alone(sentence) == want


# An interview's question of when a show is on, and the answer that gives only a day or a time.
@pytest.mark.parametrize("body, want", [
    ("**When does the new season start?**\n\nOctober 6th, on NBC. We're so excited.",
     [("NBC", "one-off", "Wednesday", None, None, "2027-10-06")]),
    ("Q: When is the finale?\n\nA: It's next Sunday. Nine o'clock on ITV.",
     [("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22")]),
    ("**When do we get to see it?**\n\nSunday at 9pm on BBC One.",
     [("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")]),
    ("**When did you start acting?**\n\nIn 2009, on a Tuesday.", []),
    ("**When do you start filming?**\n\nMonday. We shoot in Atlanta.", []),
    ("**When will we see you on stage again?**\n\nNext Friday, at the Old Vic.", []),
])
def test_an_answer_to_a_question_of_when(body, want):
    assert [_fields(a) for a in find_air_dates("Intro.\n\n" + body, WED)] == want


@pytest.mark.parametrize("sentence, want", [
    ("It starts at nine o'clock on ITV on Sunday.", ("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("I get up at six o'clock every day.", None),
])
def test_a_clock_in_words(sentence, want):
    assert _alone(sentence) == want


# A broadcast's own words: `10 o'clock`, `9/8 central`, `We're on Tuesday at ten on ABC`; a meeting is none.
@pytest.mark.parametrize("sentence, want", [
    ("Tune in tomorrow night, 10 o'clock, right here on CBS.", ("CBS", "one-off", "Thursday", "22:00", NY,
                                                                "2026-11-19")),
    ("Don't miss it, Thursday night, 9/8 central.", (None, "one-off", "Thursday", "21:00", NY, "2026-11-19")),
    ("We're on Tuesday at ten on ABC.", ("ABC", "one-off", "Tuesday", "22:00", NY, "2026-11-24")),
    ("She's on Thursday at nine in the office.", None),
    ("The meeting is on Thursday at 8.", None),
])
def test_a_broadcasts_own_words(sentence, want):
    assert _alone(sentence) == want


# A date or time said once in a lede and again paragraphs later are two statements, both kept; only a sentence with
# the day and the next giving its time are one.
@pytest.mark.parametrize("body, want", [
    ("The series ends Friday after nine years.\n\nShe talks about the audience.\n\n"
     "The final episode of *Spin Ten* airs Friday at 8pm on ITV1.",
     [(None, "one-off", "Friday", None, None, "2026-11-20"),
      ("ITV1", "one-off", "Friday", "20:00", LON, "2026-11-20")]),
    ("The series ends on Friday. Catch it on ITV1 at 8pm.", [("ITV1", "one-off", "Friday", "20:00", LON, "2026-11-20")]),
])
def test_a_day_and_its_time_apart_are_two_statements(body, want):
    assert [_fields(a) for a in find_air_dates("Intro.\n\n" + body, WED)] == want


# A sentence that airs at a time and names no channel is on the broadcaster named before, not on the streaming
# service named after it (`…weekdays on SABC 1, and episodes are on SABC Plus the next morning`).
@pytest.mark.parametrize("body, want", [
    ("*Tin Roofs* airs weeknights at 7pm on e.tv, and episodes are on Showmax the next day. "
     "The finale airs on Friday, 27 November at 19:00.", ("e.tv", "one-off", "Friday", "19:00",
                                                          "Africa/Johannesburg", "2026-11-27")),
    ("*Moor Lane* is on Channel 4 on Sundays at 9pm; all episodes are on All 4. "
     "The finale goes out on Sunday 29 November at 9pm.", ("Channel 4", "one-off", "Sunday", "21:00", LON,
                                                           "2026-11-29")),
    ("*Moor Lane* is on Channel 4 on Sundays at 9pm; all episodes are on All 4. "
     "Series one streams there from Friday.", ("All 4", "streaming", "Friday", None, None, "2026-11-20")),
])
def test_an_airing_takes_the_broadcaster_named_before(body, want):
    assert _last(body) == want


# A fan's post or live transcript writes its sentences in lower case: a stop and a lower-case word start a new
# sentence there, so that a convention's photo session is not read into the airing before it.
@pytest.mark.parametrize("body, want", [
    ("ok that's all!! the finale is on Saturday at 8 on BBC One, it's on iPlayer after. and she's signing "
     "autographs tomorrow at 11 if you're still around.",
     [("BBC One", "one-off", "Saturday", "20:00", LON, "2026-11-21")]),
    ("the new season starts tomorrow at 9 on ITV. trust me it's good.",
     [("ITV", "one-off", "Thursday", "21:00", LON, "2026-11-19")]),
    ("Tune in at 9 p.m. on NBC. It's the finale.", [("NBC", "one-off", "Wednesday", "21:00", NY, "2026-11-18")]),
])
def test_sentences_that_start_in_lower_case(body, want):
    assert [_fields(a) for a in find_air_dates("Intro.\n\n" + body, WED)] == want


# `is scheduled for`, `is set for`: an airing's noun and then its day.
@pytest.mark.parametrize("sentence, want", [
    ("The final episode is scheduled for Saturday, December 5.",
     (None, "one-off", "Saturday", None, None, "2026-12-05")),
    ("The season premiere is set for Jan. 8 on Fox.", ("Fox", "one-off", "Friday", None, None, "2027-01-08")),
    ("The table read for the final episode is scheduled for Monday.", None),
    ("Filming on the new season is scheduled for March 2.", None),
])
def test_an_airing_scheduled_for_a_day(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("body, want", [
    ("*Kaze no Oka* airs Sundays at 8pm JST on NHK, starting December 6. The last episode is scheduled for "
     "Sunday, February 21.", ("NHK", "one-off", "Sunday", "20:00", "Asia/Tokyo", "2027-02-21")),
])
def test_a_scheduled_date_on_the_slot_before(body, want):
    assert _last(body) == want


# A clause saying only where something streams, then one with a broadcast slot: the slot is the sentence's airing.
# Children's channels are channels.
@pytest.mark.parametrize("sentence, want", [
    ("*Tollgate* series one is on BritBox now, and series two airs on BBC Two on Thursdays at 9pm.",
     ("BBC Two", "recurring", "Thursday", "21:00", LON, None)),
    ("*Tollgate* series two is streaming on BritBox now, and series one repeats on BBC Four on Tuesdays at 10pm.",
     ("BBC Four", "recurring", "Tuesday", "22:00", LON, None)),
    ("Season one is streaming on Netflix, and season two airs Mondays at 8 on CBS.",
     ("CBS", "recurring", "Monday", "20:00", NY, None)),
    ("*Sprocket Street* is on CBeebies every weekday at 7am.", ("CBeebies", "recurring", None, "07:00", LON, None)),
    ("*Dare Club* is on CITV on Saturdays at 9am.", ("CITV", "recurring", "Saturday", "09:00", LON, None)),
    ("Season one is streaming on Netflix now.", ("Netflix", "streaming", None, None, None, None)),
])
def test_a_slot_after_a_clause_about_streaming(sentence, want):
    assert _alone(sentence) == want


ADL, SEO, OSL, STO, CPH, HEL, BER, MEX = ("Australia/Adelaide", "Asia/Seoul", "Europe/Oslo", "Europe/Stockholm",
                                          "Europe/Copenhagen", "Europe/Helsinki", "Europe/Berlin",
                                          "America/Mexico_City")


# Countries no annotated set has yet: their channels, streaming services and zones.
@pytest.mark.parametrize("sentence, want", [
    ("*Saltbush* premieres on the ABC on Sunday at 8.30pm AEDT.", ("ABC", "one-off", "Sunday", "20:30", SYD,
                                                                   "2026-11-22")),
    ("*Saltbush* airs Sundays at 7.30pm on Seven.", ("Seven", "recurring", "Sunday", "19:30", SYD, None)),
    ("The finale is on Nine on Tuesday at 8.40pm.", ("Nine", "one-off", "Tuesday", "20:40", SYD, "2026-11-24")),
    ("*Dry Creek* screens on SBS on Thursdays at 9.30pm, and streams on SBS On Demand.",
     ("SBS", "recurring", "Thursday", "21:30", SYD, None)),
    ("It screens at 8.30pm (AEST) on Network 10.", ("Network 10", "one-off", "Wednesday", "20:30", SYD, "2026-11-18")),
    ("*Gum Flats* premieres on Foxtel and Binge on Monday at 8.30pm.",
     ("Foxtel", "one-off", "Monday", "20:30", SYD, "2026-11-23")),
    ("It airs at 8.30pm ACST on the ABC.", ("ABC", "one-off", "Wednesday", "20:30", ADL, "2026-11-18")),
    ("In Perth it goes out at 7.30pm AWST.", (None, "one-off", "Wednesday", "19:30", PER, "2026-11-18")),
    ("*Dry Creek* streams on Stan from Friday.", ("Stan", "streaming", "Friday", None, None, "2026-11-20")),
    ("*The Weir Road* begins on RTÉ One on Sunday at 9.30pm.",
     ("RTÉ One", "one-off", "Sunday", "21:30", DUB, "2026-11-22")),
    ("*Claddagh* continues on Virgin Media One tonight at 9pm.",
     ("Virgin Media One", "one-off", "Wednesday", "21:00", DUB, "2026-11-18")),
    ("All episodes are on the RTÉ Player now.", ("RTÉ Player", "streaming", None, None, None, None)),
    ("*Ghar Aangan* airs Monday to Friday at 9pm IST on Star Plus.", ("Star Plus", "recurring", None, "21:00", KOL,
                                                                      None)),
    ("*Saath Phere* airs Monday-Friday at 10.30 pm on Zee TV.", ("Zee TV", "recurring", None, "22:30", KOL, None)),
    ("The show telecasts on Colors from Monday at 9 pm.", ("Colors", "one-off", "Monday", "21:00", KOL, "2026-11-23")),
    ("*Saath Phere* goes on air on Star Plus on 23 November at 8pm.",
     ("Star Plus", "one-off", "Monday", "20:00", KOL, "2026-11-23")),
    ("*Blue Hour Café* airs Saturdays and Sundays at 9:10pm KST on tvN.",  # a strip of two nights
     ("tvN", "recurring", None, "21:10", SEO, None)),
    ("The drama premieres on tvN on Saturday, Nov. 28 at 9:20 p.m. KST.",
     ("tvN", "one-off", "Saturday", "21:20", SEO, "2026-11-28")),
    ("*Blue Hour Café* premieres on JTBC on Saturday at 10:30pm.",
     ("JTBC", "one-off", "Saturday", "22:30", SEO, "2026-11-21")),
    ("It airs Mondays and Tuesdays at 9:50pm on KBS2.", ("KBS2", "recurring", None, "21:50", SEO, None)),
    ("*Marea Roja* debuts Monday at 10 p.m. on Telemundo.",
     ("Telemundo", "one-off", "Monday", "22:00", NY, "2026-11-23")),
    ("It airs weeknights at 9/8c on Univision and streams on ViX.", ("Univision", "recurring", None, "21:00", NY, None)),
    ("*Maré Alta* airs on Globo from Monday to Saturday at 9pm BRT.", ("Globo", "recurring", None, "21:00", SAO, None)),
    ("*Maré Alta* premieres Monday at 21:20 (BRT) on Globo.", ("Globo", "one-off", "Monday", "21:20", SAO,
                                                               "2026-11-23")),
    ("It airs on Las Estrellas weeknights at 9pm.", ("Las Estrellas", "recurring", None, "21:00", MEX, None)),
    ("*Fjordlys* airs Sundays at 20:15 on NRK1.", ("NRK1", "recurring", "Sunday", "20:15", OSL, None)),
    ("*Fjordlys* starts on SVT1 on Monday at 21.00.", ("SVT1", "one-off", "Monday", "21:00", STO, "2026-11-23")),
    ("*Broen til Havet* is on DR1 on Sunday at 20.00 CET.", ("DR1", "one-off", "Sunday", "20:00", CPH, "2026-11-22")),
    ("It airs on NRK1 at 21.15 CEST on Sunday.", ("NRK1", "one-off", "Sunday", "21:15", OSL, "2026-11-22")),
    ("The series premieres on Yle TV1 on Thursday at 21.05.", ("Yle TV1", "one-off", "Thursday", "21:05", HEL,
                                                               "2026-11-19")),
    ("The series premieres on YLE on Thursday at 21.05.", ("YLE", "one-off", "Thursday", "21:05", HEL, "2026-11-19")),
    ("All episodes are on Yle Areena from Thursday.", ("Yle Areena", "streaming", "Thursday", None, None,
                                                       "2026-11-19")),
])
def test_channels_and_zones_of_more_countries(sentence, want):
    assert _alone(sentence) == want


# Relative days against the article's date (a Wednesday): `next Thursday` said the day before is a week on, since
# tomorrow would be `tomorrow`; ranges of hours start at their first; returns, finales and moves to a slot.
@pytest.mark.parametrize("sentence, want", [
    ("*Harrow* returns tomorrow night at 9 on CBS.", ("CBS", "one-off", "Thursday", "21:00", NY, "2026-11-19")),
    ("The finale airs this Sunday at 9pm on BBC One.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("The finale airs next Thursday at 9pm on BBC One.", ("BBC One", "one-off", "Thursday", "21:00", LON,
                                                          "2026-11-26")),
    ("The finale airs next Sunday at 9pm on BBC One.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("The finale is this Friday at 8/7c on NBC.", ("NBC", "one-off", "Friday", "20:00", NY, "2026-11-20")),
    ("Next Tuesday's episode airs at 10 on ABC.", ("ABC", "one-off", "Tuesday", "22:00", NY, "2026-11-24")),
    ("The special airs from 8–9pm on ITV on Saturday.", ("ITV", "one-off", "Saturday", "20:00", LON, "2026-11-21")),
    ("The special airs Saturday from 9 to 10pm on ITV.", ("ITV", "one-off", "Saturday", "21:00", LON, "2026-11-21")),
    ("The special runs from 8pm to 10pm on ITV on Sunday.", ("ITV", "one-off", "Sunday", "20:00", LON, "2026-11-22")),
    ("*Harrow* returns Jan. 5 at 9 on CBS.", ("CBS", "one-off", "Tuesday", "21:00", NY, "2027-01-05")),
    ("*Harrow* will return to BBC One on 3 January at 9pm.", ("BBC One", "one-off", "Sunday", "21:00", LON,
                                                              "2027-01-03")),
    ("*Harrow* returns for a third season on January 5.", (None, "one-off", "Tuesday", None, None, "2027-01-05")),
    ("The two-hour series finale airs Sunday, Dec. 13, at 8 p.m. on AMC.",
     ("AMC", "one-off", "Sunday", "20:00", NY, "2026-12-13")),
    ("*Harrow* moves to Fridays at 8 from Oct. 3.", (None, "recurring", "Friday", "20:00", NY, None)),
    ("*Harrow* moves to Fridays at 8 p.m. on CBS starting Jan. 8.", ("CBS", "recurring", "Friday", "20:00", NY, None)),
    ("From January, the quiz shifts to Tuesdays at 7pm on BBC Two.", ("BBC Two", "recurring", "Tuesday", "19:00", LON,
                                                                      None)),
    ("It airs on ZDF on Saturday at 20.15.", ("ZDF", "one-off", "Saturday", "20:15", BER, "2026-11-21")),
    ("It airs at 20h30 on France 2 on Tuesday.", ("France 2", "one-off", "Tuesday", "20:30", "Europe/Paris",
                                                  "2026-11-24")),
    ("In Australia it streams on Binge from Friday.", ("Binge", "streaming", "Friday", None, None, "2026-11-20")),
    ("Canadian viewers can stream it on Crave from Friday.", ("Crave", "streaming", "Friday", None, None,
                                                              "2026-11-20")),
    ("In Ireland, the series streams on RTÉ Player from Sunday.", ("RTÉ Player", "streaming", "Sunday", None, None,
                                                                   "2026-11-22")),
])
def test_relative_days_ranges_returns_and_moves(sentence, want):
    assert _alone(sentence) == want


# Look-alikes of those kinds: tours, festival premieres, cinema releases, podcasts, box sets on disc, history,
# ratings news, stage plays, someone's own viewing.
@pytest.mark.parametrize("sentence", [
    "The cast tours Australia in March, with a show in Sydney on Saturday at 8pm.",
    "The documentary premieres at the Dublin International Film Festival on Friday at 7pm.",
    "The film opens in cinemas on Friday.",
    "The film arrives in cinemas nationwide on Dec. 4.",
    "The podcast drops every Tuesday at 6am.",
    "The complete box set is out on Monday on DVD.",
    "The show first aired in 1998 on NBC.",
    "It first aired on the ABC in 2004.",
    "The finale drew 5 million viewers Sunday on ABC.",
    "The finale drew 5 million viewers on Sunday.",
    "The premiere drew 1.2 million viewers on Seven on Sunday night.",
    "The play runs at 8pm nightly at the Gate Theatre.",
    "The play is on at 8pm nightly at the Abbey.",
    "Her play is on at 7.30pm every night at the Gate.",
    "A pantomime is on at 2pm daily at the Lyceum.",
    "The stage show runs Tuesday to Saturday at 7.30pm at the Gaiety.",
    "The festival screening on Saturday at 3pm sold out.",
    "I watched it on Netflix last night.",
    "We binged it on Stan on Sunday.",
])
def test_look_alikes_of_those_kinds_stay_out(sentence):
    assert _alone(sentence) is None


# The look-alikes' words in airings that stay airings.
@pytest.mark.parametrize("sentence, want", [
    ("The new musical drama *Encore* airs Sundays at 9 on ABC.", ("ABC", "recurring", "Sunday", "21:00", NY, None)),
    ("The musical episode airs on Tuesday at 8 on Fox.", ("Fox", "one-off", "Tuesday", "20:00", NY, "2026-11-24")),
    ("I watched it when it aired on BBC One on Sunday.", ("BBC One", "one-off", "Sunday", None, None, "2026-11-15")),
])
def test_airings_with_the_look_alikes_words(sentence, want):
    assert _alone(sentence) == want


# `The ABC will screen it…`: a channel said with `the` leads its sentence as the subject of showing; `the ABC` is
# Australia's at the head of a sentence too. Its news is not an airing.
@pytest.mark.parametrize("sentence, want", [
    ("The ABC will screen it on Sunday nights at 7.40pm from 29 November.",
     ("ABC", "recurring", "Sunday", "19:40", SYD, None)),
    ("The ABC repeats the series on Saturday at 2pm.", ("ABC", "one-off", "Saturday", "14:00", SYD, "2026-11-21")),
    ("The documentary will be screened on BBC Four on Monday at 10pm.",
     ("BBC Four", "one-off", "Monday", "22:00", LON, "2026-11-23")),
    ("The ABC said on Monday that the series was renewed.", None),
    ("The ABC will screen applicants for the presenter's job on Friday.", None),
])
def test_a_channel_with_the_as_the_subject_of_showing(sentence, want):
    assert _alone(sentence) == want


# A day counted from an airing before (`the next night`, `the same day`) makes a paragraph worth reading on its own;
# `at the same time` is the clock of the airing before.
@pytest.mark.parametrize("body, want", [
    ("The drama premieres on Sunday at 9pm on ITV.\n\nThe second episode follows the next night.",
     [("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22"), ("ITV", "one-off", "Monday", None, None, "2026-11-23")]),
    ("*Ghar* starts on Star Plus on Monday at 9pm. It then airs weeknights at the same time.",
     [("Star Plus", "one-off", "Monday", "21:00", KOL, "2026-11-23"),
      ("Star Plus", "recurring", None, "21:00", KOL, None)]),
    ("*Dunmore* airs on RTÉ One on Sunday at 9.30pm. It is on the RTÉ Player at the same time.",
     [("RTÉ One", "one-off", "Sunday", "21:30", DUB, "2026-11-22"),
      ("RTÉ Player", "streaming", None, "21:30", DUB, None)]),
    ("The drama premieres on Sunday at 9pm on ITV.\n\nThe day after, she flies to Rome for a wedding.",
     [("ITV", "one-off", "Sunday", "21:00", LON, "2026-11-22")]),
    ("*Ghar* starts on Star Plus on Monday at 9pm. She says she works at the same time every day.",
     [("Star Plus", "one-off", "Monday", "21:00", KOL, "2026-11-23")]),
])
def test_days_and_times_from_the_airing_before(body, want):
    assert [_fields(a) for a in find_air_dates("Intro.\n\n" + body, WED)] == want


# What an earlier paragraph said carries over: a weekly slot to a date on its day, a day to the time the next
# statement gives (`It starts at 9 p.m.`, right after it only), `the ABC` to a sentence naming no channel, a slot to
# `the same night`.
@pytest.mark.parametrize("body, want", [
    ("*Harrow* airs Sundays at 9pm on BBC One.\n\nShe talks about the role.\n\nThe finale is on 20 December.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-12-20")),
    ("*Harrow* airs weeknights at 7pm on ITV1.\n\nHer last episode is on Friday 4 December.",
     ("ITV1", "one-off", "Friday", "19:00", LON, "2026-12-04")),
    ("*Harrow* airs weeknights at 7pm on ITV1.\n\nHer last episode is on Saturday 5 December.",
     ("ITV1", "one-off", "Saturday", None, None, "2026-12-05")),  # not a day of the strip: no time
    ("The finale airs tomorrow on NBC. It starts at 10.", ("NBC", "one-off", "Thursday", "22:00", NY, "2026-11-19")),
    ("The finale is on Sunday on CBS.\n\nIt starts at 9 p.m.", ("CBS", "one-off", "Sunday", "21:00", NY,
                                                                "2026-11-22")),
    ("*Saltbush* is on the ABC.\n\nThe finale is on Sunday at 7.40pm.", ("ABC", "one-off", "Sunday", "19:40", SYD,
                                                                         "2026-11-22")),
    ("*Fjordlys* airs Sundays at 20.15 on NRK1.\n\nIn Sweden it airs on SVT1 the same night at 21.00.",
     ("SVT1", "recurring", "Sunday", "21:00", STO, None)),
])
def test_what_an_earlier_paragraph_said(body, want):
    assert _last(body) == want


@pytest.mark.parametrize("body", [
    "The finale is on Sunday on CBS.\n\nShe laughs about the ending.\n\nIt starts at 9 a.m. with a run.",
    "The finale is on Sunday on CBS. The party starts at 9 p.m. at her house.",
    "The finale is on Sunday on CBS. Her day starts at 6 with a run.",
])
def test_a_time_after_an_airing_that_is_not_its(body):
    assert _last(body) is None


# `half nine` (half past nine, as Ireland and Britain say it), `quarter to ten`: a spoken evening clock.
@pytest.mark.parametrize("sentence, want", [
    ("It's on RTÉ One on Sunday at half nine.", ("RTÉ One", "one-off", "Sunday", "21:30", DUB, "2026-11-22")),
    ("It's on BBC One on Sunday at half past eight.", ("BBC One", "one-off", "Sunday", "20:30", LON, "2026-11-22")),
    ("It goes out on ITV at quarter to ten on Friday.", ("ITV", "one-off", "Friday", "21:45", LON, "2026-11-20")),
    ("She gets up at half six on a Sunday to run.", None),
    ("Half the cast airs their grievances on Sunday.", None),
])
def test_a_spoken_clock(sentence, want):
    assert _alone(sentence) == want


# A channel leading its sentence leads it behind markup too (`<p>ZDF shows…`, `**ZDF shows…`).
@pytest.mark.parametrize("sentence", [
    "ZDF shows the first part of *Der Damm* on Sunday at 20.15 Uhr.",
    "<p>ZDF shows the first part of *Der Damm* on Sunday at 20.15 Uhr.</p>",
    "**ZDF shows the first part of *Der Damm* on Sunday at 20.15 Uhr.**",
    "- ZDF shows the first part of *Der Damm* on Sunday at 20.15 Uhr.",
])
def test_a_channel_leading_behind_markup(sentence):
    assert _alone(sentence) == ("ZDF", "one-off", "Sunday", "20:15", BER, "2026-11-22")


# Days of things that are not airings, though a show or a channel is near: lights, parades, votes, awards won,
# books, signings, fan screenings, stand-up, sales, press screenings, wrap parties; and the same events on TV.
@pytest.mark.parametrize("sentence, want", [
    ("She switches on the Christmas lights in Leeds on Friday at 6pm.", None),
    ("Voting for the Emmys closes on Monday at 10 p.m. PT.", None),
    ("She won the award on Sunday night in Los Angeles.", None),
    ("Her memoir is published on Tuesday by Penguin.", None),
    ("He signs copies at Waterstones Piccadilly on Saturday at 2pm.", None),
    ("The fan screening at the Prince Charles Cinema is on Thursday at 7pm.", None),
    ("The finale was screened for critics on Monday.", None),
    ("The pilot screens for the press on Friday at 10am.", None),
    ("Tickets go on sale on Monday at 9am.", None),
    ("The wrap party is Saturday night at a bar in Atlanta.", None),
    ("The awards ceremony airs live on ITV on Sunday at 8pm.", ("ITV", "one-off", "Sunday", "20:00", LON,
                                                                "2026-11-22")),
    ("The parade airs on NBC on Thursday from 8:30 a.m. ET.", ("NBC", "one-off", "Thursday", "08:30", NY,
                                                               "2026-11-19")),
    ("Her stand-up special streams on Netflix from Tuesday.", ("Netflix", "streaming", "Tuesday", None, None,
                                                               "2026-11-24")),
])
def test_events_near_a_show_and_the_same_events_on_tv(sentence, want):
    assert _alone(sentence) == want


# Australia's `10`, said bare after `on` or a move `to` where another clock gives the time; a count, a score or a
# US `10` (ten o'clock) is none.
@pytest.mark.parametrize("sentence, want", [
    ("*Dry Creek* returns to 10 on Monday at 7.30pm.", ("10", "one-off", "Monday", "19:30", SYD, "2026-11-23")),
    ("It airs on 10 and 10 Play on Sunday at 7.30pm.", ("10", "one-off", "Sunday", "19:30", SYD, "2026-11-22")),
    ("Ratings rose to 10 on Sunday at 9pm.", None),
    ("It went from 8 to 10 at 9pm.", None),
    ("The finale is on 10 December at 8pm on BBC One.", ("BBC One", "one-off", "Thursday", "20:00", LON,
                                                         "2026-12-10")),
])
def test_australias_ten(sentence, want):
    assert _alone(sentence) == want


# A weekday's possessive said with a present broadcast verb is the day ahead; said alone it is the nearest one.
@pytest.mark.parametrize("sentence, want", [
    ("Sunday's episode airs at 9 on BBC One.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-11-22")),
    ("Monday's finale premieres at 10 on FX.", ("FX", "one-off", "Monday", "22:00", NY, "2026-11-23")),
    ("Sunday's episode of *Harrow* on BBC One left fans in tears.", ("BBC One", "one-off", "Sunday", None, None,
                                                                      "2026-11-15")),
])
def test_a_weekdays_possessive_in_the_present(sentence, want):
    assert _alone(sentence) == want


# A Korean drama named by its two nights (`a Wednesday-Thursday drama`) airs weekly; the channel whose drama it is
# (`is KBS2's new drama`) is its channel.
@pytest.mark.parametrize("sentence, want", [
    ("*Moonlight* is KBS2's new Wednesday-Thursday drama, airing at 9:50 p.m. KST.",
     ("KBS2", "recurring", "Wednesday", "21:50", SEO, None)),
    ("The Monday-Tuesday drama airs at 10 p.m. on SBS Korea.", ("SBS Korea", "recurring", "Monday", "22:00", SEO, None)),
    ("*Hanok* is JTBC's new weekend drama, and its finale airs on Sunday at 9:10 p.m.",
     ("JTBC", "one-off", "Sunday", "21:10", SEO, "2026-11-22")),
    ("She flies out Wednesday-Thursday next week to film in Busan.", None),
])
def test_a_drama_named_by_its_nights(sentence, want):
    assert _alone(sentence) == want
