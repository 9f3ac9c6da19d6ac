"""Kinds of air-date sentence found by the fifth fictional set and invented since, each with invented phrasings of the
kind and the look-alikes that must stay out (every sentence about a fictional show)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

TUE = date(2026, 1, 6)  # the article's date: a Tuesday
NY, LON, SYD, PER, SEOUL = "America/New_York", "Europe/London", "Australia/Sydney", "Australia/Perth", "Asia/Seoul"
SANTIAGO = "America/Santiago"


def _fields(air):
    return (air.network, air.kind, air.weekday, air.local_time, air.tz, air.day.isoformat() if air.day else None)


def _alone(sentence):
    air = parse_sentence(sentence, TUE)
    return _fields(air) if air else None


def _all(body):
    return [_fields(a) for a in find_air_dates(body, TUE)]


# A weekly release from a start date is dated by its first release (a streaming release has a day or a weekday);
# a broadcast slot from a date stays a weekly slot.
@pytest.mark.parametrize("sentence, want", [
    ("Each episode streams on Hulu on Fridays from Jan. 9, a day before the broadcast.",
     ("Hulu", "streaming", "Friday", None, None, "2026-01-09")),
    ("New episodes land on Peacock on Thursdays starting January 15.",
     ("Peacock", "streaming", "Thursday", None, None, "2026-01-15")),
    ("New episodes stream on Netflix every Friday.", ("Netflix", "streaming", "Friday", None, None, None)),
    ("Ferrow Sound airs on ITV1 on Sundays at 9pm from January 11.",
     ("ITV1", "recurring", "Sunday", "21:00", LON, None)),
])
def test_a_weekly_release_from_a_date(sentence, want):
    assert _alone(sentence) == want


# A dated episode beside a clause saying where the rest of the series streams: the episode's airing, not a release on
# the streaming service.
@pytest.mark.parametrize("sentence, want", [
    ("The series finale is on Thursday 15 January, and the whole series is on ITVX.",
     (None, "one-off", "Thursday", None, None, "2026-01-15")),
    ("All six episodes are on BBC iPlayer, and the final episode airs on Sunday.",
     (None, "one-off", "Sunday", None, None, "2026-01-11")),
    ("The Christmas special is on January 25, and the first two seasons stream on Peacock.",
     (None, "one-off", "Sunday", None, None, "2026-01-25")),
    # look-alikes: the dated clause is itself a release, or a season the service may release
    ("Season one is on Netflix, and season two arrives on Friday.",
     ("Netflix", "streaming", "Friday", None, None, "2026-01-09")),
    ("The first series is on ITVX, and the second series streams from Thursday.",
     ("ITVX", "streaming", "Thursday", None, None, "2026-01-08")),
])
def test_an_episode_beside_the_box_set(sentence, want):
    assert _alone(sentence) == want


# A channel named as the modifier of a show's noun (`The Nine crime drama *Ashgrove*`) is the show's channel; a slot
# moved from one night to another is on the new night. Not a channel: the same word before no title.
@pytest.mark.parametrize("sentence, want", [
    ("The Nine crime drama *Ashgrove* moves from Tuesdays to Wednesdays at 8.40pm from January 7.",
     ("Nine", "recurring", "Wednesday", "20:40", SYD, None)),
    ("The Seven medical drama *Saltbush* switches from Mondays to Thursdays at 8.30pm.",
     ("Seven", "recurring", "Thursday", "20:30", SYD, None)),
    ("tvN's *Paper Lanterns* airs Fridays at 8.50pm KST.", ("tvN", "recurring", "Friday", "20:50", SEOUL, None)),
    ("In Chile, *Los Faroles* returns to Mega on January 12 at 22:00.",
     ("Mega", "one-off", "Monday", "22:00", SANTIAGO, "2026-01-12")),
    ("The Nine drama was filmed in Broken Hill over a winter.", None),
    ("It was a mega week for the cast, who moved from Tuesdays to Wednesdays for rehearsals.", None),
])
def test_a_channel_naming_its_show(sentence, want):
    assert _alone(sentence) == want


# Viewers somewhere seeing a show by its title at their own time.
@pytest.mark.parametrize("sentence, want", [
    ("Viewers in Perth can see *Red Dirt Road* at 7pm AWST on Sunday, three hours after Sydney.",
     (None, "one-off", "Sunday", "19:00", PER, "2026-01-11")),
    ("Fans in Seoul can catch *Paper Lanterns* at 9pm KST on Friday.",
     (None, "one-off", "Friday", "21:00", SEOUL, "2026-01-09")),
])
def test_viewers_see_a_titled_show(sentence, want):
    assert _alone(sentence) == want


# No airing: an event whose broadcast is only wondered about; a release only relative to a broadcast not given;
# someone's own viewing on a day.
@pytest.mark.parametrize("sentence", [
    "KBS2's drama awards ceremony will be held in Busan on January 31, though the network has not said whether it will "
    "broadcast it.",
    "The gala will be held at the Tivoli Theatre on Friday, and nobody knows if it will be televised.",
    "*Paper Lanterns* is on Netflix in most countries an hour after its Korean broadcast.",
    "Every episode is on Viu two hours after the broadcast.",
    "I tape it and watch it on Sunday morning with the sound down.",
])
def test_no_airing_stated(sentence):
    assert _alone(sentence) is None
    assert _all(sentence) == []


def test_an_airing_beside_a_ceremony_still_counts():
    """The look-alike gives way to a broadcast verb that is said, not wondered about."""
    assert _alone("The awards ceremony will be held in Seoul on January 31 and JTBC airs it live at 7pm.") == \
        ("JTBC", "one-off", "Saturday", "19:00", SEOUL, "2026-01-31")


def test_a_page_printed_in_narrow_columns():
    """A sentence wrapped at 40 columns is read whole, across its lines; a listing's short lines stay apart."""
    body = ("Hallam Row returns to BBC1 on\nTuesday 3 February at 7.30pm. The\nChristmas special is out on video.\n\n"
            "CBS, Wednesdays, 10 ET/PT\nNBC, Thursdays, 9 ET/PT")
    assert _all(body) == [("BBC1", "one-off", "Tuesday", "19:30", LON, "2026-02-03"),
                          ("CBS", "recurring", "Wednesday", "22:00", NY, None),
                          ("NBC", "recurring", "Thursday", "21:00", NY, None)]


def test_a_channel_is_lent_only_to_its_own_show():
    """On a page of many channels' shows, a sentence naming its show takes the channel that show was named with, not
    the channel named last for another show; in one channel's schedule, every show is on that channel."""
    listings = ("*Red Dirt Road* returns to Seven on Sunday at 7pm AEDT.\n\n"
                "*Gilded Swans* is on Foxtel on Thursday at 8.30pm AEDT, and on Binge the same day.\n\n"
                "Viewers in Perth can see *Red Dirt Road* at 7pm AWST on Sunday.\n\n"
                "*Saltbush* returns on Monday at 8pm AEDT.")
    got = _all(listings)
    assert [g[0] for g in got] == ["Seven", "Foxtel", "Seven", None]
    schedule = ("Channel 5 has *Wetland Vets* back on Wednesday at 8pm.\n\n"
                "*Attic Gold* continues weekdays at 11am.")
    assert [g[0] for g in _all(schedule)] == ["Channel 5", "Channel 5"]


# Strips as a range of any days (`Tuesday to Friday`, `Sun–Thu`), and `each weeknight`; not a show moved from one night
# to another. (A pair of nights, `Saturdays and Sundays`, stays a weekly slot on the first: test_air_kinds.py.)
@pytest.mark.parametrize("sentence, want", [
    ("*Fenwick Farm* airs Tuesday to Friday at 7pm on BBC One.", ("BBC One", "recurring", None, "19:00", LON, None)),
    ("*Night Desk* airs Sun–Thu at 11.35pm on ABC.", ("ABC", "recurring", None, "23:35", NY, None)),
    ("*Night Desk* airs Tue-Fri at 8 p.m. on ABC.", ("ABC", "recurring", None, "20:00", NY, None)),
    ("*Dunmore Bay* airs each weeknight on RTÉ One.", ("RTÉ One", "recurring", None, None, None, None)),
    ("The quiz moves from Tuesday to Wednesday at 8pm on ITV.", ("ITV", "one-off", "Tuesday", "20:00", LON,
                                                                 "2026-01-06")),
    ("The cast rehearse Tuesday to Friday and rest at weekends.", None),
])
def test_strips_of_any_days(sentence, want):
    assert _alone(sentence) == want


# A date as Spanish and Portuguese write it, in an English edition; not a date of something else.
@pytest.mark.parametrize("sentence, want", [
    ("*Los Faroles* premieres on Mega on 12 de enero at 22:00.",
     ("Mega", "one-off", "Monday", "22:00", SANTIAGO, "2026-01-12")),
    ("It premieres on Telefe on 5 de febrero at 21:30.",
     ("Telefe", "one-off", "Thursday", "21:30", "America/Argentina/Buenos_Aires", "2026-02-05")),
    ("*Maré Alta* returns to Globo on 3 de março de 2026 at 21:00.",
     ("Globo", "one-off", "Tuesday", "21:00", "America/Sao_Paulo", "2026-03-03")),
    ("The cast met on 12 de enero at the studio in Santiago.", None),
])
def test_iberian_month_names(sentence, want):
    assert _alone(sentence) == want


# A broadcast `at midnight` on a day is the midnight that ends that day's evening (00:00 of the next day, as listings
# mean it); a streaming release at midnight is the one that opens its day; `12 noon` is midday.
@pytest.mark.parametrize("sentence, want", [
    ("The finale airs at midnight Sunday on Adult Swim.",
     ("Adult Swim", "one-off", "Monday", "00:00", NY, "2026-01-12")),
    ("*Night Desk* airs Fridays at midnight on Channel 4.", ("Channel 4", "recurring", "Saturday", "00:00", LON, None)),
    ("The whole season drops on Netflix at midnight on Friday.",
     ("Netflix", "streaming", "Friday", "00:00", NY, "2026-01-09")),
    ("The finale airs at 12 noon on Saturday on BBC One.", ("BBC One", "one-off", "Saturday", "12:00", LON,
                                                            "2026-01-10")),
])
def test_midnight_and_noon(sentence, want):
    assert _alone(sentence) == want


# Kinds that already read right, held here so they stay right: an hour with no am/pm (evening by convention), a double
# bill, a regional opt-out (the main time), both coasts' times, an airing after the news, a simulcast, reruns ahead,
# award shows broadcast live, a slot from a date; and look-alikes with no airing.
@pytest.mark.parametrize("sentence, want", [
    ("The quiz is on at 8 on ITV on Monday.", ("ITV", "one-off", "Monday", "20:00", LON, "2026-01-12")),
    ("Channel 4 airs two back-to-back episodes of *Gullhaven* from 9pm on Sunday.",
     ("Channel 4", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
    ("BBC Two shows a double bill of *Gullhaven* on Saturday from 9pm.",
     ("BBC Two", "one-off", "Saturday", "21:00", LON, "2026-01-10")),
    ("*Gullhaven* airs at 9pm (10pm in Scotland) on BBC One on Sunday.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
    ("The finale airs Sunday at 9 p.m. ET/8 p.m. PT on Fox.", ("Fox", "one-off", "Sunday", "21:00", NY, "2026-01-11")),
    ("*Gullhaven* airs after the news on BBC One on Sunday.", ("BBC One", "one-off", "Sunday", None, None, "2026-01-11")),
    ("The finale will be simulcast on BBC One and BBC iPlayer on Sunday at 9pm.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
    ("Reruns air weeknights at 7 on TV Land.", ("TV Land", "recurring", None, "19:00", NY, None)),
    ("The Emmys are broadcast live on CBS on Sunday at 8 p.m. ET.", ("CBS", "one-off", "Sunday", "20:00", NY,
                                                                   "2026-01-11")),
    ("From Jan. 12, the show airs Mondays at 9 on NBC.", ("NBC", "recurring", "Monday", "21:00", NY, None)),
    ("Catch up on BBC iPlayer.", ("BBC iPlayer", "streaming", None, None, None, None)),
    ("The series premieres this fall on NBC.", None),
    ("The show has been renewed for a third season on ABC.", None),
    ("The show was pulled from the schedule on Sunday.", None),
    ("Reruns aired on TBS in the 2000s.", None),
])
def test_kinds_that_read_right(sentence, want):
    assert _alone(sentence) == want


# Channels of more countries, each in its own zone; a streaming service of its own.
@pytest.mark.parametrize("sentence, want", [
    ("*Jade Mountain* airs on Hunan TV on Friday at 19:30.",
     ("Hunan TV", "one-off", "Friday", "19:30", "Asia/Shanghai", "2026-01-09")),
    ("*Casa Lima* premieres on América Televisión on Monday at 21:00.",
     ("América Televisión", "one-off", "Monday", "21:00", "America/Lima", "2026-01-12")),
    ("*Dunarea* returns to Pro TV on Sunday at 20:30.",
     ("Pro TV", "one-off", "Sunday", "20:30", "Europe/Bucharest", "2026-01-11")),
    ("*Hafið* is on RÚV on Sundays at 21:10.", ("RÚV", "recurring", "Sunday", "21:10", "Atlantic/Reykjavik", None)),
    ("*Paper Lanterns* streams on Viki from Friday.", ("Viki", "streaming", "Friday", None, None, "2026-01-09")),
    ("*Jade Mountain* streams on Tencent Video on Fridays.",
     ("Tencent Video", "streaming", "Friday", None, None, None)),
])
def test_channels_of_more_countries(sentence, want):
    assert _alone(sentence) == want


# `a week on Sunday`, `Sunday week`: the Sunday a week after the coming one; not a week said of something else.
@pytest.mark.parametrize("sentence, want", [
    ("The finale airs a week on Sunday at 9pm on BBC One.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-01-18")),
    ("*Gullhaven* airs on Sunday week at 9pm on BBC One.", ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-01-18")),
    ("The finale airs on Sunday at 9pm on BBC One, a week after the premiere.",
     ("BBC One", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
    ("The finale airs on Sunday, a week before Christmas, at 9pm on ITV.",
     ("ITV", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
])
def test_a_week_on_sunday(sentence, want):
    assert _alone(sentence) == want


# A bare hour is in the evening by convention, unless the sentence says morning beside it.
@pytest.mark.parametrize("sentence, want", [
    ("*Bramble Lane* airs Saturday mornings at 10 on CBBC.", ("CBBC", "recurring", "Saturday", "10:00", LON, None)),
    ("*Bramble Lane* airs at 6 in the morning on Channel 5 on Sunday.",
     ("Channel 5", "one-off", "Sunday", "06:00", LON, "2026-01-11")),
    ("*Bramble Lane* airs at 9 on Sunday on Channel 5, and the repeat is on Monday morning.",
     ("Channel 5", "one-off", "Sunday", "21:00", LON, "2026-01-11")),
])
def test_a_bare_hour_in_the_morning(sentence, want):
    assert _alone(sentence) == want


# Kinds found by the sixth fictional set, with invented sentences: nights named after `on` (`on Mondays and Tuesdays`)
# are a strip; a strip before a repeat's weekday is the airing; a forum's lower-case plural weekday with its clock and
# no `at`; a clock written `19 h 30`.
@pytest.mark.parametrize("sentence, want", [
    ("*Hollow Farm* is on Channel 5 on Mondays and Tuesdays at 8pm, with both series on My5.",
     ("Channel 5", "recurring", None, "20:00", LON, None)),
    ("*Die Mühle* runs on ZDF on Mondays, Tuesdays and Wednesdays at 20.15 from 3 November.",
     ("ZDF", "recurring", None, "20:15", "Europe/Berlin", None)),
    ("*Umlazi Nights* is on weekdays at 20:00 on SABC 1 and repeated on Saturdays from 14:00.",
     ("SABC 1", "recurring", None, "20:00", "Africa/Johannesburg", None)),
    ("its on ITV1 thursdays 8.30 (8pm in Wales) and the omnibus is sunday mornings on ITV2",
     ("ITV1", "recurring", "Thursday", "20:30", LON, None)),
    ("*Les Quatre Saisons* airs weeknights at 19 h 30 on TVA.", ("TVA", "recurring", None, "19:30", "America/Toronto",
                                                                 None)),
    ("*Hollow Farm* airs Sundays 20.15 on ZDF.", ("ZDF", "recurring", "Sunday", "20:15", "Europe/Berlin", None)),
    # look-alikes: a weekly day with its own clock after a strip's, and a lower-case day in prose
    ("*Umlazi Nights* repeats on Saturdays at 14:00 on SABC 1.",
     ("SABC 1", "recurring", "Saturday", "14:00", "Africa/Johannesburg", None)),
    ("we met on a wet sunday in 2019 and talked about the show for hours", None),
])
def test_kinds_of_the_sixth_set(sentence, want):
    assert _alone(sentence) == want


# The sixth set's look-alikes of news and a pulled slot, and zones said by the viewers' country: `in Canada` with an
# Eastern clock is Toronto's, Newfoundland's time beside it says Canada, `Chile's` channel is Chile's.
@pytest.mark.parametrize("sentence, want", [
    ("Harbour Cable picked up a ten-episode second season on Tuesday, after weeks of speculation.", None),
    ("Seven has pulled *Red Dirt Road*'s regular Monday slot until the tennis ends.", None),
    ("NBC renewed the drama on Friday, and it returns on Monday at 9 p.m.",
     ("NBC", "one-off", "Monday", "21:00", NY, "2026-01-12")),
    ("It airs in Canada on FXX at 10pm ET the same night.", ("FXX", "one-off", "Tuesday", "22:00", "America/Toronto",
                                                             "2026-01-06")),
    ("*Grand Banks* premieres Monday, January 12 at 9 p.m. (9:30 NT) on Lakeshore.",
     (None, "one-off", "Monday", "21:00", "America/Toronto", "2026-01-12")),
    ("The Canadian actor's show airs Sundays at 9 p.m. ET on NBC.", ("NBC", "recurring", "Sunday", "21:00", NY, None)),
    ("Chile's Canal 11 ends *Faro Sur* with a finale on Wednesday at 22:15.",
     (None, "one-off", "Wednesday", "22:15", SANTIAGO, "2026-01-07")),
])
def test_news_and_countries_of_the_sixth_set(sentence, want):
    assert _alone(sentence) == want


# A table's cell sets a channel apart as a listing does; a clock in a later clause naming a channel of its own is that
# channel's (a delayed telecast); a broadcast clause after one of streaming now is the airing.
@pytest.mark.parametrize("sentence, want", [
    ("| CTV | CTV has *Tidal Flats* on Mondays and Tuesdays at 10pm ET from January 12. |",
     ("CTV", "recurring", None, "22:00", "America/Toronto", None)),
    ("*Tala* airs weeknights after the news on GMA, with a delayed telecast on GTV at 10:30 p.m.",
     ("GMA", "recurring", None, None, None, None)),
    ("*Harbour Watch* airs on BBC One on Sunday, and on BBC Two at 10pm.",
     ("BBC One", "one-off", "Sunday", None, None, "2026-01-11")),
    ("*Saltmarsh* Season 2 is streaming now on Peacock, and the network will run a marathon of the full season on "
     "Saturday, January 17, from noon ET.", (None, "one-off", "Saturday", "12:00", NY, "2026-01-17")),
    ("She ran a marathon on Sunday at 9am.", None),
])
def test_cells_delayed_telecasts_and_marathons(sentence, want):
    assert _alone(sentence) == want
