"""Plain finds and short walks that stand in for whole-body pattern scans in the subject index (subject.py).

Each says which pattern or count it stands for; tests/extract/test_fast_scans.py holds each equal to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as _c, _parser
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


def stands_after(text: str, word: str, marks: str | tuple[str, ...]) -> bool:
    """any(mark + word in text for mark in marks) for single-character marks: read at the places `word` stands, one
    find each, rather than one search of the text per mark."""
    at = text.find(word)
    while at != -1:
        if at and text[at - 1] in marks:
            return True
        at = text.find(word, at + 1)
    return False


def space_before(body: str, at: int) -> int:
    """Where the white space that ends at `at` starts."""
    while at > 0 and body[at - 1].isspace():
        at -= 1
    return at


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every place in `text` where one of `literals` starts, in order (overlapping ones too). For a long list most
    texts hold none of: one search led by the literals' rare letters says so, where a find per literal reads the
    text once for each."""
    return _starts(text, literals) if _any_of(literals).search(text) else []


def _starts(text: str, literals: Iterable[str]) -> list[int]:
    starts = []
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            starts.append(at)
            at = text.find(literal, at + 1)
    return sorted(starts)


@lru_cache(maxsize=8)
def _any_of(literals: tuple[str, ...]) -> re.Pattern:
    from .when import any_literal  # when.py reads its own patterns with this module's help
    return re.compile(any_literal(literals))


def findall_led(rx: re.Pattern, text: str, leads: Iterable[str]) -> list:
    """rx.findall(text) for a pattern every match of which starts with one of the literals `leads` and is never
    empty, tried only where those start: a scan of the whole body tries the pattern at every letter it may open on."""
    found, pos = [], 0
    for at in _starts(text, leads):  # a few short words: a find each
        if at < pos:
            continue
        m = rx.match(text, at)
        if m:
            found.append(m.group(rx.groups and 1) if rx.groups <= 1 else m.groups())
            pos = m.end()
    return found


def led_by_first(source: str, flags: int = 0) -> re.Pattern:
    """The pattern `source`, opened by a look-ahead at the characters a match of it can start with.

    An alternation whose branches start with different letters, or a pattern opening with `\\b`, is tried by the
    engine at every character; a leading class lets it skip to where a match can start (times 2 to 4 faster on
    prose). The class is read off the parsed pattern, so it stays right as the pattern changes; a pattern it cannot
    read (one that may match empty, or opens on `.` or a negated class) is compiled as it is."""
    try:
        firsts, nullable = _firsts(_parser.parse(source, flags).data, flags)
    except (re.error, TypeError, ValueError):
        firsts, nullable = None, True
    if firsts is None or nullable:
        return re.compile(source, flags)
    return re.compile("(?=[" + "".join(sorted(firsts)) + "])(?:" + source + ")", flags)


_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w",
            _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S"}


def _firsts(items, flags: int) -> tuple[set[str] | None, bool]:
    """The class members a match of the parsed sequence `items` can start with (None: unknown), and whether it
    can match empty."""
    found: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # takes no character: the next item's come first
        if op is _c.LITERAL:
            return found | {re.escape(chr(av))}, False
        if op is _c.IN:
            members = [_member(iop, iav) for iop, iav in av]
            return (None, False) if None in members else (found | set(members), False)
        if op is _c.BRANCH:
            branches = [_firsts(branch, flags) for branch in av[1]]
            if any(f is None for f, _ in branches):
                return None, False
            found |= set().union(*(f for f, _ in branches))
            if not any(n for _, n in branches):
                return found, False
        elif op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None, False  # `(?i:…)` inside: its letters match in either case
            inner, nullable = _firsts(av[3], flags)
            if inner is None:
                return None, False
            found |= inner
            if not nullable:
                return found, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inner, nullable = _firsts(av[2], flags)
            if inner is None:
                return None, False
            found |= inner
            if av[0] > 0 and not nullable:
                return found, False
        else:
            return None, False
    return found, True


def _member(op, av) -> str | None:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    return _CLASSES.get(av) if op is _c.CATEGORY else None
