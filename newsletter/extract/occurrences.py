"""Where a word or a name stands in a text, found once and shared by every test that reads it there.

The subject's evidence asks each candidate's full name and surname many questions (its mentions, its speech verbs,
whether it heads a title, a credit or an institution, what stands before it); each walked the whole body with its
own finds, the longest part of a candidate's cost. Each now reads the places found once.
"""

from __future__ import annotations

from functools import lru_cache

# (text, word) pairs remembered: an article's few dozen candidate names and surnames, and the title's words; the
# body is the same object for all of them, so a pair is hashed and compared without reading the body again.
_REMEMBERED = 256


def every_start(text: str, word: str) -> list[int]:
    """Every place `word` starts in `text`, overlapping ones too, in order: the places a loop of
    text.find(word, at + 1) visits."""
    found = []
    at = text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


@lru_cache(maxsize=_REMEMBERED)
def occurrences(text: str, word: str) -> tuple[int, ...]:
    """every_start(text, word), remembered for the few names an article's tests ask of the same body."""
    return tuple(every_start(text, word))


def apart(text: str, word: str) -> list[int]:
    """The places text.count(word) counts (none overlapping, from the left): what a loop of
    text.find(word, at + len(word)) visits."""
    kept, free = [], 0
    for at in occurrences(text, word):
        if at >= free:
            kept.append(at)
            free = at + len(word)
    return kept
