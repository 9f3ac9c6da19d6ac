"""Add-to-calendar: an .ics file (RFC 5545, weekly slots as an RRULE) and a Google Calendar link per airing."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from icalendar import Calendar, Event

from .model import AirDate, Slot

RUNTIME = timedelta(minutes=60)  # when the schedule gives no runtime, an hour is the usual slot
_DAY_CODES = {"Monday": "MO", "Tuesday": "TU", "Wednesday": "WE", "Thursday": "TH", "Friday": "FR",
              "Saturday": "SA", "Sunday": "SU"}


# A show's part of a calendar file name; the state database keeps names of up to 200 characters.
MAX_SLUG_NAME = 80


def slug(air: AirDate) -> str:
    """A stable file name for one airing."""
    name = re.sub(r"[^a-z0-9]+", "-", (air.show or "show").lower()).strip("-") or "show"
    if len(name) > MAX_SLUG_NAME:  # cut, with a digest of the whole so two long names stay two files
        name = f"{name[:MAX_SLUG_NAME].rstrip('-')}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
    when = air.start.strftime("%Y%m%dT%H%M") if air.start else (air.day.isoformat() if air.day else "slot")
    return f"{name}-{when}"


def title(air: AirDate) -> str:
    return (air.show or "TV") + (f" on {air.network}" if air.network else "")


def ics(air: AirDate, domain: str, now: datetime) -> bytes | None:
    """The .ics of one timed airing (None without a start time): a weekly RRULE for a regular slot."""
    if air.start is None:
        return None
    cal = Calendar()
    cal.add("prodid", "-//newsletter//TV airings//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", hashlib.sha256(f"{air.show}|{air.start.isoformat()}|{air.kind}".encode()).hexdigest()[:32]
              + f"@{domain}")
    event.add("dtstamp", now.astimezone(timezone.utc))
    event.add("dtstart", air.start)  # aware, in the network's zone: a weekly slot keeps its wall time across DST
    event.add("dtend", air.start + (timedelta(minutes=air.runtime) if air.runtime else RUNTIME))
    event.add("summary", title(air))
    event.add("description", air.sentence)
    if _byday(air):
        event.add("rrule", {"freq": "weekly", "byday": _byday(air)})
    cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def _byday(air: AirDate) -> list[str]:
    """The days a regular slot repeats on, as RFC 5545 codes (a strip's several: `MO`…`FR`); none for an airing."""
    if not isinstance(air.when, Slot):
        return []
    return [_DAY_CODES[d] for d in ((air.when.weekday,) if air.when.weekday else air.when.days)]


GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render?"  # Google's page that adds an event from its query


def google_link(air: AirDate) -> str | None:
    """A Google Calendar 'add event' link for one timed airing."""
    if air.start is None:
        return None
    fmt = "%Y%m%dT%H%M%SZ"
    start = air.start.astimezone(timezone.utc)
    params = {"action": "TEMPLATE", "text": title(air),
              "dates": f"{start.strftime(fmt)}/{(start + RUNTIME).strftime(fmt)}", "details": air.sentence,
              "ctz": air.tz or "UTC"}
    if _byday(air):
        params["recur"] = f"RRULE:FREQ=WEEKLY;BYDAY={','.join(_byday(air))}"
    return GOOGLE_CALENDAR + urlencode(params)
