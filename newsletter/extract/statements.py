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
# `…with a repeat at 12:45 p.m. A fan event…`: after a clock's `p.m.` a word that opens sentences (not a zone, a
# weekday or a channel, which go on the clock's: `9 p.m. Eastern`, `8 p.m. Sundays`, `at 9 p.m. Channel 4 shows…`).
_CLOCK_MARKS = ("a.m", "p.m")
_NEXT_SENTENCE = re.compile(r"\s+[\"“‘'(\[<*_]*(?:A|An|The|It|Its|This|That|These|Those|There|Here|He|She|They|We|You|"
                            r"His|Her|Their|Our|My|But|And|So|Also|Then|Meanwhile|However)\s")
_GERMAN_DATE = re.compile(r"(?<![\d.])(?:3[01]|[12]\d|0?[1-9])$")
_GERMAN_MONTH = re.compile(r"\s+(?:Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b")  # (not the English spellings)
_MARKUP_LINE = re.compile(r"[ \t]*[*#>|<-]")
_SHORT_LINE = 60  # a listing line (`CBS, Wednesdays, 10 ET/PT`) is short; wrapped prose runs to 70-80 characters


def statements(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) in `body` of each statement of the paragraph `body[start:end]`; a scraped page's `<br>` ends
    one as a line break does (a comment's `says:<br>October 4, 2011 at 9:40 pm<br>For the Canadians: …`, a
    transcript's `…on Hollister.<br> And the finale…`), unless the line runs on (`buried in<br>\nthe first`)."""
    if body.find("<br", start, end) == -1 and body.find("<BR", start, end) == -1:
        return _sentences(body, start, end)  # (most paragraphs; returned, not wrapped in a generator of its own)
    return _between_breaks(body, start, end)


def _between_breaks(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut = start
    for m in _BREAK_TAG.finditer(body, start, end):
        after = _INDENT_OR_BREAK.match(body, m.end()).end()
        if not _runs_on(body, m.start()) and not (after < end and body[after].islower()):
            yield from _sentences(body, cut, m.start())
            cut = m.end()
    yield from _sentences(body, cut, end)


_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_INDENT_OR_BREAK = re.compile(r"\s*")


def _sentences(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cut, wrapped = start, _wrapped(body, start, end)
    for m in _STOP.finditer(body, start, end):
        stop = m.start()
        abbreviation = _ABBREVIATION.search(body, max(start, stop - 8), stop)
        if abbreviation and not (abbreviation.group(0) in _CLOCK_MARKS and _NEXT_SENTENCE.match(body, m.end())):
            continue
        if body[stop - 1].isdigit() and _GERMAN_DATE.search(body, max(start, stop - 3), stop) and \
                _GERMAN_MONTH.match(body, m.end()):
            continue  # `ab dem 14. März`: a German date's day, not a sentence's end
        yield from _lines(body, cut, m.end(), wrapped)
        cut = m.end()
    yield from _lines(body, cut, end, wrapped)


def _lines(body: str, start: int, end: int, wrapped: bool = False) -> Iterator[tuple[int, int]]:
    """A listing block's lines (`***CBS, Wednesdays, 10 ET/PT`) are statements of their own.

    A line break ends a statement before markup or after a short line; hard-wrapped prose keeps its lines together
    (`wrapped`: the paragraph is prose set in narrow columns, its short lines too).
    """
    cut = line_start = start
    newline = body.find("\n", start, end)
    while newline != -1:
        if _MARKUP_LINE.match(body, newline + 1) or newline - line_start <= _SHORT_LINE and not (
                wrapped or _runs_on(body, newline)):
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


# A line that opens on a stamp, a handle or a time (`[8:12 PM] name`, `<nick>`, `7.30  Title`): a log's or a
# listing's, over a message or a line of its own, never a column's wrapped prose.
_STAMPED = re.compile(r"[ \t]*[\[<(\d]")
_WRAPPED_LINES = 4  # line breaks, at least, in a paragraph for it to be read as a column of wrapped prose


def _wrapped(body: str, start: int, end: int) -> bool:
    """Whether the paragraph `body[start:end]` is prose set in narrow columns, as a printed page's export is (`the
    door is open` / `wider than people think.`, `starts on BBC` / `Scotland on Thursday`): at least half its line
    breaks run on (onto a word in lower case, or from a word no sentence ends on), none from a stamped line."""
    breaks = body.count("\n", start, end)
    if breaks < _WRAPPED_LINES:
        return False
    runs, line_start, newline = 0, start, body.find("\n", start, end)
    while newline != -1:
        after = _INDENT.match(body, newline + 1).end()
        if not _STAMPED.match(body, line_start) and (after < end and body[after].islower() or _runs_on(body, newline)):
            runs += 1
        line_start, newline = newline + 1, body.find("\n", newline + 1, end)
    return 2 * runs >= breaks


_INDENT = re.compile(r"[ \t]*")


def _trimmed(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    start, end = trim(body, start, end)
    if start < end:
        yield start, end
