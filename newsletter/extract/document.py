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

# A body "is HTML" when it has paragraph-level tags; a stray <br> or <em> in Markdown is read as Markdown.
_HTML_BODY = re.compile(r"<(?:p|div|blockquote|h[1-6]|li|table)\b[^>]*>", re.I)
_TOKEN = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});",
                    re.S)
_BLOCK_TAGS = {"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
               "section", "article", "figure", "figcaption", "header", "footer", "hr", "pre", "dd", "dt", "dl"}
_BOLD_TAGS = {"strong", "b"}
_ITALIC_TAGS = {"em", "i", "cite"}
_DROP_CONTENT = {"script", "style", "noscript"}


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
        nxt = self.pieces[i + 1][0] if i + 1 < len(self.pieces) else len(self.text)
        return nxt if pos >= body_end or not copied else view_start

    def _body_at(self, vpos: int, first: bool) -> int:
        i = max(0, bisect_right(self._view_starts, vpos) - 1)
        view_start, body_start, body_end, copied = self.pieces[i]
        if copied:
            return body_start + (vpos - view_start) + (0 if first else 1)
        return body_start if first else body_end

    @property
    def _view_starts(self) -> list[int]:
        return self._starts(0)

    @property
    def _body_starts(self) -> list[int]:
        return self._starts(1)

    def _starts(self, column: int) -> list[int]:
        key = f"_starts{column}"  # computed once: a frozen dataclass caches through __dict__
        if key not in self.__dict__:
            object.__setattr__(self, key, [p[column] for p in self.pieces])
        return self.__dict__[key]


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


def is_html(body: str) -> bool:
    """Whether a body is HTML (paragraph tags), as scraped archives store it."""
    return _HTML_BODY.search(body) is not None


def view_of(body: str) -> TextView:
    """The reading text of a stored body (itself, when it holds no HTML)."""
    if not is_html(body):
        return TextView(body)
    out: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []
    length = 0
    cursor = 0
    dropping = None
    quoting = 0  # inside <blockquote>: every paragraph is marked "> " as in Markdown
    bold = False  # a bold tag left open (archives lose closing tags) is closed at the end of its block

    def emit(text: str, b_start: int, b_end: int, copied: bool) -> None:
        nonlocal length
        if not text:
            return
        pieces.append((length, b_start, b_end, copied))
        out.append(text)
        length += len(text)

    close_at = None  # where a bold left open is taken to end: after its question (see _lost_close)
    for m in _TOKEN.finditer(body):
        if dropping is None and m.start() > cursor:
            if close_at is not None and cursor < close_at <= m.start():
                emit(body[cursor:close_at], cursor, close_at, True)
                emit("**", close_at, close_at, False)
                cursor, close_at, bold = close_at, None, False
            emit(body[cursor:m.start()], cursor, m.start(), True)
        cursor = m.end()
        closing, name = m.group(1), (m.group(2) or "").lower()
        if dropping is not None:
            if closing and name == dropping:
                dropping = None
            continue
        if m.group(0).startswith("&"):
            emit(html.unescape(m.group(0)), m.start(), m.end(), False)
        elif name in _DROP_CONTENT and not closing:
            dropping = name
        elif name == "blockquote":
            close_at = None
            quoting = max(0, quoting + (-1 if closing else 1))
            emit(("**" if bold else "") + ("\n\n> " if quoting else "\n\n"), m.start(), m.end(), False)
            bold = False
        elif name in _BLOCK_TAGS:
            close_at = None
            emit(("**" if bold else "") + ("\n\n> " if quoting and not closing else "\n\n"), m.start(), m.end(),
                 False)
            bold = False
        elif name == "br":
            emit("\n", m.start(), m.end(), False)
        elif name in _BOLD_TAGS or _misspelled(name, "strong"):
            if bold == bool(closing):
                emit("**", m.start(), m.end(), False)
                bold = not closing
                close_at = None if closing else _lost_close(body, m.end())
        elif name in _ITALIC_TAGS:
            emit("_", m.start(), m.end(), False)
    if dropping is None and cursor < len(body):
        emit(body[cursor:], cursor, len(body), True)
    text = "".join(out).replace("\xa0", " ")
    return TextView(_tidy_marks(text), tuple(pieces))


# "**Name** **:**" or "** Question?**": markup that closes and reopens around nothing, or wraps spaces.
_EMPTY_MARKS = re.compile(r"(\*\*|_)([ \t]*)\1")


def _tidy_marks(text: str) -> str:
    """Blank out emphasis marks around nothing (`<b></b>`, `</strong><strong>`), keeping every offset."""
    return _EMPTY_MARKS.sub(lambda m: " " * len(m.group(0)), text)
