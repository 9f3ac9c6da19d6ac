"""A date written as a line of an article's text: the header line of a saved page or a pasted story
(`September 28, 2013`, `Posted: 28/09/2013 10:15`, `Harbour Hotel, Leeds, March 3, 2025`)."""

from __future__ import annotations

import re
from datetime import date

from .frontmatter import Unreadable, read_date

_DATE_LINE_CHARS = 60  # a line that is only a date ("September 28, 2013", "Posted: 28/09/2013 10:15")
_DATE_LABEL = re.compile(r"\A(?:date|published|posted|updated)(?: on)?\s*:?\s*", re.I)
_HEAD_LINES = 3  # a title and a date stand in the first lines or not at all


def date_line(lines: list[str]) -> tuple[str | None, int, date, str | None] | None:
    """The first of the first few filled lines that is only a date (`September 28, 2013`, `Posted: 28/09/2013`):
    the title line before it when it is the second, its index, the date and the note on how it was read."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_HEAD_LINES]
    for n, i in enumerate(filled):
        line = _DATE_LABEL.sub("", lines[i].strip().strip("*_#").strip())
        if len(line) > _DATE_LINE_CHARS:
            continue
        read = dated(line)
        if read:
            return (lines[filled[0]].strip() if n == 1 else None), i, *read
    return None


# A transcript's header dates it after its place: "Harbour Hotel, Leeds, March 3, 2025". The date is the line's
# end after a comma; the place before it is never a sentence (no verb is looked for: the line is short and alone).
_PLACE_PARTS = re.compile(r",[ \t]+")


def dated(line: str) -> tuple[date, str | None] | None:
    """The date a short header line is, or ends with after a place and a comma; None when it is not one."""
    cuts = [0] + [m.end() for m in _PLACE_PARTS.finditer(line)]
    for cut in cuts:
        try:
            return read_date(line[cut:])
        except Unreadable:
            continue
    return None
