"""Front matter and publication dates as real archives write them, read leniently.

Scraped archives publish front matter that is not valid YAML (`title: Interview: X`
unquoted) and dates such as `Jun 21, 2017 9:05 am` or `2017-06-21T09:05:00-04:00`.
Each reader returns what it could read and a note of what it had to guess; only
text with no usable date at all is refused.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, timezone

import yaml

MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), 1)}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
# An English weekday, with or without its comma; a weekday in another language (`Rabu,`, `Mercredi,`) is known only
# by the comma after it, so a word with none (`Smarch 3, 2026`) is still no date.
_WEEKDAY = r"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|[^\W\d_]+\.?,)\s+)?"
_MONTH_FIRST = re.compile(_WEEKDAY + r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_DAY_FIRST = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?,?\s+(\d{4})\b", re.I)
# Slashes or dots (`02/10/2026`, `20.03.2025`), or dashes with the year last (`07-10-2026 14:05`): the same separator
# twice, kept so that an ambiguous dashed date can be read day first.
_NUMERIC = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})\b")
# Unix seconds from 1990 to 2100: a bare number in that range is a timestamp, not a year or a typo.
_EPOCH_RANGE = (631_152_000, 4_102_444_800)
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$")
_ITEM_LINE = re.compile(r"[ \t]*-[ \t]+(.*)$")


# What the loaders raise for a value they reject rather than a syntax they cannot parse (`date: 2026-11-31` is a
# ValueError, `!!int many` too, TOML's own errors are ValueErrors) or nesting deeper than Python's stack: no line by
# line reading can mend those.
_LOADER_ERRORS = (ValueError, TypeError, OverflowError, RecursionError)


class Unreadable(ValueError):
    """Front matter or a date that even a lenient reading cannot use."""


def read_meta(block: str, fence: str) -> tuple[dict, str | None]:
    """The keys of a front-matter block, and a note when it had to be read line by line.

    TOML (`+++`) must be valid; YAML (`---`) that does not parse is read as one
    `key: value` per line, with `- item` lines making lists.
    """
    try:
        meta = tomllib.loads(block) if fence == "+++" else yaml.safe_load(block)
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0]
        return _lines_as_keys(block), f"front matter is not valid YAML ({reason}); read it line by line as `key: value`"
    except _LOADER_ERRORS as exc:
        why = (str(exc).splitlines() or [exc.__class__.__name__])[0]
        raise Unreadable(f"front matter is not valid: {why}") from None
    if meta is None:
        return {}, None
    if not isinstance(meta, dict):
        raise Unreadable("front matter is not a table of keys")
    return meta, None


def _lines_as_keys(block: str) -> dict:
    """`key: value` lines; indented or `- ` lines continue the key above them."""
    meta: dict = {}
    key = None
    for line in block.splitlines():
        item = _ITEM_LINE.match(line)
        pair = None if line[:1].isspace() or item else _KEY_LINE.match(line)
        if pair:
            key, value = pair.group(1), _unquote(pair.group(2) or "")
            meta[key] = value if value else None
        elif key and item:
            previous = meta[key] if isinstance(meta[key], list) else []
            meta[key] = previous + [_unquote(item.group(1))]
        elif key and line.strip() and isinstance(meta[key], str):
            meta[key] = f"{meta[key]} {line.strip()}"
    return meta


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_date(value) -> tuple[date, str | None]:
    """The calendar date a front-matter value gives, and a note when the reading was a guess.

    Takes ISO dates (with or without a time and offset: the date as written, not
    converted), `Jun 21, 2017 9:05 am`, `February 9, 2011 11:03 AM`, `21 June 2017`,
    and numeric dates whose order is unambiguous or read as month first.
    """
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, int) and not isinstance(value, bool) and _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
        day = datetime.fromtimestamp(value, timezone.utc).date()
        return day, f"date {value} read as Unix seconds: {day.isoformat()} (UTC)"
    text = " ".join(str(value).split())
    iso = _ISO.match(text)
    if iso:
        return _make(*map(int, iso.groups()), text), None
    named = _named_month(text)
    if named:
        return named, f'date "{text}" is not YYYY-MM-DD; read it as {named.isoformat()}'
    numeric = _NUMERIC.fullmatch(text.split(" ")[0]) if text else None
    if numeric:
        day, order = _numeric(numeric, text)
        return day, f'date "{text}" is not YYYY-MM-DD; read it as {day.isoformat()} ({order})'
    raise Unreadable(f'date "{text}" is not YYYY-MM-DD')


def _named_month(text: str) -> date | None:
    m = _MONTH_FIRST.match(text)
    if m and m.group(1)[:3].lower() in MONTHS:
        return _make(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2)), text)
    m = _DAY_FIRST.match(text)
    if m and m.group(2)[:3].lower() in MONTHS:
        return _make(int(m.group(3)), MONTHS[m.group(2)[:3].lower()], int(m.group(1)), text)
    return None


def _numeric(m: re.Match, text: str) -> tuple[date, str]:
    a, b, c = (int(m.group(i)) for i in (1, 3, 4))
    if len(m.group(1)) == 4:
        return _make(a, b, c, text), "year, month, day"
    if len(m.group(4)) != 4:
        raise Unreadable(f'date "{text}" has no four-digit year (write it as YYYY-MM-DD)')
    if a > 12:
        return _make(c, b, a, text), "day first"
    if b > 12:
        return _make(c, a, b, text), "month first"
    if m.group(2) == "-":
        # Sites that write a numeric date with dashes and the year last (Dutch, Danish, Indian) put the day first.
        return _make(c, b, a, text), "day first, as dashed dates are written; the month could come first"
    return _make(c, a, b, text), "month first, as US archives write it; the day could come first"


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Unreadable(f'date "{text}" does not exist (write it as YYYY-MM-DD)') from None
