from datetime import date, datetime, timezone
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

from icalendar import Calendar

from newsletter import calendar_links
from newsletter.build import build
from newsletter.config import load_config
from newsletter.extract.airdates import parse_sentence

from .conftest import WEEK

NOW = datetime(2026, 11, 30, tzinfo=timezone.utc)


def slot():
    air = parse_sentence("Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.", date(2026, 11, 18))
    return air.placed(datetime(2026, 10, 26, tzinfo=ZoneInfo("America/New_York")))


def test_weekly_slot_is_an_rrule_in_the_networks_zone():
    cal = Calendar.from_ical(calendar_links.ics(slot(), "example.org", NOW))
    (event,) = cal.walk("VEVENT")
    assert event["SUMMARY"] == "Harbor Lights on NBC"
    assert event.decoded("DTSTART") == datetime(2026, 10, 28, 22, 0, tzinfo=ZoneInfo("America/New_York"))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["WE"]
    assert cal.walk("VTIMEZONE"), "a TZID needs its VTIMEZONE (RFC 5545)"
    assert str(event["UID"]).endswith("@example.org")


def test_one_off_has_no_rrule_and_an_untimed_airing_has_no_file():
    air = parse_sentence("Copper County returns tonight at 9 on CBS.", date(2026, 11, 18))
    (event,) = Calendar.from_ical(calendar_links.ics(air, "example.org", NOW)).walk("VEVENT")
    assert "RRULE" not in event
    assert calendar_links.ics(parse_sentence("Season three drops Friday on Netflix.", date(2026, 11, 18)),
                        "example.org", NOW) is None


def test_google_link():
    q = parse_qs(urlparse(calendar_links.google_link(slot())).query)
    assert q["action"] == ["TEMPLATE"] and q["text"] == ["Harbor Lights on NBC"]
    assert q["dates"] == ["20261029T020000Z/20261029T030000Z"]
    assert q["recur"] == ["RRULE:FREQ=WEEKLY;BYDAY=WE"]


def test_build_writes_ics_files_and_links_them(project):
    result = build(load_config(project / "config.toml"), WEEK)
    files = sorted(p.name for p in (result.out_dir / "calendar").glob("*.ics"))
    assert files == ["harbor-lights-20261202T2200.ics", "night-desk-20261203T2100.ics",
                     "the-long-table-20261203T2000.ics"]
    html = (result.out_dir / "issue.html").read_text()
    assert f"https://tvtalk.example.org/archive/{WEEK}/calendar/harbor-lights-20261202T2200.ics" in html
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in html
