"""The direct quotes of a paragraph: the words inside each pair of speech marks (attribution.py gives them speakers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Para
from .scan import led_by_first
from .sentences import trim

_NICKNAME, _IN_A_NAME = re.compile(r"[\"“][A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[\"”]"), re.compile(r" [A-Z][\w’'-]+")
_QUOTE = re.compile(r"“(?P<c>[^“”]*)(?:”|(?=\n)|\Z)|\"(?P<s>[^\"\n]*)(?:\"|(?=\n)|\Z)")
_TAG = re.compile(r"<[A-Za-z][^<>]*>")


@dataclass
class Found:
    """A quote's words inside their marks, and whom they are given to."""

    start: int  # of the words, inside the marks
    end: int
    mark_start: int
    mark_end: int
    speaker: str | None = None
    short: bool = False  # under four words: speech only when someone is named as saying it


def find_quotes(body: str, p: Para, warnings: list[str]) -> list[Found]:
    """The quotes in a paragraph, in reading order: curly or straight marks, quotes nested in quotes read as part
    of the outer one, an attribute's value inside a tag never."""
    text = body[p.start:p.end]
    found = []
    tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    outers = _nesting_quotes(text) if text.count("“") > text.count("”") or "“" in text and _NESTED_FRAME.search(text) \
        else []
    for a, b in outers:
        found.append(Found(p.start + a + 1, p.start + b - 1, p.start + a, p.start + b))
    for m in _QUOTE.finditer(text):
        if tags and any(s < m.start() < e for s, e in tags):
            continue  # an attribute's value (`<iframe allow="…">`) is markup, not anybody's words
        if outers and any(a <= m.start() < b for a, b in outers) or _IN_A_NAME.match(text, m.end()) and \
                _NICKNAME.fullmatch(m.group(0)) and text[max(0, m.start() - 2):m.start()].rstrip()[-1:].isalpha():
            continue  # a quote inside a quote, or a nickname inside a name (Pimchanok "Mint" Charoenwong)
        group = "c" if m.group("c") is not None else "s"
        words = m.group(group)
        closed = m.group(0)[-1] in "”\""  and len(m.group(0)) > 1
        if not closed and m.end() == len(text) and len(words.split()) > 3:
            warnings.append(f"unbalanced quote marks in paragraph at offset {p.start}; quote taken to the paragraph's end")
        s, e = trim(body, p.start + m.start(group), p.start + m.end(group))  # « Bonjour », as French papers space it
        found.append(Found(s, e, p.start + m.start(), p.start + m.end(), short=len(words.split()) < 4))
    found.sort(key=lambda f: f.mark_start)
    return found


# The words that hand over to a quote inside a quote: "after I say, “You’re here to translate.”"
_NESTED_FRAME = led_by_first(r"(?:\b(?:say|says|said|ask|asks|asked|goes|went|like|tell|tells|told \w+)|:)[,:]?\s*“")


def _nesting_quotes(text: str) -> list[tuple[int, int]]:
    """Curly quotes that hold quotes of their own with the same marks (“…I say, “You’re here.” He says, “No,” …”),
    as (start of the opening mark, end of the closing one). An opening mark after a speech frame nests; one
    without closes nothing, so an outer quote the writer never closed ends after the last quote it held."""
    spans, i = [], text.find("“")
    while i != -1:
        pos, last_close, nested = i + 1, None, False
        while True:
            close, opening = text.find("”", pos), text.find("“", pos)
            if close != -1 and (opening == -1 or close < opening):
                end = close + 1 if nested else None  # closed with nothing inside: the plain pattern has it
                break
            if opening == -1 or not _NESTED_FRAME.search(text, max(pos, opening - 20), opening + 1):
                end = last_close  # "…interpret,” says X. “A lot…": a new quote, so the outer one ended
                break
            inner = text.find("”", opening)
            if inner == -1:
                end = None
                break
            nested, last_close, pos = True, inner + 1, inner + 1
        if end and nested:
            spans.append((i, end))
            i = text.find("“", end)
        else:
            i = text.find("“", i + 1)
    return spans
