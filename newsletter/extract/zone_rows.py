"""Rows of a guide's table: a listings export's row (`9  | Nine | Fri 04/12 | 19:30-20:30 | Quayside Vets |`, its
numeric date read in the order its weekday agrees with), and a release table's row by place: `| Los Angeles | Thursday 19 November, 12am PT |`, `| Mexico | Wednesday 2
December, 21:00 (Mexico City) |`, a Portuguese `| Brazil | quarta-feira, 2 de dezembro, 21h (horário de Brasília) |`.

A worldwide release is published as one moment written in each region's clock: a row names a place in a cell of
its own, and a day with its time in a zone written beside it (the time's own letters or a place in brackets after
it); where the row's place keeps that zone's clock, the place names the zone (`8am GMT` in London's row). Such a table names no channel: a broadcaster's schedule names its channel, so a row with none is
the release of a streaming service (the service is the article's). A row naming a channel is left to the sentence
reader, and a row of a tour or a screening (`| Manchester | Friday 4 December, 7.30pm | Apollo |`, no zone written)
is none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import AirDate, OneOff, Streaming
from .air_evidence import an_event
from .air_sequence import same_offset
from .channels import Channel, find_channels
from .grid_rows import grid_airing, line_spans, might_be_grid
from .places import PLACE_TIMES, ZONES
from .when import find_clock, find_days, resolve

_CELLS = re.compile(r"\s*\|")
_GUIDE_DAY = re.compile(r"(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?")
_GUIDE_TIME = re.compile(r"(\d{1,2})[:.](\d\d)(?:\s*[-–]\s*\d{1,2}[:.]\d\d)?")
_WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# `<place> time` -> its zone, for the places the tables know and the zones' own names (`Brasília time`).
_PLACE_TIMES = {**PLACE_TIMES, **{word: zone for zone, words in ZONES.items() for word in words.split("|")
                                  if word.endswith(" time")}}
# A place in brackets right after the time (`21:00 (Mexico City)`), or the Portuguese and Spanish for its time
# (`21h (horário de Brasília)`, `(hora de Madrid)`).
_BRACKET_PLACE = re.compile(r"\s*\((?:(?:hor[áa]rio|hora)\s+(?:de|del)\s+)?([^()]{2,30}?)(?:\s+time)?\)")


def row_airing(line: str, article_date: date) -> AirDate | None:
    """The airing a row of a listings grid, of a guide's export or of a release table by place states, or None for
    a line that is none of those."""
    if might_be_grid(line) and (grid := grid_airing(line, article_date)):
        return grid
    if "|" in line and (guide := guide_row_airing(line, article_date)):
        return guide
    return zone_row_airing(line, article_date) if line[:1] == "|" else None


def guide_row_airing(row: str, article_date: date) -> AirDate | None:
    """A guide export's row: a channel's cell, a day's (`Fri 04/12`: day and month in either order, the weekday
    says which), a start time's (`19:30-20:30`) and the title's after it; None for a row without all four."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    days = [m for m in map(_GUIDE_DAY.fullmatch, cells) if m]
    at = next((i for i, c in enumerate(cells) if _GUIDE_TIME.fullmatch(c)), None)
    channel = next((c for cell in cells for c in find_channels(f"| {cell} |") if c.name == cell and c.zone), None)
    if len(days) != 1 or at is None or at + 1 >= len(cells) or channel is None:
        return None
    day = _by_its_weekday(days[0], article_date)
    clock = _GUIDE_TIME.fullmatch(cells[at])
    if day is None:
        return None
    kind = Streaming if channel.streaming else OneOff
    return AirDate(cells[at + 1] or None, channel.name,
                   kind(day, time=f"{int(clock.group(1)):02d}:{clock.group(2)}", tz=channel.zone), row)


def _by_its_weekday(m: re.Match, article_date: date) -> date | None:
    """The date of `Fri 04/12`, the next on or after the article's day (or in the year written): the reading of its
    two numbers, day first or month first, that falls on its weekday."""
    a, b = int(m.group("a")), int(m.group("b"))
    year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0) if m.group("y") else None
    weekday = _WEEKDAY_KEYS.index(m.group("wd")[:3].lower())
    for day, month in ((a, b), (b, a)):
        try:
            on = date(year or article_date.year, month, day)
            on = on if year or on >= article_date else date(on.year + 1, month, day)
        except ValueError:
            continue
        if on.weekday() == weekday:
            return on
    return None


def zone_table(body: str, start: int, end: int, article_date: date, carried: Channel | None) -> list[AirDate]:
    """The releases of the rows by place of the table `body[start:end]` (none when it does not open as a table), on
    the streaming service named before (`carried`), with where each row stands."""
    if body[start:start + 1] != "|":
        return []
    service = carried.name if carried and carried.streaming else None
    return [replace(air, network=service, sentence_start=at, sentence_end=line_end)
            for at, line_end in line_spans(body, start, end) if (air := zone_row_airing(body[at:line_end], article_date))]


def zone_row_airing(row: str, article_date: date) -> AirDate | None:
    """The release a table row by place states (its day, time and zone), or None for a row that is not one."""
    cells = [c.strip() for c in _CELLS.split(row.strip().strip("|"))]
    place = next((z for z in map(_place_zone, cells) if z), None)
    if len(cells) < 2 or place is None or find_channels(row) or an_event(row):
        return None
    for cell in cells:
        clock = find_clock(cell)
        dated = [d for d in find_days(cell) if d.kind == "date"]
        if not (clock and dated):
            continue
        bracket = _BRACKET_PLACE.match(cell, clock.end)
        zone = clock.zone or (bracket and _place_zone(bracket.group(1))) or None
        day = resolve(dated[0], article_date, backward=False)
        if zone is None or day is None:
            return None  # no zone written: a tour's or a screening's local time, not a release's
        if same_offset(zone, place, day):
            zone = place  # `8am GMT` in the London row, `21:00 CET` in Spain's: the row's place names the zone
        return AirDate(None, None, Streaming(day, time=clock.hhmm, tz=zone), row)
    return None


def _place_zone(name: str) -> str | None:
    """The zone of a cell or bracket that is a place's name and nothing else (`Mumbai`, `Brazil`)."""
    return _PLACE_TIMES.get(f"{name.removeprefix('the ')} time")

