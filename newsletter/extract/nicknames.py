"""The other names a person goes by: a nickname written inside the name (`Pimchanok "Mint" Charoenwong`) or one the
article says they are known as (`Wilfred Pemberthy, known to everyone at the Plough as Bill`)."""

from __future__ import annotations

import re

from .name_words import NAME_WORD

_GOES_BY = rf",?\s+(?:(?:who\s+is|better|also)\s+)?(?:known|called)(?:\s+to\s+[^,.;\n]{{1,40}}?)?\s+as\s+({NAME_WORD})"


_GOES_BY_AFTER = re.compile(_GOES_BY)  # matched right after the name: no pattern compiled per name
_KNOWN_AS = re.compile(rf"\b({NAME_WORD})\s+({NAME_WORD})" + _GOES_BY)
_BACK = 160  # characters before "as Bill": two name words, "known to everyone at the Plough" and the spaces


def nicknamed(nick: str, text: str) -> re.Match | None:
    """The given name and the surname a nickname is written between, or that go by it."""
    at = text.find(f"as {nick}")
    while at != -1:  # the name and "known … as" stand just before: searched there, not through the whole text
        known = _KNOWN_AS.search(text, max(0, at - _BACK), at + len(nick) + 3)
        if known and known.group(3) == nick:
            return known
        at = text.find(f"as {nick}", at + 1)
    if f"{nick}\"" not in text and f"{nick}”" not in text and f"{nick}'" not in text and f"{nick}’" not in text:
        return None  # most names are nobody's nickname: no pattern compiled for them
    return re.search(rf"\b({NAME_WORD})\s+[\"“‘']{re.escape(nick)}[\"”’']\s+({NAME_WORD})", text)


_REACH = 80  # characters after the name where "known to everyone at the Plough as" stands


def goes_by(name: str, text: str) -> str | None:
    """The name `text` says a person is known as, if any."""
    at = text.find(name)
    if at == -1:
        return None
    after = text[at + len(name):at + len(name) + _REACH]
    if "known" not in after and "called" not in after:
        return None  # nearly every name: no pattern compiled
    m = _GOES_BY_AFTER.match(text, at + len(name))
    return m.group(1) if m else None


def plays_a_part(first: str, body: str) -> bool:
    """`Ines plays Detective…`, `Ines, who plays…`: a first name standing as an actor in a part, the name the body
    calls someone the headline names in full."""
    return re.search(r"\b" + re.escape(first) + r"(?:,\s+who)?\s+(?:plays|played|stars|starred)\b", body) is not None
