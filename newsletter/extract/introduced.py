"""Whether an article's lead introduces someone by their trade (`its star Lena Voss`, `actor Dev Okafor`), found
where trade words stand and with patterns compiled once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .name_words import WORD_EDGE
from .scan import word_before

_TRADE_BEFORE = r"(?P<owner>\b\w+\s+)?(?<![\w-])(?:star|actress|actor|comedian|host|lead|newcomer|veteran)\s+"
# _TRADE_BEFORE with its owner, and without: the two ways a match of it and a name can open at a place
_TRADES = (re.compile(_TRADE_BEFORE.replace(")?", ")", 1)), re.compile(_TRADE_BEFORE.split(")?", 1)[1]))


def introduced_by_trade(name: str, lede: str) -> bool:
    """`its star Lena Voss`, `actor Dev Okafor`: the lead introduces its subject by their trade; but `her co-star
    Walt Pruitt` and `his castmate` are the other person in the piece."""
    if name not in lede or not _trade_words(lede):  # every match holds both: no pattern to compile for this name
        return False
    for _, owner in trade_matches(name, lede):
        if (owner or "").strip().lower() not in ("her", "his", "their"):
            return True
    return False


_TRADE_WORD = re.compile(r"(?=[achlnsv])(?<![\w-])(?:star|actress|actor|comedian|host|lead|newcomer|veteran)\s+")


def trade_matches(name: str, lede: str) -> Iterator[tuple[tuple[int, int], str | None]]:
    """The span and owner of each match of re.finditer(_TRADE_BEFORE + re.escape(name) + r"\\b", lede), tried only
    where such a match can start (a trade word, and the word before it) rather than at every character (that was a
    twentieth of understanding), and with patterns compiled once rather than one per name."""
    pos = 0
    for at in _trade_words(lede):
        if at < pos:
            continue
        owner = word_before(lede, at)
        m = (owner is not None and owner >= pos and _trade_match(name, lede, owner)) or _trade_match(name, lede, at)
        if m:
            yield m
            pos = m[0][1]


def _trade_match(name: str, lede: str, at: int) -> tuple[tuple[int, int], str | None] | None:
    """The span and owner of re.match(_TRADE_BEFORE + re.escape(name) + r"\\b", lede[at:]), if it matches: the
    owner's word first, as the optional group is tried, then without it."""
    for rx in _TRADES:
        m = rx.match(lede, at)
        end = m and m.end() + len(name)
        if m and lede.startswith(name, m.end()) and WORD_EDGE.match(lede, end):
            return (m.start(), end), m.groupdict().get("owner")
    return None


@lru_cache(maxsize=1)
def _trade_words(lede: str) -> tuple[int, ...]:
    """Where each trade word of the lead starts: found once for all the names an article's lead is asked about."""
    return tuple(m.start() for m in _TRADE_WORD.finditer(lede))
