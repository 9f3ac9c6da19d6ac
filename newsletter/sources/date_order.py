"""Which way round a numeric date that reads either way goes (`04/01/2026`: 4 January or 1 April), as the file's
name or the country the piece is from says (pure, for folder.py, which reads it month first as US archives do)."""

from __future__ import annotations

import re
from datetime import date

from ..extract.channels import find_channels, placed_by_home
from ..extract.places import CANADA_ZONES, US_ZONES, place_zone
from ..model import Interview

NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})[-_ ]")  # a file named by its date: `2026-01-04-…`
# Where dates are written month first; everywhere else the day leads (`04/01/2026` in Dublin is 4 January).
_MONTH_FIRST = US_ZONES | CANADA_ZONES | {"Asia/Manila"}
_COUNTRY_CHANNELS = 2  # channels named, at least, all of day-first countries, for the piece to be from one of them


def day_or_month_first(interview: Interview, file_name: str) -> date:
    """The interview's date (read month first) or the same digits day first: the one the file's name gives
    (`2026-01-04-…`), else day first where the piece is from a country that writes the day first (its outlet's, or
    that of every channel it names, two at least)."""
    first = interview.date
    if first.day > 12:
        return first
    swapped = first.replace(month=first.day, day=first.month)
    named = NAME_DATE.match(file_name)
    if named and named.group(1) in (first.isoformat(), swapped.isoformat()):
        return date.fromisoformat(named.group(1))
    return swapped if _day_first_country(interview) else first


def _day_first_country(interview: Interview) -> bool:
    home = place_zone(interview.body, interview.outlet, interview.url)
    if home:
        return home not in _MONTH_FIRST
    zones = [c.zone for c in find_channels(interview.body) if c.zone and not placed_by_home(c)]
    return len(zones) >= _COUNTRY_CHANNELS and not any(z in _MONTH_FIRST for z in zones)
