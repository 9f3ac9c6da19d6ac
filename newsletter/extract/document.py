"""One reading text for every body format, with a map back to the stored body.

Scraped archives store HTML inside Markdown files: `<p>` paragraphs, `<strong>`
questions, `<em>Name</em>:` labels, entities such as `&apos;`. Understanding
reads a plain *view* of the body instead: block tags become blank lines, bold
and italic become `**` and `_` (the Markdown the rules already read), other tags
vanish and entities are decoded. Every stretch of the view remembers where it
came from, so a span found in the view maps back to the exact stored text
(``body[start:end]``). A body without HTML is its own view (no copy, no map).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .print_pages import printed_breaks
from .wrapping import unwrapped

# A body "is HTML" when it has paragraph-level tags; a stray <br> or <em> in Markdown is read as Markdown.
_HTML_BODY = re.compile(r"<(?:p|div|blockquote|h[1-6]|li|table)\b[^>]*>", re.I)
# (`<` written once before a comment or a tag: read once at each `<`, not once for each of their two branches)
_TOKEN = re.compile(r"<(?:!--.*?-->|(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>)|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});",
                    re.S)
_BLOCK_TAGS = {"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
               "section", "article", "figure", "figcaption", "header", "footer", "hr", "pre", "dd", "dt", "dl"}
_CELL_TAGS = {"td", "th"}
# A simple two-column table (a Q&A's question and answer cells) is read as Markdown's `| question | answer |`
# rows; only paragraphs and line breaks may sit in its cells. Any other table (a page's layout) reads as before.
_TABLE_END = re.compile(r"</table\s*>", re.I)
_TABLE_ROW = re.compile(r"<tr\b", re.I)
_TABLE_CELL = re.compile(r"<t[dh]\b", re.I)
_NOT_IN_SIMPLE_CELLS = re.compile(r"<(?:table|div|ul|ol|li|h[1-6]|blockquote|dl|pre)\b|\b(?:col|row)span\s*=", re.I)
_MIN_TABLE_ROWS = 2
_BOLD_TAGS = {"strong", "b"}
_ITALIC_TAGS = {"em", "i", "cite"}
_DROP_CONTENT = {"script", "style", "noscript"}
# An archive uses a handful of entities (`&apos;`, `&#8217;`) hundreds of times: each is decoded once.
_decoded = lru_cache(maxsize=256)(html.unescape)
_TAG_NAMES_KEPT = 256  # tag names whose part in the view is remembered: an archive uses a few dozen


@dataclass(frozen=True)
class TextView:
    """The reading text of a body and, unless it is the body itself, where each stretch came from.

    `pieces` holds (view_start, body_start, body_end, copied): a copied piece maps character by
    character; a replaced piece (a tag, an entity) maps as a whole to its source.
    """

    text: str
    pieces: tuple[tuple[int, int, int, bool], ...] = ()

    @property
    def identity(self) -> bool:
        return not self.pieces

    def to_body(self, start: int, end: int) -> tuple[int, int]:
        """The stored-body span a view span [start, end) was read from."""
        if self.identity or start >= end:
            return (start, end) if self.identity else (self._body_at(start, True), self._body_at(start, True))
        return self._body_at(start, True), self._body_at(end - 1, False)

    def to_view(self, pos: int) -> int:
        """The view offset of a body offset (the first view character read from at or after it)."""
        if self.identity:
            return pos
        i = max(0, bisect_right(self._body_starts, pos) - 1)
        view_start, body_start, body_end, copied = self.pieces[i]
        if copied and pos < body_end:
            return view_start + (pos - body_start)
        if pos == body_start and pos < body_end:
            return view_start  # a tag or an entity read from here: a turn ending before `&quot;` leaves its mark out
        return self.pieces[i + 1][0] if i + 1 < len(self.pieces) else len(self.text)

    def _body_at(self, vpos: int, first: bool) -> int:
        i = max(0, bisect_right(self._view_starts, vpos) - 1)
        view_start, body_start, body_end, copied = self.pieces[i]
        if copied:
            return body_start + (vpos - view_start) + (0 if first else 1)
        return body_start if first else body_end

    # Computed once, on first use: cached_property keeps them in the instance's __dict__, which a frozen dataclass
    # allows, and finds them there after at the cost of a plain attribute.
    @cached_property
    def _view_starts(self) -> list[int]:
        return [p[0] for p in self.pieces]

    @cached_property
    def _body_starts(self) -> list[int]:
        return [p[1] for p in self.pieces]


_BLOCK_END = re.compile(r"</?(?:p|div|blockquote|li|h[1-6])\b", re.I)
_BOLD_CLOSE = re.compile(r"</(?:strong|b|storng|stong|srtong|strnog)\s*>", re.I)
_QUESTION_END = re.compile(r"\?[”\"’']?(?=\s)")


def _lost_close(body: str, pos: int) -> int | None:
    """Where a bold question whose closing tag was lost ends: after its first question mark.

    `<p><storng>Why? I think…</p>`: scraped archives drop closing tags; the question is bold, the answer
    after it is not. None when the tag is closed in its block, or no question mark says where it ends.
    """
    end = _BLOCK_END.search(body, pos)
    stop = end.start() if end else len(body)
    if _BOLD_CLOSE.search(body, pos, stop):
        return None
    q = _QUESTION_END.search(body, pos, stop)
    return q.end() if q else None


def _misspelled(name: str, tag: str) -> bool:
    """`storng`, `stong`: hand-written archives misspell tags; a letter swapped or lost still means the tag."""
    if name in _BLOCK_TAGS or name in _ITALIC_TAGS or abs(len(name) - len(tag)) > 1 or name == tag:
        return False
    return sorted(name) == sorted(tag) or (len(name) == len(tag) - 1 and all(c in tag for c in name))


@lru_cache(maxsize=_TAG_NAMES_KEPT)
def _acts(name: str) -> bool:
    """Whether a tag of this name (lower case; "" for a comment) puts anything in the view or changes how it is
    read: _HtmlReading.token does nothing for any other."""
    return name in _BLOCK_TAGS or name in _CELL_TAGS or name in _BOLD_TAGS or name in _ITALIC_TAGS or \
        name in _DROP_CONTENT or name in ("blockquote", "br", "table") or _misspelled(name, "strong")


def is_html(body: str) -> bool:
    """Whether a body is HTML (paragraph tags), as scraped archives store it."""
    return _HTML_BODY.search(body) is not None


def view_of(body: str) -> TextView:
    """The reading text of a stored body (itself, when it holds no HTML, entity, non-breaking space or
    hard-wrapped paragraph)."""
    if not is_html(body):
        view = _entities_view(body) if "&" in body or "\xa0" in body or "<br" in body or "<BR" in body \
            else _printed_view(body)
        read = unwrapped(view.text)  # hard-wrapped lines, same length: every piece still maps as it did
        if read is view.text:
            return view
        return TextView(read, view.pieces or ((0, 0, len(body), True),))
    reading = _HtmlReading(body)
    cursor = 0
    for m in _TOKEN.finditer(body):
        start = m.start()
        if reading.dropping is None and start > cursor:
            reading.copy(cursor, start)
        cursor = m.end()
        if reading.dropping is None and body[start] == "&":  # an entity (most tokens of an archive): its character
            reading.emit(_decoded(m.group(0)), start, cursor, False)
            continue
        closing, name = m.group(1, 2)
        name = name.lower() if name else ""
        if reading.dropping is not None:
            if closing and name == reading.dropping:
                reading.dropping = None
        elif _acts(name):  # (a link, an image, a span, a comment: nothing in the view)
            reading.token(m, closing, name)
    if reading.dropping is None and cursor < len(body):
        reading.emit(body[cursor:], cursor, len(body), True)
    text = "".join(reading.out).replace("\xa0", " ")
    return TextView(_tidy_marks(text), tuple(reading.pieces))


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});")
_LINE_BREAK_TAG = re.compile(r"<br[ \t]*/?>(?=[ \t]*\r?\n|\Z)", re.I)
_MIN_BROKEN_LINES = 8  # lines ending on `<br>`, at least, for a body to be one typed up line by line: a stray one is
# Markdown's own


def _entities_view(body: str) -> TextView:
    """A Markdown or plain body as read: its entities (`&nbsp;`, `&#8217;`) as the characters they stand for and
    its non-breaking spaces as spaces, so "Jorja&nbsp;Fox" is a name and "it&#8217;s" a word; and the `<br>` that
    ends every line of a transcript typed up line by line as the line end it marks (`<br>` alone on a line, the
    blank line between two turns)."""
    read_as = [(m.start(), m.end(), html.unescape(m.group(0))) for m in _ENTITY.finditer(body)
               if html.unescape(m.group(0)) != m.group(0)]  # not "&Co;"
    breaks = [(m.start(), m.end(), "") for m in _LINE_BREAK_TAG.finditer(body)] if "<br" in body or "<BR" in body \
        else []
    if len(breaks) >= _MIN_BROKEN_LINES:
        read_as = sorted(read_as + breaks)
    if not read_as and "\xa0" not in body:
        return TextView(body)  # "Q&A": nothing to read differently, so no mapping to pay for
    reading = _HtmlReading(body)
    cursor = 0
    for start, end, char in read_as:
        reading.copy(cursor, start)
        reading.emit(char, start, end, False)
        cursor = end
    reading.copy(cursor, len(body))
    return TextView("".join(reading.out).replace("\xa0", " "), tuple(reading.pieces))


def _printed_view(body: str) -> TextView:
    """A plain body as read, a PDF page's columns as paragraphs (print_pages); any other plain body as it is."""
    breaks = printed_breaks(body)
    if not breaks:
        return TextView(body)
    reading = _HtmlReading(body)
    cursor = 0
    for start, end, read_as in breaks:
        reading.emit(body[cursor:start], cursor, start, True)
        reading.emit(read_as, start, end, False)
        cursor = end
    reading.emit(body[cursor:], cursor, len(body), True)
    return TextView("".join(reading.out), tuple(reading.pieces))


class _HtmlReading:
    """The view of one HTML body as it is read token by token, with where each stretch came from."""

    def __init__(self, body: str):
        self.body = body
        self.out: list[str] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.length = 0
        self.dropping: str | None = None  # inside <script>, <style> or <noscript> until this tag closes
        self.quoting = 0  # inside <blockquote>: every paragraph is marked "> " as in Markdown
        self.bold = False  # a bold tag left open (archives lose closing tags) is closed at the end of its block
        self.close_at: int | None = None  # where a bold left open is taken to end: after its question (_lost_close)
        self.table_end: int | None = None  # inside a simple two-column table until here: its rows read as `| a | b |`
        self.row_open = False

    def emit(self, text: str, b_start: int, b_end: int, copied: bool) -> None:
        if not text:
            return
        self.pieces.append((self.length, b_start, b_end, copied))
        self.out.append(text)
        self.length += len(text)

    def copy(self, start: int, end: int) -> None:
        """The body's text between two tokens, closing a bold left open where its question ends."""
        close_at = self.close_at
        if close_at is not None and start < close_at <= end:
            self.emit(self.body[start:close_at], start, close_at, True)
            self.emit("**", close_at, close_at, False)
            start, self.close_at, self.bold = close_at, None, False
        if self.table_end is not None and start < self.table_end:
            # A row is one line: the source's line breaks inside it are spaces, and between its tags nothing.
            text = self.body[start:end].replace("\n", " ")
            if not text.isspace():
                self.emit(text, start, end, True)
            return
        self.emit(self.body[start:end], start, end, True)

    def token(self, m: re.Match, closing: str, name: str) -> None:
        """What a tag, comment or entity becomes in the view."""
        if m.group(0).startswith("&"):
            self.emit(_decoded(m.group(0)), m.start(), m.end(), False)
        elif name in _DROP_CONTENT and not closing:
            self.dropping = name
        elif name == "blockquote":
            self.close_at = None
            self.quoting = max(0, self.quoting + (-1 if closing else 1))
            self.emit(("**" if self.bold else "") + ("\n\n> " if self.quoting else "\n\n"), m.start(), m.end(), False)
            self.bold = False
        elif self.table_end is not None and m.start() < self.table_end and (name in _BLOCK_TAGS or name in _CELL_TAGS
                                                                           or name == "br"):
            self.in_table(m, closing, name)
        elif name == "table" and not closing and _simple_table(self.body, m.end()):
            self.table_end = _TABLE_END.search(self.body, m.end()).end()
            self.emit(("**" if self.bold else "") + "\n\n", m.start(), m.end(), False)
            self.bold = False
        elif name in _BLOCK_TAGS:
            self.close_at = None
            self.emit(("**" if self.bold else "") + ("\n\n> " if self.quoting and not closing else "\n\n")
                      + ("- " if name == "li" and not closing else "")  # an item, as Markdown writes one
                      + ("**" if name == "dt" and not closing else ""), m.start(), m.end(), False)
            self.bold = name == "dt" and not closing  # a definition list's term reads as a bold question
        elif name == "br":
            self.emit("\n", m.start(), m.end(), False)
        elif name in _BOLD_TAGS or _misspelled(name, "strong"):
            if self.bold == bool(closing):
                self.emit("**", m.start(), m.end(), False)
                self.bold = not closing
                self.close_at = None if closing else _lost_close(self.body, m.end())
        elif name in _ITALIC_TAGS:
            self.emit("_", m.start(), m.end(), False)

    def in_table(self, m: re.Match, closing: str, name: str) -> None:
        """Inside a simple table: a row is a line, a cell opens with a bar, and a cell's paragraphs run together."""
        bold = "**" if self.bold else ""
        self.bold = False
        end_row = "|" if self.row_open else ""
        if name == "table":  # its end
            self.emit(bold + end_row + "\n\n", m.start(), m.end(), False)
            self.table_end, self.row_open = None, False
        elif name == "tr":
            self.emit(bold + end_row + ("" if closing else "\n"), m.start(), m.end(), False)
            self.row_open = False
        elif name in _CELL_TAGS and not closing:
            self.emit(bold + "| ", m.start(), m.end(), False)
            self.row_open = True
        else:
            self.emit(bold + " ", m.start(), m.end(), False)


def _simple_table(body: str, pos: int) -> bool:
    """Whether the table opening at `pos` has two cells in every row, two rows at least, and only paragraphs in
    its cells."""
    end = _TABLE_END.search(body, pos)
    if end is None or _NOT_IN_SIMPLE_CELLS.search(body, pos, end.start()):
        return False
    rows = len(_TABLE_ROW.findall(body, pos, end.start()))
    return rows >= _MIN_TABLE_ROWS and len(_TABLE_CELL.findall(body, pos, end.start())) == 2 * rows


# "**Name** **:**" or "** Question?**": markup that closes and reopens around nothing, or wraps spaces.
_EMPTY_MARKS = re.compile(r"(\*\*|_)([ \t]*)\1")


def _tidy_marks(text: str) -> str:
    """Blank out emphasis marks around nothing (`<b></b>`, `</strong><strong>`), keeping every offset."""
    return _EMPTY_MARKS.sub(lambda m: " " * len(m.group(0)), text)
