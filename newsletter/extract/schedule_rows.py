"""A printed schedule's rows: lines that each open with a clock and go on with a programme's title, under a heading
that gives the day (`SATURDAY 14 MARCH`, `Fri 14 Mar`, `TONIGHT`) and often the channel (`BBC1 TONIGHT`), as
teletext pages, TV pages of papers and listings magazines print them:

    BBC1 TONIGHT
      7.30  Harrowby Green (S)
      8.00  The Bramblewick Files
     12.20  Weather

Each row is an airing that day at its clock on its channel. A row's hour written without a.m. or p.m. (`7.30`) is read
from the rows around it: they run forward through the day, so an hour smaller than the one before has passed noon or
midnight (`10.45` then `12.20` is 00:20, on the day after). Pure, for airdates.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import AirDate, OneOff
from .channels import Channel, find_channels
from .grid_rows import grid_airings, might_be_grid
from .when import find_days, resolve

# A row: a clock at the start of a line (`7.30`, `21.00`, `9:15pm`), white space, then a title's first character.
_ROW = re.compile(r"^[ \t]*(\d{1,2})[.:](\d\d)[ \t]*([ap]\.?m\.?)?[ \t]+(?=[\w\"“'‘*(])", re.M | re.I)
_MIN_ROWS = 3  # fewer clock-led lines are a paragraph's times (`7.30 start, 9.00 finish`), not a schedule
_HALF_DAY = 12
# A schedule that runs from the morning wraps at noon and at midnight: with two wraps its first hours are morning
# hours; with one or none it is an evening's (a `TONIGHT` page), unless its heading says morning.
_MORNING = re.compile(r"\b(?:morning|breakfast|daytime|today)\b", re.I)
# Marks listings print after a title, which are no part of it: subtitles `(S)`, teletext subtitles `(T)`, repeats
# `(R)`, `[S]`, widescreen `(W)`, and a trailing `; Weather`-style list kept as written.
_TITLE_MARKS = re.compile(r"(?:\s*[(\[](?:S|T|R|W|AD|HD|SL|CC|Rpt|Repeat|New)[)\]])+\s*$", re.I)
_TITLE_END = re.compile(r"\s*(?:[:(]\s*(?:LIVE|NEW|Part\s+\d+)\b.*|[.,;]\s*)$", re.I)
# A date in a heading must write its month in words (`14 Mar`, `Oct. 8`): `1/2` at a page's corner is its page count.
_MONTH_WORD = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True)
class Row:
    """One row of a schedule: where its line stands in the text, its title, and when (24-hour `HH:MM`, days after
    the heading's day)."""

    start: int
    end: int
    title: str
    hhmm: str
    days_after: int


def schedule_rows(text: str, start: int = 0, end: int | None = None) -> list[Row]:
    """The rows of the schedule `text[start:end]` prints, or [] when it prints none (fewer than _MIN_ROWS lines open
    with a clock)."""
    end = len(text) if end is None else end
    found = list(_ROW.finditer(text, start, end))
    if len(found) < _MIN_ROWS:
        return []
    twenty_four = any(int(m.group(1)) > _HALF_DAY or m.group(1).startswith("0") for m in found)
    halves = _halves(found, text[start:found[0].start()]) if not twenty_four else None
    rows, before, wraps = [], -1, 0
    for i, m in enumerate(found):
        minutes = _minutes(m, halves[i] if halves else 0)
        if minutes < before:
            wraps += 1  # a 24-hour schedule past midnight
        before = minutes
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end == -1 else line_end
        title = _title(text[m.end():line_end])
        if not title:
            continue
        days_after = (halves[i] // 2) if halves else wraps
        hhmm = f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
        rows.append(Row(m.start(), line_end, title, hhmm, days_after))
    return rows


def _halves(found: list[re.Match], heading: str) -> list[int]:
    """Which half-day each row of a 12-hour schedule is in (0: the morning, 1: the evening, 2: the next morning)."""
    hours = [int(m.group(1)) % _HALF_DAY * 60 + int(m.group(2)) for m in found]
    wraps = sum(1 for a, b in zip(hours, hours[1:]) if b < a)
    half = 0 if wraps >= 2 or _MORNING.search(heading) else 1
    out = []
    for i, (m, minutes) in enumerate(zip(found, hours)):
        if i and minutes < hours[i - 1]:
            half += 1
        written = (m.group(3) or "").lower()[:1]
        out.append(half if not written else (half // 2 * 2 + (written == "p")))
    return out


def _minutes(m: re.Match, half: int) -> int:
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) is None and hour > _HALF_DAY or m.group(1).startswith("0"):
        return hour * 60 + minute
    return (hour % _HALF_DAY + _HALF_DAY * (half % 2)) * 60 + minute


def _title(line: str) -> str:
    title = _TITLE_MARKS.sub("", line.strip())
    return _TITLE_END.sub("", title).strip(" *_")


def heading_day(heading: str, article_date: date) -> date | None:
    """The day a schedule's heading names (`SATURDAY 14 MARCH`, `Fri 14 Mar`, `TONIGHT`), read forward from the
    article's date; a date whose month is written in words before a weekday, which says only which week."""
    days = [d for d in find_days(heading) if d.kind != "after" and not d.plural and
            (d.kind != "date" or d.holiday or _MONTH_WORD.search(heading[d.start:d.end]))]
    days.sort(key=lambda d: d.kind == "weekday")
    return resolve(days[0], article_date, backward=False) if days else None


# A heading that names a day and little more (`## SATURDAY`, `## Sunday 29 November`), not a recap's section title.
_DAY_HEADING = 24


def day_heading(heading: str, article_date: date) -> date | None:
    """The day a markdown heading that is only a day names (`## SATURDAY`), else None."""
    words = heading.strip("# \n")
    return heading_day(words, article_date) if len(words) <= _DAY_HEADING else None


def row_day(heading_on: date | None, article_date: date, row: Row) -> date:
    """The date a row airs on: its heading's day (the article's when the heading names none), and the days its
    clock ran past midnight."""
    return (heading_on or article_date) + timedelta(days=row.days_after)


_LONDON, _NEW_YORK = "Europe/London", "America/New_York"


def schedule_airings(body: str, start: int, end: int, article_date: date, heading_before: str,
                     place: str | None) -> list[tuple[AirDate, Channel]]:
    """The airings of the schedule the paragraph `body[start:end]` prints, one per row with its channel, or [] when it
    prints none or names no channel for it (in its heading, in the short paragraph before, or on its rows: a
    convention's or a recording's timetable has none). `heading_before` is the paragraph before; `place` the
    article's zone."""
    rows = schedule_rows(body, start, end)
    if not rows:  # a grid's rows, each with its own day (`Mo 12.10.  20:15   ORF 2   …`), else none
        return grid_airings(body, article_date, start, end) if might_be_grid(body[start:end]) else []
    heading = body[start:rows[0].start]
    on = heading_day(heading, article_date) or heading_day(heading_before, article_date)
    channels = _line_channels(heading) or _line_channels(heading_before)
    out = []
    for row in rows:
        line = body[row.start:row.end]
        own = find_channels(line)
        channel = own[-1] if own else (channels[-1] if channels else None)
        if channel is None:
            continue
        title = row_title(line, own)
        dotted = _DOTTED.match(line) is not None  # `7.30`: as Britain writes a clock
        tz = channel.zone or place or (_LONDON if dotted else _NEW_YORK)
        out.append((AirDate(show=title or None, network=channel.name,
                            when=OneOff(row_day(on, article_date, row), row.hhmm, tz), sentence=line.strip(),
                            sentence_start=row.start, sentence_end=row.end), channel))
    return out


def row_title(line: str, own: list[Channel] | None = None) -> str | None:
    """The title a schedule's row line gives (`7.30  Harrowby Green (S)`, `21.00 Show Name (BBC Two)`: not its
    clock, its marks, nor the channel it names, `own`), or None for a line that opens with no clock."""
    lead = _TITLE_LEAD.match(line)
    if not lead:
        return _cell_title(line) if "|" in line else None
    own = find_channels(line) if own is None else own
    return _title(line[lead.end():own[-1].start].rstrip(" (") if own else line[lead.end():].split("\n")[0]) or None


def _cell_title(line: str) -> str | None:
    """The title of a guide exported as a table (`9 | Nine | Fri 04/12 | 19:30-20:30 | Quayside Vets | New.`): the
    cell right after the one holding the clock, unless that is a channel's (`| 9pm | BBC One |`); a row with no
    cell after its clock names its show elsewhere (`| Mumbai | Thursday, 1.30pm IST |`, under the show's heading)."""
    cells = [c.strip() for c in line.split("|")]
    clock = next((i for i, c in enumerate(cells) if _CELL_CLOCK.match(c)), None)
    if clock is None or clock + 1 >= len(cells):
        return None
    title = _title(_CELL_LEAD.sub("", cells[clock + 1]))
    return title if title and not find_channels(title) else None


def _line_channels(heading: str) -> list[Channel]:
    """The channels a heading names, line by line: a heading's line in capitals (`BBC ONE TONIGHT`) names its channel
    in capitals, under a page number in mixed case."""
    return [c for line in heading.splitlines() for c in find_channels(line)]


# A table's cell holding a clock or a slot (`19:30`, `19:30-20:30`, `9.00pm`), nothing more.
_CELL_CLOCK = re.compile(r"\d{1,2}[.:]\d\d[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d\d[ \t]*(?:[ap]\.?m\.?)?)?$",
                         re.I)
_CELL_LEAD = re.compile(r"^(?:LIVE|NEW|PREMIERE|REPEAT)\s*:\s*", re.I)  # a guide's flag before the title
_DOTTED = re.compile(r"[ \t]*\d{1,2}\.")
_TITLE_LEAD = re.compile(r"[ \t]*\d{1,2}[.:]\d\d[ \t]*(?:[ap]\.?m\.?)?[ \t]+", re.I)
