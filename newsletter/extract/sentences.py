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


def sentences(text: str, base: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, offset by `base`.

    Spans come from syntok's token offsets, so ``text[s - base:e - base]`` is
    the sentence exactly as written (never re-joined from tokens).
    """
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
