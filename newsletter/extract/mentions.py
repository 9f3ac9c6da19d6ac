"""Who a stretch of prose mentions, in order: the people a later "he" or "she" can point back to."""

from __future__ import annotations

import re

from .cast import Cast, short_form
from .pronouns import ROLE_NOUNS
from .trades import given_trade
from .words import whole_word_pattern

ROLE_MENTION = re.compile(rf"[Tt]he (?:\d+-year-old |[\w-]+ )?({ROLE_NOUNS})")  # "the actress", "the 34-year-old star"


def remember(recent: list[str], person: str) -> None:
    """Move `person` to the end of `recent`, the people in the order last mentioned."""
    if person in recent:
        recent.remove(person)
    recent.append(person)


def note_mentions(text: str, cast: Cast, recent: list[str], body: str = "") -> str | None:
    """Move everyone `text` names to the end of `recent`, in the order `text` names them; return the last named
    (at one position, the one the cast knew first), or None. "The showrunner" names the one person `body` gives
    that trade ("showrunner Delphine Achterberg"), so a "she said" after it is hers."""
    spots = []
    for order, name in enumerate(cast.names):
        for form in {name, short_form(name, body)}:
            if form in text:  # most stretches of text name few of the cast: no pattern run for the others
                spots += [(m.start(), -order, name) for m in whole_word_pattern(form).finditer(text)]
    if body and ("the " in text or "The " in text):
        for m in ROLE_MENTION.finditer(text):
            named = given_trade(m.group(1).lower(), body)
            if len(named) == 1:
                person = next(iter(named))
                spots.append((m.start(), 1, cast.find(person) or person))
    for *_, name in sorted(spots):
        remember(recent, name)
    return spots and max(spots)[2] or None
