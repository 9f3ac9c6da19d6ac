"""Names a piece gives as characters: after "plays" (`Ingrid Soto-Lamb plays Marit`), or paired with an actor in
brackets (`Marit (Ingrid Soto-Lamb)`, either way round)."""

from __future__ import annotations

import re
from functools import lru_cache

from .scan import findall_led, words_back

_BRACKET_PAIR = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){1,3})\(((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+)\)")
PLAYS = re.compile(r"(?=[pr])\b(?:plays?|played|playing|role of)\s+((?:[A-Z][\w’'.\-]*[ \t]+){0,3}[A-Z][\w’'\-]+)")
PLAYS_LEADS = ("play", "role of")  # what each match of PLAYS starts with
# Every _BRACKET_PAIR has white space before its "(" and a capital after it; found by the "(" itself, which the engine
# skips to (a pattern opening with `\s` is tried at every character).
_PAIR_OPENING = re.compile(r"\((?<=\s\()(?=[A-Z])")
_PAIR_WORDS = 3  # at most this many words stand before the "(" in a _BRACKET_PAIR
# "(Prince Oren on *Wyrmgate*", "(Detective Ruiz in The Narrows": a character, then the show it is in
_ROLE_ON_SHOW = re.compile(r"\((?=[A-Z])((?:[A-Z][\w’'.\-]*[ \t]+){0,2}[A-Z][\w’'\-]+)[ \t]+(?:on|in|from)[ \t]+[*_\"“‘A-Z]")


@lru_cache(maxsize=4)  # asked for each quote of an article: the body is the same every time
def characters_played(body: str) -> frozenset[str]:
    """Names given as roles: after "plays" (`Ingrid Soto-Lamb plays Marit`), before an actor in brackets, or in
    brackets with the show they are in (`Caspian Ellery (Prince Oren on *Wyrmgate*)`)."""
    played = {m.strip() for m in played_after(body)}
    played |= roles_on_shows(body)
    return frozenset(played | {a.strip() for a, b in _pairs(body) if " " not in a.strip() and " " in b.strip()})


# The finds below are read once per body (the last few kept): the subject's evidence (subject.py) and the characters
# above each ask for them in every article.
_BODIES_REMEMBERED = 4


@lru_cache(maxsize=_BODIES_REMEMBERED)
def played_after(body: str) -> tuple[str, ...]:
    """The capitalised words after each "plays", "played", "role of": findall_led(PLAYS, body, PLAYS_LEADS)."""
    return tuple(findall_led(PLAYS, body, PLAYS_LEADS))


def bracket_pairs(body: str) -> list[tuple[str, str]]:
    """_BRACKET_PAIR.findall(body), searched only from a few words before each opening that can start one: a search
    of the whole body tries every capital letter (a twentieth of understanding an article)."""
    return list(_pairs(body))


@lru_cache(maxsize=_BODIES_REMEMBERED)
def _pairs(body: str) -> tuple[tuple[str, str], ...]:
    found, pos = [], 0
    for opening in _PAIR_OPENING.finditer(body):
        at = opening.start()
        if at < pos:
            continue
        close = body.find(")", at)
        if close == -1:
            break
        m = _BRACKET_PAIR.search(body, max(pos, words_back(body, at, _PAIR_WORDS)), close + 1)
        if m:  # its "(" is the first after its start and its ")" the first after that, so it ends at `close`
            found.append(m.groups())
            pos = m.end()
    return tuple(found)


@lru_cache(maxsize=_BODIES_REMEMBERED)
def roles_on_shows(body: str) -> frozenset[str]:
    """Characters named in brackets with the show they are in: `Caspian Ellery (Prince Oren on *Wyrmgate*)`."""
    return frozenset(m.group(1) for m in _ROLE_ON_SHOW.finditer(body)) if "(" in body else frozenset()
