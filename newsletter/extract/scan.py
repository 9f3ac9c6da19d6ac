"""Plain finds and short walks that stand in for whole-body pattern scans in the subject index (subject.py).

Each says which pattern or count it stands for; tests/extract/test_fast_scans.py holds each equal to it.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

_FIRST_NAME_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_BOUNDARY = re.compile(r"\b")


def first_names_before(surname: str, body: str) -> list[str]:
    r"""re.findall(r"\b([A-Z][a-z’'\-]+) " + re.escape(surname) + r"\b", body), read back from each place the
    surname stands rather than tried at every capital letter of the body."""
    forms, end, target = [], 0, " " + surname
    at = body.find(target)
    while at != -1:
        tail = at
        while tail > 0 and body[tail - 1] in _FIRST_NAME_TAIL:
            tail -= 1
        first, after = tail - 1, at + len(target)  # the capital, and the end of the surname
        if end <= first < tail < at and "A" <= body[first] <= "Z" and _BOUNDARY.match(body, first) \
                and _BOUNDARY.match(body, after):
            forms.append(body[first:at])
            end = after
        at = body.find(target, at + 1)
    return forms


def word_before(text: str, at: int) -> int | None:
    """Where the run of word characters that white space separates from `at` starts, if there is one."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start if start < end < at else None


def words_back(body: str, at: int, n: int) -> int:
    """Where the n-th run of non-space characters before `at` starts."""
    for _ in range(n):
        while at > 0 and body[at - 1].isspace():
            at -= 1
        while at > 0 and not body[at - 1].isspace():
            at -= 1
    return at


class CountedWhenAsked:
    """A count per word, made when the word is first asked for: the index is asked about a handful of names, and
    counting for every word of the body (all its words, all its speech verbs) cost a fifth of understanding."""

    def __init__(self, body: str, count: Callable[[str, str], int]):
        self.body, self.count = body, count
        self.counts: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        if word not in self.counts:
            self.counts[word] = self.count(self.body, word)
        return self.counts[word]


def space_before(body: str, at: int) -> int:
    """Where the white space that ends at `at` starts."""
    while at > 0 and body[at - 1].isspace():
        at -= 1
    return at


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Every place in `text` where one of `literals` starts, in order (overlapping ones too)."""
    starts = []
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            starts.append(at)
            at = text.find(literal, at + 1)
    return sorted(starts)


def findall_led(rx: re.Pattern, text: str, leads: Iterable[str]) -> list:
    """rx.findall(text) for a pattern every match of which starts with one of the literals `leads` and is never
    empty, tried only where those start: a scan of the whole body tries the pattern at every letter it may open on."""
    found, pos = [], 0
    for at in literal_starts(text, leads):
        if at < pos:
            continue
        m = rx.match(text, at)
        if m:
            found.append(m.group(rx.groups and 1) if rx.groups <= 1 else m.groups())
            pos = m.end()
    return found
