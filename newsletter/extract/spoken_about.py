"""Words that name a person in the third person are someone else's about them: whom a "she said" after them stands
for instead."""

from __future__ import annotations

import re

from .asking import IN_FIRST_PERSON
from .mentions import named_before
from .pronouns import by_gender


def speaks_of(said: str, person: str) -> bool:
    """The quote names `person` (first name or surname) in the third person: someone else's words about them."""
    words = person.split()
    if words[0].lower() in ("the", "a", "an"):
        return False  # "the actress", "the 26-year-old": a description, whose words ("The first day…") name nobody
    if words[0] not in said and words[-1] not in said:
        return False  # most quotes name nobody: no pattern built for them
    return len(words) > 1 and re.search(rf"\b(?:{re.escape(words[0])}|{re.escape(words[-1])})\b(?!,)", said) is not None


def other_speaker(body: str, start: int, end: int, named: str, gender: str, recent: list[str],
                  genders: dict[str, str | None], before: str) -> tuple[str | None, bool]:
    """Whom the "she" or "he" of a quote (`body[start:end]`) that names `named`, whom the pronoun pointed at, stands
    for: the one of that gender before them among the `recent`, or named in the text `before` it ("Producer Ana Ruiz
    did not hesitate. “Valentina cries with the whole body,” she affirmed."); else, beside an "I", nobody known
    ("“Delphine made every line I wrote better,” she said."), and whether it is so disowned; else `named` after
    all: one who speaks of herself by name says no "I" ("“Bunmi knows the first question,” she says.")."""
    other = by_gender([n for n in recent if n != named], gender, genders, body) or \
        named_before(before, gender, genders, body, named)
    if other:
        return other, False
    disowned = IN_FIRST_PERSON.search(body, start, end) is not None
    return (None if disowned else named), disowned
