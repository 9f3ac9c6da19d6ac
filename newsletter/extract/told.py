"""First-person pieces a journalist wrote down from someone's telling ("As told to Imogen Tarrant"), and excerpts of
someone's own memoir: every plain paragraph is the teller's own voice, quote marks or none, except one opening on
someone else's line with its speech verb (dialogue the teller reports); the journalist's words are the set-apart
standfirst and footer."""

from __future__ import annotations

import re

from ..model import Interview
from .cast import Cast, match_strength, people_named
from .headlines import headline_of
from .layout import Para
from .roles import CONFIDENCE, Roles
from .scan import led_by_first
from .words import SPEECH_VERBS

_NAME = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,3}"
# The credit: "As told to Imogen Tarrant", or a note that the telling was written up, "She spoke to Hana Okafor;
# this account has been edited and condensed" (not "this interview", a Q&A's note; nor "his story has been condensed
# into a four-part series", which is the show's making, not the piece's).
# An excerpt of someone's own book is in their voice too: "In her memoir, Second Unit, she writes about…".
# Led by a look-ahead at the letters it opens with (`\b` first: tried at every character of the paragraph).
_TOLD_TO = led_by_first(rf"\b[Aa]s told to:?[ \t]+(?P<name>{_NAME})|"
                      r"\b(?:[Tt]his|[Hh]er|[Hh]is|[Tt]heir) (?:account|essay|first-person account|story)\b"
                      r"[^.!?\n]{0,40}\b(?:edited|condensed)\b(?=[ \t]*(?:[.;)]|\Z|and\b|for\b))|"
                      r"\b[Ii]n (?:her|his|their) (?:new |forthcoming )?(?:memoir|autobiography)\b[^.!?\n]{0,80}?"
                      r"\b(?:she|he|they) (?:writes|recalls|describes)\b")
# A supplement's credit for a first-person column: "Ottilie Marsh was talking to Fen Achebe." Said of a Q&A or a
# profile too, so the column must read in the first person throughout (see _in_the_first_person).
_TALKING_TO = re.compile(rf"\b(?P<teller>{_NAME})[ \t]+(?:was|is)[ \t]+(?:talking|speaking)[ \t]+to[ \t]+(?P<name>{_NAME})")
_TALKING_WORDS = ("talking", "speaking")  # one stands in every _TALKING_TO match
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me)\b")
_SAYS_OF_SOMEONE = re.compile(rf"\b(?:she|he|they)[ \t]+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}[ \t]+(?:she|he|they)\b")
_FIRST_PERSON_SHARE = 0.75  # of the column's plain paragraphs: a profile quotes its subject in some, never nearly all
_TOLD_BY = re.compile(rf"\b(?:spoke|talked)[ \t]+(?:to|with)[ \t]+(?P<name>{_NAME})")  # whom it was told to
_MEMOIR = re.compile(r"memoir|autobiography")
_EXCERPT = re.compile(r"\b(?:excerpt|extract|adapted from)\b", re.I)  # the piece says it is the book's own words
_EDGE_PARAGRAPHS = 2  # the credit stands in the standfirst or the footer, never in the middle of the telling
_CREDIT_WORDS = ("s told to", "edited", "condensed", "memoir", "autobiography")  # one stands in every _TOLD_TO match


def _holds(body: str, p: Para, words: tuple[str, ...]) -> bool:
    """Whether a paragraph holds one of `words`, one of which every match of a pattern holds: plain finds, where the
    pattern (_TOLD_TO, _TALKING_TO) is tried at nearly every letter of it."""
    return any(body.find(word, p.start, p.end) != -1 for word in words)


def by_its_subject(interview: Interview, context: str) -> bool:
    """Whether the byline is the person the piece is with rather than a journalist: a forum post's author,
    "u/TobyAnsell_Official", spelling a name its title gives; or a full name the headline gives, a guest column by
    its star ("Guest agony aunt: Philippa Asante-Greaves solves your problems", by Philippa Asante-Greaves)."""
    byline = interview.byline
    if not byline:
        return False
    if not any(c.isspace() for c in byline):
        return Cast([], context=context).named_in_context(byline)
    return byline in headline_of(interview)


def told_in_voice(interview: Interview, body: str, paras: list[Para], roles: Roles,
                  cast: Cast) -> tuple[str, str] | None:
    """An as-told-to piece's teller as its interviewee (the person it is told by is who it is about), and as the
    voice every paragraph is in; None for any other piece, or where the front matter names the interviewee."""
    told = None if interview.interviewee else teller(interview, body, paras)
    if told is None:
        return None
    roles.interviewee, roles.confidence = cast.add(told), CONFIDENCE["told in their own voice"]
    return roles.interviewee, "interviewee"


def teller(interview: Interview, body: str, paras: list[Para]) -> str | None:
    """The person an as-told-to piece is in the voice of: the first person the title, else the credit's
    paragraph, names who is not the one it was told to (nor the byline). None for any other piece."""
    edges = paras[:_EDGE_PARAGRAPHS] + paras[-_EDGE_PARAGRAPHS:]
    credit = next((m for p in edges if _holds(body, p, _CREDIT_WORDS)
                   for m in [_TOLD_TO.search(body, p.start, p.end)] if m), None)
    if credit is None:
        credit = next((m for p in edges if _holds(body, p, _TALKING_WORDS)
                       for m in [_TALKING_TO.search(body, p.start, p.end)] if m), None)
        if credit is None or not _in_the_first_person(body, paras[_EDGE_PARAGRAPHS:-_EDGE_PARAGRAPHS]):
            return None
    paragraph = next(p for p in edges if p.start <= credit.start() < p.end)
    if _MEMOIR.search(credit.group(0)) and not _EXCERPT.search((interview.title or "") + body[paragraph.start:paragraph.end]):
        return None  # a profile that mentions her memoir is no excerpt of it
    listener = _TOLD_BY.search(body, paragraph.start, paragraph.end)
    writers = [n for n in (credit.group("name"), listener and listener.group("name"), interview.byline) if n]
    for name in people_named(interview.title or "") + people_named(body[paragraph.start:paragraph.end]):
        if not any(match_strength(name, w) >= 1 or match_strength(w, name) >= 1 for w in writers):
            return name
    return None


def _in_the_first_person(body: str, paras: list[Para]) -> bool:
    """Whether nearly every paragraph of a piece's middle speaks in the first person, outside quote marks, and
    none says that someone says something: a column in its teller's voice, not a profile or a Q&A's answers."""
    plain = [re.sub(r"[“\"][^“”\"\n]*[”\"]", "", body[p.start:p.end]) for p in paras]
    if len(plain) < _EDGE_PARAGRAPHS or any(_SAYS_OF_SOMEONE.search(t) for t in plain):
        return False
    return sum(1 for t in plain if _FIRST_PERSON.search(t)) >= _FIRST_PERSON_SHARE * len(plain)


# A paragraph of a telling that opens on someone else's line: `“Whenever you're ready,” he said.`, `“Shout at me,”
# Mallory-Adu said.`, `“Next?” said a young man with a clipboard.` (not `“…,” I said.`).
_OTHERS_LINE = re.compile(rf"[ \t*_]*[“\"][^“”\"\n]{{1,300}}[”\"][ \t]*(?:(?!I\b)[A-Za-z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?"
                          rf"[ \t]+{SPEECH_VERBS}\b|{SPEECH_VERBS}[ \t]+(?!I\b)[A-Za-z])")


def opens_on_others_line(body: str, p: Para) -> bool:
    """In a telling (a memoir, an as-told-to piece), a paragraph opening on a line someone else said, with its
    speech verb: the teller reports a dialogue, so the line is theirs, not the teller's voice."""
    return _OTHERS_LINE.match(body, p.start, p.end) is not None
