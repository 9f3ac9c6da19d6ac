"""How an air-date sentence is read, one character for one: a sentence written all in lower case, as automatic
captions and chat messages are, with its weekdays, months and channels capitalised ("is on channel 4 sunday nights
at nine" reads as "is on Channel 4 Sunday nights at nine"; channel names that are everyday words, "watch", "dave",
"five", stay as written); and a moved slot with the day it leaves blanked ("moves from Tuesdays to Wednesdays at
8.40pm" is a slot on Wednesdays)."""

from __future__ import annotations

import re
from functools import cache

from ..model import WEEKDAYS
from .air_tongues import in_english
from .channels import KNOWN_NAMES
from .literals import literal_trie
from .words import COMMON_WORDS

_MONTHS = "january february april june july august september october november december".split()
# "may" and "march" are everyday words too: months only before a day's number ("may 5")
_CALENDAR = re.compile(r"\b(" + "|".join(w.lower() for w in WEEKDAYS) + r"|" + "|".join(_MONTHS) +
                       r"|(?:may|march)(?=\s+\d))(s?)\b")


@cache
def _channels() -> tuple[re.Pattern, dict[str, str]]:
    usable: dict[str, str] = {}
    for n in KNOWN_NAMES:  # the first spelling the tables give ("Netflix", not "NETFLIX")
        if n.lower() not in COMMON_WORDS and (" " in n or any(c.isdigit() or c in "+&" for c in n)
                                              or n.isupper() and len(n) >= 3 or len(n) >= 6):
            usable.setdefault(n.lower(), n)
    return re.compile(r"(?<![\w+])(" + literal_trie(usable) + r")(?![\w+])"), usable


def has_capital(text: str) -> bool:
    """Whether `text` has a capital letter: `cased` leaves it as written, and `as_read` then only blanks a moved
    slot's old day (which adds no cue and no name)."""
    return any(c.isupper() for c in text)


def cased(sentence: str) -> str:
    """`sentence` with weekdays, months and known channels capitalised when it has no capital letter at all;
    otherwise `sentence` itself."""
    if has_capital(sentence) or not any(c.isalpha() for c in sentence):
        return sentence
    text = _CALENDAR.sub(lambda m: m.group(1).capitalize() + m.group(2), sentence)
    pattern, names = _channels()
    return pattern.sub(lambda m: names[m.group(1)], text)


# "moves from Tuesdays to Wednesdays", "from Tuesday to Sundays", "moves from 10 pm to 9:30 pm": the day or time a
# slot leaves, which the reader would take for a second slot (or for the slot's own time).
_CLOCK = r"\d{1,2}(?:[:.]\d\d\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?)"  # `10 pm`, `21:30`: a time, not a count
_LEAVES = re.compile(r"\b(?:[Mm]oves?|[Mm]oving|[Mm]oved|[Ss]witch(?:es|ed)?|[Ss]hifts?|[Ss]hifted)\s+(?P<from>from\s+"
                     r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|" + _CLOCK + r")\s+)"
                     r"(?=to\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|" + _CLOCK + r"\b))")


# "has moved *X* from its 21:30 slot to 22:30": the slot left, whose day and time are no longer the show's.
_SLOT_LEFT = re.compile(r"\b(?P<from>from\s+(?:its|the|their)\s+(?:[\w:.]+\s+){0,3}?(?:slot|time\s?slot)\s+)(?=to\s)")


def as_read(sentence: str) -> str:
    """`sentence` as the air-date reader reads it: a foreign schedule's words in English (air_tongues), `cased`, and
    a moved slot's old day (or the old slot) blanked."""
    text = cased(in_english(sentence))
    m = _LEAVES.search(text) if "from " in text else None
    m = m or (_SLOT_LEFT.search(text) if "slot" in text else None)
    return text if not m else text[:m.start("from")] + " " * len(m.group("from")) + text[m.end("from"):]

