"""What an article's earlier statements tell a later one, for airdates.py (the channel named last: air_earlier.py): a
weekly slot a later date falls on (`on_the_slot`), a day and its time said in two sentences
(`merge_split`); where a slot an airing was taken out of goes (`past_the_change`); and the plain text of a sentence
(`plain_text`), cut where a sentence starts in lower case.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ..model import WEEKDAYS, AirDate, OneOff, Slot
from .air_clock import REGIONS
from .air_evidence import BROADCAST, STREAM_WORD, says_it_is_on
from .channels import AND_JOINED, Channel, find_channels, offered_on
from .name_words import WORD_CHAR
from .places import country_zone, viewers_country
from .show_subject import show_subject
from .strips import find_strip, strip_days
from .when import Clock, find_clock, find_days, resolve
from .scan import led_by_first

# Tags and Markdown links are stripped before reading; their lengths are bounded so that a stray `<` or `[` in a
# long paragraph costs one short scan, not one to the end of the text.
_TAG = re.compile(r"<[^<>]{0,300}>")
_MD_LINK = re.compile(r"\[([^\[\]]{0,300})\]\([^()\s]{0,500}\)")
_MARKS = led_by_first(r"[*_]+|~~")


# A show's title set off in the sentence as articles set titles: `*Ashgrove*`, `_Ashgrove_`, `<i>Ashgrove</i>`.
_SET_OFF_TITLE = re.compile(r"(?<![*\w])\*(?!\*)([A-Z0-9][^*\n]{0,60}?)(?<!\s)\*(?!\*)|(?<!\w)_([A-Z0-9][^_\n]{0,60}?)_(?!\w)"
                            r"|<(?:i|em)>([^<]{1,60})</(?:i|em)>")


def title_of(sentence: str) -> str | None:
    """The show `sentence` names: its first title set off, else the subject before its verb; case folded."""
    m = _SET_OFF_TITLE.search(sentence) if ("*" in sentence or "_" in sentence or "<" in sentence) else None
    title = next(g for g in m.groups() if g) if m else show_subject(plain_text(sentence))
    title = title.rpartition(", ")[2] if title else None  # `After the first fortnight, Coral Point moves…`
    return " ".join(title.split()).casefold().removesuffix("'s").removesuffix("’s") if title else None


def untitled(sentence: str, clean: str) -> tuple[str, str]:
    """`clean` with its set-off titles' words blanked (same length), once for its clock and once for its days:
    `*Midnight at Nine* premieres Sunday at 9pm`, `*Sunday Best* airs Thursdays` say when outside the title, whose
    `Midnight`, `at Nine` and `Sunday` are a name. Each kept as it is where the title alone says one (`*Sun 9pm, BBC
    One*`, a listing's whole line set off)."""
    if not ("*" in sentence or "_" in sentence or "<" in sentence):
        return clean, clean  # (most sentences: no title set off)
    masked = clean
    for m in _SET_OFF_TITLE.finditer(sentence):
        title = plain_text(next(g for g in m.groups() if g))
        at = masked.find(title) if title and (find_days(title) or find_clock(title)) else -1
        if at != -1:
            masked = masked[:at] + WORD_CHAR.sub("x", title) + masked[at + len(title):]
    if masked is clean:
        return clean, clean
    return masked if find_clock(masked) else clean, masked if find_days(masked) else clean


# A stop after a word, then a sentence that a chat post or a fan's transcript starts in lower case (`it's already
# on iPlayer if you can't wait. and he's doing photo ops tomorrow at 10:30`); not after an abbreviation (`etc.`).
# The stop is found first and the word before it checked after, so that the engine skips to stops at C speed.
_LOWER_STOP = re.compile(r"[.!?]+\s+(?=[a-z])")
_WORD_BEFORE = re.compile(r"(?<![\w.])(?!(?:etc|vs|approx|incl|esp|ca|min|mins|hr|hrs|no)$)[a-z]{2,}$")
_WORD_REACH = 30  # characters before a stop searched for its word (longer than the longest English word in use)


def split_lower(body: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each statement of `spans`, cut again where a sentence after it starts in lower case (statements.py cuts only
    before a capital, as edited text writes)."""
    for start, end in spans:
        for stop in _LOWER_STOP.finditer(body, start, end):
            if _WORD_BEFORE.search(body, max(start, stop.start() - _WORD_REACH), stop.start()):
                yield start, stop.start() + len(stop.group(0).rstrip())
                start = stop.end()
        yield start, end


def carried_channels(text: str) -> list[Channel]:
    """The channels `text` names that a later sentence naming none is on (not an unplaced local station; not the
    streaming twin listed after its broadcaster, `Seven and 7plus`, whose broadcast a later sentence goes on with)."""
    found = [c for c in find_channels(text) if c.placed or c.streaming or not c.local]
    return [c for i, c in enumerate(found) if not (i and c.streaming and not found[i - 1].streaming
                                                    and AND_JOINED.fullmatch(text, found[i - 1].end, c.start))]



def day_named(sentence: str, article_date: date) -> date | None:
    days = [d for d in find_days(plain_text(sentence)) if d.kind != "after" and (d.kind != "weekday" or not d.plural)]
    days.sort(key=lambda d: d.kind == "weekday")  # `Sunday, Dec. 6`: the date says which Sunday
    return resolve(days[0], article_date, backward=False) if days else None


_FROM_THE_SAME = re.compile(r"\bfrom\s+(?:the\s+same|that)\s+(?:day|night|evening)\b", re.I)


def slot_start(clean: str, slot: AirDate | None, article_date: date) -> date | None:
    """`airs Mondays at 20 h, starting October 5. It is on the service from the same day`: the day the weekly slot read
    before starts, for a release from that same day (a slot keeps no date of its own)."""
    return day_named(slot.sentence, article_date) if slot and _FROM_THE_SAME.search(clean) else None


def merge_split(found: list[AirDate], body: str) -> list[AirDate]:
    """`On Wednesday, Oct. 6. Catch it on CBS at 10 p.m.`: keep the sentence with the time, not both (not where the two
    name different channels: two airings; nor where other text stands between them: `The series ends Sunday` in
    the lede and its time paragraphs later are two sentences an editor reads apart)."""
    out: list[AirDate] = []
    for air in found:
        prev = out[-1] if out else None
        if prev and prev.day and prev.day == air.day and prev.local_time is None and air.local_time and \
                not body[prev.sentence_end:air.sentence_start].strip() and \
                (prev.network is None or air.network in (None, prev.network)):
            out[-1] = air
        else:
            out.append(air)
    return out


def plain_text(sentence: str) -> str:
    text = html.unescape(_TAG.sub(" ", _MD_LINK.sub(r"\1", sentence)))
    text = _MARKS.sub("", text).replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


# Where one clause of a sentence ends and another with its own airing may begin.
CLAUSE_BREAK = led_by_first(r"[,;]\s+(?:and|but|while|with|plus|then)\s+|;\s+")

# A slot an airing is taken out of (`pre-empts *X* on Monday for the address`, `has pulled *X* from Saturday's 7.30pm
# slot`) and, after a clause break, where it goes (`the episode moves to Wednesday at 10/9c`, `now airs on Sunday`).
_TAKEN_OUT = re.compile(r"\b(?:pre-?empt(?:s|ed|ing)?|pull(?:s|ed|ing)?|bump(?:s|ed|ing)?|postpone(?:s|d)?)\b", re.I)
_PUT_BACK = re.compile(r"\b(?:now\s+(?:airs?|goes\s+out|screens?|runs?|is\s+on)|moves?\s+to|airs?\s+instead|"
                       r"instead\s+airs?|rescheduled\s+(?:for|to)|will\s+now\s+(?:air|run|screen|go\s+out))\b", re.I)
_THE = re.compile(r"(?:\b[Tt]he\s+)?$")


def past_the_change(clean: str) -> str | None:
    """`Pinnacle pre-empts *X* on Monday for the address; the episode moves to Wednesday at 10/9c`: the sentence with
    the clause taking the airing out blanked (its channels kept, `the ABC` with its `the`), so that where it goes is
    read, on the channel named first; None when the sentence moves no airing."""
    if not _TAKEN_OUT.search(clean):
        return None
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        if _TAKEN_OUT.search(head) and _PUT_BACK.search(tail) and (find_clock(tail) or find_days(tail)):
            kept = [(_THE.search(head, 0, c.start).start(), c.end) for c in find_channels(head)]
            blank = "".join(ch if ch.isspace() or any(a <= i < b for a, b in kept) else " "
                            for i, ch in enumerate(head))
            return blank + clean[cut.start():]
    return None


def on_the_slot(air: AirDate | None, sentence: str, article_date: date, default_show: str | None,
                 slot: AirDate) -> AirDate | None:
    """`Nordlicht airs Sundays at 20:15 on Das Erste. Falk's final case airs on 6 April.`, `…It returns Oct. 12.`,
    `Millbrook is on ITV1 weeknights at 7.30pm. Her last episode airs on Friday 23 July.`: a date on a day of the
    weekly slot or strip the sentence before gave, in a clause naming no time or channel of its own, is on that
    slot (its time, zone and channel). `The finale is June 12, and the first seasons stream on Paramount+`: the
    clause with the date is read apart from one about something else. A date that has already aired (`The season
    two finale aired on Sunday, May 31`) is not: the slot says when the show airs now, not when it did."""
    clean = plain_text(sentence)
    if air and air.kind == "one-off" and air.local_time and _REPEAT_FOLLOWING.search(clean):
        return replace(air, when=Slot(air.weekday, air.local_time, air.tz))  # each week's episode's repeat: weekly
    own = _dated_clause(clean)
    if find_channels(own) or find_clock(own) or _ALREADY_AIRED.search(own):
        return air
    if air is None or own is not clean:
        dated = [d for d in find_days(own) if d.kind == "date"]
        if len(dated) != 1 or not says_it_is_on(own):
            return air
        on = AirDate(show=show_subject(own) or default_show, network=None,
                     when=OneOff(resolve(dated[0], article_date, backward=False)), sentence=sentence)
        if on.day is None or on.day.weekday() not in _slot_days(slot):
            return air
        air = on
    if air.day is None or air.day.weekday() not in _slot_days(slot) or not (
            air.kind == "one-off" or air.kind == "streaming" and not STREAM_WORD.search(own)):
        return air
    return replace(air, network=slot.network, when=OneOff(air.day, slot.local_time, slot.tz))


# `The repeat runs the following Sunday at 23:05`, after a weekly slot: the repeat of each week's episode.
_REPEAT_FOLLOWING = re.compile(r"\b(?:repeats?|reruns?|encores?)\b.{0,30}?\b(?:the\s+)?(?:following|next)\s+"
                               r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
# A broadcast told in the past tense (not `ran`, `began`: said of a run that goes on).
_ALREADY_AIRED = re.compile(r"\b(?:aired|premiered|debuted|(?:was|were)\s+(?:aired|broadcast|shown|screened|televised)|"
                            r"went\s+out)\b", re.I)


def _dated_clause(clean: str) -> str:
    """The clause of `clean` that holds its one date, when it has clauses and one date; else all of it."""
    dated = [d for d in find_days(clean) if d.kind == "date"]
    if len(dated) != 1:
        return clean
    start = 0
    for cut in CLAUSE_BREAK.finditer(clean):
        if cut.start() >= dated[0].end:
            return clean[start:cut.start()]
        start = cut.end()
    return clean[start:] if start else clean


def _slot_days(slot: AirDate) -> frozenset[int]:
    """The weekdays a weekly slot or a strip is on (none for a slot whose days the text does not give)."""
    if slot.weekday:
        return frozenset({WEEKDAYS.index(slot.weekday)})
    if getattr(slot.when, "days", ()):  # `airs Wednesday and Thursday at 20.30`: the nights read
        return frozenset(WEEKDAYS.index(d) for d in slot.when.days)
    clean = plain_text(slot.sentence)
    strip = find_strip(clean, find_clock(clean))
    return strip_days(strip) if strip else frozenset()


def clock_of_another(clean: str, clock: Clock | None, channel: Channel | None, channels: list[Channel]) -> bool:
    """`airs weeknights after *24 Oras* on GMA, with delayed telecast on GTV at 10:30 p.m.`: a clock in a later clause
    that names a channel of its own is that channel's, not the airing's."""
    if clock is None or channel not in channels or clock.start < channel.end:
        return False
    cut = next(CLAUSE_BREAK.finditer(clean, channel.end, clock.start), None)
    return bool(cut) and any(cut.end() <= c.start < clock.start and c.name != channel.name for c in channels)


# Where a sentence restating an airing in another place's time may stand after it: in the paragraph after, past a
# heading (`## What time will it be where I live?`), not pages later.
_RESTATE_REACH = 300
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|night|evening|morning)|that\s+(?:day|night|evening|morning))\b",
                       re.I)
# What says the airing before comes at that hour there: `they arrive at 3pm PHT`, `can start watching from 4am`.
_COMES = re.compile(r"\b(?:arrives?|lands?|drops?|airs?|goes\s+(?:out|up|live)|(?:is|are)\s+(?:out|up|on|available)|"
                    r"(?:start|begin)\s+(?:watching|streaming)|(?:watch|see|stream|catch)\s+(?:it|them|the\s+\w+))\b",
                    re.I)


# `That's 3 a.m. ET, 8 a.m. in the UK`: the time just given, said again in zones.
_CONVERTED = re.compile(r"\W*(?:That|Which|This)(?:['’]s|\s+is|\s+means)\s", re.I)


def restated(sentence: str, air: AirDate | None, before: AirDate | None, at: int, article_date: date) -> AirDate | None:
    """`All eight episodes drop on Lumen+ on Friday, June 12 at 3am ET.` then `In the Philippines, they arrive at 3pm
    PHT the same day.`, `Viewers in Uruguay can start watching from 4am on Friday, June 12.`: the airing before, on
    the same day, at the hour another place's viewers have it (its zone written or the place's), with its kind and
    channel; `air` as read when the sentence (at `at` in the body) names a channel of its own or is no such
    restatement."""
    if before is None or before.day is None or at - (before.sentence_end or 0) > _RESTATE_REACH or air and (
            air.network or air.kind == "recurring"):  # `Beginning Monday, reruns air weeknights at 11`: a run of its own
        return air
    clean = plain_text(sentence)
    clock = find_clock(clean)
    if clock is None or not (_COMES.search(clean) or _CONVERTED.match(clean)) or find_channels(clean):
        return air
    place = viewers_country(clean, (0, clock.start, clock.end))
    zone = place if place and (clock.zone is None or same_offset(clock.zone, place, before.day)) else clock.zone
    days = [d for d in find_days(clean) if d.kind == "date"]
    on = resolve(days[0], article_date, False) if days else None
    on = before.day if _SAME_DAY.search(clean) or not days and _CONVERTED.match(clean) else on
    if zone is None or on is None or abs((on - before.day).days) > 1:
        return air
    return replace(before, when=replace(before.when, day=on, time=clock.hhmm, tz=zone), sentence=sentence)


def streams_there(clause: str) -> bool:
    """`the whole series is on ITVX`: a clause putting something on a streaming service, and saying no when."""
    channels = find_channels(clause)
    return bool(channels and all(c.streaming and offered_on(clause, c) for c in channels)
                and not find_clock(clause) and not find_days(clause))


def available_now(clause: str, streaming_only: bool = False) -> bool:
    """`*X* season one is streaming on Beacon+`: where to watch now (a streaming word and a channel), with no when and
    no broadcast; with `streaming_only`, on streaming services only (`season two is streaming on BritBox now`)."""
    if not STREAM_WORD.search(clause) or find_clock(clause) or find_days(clause):
        return False
    channels = find_channels(clause)
    return bool(channels) and (all(c.streaming for c in channels) if streaming_only else not BROADCAST.search(clause))


def own_airing(clause: str) -> bool:
    """A clause naming its own channel and its own day or time."""
    return bool(find_channels(clause) and (find_clock(clause) or find_days(clause)))


def two_broadcasts(clean: str) -> tuple[str, ...]:
    """`Meridian will air the finale again on Saturday at 10pm, and a retrospective airs Sunday, May 24 at 9pm ET`:
    two clauses each saying with a verb of its own that something airs at a time of its own (where no channel or
    one names them): the first airing is the sentence's."""
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        if all(BROADCAST.search(c) and find_clock(c) and find_days(c) for c in (head, tail)):
            return head, tail
    return ()


def after_streaming_now(clean: str) -> tuple[str, ...]:
    """`Season 2 is streaming now on Caldera+, and the network will run a marathon of it on Saturday, June 21, from
    noon`: a clause of availability with no when, then a broadcast with its own day or time: that clause alone."""
    for cut in CLAUSE_BREAK.finditer(clean):
        head, tail = clean[:cut.start()], clean[cut.end():]
        if STREAM_WORD.search(head) and not (find_days(head) or find_clock(head)) and BROADCAST.search(tail) \
                and not STREAM_WORD.search(tail) and (find_days(tail) or find_clock(tail)):
            return (tail,)
    return ()


def restates(body: str, at: int, found: list[AirDate]) -> bool:
    """Whether the paragraph at `at` opens by saying again the time of the airing found last, just before it (`That's
    3 a.m. ET, 8 a.m. in the UK`): read, though it has no word of an airing."""
    return bool(found) and at - (found[-1].sentence_end or 0) <= _RESTATE_REACH and \
        _CONVERTED.match(plain_text(body[at:at + _CONVERTED_REACH])) is not None


_CONVERTED_REACH = 40  # characters of a paragraph's opening read for `That's` (past its markup: `<p>`, `**`)


def same_offset(a: str, b: str, day: date) -> bool:
    """Whether zones `a` and `b` keep the same clock at noon on `day` (`GMT` and London in winter)."""
    noon = datetime.combine(day, time(12))
    return noon.replace(tzinfo=ZoneInfo(a)).utcoffset() == noon.replace(tzinfo=ZoneInfo(b)).utcoffset()


def own_network(clean: str, service: Channel) -> Channel | None:
    """`Meridian will air the finale again`, after `streaming on Meridian+`: the network a `+` service is named
    for, where the text names it alone (the service's name without its `+`)."""
    if not (service.streaming and service.name.endswith("+")):
        return None
    m = re.search(r"(?<![\w+])" + re.escape(service.name[:-1]) + r"(?![\w+])", clean)
    return Channel(m.group(0), service.zone, False, m.start(), m.end()) if m else None


# A sentence opening on the country its airing is in (`In Uruguay the novela can be seen…`).
_IN_A_COUNTRY = re.compile(r"[Ii]n\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def abroad(clean: str, carried: Channel) -> bool:
    """`In Uruguay the novela can be seen on Canal 10…` after an Argentine channel: an airing a sentence places in
    another country than the channel named before is not on that channel."""
    m = _IN_A_COUNTRY.match(clean) if clean[:1] in "Ii" else None
    if m and m.group(1) in REGIONS:
        return False  # `In British Columbia`, `In WA`: a region of a country (air_clock.in_a_region), not `British`
    zone = m and (country_zone(m.group(1)) or country_zone(m.group(1).split()[0]))
    return bool(zone and carried.zone and zone != carried.zone)
