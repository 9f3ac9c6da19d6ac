"""Clauses of one sentence that each state their own airing or look-alike, for airdates.py: `…is on Channel 4 from
7am on Saturday, and the finale goes out on E4 on Sunday at 9pm` (two airings, the first the sentence's), a dated
finale beside where the box set streams, and an airing beside an exhibition's or a signing's day.
"""

from __future__ import annotations

import re

from .air_evidence import BROADCAST, STREAM_WORD, an_event, says_it_is_on
from .air_sequence import CLAUSE_BREAK, after_streaming_now, available_now, own_airing, streams_there, two_broadcasts
from .channels import find_channels
from .when import find_clock, find_days


def two_facts(clean: str) -> tuple[str, ...]:
    """`…is on Channel 4 streaming from 7am on Saturday, and the finale goes out on E4 on Sunday 15 June at 9pm`: two
    clauses of a sentence, each with its own channel and day or time, to read one by one (the first airing is the
    sentence's; `She joined CBS on Friday, and the series premieres on CBS on Monday`: the second, when the first is
    none); () when the sentence is no such pair."""
    if not CLAUSE_BREAK.search(clean):
        return ()
    channels = find_channels(clean)
    if len(channels) == 1 and channels[0].streaming:
        return _beside_the_box_set(clean) or after_streaming_now(clean)
    if len(channels) < 2:
        return after_streaming_now(clean) or two_broadcasts(clean)
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        if own_airing(head) and own_airing(tail):
            return head, tail
        if own_airing(tail) and available_now(head, streaming_only=True):
            return (tail,)  # `season two is streaming on BritBox now, and season one repeats on BBC Four on Wednesdays`
    return ()


# Episodes other than the one a clause dates: `the whole series`, `all six episodes`, `the first two seasons`.
_OTHER_EPISODES = re.compile(r"\b(?:(?:whole|full|entire|complete)\s+(?:series|season|run)|all\s+(?:\w+\s+){0,2}"
                             r"(?:episodes|seasons|series)|every\s+episode|(?:first|previous|earlier|other|past|older)\s+"
                             r"(?:\w+\s+)?(?:seasons|series)|(?:series|season)\s+(?:one|two|three|\d)\b|box\s*set)", re.I)

# One episode, which a broadcast dates (not a season's premiere, which the service beside it may release).
_ONE_EPISODE = re.compile(r"\b(?:finale|final\s+episode|last\s+episode|episode|chapter|special)\b", re.I)


def _beside_the_box_set(clean: str) -> tuple[str, ...]:
    """`The series finale is on Monday 25 November, and the whole series is on ITVX`: a dated airing beside a
    clause saying where the other episodes stream: the dated clause, read alone (the finale is no release on ITVX)."""
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        for dated, other in ((head, tail), (tail, head)):
            if _OTHER_EPISODES.search(other) and _ONE_EPISODE.search(dated) and not STREAM_WORD.search(dated) \
                    and streams_there(other) and not find_channels(dated) and find_days(dated) and says_it_is_on(dated):
                return (dated,)
    return ()


def beside_an_event(clean: str) -> str | None:
    """`X airs Sundays at 9pm on ITV1, and the costume exhibition opens at the museum on January 9`, `The finale
    premieres at the festival in May, and on RTV it airs Thursdays at 22.00`: an airing's clause beside one of a
    look-alike (an exhibition, a signing, a recording, a vote, a chart) that no broadcast verb makes an airing: the
    airing's clause, read alone, so that the event's day is not the airing's."""
    if not CLAUSE_BREAK.search(clean) or not an_event(clean):
        return None  # (most sentences: no clauses, or no look-alike in the whole)
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        for event, other in ((tail, head), (head, tail)):
            if an_event(event) and not BROADCAST.search(event) and not an_event(other) \
                    and (find_clock(other) or find_days(other) or available_now(other)):
                return other
    return None
