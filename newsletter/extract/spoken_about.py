"""Whom a "she" or "he" after a quote stands for: the nearest one of that gender, but not one the quote names in the
third person (someone else's words about them), nor one a clause names as asking."""

from __future__ import annotations

import re

from .asking import IN_FIRST_PERSON
from .block_quotes import TOPIC_LEAD
from .cast import SPEAKER_NAME as _NAME
from .mentions import introduced_here, named_before, unnamed_before
from .pronouns import by_gender, gender_leaning, gender_of
from .quote_spans import Found
from .scan import led_by_first

NEARBY_REACH = 1500  # characters of its paragraph before a quote where a pronoun's antecedent is looked for


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


def pronoun_speaker(body: str, start: int, q: Found, gender: str, recent: list[str],
                     genders: dict[str, str | None], pronoun: str = "") -> str | None:
    """Whom "she" or "he" before or after the quote stands for (q.speaker holds whom the prose followed): the
    nearest antecedent of that gender, in its own paragraph first (someone it brings in too), before a "She" that
    opens a sentence (`pronoun`: "She said the new season puts Marisol back in court. “…”" is not Marisol's);
    never someone the article gives the other."""
    nearby = TOPIC_LEAD.sub("", without_asking(body[max(start, q.mark_start - NEARBY_REACH):q.mark_start]))
    at = nearby.rfind(pronoun + " ") if pronoun[:1].isupper() else -1
    named = nearby if at == -1 else nearby[:at]  # where the people it may stand for are named
    return by_gender(recent, gender, genders, body, named, local_only=True) or \
        introduced_here(named, gender, genders, body) or unnamed_before(nearby, gender) or \
        by_gender(recent, gender, genders, body) or named_before(
        body[max(0, q.mark_start - NEARBY_REACH):q.mark_start], gender, genders, body, q.speaker) or (
        q.speaker if q.speaker and (gender_of(q.speaker, genders, body) or gender_leaning(q.speaker, body)) in (gender, None)
        else None)


ASKING_CLAUSE = led_by_first(rf"\b(?:When|After|As|Once|If)\s+{_NAME}\s+(?:asks|asked|wonders|wondered|demands|"
                              rf"demanded|pleads|pleaded|begs|begged)\b[^,.!?“”\"]{{0,200}},\s*"
                              rf"(?=(?:she|he|they)\b[^.!?“”\"]{{0,200}}\Z)")  # bounded: searched from every "When…"
_ASKING_STEMS = ("ask", "wonder", "demand", "plead", "beg")  # one stands in every match of ASKING_CLAUSE


def without_asking(text: str) -> str:
    """`text` without a clause naming someone who asks ("When Deputy Ruiz asks what to tell them, she says only"):
    the one asking is not the one answering. Searched only in a text holding one of its verbs (few do)."""
    return ASKING_CLAUSE.sub("", text) if any(stem in text for stem in _ASKING_STEMS) else text
