"""A newspaper page exported from PDF to text: each column's printed lines kept as they were set, with no blank
line between its paragraphs and words hyphenated across line ends (`her fa-` / `ther's van`). Read as printed: a
paragraph's lines run on as one text, a word broken over two lines whole again, and a paragraph ends where a line
ends a sentence short of the column's width, or where the next line opens a quote."""

from __future__ import annotations

import re
from statistics import median

from .wrapping import laid_out

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')]?[ \t]*\Z")
_QUOTE_OPENS = re.compile(r"[ \t]*[\"“‘]")
_BROKEN_WORD = re.compile(r"[^\W\d_]-\Z")  # "fa-" at a line's end, "ther's" on the next: one word
_NEXT_LOWER = re.compile(r"[ \t]*[a-z]")
# A quote closing on a line's end after its full stop, the next line opening on a capital: the journalist again,
# in a paragraph of her own (a paper goes on after a quote in the same paragraph only with its attribution).
_QUOTE_CLOSED = re.compile(r"[.!?…][\"”][ \t]*\Z")
_CAPITAL_OPENS = re.compile(r"[ \t]*[A-Z]")
_MIN_LINES = 8  # a column's run of printed lines: a headline or an address block is shorter
_COLUMN_WIDTHS = (20, 60)  # characters in a newspaper column's line (median): a page-wide text is no column
_SHORT_LINE = 0.8  # of the column's width: a line ending its paragraph stops short of the column's edge
_MIN_PARAGRAPH_ENDS = 2  # found inside the run, at least, for it to be paragraphs printed with no blank line between


def printed_breaks(text: str) -> list[tuple[int, int, str]]:
    """Where a PDF page's columns break: (start, end, what the stretch reads as) for every line end inside a run
    of column lines that holds paragraphs set with no blank line between: `"\\n\\n"` where a paragraph ends, `""`
    for a hyphen and the line end that broke a word, `" "` elsewhere. Empty for any other text."""
    if text.count("\n") < _MIN_LINES:
        return []
    blocks, at = [], 0
    for brk in [*_BLOCK_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        blocks.append(_column_breaks(text, at, end))
        at = brk.end() if brk else end
    # a page whose columns part paragraphs so: a short run there (a continuation's) may part only one
    if not any(sum(kind == "\n\n" for _, _, kind in block) >= _MIN_PARAGRAPH_ENDS for block in blocks):
        return []
    return [b for block in blocks if any(kind == "\n\n" for _, _, kind in block) for b in block]


def _column_breaks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    lines = text[start:end].split("\n")
    if len(lines) < _MIN_LINES or not _COLUMN_WIDTHS[0] <= median(len(ln) for ln in lines) <= _COLUMN_WIDTHS[1] \
            or laid_out(text[start:end]):
        return []
    width = max(len(ln.rstrip()) for ln in lines)
    if 3 * sum(_SENTENCE_END.search(ln) is not None for ln in lines) > 2 * len(lines):
        return []  # most lines end a sentence: a line per thought, not prose set in a column
    breaks, at = [], start
    for line, following in zip(lines, lines[1:]):
        at += len(line)
        if _SENTENCE_END.search(line) and (len(line.rstrip()) < _SHORT_LINE * width or _QUOTE_OPENS.match(following)
                                           or _QUOTE_CLOSED.search(line) and _CAPITAL_OPENS.match(following)):
            breaks.append((at, at + 1, "\n\n"))
        elif _BROKEN_WORD.search(line.rstrip()):
            # "grand-" / "mother's": a word the printer broke, whole again; "Brannigan-" / "Okoye": a name broken
            # at its own hyphen, which it keeps
            hyphen = at - (len(line) - len(line.rstrip())) - (1 if _NEXT_LOWER.match(following) else 0)
            breaks.append((hyphen, at + 1 + len(following) - len(following.lstrip()), ""))
        else:
            breaks.append((at, at + 1, " "))
        at += 1
    return breaks


# The lines a page's story jumps by: "Please see HALKETT, Page 15" under the first part, the continuation's head
# ("HALKETT" over "From Page 14"), and a page's running head between rules (its paper's name, date and page number).
_JUMP = re.compile(r"(?:[A-Z][A-Z'’ \-]{1,40}\n)?[ \t]*(?:(?:please[ \t]+)?see[ \t]+[A-Z][^\n,]{0,40},[ \t]*(?:on[ \t]+)?"
                   r"page[ \t]+\d{1,3}|(?:continued[ \t]+)?(?:from|on)[ \t]+page[ \t]+\d{1,3})[ \t.]*\Z", re.I)
_RUNNING_HEAD = re.compile(r"(?:[-=_─━]{10,}\n)?[ \t]*(?:\d{1,3}[ \t]{3,}[^\n]{5,120}|[^\n]{5,120}[ \t]{3,}\d{1,3})[ \t]*"
                           r"(?:\n[-=_─━]{10,})?[ \t]*\Z")
_JUMP_REACH = 300  # characters: a jump line or a running head with its rules is shorter


def jump_line(text: str) -> bool:
    """Whether a paragraph is one of the lines a printed story jumps pages by (a jump line, the continuation's head,
    a running head): in no one's voice, and nothing a quote after it is led in by."""
    return len(text) <= _JUMP_REACH and (_JUMP.match(text) is not None or _RUNNING_HEAD.match(text) is not None)
