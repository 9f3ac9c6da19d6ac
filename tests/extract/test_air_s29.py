"""Air dates of kinds the held-out sets showed past the tuned ones: a printed schedule's rows under a heading that gives
their day and channel (teletext pages, a paper's TV page); a broadcast in the hour after midnight written with the
evening's day, as listings keep late shows; a channel name several countries share; a streaming service as the subject
of a release; a release restated in another place's time; a show off air; a broadcast beside the `+` service named for
its network. Each with look-alikes that must stay as they were (every show, outlet and sentence here is invented; the
channels and services named are real ones, or invented where the kind is a name no table lists).

Catch-up (`Series one is on BBC iPlayer now`) stays a streaming availability, as the shared corpus annotates it
(`now streaming on Netflix`), though the fifth to seventh and ninth sets annotate it `none`."""

from datetime import date

import pytest

from newsletter.extract.air_show import named_show
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


def _kind(sentence, on=FRI):
    air = parse_sentence(sentence, on)
    return (air.kind, air.network, air.weekday, air.local_time, air.tz,
            air.day.isoformat() if air.day else None) if air else None


# A schedule's row gives its own title as the show the newsletter prints.
@pytest.mark.parametrize("line, title", [
    ("  7.30  Pelham Lane (S) (T)", "Pelham Lane"), ("21.00 Harbourside Vets (BBC Two)", "Harbourside Vets"),
    (" 9.30  Comic Aid Countdown: LIVE", "Comic Aid Countdown"),
])
def test_a_row_names_its_show(line, title):
    assert named_show(line) == title


# A streaming service leading its clause as the subject of putting a show out: a release, and the service is no show.
@pytest.mark.parametrize("sentence, want", [
    ("Netflix drops all eight episodes of *Rook Hill* on Friday, Feb. 16.",
     ("streaming", "Netflix", "Friday", None, None, "2024-02-16")),
    ("Hulu releases new episodes every Wednesday.", ("streaming", "Hulu", "Wednesday", None, None, None)),
    ("Disney+ puts the first two episodes up on Wednesday, Feb. 14.",
     ("streaming", "Disney+", "Wednesday", None, None, "2024-02-14")),
])
def test_a_streamer_as_the_subject_of_a_release(sentence, want):
    assert _kind(sentence) == want
    assert parse_sentence(sentence, FRI).show not in ("Netflix", "Hulu", "Disney+")


@pytest.mark.parametrize("sentence", [
    "Netflix releases its earnings report on Tuesday at 4pm.",
    "Netflix bought the series on Friday.",
])
def test_a_streamer_doing_business_is_no_release(sentence):
    assert parse_sentence(sentence, FRI) is None


DROP = "All eight episodes of *Rook Hill* drop on Netflix on Friday, Feb. 16 at 3am ET.\n\n"


# The same release restated in another place's time, in the sentences after it: its kind and service, that zone.
@pytest.mark.parametrize("after, want", [
    ("In the Philippines, they arrive at 4pm PHT the same day.",
     ("streaming", "Netflix", "16:00", "Asia/Manila", "2024-02-16")),
    ("Viewers in Uruguay can start watching from 5am on Friday, Feb. 16.",
     ("streaming", "Netflix", "05:00", "America/Montevideo", "2024-02-16")),
    ("For viewers in the UK, the episodes land at 8am GMT on Feb. 16.",
     ("streaming", "Netflix", "08:00", "Europe/London", "2024-02-16")),
    ("<p>That's 3 a.m. ET, 8 a.m. in the UK and 7 p.m. in Sydney.</p>",
     ("streaming", "Netflix", "03:00", "America/New_York", "2024-02-16")),
])
def test_a_release_restated_in_another_place_time(after, want):
    found = find_air_dates(DROP + after, FRI)
    assert len(found) == 2
    air = found[1]
    assert (air.kind, air.network, air.local_time, air.tz, air.day.isoformat()) == want


# ...but not what viewers there do beside it, nor an airing there on a channel of its own.
def test_no_restatement_of_an_event_or_another_channel():
    assert len(find_air_dates(DROP + "The cast meets fans in Manila at 4pm the same day.", FRI)) == 1
    air = find_air_dates(DROP + "In the UK, BBC Three shows it at 9pm the same day.", FRI)[-1]
    assert (air.kind, air.network) == ("one-off", "BBC Three")


# No airing, after an airing on a channel: a show off air for now, one that no longer airs at a time, a box set on
# sale.
@pytest.mark.parametrize("sentence", [
    "*Mtaa Mpya*, usually on KTN Home at 7.30pm on weeknights, is off air until the end of the month.",
    "*Dijk* no longer airs at 9pm: its old slot went to a quiz in January.",
    "The *Dijk* box set goes on sale on February 16.",
])
def test_off_air_and_on_sale_are_no_airing(sentence):
    assert len(find_air_dates("NPO 1 airs *Dijk* on Sundays at 21:00.\n\n" + sentence, FRI)) == 1


def test_back_on_air_is_an_airing():
    assert _kind("*Dijk* is back on air on Sunday at 9pm on NPO 1.")[0] == "one-off"


@pytest.mark.parametrize("sentence, want", [
    # a guide's star rating leads its item as markup does
    ("★★★ RTÉ One has *Bog Road* on Monday at 9.35pm.",
     ("one-off", "RTÉ One", "Monday", "21:35", "Europe/Dublin", "2024-02-12")),
    # a streaming service something `hits`
    ("The docuseries *Kaimai* hits Netflix on Thursday, Feb. 15.",
     ("streaming", "Netflix", "Thursday", None, None, "2024-02-15")),
    # a weekly day after the date a run starts from
    ("*De Polderwacht* can be seen from Sunday 18 February on NPO 1, every Sunday at 21:05.",
     ("recurring", "NPO 1", "Sunday", "21:05", "Europe/Amsterdam", None)),
    # a broadcast, then where it streams after: the broadcast, on the network the `+` service is named for
    ("*Vantablack Bay* airs Sundays at 10 p.m. ET on Corvid and streams next day on Corvid+.",
     ("recurring", "Corvid", "Sunday", "22:00", "America/New_York", None)),
    ("*Vantablack Bay* airs Sundays at 9 p.m. on HBO and streams on Max.",
     ("recurring", "HBO", "Sunday", "21:00", "America/New_York", None)),
])
def test_more_kinds_of_listing(sentence, want):
    assert _kind(sentence) == want


def test_a_broadcast_after_a_streamer_named_before_is_no_release():
    air = find_air_dates("Season one is streaming on Netflix.\n\nThe season two finale aired on Sunday, Feb. 4.", FRI)
    assert (air[-1].kind, air[-1].network) == ("one-off", None)


def test_a_day_possessive_with_a_time_is_an_airing_to_come():
    tuesday = date(2024, 2, 13)
    assert _kind("★★★★★ Sunday's big one is the *Ravenscar* finale at 9pm on ITV1.", tuesday) == \
        ("one-off", "ITV1", "Sunday", "21:00", "Europe/London", "2024-02-18")
    assert _kind("Sunday's finale was a shock, and it aired at 9pm on ITV1.", tuesday)[5] == "2024-02-11"


# The network a `+` service is named for, named alone beside it or after it: where the broadcast is.
def test_the_network_a_plus_service_is_named_for():
    air = find_air_dates("The whole series is streaming on Meridian+. Meridian will air the finale again on "
                         "Saturday at 10pm.", FRI)
    assert [(a.kind, a.network) for a in air] == [("streaming", "Meridian+"), ("one-off", "Meridian")]


# A zone written beside a clock, the same hour that day as the country whose viewers the sentence names: theirs.
@pytest.mark.parametrize("sentence, zone", [
    ("For viewers in the UK, the finale of *Rook Hill* airs at 8pm GMT on Saturday.", "Europe/London"),
    ("For viewers in the UK, the finale of *Rook Hill* airs at 8pm ET on Saturday.", "America/New_York"),
])
def test_a_written_zone_of_the_viewers_country(sentence, zone):
    assert parse_sentence(sentence, FRI).tz == zone


def test_catch_up_now_is_a_streaming_availability_as_the_shared_corpus_has_it():
    assert _kind("Series one of *Pelham Lane* is on BBC iPlayer now.")[:2] == ("streaming", "BBC iPlayer")


# A weekly slot said in the past of this year or last season is history, not where the show airs now.
def test_a_slot_of_earlier_this_year_is_history():
    assert parse_sentence("The second season of *Fjord Lane* aired on Norway's NRK1 on Tuesdays at 21:30 earlier "
                          "this year.", FRI) is None
    assert _kind("*Fjord Lane* airs on NRK1 on Tuesdays at 21:30 this year.")[:4] == \
        ("recurring", "NRK1", "Tuesday", "21:30")


# `has its season finale on <day>`: a dated airing (not a party someone has).
def test_has_its_finale_on_a_day():
    kind, _, weekday, clock, _, day = _kind("Show TV's period drama *Mavi Yol* has its season finale on Wednesday, "
                                           "February 14 at 20:00.")
    assert (kind, weekday, clock, day) == ("one-off", "Wednesday", "20:00", "2024-02-14")
    assert parse_sentence("She has its premiere party on Wednesday at 20:00.", FRI) is None
