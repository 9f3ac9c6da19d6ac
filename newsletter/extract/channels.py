"""Networks, channels, stations and streaming services, with the time zone their listings are in.

A US network's listings are in Eastern time unless the text names a zone; a
local station's are in its city's zone; a channel elsewhere is in its country's
zone. Streaming services are marked: their releases are `streaming`, not airings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Iterator

from .broadcasters import CHANNELS, GUARDED, PAN_ASIAN, PAN_LATIN, PAN_REGIONAL, PLATFORM_ZONES, SHARED, STATIONS, STREAMERS, WITH_THE
from .places import NEW_YORK, beside_city, city_zone, in_latin_america, place_zone, places_named, viewers_city
from .scan import led_by_first, literal_starts
from .channel_owners import owns_another, runs_its_own
from .literals import any_literal, holds_any, literal_trie, rarest_at
from .unlisted import in_country, might_be_unlisted, unlisted
from .when import find_clock


@dataclass(frozen=True)
class Channel:
    """A channel named in a sentence: its name there, its zone, whether it streams, and where it stands."""

    name: str
    zone: str | None
    streaming: bool
    start: int
    end: int
    placed: bool = True  # after `on`/`to`, in a listing, or leading the text: where an airing names its channel
    local: bool = False  # a local station whose city the text may name


def _table(groups: dict[str, str], streaming: bool) -> dict[str, tuple[str, bool]]:
    return {name: (zone, streaming) for zone, names in groups.items() for name in names.split("|") if name}


_KNOWN = {**_table(CHANNELS, False), **_table(STREAMERS, True), **{name: (None, False) for name in SHARED}}
KNOWN_NAMES = tuple(_KNOWN)  # every channel's and streamer's name as written, channels first
_STATION_ZONE = {sign: zone for zone, signs in STATIONS.items() for sign in signs.split("|")}


# The character before a name is checked in Python (`_starts_word`): a look-behind first in the pattern would stop
# the engine from skipping ahead to the letters names start with, which makes the scan several times slower.
_NAME_END = r")(?![\w+]|&(?!(?:apos|quot|rsquo|#x?[0-9a-fA-F]+);)|[.-]\w)"
_NAMES = re.compile("(" + literal_trie(_KNOWN) + _NAME_END)
# The names led by a lower-case letter (`truTV`, `hulu.com`) make the engine stop at nearly every letter of a text:
# they are found by plain finds instead, and the others by a pattern that skips lower-case text (_name_matches).
_LOWER_NAMES = tuple(n for n in _KNOWN if n[:1].islower())
_UPPER_NAMES = re.compile("(" + literal_trie(n for n in _KNOWN if not n[:1].islower()) + _NAME_END)
_PLAIN_STREAMERS = [n for n, (_, s) in _KNOWN.items() if s and n not in GUARDED]
# Capitalised names in one pattern the engine can skip lower-case text with; the few others (`hulu.com`, `iPlayer`)
# anywhere, found by their rarest characters (half the cost of a substring test for each).
_STREAMER_NAMES = re.compile("(?:" + literal_trie(n for n in _PLAIN_STREAMERS if n[:1].isupper())
                             + r")(?![\w+]|[.-]\w)")
_OTHER_STREAMERS = re.compile(any_literal(n for n in _PLAIN_STREAMERS if not n[:1].isupper()))
_GUARDED_STREAMER_ON = re.compile("(?:on|to|via) (?:"
                                  + literal_trie(n for n, (_, s) in _KNOWN.items() if s and n in GUARDED)
                                  + r")(?![\w+]|[.-]\w)")
_GUARDED_STREAMERS = re.compile(_GUARDED_STREAMER_ON.pattern.removeprefix("(?:on|to|via) "))
_ON = ("on ", "to ", "via ")  # what _GUARDED_STREAMER_ON wants before the name
# Whatever _STREAMER_NAMES, _OTHER_STREAMERS or _GUARDED_STREAMERS finds, in one pattern (one alternative per first
# character): a text it finds nothing in names no streaming service, read in one pass rather than three.
_ANY_STREAMER = led_by_first("|".join(rx.pattern for rx in (_STREAMER_NAMES, _OTHER_STREAMERS, _GUARDED_STREAMERS)))
# What air_marks reads a whole body with: the names whose rarest letter is a common one (`hayu`, `iview`) by a find
# each, and the others by one pattern, which then stops at capitals, digits and marks, not at every `y`, `w` or `v`.
STREAMERS_FOUND_APART = holds_any(
    (n for n in _PLAIN_STREAMERS if not n[:1].isupper() and "a" <= n[rarest_at(n)] <= "z"), ())
STREAMER_SCAN = led_by_first("|".join((_STREAMER_NAMES.pattern, _GUARDED_STREAMERS.pattern, any_literal(
    n for n in _PLAIN_STREAMERS if not n[:1].isupper() and n not in STREAMERS_FOUND_APART.plain_words))))
_NOT_BEFORE_NAME = frozenset(".+&'’-")
# A station: a call sign (`WKMG`, `KRQE-TV`) or a channel number (`Channel 11`, `Ch 19`), with what follows it.
# A call sign with its channel number after it, bare too (`KSEA 7`; not `WXYZ 8 p.m.`, a clock).
_STATION = led_by_first(r"(?:([KW][A-Z]{2,3})(?:-(?:TV|DT|HD))?(?:[- ](?:Channel|TV|News|Ch\.?)\s*\d{1,2}"
                        r"| \d{1,2}(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|o['’]clock)))?"
                        r"|(?:Channel|Ch\.?|Fox|CBS|NBC|ABC)\s?(\d{1,3}))(?![\w-])")
_PLATFORMS = re.compile("|".join(re.escape(p) for p in PLATFORM_ZONES))
# `on the`, `on Chicago's`, `(`, `, `: what stands before a channel where an airing names it.
_OWNER = r"(?:the\s+|[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+|(?:[A-Z][a-z]+\s+)?(?:channel|network|station)\s+)?"
_NUMBERED = re.compile(r"Channel \d{1,2}")
_BEFORE_LISTED = re.compile(r"(?:\b(?:on|to|via|over|at|from|across|and|or|only on|hits)|[(,;:—–\[/|·]|^)\s*"
                            + _OWNER + "$")
_BEFORE_ON = re.compile(r"\b(?:on|to|via|over|hits|ON|On|TO|VIA)\s+" + _OWNER + "$")  # `hits Netflix on Friday`
# `available in the ARD Mediathek`, `in the ITVX app`, `in der BR Mediathek`: a streaming service one watches *in*.
_BEFORE_IN = re.compile(r"\b(?:(?:in|inside)\s+the|in\s+der)\s+$")
# ...and what follows it there: not `in the Netflix thriller`, where the name qualifies a noun.
_AFTER_IN = re.compile(r"\s*(?:[.,;:)!?]|$|(?:app|now|from|since|until|for|and|or|with|too|as)\b)")
# A channel leading its sentence as the subject of showing something, in any tense (`Channel 4 shows her documentary
# at 10pm`, `BBC One is showing *X*`, `NBC will move *X* to Thursdays`): where it names its channel (not `NBC said`).
_SHOWS_AFTER = re.compile(r"\s+(?:also\s+|will\s+|is\s+(?:also\s+)?(?:to\s+)?|then\s+)?(?:shows?|showing|screens?|"
                          r"screening|airs?|airing|repeats?|repeating|broadcasts?|broadcasting|premieres?|premiering|"
                          r"debuts?|debuting|launch(?:es|ing)?|has|runs|moves?|moving|brings?|bringing|"
                          r"shifts?|shifting|switch(?:es|ing)?|reruns?|rerunning|(?:picks?|puts?|schedules?|slots?)\s+(?:it|them|up))\b")
_IS_BEFORE = re.compile(r"\b(?:is|are|as)\s+$")  # `*Moonlight* is KBS2's new drama`: the show's channel
_AFTER_LISTED = re.compile(r"\s*(?:[,;)\]:—–|·]|$|\()")  # `|`: a table's cell; `·`: a fact line's

# A capitalised word right before a name several countries share makes it part of a longer name nobody lists
# (`Zambia's ZNBC TV1`), not the shared one (but `on TV3`, `Ghana's TV3`, `In Ghana, TV3`, `The TV3 drama`).
_NAME_BEFORE = re.compile(r"(?<![\w'’])(?!(?:On|In|At|Via|The|And|Or|From|To)\s)[A-Z][\w+!&-]*\s$")

_LAST_KEPT = 8  # texts whose channels are remembered (the air-date reader asks a paragraph in its pre-test and its
# reading again): lru_cache keeps to it even when reading a text asks about another, and across threads


def find_channels(text: str) -> list[Channel]:
    """Every channel, station and streaming service `text` names in a place a channel can stand, in order."""
    return list(_channels_of(text))


@lru_cache(maxsize=_LAST_KEPT)
def _channels_of(text: str) -> tuple[Channel, ...]:
    return tuple(_channels_in(text))


def _channels_in(text: str) -> list[Channel]:
    found = [replace(c, placed=_placed(text, c), zone=_with_the(text, c)) for c in _named(text)
             if _stands_as_channel(text, c) and not (c.name in SHARED and _NAME_BEFORE.search(text, 0, c.start))]
    found = _owners_left_out(text, found) if len(found) > 1 else found
    starts, ends = [c.start for c in found], [c.end for c in found]
    stations = []
    for m in _STATION.finditer(text):
        if not _starts_word(text, m.start(), frozenset("-")):
            continue
        i = bisect_right(starts, m.start())
        if (i and ends[i - 1] > m.start()) or (i < len(starts) and starts[i] < m.end()):
            continue  # part of a name already read (`Channel 4`, `KRQE News 13`)
        sign, number = m.group(1), m.group(2)
        if sign and m.group(0) == sign and not _BEFORE_LISTED.search(text[max(0, m.start() - 24):m.start()]):
            continue  # four capitals alone are more often a name or an acronym (`LARRY KING`) than a station
        if number and int(number) > 99:
            continue
        zone = _STATION_ZONE.get(sign) if sign else None
        stations.append(Channel(m.group(0), zone or NEW_YORK, False, m.start(), m.end(), local=zone is None,
                                placed=_placed(text, m)))
    stations += _network_ten(text, found) if "n 10" in text or "o 10" in text else []
    if might_be_unlisted(text):  # a channel nobody lists, or a listed one placed in a country (`Norway's TV 2`)
        found = [_in_its_country(text, c) for c in found]
        more = [Channel(*u) for u in unlisted(text, [(c.start, c.end) for c in found])]
        found = sorted(found + more, key=lambda c: c.start) if more else found
    return sorted(found + stations, key=lambda c: c.start) if stations else found


def _in_its_country(text: str, c: Channel) -> Channel:
    """A listed channel placed in a country (`Norway's TV 2`): that country's clock, and where an airing names its
    channel when it is the subject of showing (`<p>Qatar's Al Rayyan has a double bill`), as an unlisted one is."""
    zone = in_country(text, c.start)
    return replace(c, zone=zone, placed=c.placed or bool(_SHOWS_AFTER.match(text, c.end))) if zone else c


def _owners_left_out(text: str, found: list[Channel]) -> list[Channel]:
    """`on Foxtel's Showcase channel`, `Mediacorp Channel 8's`: a platform or network whose channel is named right
    after its possessive is not where the airing is; its channel is (but `Netflix's Watch Instantly` is Netflix)."""
    return [c for c, after in zip(found, found[1:] + [None]) if c.streaming or not (
        after and after.start == c.end + 3 and text.startswith(("'s ", "’s "), c.end))]


# Australia's Network 10 calls itself `10`: `returns to 10 on Monday at 7.30pm`, `on 10 and 10 Play`. Read only as
# a channel after `on` or a move `to`, before a pause or a word that goes on to a when, and where another clock says
# the time (`moves to 10 on Mondays` is ten o'clock; `on 10 December` a date).
_TEN = re.compile(r"\b(?:on|(?:returns?|returning|moves?|moving|comes?\s+back|switch(?:es)?|heads?)\s+to) (10)"
                  r"(?=\s*(?:[,.;)]|$|(?:at|on|and|from|tonight|this|next|every|each|in|with|for)\b))")


def _network_ten(text: str, found: list[Channel]) -> list[Channel]:
    tens = [m for m in _TEN.finditer(text) if not any(c.start <= m.start(1) < c.end for c in found)]
    clock = find_clock(text) if tens else None
    return [Channel("10", "Australia/Sydney", False, m.start(1), m.end(1)) for m in tens
            if clock and not clock.start <= m.start(1) < clock.end]


def _with_the(text: str, c: Channel) -> str | None:
    """The zone of a channel, as `the` before it may tell: `on the ABC` is Australia's (the US network goes without
    `the`), wherever the sentence that named it is read from."""
    if c.name in WITH_THE and text[max(0, c.start - 4):c.start].lower() == "the ":
        return WITH_THE[c.name]
    return c.zone


def offered_on(text: str, c: Channel) -> bool:
    """Whether `text` puts something *on* channel `c` (`on Netflix`, `via Hulu`, `in the ARD Mediathek`), not merely
    names it."""
    before = text[max(0, c.start - 24):c.start]
    return bool(_BEFORE_ON.search(before) or c.streaming and _BEFORE_IN.search(before)
                and _AFTER_IN.match(text, c.end))


def names_streamer(text: str) -> bool:
    """Whether `text` names a streaming service anywhere (a cheap test before reading it closely); names that are
    also words (`Max`, `Stan`) only count where find_channels would take them."""
    if _ANY_STREAMER.search(text) is None:
        return False  # none of the three patterns below matches anywhere (most texts): one pass says so
    return any(_starts_word(text, m.start()) for m in _STREAMER_NAMES.finditer(text)) \
        or bool(_OTHER_STREAMERS.search(text)) or _guarded_streamer_on(text)


def _guarded_streamer_on(text: str) -> bool:
    """Whether _GUARDED_STREAMER_ON matches in `text`, tried from each of its capitalised names rather than from
    every `on` and `to` of the text."""
    m = _GUARDED_STREAMERS.search(text)
    while m:
        if text.endswith(_ON, 0, m.start()):
            return True
        m = _GUARDED_STREAMERS.search(text, m.start() + 1)
    return False


def _name_matches(text: str) -> Iterator[re.Match]:
    """_NAMES.finditer(text). At each place only the names starting with its character can match, so the matches
    are those of _UPPER_NAMES and those _NAMES finds where a lower-case name starts, taken left to right without
    overlapping as finditer takes them."""
    lower = [m for m in (_NAMES.match(text, at) for at in literal_starts(text, _LOWER_NAMES)) if m]
    upper = _UPPER_NAMES.search(text)
    pos = i = 0
    while True:
        while i < len(lower) and lower[i].start() < pos:
            i += 1
        if upper and upper.start() < pos:
            upper = _UPPER_NAMES.search(text, pos)
        m = lower[i] if i < len(lower) and (upper is None or lower[i].start() < upper.start()) else upper
        if m is None:
            return
        yield m
        pos = m.end()


def _starts_word(text: str, at: int, also: frozenset = _NOT_BEFORE_NAME) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_" or text[at - 1] in also)


def _named(text: str):
    caps = not _LOWER.search(text) and _TWO_CAPS.search(text) is not None
    for m in (_caps_names().finditer(text) if caps else _name_matches(text)):
        if not _starts_word(text, m.start()):
            continue
        name = _CAPS_KNOWN[m.group(1)] if caps else m.group(1)
        zone, streaming = _KNOWN[name]
        yield Channel(name, zone, streaming, m.start(), m.end())


# `TX: SUNDAY 6 DECEMBER, 9PM, BBC ONE`: a line in capitals names its channel in capitals too. Names are matched
# there in capitals (the first name of each spelling), by a pattern built the first time one is read.
_LOWER, _TWO_CAPS = re.compile("[a-z]"), re.compile("[A-Z]{2}")
_CAPS_KNOWN: dict[str, str] = {}


@cache
def _caps_names() -> re.Pattern:
    for name in _KNOWN:
        _CAPS_KNOWN.setdefault(name.upper(), name)
    return re.compile("(" + literal_trie(_CAPS_KNOWN) + _NAME_END)


def _stands_as_channel(text: str, c: Channel) -> bool:
    """Whether a name stands where a channel does: after `on`, in a listing, or leading one."""
    before, after = text[max(0, c.start - 24):c.start], text[c.end:c.end + 12]
    possessive = after[:1] in ("'", "’")
    if c.name in GUARDED or not c.name[:1].isupper() and not c.name[:1].isdigit() and "." not in c.name:
        return bool(_BEFORE_ON.search(before) or (before.rstrip()[-1:] in ("(", ",", ";", "/", "|")
                                                   and (_AFTER_LISTED.match(after) or _twin_after(text, c.end)))
                    or _names_its_show(text, c)
                    or possessive and c.name not in GUARDED and _leads(before)  # `tvN's *Moonlit Pharmacy*`
                    or possessive and _SHOW_NOUN_AFTER.match(text, c.end + 2))  # `Show TV's period drama *X*`
    if possessive:  # `on ITV's`; `Star Plus's new drama` leading; `is KBS2's new drama`
        return bool(_BEFORE_ON.search(before) or _IS_BEFORE.search(before)) or _leads(before) or \
            _apposed(text, before, c.end)
    return True


# `(Seven and 7plus, from 10.30am)`: a listing's channel with its own streaming service beside it.
AND_JOINED = re.compile(r"\s+(?:and|&)\s+")


def _twin_after(text: str, end: int) -> bool:
    joined = AND_JOINED.match(text, end)
    return joined is not None and _ANY_STREAMER.match(text, joined.end()) is not None


# `*Terra*, Globo's new novela, starts…`, `Across the sea, RTÉ One's crime drama X…`: a possessive of a show's kind
_APPOSED_NOUN = re.compile(r"(?:(?!(?:the|a|an|said|says|told)\s)[\w'’-]+\s+){0,3}?(?:drama|series|show|sitcom|soap|thriller|comedy|novela|"
                           r"telenovela|miniseries|serial|documentary)(?:,|\s+(?=[*_\"“‘<]?[A-Z0-9]))")


def _apposed(text: str, before: str, end: int) -> bool:
    return before.endswith(", ") and _APPOSED_NOUN.match(text, end + 3) is not None


def _placed(text: str, c) -> bool:
    """After `on`/`to`, or in a listing (`(Thursday, CBS, 9 p.m.)`, `CBS, Wednesdays, 10 ET/PT`); a network that
    leads a sentence as its subject (`NBC said Tuesday`) is not placed."""
    start, end = (c.start, c.end) if isinstance(c, Channel) else (c.start(), c.end())
    before, after = text[max(0, start - 24):start], text[end:end + 12]
    if after[:1] in ("'", "’"):
        if owns_another(text, end):
            return False  # `comes to Channel 4's Walter Presents strand on All 4`: it is on the other
        return bool(_BEFORE_ON.search(before) or runs_its_own(text, end)) or _leads(before) or \
            _apposed(text, before, end)
    if _names_its_show(text, c):
        return True
    if _leads(before) or _LEAD_MARKUP.sub("", before) == "The":  # `The ABC will screen it`: said with `the`
        return bool(_AFTER_LISTED.match(after) or _SHOWS_AFTER.match(text, end))
    if isinstance(c, Channel) and c.streaming and _BEFORE_IN.search(before):
        return bool(_AFTER_IN.match(after))
    return bool(_BEFORE_LISTED.search(before) or _AFTER_LISTED.match(after))


# `The Nine crime drama *Ashgrove*`, `the BBC One thriller Tidewater`: a channel naming the show it is on, as a noun's modifier, before the show's title.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SHOW_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:drama|series|show|sitcom|soap|thriller|comedy|telenovela|"
                              r"procedural|documentary|miniseries|serial|mystery|western)\s+(?=[*_\"“‘<]?[A-Z0-9])")


def _names_its_show(text: str, c) -> bool:
    start, end = (c.start, c.end) if isinstance(c, Channel) else (c.start(), c.end())
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start) and _SHOW_NOUN_AFTER.match(text, end))


# What may stand before a channel that leads its text: white space and markup (`<p>`, `**`, a bullet). (a guide's rating, `★★★`, leads its item too; and a round-up's bold label for its country, `**Japan.**`)
_LEAD_MARKUP = re.compile(r"(?:<[^<>]{0,40}>|[\s*_#>•·|★☆-]|\*\*[A-Z][^*\n]{0,30}[.:]\*\*)+")


def _leads(before: str) -> bool:
    """Whether `before` (the text just before a name) is only white space and markup: the name leads the text."""
    return not before or _LEAD_MARKUP.fullmatch(before) is not None


def zone_of(channel: Channel, text: str, home: str | None = None) -> str | None:
    """The zone of `channel` as `text` places it: a pay-TV platform or a city named beside it wins; a local
    station with no city beside it is in `home` (the outlet's city) when that is known."""
    platform = _PLATFORMS.search(text)
    if platform and channel.zone and (channel.zone.startswith("Asia/") or _owned_by(text, platform, channel)):
        return PLATFORM_ZONES[platform.group(0)]  # `AXN on StarHub`, `StarHub's E! channel`: that country's feed
    if home and (channel.name in PAN_ASIAN and home.startswith("Asia/") or channel.name in PAN_LATIN and in_latin_america(home)):
        return home
    if channel.name in SHARED and channel.zone is None:  # `TV3`: a country or city the sentence names, or the article
        return next((z for z in (*(z for _, z in places_named(text)), home) if z in SHARED[channel.name]), None)
    beside = None if channel.streaming else beside_city(text, channel.start, channel.end)
    if beside:
        return beside  # `CTV Vancouver`, `NBC 5 Chicago`, `Channel 5 in Las Vegas`: that city's station
    if channel.local:  # `Chicago's Channel 32`, `Channel 7 in Denver`: a city right beside the station, or one
        # the sentence says its viewers are in (`Seattle viewers can watch it ... on Channel 13`)
        city = city_zone(text[max(0, channel.start - 30):channel.end + 30]) or viewers_city(text)
        return city or home or channel.zone
    if text[max(0, channel.start - 4):channel.start].lower() == "the " and channel.name in WITH_THE:
        return WITH_THE[channel.name]  # `on the ABC`: Australia's ABC (the US network goes without `the`)
    if home and _NUMBERED.fullmatch(channel.name):
        return home  # `Channel 4` in a Denver paper is a Denver station, not Britain's
    return channel.zone


def platform_zone(text: str) -> str | None:
    """The zone of the pay-TV platform `text` names (`on Astro's AEC channel`), where no channel places a clock."""
    platform = _PLATFORMS.search(text)
    return PLATFORM_ZONES[platform.group(0)] if platform else None


def _owned_by(text: str, platform: re.Match, channel: Channel) -> bool:
    """`StarHub's E! channel`: a channel the platform's possessive stands right before."""
    return text.startswith(("'s ", "’s "), platform.end()) and platform.end() + len("'s ") == channel.start


def placed_by_home(channel: Channel) -> bool:
    """Whether where an article comes from can say which zone `channel` is in (zone_of's `home`)."""
    return channel.local or bool(_NUMBERED.fullmatch(channel.name)) or channel.name in PAN_REGIONAL or \
        channel.name in SHARED


def named_near(body: str, at: int, zones: frozenset[str]) -> str | None:
    """The zone, among `zones`, of the country, city or channel `body` names last before `at` (else first after it):
    where an article about a country's shows (`every family in Ghana`, a round-up's `**Ghana.**`) places a channel
    several countries name alike."""
    named = [(start, zone) for start, zone in _places_and_channels(body) if zone in zones]
    before = max((n for n in named if n[0] < at), default=None)
    return before[1] if before else min(named, default=(0, None))[1]


@lru_cache(maxsize=4)  # (asked once per sentence naming such a channel: the body is read once)
def _places_and_channels(body: str) -> list[tuple[int, str]]:
    return places_named(body) + [(c.start, c.zone) for c in find_channels(body) if c.zone]


def home_zone(body: str, outlet: str | None = None, url: str | None = None) -> str | None:
    """The zone of the place an article comes from, for a local station or a pan-regional channel it names without
    one: the city in the outlet's name (`Houston Chronicle`) or the outlet's country (`The Irish Times`, a web
    address ending `.ie`), else its dateline's city (`DENVER —`), else that of the known local stations it names
    (`WGN`), when they all agree, else the country of the other channels it names, when they all agree."""
    home = place_zone(body, outlet, url)
    if home:
        return home
    zones = {_STATION_ZONE[m.group(1)] for m in _STATION.finditer(body) if m.group(1) in _STATION_ZONE
             and _starts_word(body, m.start(), frozenset("-")) and not body.startswith(" America", m.end())}
    if len(zones) == 1:
        return zones.pop()
    # else the one country of the channels it names that only one country has (`CNA`, `mewatch`: Singapore's, so
    # its `Channel 5` is Mediacorp's), two or more of them
    own = [c.zone for c in find_channels(body) if c.zone and not placed_by_home(c) and c.name not in WITH_THE]
    return own[0] if len(own) >= 2 and len(set(own)) == 1 else None
