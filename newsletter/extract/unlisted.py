"""Channels and streaming services no table lists, as the text places them: by their country (`Qatar's Al Rayyan
has`, `In Peru, América TV has`, `NTV Uganda shows`, `on Rede Aurora in Brazil at 21h`), by a `+` (`on Hikari+`), by
a broadcaster's word (`on Tokai Broadcasting`), or leading a clause that shows a kind of show by its title
(`Ecuavisa airs the coastal comedy *Manabita Soy*`). World listings round-ups and global releases name such channels.

Pure readers for channels.py, which wraps what they find as its Channels.
"""

from __future__ import annotations

import re

from .literals import literal_trie
from .holidays import HOLIDAY
from .places import COUNTRY_NAMES, PLACE_NAMES, country_zone
from .scan import led_by_first

# What a channel found here is, as channels.Channel takes it: its name, its zone (None: the one the text gives),
# whether it streams, and where it stands.
Found = tuple[str, "str | None", bool, int, int]

# A country's name and the listings it keeps: a name nobody lists counts only as the subject of a verb of showing,
# so `Jordan's dream` is none.
_COUNTRY = led_by_first(literal_trie({n.removeprefix("the ") for n in COUNTRY_NAMES.replace("\\", "").split("|")}))
_NAME_WORD = r"(?:[A-Z0-9ÁÉÍÓÚÑ][\w+&.'’-]*)"
_SHOWING = (r"(?=\s+(?:also\s+|will\s+|is\s+to\s+|then\s+)?(?:airs?|shows?|has|have|repeats?|carries|broadcasts?|"
            r"screens?|runs))")
# (after `In Peru,` a title may stand as well: only a name with a channel's word)
_CHANNEL_WORD = r"\s(?:TV|Television|Channel|FM|\d{1,3})"
_COUNTRY_NAMED = led_by_first(r"\b(?:(?P<of>" + COUNTRY_NAMES + r")['’]s\s+(?P<name>" + _NAME_WORD + r"(?:\s" + _NAME_WORD
                              + r"){0,2})|[Ii]n\s+(?P<in>" + COUNTRY_NAMES + r"),\s+(?P<inname>" + _NAME_WORD + r"(?:\s"
                              + _NAME_WORD + r")?" + _CHANNEL_WORD + "))" + _SHOWING + "|"
                              r"\b(?P<named>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r")?\s(?P<last>" + COUNTRY_NAMES
                              + r"))" + _SHOWING + "|"
                              # `on Rede Aurora in Brazil at 21h`: a channel, then its country, then when
                              r"\bon\s(?P<on>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,2})\sin\s(?P<where>"
                              + COUNTRY_NAMES + r")(?=\s(?:at|from|on)\b)")
_NAMED_BEFORE = re.compile(r"[A-Z][\w.]*\s$")
_COUNTRY_BEFORE = re.compile(r"\b(" + COUNTRY_NAMES + r")['’]s\s+$")
_COUNTRY_REACH = 30  # characters before a channel searched for the country that owns it

# `streams on Hikari+`, `from Lumen+`: a brand ending in `+` that something is on is a streaming service (Disney+,
# Apple TV+, Paramount+ are the pattern); its release times are in the zone the text writes.
_PLUS_SERVICE = re.compile(r"\b(?:on|via|from|to|hits)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?\+)(?![\w+])")

# `is streaming on Corsair Now`, `remain available on Fernlight`, `available to stream on the Kan Box app`: a name
# nobody lists that something streams or is available on is a streaming service, as a listed one would be there
# (not a disc, a shop, a ticket seller or an audio platform: `available on Blu-ray`, `on Spotify`).
_AVAILABLE_ON = led_by_first(r"\b(?:stream(?:s|ing)|available(?:\s+to\s+(?:stream|watch))?)\s+(?:(?:now|free|already|only|exclusively)\s+)?(?:on|via)\s+"
                             r"(?:the\s+)?(?!(?:DVD|Blu-?ray|VHS|CD|Spotify|Apple\s+(?:Music|Podcasts)|Audible|Amazon|"
                             r"iTunes|SoundCloud|Bandcamp|Ticketmaster|Kindle)\b)([A-Z][\w+&'’-]*(?:\s[A-Z][\w+&'’-]*){0,2})")

# `on Tokai Broadcasting`, `on Harbour Television`, `on the Vantage Channel`: a name after `on` ending in a
# broadcaster's word (not `on Chicago's Channel 9`, a station's number, nor the sea `the English Channel`).
_BY_THEIR_WORD = re.compile(r"\b(?:on|to)\s+(?:the\s+)?((?!English\s)(?:[A-Z][\w'’-]*\s){1,3}"
                            r"(?:Broadcasting|Television|Network|Channel))\b(?!\s*\d)")

# `on Radio Solstice`, `on BBC Radio 4`, `on Kestrel FM`: a radio station after `on`, by its own word (a station's
# programme has a slot as a show's does); not `on the radio`, the word alone, nor `on Kestrel FM's breakfast show`
# (a guest on one of its programmes).
_STATION_WORD = r"(?:\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:[A-Z][\w'’-]*|\d{1,3}(?:\.\d)?(?![\d:.])))"
_RADIO = re.compile(r"\b(?:on|to)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s){1,2}(?:Radio|FM)" + _STATION_WORD + r"{0,2}|"
                    r"(?:Radio|FM)" + _STATION_WORD + r"{1,2})\b(?!['’])")

# `Ecuavisa airs the coastal comedy *Manabita Soy*`, `Tonight at 21.00, Kringvarp Føroya shows the Christmas special
# of the fishing drama …`: a name leading its clause as the subject of showing a kind of show and its title (a show
# airs its finale, not `the comedy X`).
_GENRES = r"(?:drama|series|sitcom|soap|thriller|comedy|telenovela|procedural|documentary|miniseries|serial|mystery|saga)"
_GENRE_WORD = led_by_first(_GENRES)  # a cheap test first
_SHOWING_A_TITLE = re.compile(r"(?:^|,\s)(" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,2})\s+(?:also\s+|will\s+|"
                              r"then\s+)?(?:airs?|shows?|screens?|broadcasts?|repeats?)\s+(?:the|a|an)\s+"
                              r"(?:[\w'’-]+\s+){0,7}?" + _GENRES + r"\s+[*_\"“]?[A-Z]")
# Capitalised words that lead a clause and are no channel's name: a day, a pronoun, a holiday, a month.
_NOT_A_NAME = re.compile(r"(?:Tonight|Tomorrow|Today|It|She|He|They|We|This|That|Then|Now|Christmas|New\sYear|Easter|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                         r"[a-z]*)\b")


def might_be_unlisted(text: str) -> bool:
    """Whether `text` may name a channel nobody lists, or place a listed one in a country (a cheap test first)."""
    return "+" in text or _broadcaster_word(text) or "Radio" in text or "FM" in text or bool(_COUNTRY.search(text)) \
        or bool(_GENRE_WORD.search(text)) or _availability_word(text)


def _availability_word(text: str) -> bool:
    return "stream" in text or "available" in text


def _broadcaster_word(text: str) -> bool:
    return "Broadcasting" in text or "Television" in text or "Network" in text or "Channel" in text


def in_country(text: str, start: int) -> str | None:
    """The zone of the country whose possessive stands right before `text[start:]` (`Norway's TV 2`), if any."""
    before = _COUNTRY_BEFORE.search(text, max(0, start - _COUNTRY_REACH), start)
    return country_zone(before.group(1)) if before else None


def unlisted(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """The channels and services `text` names that no table lists, none standing where `taken` spans do."""
    taken = list(taken)
    out: list[Found] = []
    for found in (*_by_country(text), *_by_mark(text)):
        start, end = found[3], found[4]
        if not any(a < end and start < b for a, b in taken):
            out.append(found)
            taken.append((start, end))
    return out


def _by_country(text: str):
    """`Qatar's Al Rayyan has`, `In Peru, América TV has`, `NTV Uganda shows`, `on Rede Aurora in Brazil at 21h`."""
    if not _COUNTRY.search(text):
        return
    for m in _COUNTRY_NAMED.finditer(text):
        group = next(g for g in ("name", "inname", "named", "on") if m.group(g))
        if m.group("of") and _NAMED_BEFORE.search(text, 0, m.start()) or _NOT_A_NAME.match(m.group(group)):
            continue  # `Michael B. Jordan's Mom has`: a person's; `on Sunday in Brazil at 9`: a day
        zone = country_zone(m.group("of") or m.group("in") or m.group("last") or m.group("where"))
        yield m.group(group), zone, False, *m.span(group)


def _by_mark(text: str):
    """`on Hikari+` (a streaming service), `on Tokai Broadcasting`, `Ecuavisa airs the coastal comedy *X*`, `is
    streaming on Corsair Now` (a streaming service)."""
    if "+" in text:
        services = list(_PLUS_SERVICE.finditer(text))
        yield from ((m.group(1), None, True, *m.span(1)) for m in services)
        for m in services:  # `airs on Larkhill and streams on Larkhill+`: the network beside its own service
            yield from ((n.group(0), None, False, *n.span()) for n in re.finditer(
                r"(?<![\w+])" + re.escape(m.group(1)[:-1]) + r"(?![\w+])", text) if n.start() != m.start(1))
    if _broadcaster_word(text):
        yield from ((m.group(1), None, False, *m.span(1)) for m in _BY_THEIR_WORD.finditer(text))
    if "Radio" in text or "FM" in text:
        yield from ((m.group(1), None, False, *m.span(1)) for m in _RADIO.finditer(text))
    if _GENRE_WORD.search(text):
        yield from ((m.group(1), None, False, *m.span(1)) for m in _SHOWING_A_TITLE.finditer(text)
                    if not _NOT_A_NAME.match(m.group(1)))
    if _availability_word(text):
        yield from ((m.group(1), None, True, *m.span(1)) for m in _AVAILABLE_ON.finditer(text)
                    if could_be_a_channel(m.group(1)))


# A name nobody lists, after `on`, standing right beside an airing's when: after its clock or day (`airs Mondays at 8/7c
# on Lodestar.`, `Fridays at nine on Hollister.`, `at 9pm on Spindle Fantasy, and`, `drops Friday on Maplecast.`) or before its day (`drops on Vireo on
# Friday`, `streams on Hanul from Saturday`). An airing names its channel there, so the name is one (printed as
# written), unless it is a day, a month, a holiday, a place, a stage or a social site, or a word for television itself
# (`on TV at 9`).
_WORD = r"[A-Z][\w+&'’-]*"  # (no `.`: the name ends its sentence)
_ON_NAME = r"on\s+(?:the\s+)?(" + _WORD + r"(?:\s" + _WORD + r"){0,2})"
_AFTER_A_CLOCK = re.compile(r"(?:\d|\d\s?[ap]\.?m\.?|\dc|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|"
                            r"\b[A-Z]{1,3}S?T|\b(?:Eastern|Central|Mountain|Pacific)|\bnoon|\bmidnight|\bnights|"
                            r"\bat\s+(?:six|seven|eight|nine|ten|eleven)(?:\s+o['’]clock)?)\)?\s+"
                            + _ON_NAME
                            + r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|with|from|in|for|until|starting|beginning|tonight)\b)")
_BEFORE_A_DAY = re.compile(r"\b" + _ON_NAME + r"(?=\s+(?:on|from|at|this|next|every|each)\s+(?:(?:Mon|Tues|Wednes|"
                           r"Thurs|Fri|Satur|Sun)days?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                           r"\d|\d))")
# A listing's clock (`10/9c`, `9pm`, `9 p.m.`), a comma, then a name that ends the clause (not a zone's: `9 p.m., Eastern`).
_LISTED_AFTER_A_CLOCK = re.compile(r"(?:\d/\d{1,2}c|\d\s?[ap]\.?m\.?),\s+(?!(?:Eastern|Central|Mountain|Pacific|Atlantic)\b)("
                                   + _WORD + r"(?:\s" + _WORD +
                                   r"){0,2})(?=\s*(?:[.:;]|$))")
_NO_CHANNEL = re.compile(r"(?:Tonight|Tomorrow|Today|It|She|He|They|We|This|That|Then|Now|(?:Mon|Tues|Wednes|Thurs|Fri|"
                         r"Satur|Sun)days?|January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?:\s|$)|"
                         r"(?:TV|Television|Air|Demand|Broadway|Stage|Set|Location|Tour|Screen|Record|Radio|Twitter|"
                         r"Instagram|TikTok|Facebook|Snapchat|Zoom|Twitch|Reddit|Discord|Tumblr|Threads|Bluesky|"
                         r"Episode|Part|Season|Series|Chapter|Day|Night|Week|Weekend|Page)$|"
                         r".*\s(?:Island|Street|Road|Avenue|Square|Beach|Park|Hall|Arena|Stadium|Theatre|Theater)$")


def named_beside_a_when(text: str) -> str | None:
    """The channel nobody lists that `text` (an airing's sentence, markup taken out) names right beside its when:
    `airs Mondays at 8/7c on Lodestar`, `drops on Vireo on Friday at 3am ET`; None where it names none."""
    if "on " not in text:
        return _listed_after_a_clock(text) if ", " in text else None
    for rx in (_AFTER_A_CLOCK, _BEFORE_A_DAY):
        for m in rx.finditer(text):
            if could_be_a_channel(m.group(1)):
                return m.group(1)
    return None


def _listed_after_a_clock(text: str) -> str | None:
    """A listing's channel after its clock and a comma (`returns Friday, Sept. 18, 10/9c, CBN.`, `*X*, 9/8c, Hearth:`)."""
    m = _LISTED_AFTER_A_CLOCK.search(text)
    return m.group(1) if m and could_be_a_channel(m.group(1)) else None


def could_be_a_channel(name: str) -> bool:
    """Whether capitalised words can name a channel: not a day, a month, a holiday, a place, a stage, a social site
    or a word for television itself."""
    return not (_NO_CHANNEL.match(name) or HOLIDAY.match(name) or name in PLACE_NAMES or country_zone(name))
