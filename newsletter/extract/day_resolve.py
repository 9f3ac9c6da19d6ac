"""The calendar date a day named in text stands for (`resolve`), read from the article's date: forward unless the text
looks back; `last Monday`, `next Thursday`, `a week on Sunday`, `on the 12th`, a holiday in a given year.

Pure, for when.py's Day (re-exported there) and airdates.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from .holidays import holiday_date

if TYPE_CHECKING:
    from .when import Day


def resolve(day: Day, article_date: date, backward: bool, nearest: bool = False) -> date | None:
    """The calendar date `day` names, read from `article_date`: forward unless the text looks back."""
    if day.kind == "relative":
        return article_date + timedelta(days=day.offset)
    if day.kind == "date" and day.month is None and not day.holiday:
        return _day_of_month(day.day, article_date, backward)
    if day.kind == "date":
        year = day.year or article_date.year
        found = _on(day, year)
        if found is None:
            return None
        if day.year is None:
            backward = backward or day.qualifier == "last"
            if not backward and found < article_date:
                found = _on(day, year + 1) or found
            elif backward and (found > article_date or (found == article_date and day.qualifier == "last")):
                found = _on(day, year - 1) or found
        return found
    ahead = (day.weekday - article_date.weekday()) % 7
    behind = (article_date.weekday() - day.weekday) % 7
    if day.qualifier == "week on":
        return article_date + timedelta(days=ahead + 7)
    if day.qualifier == "last":  # said the day after, `last Monday` is the week before: yesterday is `yesterday`
        return article_date - timedelta(days=behind if behind > 1 else behind + 7)
    if day.qualifier == "next" and ahead <= 1:  # said the day before, `next Thursday` is the week after: tomorrow
        ahead += 7  # is `tomorrow` (as `last` mirrors)
    if backward:
        return article_date - timedelta(days=behind)
    if nearest and behind < ahead:
        return article_date - timedelta(days=behind)
    return article_date + timedelta(days=ahead)


def _day_of_month(day: int, article_date: date, backward: bool) -> date | None:
    """`on the 12th`: that day of the article's month, else of the next (the last, looking back)."""
    month = article_date.year * 12 + article_date.month - 1
    for step in range(3):  # a month without that day (`the 31st`) is passed over
        at = month - step if backward else month + step
        try:
            found = date(at // 12, at % 12 + 1, day)
        except ValueError:
            continue
        if (found <= article_date) if backward else (found >= article_date):
            return found
    return None


def _on(day: Day, year: int) -> date | None:
    """The date a `date` Day names in `year` (None for one that year lacks, `February 29`)."""
    if day.holiday:
        return holiday_date(day.holiday, year)
    if day.month is None:
        return None
    try:
        return date(year, day.month, day.day)
    except ValueError:
        return None


def resolve_dated(day: Day, article_date: date, backward: bool, weekday: Day | None) -> date | None:
    """A date read looking back (`taped last month, airs Friday, Dec. 25`) that the weekday written beside it puts
    in the year ahead is that year's: the weekday names the year."""
    found = resolve(day, article_date, backward=backward)
    if not (backward and found and day.kind == "date" and day.year is None and weekday
            and weekday.weekday != found.weekday()):
        return found
    ahead = resolve(day, article_date, backward=False)
    return ahead if ahead and ahead.weekday() == weekday.weekday else found
