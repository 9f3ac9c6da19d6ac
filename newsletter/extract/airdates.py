"""Air-date statements in article text: `Chicago P.D. airs on NBC Wednesdays at 10 p.m. ET.`

`find_air_dates` reads each sentence once and returns AirDates for those that
state an airing; look-alikes (filming, stage shows, live events, theatrical and
DVD releases, deadlines, old slots, award ceremonies) give nothing. Dates are
resolved against the article's date, never today's.

A sentence states an airing when it has *evidence* (a broadcast verb, a channel
where airings name theirs, a weekday's premiere or episode, a daily strip of a
show) and *a when* (a day, a clock time, a strip, or a streaming service).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, partial

from ..model import WEEKDAYS, AirDate
from .air_evidence import (AIRED, BROADCAST, POSSESSIVE_AIRING, STREAM_WORD, VERB_LEADS, an_event, called_off,
                           dates_news, has_evidence, mentions_airing, on_a_weekly_night, promoted, worth_parsing)
from .air_earlier import Earlier
from .air_sequence import (CLAUSE_BREAK, abroad, clock_of_another, day_named, merge_split, on_the_slot, own_network,
                           past_the_change, plain_text, restated, restates, slot_start, split_lower, title_of, untitled)
from .channels import Channel, find_channels, home_zone, named_near, names_streamer
from .lower_case import as_read, has_capital
from .places import named_cities_zone, place_zone
from .schedule_rows import day_heading, schedule_airings
from .scan import led_by_first
from .air_asides import later_slots_clock
from .air_clauses import beside_an_event, two_facts
from .air_context import SIMULTANEOUS_CUE, a_stamp, same_day, same_time, simultaneous
from .air_listing import listing_line
from .air_marks import Marks
from .air_nights import on_its_night
from .air_clock import by_the_guide, in_the_morning
from .air_reading import PAST, AirContext, Reading
from .sentences import paragraph_spans
from .show_subject import show_subject
from .statements import statements
from .strips import find_strip
from .when import Clock, Day, find_clock, find_days, has_cue, odd_clock
from .unlisted import named_beside_a_when
from .zone_rows import row_airing, zone_table

__all__ = ["AirContext", "find_air_dates", "mentions_airing", "parse_sentence"]

# `LOS ANGELES, July 20 -`: a press release's dateline says when it was written, not when anything airs.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?,\s+"
                       r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
                       r"(?:-|–|—|/[A-Za-z ]+/)\s*")

# A question of when a show is on (`When does the new season start?`, `What time is the finale?`): the paragraph
# after it answers with a day or a time alone (`October 5th, on NBC.`).
_WHEN_ASKED = led_by_first(r"\b(?:[Ww]hen|[Ww]hat\s+(?:time|day|night|date)|[Ww]hich\s+(?:day|night|channel))\b"
                            r"[^?]{0,100}?"
                            r"\b(?:air|airs|airing|on|start|starts|premiere|premieres|back|return|returns|finale|"
                            r"debut|debuts|begin|begins|watch|see|catch|stream|streaming|out)\b[^?]{0,60}\?[\s*_]*$")
_OF_TV = re.compile(r"\b(?:season|series|show|episode|finale|premiere|air|airs|airing|channel|network|watch|"
                    r"stream|it|TV|television)\b", re.I)  # not `When did you start acting?`
# `The finale airs Sunday on CBS. It starts at 9 p.m.`: the time of the airing the sentence before gave.
_TIME_OF_IT = re.compile(r"(?:It|It's|It\s+is|That's|The\s+(?:show|episode|finale|premiere|special|series|programme|"
                         r"program|broadcast|final|film|documentary))\s+(?:(?:starts|begins|kicks\s+off|is\s+on|"
                         r"goes\s+out|will\s+(?:start|begin|be\s+on|go\s+out))\s+)?at\s")
_VAGUE = led_by_first(r"\b(?:in|this|next|later\s+this|early|late|by)\s+(?:the\s+)?(?:January|February|March|April|"
                      r"May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|"
                      r"year|month|season|\d{4})\b|\bnext\s+year\b|\bsometime\b", re.I)


def find_air_dates(body: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None, outlet: str | None = None,
                   title: str | None = None, url: str | None = None) -> list[AirDate]:
    """Every air-date statement in `body`, one AirDate per sentence that states one.

    A sentence that gives a time and a channel but no day takes the day an earlier
    sentence of its paragraph named, or an earlier airing's; one with no channel takes
    the channel the article named last (`this new Peacock show ... premieres Jan. 26`),
    or its `title` named (`NBC sets its winter schedule`). A local station whose city
    the text does not name is taken to be in the article's city, and a pan-regional
    channel in its country (home_zone; `url` is the article's web address).
    """
    earlier = Earlier(body, next((c for c in find_channels(title) if not c.local), None) if title else None)
    # Paragraphs and their statements stand between white space, so one names a streaming service only if the body
    # does (most do not).
    marks = Marks(body)
    streamers = bool(marks.streams) and names_streamer(body)
    if not streamers and not (has_cue(body) if marks.cues is None else marks.cues):
        return []  # no paragraph can be worth parsing: each needs a cue, and a paragraph's cue is one of the body's
    article = _Article(body, article_date, default_show, warnings, earlier, streamers, marks,
                       cache(lambda: home_zone(body, outlet, url)), cache(lambda: place_zone(body, outlet, url)),
                       cache(lambda: named_cities_zone(body)))
    read_to = 0  # where the last paragraph read ends: channels named in the text skipped since carry over too
    last = None  # the paragraph before, read or not: a question it asks (`When does it start?`) is answered here
    simul = SIMULTANEOUS_CUE in body
    spans = paragraph_spans(body)
    for (p_start, p_end), cued in zip(spans, marks.cued(spans)):
        before, last = last, (p_start, p_end)
        if body.startswith("#", p_start):
            article.heading(p_start, p_end)
        streams = streamers and marks.may_stream(p_start, p_end)
        at_once = simul and body.find(SIMULTANEOUS_CUE, p_start, p_end) != -1  # `simultaneously on CTV`: no cue
        cued = cued or at_once
        if not (cued or streams):  # no cue or streaming service of the body stands in it (most paragraphs): it says
            if streamers:          # no when and is not read again (but may print a schedule's rows)
                article.listed(p_start, p_end, before)
            continue
        # asked only of a paragraph that may be read (most are not): the search of the one before is not cheap
        asked = bool(before and body.find("?", *before) != -1 and _WHEN_ASKED.search(body, *before)
                     and _OF_TV.search(body, *before)) and not an_event(body[before[0]:before[1]])
        if article.listed(p_start, p_end, before) or not (
                at_once or worth_parsing(body[p_start:p_end], streams)
                or (asked or restates(body, p_start, article.found)) and cued and has_cue(body[p_start:p_end])):
            continue
        if p_start > read_to:
            earlier.skip(read_to, p_start)
            # `It starts at 9` says the time of an airing only right after it
            article.untimed = article.untimed and not body[read_to:p_start].strip()
        read_to = p_end
        article.read(p_start, p_end, asked)
    return by_the_guide(merge_split(article.found, body), body)


@dataclass
class _Article:
    """One article being read paragraph by paragraph, with what its airings so far said."""

    body: str
    article_date: date
    default_show: str | None
    warnings: list[str] | None
    earlier: Earlier
    streamers: bool
    marks: Marks
    home: Callable[[], str | None]
    place: Callable[[], str | None]
    cities: Callable[[], str | None]
    found: list[AirDate] = field(default_factory=list)
    aired: date | None = None  # the day the last airing read was on
    aired_on: str | None = None  # and the channel it was on
    slot: AirDate | None = None  # the airing read last, when a weekly slot or strip with its time
    untimed: bool = False  # the statement read just before is an airing on a day, with no time
    headed: date | None = None  # the day the heading over this part of the article names

    def listed(self, p_start: int, p_end: int, before: tuple[int, int] | None) -> bool:
        """The airings of a paragraph that prints a schedule's rows (`7.30  Harrowby Green`), under its heading;
        False for a paragraph of lines of another kind (most have one line)."""
        if self.body.find("\n", p_start, p_end) == -1:
            return False
        zoned = zone_table(self.body, p_start, p_end, self.article_date, self.earlier())
        self.found += zoned  # `| Mumbai | Thursday 19 November, 1.30pm IST |`: a release's rows by place
        rows = [] if zoned else schedule_airings(self.body, p_start, p_end, self.article_date,
                                                 self.body[before[0]:before[1]] if before else "", self.place())
        for air, channel in rows:  # (a later sentence naming a row's show is on that row's channel)
            self.found.append(air)
            self.earlier.name(channel, air.show and air.show.casefold())
            self.aired, self.aired_on = air.day, air.network
        return bool(rows or zoned)

    def heading(self, p_start: int, p_end: int) -> None:
        """`## SATURDAY`: a guide's day heading dates the items under it, as an airing read before them would."""
        self.headed = day_heading(self.body[p_start:p_end], self.article_date)
        if self.headed:
            self.aired, self.aired_on = self.headed, None

    def read(self, p_start: int, p_end: int, asked: bool) -> None:
        """The airings of one paragraph (`asked`: it answers a question of when)."""
        day, day_on, before = self.aired, self.aired_on, True  # an earlier paragraph's airing's day, and its channel
        self.earlier.read(p_start, p_end)
        for start, end in split_lower(self.body, statements(self.body, p_start, p_end)):
            sentence = self.body[start:end]
            capital = has_capital(sentence)  # (read as written: casing adds no cue and no name to it)
            streams = self.streamers and (self.marks.may_stream(start, end) or not capital)
            air = parse_sentence(sentence, self.article_date, self.default_show, self.warnings, AirContext(
                day, None, self.home, streams, self.earlier, self.place, self.cities, self.slot,
                day_on if before and day != self.headed else None, asked, self.untimed, partial(named_near, self.body, start),
                quiet=not streams and capital and not self.marks.may_cue(start, end),
                headed=day is not None and day == self.headed))
            self.untimed = False
            air = restated(sentence, air, self.found[-1] if self.found else None, start, self.article_date) or \
                simultaneous(sentence, start, self.found[-1] if self.found else None) or \
                same_day(sentence, start, self.found[-1] if self.found else None)
            if air:
                air = on_its_night(same_time(air, sentence, self.found[-1] if self.found else None), sentence,
                                   self.found)
                self.found.append(replace(air, sentence_start=start, sentence_end=end))
                if air.day:
                    day, day_on, before = air.day, air.network, False
                self.aired, self.aired_on = day, day_on
                self.slot = air if air.kind == "recurring" and air.local_time else None
                self.untimed = bool(air.day and not air.local_time)
            elif self.marks.may_cue(start, end) and has_cue(sentence) and not a_stamp(sentence):
                named_day = day_named(sentence, self.article_date)
                day, day_on, before = (named_day, None, False) if named_day else (day, day_on, before)
            self.earlier.statement(start, end)


def parse_sentence(sentence: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None, context: AirContext | None = None) -> AirDate | None:
    """The airing one sentence states, or None for a sentence that states none.

    `context` carries what earlier sentences of the article said (find_air_dates
    fills it); without it the sentence is read alone.
    """
    context = context or AirContext()
    if row := row_airing(sentence, article_date):
        return row  # a listings grid's row (`Mo 12.10.  20:15   ORF 2   …`), a release table's by place
    air = None
    reading = "" if context.quiet else as_read(sentence)  # captions in lower case, a moved slot
    if reading and (worth_parsing(reading, context.streamers) or context.asked and has_cue(reading)):
        clean = _DATELINE.sub("", plain_text(reading))
        clean = past_the_change(clean) or clean  # `pre-empts *X* on Monday; the episode moves to Wednesday`
        for clause in two_facts(clean):
            said: list[str] = []  # a clause names its show only where it leads the sentence
            air = _read(sentence, clause, article_date, default_show or show_subject(clean), said, context)
            if air:
                if warnings is not None:
                    warnings += said
                break
        aside = not air and _past_the_aside(clean, article_date)
        beside = not air and not aside and beside_an_event(clean)  # the rest is a look-alike: no airing of its own
        if aside or beside:
            air = _read(sentence, aside or beside, article_date, default_show, warnings, context)
        air = air or (None if beside else _read(sentence, clean, article_date, default_show, warnings, context))
    return on_the_slot(air, sentence, article_date, default_show, context.slot) if context.slot else air


def _read(sentence: str, clean: str, article_date: date, default_show: str | None, warnings: list[str] | None,
          context: AirContext) -> AirDate | None:
    """parse_sentence's reading of the sentence's `clean` text (or of its first clause)."""
    channels, (clock_text, day_text) = find_channels(clean), untitled(sentence, clean)
    clock = in_the_morning(clean, find_clock(clock_text))
    days = _anchored([d for d in find_days(day_text) if not (clock and d.start <= clock.start < d.end)
                      and not dates_news(clean, d)], slot_start(clean, context.slot, article_date) or context.day,
                     article_date, context.slot)
    strip = find_strip(clean, clock)
    if strip:  # `Mondays to Thursdays`: the days that bound a strip are no weekly day of their own
        days = [d for d in days if not (d.start < strip.end() and strip.start() < d.end)]  # `on Mondays and…`
    listing = listing_line(sentence, clean, clock, days, strip) or _released_on_carried(clean, channels, days, context) \
        or on_a_weekly_night(sentence, clean)
    answer = (context.asked and bool(days or clock) or context.untimed and clock is not None and not days
              and _TIME_OF_IT.match(clean) is not None) and not an_event(clean)  # `October 5th, on NBC.`
    if not (listing or answer or has_evidence(clean, channels, clock, days, strip)) or (
            _VAGUE.search(clean) and not (days or clock)):
        return None  # `debuts in the spring on Netflix`: no day to put in a calendar
    odd = odd_clock(clean, clock)
    if odd and warnings is not None:
        warnings.append(f"{odd} in: {sentence}")
    channel = _main_channel(clean, channels, clock)
    clock = None if clock_of_another(clean, clock, channel, channels) else clock
    # (`Returns Saturday at 8pm.`, a programme page's slot line, is its channel's broadcast too)
    carried = context.carried(bool((clock or AIRED.search(clean)) and not STREAM_WORD.search(clean)
                                   and (BROADCAST.search(clean) or VERB_LEADS.match(clean))),
                              title_of(sentence)) if channel is None and not channels else None
    if carried and not abroad(clean, carried) and not _its_own(clean, carried):
        # The channel named before carries over, but a streamer does not turn `Thursday's episode` or `the finale
        # aired on Sunday` into a release.
        channel = None if carried.streaming and (POSSESSIVE_AIRING.search(clean) or AIRED.search(clean)
                                                 and not STREAM_WORD.search(clean)
                                                 or clock and clock.listing) else carried  # `9/8c`: a broadcast's
        twin = own_network(clean, carried)
        channel = twin or channel  # `…is streaming on Meridian+. Meridian will air the finale again on Saturday`
    clock = None if later_slots_clock(clean, clock, days) else clock
    read = Reading(clean, article_date, channel, channels, clock, days, strip, context)
    return read.air_date(sentence, default_show, warnings)


def _its_own(clean: str, carried: Channel) -> bool:
    """`*Tollbooth* moves to Mondays at 10 p.m. on Quillon` after a line on CTV: a channel nobody lists, named beside
    the sentence's own when, which the broadcaster named before is not (nor is its clock, `Quillon` being no
    Canadian's). (After a streaming service, one nobody lists is more likely another service, as round-ups of
    releases go on: the release is still read as one.)"""
    own = named_beside_a_when(clean) if "on " in clean and not carried.streaming else None
    return own is not None and own != carried.name


def _anchored(days: list[Day], base: date | None, article_date: date, slot: AirDate | None = None) -> list[Day]:
    """`airs the following night at 9`, `streams on Max the same night`, `is repeated the following Thursday`: days
    counted from the airing read before (`base`), as dates, or from the weekly slot read before (`airs Sundays at
    20.15. In Sweden it airs the same night`), as that weekly day; dropped where there is neither, or (`the next
    night`) where the sentence names a day of its own (`airs Thursday at 10 and streams next day`)."""
    own = [d for d in days if d.kind != "after"]
    if len(own) == len(days) and not any(d.qualifier.endswith("following") for d in days):
        return days
    weekly = WEEKDAYS.index(slot.weekday) if slot and slot.weekday else None
    out = []
    for d in days:
        if d.kind == "after":
            if base and len(own) == 0:
                out.append(replace(d, kind="relative", offset=(base - article_date).days + d.offset))
            elif weekly is not None and len(own) == 0:
                out.append(Day("weekday", d.start, d.end, weekday=(weekly + d.offset) % 7, plural=True))
        elif d.qualifier.endswith("following") and base and d.kind == "weekday" and not d.plural:
            on = base + timedelta(days=(d.weekday - base.weekday()) % 7 or 7)
            out.append(Day("date", d.start, d.end, on.month, on.day, on.year))
        else:
            out.append(d)
    return out


def _past_the_aside(clean: str, article_date: date) -> str | None:
    """`X was filmed in Whitehaven last spring, and Sky Arts repeats it every Sunday at 2pm`, `The cast reunited in
    August, and all nine seasons are streaming on Peacock`, `It's not on BBC One this week; it's on BBC Two on
    Sunday`: a first clause that is an aside (an event, the past, a month; a channel only where it says no airing)
    stating no airing, then one that names its own channel: that clause, read alone, so that the aside's day, past
    tense or `not` is not the airing's."""
    cuts = list(CLAUSE_BREAK.finditer(clean))
    channels = find_channels(clean) if cuts else []
    for cut in cuts if channels else ():
        head, tail = clean[:cut.start()], clean[cut.end():]
        off = called_off(head)
        if any(c.end <= cut.start() for c in channels) and not off:
            return None
        if any(c.start >= cut.end() for c in channels) and not called_off(tail):
            aside = off or an_event(head) or PAST.search(head) or _VAGUE.search(head)
            return tail if aside and not parse_sentence(head, article_date) else None
    return None


def _released_on_carried(clean: str, channels: list[Channel], days: list[Day], context: AirContext | None) -> bool:
    """`Netflix has all six episodes. They drop on Friday.`: a release on a day, on the streaming service named
    before."""
    if channels or not days or not context or not STREAM_WORD.search(clean) or promoted(clean):
        return False
    carried = context.carried()
    return bool(carried and carried.streaming)


# Between a channel leading its clause and the verb saying it broadcasts (`BBC Four is to show`).
_SUBJECT_GAP = re.compile(r"\s*(?:is\s+|are\s+)?")


def _main_channel(clean: str, channels: list[Channel], clock: Clock | None) -> Channel | None:
    """The channel the airing is on: the first one named where airings name theirs, after `streaming on` first
    (but `airs Sundays at 9 p.m. on HBO and streams on Max` airs on HBO)."""
    placed = [c for c in channels if c.placed]
    if clock:  # `Channel 5 will show the finale on Saturday at 7.30pm, and the box set is on My5`: its subject
        subject = next((c for c in channels if not c.streaming and BROADCAST.match(
            clean, _SUBJECT_GAP.match(clean, c.end).end())), None)
        if subject:
            return subject
    broadcaster = next((c for c in placed if not c.streaming), None)
    stream = re.search(r"\bstream(?:s|ing)?\s+(?:\w+\s+){0,3}?(?:on|via)\s", clean, re.I)
    if broadcaster and clock and (BROADCAST.search(clean) or stream and broadcaster.start < stream.start()):
        return broadcaster  # also `concludes Sunday at 9 on HBO and streams on Max`: the stream comes second
    if broadcaster and stream and broadcaster.start < stream.start() and BROADCAST.search(clean, 0, stream.start()):
        return broadcaster  # `airs Sundays on HBO and streams on Max`
    if stream and clock and clock.end <= stream.start() and BROADCAST.search(clean, 0, clock.start):
        # `airs Sundays at 10 p.m. on Corvid and streams next day on Corvid+`: the broadcast's (no table may list it)
        return next((c for c in channels if c.end <= stream.start()), None)
    if stream:
        after = [c for c in channels if c.start >= stream.end()]
        if after:
            return after[0]
    return (placed or channels or [None])[0]
