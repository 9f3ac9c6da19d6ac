"""A round-up of short interviews, one section per person: a heading that only names someone ("## Jasper
Mwangi-Holt (Prince Alder)"), then questions set apart and the answers under them. Each section's answers are the
person its heading names, not the piece's lead's."""

from __future__ import annotations

import re

from .cast import _PARTICLE_WORDS, Cast, display_name, match_strength, norm
from .asking import PAGE_SECTION
from .layout import ANSWER_LABELS, QUESTION_LABELS, Para, as_nobodys, as_speakers
from .pronouns import OUTSIDE_QUOTES
from .not_names import a_place
from .subject import FULL_NAME
from .words import COMMON_WORDS
from .scan import led_by_first

_MIN_SECTIONS = 2  # one heading naming someone may head a profile; two people's sections make a round-up
# "## Jasper Mwangi-Holt (Prince Alder)", "**Nell Ashgrove-Diallo, 12**": the name, then a role or an age aside
_ASIDE = re.compile(r"\s*(?:\([^()\n]{1,60}\)|,\s[^,\n]{1,40})\s*\Z")
_MARKS = led_by_first(r"\A[#\s*_]+|[\s*_]+\Z")
_QUOTE_MARK = re.compile(r"[“\"]")  # an answer is not in quote marks; narration quoting someone is the writer's
SECTION = "section"  # how an answer under a person's heading is marked
CONVERSATION = "conversation"  # the descriptor of a press kit's first conversation's answers: its guest


def people_sections(paras: list[Para], body: str) -> None:
    """Give each answer under a heading that names one person to that person, and the writer's paragraphs after a
    section's answers to the writer (kind "writer"), not to the last section's voice (edits `paras` in place)."""
    heads = {i: name for i, p in enumerate(paras) if p.kind == "bold" for name in [_heading_name(body, p)] if name}
    if len(set(heads.values())) < _MIN_SECTIONS or _sections_asking(paras, body, heads) < _MIN_SECTIONS:
        return
    surnames = re.compile(r"\b(?:" + "|".join(re.escape(n.split()[-1]) for n in set(heads.values())) + r")\b")
    name, asked, answered = None, False, False
    for i, p in enumerate(paras):
        if i in heads:
            name, asked = heads[i], False
            as_nobodys(p)
        elif p.kind == "bold" or _labelled(p, QUESTION_LABELS):
            asked, answered = True, False  # a question set apart: the paragraph under it answers it
        elif _labelled(p, ANSWER_LABELS) and name and asked:
            p.label, p.marked_by, p.weak = name, SECTION, False  # "A. Nothing at all…" under her heading: hers
            answered = True
        elif p.kind == "plain" and name and asked and (not answered or _goes_on(body, p, surnames)):
            as_speakers(p, name, SECTION)
            answered = True
        elif p.kind == "plain" and i > min(heads):
            p.kind = "writer"  # the writer again ("Back on the carpet, …"), not the last section's voice running on
        elif p.kind not in ("plain", "blockquote"):
            name = None


# A press kit's or a programme's heading over one person's answers: "A CONVERSATION WITH SOLVEIG ARROWSMITH (MAGS)",
# "An interview with Kasimir Oti, director", "In conversation with …", "Q&A with …"
_CONVERSATION = re.compile(r"[#\s*_]*(?:(?:A|An|In)\s+(?:CONVERSATION|INTERVIEW|CHAT)|Q\s*&\s*A|Q\s*AND\s*A)\s+WITH\s+"
                           r"(?P<name>[^\W\d_][\w’'.\-]*(?:[ \t]+[^\W\d_][\w’'.\-]*){1,3})"
                           r"(?:\s*\([^()\n]{1,60}\)|,\s[^,\n]{1,40})?[\s*_:]*", re.I)

# What a conversation's heading can open with: its marks, white space, or the first letter of "A", "An", "In", "Q"
# in either case (re.I also reads İ and ı as i). A paragraph opening on anything else is not tried.
_CONVERSATION_OPENINGS = frozenset("#*_AaIiQq\u0130\u0131")


def may_head_conversation(first: str) -> bool:
    """Whether a paragraph opening on `first` may be a conversation's heading (_CONVERSATION)."""
    return first in _CONVERSATION_OPENINGS or first.isspace()


def conversations(paras: list[Para], body: str) -> None:
    """The answers under each heading that says whose conversation follows ("A CONVERSATION WITH SOLVEIG
    ARROWSMITH-BAPTISTE (MAGS TREWIN)") are that person's, up to the next such heading or one in capitals that
    heads something else ("CAST"); the questions stay the asker's (edits `paras` in place)."""
    name, ended, first = None, False, None
    for p in paras:
        head = _CONVERSATION.fullmatch(body, p.start, p.end) if may_head_conversation(body[p.start:p.start + 1]) \
            else None
        if head and _a_name(display_name(head.group("name"))):
            name, ended = display_name(head.group("name")), False
            as_nobodys(p)
            continue
        if not name:  # no conversation to go on with: only what follows one that ended is read
            if ended and p.kind == "plain":
                p.kind = "writer"
            continue
        text = body[p.start:p.end]
        if (text.isupper() and not text.rstrip().endswith("?") or
                p.kind == "bold" and PAGE_SECTION.match(body, p.content_start, p.content_end)):
            # "CAST", "ABOUT THE PRODUCTION", "## About HIGH SUMMER", "## Media Contacts": the notes go on in the
            # publicist's voice
            name, ended = None, True
            as_nobodys(p)
        elif p.kind == "plain" and _QUOTE_MARK.match(text) and \
                not _FIRST_PERSON.search(OUTSIDE_QUOTES.sub(" ", text)):
            p.kind = "writer"  # `"Dolores is the anchor…," said executive producer …`: the page quoting someone
        elif p.kind == "plain" and not text.rstrip(" *_").endswith("?"):
            as_speakers(p, name, SECTION)
            first = first or name
            p.desc = CONVERSATION if name == first else ""  # the piece's guest: the first conversation's person


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|our)\b")


def _goes_on(body: str, p: Para, surnames: re.Pattern) -> bool:
    """A second paragraph under a question still answers it: in the first person, naming no section's person and
    quoting nobody ("Back on the carpet, Marrow-Tandy was…", "Crown of Ash ends on Sunday." are the writer's)."""
    text = body[p.start:p.end]
    return _FIRST_PERSON.search(text) is not None and not _QUOTE_MARK.search(text) and not surnames.search(text)


def _heading_name(body: str, p: Para) -> str | None:
    """The person a heading names and nothing else, or None."""
    return name_in_heading(body[p.start:p.end])


def name_in_heading(heading: str) -> str | None:
    """The person a heading's text names and nothing else ("## Toby Hargreaves (Pip)"), or None."""
    text = _MARKS.sub("", heading)
    if text.rstrip().endswith(")") or "," in text:  # what every _ASIDE ends on or holds: most headings need no search
        text = _ASIDE.sub("", text)
    if "\n" in text or text.endswith(("?", ".", "!", ":")):
        return None
    return (display_name(text) if text.isupper() else text) if _a_name(text) else None


def _labelled(p: Para, labels: set[str]) -> bool:
    """A paragraph under a role's label of `labels` ("Q.", "A."), whoever the label stands for."""
    return p.kind == "label" and norm(p.label or "") in labels


# A name's particles in small letters or one capital ("Caoimhe Mhic Giolla-Batista", "Dervla Ó Ceallaigh", "Nur
# binti Hamdan"): FULL_NAME reads two words, so a heading of three is read word by word.
_NAME_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_PARTICLES = frozenset(_PARTICLE_WORDS) | frozenset("den ó ní nic mhic mac uí bin binti al el ben".split())


def _a_name(text: str) -> bool:
    """Whether `text` is one person's name and nothing else: not "The Nordics", "Latin America" (a region's section
    of a listings page), "The Cast"."""
    text = display_name(text) if text.isupper() else text
    words = text.split()
    if not 2 <= len(words) <= 4 or any(w.lower() in COMMON_WORDS for w in words) or a_place(words):
        return False
    if FULL_NAME.fullmatch(text) is not None:
        return True
    return len(words) >= 3 and words[-1][0].isupper() and all(_a_name_word(w) for w in words)


def _a_name_word(word: str) -> bool:
    """A particle, or a capitalised word of a name (not an initial, not an acronym)."""
    return word.lower() in _PARTICLES or (_NAME_WORD.fullmatch(word) is not None and word[0].isupper() and
                                          len(word) > 1 and not word.isupper())


def _sections_asking(paras: list[Para], body: str, heads: dict[int, str]) -> int:
    """How many sections hold a question set apart (a bold line ending on a question mark) put to their person,
    "you", or one a "Q." label asks: a gallery of people's headings with bold captions is no round-up of interviews, nor is one interview
    about the people it heads ("Why cast her as the queen?")."""
    asking, current = set(), None
    for i, p in enumerate(paras):
        text = body[p.start:p.end]
        if i in heads:
            current = i
        elif current is not None and (_labelled(p, QUESTION_LABELS) or p.kind == "bold" and
                                      text.rstrip(" *_").endswith("?") and _TO_YOU.search(text)):
            asking.add(current)
    return len(asking)


_TO_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


_NOT_NAME_MARKS = re.compile(r"[‹›<>«»\[\]()*_:]")  # brackets and marks a heading puts around a name
_MAX_NAME_WORDS = 4


def names_only(text: str, cast: Cast) -> bool:
    """`**‹Mandeep Dhillon›**`, `**JORJA FOX**`: a bold line that only names someone heads that person's section."""
    bare = _NOT_NAME_MARKS.sub(" ", text).strip()
    return bool(bare) and len(bare.split()) <= _MAX_NAME_WORDS and cast.find(bare) is not None \
        and match_strength(bare, cast.find(bare) or "") >= 2
