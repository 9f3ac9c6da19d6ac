"""A paragraph after an answer that brings in someone else's words: the journalist again, not the answer going
on (`Solvang, reached by email, returned the compliment: "…"`, `"…," said executive producer Meg Calloway.`)."""

from __future__ import annotations

import re

from .cast import Cast, match_strength, people_named
from .layout import Para
from .pronouns import OUTSIDE_QUOTES
from .scan import led_by_first
from .scenes import FIRST_PERSON


def opens_on_someone_else(body: str, p: Para, interviewee: str | None, cast: Cast, answers: bool) -> bool:
    """`Solvang, reached by email, returned the compliment: "…"` after an answer: the journalist again, bringing in
    someone else's words. A paragraph that opens on another person's surname and holds a quote is narration."""
    text = body[p.start:p.end].lstrip("*_<>p ")
    mark = _QUOTE_OPENING.search(text)
    if not mark:
        return False
    if FIRST_PERSON.search(OUTSIDE_QUOTES.sub(" ", text)):
        return False  # "Aaron Sorkin did say to me…": the interviewee telling a story about someone
    before_quote = text[:mark.start()]
    # "The producer, Meg Calloway, puts it more plainly. “…”", "“…,” said executive producer Meg Calloway.":
    # someone else brought in by name
    said_by = _SAID_BY.search(text, mark.end()) if not answers and not before_quote.strip() else None
    if not answers and any(not interviewee or match_strength(name, interviewee) == 0
                           for name in people_named(said_by.group(1) if said_by else before_quote)):
        return True
    first = _FIRST_WORD.match(text)
    if not first:
        return False
    word = first.group(0)
    if interviewee and word in interviewee.split():
        return False
    named = cast.first_in_full(word, body)  # named in full earlier ("your scenes with Greta Solvang")
    return named is not None and named[0] < p.start and named[1] not in (word, interviewee)


# A quote's opening mark, double or single (`‘He asks…`, ` 'He asks…`; not an apostrophe inside a word).
# One alternative per mark, the boundary before `'` checked after it (a look-behind first: tried at every character)
_QUOTE_OPENING = led_by_first(r"[\"“‘]|'(?<!\w')(?=[A-Za-z])")
_FIRST_WORD = re.compile(r"[A-Z][\w’'\-]+(?=[,\s])")
# The words naming whoever said a paragraph's opening quote, when a speech verb leads them ("…,” said producer Meg
# Calloway. “…”), up to the sentence's end
_SAID_BY = re.compile(r"[,.!?][”\"’'][ \t]+(?:said|says|adds|added|explained|explains|recalled|recalls)[ \t]+"
                      r"([^.!?“”\"\n]{3,80})")
