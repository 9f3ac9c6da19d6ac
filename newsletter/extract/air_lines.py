"""Lines and phrases that state an airing in a few words (pure, for air_evidence.py and air_reading.py): a programme
page's line opening on its verb (`Returns Saturday at 8pm.`, `Live on Sunday, 20 September at 7.30pm.`), a show
moved to a new time (`moves from 10 pm to 9:30 pm`) or back into its weekly slot (`returns to its Tuesday 8pm
slot`), a TV page's bare `*11.05pm, Film4*`, a show given a marathon or special, and a catch-up window's last day."""

from __future__ import annotations

import re

from .channels import Channel
from .when import Clock, Day

# `gets a New Year's Day marathon on Friday`, `gets a weekend "maha-episode" on Sunday`: a show given an airing (a
# pattern of its own, read only where `gets a` or `get a` stands: a branch of BROADCAST would cost every import a compile).
_GETS_AN_AIRING = re.compile(r"\bgets?\s+an?\s+(?:[\w'’\"“”-]+\s+){0,3}?[\w\"“-]*?(?:marathon|episode|special|"
                             r"double\s+bill)(?=[\"”]?\s+(?:on|from|at|this|next)\b)", re.I)


def gets_an_airing(text: str) -> bool:
    """Whether `text` gives a show a marathon, an episode or a special (`gets a New Year's Day marathon on`)."""
    return ("ets a" in text or "et a" in text) and _GETS_AN_AIRING.search(text) is not None


# `Returns Saturday, 12 September at 8pm.`: a programme page's slot line, the show its page's, as listings write them
# (not `Opens Friday at 7pm`, `Starts Monday`: an exhibition's or anything's). A slot line led by what airs is one
# too (`Reruns every Saturday at 18h.`, `New episodes Sundays at 9pm.`), and a show's own spoken `We're back on…`.
# (`Live on Sunday, 20 September at 7.30pm.` too: a live broadcast's line, but only as _live_line reads it: its day
# and time and nothing after them but the channel, not `Live on Friday at 9pm: the band plays the Roxy`, a gig's.)
VERB_LEADS = re.compile(r"\s*(?:Returns|Premieres|Debuts|Airs|Continues|Concludes|Resumes|Live(?=\s+on\s)|"
                        r"We['’]re\s+back|(?:(?:New|Fresh)\s+e|E)pisodes|Reruns|Repeats)\s+"
                        r"(?:on\s+|this\s+|next\s+|every\s+|each\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")
_LINE_END = re.compile(r"[\s.,]*(?:on\s+)?", re.I)
# A show moved to a new time, right before the clock (`moves from 10 pm to 9:30 pm`: as_read blanks the old one).
_MOVED_TO = re.compile(r"\b(?:mov|shift|switch)\w*\s+to\s+$", re.I)


def moved_to(clean: str, clock: Clock | None) -> bool:
    """Whether the sentence moves a show to `clock` (`*X* moves to 9:30 pm`): the new time of its slot."""
    return clock is not None and _MOVED_TO.search(clean, max(0, clock.start - _MOVE_REACH), clock.start) is not None


_MOVE_REACH = 40  # characters before the clock: the verb, the blanked old time and `to`
# `*Ward Six* has been moved to Sunday this week`: a show moved to another night (its title says it is a show).
_MOVED_DAY = re.compile(r"\b(?:mov|shift|switch)\w*\s+to\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


def moved_to_day(text: str) -> bool:
    """Whether `text` moves something to another night (`has been moved to Sunday this week`)."""
    return ("mov" in text or "shift" in text or "switch" in text) and _MOVED_DAY.search(text) is not None


def led_by_verb(clean: str, clock: Clock, placed: list[Channel]) -> bool:
    """`Returns Saturday, 12 September at 8pm.`: a programme page's line opening on its verb (`Live on …` only as a
    line of its day and time alone)."""
    lead = VERB_LEADS.match(clean)
    if lead and lead.group(0).lstrip().startswith(_WHAT_AIRS):
        return clean.endswith("at ", 0, clock.start)  # `Reruns every Saturday at 18h` (a podcast's `from 6am`: no)
    return bool(lead) and (not lead.group(0).lstrip().startswith("Live") or _live_line(clean, clock, placed))


_WHAT_AIRS = ("New", "Fresh", "Episodes", "Reruns", "Repeats")  # a slot line's leads that are no verb


def _live_line(clean: str, clock: Clock, placed: list[Channel]) -> bool:
    """`Live on Sunday, 20 September at 7.30pm.`, `Live on Friday at 8pm on Channel 5.`: a programme page's line of
    a live broadcast, its day and time and at most the channel after them."""
    end = _LINE_END.match(clean, clock.end).end()
    channel = next((c for c in placed if c.start == end), None)
    return (channel.end if channel else end) >= len(clean.rstrip(". "))


# `Harrowdown (ITV1, 9pm) The final episode, filmed in Shropshire.`: a listings entry, its title and then its channel
# and time in brackets; its blurb's filming, festival or stage show is the show's story, not another event's day.
_ENTRY = re.compile(r"[^()]{1,80}\(([^()]{1,40})\)")


def listing_entry(clean: str, placed: list[Channel], clock: Clock | None) -> bool:
    """Whether `clean` opens as a listings entry: a title, then a channel of `placed` and `clock` in one bracket."""
    m = _ENTRY.match(clean) if clock and placed else None
    return bool(m and m.start(1) <= clock.start < m.end(1) and any(m.start(1) <= c.start < m.end(1) for c in placed))


def titled(subject: str | None) -> bool:
    """A subject written as a title is (`Sapno Ka Aangan`, `Gardeners' World`), not a common noun (`The bakery`)."""
    return bool(subject) and subject.split()[-1][:1].isupper()


# A show put into a weekly slot named by its night: `returns to its Tuesday 8pm slot`, `moves into the Thursday slot`.
_INTO_SLOT = re.compile(r"\b(?:returns?|returning|back|moves?|moving|shifts?|shifting|goes|settles?)\s+(?:back\s+)?"
                        r"(?:to|into|in)\s+(?:its|their|the|a)\s+(?:(?:usual|regular|old|new|normal|familiar)\s+)?"
                        r"(?:on\s+)?$", re.I)
_SLOT_AFTER = re.compile(r"(?:\s+(?:night|evening|morning|afternoon))?(?:\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?)?"
                         r"\s+(?:time\s*)?slot\b", re.I)
_SLOT_REACH = 40  # characters before the night: the verb and `to its usual`


def into_slot(clean: str, wd: Day) -> bool:
    """`returns to its Tuesday 8pm slot`, `goes back to its usual Sunday night slot`: a show put into the weekly slot
    the weekday `wd` names (the caller asks whether its clause is in the present)."""
    return _INTO_SLOT.search(clean, max(0, wd.start - _SLOT_REACH), wd.start) is not None and \
        _SLOT_AFTER.match(clean, wd.end) is not None


def only_clock_and_channel(clean: str, clock: Clock, channel: Channel) -> bool:
    """`11.05pm, Film4`, `Radio 4, 11.30am`: a line of a time and a channel alone, as a TV page prints under a
    pick's title."""
    parts = sorted(((clock.start, clock.end), (channel.start, channel.end)))
    rest = clean[:parts[0][0]] + clean[parts[0][1]:parts[1][0]] + clean[parts[1][1]:]
    return not any(ch.isalnum() for ch in rest)


# The last day something can be watched (`available on mewatch until 22 September`), right before its date.
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.I)
_UNTIL_REACH = 16  # characters before the date: `until the `


def until(clean: str, day: Day) -> bool:
    """Whether `day` is the last day of something (`until 22 September`), not a day anything starts or airs."""
    return _UNTIL.search(clean, max(0, day.start - _UNTIL_REACH), day.start) is not None
