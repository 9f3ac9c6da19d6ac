"""Sentence and paragraph spans with exact offsets (syntok does the hard part)."""

from __future__ import annotations

import re
from typing import Iterator

from syntok.segmenter import analyze

_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str, base: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trimmed of surrounding white space."""
    pos = 0
    for m in [*_PARA_BREAK.finditer(text), None]:
        stop = m.start() if m else len(text)
        start, end = _trim(text, pos, stop)
        if start < end:
            yield base + start, base + end
        if m:
            pos = m.end()


# Anything that makes a full stop ambiguous: abbreviations, initials, numbers, ellipses, quotes
# and brackets after a stop. Text without any of these has only one reading, so it skips syntok
# (which costs ~2.5 µs a character and would dominate a weekly build).
_AMBIGUOUS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Mt|Ft|No|vs|etc|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|approx|est)\."
    r"|\b\w\.|\d\.|\.\.|…|[.!?][^\s]|[\[(\])\n]")
_STOP = re.compile(r"[.!?;](?=\s+(?![a-z]))")  # as syntok: no break before a lower-case word; ";" breaks too


def sentences(text: str, base: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, offset by `base`.

    Spans come from syntok's token offsets, so ``text[s - base:e - base]`` is
    the sentence exactly as written (never re-joined from tokens).
    """
    if not _AMBIGUOUS.search(text):
        yield from _plain_sentences(text, base)
        return
    for para in analyze(text):
        for sent in para:
            if not sent:
                continue
            start = sent[0].offset
            last = sent[-1]
            end = last.offset + len(last.value)
            start, end = _trim(text, start, end)
            if start < end:
                yield base + start, base + end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _plain_sentences(text: str, base: int) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _STOP.finditer(text):
        start, end = _trim(text, pos, m.end())
        if start < end:
            yield base + start, base + end
        pos = m.end()
    start, end = _trim(text, pos, len(text))
    if start < end:
        yield base + start, base + end
