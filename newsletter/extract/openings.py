"""Anchored patterns tried by the character a text opens with.

A paragraph asked "is it any of these?" against a dozen patterns anchored at its start is mostly answered by its
first character: each pattern can open on a few characters only, and a combined alternation still has the engine
try every alternative. Here each opening character has its own alternation of the patterns that can open on it.
"""

from __future__ import annotations

import re
from re import _parser

from .scan import either_case, opening_members


def opening_characters(rx: re.Pattern) -> frozenset[str] | None:
    """The characters a match of `rx` at a text's start can open with (every case re.I matches, too); None when they
    cannot be read off the pattern (a negated class, a category, a range, or a pattern that may match empty)."""
    try:
        members, nullable = opening_members(_parser.parse(rx.pattern, rx.flags).data, rx.flags)
    except (re.error, TypeError, ValueError):
        return None
    if members is None or nullable:
        return None
    if rx.flags & re.IGNORECASE:
        members = either_case(members)
        if members is None:
            return None
    chars = set()
    for member in members:
        char = member[-1]
        if re.escape(char) != member:
            return None  # a range or a category
        chars.add(char)
    return frozenset(chars)


class ByOpening:
    """Whether any of `patterns` matches at the start of a text, asking only those that can open on its first
    character (and every pattern whose openings cannot be read, always)."""

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        unread = [rx for rx in patterns if opening_characters(rx) is None]
        by_char: dict[str, list[re.Pattern]] = {}
        for rx in patterns:
            for char in opening_characters(rx) or ():
                by_char.setdefault(char, []).append(rx)
        self._led = {char: either(*rxs, *unread) for char, rxs in by_char.items()}
        self._unread = either(*unread) if unread else None

    def match(self, text: str) -> bool:
        """Whether one of the patterns matches at the start of `text`."""
        rx = self._led.get(text[:1], self._unread)
        return rx is not None and rx.match(text) is not None


def either(*patterns: re.Pattern) -> re.Pattern:
    """One pattern matching where any of `patterns` matches, each keeping its own flags: a text is tried with one call
    instead of one per pattern."""
    return re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
                               for p in patterns))
