"""Kinds of air-date sentence found by the thirteenth fictional set (ordinary mainstream house styles), each with
invented phrasings of the kind and the look-alikes that must stay as they are (every sentence about a fictional
show)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

WED = date(2026, 11, 18)  # the article's date: a Wednesday
NY, MEX, SAO, LIM = "America/New_York", "America/Mexico_City", "America/Sao_Paulo", "America/Lima"


def _alone(sentence, on=WED):
    air = parse_sentence(sentence, on)
    return (air.network, air.kind, air.weekday, air.local_time, air.tz,
            air.day.isoformat() if air.day else None) if air else None


# A weekday written beside a date names its year, even when a past participle earlier in the sentence (`taped…`) reads
# as looking back; a past airing whose weekday fits last year's date stays last year's.
@pytest.mark.parametrize("sentence, want", [
    ("*The Lantern Gala*, recorded earlier this month in Denver, airs Friday, Dec. 25 at 9/8c.",
     (None, "one-off", "Friday", "21:00", NY, "2026-12-25")),
    ("The choir special, taped last week, is on Friday, December 25 at 7 p.m. ET.",
     (None, "one-off", "Friday", "19:00", NY, "2026-12-25")),
])
def test_weekday_beside_a_date_names_its_year(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("*The Lantern Gala* aired Thursday, Dec. 25 at 9/8c.", (None, "one-off", "Thursday", "21:00", NY, "2025-12-25")),
])
def test_weekday_that_fits_last_years_date_stays_last_year(sentence, want):
    assert _alone(sentence) == want


# `*Title*, Channel's new novela, premieres…`: a channel's possessive in an apposition that names the show's kind is
# where the show airs (its country's clock); a possessive that opens a clause about someone is no channel.
@pytest.mark.parametrize("sentence, want", [
    ("*Río Quebrado*, Azteca Uno's new prime-time novela, premieres on Monday, December 7, at 20:30.",
     ("Azteca Uno", "one-off", "Monday", "20:30", MEX, "2026-12-07")),
    ("*Maré Alta*, Globo's big 6 o'clock novela, starts on Monday at 18h.",
     ("Globo", "one-off", "Monday", "18:00", SAO, "2026-11-23")),
])
def test_channel_possessive_in_an_apposition(sentence, want):
    assert _alone(sentence) == want


def test_possessive_that_opens_a_clause_is_no_channel():
    air = parse_sentence("*Río Quebrado*, Globo's boss said the novela, premieres on Monday at 21:00.", WED)
    assert air is None or air.network is None


# Peru's national channel as it calls itself on air.
def test_peruvian_channel_short_name():
    assert _alone("*Los Tres Patios* returns to América TV on Saturdays at 9 p.m.") == \
        ("América TV", "recurring", "Saturday", "21:00", LIM, None)


FRI = date(2026, 11, 27)  # a guide's date: a Friday
SYD, BUE = "Australia/Sydney", "America/Argentina/Buenos_Aires"


def _in_article(body, on=FRI):
    """What the article says of each sentence that states an airing, in order."""
    return [(a.network, a.kind, a.weekday, a.local_time, a.tz, a.day.isoformat() if a.day else None)
            for a in find_air_dates(body, on)]


# A listing line naming a broadcaster with its own streaming service beside it (`Seven and 7plus`) is the broadcast,
# this week's; the streaming service alone stays a release.
@pytest.mark.parametrize("sentence, want", [
    ("**TIDE FLATS**, Sunday, 7pm, Seven and 7plus.", ("Seven", "one-off", "Sunday", "19:00", SYD, "2026-11-22")),
    ("**Swan Reach** *(Nine and 9Now, from 8.40pm)*", ("Nine", "one-off", "Wednesday", "20:40", SYD, "2026-11-18")),
])
def test_broadcaster_listed_with_its_streaming_twin(sentence, want):
    assert _alone(sentence) == want


def test_streaming_service_alone_stays_a_release():
    assert _alone("All episodes of *Tide Flats* are on 7plus from Sunday.")[1] == "streaming"


# A guide's day heading (`## SATURDAY`) dates the items under it that give a time and a channel but no day; a long
# section title that mentions a day does not.
def test_day_heading_dates_the_items_under_it():
    body = ("Intro.\n\n## FRIDAY\n\n**Gull Point** *(Nine, from 7.30pm)*\nLifeguards.\n\n## SATURDAY\n\n"
            "**Bell Rock** *(Seven, from 10am)*\nLive.\n\n**Cold Harbour** *(ABC TV, 8.30pm)*\nA drama.\n\n## SUNDAY\n\n"
            "**The Oven** From 7pm on 10, the bakers are back.")
    assert [a[5] for a in _in_article(body)] == ["2026-11-27", "2026-11-28", "2026-11-28", "2026-11-29"]


def test_long_heading_naming_a_day_dates_nothing():
    body = ("Intro.\n\n## Why Saturday's cliffhanger is the best scene of the year\n\n"
            "**Cold Harbour** *(ABC TV, 8.30pm)*\nA drama.")
    assert [a[5] for a in _in_article(body)] == ["2026-11-27"]


# A weekly slot `until its finale on December 19` runs till then: the date ends the run; a finale's own airing stays
# a one-off.
@pytest.mark.parametrize("sentence, want", [
    ("*Cold Harbour* continues on Saturdays at 8.30pm on ABC TV until its finale on December 19.",
     ("ABC TV", "recurring", "Saturday", "20:30", SYD, None)),
    ("*Gull Point* airs Sundays at 9pm on ITV1 until the series finale on 20 December.",
     ("ITV1", "recurring", "Sunday", "21:00", "Europe/London", None)),
])
def test_weekly_slot_until_a_date(sentence, want):
    assert _alone(sentence, FRI) == want


def test_finale_on_a_date_stays_a_one_off():
    assert _alone("The finale of *Cold Harbour* airs on Saturday, December 19 at 8.30pm on ABC TV.", FRI) == \
        ("ABC TV", "one-off", "Saturday", "20:30", SYD, "2026-12-19")


# Strips as Spanish listings and English round-ups write them: `Lunes a jueves, 21.30hs`, `de lunes a jueves a las
# 21hs`, `a Monday-to-Friday strip at 21:00`.
@pytest.mark.parametrize("sentence, want", [
    ("**FICHA:** *Las Moreno* · Lunes a jueves, 21.30hs · Telefe · 90 episodios.",
     ("Telefe", "recurring", None, "21:30", BUE, None)),
    ("*Los Pérez de Junín* airs de lunes a jueves a las 21hs on El Trece.",
     ("El Trece", "recurring", None, "21:00", BUE, None)),
    ("After its first week the novela moves into a Monday-to-Friday strip at 9pm on ITV1.",
     ("ITV1", "recurring", None, "21:00", "Europe/London", None)),
])
def test_strips_in_spanish_and_hyphenated(sentence, want):
    assert _alone(sentence, FRI) == want


def test_strip_days():
    air = parse_sentence("*Las Moreno* airs de lunes a jueves a las 21hs on Telefe.", FRI)
    assert air.when.days == ("Monday", "Tuesday", "Wednesday", "Thursday")


# A magazine's issue on sale (`on newsstands Thursday`) is no airing.
@pytest.mark.parametrize("sentence", [
    "The full interview appears in Schermo TV no. 40, on newsstands Thursday.",
    "The full interview runs in Visto TV issue 12, on news-stands Friday.",
])
def test_magazine_on_newsstands_is_no_airing(sentence):
    assert _alone(sentence) is None


# `The premiere is followed by a new episode on Monday from 8.30pm`: the later airing the premiere leads into; a past
# event followed by a talk stays out.
def test_airing_that_follows_a_premiere():
    assert _alone("The premiere will be followed by a second episode on Tuesday at 9pm.") == \
        (None, "one-off", "Tuesday", "21:00", NY, "2026-11-24")


def test_past_event_followed_by_a_talk_is_no_airing():
    assert _alone("Last Monday we showed the pilot to a packed room, followed by a talk with its writer.") is None


# After `Seven and 7plus`, a sentence that names no channel goes on with the broadcast, not the streaming twin.
def test_broadcast_carried_over_its_streaming_twin():
    body = ("Intro.\n\n**TIDE FLATS**, Sunday, 7pm, Seven and 7plus.\n\n"
            "The season opener is followed by a new episode on Monday from 8.30pm.")
    assert _in_article(body, WED)[-1] == ("Seven", "one-off", "Monday", "20:30", SYD, "2026-11-23")


# `the network will present *X* from 10 p.m.`: a network's release says its own airing; a channel's president is not.
def test_network_presents_its_special():
    assert _alone("On Thursday, Dec. 24, the network will present *The Hearth Log* from 10 p.m. until 6 a.m.") == \
        (None, "one-off", "Thursday", "22:00", NY, "2026-12-24")


def test_channel_president_is_no_airing():
    assert _alone("The channel president spoke to staff on Thursday at 10 a.m.") is None


# `…Wednesdays at 9 p.m. The series will not air on May 20…`: after `p.m.` a word that opens sentences starts the
# next statement, so the pre-emption after it does not cancel the slot; `9 p.m. Eastern` is still one statement.
def test_statement_ends_after_a_clock_before_a_new_sentence():
    body = ("Intro.\n\n*Tall Pines* premieres on CBC on Wednesday, April 15, at 9 p.m.\n\n"
            "Episodes then air Wednesdays at 9 p.m. The series will not air on May 20 because of playoff hockey.")
    airs = find_air_dates(body, date(2026, 4, 8))
    assert [(a.kind, a.weekday, a.local_time, a.tz) for a in airs][-1] == \
        ("recurring", "Wednesday", "21:00", "America/Toronto")


def test_clock_then_zone_word_stays_one_statement():
    body = "Intro.\n\n*Tall Pines* airs Wednesdays at 9 p.m. Eastern on CBC."
    assert [a.tz for a in find_air_dates(body, date(2026, 4, 8))] == ["America/Toronto"]


# `Beginning Monday, Nov. 23, … reruns will air weeknights at 11 p.m. ET through Dec. 18.` right after a Sunday
# premiere: a strip of its own, not the premiere restated at another hour the next day.
def test_strip_after_a_premiere_is_no_restatement():
    body = ("Intro.\n\n*The Pantry Brawl* premieres Sunday, Nov. 22 at 7/6c.\n\n"
            "Beginning Monday, Nov. 23, *Elm Row* reruns will air weeknights at 11 p.m. ET through Dec. 18.")
    assert _in_article(body, WED)[-1] == (None, "recurring", None, "23:00", NY, None)


# A news site's `**Summary**` box heading is never the show an airing is printed with.
def test_summary_box_heading_is_no_show():
    from newsletter.extract.air_show import article_show
    body = "**Summary**\n\n- The actress speaks about her role.\n\nThe drama *Kettle Point* airs weeknights."
    assert article_show("Actress opens up", body, []) != "Summary"
