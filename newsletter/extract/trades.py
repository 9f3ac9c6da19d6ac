"""The people an article gives a trade ("comedian Bettina Castro", "Ana Ruiz, the showrunner"), so that "the
comedian says" can name its speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from .cast import SPEAKER_NAME as _NAME
from .scan import led_by_first

_NAME_AFTER_TRADE = re.compile(rf",?\s+({_NAME})")
_NAMED_BEFORE_TRADE = led_by_first(rf"({_NAME}),\s+(?:the|its|their)\s+(?:[\w-]+\s+(?:and\s+)?){{0,2}}?\Z")
_TRADE_REACH = 120  # characters before a trade searched for the name it follows
_TRADES_KEPT = 64  # a few trades per article, a week's articles


@lru_cache(maxsize=_TRADES_KEPT)
def given_trade(trade: str, body: str) -> frozenset[str]:
    """The people `body` names right after a trade ("comedian Bettina Castro", a sentence's "Director Ida Brandt") or
    before it ("Ana Ruiz, the showrunner"; "co-star Ana Ruiz" is not a star): one scan per trade and article, not
    one per quote that says "the comedian says" (the body's hash is kept by the string, so a lookup is cheap)."""
    found = []
    for written in dict.fromkeys((trade, trade[:1].upper() + trade[1:])):  # "Director Ida Brandt saw him…" too
        at = body.find(written)
        while at != -1:  # plain finds of the trade, then one anchored match on each side: no scan per capital
            end = at + len(written)
            if (at == 0 or not (body[at - 1].isalnum() or body[at - 1] in "_-")) and \
                    (end == len(body) or not (body[end].isalnum() or body[end] == "_")):
                named = _NAME_AFTER_TRADE.match(body, end) or \
                    _NAMED_BEFORE_TRADE.search(body, max(0, at - _TRADE_REACH), at)
                if named:
                    found.append(named.group(1))
            at = body.find(written, end)
    return frozenset(found)
