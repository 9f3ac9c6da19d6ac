"""Which episode an interview discusses, read from the article's own words (pure).

The kinds of text that name an episode, most specific first:

- numbered: `S02E05`, `Season 2, Episode 5`, `episode 5 of season two`, `the fifth episode of season 2`;
- titled: an episode title in quotes beside the word episode (`the episode “Low Tide”`, `“Low Tide” episode`);
- a season's finale or premiere: `the season 3 finale`, `the third-season premiere`, `Series 2's finale`;
- relative: `tonight's episode`, `Sunday's finale`, `next week's episode` (resolved against the article's date);
- the finale: `the finale`, `the season finale`, `the series premiere` (the season the article is about).

A bare `the premiere` is not taken (films, stage shows and red carpets have premieres too), nor `this episode`
(podcasts have episodes). `later_regions` reads the sentences that say a region gets the airing later.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .model import WEEKDAYS

Kind = Literal["numbered", "titled", "season-end", "relative", "finale"]
# How much a kind of mention says about which episode it is: the most specific one names the interview's episode.
SPECIFICITY = {"numbered": 5, "titled": 4, "season-end": 3, "relative": 2, "finale": 1}

_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_NUM = r"(\d{1,2}|" + "|".join(_WORDS) + r")"
_ORD = r"(\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
_SEASON = r"(?:season|series)"
_EPISODE = r"(?:episode|ep\.)"
_END = r"(finale|premiere|opener|closer)"
_Q = r"[“\"]([^“”\"\n]{2,60}?)[,.]?[”\"]"

_PATTERNS: list[tuple[Kind, str, re.Pattern]] = [
    ("numbered", "se", re.compile(r"\bS(\d{1,2}) ?E(\d{1,3})\b", re.I)),
    ("numbered", "se", re.compile(rf"\b{_SEASON} {_NUM}\s*[,:]?\s*{_EPISODE} ?{_NUM}\b", re.I)),
    ("numbered", "es", re.compile(rf"\b{_EPISODE} ?{_NUM},? of {_SEASON} {_NUM}\b", re.I)),
    ("numbered", "es", re.compile(rf"\bthe {_ORD} episode of (?:the )?{_SEASON} {_NUM}\b", re.I)),
    ("numbered", "es", re.compile(rf"\bthe {_ORD} episode of the {_ORD} {_SEASON}\b", re.I)),
    ("titled", "t", re.compile(rf"\b(?:episode|installment|instalment),? (?:(?:titled|called|entitled|named) )?{_Q}",
                               re.I)),
    # After the word only, single quotes too (`premiere 'Karma to Burn'`): before it, an apostrophe is too often one.
    ("titled", "t", re.compile(r"\b(?:episode|installment|instalment|premiere|finale),? "
                               r"(?:(?:titled|called|entitled|named) )?['‘]([A-Z][^'‘’\n]{1,59}?)[,.]?['’](?!\w)")),
    ("titled", "t", re.compile(rf"{_Q} (?:episode|installment|instalment)\b", re.I)),
    ("season-end", "se", re.compile(rf"\b{_SEASON}[- ]{_NUM}(?:['’]s)? {_END}\b", re.I)),
    ("season-end", "oe", re.compile(rf"\b{_ORD}[- ]{_SEASON} {_END}\b", re.I)),
    ("season-end", "eo", re.compile(rf"\b{_END} (?:episode )?of {_SEASON} {_NUM}\b", re.I)),
    ("relative", "r", re.compile(
        r"\b(tonight|today|tomorrow|last night|this week|next week|last week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
        r"['’]s (?:(?:new|upcoming|big|two-hour|hour-long|special|season|series|mid-?season) ){0,2}"
        r"(episode|finale|premiere|installment|instalment)\b", re.I)),
    ("finale", "b", re.compile(r"\b(?:the|this|its|their|the show['’]s|the series['’]) "
                               r"(?:(?:big|two-part|two-hour|shocking|explosive) )?"
                               r"(?:(season|series|mid-?season) )?(finale|premiere)(?! (?:party|screening|event))\b",
                               re.I)),
]
_TAG = re.compile(r"<[^<>]{0,300}>")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")

# Regions a text says get an airing later (`UK viewers will have to wait until next week`).
REGION_NAMES = {"US": r"U\.?S\.?|USA|America(?:n)?", "GB": r"U\.?K\.?|Britain|British|England|Scotland|Wales",
                "CA": r"Canada|Canadian", "AU": r"Australia|Australian", "IE": r"Ireland|Irish",
                "NZ": r"New Zealand", "DE": r"Germany|German", "FR": r"France|French"}
_REGION = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in REGION_NAMES.items()) + r")\b")
_LATER = re.compile(r"\b(?:later|delayed|wait(?:ing)? (?:until|till|for)|not until|the following (?:day|week)|"
                    r"a (?:day|week) later)\b", re.I)
_VIEWING = re.compile(r"\b(?:viewers|audiences|fans|airs?|broadcast|screens?|shown|episode|finale|premiere)\b", re.I)


@dataclass(frozen=True)
class EpisodeMention:
    """Words of an article that name one episode, and what they say of it."""

    kind: Kind
    text: str  # as written
    start: int  # where in the text read (the title counts as coming first)
    season: int | None = None
    number: int | None = None
    title: str | None = None  # an episode title as quoted
    end_of: Literal["finale", "premiere"] | None = None  # which end of a season
    day: date | None = None  # the day a relative mention names (tonight: the article's date)
    ahead: bool = False  # `next week's episode`: after the article, on a day it does not give
    scope: str | None = None  # `season`, `series` or `mid-season` before a bare finale or premiere

    @property
    def label(self) -> str:
        """How the email names it: `S2E5`, `“Low Tide”`, `the season 3 finale`, `the episode of Dec 2`."""
        if self.kind == "numbered":
            return f"S{self.season}E{self.number}"
        if self.kind == "titled":
            return f"“{self.title}”"
        if self.kind == "season-end":
            return f"the season {self.season} {self.end_of}"
        if self.kind == "relative" and self.day is not None:
            return f"the {self.end_of or 'episode'} of {self.day:%b} {self.day.day}"
        if self.kind == "relative":
            return f"{'next' if self.ahead else 'this'} week's {self.end_of or 'episode'}"
        return f"the {self.scope + ' ' if self.scope else ''}{self.end_of}"


def _number(word: str) -> int | None:
    word = word.lower().rstrip("stndrh") if word[:1].isdigit() else word.lower()
    if word.isdigit():
        return int(word)
    for table in (_WORDS, _ORDINALS):
        if word in table:
            return table.index(word) + 1
    return None


def _end(word: str) -> Literal["finale", "premiere"] | None:
    word = word.lower()
    return "finale" if word in ("finale", "closer") else "premiere" if word in ("premiere", "opener") else None


def _relative_day(word: str, article_date: date) -> tuple[date | None, bool]:
    """The day `tonight`, `tomorrow`, `last night` or a weekday names, and whether it is only known to be ahead."""
    word = word.lower()
    offsets = {"tonight": 0, "today": 0, "tomorrow": 1, "last night": -1}
    if word in offsets:
        return article_date + timedelta(days=offsets[word]), False
    if word.endswith("day"):  # the nearest such weekday: a Monday piece on `Sunday's finale` means the day before
        ahead = (WEEKDAYS.index(word.capitalize()) - article_date.weekday()) % 7
        return article_date + timedelta(days=ahead if ahead <= 3 else ahead - 7), False
    return None, word == "next week"


def _mention(kind: Kind, shape: str, m: re.Match, offset: int, article_date: date) -> EpisodeMention | None:
    text, start = m.group(0), offset + m.start()
    if shape == "se":
        season, second = _number(m.group(1)), m.group(2)
        if kind == "season-end":
            return EpisodeMention(kind, text, start, season=season, end_of=_end(second)) if season else None
        number = _number(second)
        return EpisodeMention(kind, text, start, season=season, number=number) if season and number else None
    if shape == "es":
        number, season = _number(m.group(1)), _number(m.group(2))
        return EpisodeMention(kind, text, start, season=season, number=number) if season and number else None
    if shape in ("oe", "eo"):
        season, end = (m.group(1), m.group(2)) if shape == "oe" else (m.group(2), m.group(1))
        season = _number(season)
        return EpisodeMention(kind, text, start, season=season, end_of=_end(end)) if season else None
    if shape == "t":
        return EpisodeMention(kind, text, start, title=m.group(1).strip())
    if shape == "r":
        day, ahead = _relative_day(m.group(1), article_date)
        if m.group(1).lower() in ("this week", "last week") and day is None:
            ahead = False
        end = _end(m.group(2))
        return EpisodeMention(kind, text, start, day=day, ahead=ahead, end_of=end)
    scope, end = (m.group(1).lower() if m.group(1) else None), _end(m.group(2))
    if end == "premiere" and scope is None:
        return None  # a bare `the premiere` is as often a film's or a red carpet's
    return EpisodeMention(kind, text, start, end_of=end, scope=scope)


def reading_text(body: str) -> str:
    """An article body as words: tags dropped, entities decoded (offsets are not kept; mentions need none)."""
    return html.unescape(_TAG.sub(" ", body)) if "<" in body or "&" in body else body


def find_mentions(text: str, article_date: date, title: str | None = None) -> list[EpisodeMention]:
    """Every mention of an episode in the title and the text, in order (the title's first)."""
    found = []
    for offset, part in ((-len(title) - 1, title), (0, text)) if title else ((0, text),):
        for kind, shape, rx in _PATTERNS:
            for m in rx.finditer(part):
                mention = _mention(kind, shape, m, offset, article_date)
                if mention is not None:
                    found.append(mention)
    taken: list[EpisodeMention] = []
    for mention in sorted(found, key=lambda x: (-SPECIFICITY[x.kind], x.start)):
        span = range(mention.start, mention.start + len(mention.text))
        if not any(t.start in span or mention.start in range(t.start, t.start + len(t.text)) for t in taken):
            taken.append(mention)  # `the season 3 finale` is not also `the finale`
    return sorted(taken, key=lambda x: x.start)


def discussed_episode(text: str, article_date: date, title: str | None = None) -> EpisodeMention | None:
    """The episode the interview is about: its most specific kind of mention (`the midseason finale` over `the
    finale`), then the one named most often, then the first (a title's mention comes first)."""
    mentions = find_mentions(text, article_date, title)
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.label] = counts.get(m.label, 0) + 1
    return min(mentions, key=lambda m: (-SPECIFICITY[m.kind], m.scope is None, -counts[m.label], m.start))


def later_regions(text: str) -> tuple[str, ...]:
    """Regions whose viewers the text says get the airing later, without a date it reads as theirs."""
    out: list[str] = []
    for sentence in _SENTENCE.findall(text):
        later = _LATER.search(sentence)
        regions = list(_REGION.finditer(sentence))
        if not (later and regions and _VIEWING.search(sentence)):
            continue
        # The region nearest the word `later`: `it aired in the US on Sunday; UK viewers wait until Thursday`.
        m = min(regions, key=lambda r: min(abs(r.start() - later.start()), abs(r.end() - later.start())))
        region = next(k for k, v in m.groupdict().items() if v)
        if region not in out:
            out.append(region)
    return tuple(out)
