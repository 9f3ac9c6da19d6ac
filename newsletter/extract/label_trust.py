"""Colon, italic and heading labels that are no speakers after all, judged on the whole article: an italic lead-in,
a guide's repeated section headings, a label used once, a headline's words in capitals."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .cast import norm
from .exchanges import ends_with_question

if TYPE_CHECKING:
    from .layout import Para

_MIN_MARKED_SPEAKERS = 2  # as layout's: two speakers make a conversation


def italics_as_prose(paras: list[Para]) -> None:
    """Italic colon labels are labels only where the page sets its speakers so: one of them used twice, and
    two speakers labelled. A show's italic title before a colon (`*Harbor Lights*: the verdict is in…`), once
    in a review or beside a bold-labelled Q&A, is the critic's lead-in."""
    italic = [p for p in paras if p.kind == "label" and not p.marked_by and p.style == "italic"]
    if not italic:
        return
    speakers = {norm(p.label or "") for p in paras if p.kind == "label" and not p.marked_by}
    if max(Counter(norm(p.label or "") for p in italic).values()) < 2 or len(speakers) < _MIN_MARKED_SPEAKERS:
        for p in italic:
            p.kind, p.label, p.content_start, p.content_end, p.style = "plain", None, p.start, p.end, "bold"


def someone_asks_below(paras: list[Para], body: str, marked: list[Para]) -> bool:
    """Whether a paragraph under one of these labels alone ends on a question: speakers' headings head a
    conversation, while a guide's repeated sections ("#### Verdict", "#### Where To Watch") ask nothing."""
    heads = {id(p) for p in marked}
    return any(id(p) in heads and after.kind == "plain" and ends_with_question(body[after.start:after.end])
               for p, after in zip(paras, paras[1:]))


def lone_label_as_prose(paras: list[Para], questions: set[str], body: str, asked_in_bold: bool) -> None:
    """A colon label used once, in an article with no other turns marked, is a lead-in ("*Harbor Lights*: the
    verdict is in…", "Bottom line: …"), not a speaker whose voice runs on to the paragraphs after it: a transcript or
    a Q&A labels two turns at least. `Q:` on the first question only is a Q&A all the same. Where the questions
    are bold paragraphs, the one label stays a speaker's only right under a question ("**…?**" then "JF: …"): after
    an answer it is the journalist's closing lead-in ("**Verdict:** she is…")."""
    for before, p in zip([None, *paras], paras):
        if asked_in_bold and (before is not None and (before.kind == "bold" or
                                                      ends_with_question(body[before.start:before.end])) or
                              ends_with_question(body[p.start:p.end].rstrip("*_ ")) or
                              body[p.start:p.end].rstrip().endswith(("**", "__"))):
            continue  # it answers a question, or asks one ("**ET: What can viewers expect…**" in bold as they are)
        if p.kind == "label" and not p.marked_by and norm(p.label or "") not in questions:
            p.kind, p.label, p.content_start, p.content_end = "plain", None, p.start, p.end


def headline_labels(paras: list[Para], body: str) -> None:
    """A label used once whose words go on in capitals is a headline or a title with a colon, not a speaker:
    `SOAP STAR JODIE PENNOCK: "I STILL CAN'T BELIEVE IT"`, `CSI: CRIME SCENE INVESTIGATION, which returns…`."""
    counts = Counter(norm(p.label or "") for p in paras if p.kind == "label")
    if not counts:
        return  # no label to read as a headline
    for p in paras:
        if p.kind == "label" and not p.marked_by and counts[norm(p.label or "")] == 1 and \
                _SHOUTED.match(body, p.content_start, p.content_end):
            p.kind, p.label, p.content_start, p.content_end = "plain", None, p.start, p.end


# Two words or more in capitals at the start of a turn: a headline's or a title's, since speech is not written so.
_SHOUTED = re.compile(r"[\"“‘']?[A-Z][A-Z’'\-]*[,!]?\s+[\"“‘']?[A-Z][A-Z’'\-]+\b")


def a_datum(text: str, at: int) -> bool:
    """Whether what follows a colon label at `at` is a datum or a header, not anyone's speech: a price ("Estimate:
    £1,500–2,000"), a contents row ("Contents: From the Vicarage ... 2 | Diary ... 6"), a table's header or row
    ("Columns: LCN | CHANNEL | DAY DATE | TITLE"), or a line run on with double colons ("EPG EXPORT :: Region…")."""
    if text.startswith("::", at - 1):
        return True
    # each pattern only where what it needs stands (a currency, a bar or leaders): most labels hold speech
    piped = text.count("|", at)
    return _holds_currency(text) and _PRICE.fullmatch(text, at) is not None or \
        piped >= _TABLE_CELLS - 1 and _TABLE_ROW.fullmatch(text, at) is not None or \
        (piped or "..." in text or "…" in text or "·" in text) and _CONTENTS_ROW.fullmatch(text, at) is not None


_CURRENCIES = "£$€¥₹"


def _holds_currency(text: str) -> bool:
    """any(c in text for c in _CURRENCIES), each find written out: asked of every colon label's paragraph."""
    return "£" in text or "$" in text or "€" in text or "¥" in text or "₹" in text
_TABLE_CELLS = 4
_PRICE = re.compile(r"[ \t]*(?=[^\n]*[£$€¥₹])[£$€¥₹\d.,\s–—\-/+()%]+")  # figures and a currency, no word
_TABLE_ROW = re.compile(r"[ \t]*[^|\n]{1,30}(?:\|[^|\n]{1,30}){3,}[ \t]*")  # four cells or more, each a few words
_CONTENTS_ROW = re.compile(r"(?:[^|\n]{1,60}?(?:[ \t]*(?:\.{2,}|…)[ \t]*|[ \t]+)\d{1,3}[ \t]*(?:[|·][ \t]*|\Z)){2,}")
