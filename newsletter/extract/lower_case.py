"""A sentence written all in lower case, as automatic captions and chat messages are: read with its weekdays, months
and channels capitalised, one character for one ("is on channel 4 sunday nights at nine" reads as "is on Channel 4
Sunday nights at nine"). Channel names that are everyday words ("watch", "dave", "five") stay as written."""

from __future__ import annotations

import re
from functools import cache

from ..model import WEEKDAYS
from .broadcasters import CHANNELS, STREAMERS
from .literals import literal_trie
from .words import COMMON_WORDS

_MONTHS = "january february april june july august september october november december".split()
# "may" and "march" are everyday words too: months only before a day's number ("may 5")
_CALENDAR = re.compile(r"\b(" + "|".join(w.lower() for w in WEEKDAYS) + r"|" + "|".join(_MONTHS) +
                       r"|(?:may|march)(?=\s+\d))(s?)\b")


@cache
def _channels() -> tuple[re.Pattern, dict[str, str]]:
    names = [n for group in (*CHANNELS.values(), *STREAMERS.values()) for n in group.split("|") if n]
    usable: dict[str, str] = {}
    for n in names:  # the first spelling the tables give ("Netflix", not "NETFLIX")
        if n.lower() not in COMMON_WORDS and (" " in n or any(c.isdigit() or c in "+&" for c in n)
                                              or n.isupper() and len(n) >= 3 or len(n) >= 6):
            usable.setdefault(n.lower(), n)
    return re.compile(r"(?<![\w+])(" + literal_trie(usable) + r")(?![\w+])"), usable


def cased(sentence: str) -> str:
    """`sentence` with weekdays, months and known channels capitalised when it has no capital letter at all;
    otherwise `sentence` itself."""
    if any(c.isupper() for c in sentence) or not any(c.isalpha() for c in sentence):
        return sentence
    text = _CALENDAR.sub(lambda m: m.group(1).capitalize() + m.group(2), sentence)
    pattern, names = _channels()
    return pattern.sub(lambda m: names[m.group(1)], text)
