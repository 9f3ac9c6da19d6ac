"""Patterns for many literals at once, built so that the regex engine skips ahead fast: a trie of shared prefixes
(`literal_trie`), words led by their rarest character (`any_literal`), a whether-any test (`holds_any`), and an
alternation's matches found by searching for each of its literal-led patterns alone (`finditer_each`).

Pure builders for the extractors' tables (channel names, cue words, speech verbs).
"""

from __future__ import annotations

import re
from typing import Iterator

from .scan import match_starts

__all__ = ["LinePattern", "any_literal", "finditer_each", "holds_any", "literal_trie"]


def literal_trie(words) -> str:
    """One pattern for many literals, shared prefixes factored out, so the engine tries a few letters, not each word."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return "(?:" + "|".join(alts) + ")?" if alts else ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return pattern(root)


# Characters from rarest to commonest in English prose (capitals, digits and marks are rarer than any letter).
_RARITY = "+.0123456789QZXJKVWYBPGFUCMLDHRSNIOATEqzxjkvbpygfwmucldrhsnioate "


def rarest_at(word: str) -> int:
    """Where `word`'s rarest character stands (one not in _RARITY is rarer still)."""
    return min(range(len(word)), key=lambda i: _RARITY.find(word[i]))


def any_literal(words) -> str:
    """A pattern that finds where any of `words` occurs (only whether and where, not which), led by each word's
    rarest character: the engine skips to those few characters, where a trie of common first letters is tried at
    most of them. Each word is checked around that character by a look-behind and a look-ahead."""
    by_anchor: dict[str, list[str]] = {}
    for word in words:
        at = rarest_at(word)
        around = ("(?<=" + re.escape(word[:at + 1]) + ")" if at else "") + \
            ("(?=" + re.escape(word[at + 1:]) + ")" if at + 1 < len(word) else "")
        by_anchor.setdefault(word[at], []).append(around)
    return "|".join(re.escape(ch) + "(?:" + "|".join(arounds) + ")" for ch, arounds in by_anchor.items())


def holds_any(words, anchors: tuple[str, ...], markers: tuple[str, ...] = ()):
    """A test of whether a text holds any of `words`: those with one of `anchors` in them by one pattern per anchor,
    led by it (the engine finds a literal fast), each word checked around it; the others by substring tests. For
    the cue words, whose first letters are the commonest, a third faster than one trie tried at each letter.
    `markers`: literals that `starts` finds the other words holding one by, one find for several (`evening`)."""
    led: dict[str, list[str]] = {a: [] for a in anchors}
    plain = []
    for word in words:
        anchor = next((a for a in anchors if a in word), None)
        if anchor is None:
            plain.append(word)
            continue
        at = word.index(anchor) + len(anchor)
        led[anchor].append(("(?<=" + re.escape(word[:at]) + ")" if at > len(anchor) else "") +
                           ("(?=" + re.escape(word[at:]) + ")" if at < len(word) else ""))
    patterns = [re.compile(re.escape(a) + "(?:" + "|".join(arounds) + ")") for a, arounds in led.items() if arounds]
    found_by = tuple(dict.fromkeys(next((m for m in markers if m in word), word) for word in plain))
    return _Holds(tuple(plain), tuple(patterns), found_by)


class _Holds:
    """Whether a text holds any of the words (call it), and where in a text they stand (`starts`)."""

    __slots__ = ("plain_words", "patterns", "found_by")

    def __init__(self, plain_words: tuple[str, ...], patterns: tuple[re.Pattern, ...],
                 found_by: tuple[str, ...] | None = None):
        self.plain_words, self.patterns = plain_words, patterns
        self.found_by = plain_words if found_by is None else found_by  # each plain word holds one of these

    def __call__(self, text: str) -> bool:  # loops, not any() over generators: this runs on many paragraphs
        for word in self.plain_words:
            if word in text:
                return True
        for rx in self.patterns:
            if rx.search(text):
                return True
        return False

    def starts(self, text: str) -> list[int]:
        """A place inside each of the words' every occurrence in `text` (its start, its anchor or its marker's start):
        a span of the text holds one of the words only if one of these is in it."""
        found = []
        for word in self.found_by:  # a find reads the whole text: one for the words that share a marker
            at = text.find(word)
            while at != -1:
                found.append(at)
                at = text.find(word, at + 1)
        for rx in self.patterns:
            found += match_starts(rx, text)
        return found


def finditer_each(patterns: tuple[re.Pattern, ...], text: str) -> Iterator[re.Match]:
    """What finditer finds for the alternation of `patterns` (tried in this order at each place), for patterns that
    each open on one literal and never match empty. Each is searched for alone: the engine skips to a literal at
    memory-search speed, where it tests an alternation's class of first characters at every character of a body
    (five times slower). A match found behind the last one taken is searched for again from its end."""
    pos = 0
    found = [rx.search(text) for rx in patterns]
    while True:
        best = None
        for i, m in enumerate(found):
            if m is not None and m.start() < pos:
                m = found[i] = patterns[i].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


class LinePattern:
    """A pattern for one line, `rest` read from the line's start (it never reads past a line break), matched at the
    start of each line as `^` with re.M matches it (`whole`): the first line by `whole`, the others by `rest` led by
    the break before them, which the engine skips to (led by `^`, it is tried at every character of the text)."""

    __slots__ = ("whole", "later")

    def __init__(self, rest: str, flags: int = 0):
        self.whole = re.compile("^" + rest, flags | re.M)
        self.later = re.compile("\n" + rest, flags | re.M)

    def matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """Where each line `whole` matches starts, and the match (after the first line, it opens on the break)."""
        first = self.whole.match(text)
        if first:
            yield 0, first
        for m in self.later.finditer(text):
            yield m.start() + 1, m
