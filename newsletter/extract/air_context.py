"""The airing before, as a later sentence that lacks part of its own refers to it, for airdates.py: `at the same time`
or a bare `same time` (its clock and zone), and `simultaneously on CTV` (the same moment on another channel, on that
channel's clock).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from ..model import AirDate, OneOff, Streaming
from .air_evidence import an_event
from .air_sequence import plain_text
from .channels import find_channels
from .when import find_clock, find_days

_SAME_TIME = re.compile(r"\b(?:at|in)\s+the\s+same\s+(?:time|hour|slot|timeslot|time\s*slot)\b|"
                        r",\s+same\s+(?:time|hour|slot)(?=\s*(?:[.,;!)]|$))", re.I)  # (`airs May 7, same time.`)


def same_time(air: AirDate, sentence: str, before: AirDate | None) -> AirDate:
    """`It then airs weeknights at the same time`, `The final airs May 7, same time.`: the clock and zone of the
    airing before; `…at 8 p.m. Central on Sunday. New episodes follow Sundays at 8 p.m.`: its zone for the same hour
    here, with no zone or channel named."""
    if before is None or before.local_time is None:
        return air
    if air.local_time == before.local_time and air.tz != before.tz and (written := find_clock(before.sentence)) \
            and written.zone == before.tz and not (find_clock(sentence) or written).zone and not find_channels(sentence):
        return replace(air, when=replace(air.when, tz=before.tz))
    if air.local_time or not _SAME_TIME.search(sentence):
        return air
    return replace(air, when=replace(air.when, time=before.local_time, tz=before.tz))


SIMULTANEOUS_CUE = "imul"  # in `simultaneously`, `simulcast`: a literal test before the pattern, on few texts true
_SIMULTANEOUS = re.compile(r"\b(?:simultaneous(?:ly)?|simulcast(?:s|ing)?|at\s+the\s+same\s+(?:time|moment))\b", re.I)
# Where a sentence airing the show before simultaneously may stand after it: the next sentence or paragraph.
_SIMULTANEOUS_REACH = 300


def simultaneous(sentence: str, at: int, before: AirDate | None) -> AirDate | None:
    """`Canadians get *X* simultaneously on CTV.` after `*X* premieres at 9/8c on Cresset.`: the airing before, at
    the same moment, on the one channel the sentence names (its clock, where that keeps another); None for a sentence
    with a day or clock of its own, none or two channels, or nothing dated and timed before it."""
    if SIMULTANEOUS_CUE not in sentence or before is None or before.day is None or before.local_time is None \
            or before.tz is None or at - (before.sentence_end or 0) > _SIMULTANEOUS_REACH:
        return None
    clean = plain_text(sentence)
    channels = find_channels(clean)
    if len(channels) != 1 or channels[0].name == before.network or not _SIMULTANEOUS.search(clean) \
            or find_clock(clean) or find_days(clean) or an_event(clean):
        return None
    zone = channels[0].zone or before.tz
    hour, minute = map(int, before.local_time.split(":"))
    there = datetime(before.day.year, before.day.month, before.day.day, hour, minute,
                     tzinfo=ZoneInfo(before.tz)).astimezone(ZoneInfo(zone))
    return replace(before, network=channels[0].name, sentence=sentence,
                   when=replace(before.when, day=there.date(), time=there.strftime("%H:%M"), tz=zone))


# A post's or a comment's own stamp standing alone on its line (`October 4, 2011 at 9:40 pm`, `12 March 2019, 08:15`,
# `03/11/2015 14:02`): when it was written, no day a later `the same night` counts from.
_STAMP = re.compile(r"\W*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
                    r"\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
                    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?\W*")


_STAMP_LENGTH = 80  # characters, at most, of a stamp with its markup (`<span class="date">…</span>`)


def a_stamp(sentence: str) -> bool:
    """Whether `sentence` is only a date with its year (and a clock): a post's or a comment's stamp."""
    return len(sentence) <= _STAMP_LENGTH and _STAMP.fullmatch(plain_text(sentence)) is not None


SAME_DAY_CUE = "same day"
_SAME_DAY = re.compile(r"\b(?:on\s+)?the\s+same\s+day\b", re.I)
# What says the show comes out somewhere else: `It comes to the UK`, `arrives in Canada`, `lands on Stan`.
_COMES_TO = re.compile(r"\b(?:comes?|coming|arrives?|arriving|lands?|landing|drops?|launch(?:es)?|debuts?|premieres?|"
                       r"is\s+out|goes\s+live)\b", re.I)


def same_day(sentence: str, at: int, before: AirDate | None) -> AirDate | None:
    """`All ten episodes are streaming on Netflix from Friday, March 11. It comes to the UK on the same day.`: the
    airing before's day (and kind and channel, unless the sentence names its own), elsewhere, with no clock (the hour
    there is not said); None for a sentence with a day or clock of its own, or nothing dated before it."""
    if SAME_DAY_CUE not in sentence or before is None or before.day is None \
            or at - (before.sentence_end or 0) > _SIMULTANEOUS_REACH:
        return None
    clean = plain_text(sentence)
    if not (_SAME_DAY.search(clean) and _COMES_TO.search(clean)) or find_clock(clean) or an_event(clean) \
            or any(d.kind != "after" for d in find_days(clean)):
        return None
    channels = find_channels(clean)
    network = channels[0].name if channels else before.network
    when = replace(before.when, time=None, tz=None)
    if channels and channels[0].streaming != (before.kind == "streaming"):
        when = Streaming(before.day) if channels[0].streaming else OneOff(before.day)
    return replace(before, network=network, sentence=sentence, when=when)
