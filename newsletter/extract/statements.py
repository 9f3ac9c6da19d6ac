"""Statements of a paragraph, for reading air dates: sentences, and a listing's lines on their own.

Air-date sentences need cheaper splitting than pull-quotes do: a stop ends a
sentence when a capital, digit, quote or markup follows, unless the word before
it is an abbreviation (`p.m.`, `Sept.`, `Dr.`) or an initial. Splitting a little
too little is harmless here (a statement is read as a whole); it is linear and
needs no tokenizer.
"""

from __future__ import annotations

import re
from typing import Iterator

from .sentences import trim

# (a stop inside emphasis or a tag ends its sentence too: `…at 8pm.** The episodes`, `…April 14.</strong> Tickets`)
_STOP = re.compile(r"[.!?]+(?:[\"”’')\]*_]|</(?:strong|b|em|i)>)*(?=\s+[\"“‘'(\[<*_]*[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Mt|Ft|No|Nos|vs|etc|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|approx|est|"
    r"[ap]\.m|(?<!\d\s)[A-Za-z])|\.\.)$")  # (not a unit after a number: `a las 22 h.` ends its sentence)
_MARKUP_LINE = re.compile(r"[ \t]*[*#>|<-]")
_SHORT_LINE = 60  # a listing line (`CBS, Wednesdays, 10 ET/PT`) is short; wrapped prose runs to 70-80 characters


def statements(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) in `body` of each statement of the paragraph `body[start:end]`."""
    cut = start
    for m in _STOP.finditer(body, start, end):
        stop = m.start()
        if _ABBREVIATION.search(body, max(start, stop - 8), stop):
            continue
        yield from _lines(body, cut, m.end())
        cut = m.end()
    yield from _lines(body, cut, end)


def _lines(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A listing block's lines (`***CBS, Wednesdays, 10 ET/PT`) are statements of their own.

    A line break ends a statement before markup or after a short line; hard-wrapped prose keeps its lines together.
    """
    cut = line_start = start
    newline = body.find("\n", start, end)
    while newline != -1:
        if _MARKUP_LINE.match(body, newline + 1) or newline - line_start <= _SHORT_LINE and not _runs_on(body, newline):
            yield from _trimmed(body, cut, newline)
            cut = newline + 1
        line_start = newline + 1
        newline = body.find("\n", line_start, end)
    yield from _trimmed(body, cut, end)


# The end of a line that a sentence runs on from, as a page printed in narrow columns wraps it (`returns to BBC1 on`).
_RUNS_ON = re.compile(r"(?:\b(?:on|at|to|the|a|an|of|in|and|or|with|for|from|by|is|are|was|its|his|her|their)|[,-])"
                      r"[ \t]*$")


def _runs_on(body: str, newline: int) -> bool:
    """Whether the short line ending at `newline` is narrow-column prose going on to the next line, not a listing's
    line: it ends on a word no sentence ends on (a chat log's `[8:12 PM] name` line over a message in lower case
    ends a statement)."""
    return _RUNS_ON.search(body, max(0, newline - 8), newline) is not None


def _trimmed(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    start, end = trim(body, start, end)
    if start < end:
        yield start, end
