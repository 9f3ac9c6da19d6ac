"""A schedule's listing line (`*Late Shift*: weeknights, 12:37 a.m.`): a title, a dash or colon, and at once when it
is on (for airdates.py; pure)."""

from __future__ import annotations

import re

from .air_evidence import an_event
from .when import Clock, Day

# `Night Desk (season 3) — weeknights at 11:35 p.m. ET`: a schedule's line, a title and then when it is on.
_LISTING_HEAD = re.compile(r"(?:[-–—•·]\s*)?(?P<head>[\"'‘“]?[A-Z0-9][^—–:;.!?]{0,80}?)\s*"
                           r"(?:—|–|:|\s-\s)\s*")
_ASIDE = re.compile(r"\([^()]{0,40}\)")
_TITLE_WORD = re.compile(r"[A-Z0-9&'’\"(]|(?:a|an|the|of|and|with|in|on|to|for|at|de|la|le|von|van)$")
_SET_OFF = re.compile(r"\s*(?:[-–—•·]\s*)?(?:[*_\"“‘']|<(?:i|em|b|strong)>)", re.I)
_TITLE_MAX_WORDS = 9  # longer than any show's title: a sentence, not a listing
_LISTING_TAIL_WORDS = 4  # `, continuing`, `ET/PT (new night)`: what a listing adds after its time


def listing_line(sentence: str, clean: str, clock: Clock | None, days: list[Day], strip) -> bool:
    """`*Late Shift*: weeknights, 12:37 a.m.`, `Coastline (series 2) — Sundays at 9pm`: a title, a dash or colon, and
    at once a weekly or daily slot or a date with its time, and little after, as schedules list them (the channel
    is the article's). The title is set off (italics, bold, quotes), or has two title words or an aside, so that a
    label (`Note: weekdays at 5pm the office closes`) is none."""
    m = _LISTING_HEAD.match(clean) if clock and not an_event(clean) else None
    if not m:
        return False
    head = m.group("head")
    words = _ASIDE.sub("", head).split()
    if not words or len(words) > _TITLE_MAX_WORDS or not all(_TITLE_WORD.match(w) for w in words):
        return False
    if not (_SET_OFF.match(sentence) or len(words) > 1 or _ASIDE.search(head)):
        return False
    slots = [d for d in days if d.kind == "date" or d.plural or d.qualifier in ("every", "each")]
    starts = [d.start for d in slots] + ([strip.start()] if strip else [])
    last = max([clock.end] + [d.end for d in slots])
    return m.end() in starts and len(clean[last:].split()) <= _LISTING_TAIL_WORDS
