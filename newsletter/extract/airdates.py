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

import html
import re
from collections.abc import Callable
from functools import cache
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..model import WEEKDAYS, AirDate, OneOff, Slot, Streaming, When
from .channels import NEW_YORK, Channel, find_channels, home_zone, names_streamer, offered_on, zone_of
from .scan import led_by_first
from .sentences import paragraphs
from .show_subject import show_subject
from .statements import statements
from .when import STRIP as _STRIP_RX
from .when import Clock, Day, find_clock, find_days, find_strip, has_cue, odd_clock, resolve

__all__ = ["AirContext", "find_air_dates", "mentions_airing", "parse_sentence"]

# Tags and Markdown links are stripped before reading; their lengths are bounded so that a stray `<` or `[` in a
# long paragraph costs one short scan, not one to the end of the text.
_TAG = re.compile(r"<[^<>]{0,300}>")
_MD_LINK = re.compile(r"\[([^\[\]]{0,300})\]\([^()\s]{0,500}\)")
_MARKS = re.compile(r"[*_]+|~~")
# `LOS ANGELES, July 20 -`: a press release's dateline says when it was written, not when anything airs.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?,\s+"
                       r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
                       r"(?:-|–|—|/[A-Za-z ]+/)\s*")

_BROADCAST = re.compile(
    r"\b(?:(?:airs?|aired|airing)(?!\s+(?:out|grievances|concerns|views|doubts)\b|\s+(?:his|her|their|its|my|our|your)\s+"
    r"(?!(?:[\w-]+\s+){0,2}(?:finale|premiere|episode|season|series|pilot|special|first|last|final)))|"
    r"re-?airs?|broadcasts?|broadcasting|televised|telecasts?|premieres|premiered|premiering|"
    r"(?:will|to|we|they|it|shows?|series|and|also|then|officially)\s+premiere|debuts?|debuted|debuting|"
    r"tune\s+in|catch\s+(?:it|him|her|them|the\s+\w+)\b|screens\s+(?:on|at|tonight|tomorrow)|goes\s+out|"
    r"is\s+on\s+(?:at|every|tonight|tomorrow)|(?:be|is|was|were|being)\s+shown|went\s+out|transmits|transmitted|simulcast|on\s+air|"
    r"shows?\s+(?:it|them|the\s+(?:series|show|drama|episodes?|finale|premiere)))\b", re.I)
_WEAK_VERB = re.compile(
    r"\b(?:returns?|returning|returned|comes?\s+back|(?:is|are)\s+back|begins?|beginning|begin\s+airing|starts?|"
    r"starting|kicks?\s+off|kicking\s+off|kick\s+off|opens?|ends?|ending|concludes?|wraps?(?:\s+up)?|launch(?:es|ing)?|"
    r"moves?\s+to|moved\s+to|moving\s+to|shifts?\s+to|switch(?:es)?\s+to|arrives?|lands?|drops?|bows?|rolls?\s+out|"
    r"hits|continues|resumes|unfolds?|unfolding|follows?|appears?|appearing|appearance|guests?|guest[- ]stars?)\b",
    re.I)
_TV_NOUN = re.compile(r"\b(?:seasons?|series|episodes?|finale|premiere|show|television|TV|program(?:me)?s?|special|"
                      r"miniseries|sitcom|drama|broadcast|telecast|prime\s*time|primetime|screens|slot|timeslot|"
                      r"installment|two-parter|spinoff|spin-off|reboot|revival)\b", re.I)
_STREAM_WORD = re.compile(r"\b(?:stream(?:s|ing|ed)?|available\s+(?:to\s+(?:watch|stream|view)\s+)?(?:on|via|from)|"
                          r"on\s+demand|catch[- ]?up|caught\s+up|box\s*set|binge|all\s+(?:\w+\s+){1,2}episodes|"
                          r"drops?\s+on|lands?\s+on|arrives?\s+on|hits\s+(?:Netflix|Hulu|Prime|Disney|Apple|Max|"
                          r"Peacock|Paramount))\b", re.I)
_POSSESSIVE_AIRING = re.compile(r"(?:day|night|tonight|tomorrow)['’]s\s+(?:\w+[- ]){0,3}?(?:season\s+|series\s+|"
                                r"mid-?season\s+)?(?:premiere|finale|episode|installment|show|broadcast|telecast|"
                                r"special|debut|return)\b", re.I)
# Look-alikes: a when and even a channel, but nothing to watch at that time (common nouns in lower case only, so a
# show called `Panel Pals` is not one).
_LOOK_ALIKE = re.compile(
    r"\b(?:film(?:s|ed|ing)\s+(?:on|in|at|began|begins|starts|wrap)|filming|shooting|shoots\s+(?:on|in|at)|"
    r"on\s+location|on\s+set|wrap(?:s|ped)?\s+(?:production|filming|shooting)|production\s+(?:begins|starts|on)|"
    r"(?:in|to|hits|into|at)\s+(?:(?:select|selected|limited)\s+)?(?:theaters|theatres|cinemas)|"
    r"(?:watch|viewing)\s+part(?:y|ies)|in\s+(?:movie\s+)?theaters|box\s+office|"
    r"(?:on|to|of|its)\s+(?:DVD|Blu-?ray|VHS|home\s+video|digital\s+download)|DVD\s+(?:release|box)|"
    r"on\s+Broadway|off-Broadway|West\s+End|on\s+stage|the\s+stage|matinee|curtain\s+(?:rises|up)|"
    r"(?-i:deadline|press\s+conference|red\s+carpet|screening|panel|signing|book\s+tour|tickets?)|"
    r"fan\s+(?:convention|event)|"
    r"Comic-?Con|(?:going\s+to|attend(?:s|ing|ed)?|at|walk(?:s|ed)?)\s+the\s+(?:\w+\s+)?(?:Emmys|Oscars|"
    r"Golden\s+Globes|Tonys|Grammys|BAFTAs|SAG\s+Awards|Awards|ceremony)|blast-?off|lift-?off|"
    r"launch\s+(?:pad|window)|flyover|fly-?over|(?-i:trailer|teaser|first\s+look|sneak\s+peek|poster)|"
    r"on\s+(?:Instagram|TikTok|Twitter|Facebook|Snapchat|social\s+media)|(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,4}festival\b)", re.I)
_PAST = re.compile(r"\b(?:aired|premiered|debuted|broadcast\s+(?:last|on\s+\w+day)|was\s+(?:aired|broadcast|shown|"
                   r"televised|screened|on)|were\s+(?:aired|broadcast|shown)|ran|returned|kicked\s+off|ended|concluded|"
                   r"went\s+out|began|started|used\s+to|"
                   r"wrapped|last\s+(?:night|week)|yesterday|ago|earlier\s+this\s+(?:week|month))\b", re.I)
_FROM_DAY = re.compile(r"\b(?:beginning|starting|from|as\s+of|effective)\s+(?:on\s+|this\s+|next\s+)?"
                       r"(?:\w+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.I)
_OLD_SLOT = re.compile(r"\b(?:used\s+to|(?:back\s+)?in\s+(?:19|20)\d\d\b|(?:originally|initially|previously|formerly|once)\s+(?:\w+\s+)?"
                       r"(?:aired|scheduled|ran|broadcast|slotted|airing)|(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                       r"(?:scheduled|slotted|airing|aired|broadcast|on)\b)", re.I)
# A day that dates the news, not an airing: `NBC said Tuesday`, `was renewed on Thursday`, `CBS on Wednesday released`.
_NEWS_VERBS = (r"(?:said|says|announced|announces|confirmed|revealed|renewed|canceled|cancelled|ordered|released|"
               r"reported|told|tweeted|posted|unveiled|picked\s+up|filmed|shot|taped|recorded|staged)")
_NEWS_VERB_BEFORE = re.compile(r"\b" + _NEWS_VERBS + r"(?:\s+(?:it|that|late|early))?\s+(?:on\s+)?$", re.I)
_NEWS_VERB_AFTER = re.compile(r"\s+" + _NEWS_VERBS + r"\b")
_NEWS_REACH = 40  # characters before a day searched for its news verb: `NBC confirmed late on Tuesday` fits
_VAGUE = re.compile(r"\b(?:in|this|next|later\s+this|early|late|by)\s+(?:the\s+)?(?:January|February|March|April|"
                    r"May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|"
                    r"year|month|season|\d{4})\b|\bnext\s+year\b|\bsometime\b", re.I)
_FUTURE = re.compile(r"\b(?:will|ahead\s+of|upcoming|coming|next|this|tune\s+in|set\s+to|due|to\s+air)\b", re.I)
_HABITUAL = re.compile(r"\b(?:airs|is\s+on|broadcasts|runs|(?<!our\s)(?<!the\s)(?<!your\s)screens|goes\s+out|is\s+aired|is\s+broadcast|is\s+shown|"
                       r"time\s*slot|new\s+slot)\b", re.I)
_ONE_OFF_NOUN = re.compile(r"\b(?:finale|premiere|special|episode|movie|film|pilot|part\s+\w+|installment|debut|"
                           r"reunion|event|appearance|interview|debate)\b", re.I)
_SHOW_WORD = re.compile(r"\b(?:show|program(?:me)?|series|news|broadcast|newscast|magazine)\b", re.I)
# `Night Desk (season 3) — weeknights at 11:35 p.m. ET`: a schedule's line, a title and then when it is on.
_LISTING_HEAD = re.compile(r"(?:[-–—•·]\s*)?(?P<head>[\"'‘“]?[A-Z0-9][^—–:;.!?]{0,80}?)\s*(?:—|–|:|\s-\s)\s*")
_ASIDE = re.compile(r"\([^()]{0,40}\)")
_TITLE_WORD = re.compile(r"[A-Z0-9&'’\"(]|(?:a|an|the|of|and|with|in|on|to|for|at|de|la|le|von|van)$")
_SET_OFF = re.compile(r"\s*(?:[-–—•·]\s*)?(?:[*_\"“‘']|<(?:i|em|b|strong)>)", re.I)
_TITLE_MAX_WORDS = 9  # longer than any show's title: a sentence, not a listing
_LISTING_TAIL_WORDS = 4  # `, continuing`, `ET/PT (new night)`: what a listing adds after its time
_IS_ON = re.compile(r"\b(?:is|are|was|were|'s)\s+(?:back\s+)?on\s+(?:at\s+)?", re.I)
_QUICK_LISTING = re.compile(r"[—–:] ?(?:week|mon|tue|wed|thu|fri|sat|sun|every|daily|nightly)")
_LONG_BEFORE = timedelta(days=30)  # older than a month: more likely a typo in the year than news of a past airing
_LATE_HOURS = ("23", "00", "01", "02")  # a slot this late with no day is a nightly talk show's


@dataclass(frozen=True)
class AirContext:
    """What earlier text of the same article said: a day it named and the channel it last named."""

    day: date | None = None
    channel: Channel | None = None
    # the zone of the article's city (`Houston Chronicle`), for an unplaced `Channel 11`; read only when asked
    home: Callable[[], str | None] | None = None
    streamers: bool = True  # False: the article names no streaming service anywhere
    earlier: Callable[[], Channel | None] | None = None  # the channel, read only when asked, when `channel` is None

    def carried(self) -> Channel | None:
        """The channel a sentence that names none is on."""
        return self.channel or (self.earlier() if self.earlier else None)


@dataclass
class _Earlier:
    """The channel named last so far in an article. Text skipped between the paragraphs read is searched only when
    a sentence asks (few do), so that a long article's prose is not scanned for channels on every read."""

    body: str
    channel: Channel | None = None
    skipped: list[tuple[int, int]] = field(default_factory=list)

    def __call__(self) -> Channel | None:
        for start, end in reversed(self.skipped):
            named = _carried(self.body[start:end])
            if named:
                self.channel = named[-1]
                break
        self.skipped = []
        return self.channel

    def name(self, channel: Channel) -> None:
        self.channel, self.skipped = channel, []


def mentions_airing(text: str) -> bool:
    """Cheap check: could this text state when a show airs?"""
    if not _worth_parsing(text):
        return False
    return bool((_BROADCAST.search(text) or _WEAK_VERB.search(text) or _POSSESSIVE_AIRING.search(text)
                 or _STREAM_WORD.search(text) or "(" in text)
                and (find_clock(text) or find_days(text) or find_channels(text) or find_strip(text, find_clock(text))))


def find_air_dates(body: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None, outlet: str | None = None,
                   title: str | None = None) -> list[AirDate]:
    """Every air-date statement in `body`, one AirDate per sentence that states one.

    A sentence that gives a time and a channel but no day takes the day an earlier
    sentence of its paragraph named, or an earlier airing's; one with no channel takes
    the channel the article named last (`this new Peacock show ... premieres Jan. 26`),
    or its `title` named (`NBC sets its winter schedule`). A local station whose city
    the text does not name is taken to be in the article's city (home_zone).
    """
    found: list[AirDate] = []
    earlier = _Earlier(body, next((c for c in find_channels(title) if not c.local), None) if title else None)
    aired: date | None = None  # the day the last airing read was on
    # Paragraphs and their statements stand between white space, so one names a streaming service only if the body
    # does (most do not).
    streamers = names_streamer(body)
    if not streamers and not has_cue(body):
        return []  # no paragraph can be worth parsing: each needs a cue, and a paragraph's cue is one of the body's
    home = cache(lambda: home_zone(body, outlet))
    read_to = 0  # where the last paragraph read ends: channels named in the text skipped since carry over too
    for p_start, p_end in paragraphs(body):
        if not _worth_parsing(body[p_start:p_end], streamers):
            continue
        if p_start > read_to:
            earlier.skipped.append((read_to, p_start))
        read_to = p_end
        day = aired
        named = _carried(body[p_start:p_end])
        seen = 0  # channels of `named` that stand before the end of the statement read
        for start, end in statements(body, p_start, p_end):
            sentence = body[start:end]
            air = parse_sentence(sentence, article_date, default_show, warnings, AirContext(
                day, None, home, streamers, earlier))
            if air:
                found.append(replace(air, sentence_start=start, sentence_end=end))
                day = aired = air.day or day
            elif has_cue(sentence):
                day = _day_named(sentence, article_date) or day
            while seen < len(named) and named[seen].start < end - p_start:
                seen += 1
            if seen:
                earlier.name(named[seen - 1])
    return _merge_split(found)


def _carried(text: str) -> list[Channel]:
    """The channels `text` names that a later sentence naming none is on (not an unplaced local station)."""
    return [c for c in find_channels(text) if c.placed or c.streaming or not c.local]


def _quick(rx: re.Pattern) -> re.Pattern:
    """`rx` for lower-cased text, without re.I and a leading word boundary: a looser test (a superset) that the
    engine runs several times faster, because it can skip to the letters the pattern starts with."""
    source = rx.pattern.lower().replace("(?p<", "(?P<")
    return led_by_first(source.removeprefix(r"\b"))


# Tried in this order, the one most often there and cheapest first (a strip: `weeknights`, `every day`), the
# broadcast verbs, costliest, last.
_QUICK_EVIDENCE = (*(_quick(rx) for rx in (_STRIP_RX, _POSSESSIVE_AIRING, _STREAM_WORD)),
                   re.compile(r"\d\s?/\s?\d{1,2}(?::\d\d)?\s?c\b"), _QUICK_LISTING, _quick(_BROADCAST))  # `8/7c`
_QUICK_WEAK, _QUICK_TV, _QUICK_IS_ON = _quick(_WEAK_VERB), _quick(_TV_NOUN), _quick(_IS_ON)


def _worth_parsing(text: str, streamers: bool = True) -> bool:
    """A superset of what `_has_evidence` accepts, cheap enough to run on every paragraph: something that says
    when, and something that says it is about an airing. Most paragraphs fail the first, cheapest test.
    `streamers` False: the text is known to name no streaming service."""
    streamer = streamers and names_streamer(text)
    if not streamer and not has_cue(text):
        return False
    lower = text.lower()
    return streamer or any(rx.search(lower) for rx in _QUICK_EVIDENCE) \
        or bool((_QUICK_WEAK.search(lower) or _QUICK_IS_ON.search(lower)) and (_QUICK_TV.search(lower) or find_clock(text))) \
        or any(c.placed for c in find_channels(text))


def _day_named(sentence: str, article_date: date) -> date | None:
    days = [d for d in find_days(_clean(sentence)) if d.kind != "weekday" or not d.plural]
    days.sort(key=lambda d: d.kind == "weekday")  # `Sunday, Dec. 6`: the date says which Sunday
    return resolve(days[0], article_date, backward=False) if days else None


def _merge_split(found: list[AirDate]) -> list[AirDate]:
    """`On Wednesday, Oct. 6. Catch it on CBS at 10 p.m.`: keep the sentence with the time, not both."""
    out: list[AirDate] = []
    for air in found:
        prev = out[-1] if out else None
        if prev and prev.day and prev.day == air.day and prev.local_time is None and air.local_time:
            out[-1] = air
        else:
            out.append(air)
    return out


def _clean(sentence: str) -> str:
    text = html.unescape(_TAG.sub(" ", _MD_LINK.sub(r"\1", sentence)))
    text = _MARKS.sub("", text).replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def parse_sentence(sentence: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None, context: AirContext | None = None) -> AirDate | None:
    """The airing one sentence states, or None for a sentence that states none.

    `context` carries what earlier sentences of the article said (find_air_dates
    fills it); without it the sentence is read alone.
    """
    if not _worth_parsing(sentence, context is None or context.streamers):
        return None
    clean = _DATELINE.sub("", _clean(sentence))
    channels = find_channels(clean)
    clock = find_clock(clean)
    days = [d for d in find_days(clean) if not (clock and d.start <= clock.start < d.end) and not _dates_news(clean, d)]
    strip = find_strip(clean, clock)
    listing = _listing_line(sentence, clean, clock, days, strip) or _released_on_carried(clean, channels, days, context)
    if not (listing or _has_evidence(clean, channels, clock, days, strip)) or (
            _VAGUE.search(clean) and not (days or clock)):
        return None  # `debuts in the spring on Netflix`: no day to put in a calendar
    odd = odd_clock(clean, clock)
    if odd and warnings is not None:
        warnings.append(f"{odd} in: {sentence}")
    context = context or AirContext()
    channel = _main_channel(clean, channels, clock)
    carried = context.carried() if channel is None and not channels else None
    if carried:
        # The channel named before carries over, but a streamer does not turn `Thursday's episode` into a release.
        channel = None if carried.streaming and _POSSESSIVE_AIRING.search(clean) else carried
    read = _Reading(clean, article_date, channel, channels, clock, days, strip, context)
    return read.air_date(sentence, default_show, warnings)


def _released_on_carried(clean: str, channels: list[Channel], days: list[Day], context: AirContext | None) -> bool:
    """`Netflix has all six episodes. They drop on Friday.`: a release on a day, on the streaming service named
    before."""
    if channels or not days or not context or not _STREAM_WORD.search(clean):
        return False
    carried = context.carried()
    return bool(carried and carried.streaming)


def _dates_news(clean: str, day: Day) -> bool:
    """`NBC said Tuesday`, `was renewed on Thursday`, `on Wednesday released a teaser`: the day of the news (but
    `released every Wednesday` is a schedule)."""
    if day.plural or day.qualifier in ("every", "each"):
        return False
    return bool(_NEWS_VERB_BEFORE.search(clean, max(0, day.start - _NEWS_REACH), day.start)
                or _NEWS_VERB_AFTER.match(clean, day.end))


def _has_evidence(clean: str, channels: list[Channel], clock: Clock | None, days: list[Day], strip) -> bool:
    """Whether the sentence speaks of an airing, and is no look-alike (unless a broadcast verb and a channel)."""
    placed = [c for c in channels if c.placed]
    if not (clock or days or strip or placed) or not _speaks_of_airing(clean, placed, clock, days, strip):
        return False
    return not _LOOK_ALIKE.search(clean) or bool(_BROADCAST.search(clean) and placed)


def _speaks_of_airing(clean: str, placed: list[Channel], clock: Clock | None, days: list[Day], strip) -> bool:
    when = bool(clock or days or strip)
    # A streaming service only named (a photo credit, `Netflix's deal`) is no release; one something is on is.
    offered = any(c.streaming and offered_on(clean, c) for c in placed)
    if _BROADCAST.search(clean) or _POSSESSIVE_AIRING.search(clean):
        return when or offered or bool(_STREAM_WORD.search(clean) and placed)
    if placed and (clock or strip or offered or _STREAM_WORD.search(clean)):
        return True
    if days and (any(_listed(clean, c) for c in placed) or (any(offered_on(clean, c) for c in placed) and (
            _WEAK_VERB.search(clean) or _TV_NOUN.search(clean)))):
        return True  # a day and a channel need a word of TV too: `coming to NBC on Monday` is about a job
    if (_WEAK_VERB.search(clean) and _TV_NOUN.search(clean) and when) or (clock and clock.listing):
        return True  # `8/7c` is written only of TV
    if _WEAK_VERB.search(clean) and clock and days and show_subject(clean):
        return True  # `Ridgeline returns this Sunday at 9`: a title, a day and a time
    if strip and clock and not strip.group("weak") and _IS_ON.search(clean):
        return True  # `Fenwick Farm is on weekdays at 5pm`
    if (placed or _TV_NOUN.search(clean)) and _on_when(clean, placed, clock, days):
        return True  # `It was on BBC One last night`, `Episode two is on Thursday`
    return bool(strip and _SHOW_WORD.search(clean)) or bool(_STREAM_WORD.search(clean) and placed)


def _on_when(clean: str, placed: list[Channel], clock: Clock | None, days: list[Day]) -> bool:
    """`is on` right before a day or a time, or a channel and then one (`was on BBC One last night`; not `is on
    hiatus`, `was on Fox for years`)."""
    whens = [*days, *([clock] if clock else [])]
    ons = {m.end() for m in _IS_ON.finditer(clean)}
    # a day's span starts at its `on`, which `is on` took too
    return any(w.start <= on < w.end for w in whens for on in ons) or any(c.start in ons and any(0 <= w.start - c.end <= len(" on ") for w in whens)
                                 for c in placed)


def _listing_line(sentence: str, clean: str, clock: Clock | None, days: list[Day], strip) -> bool:
    """`*Late Shift*: weeknights, 12:37 a.m.`, `Coastline (series 2) — Sundays at 9pm`: a title, a dash or colon, and
    at once a weekly or daily slot or a date with its time, and little after, as schedules list them (the channel
    is the article's). The title is set off (italics, bold, quotes), or has two title words or an aside, so that a
    label (`Note: weekdays at 5pm the office closes`) is none."""
    m = _LISTING_HEAD.match(clean) if clock and not _LOOK_ALIKE.search(clean) else None
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


def _listed(clean: str, c: Channel) -> bool:
    """In a listing's comma list or brackets: `(Wednesday, NBC, 9 p.m.)`, `CBS, Wednesdays`."""
    before = clean[max(0, c.start - len(", ")):c.start].strip()[-1:]  # the mark just before it, past a space
    return before in ("(", ",", ";") or clean[c.end:c.end + 1] in (",", ";", ")")


def _main_channel(clean: str, channels: list[Channel], clock: Clock | None) -> Channel | None:
    """The channel the airing is on: the first one named where airings name theirs, after `streaming on` first
    (but `airs Sundays at 9 p.m. on HBO and streams on Max` airs on HBO)."""
    placed = [c for c in channels if c.placed]
    broadcaster = next((c for c in placed if not c.streaming), None)
    stream = re.search(r"\bstream(?:s|ing)?\s+(?:\w+\s+)?(?:on|via)\s", clean, re.I)
    if broadcaster and clock and (_BROADCAST.search(clean) or stream and broadcaster.start < stream.start()):
        return broadcaster  # also `concludes Sunday at 9 on HBO and streams on Max`: the stream comes second
    if stream:
        after = [c for c in channels if c.start >= stream.end()]
        if after:
            return after[0]
    return (placed or channels or [None])[0]


@dataclass
class _Reading:
    """One sentence's parts, and the rules that turn them into an airing."""

    clean: str
    article_date: date
    channel: Channel | None
    channels: list[Channel]  # named in this sentence (a channel carried over from before stands elsewhere)
    clock: Clock | None
    days: list[Day]
    strip: re.Match | None
    context: AirContext

    def air_date(self, sentence: str, default_show: str | None, warnings: list[str] | None) -> AirDate | None:
        when = self._when(self._streaming(), warnings, sentence)
        if when is None:
            return None
        local_time, tz = self._clock_and_zone()
        network = self.channel.name if self.channel else None
        return AirDate(show=show_subject(self.clean) or default_show, network=network,
                       when=replace(when, time=local_time, tz=tz), sentence=sentence)

    def _streaming(self) -> bool:
        if self.channel and self.channel.streaming:
            return True
        if not _STREAM_WORD.search(self.clean):
            return False
        # `airs at 9 and streams next day`, `concludes at 9 on HBO and streams on Max`: an airing, with a stream
        return not (self.clock and (_BROADCAST.search(self.clean) or self.channel and not self.channel.streaming))

    def _when(self, streaming: bool, warnings, sentence) -> When | None:
        """When the sentence says the show is on (its clock and zone are added after), or None for no airing."""
        past = bool(_PAST.search(self.clean))
        dated = [d for d in self.days if d.kind != "weekday"]
        weekdays = [d for d in self.days if d.kind == "weekday"]
        if weekdays and weekdays[0].plural and not past and (
                _FROM_DAY.search(self.clean) or all(d.kind == "relative" for d in dated)):
            # `moves to Tuesdays at 8 beginning Oct. 14`: a weekly slot from a day on; `airs Thursdays at 10, and
            # tomorrow…` a slot beside another clause's day; but `returns on Sept. 21 in its new slot, Wednesdays`
            # is that day's airing
            name = WEEKDAYS[weekdays[0].weekday]
            return Streaming(weekly=name) if streaming else Slot(name)
        if dated:
            day = self._resolve_dated(dated[0], past, weekdays, warnings, sentence)
            if (dated[0].qualifier == "last" or past and dated[0].year) and day and \
                    day < self.article_date - _LONG_BEFORE:
                return None  # `premiered on August 11, 1997` in a later article: history (`aired on May 15`, no year, is
                # the last May 15, news of a past airing)
            return Streaming(day) if streaming else OneOff(day)
        if self.strip and not (weekdays and not self.strip.group(0).lower().startswith(("late", "every", "each"))
                               and weekdays[0].plural):
            return None if past and _OLD_SLOT.search(self.clean) else Slot()
        if weekdays:
            return self._weekday_when(weekdays[0], streaming, past)
        if streaming:
            return Streaming()
        if self.clock and self.clock.hhmm[:2] in _LATE_HOURS and not _ONE_OFF_NOUN.search(self.clean):
            return Slot()  # `moved to 11:35 p.m. on ABC`: a late-night strip
        if self.clock and self.channel:
            return OneOff(self.context.day or self.article_date)  # a listing's time with no day: that day's schedule
        if self.clock and self.context.day and _BROADCAST.search(self.clean):
            return OneOff(self.context.day)  # `Mark your calendars for Sunday, Dec. 6. That's when it airs at 9.`
        return None

    def _resolve_dated(self, first: Day, past: bool, weekdays: list[Day], warnings, sentence) -> date | None:
        day = resolve(first, self.article_date, backward=past)
        if warnings is None:
            return day
        if day is None:
            warnings.append(f"impossible date in: {sentence}")
        elif day < self.article_date - _LONG_BEFORE:
            warnings.append(f"{day.isoformat()} is long before the article's date {self.article_date.isoformat()}; "
                            f"kept it, but check: {sentence}")
        elif weekdays and weekdays[0].weekday != day.weekday() and not weekdays[0].plural:
            warnings.append(f"{WEEKDAYS[weekdays[0].weekday]} does not match {day.isoformat()} (a "
                            f"{WEEKDAYS[day.weekday()]}); kept the date in: {sentence}")
        return day

    def _weekday_when(self, wd: Day, streaming: bool, past: bool) -> When | None:
        name = WEEKDAYS[wd.weekday]
        habitual = bool(_HABITUAL.search(self.clean)) and not _ONE_OFF_NOUN.search(self.clean) and not wd.possessive \
            and wd.qualifier not in ("this", "next", "this coming", "coming", "last")
        if streaming and (wd.plural or wd.qualifier in ("every", "each")):
            return Streaming(weekly=name)  # `new episodes drop Fridays on Hulu`: a weekly release
        if wd.plural or wd.qualifier in ("every", "each") or (habitual and not streaming):
            if past and _OLD_SLOT.search(self.clean):
                return None  # `was initially scheduled on Fridays`: a slot that is history
            return Slot(name)
        backward = past and not _FUTURE.search(self.clean)
        nearest = wd.possessive and not past and not _FUTURE.search(self.clean)
        day = resolve(wd, self.article_date, backward=backward, nearest=nearest)
        return Streaming(day) if streaming else OneOff(day)

    def _clock_and_zone(self) -> tuple[str | None, str | None]:
        if not self.clock:
            return None, None
        text = self.clean if self.channel in self.channels else ""  # no city or platform beside a carried channel
        home = self.context.home() if self.context.home and self.channel and (
            self.channel.local or self.channel.name.startswith("Channel ")) else None
        channel_zone = zone_of(self.channel, text, home) if self.channel else None
        written = self.clock.zone
        if written and channel_zone and _same_offset(written, channel_zone, self.article_date):
            return self.clock.hhmm, channel_zone  # `9 p.m. ET on CTV`: Toronto's clock, same hour
        if written:
            return self.clock.hhmm, written
        if channel_zone:
            return self.clock.hhmm, channel_zone
        return self.clock.hhmm, NEW_YORK  # a US listing that names no zone: Eastern


def _same_offset(a: str, b: str, day: date) -> bool:
    noon = datetime.combine(day, time(12))
    return noon.replace(tzinfo=ZoneInfo(a)).utcoffset() == noon.replace(tzinfo=ZoneInfo(b)).utcoffset()
