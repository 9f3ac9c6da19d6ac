"""Typographic niceties applied only when rendering; stored text stays verbatim."""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from .extract.quote_spans import BETWEEN_LETTERS

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_BROKEN_WORD = re.compile(r"([^\W\d_])-[ \t]*\n[ \t]*(?=[a-z])")  # "under-" / "standing"
_BROKEN_AT_HYPHEN = re.compile(r"([^\W\d_]-)[ \t]*\n[ \t]*(?=[A-Z])")  # "Brannigan-" / "Okoye": the name's own hyphen
_LINE_END = re.compile(r"[ \t]*\n[ \t]*")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_US_ZONES = {"America/New_York": "ET", "America/Chicago": "CT", "America/Denver": "MT", "America/Phoenix": "MT",
             "America/Los_Angeles": "PT", "America/Anchorage": "AKT", "Pacific/Honolulu": "HT"}


def plain(text: str) -> str:
    """Markdown emphasis markers removed: `*Night Desk*` -> `Night Desk`."""
    return _EMPHASIS.sub(r"\2", text)


def pull_quote(text: str) -> str:
    """A quote ready to print: no Markdown, curly quotes, ellipses, and a full stop for a trailing comma."""
    text = _LINK.sub(r"\1", plain(text)).strip()
    text = html.unescape(_TAG.sub("", text))
    # a quote from text kept in its printed lines (a PDF page's column): one line, its hyphenated words whole
    text = _LINE_END.sub(" ", _BROKEN_AT_HYPHEN.sub(r"\1", _BROKEN_WORD.sub(r"\1", text)))
    text = re.sub(r",$|;$|:$|\s+[—–-]$", ".", text)
    text = text.replace("...", "…")
    text = BETWEEN_LETTERS.sub("’", text)  # `haven"t`: an apostrophe typed as a double mark
    text = re.sub(r'(^|[\s(\[—])"', "\\1“", text).replace('"', "”")
    text = re.sub(r"(\w)'", "\\1’", text)
    return re.sub(r"(^|\s)'", "\\1‘", text)


def zone_label(dt: datetime, tz: str) -> str:
    """`ET` for New York, `PT` for Los Angeles; elsewhere the zone's own abbreviation."""
    return _US_ZONES.get(tz) or dt.tzname() or tz


def listing_time(dt: datetime) -> str:
    """`10 p.m.`, `9:30 a.m.`: the style US TV listings use."""
    hour = dt.hour % 12 or 12
    suffix = "a.m." if dt.hour < 12 else "p.m."
    return f"{hour} {suffix}" if dt.minute == 0 else f"{hour}:{dt.minute:02d} {suffix}"


def airing_time(start: datetime, show_tz: str, reader_tz: str | None) -> str:
    """`Wed, Nov 25 · 10 p.m. ET (7 p.m. PT)`: the network's time, then the reader's when it differs."""
    local = start.astimezone(ZoneInfo(show_tz))
    text = f"{local:%a, %b} {local.day} · {listing_time(local)} {zone_label(local, show_tz)}"
    if reader_tz and reader_tz != show_tz:
        mine = start.astimezone(ZoneInfo(reader_tz))
        if mine.utcoffset() != local.utcoffset():
            day = f"{mine:%a} " if mine.date() != local.date() else ""
            text += f" ({day}{listing_time(mine)} {zone_label(mine, reader_tz)})"
    return text
