"""The other names a person goes by: a nickname written inside the name (`Pimchanok "Mint" Charoenwong`) or one the
article says they are known as (`Wilfred Pemberthy, known to everyone at the Plough as Bill`)."""

from __future__ import annotations

import re

from .name_words import NAME_WORD, WORD_CHAR, first_after
from .occurrences import occurrences
from .scan import space_before

_GOES_BY = rf",?\s+(?:(?:who\s+is|better|also)\s+)?(?:known|called)(?:\s+to\s+[^,.;\n]{{1,40}}?)?\s+as\s+({NAME_WORD})"


_GOES_BY_AFTER = re.compile(_GOES_BY)  # matched right after the name: no pattern compiled per name
_KNOWN_AS = re.compile(rf"\b({NAME_WORD})\s+({NAME_WORD})" + _GOES_BY)
_BACK = 160  # characters before "as Bill": two name words, "known to everyone at the Plough" and the spaces


def nicknamed(nick: str, text: str) -> tuple[str, str] | None:
    """The given name and the surname a nickname is written between, or that go by it."""
    at = text.find(f"as {nick}")
    while at != -1:  # the name and "known … as" stand just before: searched there, not through the whole text
        known = _KNOWN_AS.search(text, max(0, at - _BACK), at + len(nick) + 3)
        if known and known.group(3) == nick:
            return known.group(1), known.group(2)
        at = text.find(f"as {nick}", at + 1)
    return _quoted(nick, text)


_OPENING, _CLOSING = "\"“‘'", "\"”’'"
_GIVEN_BEFORE = re.compile(rf"\b({NAME_WORD})\s+\Z")
_SURNAME_AFTER = re.compile(rf"\s+({NAME_WORD})")
_WORD_REACH = 80  # characters a given name before a quoted nickname is searched back over, past the white space


def _quoted(nick: str, text: str) -> tuple[str, str] | None:
    """The given name and surname around the first `"Mint"` written between them, as
    re.search(rf'\\b({NAME_WORD})\\s+["“‘\']{nick}["”’\']\\s+({NAME_WORD})', text) finds them, by plain finds and
    patterns compiled once: most names are nobody's nickname, and a pattern per name cost more than the search."""
    at = text.find(nick)
    while at != -1:
        end = at + len(nick)
        if at > 0 and text[at - 1] in _OPENING and end < len(text) and text[end] in _CLOSING:
            surname = _SURNAME_AFTER.match(text, end + 1)
            lo = space_before(text, at - 1)
            given = surname and lo < at - 1 and _GIVEN_BEFORE.search(text, max(0, lo - _WORD_REACH), at - 1)
            if given:
                return given.group(1), surname.group(1)
        at = text.find(nick, at + 1)
    return None


_REACH = 80  # characters after the name where "known to everyone at the Plough as" stands


def goes_by(name: str, text: str) -> str | None:
    """The name `text` says a person is known as, if any."""
    found = occurrences(text, name)  # the subject's other tests of the name read every place it stands
    if not found:
        return None
    at = found[0]
    after = text[at + len(name):at + len(name) + _REACH]
    if "known" not in after and "called" not in after:
        return None  # nearly every name: no pattern compiled
    m = _GOES_BY_AFTER.match(text, at + len(name))
    return m.group(1) if m else None


def plays_a_part(first: str, body: str) -> bool:
    """`Ines plays Detective…`, `Ines, who plays…`: a first name standing as an actor in a part, the name the body
    calls someone the headline names in full."""
    if not WORD_CHAR.match(first):
        return re.search(r"\b" + re.escape(first) + _PLAYS.pattern, body) is not None
    return first_after(first, body, _PLAYS) is not None


_PLAYS = re.compile(r"(?:,\s+who)?\s+(?:plays|played|stars|starred)\b")

