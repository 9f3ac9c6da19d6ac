"""Clock times, zones and days as articles write them: `10/9c`, `9:00-10:00 PM ET/PT`, `at ten`, `07.10`,
`tonight`, `Sunday, Sept. 28`, `24 Feb`, `this coming Tuesday`, `Thursday's premiere`, `weekdays`.

Pure readers for airdates.py: each returns what it found and where, never a guess about the airing itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import WEEKDAYS
from .places import COUNTRY_CODES, PLACE_TIMES, ZONES
from .holidays import CUE_WORDS as HOLIDAY_WORDS, CUES as HOLIDAY_CUES, HOLIDAY, holiday_name
from .literals import any_literal, holds_any, literal_trie  # the first and last also read from here by others
from .scan import led_by_first, match_starts
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), 1)}
_ZONE_OF = {abbr: zone for zone, names in ZONES.items() for abbr in names.split("|")}
# Every zone's word as one trie: each use asks only whether one stands there (in a look-ahead, or in a cue whose start
# alone is read), which the engine answers a few letters in, where an alternation tries all 120 at every digit.
_ZONE_WORD = literal_trie(_ZONE_OF)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_AMPM = r"(?P<ap>[ap])\.?\s?m\b\.?"
_TIME = led_by_first(
    r"(?<![\d$£€.,:/\[])(?:"  # (`[21:20] <host>`: a chat log's stamp)
    r"(?P<rh>\d{1,2})(?:[:.](?P<rm>\d{2}))?\s*(?:-|–|to|and)\s*"                            # 9:00-10:00 PM
    r"(?P<reh>\d{1,2})(?:[:.]\d{2})?\s*(?P<rap>[ap])\.?\s?m\b\.?"                                # 7.30–8.30pm
    r"|(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*" + _AMPM +                                     # 9 p.m., 9.30pm
    r"|(?P<ch>\d{1,2})(?::(?P<cm>\d{2}))?\s*/\s*\d{1,2}(?::\d{2})?\s*(?:c|Central|CT)\b"       # 10/9c
    r"|(?P<zh>\d{1,2})(?::(?P<zm>\d{2}))?\s*(?=(?-i:" + _ZONE_WORD + r")\b(?!\s+\d))"  # 10 ET/PT; `12 AT 9` is `at`
    r"|(?P<h24>[01]\d|2[0-3])(?:[:.h]| h )(?P<m24>[0-5]\d)(?!\d|[.:]\d|\s*(?:%|million|billion|percent))"  # 21:00; 00:03:28 no
    r"|(?P<fh>1[2-9]|2[0-3]) ?hs?\b(?! ?\d)"                                      # 21h, 20 h, as French writes it; 22hs
    r"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?=(?:GMT|UTC|BST|CET|CEST|hrs?|hours)\b)"      # 2100 GMT, 2130hrs
    r")"
    r"|\b(?P<noon>noon|midday|midnight)\b"
    # A bare hour is 1 to 11 (`at 9`, `at 9.30`: evening by convention); `at 12`, `at 14` are ages more often than
    # times, and `at 07.10` is a 24-hour clock.
    # `at 2130`, as British listings write it: not the hours a year could be (19xx, 20xx: `at 2015 Comic-Con`)
    # and standing where a clock ends (`at 2130 on BBC Two`, not `at 1500 metres`)
    r"|\b(?:at|from|around)\s+(?!0\d\.)(?:(?P<ah>2[1-3]|1[0-8]|0\d)(?P<am>[0-5]\d)(?=\s*(?:[.,;:)!?—–]|$|"
    r"(?:on|and|in|with|local|tonight|tomorrow|this|next|every|each)\b|(?-i:[A-Z]{2,4})\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
    r"|(?P<bh>1[01]|0?[1-9])(?:[:.](?P<bm>[0-5]\d))?"
    r"(?![\d%]|[.,:/]\d|\s*(?:[ap]\.?\s?m\b|/|"
    r"(?-i:" + _ZONE_WORD + r")\b|%|percent|years?|episodes?|minutes?|hours?|seasons?|million|people|times|"
    r"of\b|and\b|or\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"(?:to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"  # `from 1 to 24 May`
    r"|(?P<wh>" + "|".join(_NUMBER_WORDS) + r")\b(?:-(?P<wm>fifteen|thirty|forty-five)\b|\s+o['’]clock)?"
    r"(?!\s*(?:years?|episodes?|minutes?|hours?|"
    r"seasons?|of\b|people)))", re.I)
_SPOKEN = re.compile(r"\b[Aa]t (?:(?P<half>half)\s+(?:past\s+)?|quarter\s+(?P<dir>past|to)\s+)"
                     r"(?P<h>" + "|".join(_NUMBER_WORDS) + r"|1[0-2]|[1-9])\b(?!\s*(?:years?|episodes?|minutes?|hours?|"
                     r"seasons?|of\b|people|million|[:.]\d))", re.I)
_O_CLOCK = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r"|1[0-2]|[1-9])\s+o['’]clock\b", re.I)
# `Tuesdays 7.30`, `sundays 20.15`: a listing's clock right after its day, with no `at` (evening when 1 to 11).
_AFTER_DAY = re.compile(r"days?\s+(1\d|2[0-3]|0?[1-9])[.:]([0-5]\d)\b(?!\s*(?:[ap]\.?\s?m\b|[.:]\d))", re.I)
# Right after a clock, a zone is also written by a place (`9pm Paris time`): a trie, tried only there.
_ZONE_AFTER_OF = {**PLACE_TIMES, **_ZONE_OF}
_ZONE_AFTER = re.compile(r"[\s,/(]*(" + literal_trie(_ZONE_AFTER_OF) + r")\b")
# `9.05pm (SG/MY)`, `8pm (PH time)`: the countries a pan-regional channel's times are given for; the first decides.
_CODE_AFTER = re.compile(r"\s*\((" + "|".join(COUNTRY_CODES) + r")(?:\s*/\s*[A-Z]{2})*(?:\s+time)?\)")
# `9 a.m. Eastern (8 Central)`, `nine Eastern, eight Central`: another zone's hour beside the clock, as only TV
# listings and announcers say it (like `9/8c`).
_ANOTHER_ZONES_HOUR = re.compile(r"\s*\(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:Central|Mountain|Pacific|CT|MT|PT|c)\)|"
                                 r",?\s+(?:\d{1,2}(?:[:.]\d\d)?|[a-z]{3,6})\s*(?:[ap]\.?m\.?\s*)?"
                                 r"(?:Central|Mountain)\b")
_ATTACHED = re.compile(r"(?:\d|[ap]\.?m\.?)[\s/]*$", re.I)  # `9:30 NT`: that zone is another time's
# Zones read anywhere in a sentence, not only beside its clock: not those that are words in capitals (`TONIGHT AT 9PM`).
_WORD_ZONES = frozenset({"AT"})
_ZONE_ANY = led_by_first(r"(?<![\w/])(" + "|".join(a for a in _ZONE_OF if a.isupper() and a not in _WORD_ZONES) + r")\b")

_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Every kind but `num` opens on a word boundary, checked once before the kinds it leads rather than once in each:
# the engine tries the pattern at most letters (re.I), and mid-word the one check fails for all of them.
_DAY = (
    r"\b(?:(?P<md>" + _MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:%|,\d))(?:,?\s+(?P<y1>\d{4})\b)?)"
    r"|(?P<dm>(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("mon>", "mon2>") +
    r"(?![a-z])(?:,?\s+(?P<y2>\d{4})\b)?))"
    r"|(?P<num>(?<![\d/.])(?P<nm>1[0-2]|0?[1-9])/(?P<nd>3[01]|[12]\d|0?[1-9])(?:/(?P<ny>\d{4}))?"
    r"(?![\d/]|\s*(?:c|Central|CT)\b))"
    r"|\b(?:(?P<rel>(?:tonight|today|this evening|tomorrow|yesterday|last night)\b(?!\s+Show))"
    # `the next night`, `the same night`: a day counted from an airing named before (airdates.py anchors it)
    r"|(?P<after>(?:the\s+)?(?P<rel_to>same|next|following)\s+(?:night|day|evening)\b|\bthe\s+day\s+after\b)"
    r"|(?P<wd>(?:(?P<q>this coming|this|next|last|on|every|each|coming|until|the following|following)\s+)?"
    r"(?P<wdn>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?P<pl>s)?(?P<poss>['’]s)?"
    r"(?:\s+(?P<part>night|evening|morning|afternoon|mights?)(?P<pl2>s)?)?\b)"
    # `Sat 9pm, BBC One`: a listing's short weekday, only right before a clock (`Sun`, `Sat` are words too)
    r"|(?P<ab>(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
    r"(?=,?\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m|,?\s+\d\d[:.]\d\d"
    r"|,\s+[^,;()\n]{1,30},\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m)))")  # `(Thurs, BBC One, 9pm)`: the channel between
_DAYS = led_by_first(_DAY, re.I)
_IBERIAN_MONTHS = {name: i for i, names in enumerate((
    "enero|janeiro", "febrero|fevereiro", "marzo|março|marco", "abril", "mayo|maio", "junio|junho", "julio|julho",
    "agosto", "septiembre|setiembre|setembro", "octubre|outubro", "noviembre|novembro", "diciembre|dezembro"), 1)
    for name in names.split("|")}
# Dates written in figures that few texts hold, read apart (each branch in _DAYS would be tried at every digit):
# `12.6.2026` (day, month, year, as Europe writes it), `2026-12-06`, and `on the 12th` (not `the 12th episode`).
_RARE_DATES = re.compile(
    r"(?P<eu>(?<![\d.])(?P<ed>3[01]|[12]\d|0?[1-9])\.(?P<em>1[0-2]|0?[1-9])\.(?P<ey>(?:19|20)\d\d)(?![\d.]\d))"
    r"|(?P<iso>(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>1[0-2]|0[1-9])-(?P<id>3[01]|[12]\d|0[1-9])(?![\d-]))"
    # `27/11`, `27/11/2025`: day first, as the world outside the US writes it, when the day cannot be a month
    r"|(?P<dmy>(?<![\d/.:])(?P<fd>3[01]|2\d|1[3-9])/(?P<fm>1[0-2]|0?[1-9])(?:/(?P<fy>(?:19|20)\d\d))?(?![\d/:]))"
    r"|(?P<ord>(?:(?<=on the )|(?<=day the ))(?P<od>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:!?)—–]|$|(?:at|on|in|and|when|with|from|-)\b)))"
    # `12 de enero`, `3 de março de 2026`: a date as Spanish and Portuguese write it, kept in an English edition
    r"|(?P<es>(?<![\d.])(?P<sd>3[01]|[12]\d|0?[1-9])\s+de\s+(?P<smon>(?i:" + "|".join(_IBERIAN_MONTHS) + r"))"
    r"(?:\s+de\s+(?P<sy>(?:19|20)\d\d))?(?!\w))")
_RARE_GATE = led_by_first(r"\d[.-]\d|(?<=the )\d|\d de |[123]\d/\d")
_HOLIDAY_CUE = re.compile("|".join(map(re.escape, HOLIDAY_CUES)))
_SHOW_BEFORE = re.compile(r"(?:\bThe\s|\bon\s[\"“‘]?)$")  # `The Tonight Show`, `on "Today"`: a title, not a day
# `The Tuesday Club`, `the Sunday Times`: a weekday between `the` and a capitalised word (not a month or a date's day)
# names a show or a paper.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]")
# `Pierogi Sundays fans`, `Taco Tuesdays host`: a plural weekday after a capitalised word and before the people of
# a show (English says `Sunday fans` of the day) is the last word of the show's name.
_NAME_BEFORE, _FANS_AFTER = re.compile(r"[A-Z][\w'’-]+\s+$"), re.compile(r"\s+(?:fans|viewers|devotees|regulars|host|"
                                                                       r"hosts|cast|crew|creator)\b")
_TITLE_AFTER = re.compile(r"\s+(?:Night|Morning|Evening)\b|\s+[A-Z][a-z]+\s+(?:Live|Show|Football)\b")
# `a week on Sunday`, `Sunday week`: as Britain says it, the Sunday a week after the coming one.
_A_WEEK_ON, _WEEK_AFTER = re.compile(r"\ba\s+week\s+(?:on\s+)?$", re.I), re.compile(r"\s+week\b(?!['’]|end)")
_RELATIVE = {"tonight": 0, "today": 0, "this evening": 0, "tomorrow": 1, "yesterday": -1, "last night": -1}


# Lower-case pieces one of which any statement of when contains (`night` stands for `tonight`, `nightly` and
# `weeknights`), besides the digit-led forms below: a fast test that lets
# most of an article through unread. Kept a superset of what find_clock, find_days and find_strip accept.
_CUE_WORDS = (*(d + "day" for d in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
              "today", "yesterday", "daily", "midday", "weekday", "every day", "each day", "tonight", "last night",
              "nightly", "weeknight", "late-night", "late night", "every night", "each night", "tomorrow",
              "this evening", "noon", "midnight", "stream", "available", "on demand", "catch up", "catch-up",
              "catchup", "caught up", "box set", "boxset", "binge", "nights a week", "days a week", "mon-", "mon.-",
              "same night", "next night", "following night", "same day", "next day", "following day", "day after",
              "same evening", "next evening", "following evening",
              "at half ", "at quarter ",
              "mon -", "o'clock", "o’clock",
              *(f"at {word}" for word in _NUMBER_WORDS if word != "one"),  # `at one point` is everywhere
              *HOLIDAY_WORDS)
_MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# Led by a digit or a month's capital, so the engine skips everything else at C speed. Two patterns, not one
# alternation: an alternation, or a pattern opening with a look-behind, is tried at every character. The digit
# pattern's alternatives all follow one leading `\d`, so the engine still skips to digits.
_DIGIT_CUE = re.compile(r"\d(?:\s?(?:[aApP]\.?\s?[mM]\b|[:.h]\d\d|hs?\b|(?:" + _ZONE_WORD + r")\b)"
                        r"|\s?/\s?\d{1,2}(?::\d\d)?\s?c\b|(?<=at \d)|(?<=from \d)|(?<=around \d)|(?<=on the \d)"
                        r"|(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_ABBR +
                        r"|(?<![\d/]\d)\d?/\d{1,2}(?![\d/])"  # `1/26`, not the dates inside a URL
                        r"|-[01]\d-[0-3]\d"  # `2026-12-06`
                        r"| de )")  # `12 de enero`
_MONTH_CUE = re.compile(_MONTH_ABBR + r"[a-z]*\.?\s+\d")


def has_cue(text: str) -> bool:
    """Whether `text` has anything that could say when (a time, a day, a strip, a streaming word)."""
    return bool(_has_cue_word(text.lower()) or _DIGIT_CUE.search(text) or _MONTH_CUE.search(text))


# Where in a body they stand (cue_starts), the evenings, the clocks and the new year's eves are each found by the
# words they share: the body is read once for each, not once for each cue word.
_has_cue_word = holds_any(_CUE_WORDS, ("day", "night", "at ", "catch", "mon", "box"), ("evening", "clock", "new year"))


def cue_starts(text: str) -> list[int] | None:
    """Where in `text` each thing has_cue looks for stands, in order: a span of the text that white space (or its
    ends) bounds has a cue only if one of these is in it, so a body read once says which of its paragraphs need
    has_cue at all. None when lower-casing changes the text's length (its offsets would not be the text's)."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    return sorted(_has_cue_word.starts(lower) + match_starts(_DIGIT_CUE, text) + match_starts(_MONTH_CUE, text))


@dataclass(frozen=True)
class Clock:
    """A time of day read from text, with the zone written beside it (or anywhere in the text)."""

    hhmm: str
    zone: str | None
    start: int
    end: int
    bare: bool  # no a.m./p.m., no zone, no 24-hour form: an evening hour by convention (`at 9`, `at ten`)
    listing: bool = False  # `8/7c`: a notation only TV listings use
    country: bool = False  # the zone is a country's, by its code (`9pm (PH)`), not a zone's name (`ET`)
    midnight: bool = False  # written `midnight`: air_reading.py puts a broadcast's midnight at the end of its day


@dataclass(frozen=True)
class Day:
    """A day named in text: a calendar date, a relative day or a weekday, with how it was said."""

    kind: str  # "date", "relative", "weekday", "after" (`offset` days after an airing named before)
    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    offset: int | None = None  # relative days
    weekday: int | None = None  # 0 = Monday
    qualifier: str = ""  # this, next, last, every, on, week on, the following ... (`last` also before a date)
    plural: bool = False  # Sundays, Thursday nights
    possessive: bool = False  # Thursday's premiere
    holiday: str = ""  # `Thanksgiving`: a date that holidays.py gives for each year (month and day are None)


def find_clock(text: str) -> Clock | None:
    """The first time of day in `text` that reads as a clock time, or None."""
    after_day = _AFTER_DAY.search(text) if "day" in text else None
    for m in _TIME.finditer(text):
        if after_day and after_day.start() < m.start():
            break
        hhmm, bare = _hhmm(m)
        if hhmm is None:
            continue
        near = _ZONE_AFTER.match(text, m.end())
        far = None if near else next((z for z in _ZONE_ANY.finditer(text) if not _ATTACHED.search(text, 0, z.start())),
                                     None)
        zone = _ZONE_AFTER_OF[near.group(1)] if near else _ZONE_OF[far.group(1)] if far else None
        coded = None if near else _CODE_AFTER.match(text, m.end())
        zone = COUNTRY_CODES[coded.group(1)] if coded else zone
        if m.group("ch"):
            zone = zone or "America/New_York"  # `10/9c`: Eastern, with Central an hour earlier
        listing = bool(m.group("ch") or near and _ANOTHER_ZONES_HOUR.match(text, near.end()))
        return Clock(hhmm, zone, m.start(), m.end(), bare and zone is None, listing=listing,
                     country=coded is not None, midnight=(m.group("noon") or "").lower() == "midnight")
    if after_day:
        hour = int(after_day.group(1))
        return Clock(_twelve(hour, int(after_day.group(2)), True) if hour < 12 else f"{hour:02d}:{after_day.group(2)}",
                     None, after_day.start(1), after_day.end(), hour < 12)
    words = _O_CLOCK.search(text) if "clock" in text else None  # `Nine o'clock on ITV`, with no `at` before it
    if words:
        hour = int(words.group(1)) if words.group(1).isdigit() else _NUMBER_WORDS[words.group(1).lower()]
        return Clock(_twelve(hour, 0, True), None, words.start(), words.end(), True)
    return _spoken_clock(text) if "t half " in text or "t quarter " in text else None


def _spoken_clock(text: str) -> Clock | None:
    """`at half nine` (half past, as Ireland and Britain say it), `at quarter to ten`: an evening hour by convention."""
    m = _SPOKEN.search(text)
    if not m:
        return None
    hour = int(m.group("h")) if m.group("h").isdigit() else _NUMBER_WORDS[m.group("h").lower()]
    minute = 30 if m.group("half") else 15 if m.group("dir").lower() == "past" else -15
    hour, minute = (hour - 1, 45) if minute < 0 else (hour, minute)
    return Clock(_twelve(hour or 12, minute, True), None, m.start(), m.end(), True)


_IMPOSSIBLE = re.compile(r"(?<![\d:.])(\d{1,2})(?::(\d{2}))?\s*[ap]\.?\s?m\b\.?", re.I)
_ODD_ZONE = re.compile(r"\s*([A-Z]{1,3}[SD]?T)\b")  # "10 p.m. XT": zone-like, but not one we know


def odd_clock(text: str, clock: Clock | None) -> str | None:
    """What looks like a time but cannot be read (`25 p.m.`, a zone `XT`), said for a warning; None when all is well."""
    for m in _IMPOSSIBLE.finditer(text):
        if not 1 <= int(m.group(1)) <= 12 or int(m.group(2) or 0) > 59:
            return f"impossible time {m.group(0).strip()!r}"
    odd = _ODD_ZONE.match(text, clock.end) if clock and not clock.zone else None
    if odd and odd.group(1) not in _ZONE_OF:
        return f"unknown time zone {odd.group(1)!r}; read the time without it"
    return None


def _hhmm(m: re.Match) -> tuple[str | None, bool]:
    g = m.groupdict()
    if g["rh"] or g["h"]:
        hour, minute, pm = int(g["rh"] or g["h"]), int(g["rm"] or g["m"] or 0), (g["rap"] or g["ap"]).lower() == "p"
        if g["rh"] and pm and 12 != hour > int(g["reh"]):
            pm = False  # 11-1 p.m.: starts in the morning
        return (_twelve(hour, minute, pm), False) if 1 <= hour <= 12 and minute < 60 else (None, False)
    if g["ch"] or g["zh"]:
        hour, minute = int(g["ch"] or g["zh"]), int(g["cm"] or g["zm"] or 0)
        if g["zh"] and (hour > 12 or g["zh"].startswith("0")) and hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}", False  # `21:00 CET`, `07:10 GMT`: a 24-hour clock
        return (_twelve(hour, minute, True), False) if 1 <= hour <= 12 and minute < 60 else (None, False)
    if g["h24"]:
        return f"{int(g['h24']):02d}:{g['m24']}", False
    if g["fh"]:
        return f"{int(g['fh']):02d}:00", False
    if g["mh"] or g["ah"]:
        return f"{g['mh'] or g['ah']}:{g['mm'] or g['am']}", False
    if g["noon"]:
        return ("00:00" if g["noon"].lower() == "midnight" else "12:00"), False
    if g["bh"]:
        hour, minute = int(g["bh"]), int(g["bm"] or 0)
        if minute > 59:
            return None, False
        return _twelve(hour, minute, True), True
    if g["wh"]:
        minute = {"fifteen": 15, "thirty": 30, "forty-five": 45}.get((g["wm"] or "").lower(), 0)  # `nine-thirty`
        return _twelve(_NUMBER_WORDS[g["wh"].lower()], minute, True), True
    return None, False


def _twelve(hour: int, minute: int, pm: bool) -> str:
    return f"{hour % 12 + (12 if pm else 0):02d}:{minute:02d}"


def _in_title(text: str, m: re.Match) -> bool:
    return not m.group("q") and not m.group("poss") and bool(
        _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and _CAPITAL_AFTER.match(text, m.end())
        or m.group("pl") and _FANS_AFTER.match(text, m.end()) and _NAME_BEFORE.search(text, max(0, m.start() - 30),
                                                                                      m.start()))


def find_days(text: str) -> list[Day]:
    """Every day `text` names, in order."""
    return list(_days_in(text))


_DAYS_KEPT = 32  # texts whose days are kept: the air-date reader asks of a clause, its sentence, then both again


@lru_cache(maxsize=_DAYS_KEPT)
def _days_in(text: str) -> tuple[Day, ...]:
    out = []
    for m in _DAYS.finditer(text):
        g = m.groupdict()
        if g["md"] or g["dm"]:
            mon = (g["mon"] or g["mon2"])
            if not mon[0].isupper():
                continue
            d = int(g["d1"] or g["d2"])
            year = g["y1"] or g["y2"]
            if 1 <= d <= 31:
                last = text[max(0, m.start() - 5):m.start()].lower() == "last "
                out.append(Day("date", m.start(), m.end(), MONTHS[mon[:3].lower()], d, int(year) if year else None,
                               qualifier="last" if last else ""))
        elif g["num"]:  # `1/26`: month first, as US listings write it
            out.append(Day("date", m.start(), m.end(), int(g["nm"]), int(g["nd"]), int(g["ny"]) if g["ny"] else None))
        elif g["rel"]:
            word = " ".join(g["rel"].lower().split())
            if g["rel"][:2].istitle() and _SHOW_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # `The Tonight Show`, `appears on "Today"`, `on Today`: a show's title
            out.append(Day("relative", m.start(), m.end(), offset=_RELATIVE[word]))
        elif g["after"]:
            out.append(Day("after", m.start(), m.end(), offset=0 if g["rel_to"] == "same" else 1))
        elif g["ab"]:
            out.append(Day("weekday", m.start(), m.end(), weekday=[w[:3] for w in WEEKDAYS].index(g["ab"][:3])))
        else:
            plural = bool(g["pl"] or (g["pl2"] and not g["part"].lower().startswith("might")))
            if not (g["wdn"][0].isupper() or plural) or _TITLE_AFTER.match(text, m.end()) \
                    or (g["part"] or "")[:1].isupper() or _in_title(text, m):  # `tuesdays 7.30` as a forum writes
                continue  # `Saturday Night Live`, `Sunday Night with ...`, `The Tuesday Club`: a title, not a day
            idx = [w[:3] for w in WEEKDAYS].index(g["wdn"][:3].title())
            q = (g["q"] or "").lower()
            if q in ("", "on") and not plural and (_A_WEEK_ON.search(text, max(0, m.start() - 12), m.start())
                                                   or _WEEK_AFTER.match(text, m.end())):
                q = "week on"
            out.append(Day("weekday", m.start(), m.end(), weekday=idx, qualifier=q, plural=plural,
                           possessive=bool(g["poss"])))
    if "day-" in text or "day–" in text:
        out = _paired_slots(text, out)
    if _RARE_GATE.search(text):
        out += _rare_dates(text)
        out.sort(key=lambda d: d.start)
    if _HOLIDAY_CUE.search(text):
        out += [Day("date", m.start(), m.end(), holiday=holiday_name(m.group(0))) for m in HOLIDAY.finditer(text)]
        out.sort(key=lambda d: d.start)
    return tuple(out)


# `KBS2's new Wednesday-Thursday drama`: Korean television names a drama by the two nights a week it airs.
_PAIRED = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[-–](?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                     r"(?:drama|series|show|sitcom|variety\s+show|slot|time\s*slot|programme|program)s?\b")


def _paired_slots(text: str, days: list[Day]) -> list[Day]:
    """The two weekdays of a paired slot (`a Monday-Tuesday drama`) are weekly days, not this week's."""
    spans = [(m.start(), m.end()) for m in _PAIRED.finditer(text)]
    return [replace(d, plural=True) if d.kind == "weekday" and any(a <= d.start < b for a, b in spans) else d
            for d in days] if spans else days


def _rare_dates(text: str) -> list[Day]:
    out = []
    for m in _RARE_DATES.finditer(text):
        if m.group("ord"):  # `on the 12th`: of the month the article is in, or of the next
            start = m.start() - len("on the ") if text.endswith("on the ", 0, m.start()) else m.start()
            out.append(Day("date", start, m.end(), None, int(m.group("od"))))
        elif m.group("es"):
            out.append(Day("date", m.start(), m.end(), _IBERIAN_MONTHS[m.group("smon").lower()], int(m.group("sd")),
                           int(m.group("sy")) if m.group("sy") else None))
        elif m.group("dmy"):
            out.append(Day("date", m.start(), m.end(), int(m.group("fm")), int(m.group("fd")),
                           int(m.group("fy")) if m.group("fy") else None))
        else:
            out.append(Day("date", m.start(), m.end(), int(m.group("em") or m.group("im")),
                           int(m.group("ed") or m.group("id")), int(m.group("ey") or m.group("iy"))))
    return out


from .day_resolve import resolve  # noqa: E402  (re-exported: a Day's date; it reads Day, defined above)
