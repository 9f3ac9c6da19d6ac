"""Air dates that need their context (stop 35): the clock, day or slot a sentence alone lacks, said in the sentence
before or in the day heading over it, and the zone of the channel it names; with the look-alikes that must stay as
they are (every show, channel, outlet and person invented)."""

from datetime import date

from newsletter.extract.airdates import find_air_dates, parse_sentence

FRI = date(2026, 12, 4)  # the article's date: a Friday


def _found(body: str, on: date = FRI, outlet: str | None = "The Weekender"):
    return [(a.kind, a.weekday, a.local_time, a.tz, a.day and a.day.isoformat())
            for a in find_air_dates(body, on, outlet=outlet)]


# `same time` said bare after a dated airing with its clock (`The final airs May 7, same time.`): that clock and zone.
def test_a_bare_same_time_takes_the_clock_before():
    body = ("The semifinal of Bread Street airs Monday, December 7 at 8 p.m. on the Oven Channel. "
            "The final airs December 21, same time.\n")
    assert _found(body)[-1] == ("one-off", "Monday", "20:00", "America/New_York", "2026-12-21")


def test_same_time_same_channel():
    body = ("Larchmont Road airs Thursday, December 10 at 9 p.m. on NBC. "
            "The finale is December 17, same time, same channel.\n")
    assert _found(body)[-1] == ("one-off", "Thursday", "21:00", "America/New_York", "2026-12-17")


def test_a_same_time_of_something_else_is_no_clock():
    body = ("Larchmont Road airs Thursday, December 10 at 9 p.m. on NBC. "
            "The cast reunion is December 17, same time last year as the wrap party.\n")
    assert all(t is None for _, _, t, _, d in _found(body) if d == "2026-12-17")


# A `9/8c` clock is a broadcast's: a sentence giving one is on no streaming service named before it.
def test_a_listing_clock_does_not_take_the_streamer_before():
    body = ("Pinewick is streaming now on Lumen+.\n\n"
            "The Hollow Pines returns Wednesday, December 9 at 9/8c.\n")
    assert _found(body)[-1] == ("one-off", "Wednesday", "21:00", "America/New_York", "2026-12-09")


def test_a_weekly_listing_clock_after_a_streamer_is_a_slot():
    body = ("Pinewick is streaming now on Lumen+.\n\n"
            "Tamsworth has it Wednesdays at 9/8c from December 9.\n")
    assert _found(body)[-1][:3] == ("recurring", "Wednesday", "21:00")


def test_a_release_hour_on_the_streamer_stays_streaming():
    body = ("Pinewick is streaming now on Lumen+.\n\n"
            "New episodes drop Wednesday, December 9 at 3 a.m. ET.\n")
    assert _found(body)[-1][0] == "streaming"


# A guide's day heading (`## Tuesday, Dec. 8`) dates the lines under it that give a clock and no day.
HEADED = ("# The week ahead\n\n"
          "## Sunday, Dec. 6\n\n"
          "*Copper Flats* returns for season three at 8 p.m. on Harrowgate.\n\n"
          "## Wednesday, Dec. 9\n\n"
          "All eight episodes of *The Tin Parlour* drop on Lumen+ at 3 a.m. ET.\n\n"
          "*Dockside* premieres at 9/8c on Harrowgate.\n")


def test_a_day_heading_dates_the_lines_under_it():
    assert _found(HEADED) == [("one-off", "Sunday", "20:00", "America/New_York", "2026-12-06"),
                              ("streaming", "Wednesday", "03:00", "America/New_York", "2026-12-09"),
                              ("one-off", "Wednesday", "21:00", "America/New_York", "2026-12-09")]


def test_without_a_heading_a_return_at_a_time_is_still_no_airing():
    body = "*Copper Flats* returns for season three at 8 p.m. on Harrowgate.\n"
    assert _found(body) == []


# `simultaneously on CTV`: the airing before, on another channel at the same moment, on that channel's clock.
def test_simultaneously_on_another_channel():
    body = ("*Gannet Point* premieres Monday, December 7 at 9 p.m. ET on Harrowgate. "
            "Canadians get *Gannet Point* simultaneously on CTV.\n")
    assert _found(body) == [("one-off", "Monday", "21:00", "America/New_York", "2026-12-07"),
                            ("one-off", "Monday", "21:00", "America/Toronto", "2026-12-07")]


def test_simultaneously_without_an_airing_before_is_nothing():
    body = "The two leads were filmed simultaneously on CTV's set.\n"
    assert _found(body) == []


# `settles into its regular Sunday 10 p.m. slot`: the slot a show goes on to, said of its weekly night and clock.
def test_settling_into_a_regular_slot():
    got = parse_sentence("After that, it settles into its regular Sunday 10 p.m. slot.", FRI)
    assert got and (got.kind, got.weekday, got.local_time) == ("recurring", "Sunday", "22:00")


def test_a_slot_that_was_is_no_airing():
    assert parse_sentence("For years it had its regular Sunday 10 p.m. slot.", FRI) is None


# A channel's possessive after an opening phrase (`Across the border, RTÉ One's Sunday-night drama …`) names it.
def test_a_channels_possessive_after_an_opening_phrase():
    got = parse_sentence("Across the Irish Sea, RTÉ One's Sunday-night crime drama Glenmorrow is back for a third "
                         "run on December 13 at 9.30pm.", FRI)
    assert got and (got.network, got.tz) == ("RTÉ One", "Europe/Dublin")


def test_simultaneously_in_a_paragraph_of_its_own():
    body = ("## Monday, Dec. 7\n\n*Gannet Point* premieres at 9/8c on Harrowgate.\n\n"
            "Canadians get *Gannet Point* simultaneously on CTV.\n")
    assert _found(body)[-1] == ("one-off", "Monday", "21:00", "America/Toronto", "2026-12-07")


# A scraped page's `<br>` ends a statement (a comment's stamp on its own line names no day of an airing), unless the
# line runs on.
COMMENTS = ("<p>Season two of <i>Harrow Fen</i> kicks off Sunday, December 13 at 10/9c on NBC.</p>\n\n"
            "<ul>\n<li><cite>Marge in Moose Jaw</cite> says:<br>December 4, 2026 at 9:40 pm<br>For the Canadians: "
            "it is on Global the same night at 10.</li>\n</ul>\n")


def test_a_comments_stamp_is_not_the_day_of_the_same_night():
    assert _found(COMMENTS)[-1] == ("one-off", "Sunday", "22:00", "America/Toronto", "2026-12-13")


def test_a_line_broken_mid_sentence_is_read_whole():
    body = "<p>Harrow Fen airs Sunday, December 13 at<br>\n10 p.m. on NBC.</p>\n"
    assert _found(body) == [("one-off", "Sunday", "22:00", "America/New_York", "2026-12-13")]


def test_two_sentences_across_a_break_are_two_statements():
    body = "<p>HOST: Harrow Fen airs Sundays at nine on NBC.<br> And the finale is December 13.</p>\n"
    got = _found(body)
    assert got[0][:3] == ("recurring", "Sunday", "21:00") and got[-1][4] == "2026-12-13"


# A region of the channel's country with its own clock, opening the sentence (`In WA it screens at 7pm local time`):
# that region's clock; a region of another country leaves the channel's.
def test_a_region_opening_the_sentence_takes_its_clock():
    body = ("Saltbush Flat premieres Sunday at 7.30pm on Nine. In WA it screens at 7pm local time.\n\n"
            "In Western Australia, it screens at 7pm.\n")
    assert [z for _, _, _, z, _ in _found(body)] == ["Australia/Sydney", "Australia/Perth", "Australia/Perth"]


def test_a_region_of_another_country_is_no_clock_of_the_channel():
    body = "Saltbush Flat premieres Sunday at 7.30pm on Nine. In Alberta, it screens at 7pm.\n"
    assert [z for _, _, _, z, _ in _found(body)] == ["Australia/Sydney", "Australia/Sydney"]


# A page from abroad (the cities it names are all in one zone outside the Americas and Britain, or its dateline
# stands under a byline) puts a clock that no channel places on its country's clock; a US page naming Los Angeles
# keeps a network's Eastern.
def test_the_cities_of_a_page_from_abroad_place_an_unplaced_clock():
    body = ("She went to three auditions in Nairobi before she was cast.\n\n"
            "A special one-hour episode will air on Sunday, December 6, at 7pm.\n")
    assert _found(body, outlet=None) == [("one-off", "Sunday", "19:00", "Africa/Nairobi", "2026-12-06")]


def test_a_us_page_naming_los_angeles_keeps_eastern():
    body = ("She moved to Los Angeles at nineteen.\n\n"
            "A special one-hour episode will air on Sunday, December 6, at 7pm.\n")
    assert _found(body, outlet=None) == [("one-off", "Sunday", "19:00", "America/New_York", "2026-12-06")]


def test_a_dateline_under_a_byline_places_the_page():
    body = ("<p class=\"byline\">By Anong P. | Screen Daily | 4 Dec 2026</p>\n\n"
            "<p><strong>BANGKOK</strong> – The villain of the lakorn <em>Nam Sai</em> is a first for her.</p>\n\n"
            "<p><em>Nam Sai</em> airs every Wednesday and Thursday at 20:30 on Channel 9.</p>\n")
    assert _found(body, outlet=None)[0][3] == "Asia/Bangkok"


# A channel nobody lists, named beside the sentence's own when, is no channel named before (nor its clock).
def test_a_channel_of_its_own_does_not_take_the_one_before():
    body = ("Canadians get *Gannet Point* on CTV on Monday, December 7 at 9 p.m.\n\n"
            "*Tollhouse* moves to Mondays at 10 p.m. on Quillford starting tonight.\n")
    assert _found(body)[-1] == ("recurring", "Monday", "22:00", "America/New_York", None)


def test_after_a_streaming_service_one_nobody_lists_is_still_a_release():
    body = ("*Moon Oven* arrives on Lumen+ on Saturday at 9pm KST.\n\n"
            "Indian viewers get the thriller *Chowkidar* on Sunday, December 6 at 12pm IST on StreamVeda.\n")
    assert _found(body)[-1][0] == "streaming"


# `It comes to the UK on the same day.`: the release before's day, elsewhere, with no clock of its own.
def test_the_same_day_elsewhere():
    body = "All ten episodes of *Lamp Hours* are streaming on Netflix from Friday, December 11. It comes to the UK on the same day.\n"
    assert _found(body)[-1] == ("streaming", "Friday", None, None, "2026-12-11")


def test_the_same_day_of_something_else_is_no_airing():
    body = ("All ten episodes of *Lamp Hours* are streaming on Netflix from Friday, December 11. "
            "The cast comes to the premiere party on the same day.\n")
    assert len(_found(body)) == 1


# A date on one of the nights of a two-night slot read before (`airs Wednesday and Thursday at 20.30`) is on it.
def test_a_day_of_a_two_night_slot_takes_its_clock():
    body = ("for the schedule: Fon Tok airs Wednesday and Thursday at 20.30 on Channel 3 HD.\n\n"
            "also episode 9 is on next Wednesday so dont forget\n")
    assert _found(body, on=date(2024, 6, 6))[-1] == ("one-off", "Wednesday", "20:30", "Asia/Bangkok", "2024-06-12")
