"""How a sentence writes its clock (pure, for air_reading.py and airdates.py): as Britain does or as US listings do,
a bare hour said of a morning, and the zone a guide's note gives every time on its page."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from ..model import WEEKDAYS, AirDate, OneOff, Slot, When
from .literals import literal_trie
from .places import CANADA_ZONES, US_ZONES, ZONES
from .when import Clock, Day, find_clock

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


# A guide's note on the zone of every time it prints: `All times ACDT (Adelaide)`, `All times are Queensland time`.
# (compiled the first time a page says `ll times`: few do)
_ZONE_NAMED = {name: zone for zone, names in ZONES.items() for name in names.split("|")}


@cache
def _guide_note() -> re.Pattern:
    return re.compile(r"\b[Aa]ll\s+times\s+(?:(?:are|shown|listed|given)\s+)*(?:local\s+)?\(?("
                      + literal_trie(_ZONE_NAMED) + r")\b")


_NOTE_LEADS = re.compile(r"[\s*_(<>a-z/\"=]*$")  # markup before a note that opens its paragraph (`*All times…`)
# Countries whose channels' listings are in one city's clock while the country keeps several (a national channel's
# table zone is its biggest market's): a note in another of its zones moves them to that. Elsewhere a zone is a country.
_ONE_COUNTRY = (US_ZONES, CANADA_ZONES)


def _country(zone: str) -> str | frozenset:
    return "Australia" if zone.startswith("Australia/") else next((c for c in _ONE_COUNTRY if zone in c), zone)


def by_the_guide(found: list[AirDate], body: str) -> list[AirDate]:
    """The airings of a page whose note gives the zone of all its times (`All times ACDT (Adelaide)`): a clock no
    zone is written beside, in another zone of the note's country, is in the note's zone; the note itself
    (`All times AEDT; Perth viewers see it at 7pm local time`) is no airing."""
    note = _guide_note().search(body) if found and "ll times" in body else None
    if note is None:
        return found
    zone = _ZONE_NAMED[note.group(1)]
    out = []
    for air in found:
        if air.sentence_start is not None and air.sentence_start <= note.start() < air.sentence_end and \
                _NOTE_LEADS.match(body, air.sentence_start, note.start()):
            continue
        if air.tz and air.tz != zone and _country(air.tz) == _country(zone) and not (
                (clock := find_clock(air.sentence)) and clock.zone):
            air = replace(air, when=replace(air.when, tz=zone))
        out.append(air)
    return out


def day_after(when: When) -> When:
    """A broadcast `at midnight` on a day (`Sunday at midnight`, `at midnight on Friday`) is the midnight that ends
    that day's evening, as listings mean it: 00:00 of the day after. (A streaming release `at midnight` is the one
    that opens its day, as services put episodes up.)"""
    if isinstance(when, OneOff) and when.day:
        return replace(when, day=when.day + timedelta(days=1))
    if isinstance(when, Slot) and (when.weekday or when.days):
        after = [WEEKDAYS[(WEEKDAYS.index(d) + 1) % 7] for d in ((when.weekday,) if when.weekday else when.days)]
        return replace(when, weekday=after[0]) if when.weekday else \
            replace(when, days=tuple(sorted(after, key=WEEKDAYS.index)))
    return when


# A region of a country that keeps its own clock, opening a sentence (`In WA it screens at 7pm local time`, `In
# British Columbia, it airs at 9`): the time is that region's, where the channel is that country's.
REGIONS = {"WA": "Australia/Perth", "Western Australia": "Australia/Perth", "SA": "Australia/Adelaide",
            "South Australia": "Australia/Adelaide", "NT": "Australia/Darwin", "Northern Territory": "Australia/Darwin",
            "Queensland": "Australia/Brisbane", "QLD": "Australia/Brisbane", "Qld": "Australia/Brisbane",
            "Tasmania": "Australia/Hobart", "BC": "America/Vancouver", "B.C.": "America/Vancouver",
            "British Columbia": "America/Vancouver", "Alberta": "America/Edmonton", "Manitoba": "America/Winnipeg",
            "Saskatchewan": "America/Regina", "Nova Scotia": "America/Halifax", "Newfoundland": "America/St_Johns"}
_IN_REGION = re.compile(r"\W{0,4}In\s+(?:the\s+)?(" + literal_trie(REGIONS) + r")(?![\w.])")


def in_a_region(clean: str, zone: str | None) -> str | None:
    """The zone of the region of `zone`'s country the sentence opens on (`In WA it screens at 7pm local time` of a
    Sydney channel: Perth's), if any."""
    m = _IN_REGION.match(clean) if zone and "In " in clean[:8] else None
    there = m and REGIONS[m.group(1)]
    return there if there and _country(there) == _country(zone) else None
