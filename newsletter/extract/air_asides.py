"""The tense of an airing's own clause (pure): a sentence may tell in the past of something beside the airing (what it
makes up for, a relative clause), while the airing itself is said in the present and is still to come; the time
of a weekly slot an airing then moves on to, which is not the airing's own; and a date that only ends a slot's run."""

from __future__ import annotations

import re

from .when import Day

# Said in the present, an airing is ahead: `Sunday's episode airs at 9` (not the nearest Sunday, which may be past:
# `Sunday's episode was a shock`).
AIRS_NOW = re.compile(r"\b(?:airs|premieres|debuts|returns|starts|begins|broadcasts|screens|goes\s+out|"
                      r"is\s+on\s+at)\b", re.I)
# A clause that tells of something else beside the airing: what it makes up for or follows (`airs two episodes on
# Sunday to make up for the pre-emption last week`), or a relative clause (`, which screened in Australia last month,`).
_ASIDE = re.compile(r"\s+(?:to\s+make\s+up\s+for|after|following|because\s+of|in\s+place\s+of)\s[^;]*|"
                    r",\s+which\s[^,]*(?:,|$)", re.I)


def main_clause(clean: str) -> str:
    """`clean` without its asides, where what is left says in the present that it airs: their past tense is not
    the airing's (`…, which screened in Australia last month, airs here on Thursday`); else `clean` as it is."""
    main = _ASIDE.sub(" ", clean)
    return main if main != clean and AIRS_NOW.search(main) else clean


# `premieres Sunday, September 27 after the game and then settles into Mondays at 10 p.m.`: a dated airing, then the
# weekly slot it moves on to.
_THEN_WEEKLY = re.compile(r"\b(?:then|thereafter|after\s+that)\b[^.;]{0,40}?\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b",
                          re.I)


def later_slots_clock(clean: str, clock, days) -> bool:
    """Whether `clock` is the time of the weekly slot a dated airing then moves on to (`premieres Sunday, September 27
    and then settles into Mondays at 10 p.m.`), not the dated airing's own."""
    then = _THEN_WEEKLY.search(clean) if clock else None
    return bool(then and then.end() <= clock.start and any(d.kind == "date" and d.end <= then.start() for d in days))


# `continues on Saturdays at 8.30pm until its finale on December 19`: a date that only ends a weekly slot's run.
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:(?:its|the)\s+(?:[\w-]+\s+)?(?:finale|final)\s+)?(?:on\s+)?$",
                    re.I)


def ends_the_run(clean: str, first: Day) -> bool:
    """Whether the date `first` (a weekly slot's sentence names) only says when the slot's run ends."""
    return _UNTIL.search(clean, max(0, first.start - 40), first.start) is not None


# `was moved from its Sunday 9pm slot in 2019`, `were dropped from their slot last year`, `In 2019 it moved to Mondays
# at 9pm`: a slot the show was moved out of or into, with a year or season gone by saying when.
_MOVED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+(?:moved|dropped|pulled|bumped|shifted|taken)|moved|shifted|"
                    r"switched)\s+(?:out\s+)?(?:from|to)\b", re.I)
_GONE_BY = re.compile(r"\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|season))\b", re.I)


def moved_out(clean: str) -> bool:
    """The sentence tells only of a slot the show moved in a year gone by (history, no airing); not when a clause
    says in the present that it airs (`was pulled from the schedule in 2020 and returns on Sunday`)."""
    return _MOVED.search(clean) is not None and _GONE_BY.search(clean) is not None and AIRS_NOW.search(clean) is None
