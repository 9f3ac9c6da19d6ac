"""Single quote marks used for speech, as British, Irish, Australian and Singaporean papers print it.

`'I was terrified,' she said.` and `She told us: ‘It was the best year.’` are speech in those papers, where
an American paper would use double marks. The quote finder reads double marks only, so an article that speaks
in single marks gets a view of its body with those marks (and only those: apostrophes stay) turned into
double ones, one character for one, so every offset into the view is an offset into the body.
"""

from __future__ import annotations

import re

from .sentences import paragraphs

_MARK = re.compile("['‘’]")
_BEFORE_OPENING = set(" \t\n(*>—–-")  # a space, a bracket, emphasis, a tag's end or a dash before `'We`
_BEFORE_CLOSING = set(".,!?…—–-")  # the sentence's own punctuation before `,'`
_AFTER_WORD_CLOSING = set(".,;:!?)")  # `'the best year'.`: punctuation after a closing mark that follows a word
_DOUBLE = re.compile(r"[“”\"]")
# What every closed quote in single marks ends on but for `'a title'.`; apostrophes never follow punctuation.
_CLOSING_AFTER_PUNCTUATION = re.compile(r"[.,!?…]['’](?![\w])")
_MIN_QUOTES = 2  # closed quotes in single marks: one alone may be a title ('CSI' is aired…)


def speech_view(body: str) -> str:
    """`body` with its speech's single marks as double ones when the article quotes in single marks (more closed
    quotes in single marks than in double ones); else `body`. A quote left open at its paragraph's end stays
    open, as papers print a quote that runs on to the next."""
    if len(_CLOSING_AFTER_PUNCTUATION.findall(body)) < _MIN_QUOTES:
        return body  # most articles: no `,'` or `.’` at all, so nothing to mark (one scan, not one per mark)
    chars = list(body)
    closed = sum(_mark_paragraph(body, start, end, chars) for start, end in paragraphs(body))
    if closed < _MIN_QUOTES or len(_DOUBLE.findall(body)) // 2 >= closed:
        return body
    return "".join(chars)


def _mark_paragraph(body: str, start: int, end: int, chars: list[str]) -> int:
    """Marks one paragraph's speech marks in `chars`; returns how many quotes it closes."""
    opened, closed = False, 0
    for m in _MARK.finditer(body, start, end):
        at = m.start()
        if (_closes if opened else _opens)(body, at, start):
            chars[at] = "”" if opened else "“"
            closed += opened
            opened = not opened
    return closed


def _opens(body: str, at: int, start: int) -> bool:
    """An opening mark: at a paragraph's start or after a space, a bracket or a dash, before a capital (`'We`,
    `‘I`); or after a comma or colon before any letter (`…in her 20s, 'but I always…`). Not `'70s`, `'cause`
    or `rock 'n' roll`."""
    if body[at] == "’" or at + 1 >= len(body):
        return False
    after = body[at + 1]
    if at == start or body[at - 1] in _BEFORE_OPENING:
        if after.isalpha() and after.isupper():
            return True
    return after.isalpha() and at >= 2 and body[at - 1] in " \t" and body[at - 2] in ",:;"


def _closes(body: str, at: int, start: int) -> bool:
    """A closing mark: after the sentence's own punctuation (`,'` `.’` `?'`), or after a word when punctuation
    follows; never an apostrophe inside a word (`show's`) or a plural's (`actors' union`)."""
    if body[at] == "‘" or at == start:
        return False
    before, after = body[at - 1], body[at + 1] if at + 1 < len(body) else " "
    if before in _BEFORE_CLOSING:
        return not (after.isalnum() or after == "_")
    return (before.isalnum() or before == "_") and after in _AFTER_WORD_CLOSING
