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
_MONTH_FIRST = re.compile(_WEEKDAY + r"([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
# `21 June 2017`, `21-Jun-2017` (a database's), `21. Juni 2017` (German), `21 de junio de 2017` (Spanish, Portuguese).
_DAY_FIRST = re.compile(_WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+|-)(?:(?:of|de)\s+)?([^\W\d_]{3,10})\.?,?"
                        r"(?:\s+|-)(?:de\s+)?(\d{4})\b", re.I)
# Slashes or dots (`02/10/2026`, `20.03.2025`), or dashes with the year last (`07-10-2026 14:05`): the same separator
# twice, kept so that an ambiguous date can be read day first where its separator says so.
_NUMERIC = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b")
# Month names of the languages whose archives are translated into English most, in full as their papers write them;
# English ones are known by their first three letters (`Sept.`, `June`), as before.
_FOREIGN_MONTHS = {name: i for i, names in enumerate((
    "janvier enero gennaio januar januari janeiro", "février fevrier febrero febbraio februar februari fevereiro",
    "mars marzo märz maerz maart março marco", "avril abril aprile", "mai mayo maggio mei maio",
    "juin junio giugno juni junho", "juillet julio luglio juli julho", "août aout agosto augustus",
    "septembre septiembre settembre setembro", "octobre octubre ottobre oktober outubro",
    "novembre noviembre november novembro", "décembre decembre diciembre dicembre dezember december dezembro",
), 1) for name in names.split()}
# A date field's own label, written into its value by some exporters (`Posted on June 4, 2017 by admin`).
_VALUE_LABEL = re.compile(r"\A(?:last\s+)?(?:posted|published|updated|dated?|first\s+published)(?:\s+on)?\s*:?\s+", re.I)
_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)")  # `2017-6-4`: ISO's order without its zeros
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")  # `20170604`: a database's or a file name's
# Years written with two digits: below this they are this century's (`6/4/17`), from it the last's (`3/9/98`).
_TWO_DIGIT_PIVOT = 70
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
    epoch = _epoch(value)
    if epoch:
        return epoch
    text = " ".join(str(value).split())
    iso = _ISO.match(text)
    if iso:
        return _make(*map(int, iso.groups()), text), None
    bare = _VALUE_LABEL.sub("", text)
    loose = _LOOSE_ISO.match(bare) or _COMPACT.fullmatch(bare)
    if loose:
        day = _make(*map(int, loose.groups()), text)
        return day, f'date "{text}" is not YYYY-MM-DD; read it as {day.isoformat()} (year, month, day)'
    named = _named_month(bare, text)
    if named:
        return named, f'date "{text}" is not YYYY-MM-DD; read it as {named.isoformat()}'
    numeric = _NUMERIC.fullmatch(bare.split(" ")[0]) if bare else None
    if numeric:
        day, order = _numeric(numeric, text)
        return day, f'date "{text}" is not YYYY-MM-DD; read it as {day.isoformat()} ({order})'
    raise Unreadable(f'date "{text}" is not YYYY-MM-DD')


def _epoch(value) -> tuple[date, str] | None:
    """Unix seconds, or milliseconds as JavaScript exporters write them, as a number or a string of digits."""
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().isdigit():
        return None
    number = int(value)
    for unit, scale in (("seconds", 1), ("milliseconds", 1000)):
        if _EPOCH_RANGE[0] * scale <= number <= _EPOCH_RANGE[1] * scale:
            day = datetime.fromtimestamp(number // scale, timezone.utc).date()
            return day, f"date {value} read as Unix {unit}: {day.isoformat()} (UTC)"
    return None


def _month(word: str) -> int | None:
    word = word.lower()
    return _FOREIGN_MONTHS.get(word) or MONTHS.get(word[:3])


def _named_month(bare: str, text: str) -> date | None:
    m = _MONTH_FIRST.match(bare)
    if m and _month(m.group(1)):
        return _make(int(m.group(3)), _month(m.group(1)), int(m.group(2)), text)
    m = _DAY_FIRST.match(bare)
    if m and _month(m.group(2)):
        return _make(int(m.group(3)), _month(m.group(2)), int(m.group(1)), text)
    return None


def _numeric(m: re.Match, text: str) -> tuple[date, str]:
    a, b, c = (int(m.group(i)) for i in (1, 3, 4))
    if len(m.group(1)) == 4:
        return _make(a, b, c, text), "year, month, day"
    if len(m.group(4)) == 2 and m.group(2) == "-":  # `07-10-26`: a code more than a date
        raise Unreadable(f'date "{text}" has no four-digit year (write it as YYYY-MM-DD)')
    year, short = c, ""
    if len(m.group(4)) == 2:
        year = c + (2000 if c < _TWO_DIGIT_PIVOT else 1900)
        short = f", the year {m.group(4)} as {year}"
    if a > 12:
        return _make(year, b, a, text), "day first" + short
    if b > 12:
        return _make(year, a, b, text), "month first" + short
    if m.group(2) != "/":
        # Dots and dashes with the year last are how Europe and India write dates (`06.04.2017`, `07-10-2026`),
        # day first; US archives use slashes.
        parts = "dots" if m.group(2) == "." else "dashes"
        return _make(year, b, a, text), f"day first, as dates with {parts} are written; the month could come first{short}"
    return _make(year, a, b, text), "month first, as US archives write it; " + DAY_COULD_LEAD + short


DAY_COULD_LEAD = "the day could come first"  # what the note of a date that reads either way says


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Unreadable(f'date "{text}" does not exist (write it as YYYY-MM-DD)') from None
