"""Whether a sentence speaks of an airing: the words that say so (broadcast verbs, TV nouns, streaming words,
`is on` before a day, a title on a weekly night) and the look-alikes that do not (filming, stage shows, live events,
releases in cinemas or on DVD, deadlines, trailers, the day news was made).

Pure readers for airdates.py, which decides what airing a sentence that passes states.
"""

from __future__ import annotations

import html
import re

from .air_tongues import in_english
from .channels import Channel, find_channels, names_streamer, offered_on
from .scan import group_free, is_led, led_by_first, read_from
from .show_subject import show_subject
from .strips import STRIP as _STRIP_RX
from .strips import find_strip
from .air_lines import VERB_LEADS, gets_an_airing, led_by_verb, listing_entry, moved_to, moved_to_day, titled
from .when import Clock, Day, find_clock, find_days, has_cue

# Each branch opens with a letter the others open with too, or with a look-behind, so that the engine can skip to
# those letters (led_by_first): a branch opening on `e` or `m` would make it stop at most of a text. `watch it on ITV`
# is a broadcast, `watch it on Sunday morning` someone's viewing.
BROADCAST = led_by_first(
    r"\b(?:(?:airs?|aired|airing)(?!\s+(?:out|grievances|concerns|views|doubts)\b|"
    r"\s+(?:his|her|their|its|my|our|your)\s+"
    r"(?!(?:[\w-]+\s+){0,2}(?:finale|premiere|episode|season|series|pilot|special|first|last|final)))|"
    r"re(?:-?airs?|-?broadcast(?:s|ing)?|(?:peats|runs|-runs)(?=\s+(?:(?-i:[*_\"“‘A-Z])|(?:the\s+)?(?:series|"
    r"season|episodes?|show|drama)\b)))|broadcasts?|broadcasting|televised|telecasts?|"
    r"premier(?:es|ed|ing|e(?<=episodes\spremiere))|"
    r"(?:will|to|we|they|it|shows?|series|and|also|then|officially)\s+premiere|"
    r"debuts?|debuted|debuting|tune\s+in|(?:don['’]t|do\s+not)\s+miss|catch\s+(?:it|him|her|them|the\s+\w+)\b|"
    r"(?:screen(?:s|ed)|(?:will|to)\s+screen)\s+(?:on|at|tonight|tomorrow)|goes\s+out|is\s+on\s+(?:at|every|tonight|tomorrow)|"
    r"(?:be|is|was|were|being|s(?<=['’]s))\s+(?:shown|repeated|screened)|went\s+out|"
    r"be(?:(?<=can\sbe)|(?<=will\sbe)|(?<=may\sbe))\s+(?:seen|watched|viewed)\s+(?=on\s|at\s|from\s|every\s|each\s)|"
    r"transmits|transmitted|simulcast|on\s+air|"
    r"(?:will|to)\s+run\s+a\s+(?:[\w-]+\s+)?marathon|marathon\s+of\s+(?:the|all|every)|"
    r"(?:network|channel)\s+(?:will\s+)?presents?|"  # a network's release: `the network will present *X* at 10`
    r"(?:shows?|showed)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|episodes?|finale|premiere)"
    r"(?!\s+of\b))|(?:will|to)\s+show|(?:will|to)\s+screen\s+(?=it\b|them\b|the\s+(?:series|show|drama|"
    r"episodes?|finale|premiere|film|documentary)|all\s|every\s|(?-i:[A-Z*_\"“]))|"
    r"watch(?:\s+(?:it|them|the\s+(?:series|show|drama|episodes?|finale|premiere))\s+(?=on\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|via\s)|"
    r"(?:(?<=forget\sto\swatch)|(?<=sure\sto\swatch)|(?<=remember\sto\swatch)|(?<=want\sto\swatch)|"
    r"(?<=can\swatch)|(?<=should\swatch)|(?<=must\swatch))\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:series|show|drama|episodes?|finale|premiere|special))))\b", re.I)
# Said of a broadcast only (not `premieres`, `debuts`, which services say of their releases too).
AIRED = re.compile(r"\b(?:air(?:s|ed|ing)?|broadcast|televised)\b(?!\s+(?:out|grievances|concerns|views|doubts)\b)",
                   re.I)
# `the channel will run a classic mystery every day at 2.15pm`: a channel as the subject of `run` (said of a strip).
_CHANNEL_RUNS = re.compile(r"\b(?:channel|broadcaster)\s+(?:will\s+|is\s+to\s+|also\s+)?(?:runs?|running)\b", re.I)
# What a show moves to when the move is in the schedule: a night, a time, a strip or a slot (not `moves to Sydney`;
# a channel moved to is read as one).
_TO_SLOT = (r"(?=\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|week(?:day|night)s|nights|\d|"
            r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:slot|timeslot|time|night|day|evening|spot)s?\b))")
_WEAK_VERB = re.compile(
    r"\b(?:returns?|returning|returned|comes?\s+back|(?:is|are)\s+back|begins?|beginning|begin\s+airing|starts?|"
    r"picks?\s+up\s+again|signs?\s+off|signed\s+off|settl(?:es?|ing)\s+(?:into|(?:back\s+)?in(?:to)?\s+(?:its|their|the|a)\s)|"
    r"starting|kicks?\s+off|kicking\s+off|kick\s+off|opens?|ends?|ending|concludes?|finish(?:es|ed)?\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}run|wraps?(?:\s+up)?|launch(?:es|ing)?|"
    r"(?:moves?|moved|moving|shifts?|switch(?:es)?)\s+(?:from\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\s+)?to"
    + _TO_SLOT + r"|"
    # a channel moving a show (`moves the detective series *De Kade* to Thursdays`, `brings *X* back on Tuesday`,
    # `brings its telenovela *Y* forward to 20:30`)
    r"(?:moves?|moved|brings?|brought)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,3}?[*_\"“]?(?-i:[A-Z])[^.;,]{0,40}?"
    r"\s(?:back|(?:forward|back)\s+to|to" + _TO_SLOT + r")|(?:brings?|bringing|brought)\s+back|arrives?|lands?|drops?|bows?|rolls?\s+out|"
    r"hits|continues?|resum(?:es?|ing)|(?:repeats?|reruns?|encores?)\s+runs?|unfolds?|unfolding|follows?|(?:is|are|will\s+be)\s+followed\s+by|appears?|appearing|"
    r"appearance|guests?|guest[- ]stars?)\b",
    re.I)
_TV_NOUN = re.compile(r"\b(?:seasons?|series|episodes?|finale|premiere|show|television|TV|program(?:me)?s?|special|"
                      r"miniseries|sitcom|drama|broadcast|telecast|prime\s*time|primetime|screens|slot|timeslot|"
                      r"installment|two-parter|spinoff|spin-off|reboot|revival|repeats?|reruns?|encores?)\b", re.I)
STREAM_WORD = led_by_first(r"\b(?:stream(?:s|ing|ed)?|available\s+(?:(?:to\s+(?:watch|stream|view)\s+)?(?:on|via|from)|"
                            r"to\s+(?:watch|stream|view))|"
                            r"subscribers\s+(?:get|can\s+(?:watch|stream|see))|"
                            r"on\s+demand|catch[- ]?up|caught\s+up|box\s*set|binge|all\s+(?:\w+\s+){1,2}episodes|"
                            r"drops?\s+on|lands?\s+on|arrives?\s+on|hits?\s+(?:Netflix|Hulu|Prime|Disney|Apple|Max|"
                            r"Peacock|Paramount))\b", re.I)
# Episodes put out rather than broadcast (`New episodes drop Fridays`, `The season will be released weekly on
# Wednesdays`): a streaming release, though no service is named.
RELEASED = re.compile(r"\b(?:episodes?|season|series|installments?|chapters?)\b[^.;,]{0,30}?\b(?-i:drops?|dropping|"
                      r"land|lands|landing|arrive|arrives|arriving|"
                      r"(?:are|is|will\s+be|get|gets|being)\s+(?:\w+\s+)?released)\b", re.I)
POSSESSIVE_AIRING = re.compile(r"(?:day|night|tonight|tomorrow)['’]s\s+(?:[\"“]|(?:\w+[- ]){0,3}?(?:season\s+|"
                                r"series\s+|"
                                r"mid-?season\s+)?(?:premiere|finale|episode|installment|show|broadcast|telecast|"
                                r"special|debut|return)\b)", re.I)
# Look-alikes: a when and even a channel, but nothing to watch at that time (common nouns in lower case only, so a
# show called `Panel Pals` is not one).
_LOOK_ALIKE = led_by_first(
    r"\b(?:film(?:s|ed|ing)\s+(?:on|in|at|began|begins|starts|wrap)|filming|shooting|shoots\s+(?:on|in|at)|"
    r"on\s+location|on\s+set|wrap(?:s|ped)?\s+(?:production|filming|shooting)|production\s+(?:begins|starts|on)|"
    # a file's own stamp: `Generated Fri 04/12/2026 06:00 AEDT`, `Exported on 3 May at 09:12`
    r"(?-i:Generated|Exported)\s+(?:on\s+)?(?=\w)|"
    r"(?:in|to|hits|into|at)\s+(?:(?:select|selected|limited)\s+)?(?:theaters|theatres|cinemas)|"
    r"(?:watch|viewing)\s+part(?:y|ies)|in\s+(?:movie\s+)?theaters|box\s+office|"
    r"(?:on|to|of|its)\s+(?:DVD|Blu-?ray|VHS|home\s+video|digital\s+download)|DVD\s+(?:release|box)|(?-i:DVDs?)|"
    # a release that is no airing: `is out on video from Monday`, `out on a 12-disc box set on January 14` (a box set
    # on a player is streaming), `the soundtrack album is out on November 14`; an event held, not shown: `the awards
    # ceremony will be held in Seoul`
    r"out\s+on\s+(?:video|vinyl|cassette)|(?:goes|go|went|is|are)\s+on\s+sale|(?:disc|DVD)\s+box\s+set|out\s+on\s+(?:a\s+)?(?:[\w-]+\s+)?box\s+set|"
    r"(?-i:soundtrack)|(?:awards?|prize)\s+ceremony|on\s+news-?stands|at\s+newsagents|"  # a magazine's issue on sale
    r"will\s+be\s+held\b|"
    r"(?-i:Broadway)|West\s+End|on\s+stage|the\s+stage|matinee|curtain\s+(?:rises|up)|(?-i:tour)\b(?!\s+of\b)|"
    r"at\s+the\s+(?:(?-i:[A-Z])[\w'’.&-]*\s+){1,4}(?-i:Theatre|Theater|Hall|Arena|Center|Centre|Bowl|Garden|"
    r"Playhouse|"
    r"Opera\s+House|Auditorium|Pavilion|Amphitheatre|Amphitheater)\b|"
    r"(?-i:deadline|podcast|press\s+conference|red\s+carpet|screening|panel|signing|signs?\s+copies|book\s+tour|"
    # an exhibition, a signing at a booth, a recording in front of an audience, a vote, a chart: no airing either
    r"exhibition|booth|signs\s+at|live\s+recording|recording\s+(?:of|took)|took\s+place|meet\s+the\s+cast|meet[- ]and[- ]greet|appear(?:s|ing)?\s+at\s+the\s+[A-Z]|"
    r"open\s+day|voting|ballot|birthday|charts?\b|most-(?:streamed|watched)|trend(?:s|ing)?\b|"
    r"tickets?|party|table\s+read|read-?through|rehearsals?|"
    # a press release's embargo, a class or a lecture given in person
    r"(?i:embargo(?:ed)?|not\s+for\s+publication)|master\s?class|homecoming|lecture|commencement|"
    r"(?:screened|screening|screens|shown)\s+(?:it\s+|them\s+)?(?:for|to)\s+(?:the\s+)?(?:critics|press|journalists|"
    r"reviewers)|"
    # a stage play (not `a musical drama`, `the musical episode`)
    r"(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Nn]ew)\s+(?:stage\s+)?(?:play|pantomime|panto|opera|"
    r"musical(?!\s+(?:drama|comedy|series|show|competition|number|episode|special|fantasy)))\b|"
    # someone's own viewing: `I watched it on Netflix last night`
    r"I(?:['’]ll|\s+will)\s+be\s+back\b|(?:I|[Ww]e|[Ss]he|[Hh]e|[Tt]hey)\s+(?:watched|binged|saw|streamed|caught)\s+(?:it|them|the\s+\w+)\s+on\s|"
    r"arena|stadium|live\s+(?:tour|show\s+at|shows\s+at|dates?))|"
    r"fan\s+(?:convention|event)|"
    r"Comic-?Con|(?:going\s+to|attend(?:s|ing|ed)?|at|walk(?:s|ed)?)\s+the\s+(?:\w+\s+)?(?:Emmys|Oscars|"
    r"Golden\s+Globes|Tonys|Grammys|BAFTAs|SAG\s+Awards|Awards|ceremony)|blast-?off|lift-?off|"
    r"launch\s+(?:pad|window)|flyover|fly-?over|(?-i:trailer|teaser|first\s+look|sneak\s+peek|poster)|"
    r"on\s+(?:Instagram|TikTok|Twitter|Facebook|Snapchat|social\s+media)|"
    r"(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,4}festival\b|"
    r"(?:screen(?:s|ed|ing)?|shown|show(?:s|ing)?)\s+at\s+(?:the\s+)?(?-i:[A-Z]))", re.I)  # at a venue: `at the BFI`
# What says a show is there to watch now, where no day says when: `is on ITVX`, `available`, `now streaming`, `you
# can watch it`, German `ab sofort` (not a viewing in the past: `I watched it on Netflix`, `she binged it on Hulu`).
_AVAILABLE = re.compile(r"\b(?:(?:is|are|'s|remains?|stays?)\s+(?:\w+\s+){0,2}?(?:on|in)\b|available|stream(?:s|ing)\b|"
                        r"now\b|ab\s+sofort\b|can\s+(?:\w+\s+)?(?:watch|find|stream|catch|see|binge)|catch[- ]?up|caught\s+up|"
                        r"box\s*set|"
                        r"^\W*(?:stream|watch|catch|find|binge)\b|(?:go|run|head)\s+to\b)", re.I)
# Where an airing is seen at another time: `Viewers in Perth can see it at 8.30pm`, `fans in Manila get it at 9`.
_VIEWERS_SEE = re.compile(r"\b(?:viewers|audiences|fans|subscribers|those)\b[^.;]{0,40}?\b(?:(?:can|will|get\s+to)\s+"
                          r"(?:see|watch|catch)|gets?|sees?|catch)\s+(?:it|them|the\s+\w+|[*_\"“‘]*(?-i:[A-Z]))", re.I)
# An airing's audience, said the day after (`drew 6 million viewers`, `averaged 25 million`): ratings news, no airing.
_RATINGS = led_by_first(r"\b(?:(?:drew|attracted|averaged|pulled\s+in|watched\s+by|peaked\s+at)\s+(?:an?\s+)?(?:audience|"
                        r"(?:a\s+)?(?:peak\s+(?:of\s+)?)?(?:more\s+than\s+|almost\s+|nearly\s+|over\s+|about\s+)?"
                        r"[\d.,]+\s*"
                        r"(?:m|million|k|thousand)?\s*(?:viewers|people|households))|"
                        # `Ratings for Sunday's finale rose`: the figures an airing got, not when it is on
                        r"(?:ratings|viewing\s+figures|audience\s+figures|overnights)\s+for\b[^.;]{0,60}?\b(?:were|was|"
                        r"rose|fell|dipped|dropped|jumped|climbed|slipped|slumped|soared|hit|reached|topped|peaked|"
                        r"grew)\b)",
                        re.I)
# A promotion released, not the show: `The trailer premiered on YouTube on Tuesday` (a channel does not make it one).
_PROMO_OUT = re.compile(r"\b(?-i:trailer|teaser|first\s+look|sneak\s+peek|poster|clip)s?\s+(?:(?:[\w'’-]+\s+){0,3}?"
                        r"(?:premiered|debuted|dropped|landed|arrived|went\s+up|was\s+released|is\s+out)|"
                        # `The trailer for the second half of the season drops on Friday`: its own release to come
                        r"(?:[\w'’-]+\s+){0,8}?(?:drops|lands|goes\s+up|is\s+released|"
                        r"will\s+(?:drop|land|be\s+released)))\b",
                        re.I)
# A day that dates the news, not an airing: `NBC said Tuesday`, `was renewed on Thursday`, `CBS on Wednesday released`.
_NEWS_VERBS = (r"(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|unveiled|unveils|renewed|renews|"
               r"canceled|cancelled|cancels|ordered|released|"
               r"reported|told|tweeted|posted|picked\s+up|filmed|shot|taped|recorded|staged)")
# (`picked up a 10-episode third season on Tuesday`: the verb's object between it and the day, no verb of its own)
_NEWS_VERB_BEFORE = re.compile(r"\b" + _NEWS_VERBS + r"(?:\s+(?:it|that|late|early)|(?:\s+(?!(?:and|but|airs?|will|is|"
                               r"are|premieres?|returns?)\b)[\w-]+){1,5}?)?\s+(?:on\s+)?$", re.I)
_NEWS_VERB_AFTER = re.compile(r"\s+" + _NEWS_VERBS + r"\b")
# `screening on`, `wraps on`, `is out on`: the words between a look-alike and its day, in one clause.
_EVENT_TO_DAY = re.compile(r"[a-z]*(?:\s+[a-z]+){0,4}\s*")
_NEWS_REACH = 60  # characters before a day searched for its news verb and its object (`picked up a … season on`)
_SHOW_WORD = re.compile(r"\b(?:show|program(?:me)?|series|news|broadcast|newscast|magazine)\b", re.I)
# An airing called off: no airing at all, though it has a day (`the repeat will not air Friday`).
_CANCELLED = led_by_first(r"\b(?:will\s+not|won['’]t|will\s+no\s+longer|is\s+not|isn['’]t)\s+(?:be\s+)?"
                          r"(?:air(?:ing)?|aired|shown|broadcast|telecast|screened|show(?:ing)?)\b|"
                          r"\b(?:been|be|was|is|are|were|has|have|had)\s+(?:pulled|pre-?empted|shelved|scrapped)\b|"
                          # `is off air until the end of the month`, `no longer airs at 9pm`: not on, for now or at all
                          r"\b(?:is|are|goes|go|went|will\s+be|stays?|remains?|taken)\s+off\s+(?:the\s+)?air\b|"
                          r"\bno\s+longer\s+(?:airs?|runs?|screens?|goes\s+out|is\s+on)\b|"
                          # `is not available on Netflix`, `is no longer on Hulu`: not there to watch
                          r"\b(?:is|are|was|were|will|'s)\s*(?:not|n['’]t|no\s+longer)\s+(?:be\s+)?(?:available|"
                          r"streaming|on\s+(?-i:[A-Z]))", re.I)
_IS_ON_BEFORE = re.compile(r"\b(?:is|are|'s)\s+(?:back\s+)?on\s+$", re.I)  # right before a strip: `It's on every day`
_IS_ON = re.compile(r"\b(?:is|are|was|were|'s|'re)\s+(?:back\s+)?on\s+(?:at\s+)?", re.I)
# `The season finale is June 12`, `Episode six will be on 25 November`, `…is scheduled for Saturday`: a noun, its day.
_AIRING_IS = re.compile(r"\b(?:finale|premiere|episode|chapter|special|season|series|part)(?:\s+\w+)?\s+"
                        r"(?:is|will\s+be|date\s*:|(?:is|will\s+be)\s+(?:scheduled|set|slated|due)\s+(?:for|on))\s+"
                        r"(?:on\s+)?(?:next\s+|this\s+)?(?=(?-i:[A-Z])|\d|tonight|tomorrow)|"
                        # `has its season finale on Wednesday, December 16`: a channel's or a show's airing, dated
                        r"\bhas\s+its\s+(?:\w+\s+)?(?:finale|premiere|debut)\s+(?:on|at)\s+(?:next\s+|this\s+)?"
                        r"(?=(?-i:[A-Z])|\d|tonight|tomorrow)",
                        re.I)
# `She'll be on "Ellen" on Monday`: a guest on a show, on a day.
_ON_A_SHOW = re.compile(r"\b(?:be|is|are|appears?|appearing|guests?|guesting|stops\s+by)\s+on\s+[\"“]", re.I)
# `"Tin Mesa" is on Sunday nights`, `it's on on Sundays`: something on a weekly night, with no time or channel; an
# airing only where a title set off leads it (past a speaker's label) or `it` follows a word of watching (not `The
# market is on Sundays`).
_ON_WEEKLY = re.compile(r"\b(?:is|are|'s|’s)\s+on\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                        r"(?:s|\s+(?:nights|evenings|mornings|afternoons))\b", re.I)
_TITLE_LEADS = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]{1,30}:\s+)?(?:[*_\"“‘]|<(?:i|em)>)+[A-Z][^*_\"”’<\n]{0,60}"
                          r"(?:[*_\"”’]|</(?:i|em)>)+\s+(?:is|are)\s+on\s")
_WATCH_IT = re.compile(r"\b(?:watch|catch|tune\s+in\s+to)\b[^.;]{0,40}\bit(?:['’]s|\s+is)\s+on\s", re.I)
_QUICK_LISTING = re.compile(r"[—–:] ?(?:week|mon|tue|wed|thu|fri|sat|sun|every|daily|nightly)")


def mentions_airing(text: str) -> bool:
    """Cheap check: could this text state when a show airs?"""
    if not worth_parsing(text):
        return False
    return bool((BROADCAST.search(text) or _WEAK_VERB.search(text) or POSSESSIVE_AIRING.search(text)
                 or STREAM_WORD.search(text) or "(" in text)
                and (find_clock(text) or find_days(text) or find_channels(text) or find_strip(text, find_clock(text))))


def _quick(rx: re.Pattern) -> re.Pattern:
    """`rx` for lower-cased text, without re.I and a leading word boundary: a looser test (a superset) that the
    engine runs several times faster, because it can skip to the letters the pattern starts with. Only whether it
    matches is asked, so its groups are dropped: a pattern with none is written one alternative per first letter."""
    return led_by_first(group_free(quick_source(rx)))


def quick_source(rx: re.Pattern) -> str:
    """The pattern _quick(rx) finds what it finds with (tests/extract/test_fast_scans.py holds them equal)."""
    return (read_from(rx)[0] if is_led(rx) else rx.pattern).lower().replace("(?p<", "(?P<").removeprefix(r"\b")


# Tried in this order, the one most often there and cheapest first (a strip: `weeknights`, `every day`), the
# broadcast verbs, costliest, last.
_QUICK_EVIDENCE = (*(_quick(rx) for rx in (_STRIP_RX, POSSESSIVE_AIRING, STREAM_WORD)),
                   re.compile(r"\d\s?/\s?\d{1,2}(?::\d\d)?\s?(?:c|central|ct)\b|\(\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:central|mountain|pacific|ct|mt|pt|c)\)"), _QUICK_LISTING, _quick(BROADCAST))  # `8/7c`, `(8 Central)`
_QUICK_WEAK, _QUICK_TV, _QUICK_IS_ON = _quick(_WEAK_VERB), _quick(_TV_NOUN), _quick(_IS_ON)
_QUICK_WEAK_OR_ON = led_by_first(f"(?:{read_from(_QUICK_WEAK)[0]})|(?:{read_from(_QUICK_IS_ON)[0]})")  # one pass, not two
# The rarer kinds, in one pattern (a third faster than one pass for each).
_OTHERS = re.compile("|".join("(?:" + rx.pattern.removeprefix("\\b") + ")" for rx in (
    _VIEWERS_SEE, RELEASED, _AIRING_IS, _ON_A_SHOW, _ON_WEEKLY)), re.I)
_QUICK_OTHERS = (_quick(_OTHERS),)
# All of those but the one led by a digit, in one pattern written one alternative per first character: a paragraph
# that holds none of them (most) is read once, not eight times (a third of the time on the real articles).
_QUICK_ANY = led_by_first("|".join(f"(?:{read_from(rx)[0] if is_led(rx) else rx.pattern})"
                                   for rx in (*_QUICK_EVIDENCE, *_QUICK_OTHERS) if rx is not _QUICK_EVIDENCE[3]))


def worth_parsing(text: str, streamers: bool = True) -> bool:
    """A superset of what `has_evidence` accepts, cheap enough to run on every paragraph: something that says
    when, and something that says it is about an airing. Most paragraphs fail the first, cheapest test.
    `streamers` False: the text is known to name no streaming service."""
    streamer = streamers and names_streamer(text)
    if not streamer and not has_cue(text):
        return False
    text = in_english(html.unescape(text) if "&#" in text else text)  # `Thursday&#39;s`: entities for marks
    lower = text.lower()
    return streamer or bool(_QUICK_ANY.search(lower) or _QUICK_EVIDENCE[3].search(lower)) or "Live on " in text \
        or gets_an_airing(text) or VERB_LEADS.match(text) is not None or moved_to_day(text) \
        or bool(_QUICK_WEAK_OR_ON.search(lower)
                and (_QUICK_TV.search(lower) or find_clock(text))) \
        or any(c.placed for c in find_channels(text)) \
        or " Central" in text and getattr(find_clock(text), "listing", False)  # `nine Eastern, eight Central`


def says_it_is_on(clean: str) -> bool:
    """`It returns Oct. 12.`, `The 20th season begins Sept. 26.`: a verb that a show is on or back, and no look-alike
    or cancellation (alone too weak for an airing; airdates.py takes it for one on the weekday of a slot just given)."""
    return bool(BROADCAST.search(clean) or _WEAK_VERB.search(clean) or _IS_ON.search(clean)
                or _AIRING_IS.search(clean)) and not (
        _LOOK_ALIKE.search(clean) or _CANCELLED.search(clean))


def on_a_weekly_night(sentence: str, clean: str) -> bool:
    """`"Tin Mesa" is on Sunday nights`, `*Tin Mesa* is on Sundays`, `Go and watch it, it's on on Sunday nights`: a
    title set off leading the sentence, or `it` after a word of watching, on a weekly night (no time, no channel)."""
    on = _ON_WEEKLY.search(clean)
    return bool(on and (_TITLE_LEADS.match(sentence) or _WATCH_IT.search(clean, 0, on.end()))) \
        and not (_LOOK_ALIKE.search(clean) or _CANCELLED.search(clean))


def called_off(clause: str) -> bool:
    """Whether `clause` says an airing will not happen or a show is not there to watch (`will not air Friday`, `has
    been pulled`, `is no longer on Hulu`)."""
    return bool(_CANCELLED.search(clause))


def an_event(clause: str) -> bool:
    """Whether `clause` speaks of something other than an airing: filming, a stage show, a signing, a release in
    cinemas or on DVD, a party, a festival."""
    return bool(_LOOK_ALIKE.search(clause))


def dates_news(clean: str, day: Day) -> bool:
    """`NBC said Tuesday`, `was renewed on Thursday`, `on Wednesday released a teaser`: the day of the news (but
    `released every Wednesday` is a schedule); `opens in cinemas on Friday`, `attends the Emmys on Sunday`: the day
    of a look-alike, though the sentence goes on to an airing."""
    if day.plural or day.qualifier in ("every", "each"):
        return False
    if _NEWS_VERB_BEFORE.search(clean, max(0, day.start - _NEWS_REACH), day.start) or \
            _NEWS_VERB_AFTER.match(clean, day.end):
        return True
    event = None
    for event in _LOOK_ALIKE.finditer(clean, max(0, day.start - _NEWS_REACH), day.start):
        pass
    return bool(event and _EVENT_TO_DAY.fullmatch(clean, event.end(), day.start)) and \
        not BROADCAST.search(clean, event.end(), day.start)  # `taped at the Apollo Theater and airs Friday`


def promoted(clean: str) -> bool:
    """Whether the sentence puts out a promotion (`The trailer drops on Friday`), not the show."""
    return bool(_PROMO_OUT.search(clean))


def has_evidence(clean: str, channels: list[Channel], clock: Clock | None, days: list[Day], strip) -> bool:
    """Whether the sentence speaks of an airing, and is no look-alike (unless a broadcast verb and a channel) nor
    a cancelled one (`will not air Friday`)."""
    placed = [c for c in channels if c.placed]
    if _CANCELLED.search(clean) or _RATINGS.search(clean) and not BROADCAST.search(clean):
        return False  # `The finale drew 5 million viewers on Sunday`: ratings news (`which aired Monday, drew`: an airing)
    if not (clock or days or strip or placed) or not (_speaks_of_airing(clean, placed, clock, days, strip)
                                                      or (clock or days) and releases(clean, channels)):
        return False
    if promoted(clean):
        return False
    return not _LOOK_ALIKE.search(clean) or bool(placed and _broadcast_said(clean)) or \
        listing_entry(clean, placed, clock)  # (a listing's blurb: `filmed in Shropshire`)


# `has not said whether it will broadcast it`, `if it airs at all`: a broadcast verb that says no airing is planned.
_UNDECIDED = re.compile(r"\b(?:whether|if)\b[^.;,]{0,30}$", re.I)


# A streaming service leading its clause as the subject of putting a show out (`Netflix drops all eight episodes on
# Friday`, `Hulu releases new episodes every Wednesday`, `Disney+ puts the first two episodes up on Wednesday`, `In the
# UK, Prime Video will stream the season from March 20`): its release; not `Netflix releases its earnings report`.
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|then|while)\s+)$")
_PUTS_OUT = re.compile(r"\s+(?:will\s+|is\s+to\s+|also\s+|then\s+)?(?:drops?|releases?|puts?|adds?|uploads?|"
                       r"streams?|premieres?|debuts?|launch(?:es)?|has)\s+(?:(?:the|its|their|all|every|each|new|a|an|"
                       r"first|last|final|both|remaining|whole|entire|full|second|third|\d+|one|two|three|four|five|"
                       r"six|seven|eight|nine|ten|twelve)\s+){0,4}(?:episodes?|seasons?|series|finale|premiere|"
                       r"show|drama|thriller|comedy|sitcom|film|movie|documentary|docuseries|miniseries|special|"
                       r"(?-i:[*_\"“][A-Z]|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]\w*\s))", re.I)


def releases(clean: str, channels: list[Channel]) -> bool:
    """Whether a streaming service of `channels` leads a clause of `clean` as the subject of putting a show out."""
    return any(c.streaming and _CLAUSE_START.search(clean, 0, c.start) and _PUTS_OUT.match(clean, c.end)
               for c in channels)


def _broadcast_said(clean: str) -> bool:
    """A broadcast verb that states an airing (not one only wondered about)."""
    return any(not _UNDECIDED.search(clean, max(0, m.start() - 40), m.start()) for m in BROADCAST.finditer(clean))


def _speaks_of_airing(clean: str, placed: list[Channel], clock: Clock | None, days: list[Day], strip) -> bool:
    when = bool(clock or days or strip)
    # A streaming service only named (a photo credit, `Netflix's deal`) is no release; one something is on is.
    offered = any(c.streaming and offered_on(clean, c) for c in placed)
    if BROADCAST.search(clean) or POSSESSIVE_AIRING.search(clean):
        return when or offered or bool(STREAM_WORD.search(clean) and placed)
    if days and gets_an_airing(clean):
        return True
    if placed and (clock or strip or (offered or STREAM_WORD.search(clean)) and (days or _AVAILABLE.search(clean))):
        return True  # with no day, a service something *is* on: not `I watched it on Netflix`
    if days and (any(_listed(clean, c) for c in placed) or (any(offered_on(clean, c) for c in placed) and (
            _WEAK_VERB.search(clean) or _TV_NOUN.search(clean)))):
        return True  # a day and a channel need a word of TV too: `coming to NBC on Monday` is about a job
    if (_WEAK_VERB.search(clean) and _TV_NOUN.search(clean) and when) or (clock and clock.listing):
        return True  # `8/7c` is written only of TV
    if clock and days and (led_by_verb(clean, clock, placed) or _WEAK_VERB.search(clean) and show_subject(clean)):
        return True  # `Ridgeline returns this Sunday at 9`: a title, a day and a time; `Returns Saturday at 8pm.`
    if (moved_to(clean, clock) or days and moved_to_day(clean)) and (placed or titled(show_subject(clean))):
        return True  # `*Ridgeline* moves from 10 pm to 9:30 pm`: a title, moved to a new time (not `My shift`)
    if strip and clock and (not strip.group("weak") and (_IS_ON.search(clean) or _WEAK_VERB.search(clean)
                                                          or "strip" in clean[strip.start():strip.end() + 7])
                            or _CHANNEL_RUNS.search(clean) or _IS_ON_BEFORE.search(clean, 0, strip.start())):
        return True  # `Fenwick Farm is on weekdays at 5pm`, `the quiz continues weekdays at 4pm`, `It's on every day`; `a Monday-to-Friday strip at 21:00`
    if days and (_AIRING_IS.search(clean) or _ON_A_SHOW.search(clean)):
        return True  # `Part two is next Sunday`, `She'll be on "Ellen" on Monday`
    if days and STREAM_WORD.search(clean) and _TV_NOUN.search(clean):
        return True  # `The new season will be available to stream Friday`: the service is said elsewhere
    if when and RELEASED.search(clean):
        return True  # `New episodes are released every Friday`
    if clock and _VIEWERS_SEE.search(clean):
        return True  # `Viewers in Perth can see it at 8.30pm local time`: an airing's time where they are
    if (placed or _TV_NOUN.search(clean)) and _on_when(clean, placed, clock, days):
        return True  # `It was on BBC One last night`, `Episode two is on Thursday`
    return bool(strip and _SHOW_WORD.search(clean)) or bool(STREAM_WORD.search(clean) and placed and (
        when or _AVAILABLE.search(clean)))


# Between a channel something is on and its when: `is on BBC One on Thursday`, `is on Yle TV1 from Thursday 10 October`.
_ON_TO_WHEN = re.compile(r",?\s+(?:(?:on|from|starting|beginning)\s+)?")


def _on_when(clean: str, placed: list[Channel], clock: Clock | None, days: list[Day]) -> bool:
    """`is on` right before a day or a time, or a channel and then one (`was on BBC One last night`; not `is on
    hiatus`, `was on Fox for years`)."""
    whens = [*days, *([clock] if clock else [])]
    ons = {m.end() for m in _IS_ON.finditer(clean)}
    # a day's span starts at its `on`, which `is on` took too
    return any(w.start <= on < w.end for w in whens for on in ons) or any(
        c.start in ons and any(w.start > c.end and _ON_TO_WHEN.fullmatch(clean, c.end, w.start) for w in whens)
        for c in placed)


def _listed(clean: str, c: Channel) -> bool:
    """In a listing's comma list or brackets: `(Wednesday, NBC, 9 p.m.)`, `CBS, Wednesdays`."""
    before = clean[max(0, c.start - len(", ")):c.start].strip()[-1:]  # the mark just before it, past a space
    return before in ("(", ",", ";") or clean[c.end:c.end + 1] in (",", ";", ")")
