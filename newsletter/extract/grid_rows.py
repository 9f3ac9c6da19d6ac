"""A listings grid's rows, as German and Dutch TV guides export them: each line opens with a short weekday and a date
written day first with dots (`Mo 12.10.`), then a 24-hour clock (`20:15`, `ab 06:00` for a release from that hour),
the channel's column and the programme's:

    Mo 12.10.  20:15   ORF 2       Die Salzburger Wache (3/8) - Krimiserie, A 2026
    Fr 16.10.  ab 06:00  SRF Play  Lawinenhaus - alle 6 Folgen online

and the same day and clock in a note's prose (`Folge 4 läuft am Mo 19.10. um 20:15 in ORF 2.`), or a note
that a title is on a streaming service now (`Almrausch: ab sofort in der BR Mediathek.`). A line is an airing
only where it names a channel: a press screening or a copy deadline written the same way names none. Pure, for
airdates.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..model import AirDate, OneOff, Streaming
from .channels import Channel, find_channels
from .when import Day, resolve

# A short weekday (German `Mo`…`So`, Dutch `ma`…`zo`) and a day-first date with dots, the year optional.
_GRID_DAY = re.compile(r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So|ma|di|wo|do|vr|za|zo)\.?,?[ \t]+(\d{1,2})\.(\d{1,2})\.(\d{4})?"
                       r"(?![\d:])")
# Its clock, right after it or after `um`/`ab` (`ab`: from that hour, as a release is put online).
_GRID_CLOCK = re.compile(r",?[ \t]+(?:(um|ab)[ \t]+)?([01]?\d|2[0-3])[:.]([0-5]\d)\b(?:[ \t]+Uhr\b)?")
# What follows a title in its column: the episode count, `- Krimiserie, A 2026`, a repeat's `- Wh. vom 05.10.`
_TITLE_TAIL = re.compile(r"\s*(?:\(\d+(?:/\d+)?\)|\s-\s).*$")
_COLUMNS = re.compile(r"[ \t]{2,}")  # a grid's columns stand two or more spaces apart


def might_be_grid(text: str) -> bool:
    """Whether `text` may hold a grid row's day (a cheap test first)."""
    return _GRID_DAY.search(text) is not None


def grid_airings(text: str, article_date: date, start: int = 0,
                 end: int | None = None) -> list[tuple[AirDate, Channel]]:
    """The airing of each line of `text[start:end]` that is a grid row or a note of one (its day, clock and
    channel), with where its line stands, and its channel."""
    out = []
    for at, line_end in line_spans(text, start, len(text) if end is None else end):
        row = _grid_row(text[at:line_end], article_date)
        if row:
            air, channel = row
            out.append((AirDate(air.show, air.network, air.when, air.sentence, at, line_end), channel))
    return out


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where each line of `text[start:end]` starts and ends."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end == -1 else line_end
        yield at, line_end
        at = line_end + 1


def grid_airing(line: str, article_date: date) -> AirDate | None:
    """The airing one grid row or note states, or None for a line that is neither or names no channel."""
    row = _grid_row(line, article_date)
    return row[0] if row else None


# A note that a title is on a streaming service now, with no day (`Almrausch: ab sofort in der BR Mediathek.`).
_NOW = re.compile(r"\b(?:ab\s+sofort|jetzt|now)\b", re.I)


def _grid_row(line: str, article_date: date) -> tuple[AirDate, Channel] | None:
    day = _GRID_DAY.search(line)
    clock = _GRID_CLOCK.match(line, day.end()) if day else None
    if not clock:
        return _available_now(line) if day is None and ":" in line and _NOW.search(line) else None
    channels = [c for c in find_channels(line[clock.end():]) if c.zone]
    if not channels:
        return None
    channel = channels[0]
    year = int(day.group(3)) if day.group(3) else None
    on = resolve(Day("date", day.start(), day.end(), int(day.group(2)), int(day.group(1)), year), article_date,
                 backward=False)
    if on is None:
        return None
    hhmm = f"{int(clock.group(2)):02d}:{clock.group(3)}"
    kind = Streaming if channel.streaming or clock.group(1) == "ab" else OneOff
    return AirDate(_title(line, day.start(), clock.end() + channel.end), channel.name,
                   kind(on, time=hhmm, tz=channel.zone), line), channel


def _title(line: str, day_start: int, channel_end: int) -> str | None:
    """A row's title: its last column, without the episode count and what follows it; a note's: what its line
    names before a colon (`Die Salzburger Wache: Folge 4 läuft…`)."""
    if day_start == 0:
        column = _COLUMNS.split(line[channel_end:].strip(), maxsplit=1)[0]
        return _TITLE_TAIL.sub("", column).strip() or None
    head = line.split(":", 1)[0].strip()
    return head if 0 < len(head) < day_start else None


def _available_now(line: str) -> tuple[AirDate, Channel] | None:
    """A grid's note that the title before its colon is on a streaming service now: a release with no day (the
    annotated sets' convention of stop 34 for availability with no date)."""
    service = next((c for c in find_channels(line) if c.streaming), None)
    head = line.split(":", 1)[0].strip()
    if service is None or not head or service.start < len(head):
        return None
    return AirDate(head, service.name, Streaming(), line), service
