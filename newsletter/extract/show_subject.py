"""The show an air-date sentence names as its subject: `Ridgeline returns Sunday`, `Season two of Ridgeline is
streaming` (for airdates.py; pure)."""

from __future__ import annotations

import re
from .scan import led_by_first
from .title_words import dated, title_like

_SUBJECT_VERB = led_by_first(r"\b(?:airs?|airing|aired|premieres?|premiered|premiering|returns?|returning|returned|"
                             r"debuts?|debuted|drops?|streams?|streaming|broadcasts?|concludes|starts|begins|"
                             r"launches|moves|moved|shifts|switches|continues|resumes|screens|shown|screened)\b", re.I)
_GENERIC = re.compile(r"\b(?:finale|special|premiere|episodes?|show|series|drama|comedy|season|reunion|pilot|"
                      r"spin-?off|movie|documentary|miniseries)\b", re.I)
_DETERMINER_END = led_by_first(r"(?:['’]s|\bthe|\ba|\bits|\bhis|\bher|\btheir)\s*$", re.I)
_SUBJECT_SKIP = re.compile(r"^(?:it|this|that|he|she|they|the show|episodes|(?:the\s+)?(?:repeats|reruns|encores)|season \w+|part \w+|the new season|the series|"
                           r"the drama|the comedy|new episodes|all episodes|the (?:season|series|mid-?season) "
                           r"(?:finale|premiere)|the finale|the premiere|the episode)$", re.I)
_SETTING = re.compile(r"^(?:in|on|over|here in|meanwhile|elsewhere|back in|across|from)\b[^,]{0,40},\s*", re.I)
# What stands between a subject and its verb: `Harbor Lights will be shown`, `Harbor Lights is now streaming`.
# (one word, or a passive's two: `Lumen+ will also air the first episode` has a channel for its subject)
_AUXILIARIES = re.compile(r"\s+(?:(?:will|is|are|was)\s+be(?:ing)?|(?:has|have|had)\s+been|is|are|was|were|will|which|now|"
                          r"also|officially|finally)$")
# A title a relative clause is of: `in Wrenfield, which airs on ITV1` (not `the series, which airs`).
_WHICH = re.compile(r"(?<![\w'’])(?P<t>[A-Z0-9][\w.'’&!-]*(?:\s+(?:(?:of|the|and|&)\s+)*[A-Z0-9][\w.'’&!-]*)*),\s+which\s+$")
# An aside after a title that says how it was made or what it is (`, filmed in Whitby in July`, `, recorded last spring`,
# `, a slow canal-lock mystery…`).
_MADE_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+[a-z][\w-]*\s|filmed|recorded|taped|shot|made|produced|written|created|"
                         r"starring)\b.*$")
# A subject that says what kind of show the title after it is: `the Afrikaans farm drama Droëland`.
_KIND_LED = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:(?!that\s|which\s)[\w'’-]+\s+){0,3}?(?:drama|series|sitcom|comedy|thriller|saga|soap|"
                       r"telenovela|documentary|docuseries|miniseries)\s+(?P<t>[A-Z0-9][^,]*)$")
_PRONOUN_END = re.compile(r"(?:^|\s)(?:it|they|this|that|he|she)$", re.I)
_TITLE_WORDS = 8  # a longer subject is a clause (`The cast of the long-running ...`), not a show's name
# Which part of a show follows its name: "season 2", "seasons 1-5", "series two", "part 3", "volume II".
_NUMBER = (r"(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|"
           r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|new)")
_PART_AFTER = re.compile(rf"(?<=\S)\s+(?:[Ss]easons?|[Ss]eries|[Pp]art|[Vv]olume|[Cc]hapter)\s+{_NUMBER}"
                         rf"(?:\s*(?:[-–]|to|and)\s*{_NUMBER})?$", re.I)
_OF_SHOW = re.compile(r"\b(?:finale|premiere|episodes?|season \w+|return|reunion) of\s+(.+)$", re.I)


def show_subject(clean: str) -> str | None:
    """The show a sentence names before its verb (`Ridgeline returns ...`, `Season two of Ridgeline is streaming`)."""
    verb = _SUBJECT_VERB.search(clean)
    if not verb:
        return None
    before = clean[:verb.start()]
    if _DETERMINER_END.search(before):
        return None  # "ahead of Wednesday's premiere": the verb is a noun here
    which = _WHICH.search(before) if "which" in before else None
    if which:
        return which.group("t")  # "she plays Nadia in Wrenfield, which airs on ITV1": the title the clause is of
    text = before.strip().strip("\"'‘’,:;—-(").strip()
    of = _OF_SHOW.search(text)
    if of:
        text = of.group(1)
    text = _AUXILIARIES.sub("", text).strip().strip("\"'‘’,")
    if ": " in text:
        text = _after_rubric(text)  # "Where to watch: Thistlegate drops", "The big one first: Thistlegate returns"
    text = _SETTING.sub("", text)  # "In Canada, Tidewater airs": the place or time first is not the title
    if "," in text:
        text = _after_dates(text)  # "Beginning Monday, Nov. 23, Tidewater airs"
    text = _PART_AFTER.sub("", text)  # "Ridgeline season 2", "*Ridgeline* seasons 1-5": the show is Ridgeline
    kind = _KIND_LED.match(text) if text[:1] in "tTaA" else None
    if kind:
        text = kind.group("t")  # "the Afrikaans farm drama Droëland starts": the title after the word for its kind
    if _PRONOUN_END.search(text):
        return None  # "In the UK it airs": the subject is a pronoun
    text = _MADE_ASIDE.sub("", text)  # "Harbor Lights, filmed in Whitby in July, will be shown": the aside is no title
    if not text or _SUBJECT_SKIP.match(text) or not text[0].isupper() or len(text.split()) > _TITLE_WORDS:
        return None
    first = text.split()[0]
    if _GENERIC.search(text) and (first in ("The", "A", "An", "This", "That", "Its", "Episode", "Season", "All")
                                  or first.endswith(("'s", "’s"))):
        return None  # "The two-part finale", "Rosa's show": a kind of airing, not the show's name
    return text


def _after_rubric(text: str) -> str:
    """The words after a rubric's colon (`Where to watch: Thistlegate`, `The big one first: Thistlegate`), where the
    word before it is in lower case; `Ridgeline: The Reckoning`, `A special, *Ridgeline: Yule*` are one title."""
    head, _, rest = text.rpartition(": ")
    last = head.split()[-1] if head.split() else ""
    return rest if rest and last[:1].islower() else text


def _after_dates(text: str) -> str:
    """The words after the date a clause opens on (`Beginning Monday, Nov. 23, Tidewater`), else all of them."""
    parts = text.split(", ")
    lead = max((i for i in range(1, len(parts)) if dated(", ".join(parts[:i]).split())), default=0)
    return ", ".join(parts[lead:])


TITLE_RUN = r"[A-Z0-9][\w.'’&!-]*(?:\s+(?:(?:of|the|and|&)\s+)*[A-Z0-9][\w.'’&!-]*)*"  # a run of a title's words
# A channel taking up a show, named after the verb: `Hollister is reviving Mon Valley`, `TG4 picks up Ridgeline`.
_TAKEN_UP = re.compile(rf"\b(?:reviv(?:es|ing|ed)|renew(?:s|ing|ed)|bring(?:s|ing)?\s+back|brought\s+back|"
                       rf"picks?\s+up|picked\s+up)\s+(?P<t>{TITLE_RUN})")


def taken_up(clean: str) -> str | None:
    """The show a channel revives, renews, brings back or picks up (`Hollister is reviving Mon Valley`)."""
    if "reviv" not in clean and "renew" not in clean and " back " not in clean and " up " not in clean:
        return None
    m = _TAKEN_UP.search(clean)
    return m.group("t") if m and title_like(m.group("t")) else None


_FANS = re.compile(r"(?P<t>[^,:;!?]{1,60}?)\s+fans\s*[,:—]")


def addressed(clean: str) -> str | None:
    """The show a line opens by addressing its fans (`Marigold Lane fans: the whole run is on Tubi`, `*Ice Road North*
    fans, note the move: the show airs Tuesday`): of two words or more."""
    m = _FANS.match(clean)
    found = m.group("t").strip("\"' ") if m else ""
    words = found.split()
    return found if len(words) > 1 and not _FAN_KINDS.intersection(w.lower() for w in words) else None


# Words for what fans like that are no title (`Sports fans,`, `Reality TV fans:`); a title of one word is as often one.
_FAN_KINDS = frozenset({"tv", "sports", "sport", "reality", "drama", "soap", "comedy", "football", "baseball", "hockey",
                        "basketball", "crime", "horror", "anime", "music", "true", "cricket", "rugby", "racing"})
