"""What the words around a quote report of its speaker: who the sentence before it reports speaking as its subject
("But Kessel says the episode honours…", "The charity's chief executive, Dr Imelda Crane-Osei, said…", "Fox, whose
character meets her ex, Grissom, says…": the one a "she says" on the quote after it stands for), and a line said in
a film ("“…,” declares Voss in her new film": the character's)."""

from __future__ import annotations

import re

from .cast import SPEAKER_NAME as _NAME
from .quote_spans import Found

_SENTENCE_OPENERS = ("", "But", "And", "Yet", "Still", "Now")
# "The show's lead writer, Ruth Akintola-Barnes, said…": the name in apposition to its sentence's subject.
_ROLE_BEFORE_NAME = re.compile(r"\s*[A-Z][^,.!?“”\"\n]{0,60},\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?")
# A name as its sentence's subject, set off by a clause holding commas of its own, before the verb that reports it.
_SUBJECT_SAYS = re.compile(rf"\s*(?:(?:But|And|Yet|Still|Now)\s+)?(?P<a>{_NAME}),[^.!?“”\"\n]{{1,120}},\s+"
                           r"(?:says|said|tells \w+|told \w+|insists|insisted|admits|admitted)\b")


def reporting_subject(sentence: str, reported: re.Match | None) -> str | None:
    """The name `reported` (a match, with group "a", of a reporting pattern in `sentence`) finds when that name is
    the sentence's subject, else a subject set off before a clause with commas of its own ("Fox, whose character
    meets her ex, Grissom, says…": Fox, not Grissom)."""
    if reported is None or sentence[:reported.start("a")].strip() not in _SENTENCE_OPENERS and \
            not _ROLE_BEFORE_NAME.fullmatch(sentence, 0, reported.start("a")):
        reported = _SUBJECT_SAYS.match(sentence)
    return reported.group("a") if reported else None


# "“…,” declares Voss in her new film": a line of the film, the character's, whoever speaks it (not "in the film's
# press notes", nor a documentary's or a podcast's words, which are her own; nor "says Gabe, who cast her in the
# film": a clause of its own).
_IN_A_ROLE_AFTER = re.compile(r"[\s,]*[^.!?“”\"\n,]{0,60}?\bin\s+(?:his|her|their|the|an?)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:movie|film|trailer|sketch|commercial)\b(?!['’])")


def a_characters_line(body: str, q: Found, end: int) -> bool:
    """Whether the words after a named quote say it is spoken in a film; if so, the quote is nobody's."""
    if _IN_A_ROLE_AFTER.match(body, q.mark_end, end) is None:
        return False
    q.speaker = None  # nobody's turn, and nobody's pull-quote
    return True
