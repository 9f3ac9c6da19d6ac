"""The direct quotes of a paragraph: the words inside each pair of speech marks (attribution.py gives them speakers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Para
from .scan import led_by_first
from .sentences import trim
from .words import SPEECH_VERB_WORDS

_NICKNAME, _IN_A_NAME = re.compile(r"[\"“][A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[\"”]"), re.compile(r" [A-Z][\w’'-]+")
_QUOTE = re.compile(r"“(?P<c>[^“”]*)(?:”|(?=\n)|\Z)|\"(?P<s>[^\"\n]*)(?:\"|(?=\n)|\Z)")
_TAG = re.compile(r"<[A-Za-z][^<>]*>")


OPENS_QUOTE = ('"', "“")  # every quote find_quotes finds opens on one of these (see _QUOTE, _nesting_quotes)


def may_hold_quotes(text: str) -> bool:
    """Whether find_quotes can find a quote in `text`: a find per mark, where it runs its patterns."""
    return any(mark in text for mark in OPENS_QUOTE)


SPEECH_WORDS = 4  # a quote of fewer words is a title or a scare quote ("nearly", "pet") unless someone says it


def holds_speech(text: str) -> bool:
    """Narration that quotes someone's words: a quote of SPEECH_WORDS or more, or one left open. A scare quote or a
    title in marks is the journalist's own sentence."""
    for m in _QUOTE.finditer(text):
        words = m.group("c") if m.group("c") is not None else m.group("s")
        closed = len(m.group(0)) > len(words) + 1
        if not closed or len(words.split()) >= SPEECH_WORDS:
            return True
    return False


@dataclass
class Found:
    """A quote's words inside their marks, and whom they are given to."""

    start: int  # of the words, inside the marks
    end: int
    mark_start: int
    mark_end: int
    speaker: str | None = None
    short: bool = False  # under SPEECH_WORDS words: speech only when someone is named as saying it
    disowned: bool = False  # its "she said" names nobody it can be: it names the one the pronoun points at


def find_quotes(body: str, p: Para, warnings: list[str]) -> list[Found]:
    """The quotes in a paragraph, in reading order: curly or straight marks, quotes nested in quotes read as part
    of the outer one, an attribute's value inside a tag never."""
    text = body[p.start:p.end]
    if not may_hold_quotes(text):
        return []  # most narration: no mark to open a quote, so none of the scans below
    found = []
    tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []
    outers = _nesting_quotes(text) if text.count("“") > text.count("”") or "“" in text and _NESTED_FRAME.search(text) \
        else []
    for a, b in outers:
        found.append(Found(p.start + a + 1, p.start + b - 1, p.start + a, p.start + b))
    marks = _careless_marks_masked(text, body, p.end) if '"' in text else text
    for m in _QUOTE.finditer(marks):
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
        found.append(Found(s, e, p.start + m.start(), p.start + m.end(), short=len(words.split()) < SPEECH_WORDS))
    found.sort(key=lambda f: f.mark_start)
    return found


# A straight mark between two letters is an apostrophe typed as one (`don"t`, `Russell"s`).
BETWEEN_LETTERS = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')
_STRAIGHT = re.compile(r'"')
_MID_SENTENCE = re.compile(r"\w[ \t]+\Z")  # `hold "Harbour…`, not `…Mendelsohn. "We…` nor a paragraph's start
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(SPEECH_VERB_WORDS) + r")[ \t]+\Z")  # `she said "I…`


def _careless_marks_masked(text: str, body: str, end: int) -> str:
    """`text` with the straight marks that open nothing read as apostrophes: one between letters, and (in a
    paragraph with an odd count) an opening mark mid-sentence with no speech before it that another opening mark
    follows before any closing one, or that is left open with no quote going on in the next paragraph (one opening
    a paragraph or a sentence opens a quote, closed or not)."""
    text = BETWEEN_LETTERS.sub("'", text) if '"' in text else text
    marks = [m.start() for m in _STRAIGHT.finditer(text)]
    if len(marks) % 2 == 0:
        return text
    open_at, drop = None, []
    for i in marks:
        opening = (i == 0 or text[i - 1] in " \t([—–-") and text[i + 1:i + 2].strip() != ""
        if opening and open_at is not None:
            drop.append(open_at)  # `hold "Harbour Night on … the drama "Brackwater"`: the first never closed
        open_at = i if opening else None
    if open_at is not None and not body[end:].lstrip().startswith(('"', "“")):
        drop.append(open_at)
    drop = [i for i in drop if _MID_SENTENCE.search(text, max(0, i - 30), i)
            and not _SPEECH_BEFORE.search(text, max(0, i - 30), i)]
    return "".join("'" if k in drop else c for k, c in enumerate(text)) if drop else text


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
