"""Single quote marks used for speech, as British, Irish, Australian and Singaporean papers print it.

`'I was terrified,' she said.` and `She told us: ‘It was the best year.’` are speech in those papers, where
an American paper would use double marks. The quote finder reads double marks only, so an article that speaks
in single marks gets a view of its body with those marks (and only those: apostrophes stay) turned into
double ones, one character for one, so every offset into the view is an offset into the body.
"""

from __future__ import annotations

import re

from .sentences import paragraphs

# An opening mark: at a paragraph's start (after any emphasis or tag) or after a space, a bracket or a dash,
# before a capital: `'We`, `‘I`. Not `'70s`, `'cause` or `rock 'n' roll`.
_OPENING = re.compile(r"(?:(?<=\A)|(?<=[\s(*>—–-]))['‘](?=[^\W\d_a-z])")
# A closing mark: after the sentence's own punctuation (`,'` `.’` `?'`), or after a word when punctuation follows
# (`'the best year'.`); never an apostrophe inside a word (`show's`) or a plural's (`actors' union`).
_CLOSING = re.compile(r"(?<=[.,!?…—–-])['’](?![\w])|(?<=\w)['’](?=[.,;:!?)])")
_PARAGRAPH_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:\*{1,2}|<[a-z]+>)?['‘](?=[^\W\d_a-z])", re.M)
# The same, read from the mark (the engine skips to it) back to the start of its line.
_MARK_BEFORE_CAPITAL = re.compile(r"['‘](?=[^\W\d_a-z])")
_LINE_LEAD = re.compile(r"[ \t]*(?:\*{1,2}|<[a-z]+>)?")
_MIN_OPENINGS = 2  # paragraphs opening on a single mark before a capital: one may be a title in single marks


def speaks_in_single_marks(body: str) -> bool:
    """Whether the article quotes speech in single marks: more paragraphs open on one than it has double marks
    for whole quotes (an American article's `'Title' is aired…` is one paragraph among many double-quoted ones)."""
    openings = _line_openings(body)
    return openings >= _MIN_OPENINGS and (body.count("“") + body.count("”") + body.count('"')) // 2 < openings


def _line_openings(body: str) -> int:
    """len(_PARAGRAPH_OPENING.findall(body)): the marks before a capital with only white space, `*` or a tag between
    them and the start of their line (at most one a line, so each is one match), not a scan of every line start."""
    return sum(_LINE_LEAD.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start()) is not None
               for m in _MARK_BEFORE_CAPITAL.finditer(body))


def speech_view(body: str) -> str:
    """`body` with its speech's single marks as double ones when the article speaks in single marks; else `body`.
    A quote left open at its paragraph's end stays open, as papers print a quote that runs on to the next."""
    if not speaks_in_single_marks(body):
        return body
    chars = list(body)
    for start, end in paragraphs(body):
        _mark_paragraph(body, start, end, chars)
    return "".join(chars)


def _mark_paragraph(body: str, start: int, end: int, chars: list[str]) -> None:
    pos, opened = start, False
    while pos < end:
        m = (_CLOSING if opened else _OPENING).search(body, pos, end)
        if not m:
            return
        chars[m.start()] = "”" if opened else "“"
        opened, pos = not opened, m.end()
