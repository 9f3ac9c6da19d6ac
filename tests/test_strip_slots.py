"""A strip (`weeknights at 7.30pm`, `Saturdays and Sundays at 9.20pm KST`) carries its days from the sentence to the
email: read with its days, placed at its next airing in the week, said as a listing says it in the reader's zone,
repeated on each of its days in the calendar file, and kept through the build's artefact."""

from dataclasses import replace
from datetime import date, datetime
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from newsletter import calendar_links
from newsletter.artefact import issue_data, issue_from_data
from newsletter.assemble import upcoming_airings
from newsletter.config import load_config
from newsletter.extract.airdates import parse_sentence
from newsletter.model import Interview, Issue, Slot, Story, Understanding
from newsletter.render import RenderSettings, days_text, render_issue, when_text

from .conftest import REPO

LON, SEOUL = "Europe/London", "Asia/Seoul"
WEDNESDAY_NOON = datetime(2026, 1, 7, 12, tzinfo=ZoneInfo(LON))
WEEKDAYS_5 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def read(sentence):
    return parse_sentence(sentence, date(2026, 1, 6))


@pytest.mark.parametrize("sentence, days", [
    ("*Fenwick Farm* airs weeknights at 7.30pm on ITV1.", WEEKDAYS_5),
    ("*Fenwick Farm* is on ITV1 every day at 07.10.", ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                       "Saturday", "Sunday")),
    ("*Paper Lanterns* airs Saturdays and Sundays at 9.20pm KST on tvN.", ("Saturday", "Sunday")),
    ("*Night Desk* airs Sun–Thu at 11.35pm on ABC.", ("Monday", "Tuesday", "Wednesday", "Thursday", "Sunday")),
    ("*Casa Azul* airs Monday to Saturday at 21:00 on Globo.", WEEKDAYS_5 + ("Saturday",)),
    ("*Paper Lanterns* airs every Saturday and Sunday at 9.20pm on tvN.", ("Saturday", "Sunday")),
    ("*Jade Gate* airs Wednesday and Thursday nights at 10pm on JTBC.", ("Wednesday", "Thursday")),
    ("*Bramble Lane* airs Mondays, Wednesdays and Fridays at 6pm on CBBC.", ("Monday", "Wednesday", "Friday")),
])
def test_a_strip_is_read_with_its_days(sentence, days):
    air = read(sentence)
    assert (air.kind, air.weekday, air.when.days) == ("recurring", None, days)


@pytest.mark.parametrize("sentence, want", [
    # days that are this week's airings, not a strip: a first airing with a later strip, a two-part special
    ("*Paper Lanterns* premieres on tvN on Saturday, March 7 at 9:20 p.m. KST, and will air every Saturday and "
     "Sunday.", ("one-off", "Saturday", None)),
    ("The two-part special airs Monday and Tuesday at 9pm on ITV.", ("one-off", "Monday", None)),
])
def test_days_that_are_no_strip(sentence, want):
    air = read(sentence)
    assert (air.kind, air.weekday, getattr(air.when, "days", None)) == want
def test_a_strip_is_placed_at_its_next_airing():
    weeknights = read("*Fenwick Farm* airs weeknights at 7.30pm on ITV1.").placed(WEDNESDAY_NOON)
    assert weeknights.start == datetime(2026, 1, 7, 19, 30, tzinfo=ZoneInfo(LON))  # tonight, a Wednesday
    late = read("*Fenwick Farm* airs weeknights at 7.30pm on ITV1.").placed(datetime(2026, 1, 9, 20, tzinfo=ZoneInfo(LON)))
    assert late.start == datetime(2026, 1, 12, 19, 30, tzinfo=ZoneInfo(LON))  # after Friday's: Monday's
    weekend = read("*Paper Lanterns* airs Saturdays and Sundays at 9.20pm KST on tvN.").placed(WEDNESDAY_NOON)
    assert weekend.start == datetime(2026, 1, 10, 21, 20, tzinfo=ZoneInfo(SEOUL))
    nightly = Slot(None, "23:35", "America/New_York").placed(WEDNESDAY_NOON)
    assert nightly.start is None  # a late slot whose days the text does not give stays out of the week


def test_the_week_keeps_a_strip_and_the_email_says_its_days_in_the_readers_zone():
    air = read("*Paper Lanterns* airs Saturdays and Sundays at 9.20pm KST on tvN.")
    (kept,) = upcoming_airings([air], WEDNESDAY_NOON)
    said = when_text(kept.when, LON)
    assert said == "Sat, Jan 10 · 9:20 p.m. KST (12:20 p.m. GMT), and Saturdays and Sundays (regular slot)"
    assert when_text(read("*Fenwick Farm* airs weeknights on ITV1.").when, LON) == "Monday to Friday"


@pytest.mark.parametrize("days, said", [
    (WEEKDAYS_5, "Monday to Friday"),
    (("Monday", "Tuesday", "Wednesday", "Thursday", "Sunday"), "Sunday to Thursday"),
    (("Saturday", "Sunday"), "Saturdays and Sundays"),
    (("Monday", "Wednesday", "Friday"), "Mondays, Wednesdays and Fridays"),
    (("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), "every day"),
])
def test_days_as_a_listing_says_them(days, said):
    assert days_text(days) == said


def test_the_calendar_repeats_a_strip_on_each_of_its_days():
    air = read("*Fenwick Farm* airs weeknights at 7.30pm on ITV1.").placed(WEDNESDAY_NOON)
    (event,) = Calendar.from_ical(calendar_links.ics(air, "example.org", WEDNESDAY_NOON)).walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    assert parse_qs(urlparse(calendar_links.google_link(air)).query)["recur"] == ["RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"]


def test_a_strip_survives_the_artefact_and_renders_in_the_email():
    air = read("*Fenwick Farm* airs weeknights at 7.30pm on ITV1.").placed(WEDNESDAY_NOON)
    iv = Interview(source="t", body="x", date=date(2026, 1, 6), title="T", outlet="O", url="https://example.org/a")
    issue = Issue("2026-W02", date(2026, 1, 5), date(2026, 1, 11), "Subject", "Preheader",
                  (Story(Understanding(iv, "Ann Lee", "Fenwick Farm", (), (), ()), ()),), (air,))
    (back,) = issue_from_data(issue_data(issue)).air_dates
    assert back == air and back.when.days == WEEKDAYS_5
    old = issue_data(issue)
    del old["air_dates"][0]["days"]  # an artefact written before strips kept their days still reads
    assert issue_from_data(old).air_dates[0].when == replace(air.when, days=())
    text = render_issue(issue, RenderSettings.from_config(load_config(REPO / "config.toml")), "Europe/London").text
    assert "Monday to Friday (regular slot)" in " ".join(text.split())
