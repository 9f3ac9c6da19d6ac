"""Holidays that schedules name instead of a date (`the Christmas Day episode`, `airs Thanksgiving night`): those on a
fixed date and those whose date moves with the year (the fourth Thursday of November, Easter).

Pure readers for when.py, which turns a holiday named in text into a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# On a fixed date: month, day.
FIXED = {"Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26), "New Year's Day": (1, 1),
         "New Year's Eve": (12, 31), "Halloween": (10, 31), "Valentine's Day": (2, 14),
         "Independence Day": (7, 4), "Fourth of July": (7, 4), "St Patrick's Day": (3, 17),
         "St. Patrick's Day": (3, 17), "Christmas night": (12, 25), "Hogmanay": (12, 31),
         "Christmas morning": (12, 25), "Christmas afternoon": (12, 25), "Christmas evening": (12, 25),
         "St Stephen's Day": (12, 26), "St. Stephen's Day": (12, 26), "Veterans Day": (11, 11),
         # national days that other countries' schedules name
         "Canada Day": (7, 1), "Australia Day": (1, 26), "Anzac Day": (4, 25), "Waitangi Day": (2, 6),
         "Bastille Day": (7, 14), "Bonfire Night": (11, 5), "Guy Fawkes Night": (11, 5), "Burns Night": (1, 25),
         "Remembrance Day": (11, 11), "Armistice Day": (11, 11), "St Andrew's Day": (11, 30),
         "St David's Day": (3, 1), "Juneteenth": (6, 19)}
# On the nth weekday (0 = Monday) of a month, n = -1 for the last: as the US calendar keeps them.
NTH_WEEKDAY = {"Thanksgiving": (11, 3, 4), "Memorial Day": (5, 0, -1), "Labor Day": (9, 0, 1),
               "Mother's Day": (5, 6, 2), "Father's Day": (6, 6, 3), "Presidents' Day": (2, 0, 3),
               "Presidents Day": (2, 0, 3), "Martin Luther King Jr. Day": (1, 0, 3), "MLK Day": (1, 0, 3),
               "Remembrance Sunday": (11, 6, 2)}
# Days from Easter Sunday.
FROM_EASTER = {"Easter Sunday": 0, "Easter Monday": 1, "Good Friday": -2,  # not `Easter` alone: `Easter eggs`
               "Mothering Sunday": -21, "Whit Monday": 50}

_NAMES = sorted((*FIXED, *NTH_WEEKDAY, *FROM_EASTER), key=len, reverse=True)
HOLIDAY = re.compile(r"\b(?:" + "|".join(re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+") for h in _NAMES)
                     + r")(?!\w|\s+week)")  # (`Halloween week`, `Thanksgiving weekend`: a week, not the day)
# Every holiday's name in lower case (both apostrophes), as when.py's fast test for a when looks for it: a holiday
# with no clock beside it (`airs on Christmas Day`) is a when too.
CUE_WORDS = tuple({w for name in _NAMES for w in (name.lower(), name.lower().replace("'", "’"))})
# A cheap test first: one of these stands in any holiday's name.
CUES = ("Day", "Eve", "Halloween", "Fourth", "Christmas", "Hogmanay", "Thanksgiving", "Easter ", "Good Friday",
        "Night", "Juneteenth", " Sunday", "Whit ")


def holiday_name(found: str) -> str:
    """The table's name for a holiday as text writes it (curly apostrophe, line break inside)."""
    return " ".join(found.split()).replace("’", "'")


def holiday_date(name: str, year: int) -> date | None:
    """The date of holiday `name` in `year`."""
    if name in FIXED:
        month, day = FIXED[name]
        return date(year, month, day)
    if name in NTH_WEEKDAY:
        month, weekday, nth = NTH_WEEKDAY[name]
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    if name in FROM_EASTER:
        return _easter(year) + timedelta(days=FROM_EASTER[name])
    return None


def _easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)
