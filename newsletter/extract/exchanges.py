"""Questions and answers set out by a list or a table rather than by labels or emphasis: questions as list
items answered in the items nested under them, or a two-column table with a question and its answer per row."""

from __future__ import annotations

import re

Segments = tuple[tuple[int, int, str], ...]  # (start, end, "q" | "a") in reading order


def exchange_segments(text: str, base: int) -> Segments:
    """The questions and answers of a paragraph set out as a list or a table (offsets from `base`), else ()."""
    return _listed(text, base) or _tabled(text, base)


def ends_with_question(text: str) -> bool:
    """Whether a paragraph or a cell asks: it ends in a question mark, maybe inside quotes or emphasis, or signed
    by the reader who asked (`…like Maureen does? – Pat Ellwood, Ipswich`)."""
    bare = text.rstrip("*_ \n")
    return bare.endswith(("?", "?”", '?"')) or "?" in bare[-_MAX_SIGNATURE:] and _SIGNED.search(bare) is not None


# A reader's letter signed under its question: "– Pat Ellwood, Ipswich", "— Lily, aged 9, Crewe", "- Mr T. Godber",
# "—Jake in Denver", "– Sandra and Phil Overy, Kettering": a dash, a name of capitalised words, then where from;
# the letter and its signature each in italics on lines of their own ("…now?*" / "*– Rusty in Rhyl*").
_SIGNED = re.compile(r"\?[”\"]?(?:\*\*|__|[*_])?[ \t\n]*(?:\*\*|__|[*_])?[ \t]*[–—-]{1,2}[ \t]*(?!(?:Yes|No|Never|Maybe|Sure|Exactly|Absolutely)\b)(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
                     r"[A-Z][\w.'’\-]*(?:[ \t]+(?:and|&|[A-Z][\w.'’\-]*)){0,4}"
                     r"(?:[ \t]+(?:in|from|of)[ \t]+[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*)?)?"
                     r"(?:,[ \t]*(?:[A-Z][\w.'’\-]*(?:[ \t]+(?:upon|on|le|[A-Z][\w.'’\-]*)){0,3}|aged?[ \t]+\d{1,3}|\d{1,3}|via[ \t]+\w+)){0,3}"
                     r"[ \t]*\Z")
_MAX_SIGNATURE = 90  # a name and a town or two: the question mark stands this near the end


# A Markdown list item: its indent and its text after the marker (`-`, `*`, `+`, `1.`, `1)`).
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+•]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


def _listed(text: str, base: int) -> Segments:
    """`- Is he a good guy?` then `  - He's a good guy with a key.`: questions as the list's items, each answered
    in the items nested under it. Every item must be answered, and one at least must ask."""
    if not _ITEM.match(text):
        return ()
    items = list(_ITEM.finditer(text))
    if len(items) < 2:
        return ()
    depths = [len(m.group("indent").expandtabs(4)) for m in items]
    top = min(depths)
    segments = []
    for i, m in enumerate(items):
        stop = items[i + 1].start() if i + 1 < len(items) else len(text)
        segments.append((base + m.end(), base + stop, "q" if depths[i] == top else "a"))
    answered = all(part == "a" for (_, _, q), (_, _, part) in zip(segments, segments[1:]) if q == "q")
    asks = any(part == "q" and ends_with_question(text[s - base:e - base].strip()) for s, e, part in segments)
    return tuple(segments) if answered and segments[-1][2] == "a" and asks else ()


# A Markdown table's row and its cells (`| How cold was it? | Freezing. |`); `\|` is a bar inside a cell.
_ROW = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$", re.M)
_CELL_BAR = re.compile(r"(?<!\\)\|")
_RULE_CELL = re.compile(r"[ \t]*:?-{3,}:?[ \t]*\Z")  # "|---|": under a header
_QA_HEADER = ({"question", "questions", "q"}, {"answer", "answers", "a"})
_MIN_ASKING_ROWS = 0.5  # without a Question | Answer header, half the first column must ask


def _tabled(text: str, base: int) -> Segments:
    """A two-column table of questions and their answers, one exchange per row, under a `Question | Answer`
    header or with the first column asking; the header row is nobody's turn."""
    if not text.startswith("|"):
        return ()
    rows = []
    for m in _ROW.finditer(text):
        bars = [m.start("cells") - 1, *(c.start() for c in _CELL_BAR.finditer(text, m.start("cells"), m.end("cells"))),
                m.end("cells")]
        rows.append([(bars[i] + 1, bars[i + 1]) for i in range(len(bars) - 1)])
    if len(rows) < 2 or len(rows) != text.strip().count("\n") + 1 or any(len(r) != 2 for r in rows):
        return ()  # not a table of two columns, every line a row
    words = [text[s:e].strip().lower() for s, e in rows[0]]
    ruled = all(_RULE_CELL.match(text, s, e) for s, e in rows[1])
    headed = words[0] in _QA_HEADER[0] and words[1] in _QA_HEADER[1]
    exchanges = rows[2:] if ruled else rows[1:] if headed else rows
    if ruled and not headed and ends_with_question(text[rows[0][0][0]:rows[0][0][1]].strip()):
        exchanges = [rows[0], *exchanges]  # a first exchange set as the header, for want of one
    asking = sum(ends_with_question(text[r[0][0]:r[0][1]]) for r in exchanges)
    if not exchanges or not (headed or asking >= _MIN_ASKING_ROWS * len(exchanges)):
        return ()
    return tuple((base + s, base + e, part) for r in exchanges for (s, e), part in zip(r, "qa"))


# `"Worse than Hector," Osei said.` / `"…," says Marguerite Osei.`: a quote, then who said it.
_REPORT_VERB = r"(?:said|says|added|adds|replied|replies|wrote|writes|told us)"
_NAMED = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?"
_REPORTED = re.compile(rf"[ \t]*[“\"][^”\"]+[”\"][ \t]*,?[ \t]*(?:{_NAMED}[ \t]+{_REPORT_VERB}|{_REPORT_VERB}[ \t]+{_NAMED})\b")


def reported(text: str) -> bool:
    """`"Worse than Hector," Osei said.`: an answer the journalist reports in someone's quoted words."""
    return _REPORTED.match(text) is not None
