"""Air-date statements in article text: `Chicago P.D. airs on NBC Wednesdays at 10 p.m. ET.`

`find_air_dates` reads each sentence once and returns AirDates for those that
state an airing; look-alikes (`airs its grievances`, `aired last year`) give
nothing. Dates are resolved against the article's date, never today's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..model import AirDate
from .sentences import paragraphs, sentences

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NETWORKS = ("NBC", "CBS", "ABC", "FOX", "Fox", "The CW", "CW", "PBS", "HBO", "AMC", "FXX", "FX", "USA Network", "USA",
            "TNT", "TBS", "Showtime", "Starz", "Bravo", "Lifetime", "Hallmark Channel", "Hallmark", "Syfy", "A&E",
            "Freeform", "Comedy Central", "MTV", "BBC One", "BBC Two", "ITV", "Channel 4", "Sky One", "OWN", "TLC")
STREAMERS = ("Amazon Prime Video", "Prime Video", "Paramount+", "Netflix", "Hulu", "Peacock", "Disney+", "Apple TV+",
             "HBO Max", "Max", "AMC+", "BritBox", "Acorn TV", "Tubi")
ZONES = {"et": "America/New_York", "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
         "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
         "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
         "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
         "pacific": "America/Los_Angeles"}
EASTERN = "America/New_York"
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

_alt = "|".join
_VERB = re.compile(r"\b(airs?|airing|aired|premieres?|premiered|premiering|returns?|returning|returned|debuts?|debuted|"
                   r"drops?|streams?|streaming|broadcasts?|concludes|starts|begins|launches)\b", re.I)
_PAST = re.compile(r"(?<!\bis )(?<!\bare )\b(aired|premiered|returned|debuted)\b", re.I)
_KNOWN_NET = r"(" + _alt(re.escape(n) for n in STREAMERS + NETWORKS) + r")(?![\w+])"
_NET = re.compile(r"(?:\bon|\bvia|\bto|\()\s+(?:the\s+)?" + _KNOWN_NET + r"|\(\s*" + _KNOWN_NET)
# A channel the list does not know, written in capitals after "on": "on AXN", "on RTL 4".
_OTHER_NET = re.compile(r"\bon\s+([A-Z][A-Z0-9&]{1,6}(?:\s+\d{1,2})?)\b(?!['’])")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_WORD_TIME = re.compile(r"\bat\s+(" + _alt(_NUMBER_WORDS) + r")\b(?:\s+(o['’]clock))?", re.I)
_GENERIC = re.compile(r"\b(finale|special|premiere|episodes?|show|series|drama|comedy|season|reunion|pilot|spin-?off|"
                      r"movie|documentary|miniseries)\b", re.I)
_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(s)?(?:['’]s)?\b(\s+nights?)?")
_MONTH_DAY = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                        r"(?:,?\s+(\d{4}))?")
_RELATIVE = re.compile(r"\b(tonight|tomorrow|today|last night)\b", re.I)
_TIME = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(?:(a\.?m\.?|p\.?m\.?)|/(\d{1,2})(?::\d{2})?\s*c\b)"
                   r"|\bat\s+(\d{1,2})(?::(\d{2}))?(?![\d:])(?!\s*(?:percent|%|years|episodes|minutes|a\.?m|p\.?m))", re.I)
_ODD_ZONE = re.compile(r"\s*([A-Z]{1,3}[SD]?T)\b")  # "10 p.m. XT": zone-like, but not one we know
_ZONE = re.compile(r"(?<![\w])(" + _alt(ZONES) + r")\b", re.I)
_PREMIERE_NOUN = re.compile(r"\bpremiere\b", re.I)
_PAREN_SLOT = re.compile(r"\([^)]*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|/\s*\d{1,2}\s*c|pm|am)[^)]*\)", re.I)
_DETERMINER_END = re.compile(r"(?:['’]s|\bthe|\ba|\bits|\bhis|\bher|\btheir)\s*$", re.I)
_EVERY = re.compile(r"\b(every|each|weekly|nights)\b", re.I)
_SUBJECT_SKIP = re.compile(r"^(it|this|that|he|she|they|the show|season \w+|part \w+|the new season|the series|the drama|the comedy|new episodes|"
                           r"the (?:season|series|mid-?season) (?:finale|premiere)|the finale|the premiere|the episode)$", re.I)


def mentions_airing(text: str) -> bool:
    """Cheap check: could this text state when a show airs?"""
    return bool(_VERB.search(text) and (_NET.search(text) or _TIME.search(text) or _WEEKDAY.search(text)))


def find_air_dates(body: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None) -> list[AirDate]:
    """Every air-date statement in `body`, one AirDate per sentence that states one."""
    found = []
    for start, end in _candidate_sentences(body):
        sentence = body[start:end]
        if not _worth_parsing(sentence):
            continue
        air = parse_sentence(sentence, article_date, default_show, warnings)
        if air:
            found.append(replace(air, sentence_start=start, sentence_end=end))
    return found


def _worth_parsing(text: str) -> bool:
    return mentions_airing(text) or bool(_PREMIERE_NOUN.search(text) or _PAREN_SLOT.search(text))


def _candidate_sentences(body: str):
    """Sentences of the paragraphs that could state an airing; the rest is never split (splitting is the slow part)."""
    for p_start, p_end in paragraphs(body):
        if _worth_parsing(body[p_start:p_end]):
            yield from sentences(body[p_start:p_end], p_start)


def parse_sentence(sentence: str, article_date: date, default_show: str | None = None,
                   warnings: list[str] | None = None) -> AirDate | None:
    """The airing one sentence states, or None for a sentence that states none."""
    clean = re.sub(r"[*_]", "", sentence)
    verb = _VERB.search(clean) or _PREMIERE_NOUN.search(clean) or _PAREN_SLOT.search(clean)
    if not verb:
        return None
    net = _NET.search(clean)
    network = (net.group(1) or net.group(2)) if net else None
    if network is None:
        other = _OTHER_NET.search(clean)
        network = other.group(1) if other and other.group(1) not in ("TV", "ET", "PT", "CT", "MT") else None
    streaming = network in STREAMERS
    wd = _WEEKDAY.search(clean)
    md = _MONTH_DAY.search(clean)
    rel = _RELATIVE.search(clean)
    if md and rel:  # the first date named goes with the airing; a later one is another part or a rerun
        md, rel = (md, None) if md.start() < rel.start() else (None, rel)
    clock = _parse_time(clean, sentence, warnings)
    if not (wd or md or rel or clock or streaming):
        return None
    past = bool(_PAST.search(clean[max(0, verb.start() - 4):verb.end()]))
    if past and not (rel and rel.group(1).lower() == "last night") and not md:
        return None  # "the 300th episode aired last year": history, not an airing to watch
    weekday = WEEKDAYS[[w[:3] for w in WEEKDAYS].index(wd.group(1)[:3])] if wd else None
    day = _resolve_date(md, rel, wd, article_date, sentence, warnings)
    plural_nights = bool(wd and wd.group(3) and wd.group(3).rstrip().endswith("s"))
    recurring = bool(wd and (wd.group(2) or plural_nights or _EVERY.search(clean))) and not md and not rel
    if wd and not md and not rel and verb.re is _VERB and verb.group(0).lower().startswith(("air", "broadcast")):
        recurring = True  # "airs Thursday at 9": a slot, not a one-off
    if recurring:
        kind, day = "recurring", None
    elif day:
        kind = "one-off"
        weekday = WEEKDAYS[day.weekday()]
    elif streaming:
        kind = "streaming"
    else:
        return None
    if streaming and not clock:
        kind = "streaming"
    local_time = tz = None
    if clock:
        local_time, tz = clock
        if tz is None and (network is None or network in NETWORKS or network in STREAMERS):
            tz = EASTERN  # US listings that name no zone mean Eastern; an unknown channel's zone stays unknown
    start = None
    if day and local_time:
        start = datetime.combine(day, time.fromisoformat(local_time), ZoneInfo(tz))
    before = clean[:verb.start()]
    as_noun = verb.re is not _VERB or _DETERMINER_END.search(before)  # "ahead of Wednesday's premiere"
    show = (None if as_noun else _subject(before)) or default_show
    return AirDate(show=show, network=network, kind=kind, start=start, day=day, weekday=weekday,
                   local_time=local_time, tz=tz, sentence=sentence)


def next_occurrence(air: AirDate, after: datetime) -> datetime | None:
    """The first airing of a weekly slot at or after `after` (an aware datetime)."""
    if air.kind != "recurring" or not (air.weekday and air.local_time and air.tz):
        return air.start
    zone = ZoneInfo(air.tz)
    local = after.astimezone(zone)
    ahead = (WEEKDAYS.index(air.weekday) - local.weekday()) % 7
    candidate = datetime.combine(local.date() + timedelta(days=ahead), time.fromisoformat(air.local_time), zone)
    if candidate < after:
        candidate = datetime.combine(candidate.date() + timedelta(days=7), candidate.timetz())
    return candidate


def _parse_time(clean: str, sentence: str, warnings: list[str] | None) -> tuple[str, str | None] | None:
    m = _TIME.search(clean)
    if not m:
        word = _WORD_TIME.search(clean)
        if not word:
            return None
        zone = _ZONE.search(clean)
        return f"{_NUMBER_WORDS[word.group(1).lower()] % 12 + 12:02d}:00", ZONES[zone.group(1).lower()] if zone else None
    hour_s, minute_s, ampm, central = (m.group(1), m.group(2), m.group(3), m.group(4)) if m.group(1) else \
        (m.group(5), m.group(6), None, None)
    hour, minute = int(hour_s), int(minute_s or 0)
    if ampm or central or not m.group(1):
        if not 1 <= hour <= 12 or minute > 59:
            if warnings is not None:
                warnings.append(f"impossible time {m.group(0).strip()!r} in: {sentence}")
            return None
        is_am = bool(ampm and ampm.lower().startswith("a"))
        hour = hour % 12 + (0 if is_am else 12)
    zone = _ZONE.search(clean[m.start():m.end() + 20]) or _ZONE.search(clean)
    tz = ZONES[zone.group(1).lower()] if zone else (EASTERN if central else None)
    odd = _ODD_ZONE.match(clean[m.end():m.end() + 8])
    if not zone and odd and warnings is not None:
        warnings.append(f"unknown time zone {odd.group(1)!r}; read the time without it in: {sentence}")
    return f"{hour:02d}:{minute:02d}", tz


def _resolve_date(md, rel, wd, article_date: date, sentence: str, warnings: list[str] | None) -> date | None:
    if md:
        month = MONTHS[md.group(1).lower()[:3]]
        day_n = int(md.group(2))
        year = int(md.group(3)) if md.group(3) else article_date.year
        try:
            day = date(year, month, day_n)
        except ValueError:
            if warnings is not None:
                warnings.append(f"impossible date {md.group(0)!r} in: {sentence}")
            return None
        if not md.group(3) and day < article_date:
            day = date(year + 1, month, day_n)
        elif day < article_date - timedelta(days=30) and warnings is not None:
            warnings.append(f"{day.isoformat()} is long before the article's date {article_date.isoformat()}; "
                            f"kept it, but check: {sentence}")
        if wd and WEEKDAYS[day.weekday()][:3] != wd.group(1)[:3] and warnings is not None:
            warnings.append(f"{wd.group(0)} does not match {day.isoformat()} (a {WEEKDAYS[day.weekday()]}); "
                            f"kept the date in: {sentence}")
        return day
    if rel:
        word = rel.group(1).lower()
        return article_date + timedelta(days={"tonight": 0, "today": 0, "tomorrow": 1, "last night": -1}[word])
    if wd and not wd.group(2) and not (wd.group(3) or "").rstrip().endswith("s"):
        target = [w[:3] for w in WEEKDAYS].index(wd.group(1)[:3])
        return article_date + timedelta(days=(target - article_date.weekday()) % 7)
    return None


def _subject(before_verb: str) -> str | None:
    text = before_verb.strip().strip("“”\"'‘’,:;—-(").strip()
    m = re.search(r"\b(?:finale|premiere|episodes?|season \w+|return|reunion) of\s+(.+)$", text, re.I)
    if m:
        text = m.group(1)
    text = re.sub(r"\s+(?:is|will|which|now|also|officially|finally)$", "", text).strip().strip("“”\"'‘’,")
    if not text or _SUBJECT_SKIP.match(text) or not text[0].isupper() or len(text.split()) > 8:
        return None
    first = text.split()[0]
    if _GENERIC.search(text) and (first in ("The", "A", "An", "This", "That", "Its", "Episode", "Season", "All")
                                  or first.endswith(("'s", "’s"))):
        return None  # "The two-part finale", "Rosa's show": a kind of airing, not the show's name
    return text
