"""What a headline says of a name: whether it names the person (a speaker's headline names only its speaker), and
whether it writes the name as a show's possessive before a person's full name."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Interview
from .cast import NAME_WORD
from .name_words import WORD_EDGE
from .scan import space_before
from .words import COMMON_WORDS, whole_word_pattern

# A headline that is someone's words, a name, a colon and a quote to its end (`Lena Voss: ‘I cried every day’`).
_SPEAKER_HEADLINE = re.compile(rf"((?:{NAME_WORD}[ \t]+){{1,3}}{NAME_WORD}):\s*[‘“\"'](?=[A-Z])[^\n]*[’”\"']\W*\Z")
_FULL_NAME_AT = re.compile(rf"{NAME_WORD}\s+{NAME_WORD}")
_REMEMBERED = 256  # (name, headline) pairs: a week's articles and their candidates
_TOLD = r"(?:tells|told|asks|asked|talks to|talked to|chats to|chats with|opens up to)"
_SPEAKS = r"(?:answers|answered|talks|talked|says|said|tells|told|reveals|revealed|opens up|dishes|spills|chats|explains)\b"


def headline_of(interview: Interview) -> str:
    """The headline with the standfirst under it, where the source gives one: together they say whom a piece is
    about."""
    return "\n".join(filter(None, (interview.title, interview.dek)))


def _told(name: str, text: str) -> bool:
    """re.search(rf"\\b{_TOLD}\\s+{re.escape(name)}\\b", text) is not None, by plain finds and patterns compiled once."""
    at = text.find(name)
    while at != -1:
        lo = space_before(text, at)
        if lo < at and WORD_EDGE.match(text, at + len(name)) and _TOLD_BEFORE.search(text, max(0, lo - _LONGEST_TOLD), lo):
            return True
        at = text.find(name, at + 1)
    return False


_TOLD_BEFORE = re.compile(rf"\b{_TOLD}\Z")
_LONGEST_TOLD = len("opens up to")


@lru_cache(maxsize=_REMEMBERED)  # asked for every candidate name, several times an article
def named_in_headline(name: str, title: str) -> bool:
    """Whether the headline names `name`, its surname or its first name ("Lerato Mahlangu: 'Sisi Dudu is…'" names
    her only: the quote's names are hers to say)."""
    said = _SPEAKER_HEADLINE.match(title)
    named_in = said.group(1) if said else title
    if name in named_in and _told(name, named_in):
        return False  # "Linnea Okafor tells Gideon Marsh her mum…": the one told is the host, not the subject
    surname, first = name.split()[-1], name.split()[0]
    if name in named_in or surname in named_in and whole_word_pattern(surname).search(named_in) is not None:
        return True
    # or the first name a fan's or a teen outlet's headline gives her as the one speaking ("You asked, Oona
    # answered") or in capitals ("the CASPIAN panel"), not a character's first name the headline is about ("Sara,
    # the mother hen")
    if first == surname or first.lower() in COMMON_WORDS:
        return False
    return first in named_in and re.search(rf"\b{re.escape(first)}\s+{_SPEAKS}", named_in) is not None or \
        len(first) > 3 and first.upper() in named_in and re.search(rf"\b{re.escape(first.upper())}\b", named_in) is not None


def owns_a_name(name: str, title: str, body: str) -> bool:
    """The headline writes `name` as a possessive right before a full name ("Ferris Lane's Corinna Weatherby"), and
    the body sets `name` whole in italics (*Ferris Lane*): a show and its star."""
    at = title.find(name + "'s ") + 1 or title.find(name + "’s ") + 1
    return bool(at) and _FULL_NAME_AT.match(title, at - 1 + len(name) + 3) is not None and \
        any(f"{a}{name}{b}" in body for a, b in _ITALIC_MARKS)


_ITALIC_MARKS = (("*", "*"), ("_", "_"), ("<i>", "</i>"), ("<em>", "</em>"))
