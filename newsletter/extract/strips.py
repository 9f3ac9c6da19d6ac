"""Daily and weekly strips as articles write them (`weekdays at 5pm`, `Monday through Friday`, `every day at 07.10`,
`five nights a week`), and the weekdays each is on.

Pure readers for airdates.py and air_evidence.py.
"""

from __future__ import annotations

import re

from ..model import WEEKDAYS, Slot
from .when import Clock

# A daily or weeknight slot. The strong forms say so alone; `every day`, `daily` and `late-night` say it only beside
# a clock time (`every day at 07.10`), since prose uses them for anything (`every day we learn`, `Daily News`).
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
STRIP = re.compile(r"\b(?:[Ww]eek(?:(?:day|night)s|day\s+(?:afternoons|mornings|evenings|nights)|(?:day|night)\s+(?:strip|slot)s?)|"
                   r"(?:five|six|seven|four)\s+(?:nights|days|evenings)\s+a\s+week|(?:[Ee]very|[Ee]ach)\s+weeknight|"
                   # Spanish (`de lunes a viernes a las 22 h`, a listing's `Lunes a jueves, 22.45hs`)
                   r"(?:de\s+lunes|Lunes)\s+a\s+(?:jueves|viernes|s[áa]bado|domingo)|"
                   # a range of days (`Tuesday to Friday`, `Sun–Thu`), or a list of nights (`Saturdays and Sundays`,
                   # `every Saturday and Sunday`, `Wednesday and Thursday nights`, `Mondays, Wednesdays and Fridays`)
                   rf"(?P<range>{_WEEKDAY}s?\s*(?:[-–]?(?:through|thru|to)[-–]?|-|–)\s*{_WEEKDAY}s?|{_SHORT}\s*[-–]\s*{_SHORT}(?!\w)|"
                   rf"{_WEEKDAY}s(?:,\s*{_WEEKDAY}s)*,?\s+(?:and|&)\s+{_WEEKDAY}s|"
                   rf"(?:[Ee]very|[Ee]ach)\s+{_WEEKDAY}(?:,\s*{_WEEKDAY})*,?\s+(?:and|&)\s+{_WEEKDAY}|"
                   rf"{_WEEKDAY}(?:,\s*{_WEEKDAY})*,?\s+(?:and|&)\s+{_WEEKDAY}\s+(?:nights|evenings))|"
                   r"(?P<weak>[Ee]very\s+(?:day|night|morning|evening|weekday|"
                   r"weekend)|weekends|[Ee]ach\s+(?:day|night|weekday)|daily|nightly|"
                   r"late[- ]night))\b")
# `moves from Tuesday to Wednesday`: the day a show leaves and the day it goes to, not a run of days.
_MOVED_FROM = re.compile(r"\b(?:mov|shift|switch)\w*\s+(?:\w+\s+){0,3}?from\s+$", re.I)
# `a Wednesday-Thursday drama`: two weekly nights naming a drama (when.py reads them), not a run of days (but `an
# earlier Mon–Sat slot` is one: a run of more than two days names no drama).
_NIGHTS_NAME = re.compile(r"\s+(?:drama|series|show|sitcom|variety\s+show|slot|time\s*slot|programme|program)s?\b")


_PAIR = 2  # the nights of a Korean drama's name (`a Monday-Tuesday drama`)

# `airs Wednesday and Thursday at 20.30`: a weekly night, then `and` another right after it (not `Thursday and
# Friday's episodes`).
_AND_NIGHT = re.compile(r",?\s+(?:and|&)\s+(" + _WEEKDAY + r")\b(?!['’])")


def weekly_nights(text: str, first: int, end: int) -> Slot:
    """The weekly slot of the night at `text[:end]` (weekday number `first`): on that night alone, or, where `and`
    another night follows it (`airs Wednesday and Thursday at 20.30`), a strip on both, with no one weekday (as
    `Mondays and Tuesdays` is, and the annotated sets' convention of stop 34 reads any pair of weekly nights)."""
    pair = _AND_NIGHT.match(text, end)
    if pair is None:
        return Slot(WEEKDAYS[first])
    days = {first, WEEKDAYS.index(pair.group(1))}
    return Slot(days=tuple(WEEKDAYS[i] for i in sorted(days))) if len(days) == _PAIR else Slot(WEEKDAYS[first])


def find_strip(text: str, clock: Clock | None = None) -> re.Match | None:
    """A daily or weeknight slot: `weekdays`, `Monday through Friday`; `every day`, `late-night` beside a clock."""
    for m in STRIP.finditer(text):
        if m.group("range") and (_MOVED_FROM.search(text, max(0, m.start() - 40), m.start())
                                 or _NIGHTS_NAME.match(text, m.end()) and len(strip_days(m)) <= _PAIR):
            continue
        if not m.group("weak") or clock or _RUNS.search(text, max(0, m.start() - _RUNS_REACH), m.start()):
            return m
    return None


# `Episodes continue nightly until Thursday`, `it airs daily`: a weak strip right after a verb of airing is one too.
_RUNS = re.compile(r"\b(?:continues?|airs?|runs?|screens?|goes\s+out|(?:is|are)\s+on)\s+$", re.I)
_RUNS_REACH = 16  # characters before the strip: the verb


_STRIP_SPAN = re.compile(r"(?:every\s+|each\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z.]*\s*"
                         r"(?:-?(?:through|thru|to)-?|-|–|(?P<pair>and|&|,))\s*(mon|tue|wed|thu|fri|sat|sun)")
_WEEKDAY_KEYS = [w[:3].lower() for w in WEEKDAYS]
_DAY_KEY = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*day")


def strip_days(strip: re.Match) -> frozenset[int]:
    """The weekdays (0 = Monday) a strip is on: `Monday to Saturday` those, `Saturdays and Sundays` those two,
    `weeknights` Monday to Friday, `every day` and `nightly` all seven."""
    text = strip.group(0).lower()
    span = _STRIP_SPAN.match(text)
    if span and not span.group("pair"):
        first, last = _WEEKDAY_KEYS.index(span.group(1)), _WEEKDAY_KEYS.index(span.group(3))
        return frozenset((first + i) % 7 for i in range((last - first) % 7 + 1))
    if span:  # a list: each day it names
        return frozenset(_WEEKDAY_KEYS.index(d) for d in _DAY_KEY.findall(text))
    if "weekend" in text:
        return frozenset({5, 6})
    if text.startswith(("de lunes", "lunes")):  # `de lunes a viernes`: Monday to the day it names
        return frozenset(range({"j": 4, "v": 5, "s": 6, "d": 7}[text.split()[-1][0]]))
    if text.startswith(("four", "five", "six")):  # `five nights a week`: Monday to Friday (six: to Saturday)
        return frozenset(range({"fou": 4, "fiv": 5, "six": 6}[text[:3]]))
    return frozenset(range(5)) if "week" in text else frozenset(range(7))
