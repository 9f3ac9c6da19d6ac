"""ISO weeks: the unit an issue covers."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .errors import WeekError
from .model import Period

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_week(text: str) -> Period:
    """`2026-W48` -> Monday to Sunday of that ISO week."""
    m = _WEEK.match(text.strip())
    if not m:
        raise WeekError(f'"{text}" is not an ISO week')
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise WeekError(f'"{text}" is not a week of that year') from None
    return Period(monday, monday + timedelta(days=6))


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def current_week(now: datetime) -> str:
    """The ISO week `now` (aware, in the newsletter's time zone) falls in."""
    return week_of(now.date())


def last_complete_week(now: datetime) -> str:
    """The last ISO week (Monday to Sunday) that ended before `now`'s day."""
    return week_of(now.date() - timedelta(days=now.weekday() + 1))
