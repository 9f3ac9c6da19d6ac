"""How a sentence writes its clock (pure, for air_reading.py and airdates.py): as Britain does or as US listings do,
and a bare hour said of a morning."""

from __future__ import annotations

import re
from dataclasses import replace

from .when import Clock, Day

_BRITISH_WORD = re.compile(r"\b(?:favourites?|programmes?|colour|neighbours?|honour|fortnight|whilst|telly|"
                           r"series\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))\b", re.I)
_DOTTED_CLOCK = re.compile(r"(?<![\d.])\d{1,2}\.\d\d\s?[ap]m\b", re.I)


def british_style(text: str, days: list[Day]) -> bool:
    """Whether `text` writes its clock or dates as Britain does (`6.30pm`, `Wednesday 7 January`), not as US listings
    (`6:30 p.m.`, `Jan. 7`), or spells as Britain does (`favourite`, `programme`, `series two`): the zone of a clock
    nothing else places."""
    return bool(_DOTTED_CLOCK.search(text) or _BRITISH_WORD.search(text)) or any(
        d.kind == "date" and text[d.start:d.start + 1].isdigit() and "/" not in text[d.start:d.end] for d in days)


# `Saturday mornings at 10`, `at 6 in the morning`, `weekday mornings at 9`: the part of the day a bare hour is in.
_MORNING = re.compile(r"\bmornings?\b|\bbreakfast\b", re.I)
_MORNING_REACH = 16  # characters either side of the clock: `Saturday mornings at 10`, `at 6 in the morning`


def in_the_morning(clean: str, clock: Clock | None) -> Clock | None:
    """A bare hour (`at 10`, evening by convention) said of a morning is before noon."""
    if clock is None or not clock.bare or clock.hhmm < "13" or not _MORNING.search(
            clean, max(0, clock.start - _MORNING_REACH), clock.end + _MORNING_REACH):
        return clock
    return replace(clock, hhmm=f"{int(clock.hhmm[:2]) - 12:02d}{clock.hhmm[2:]}")
