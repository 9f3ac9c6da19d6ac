"""What an answer's shape says before its lines are cut and ranked as pull-quotes: a chat typed in lower case, a
quote wholly inside its own marks, an answer doing to "it" what its question asks about, a death notice."""

from __future__ import annotations

import re

from .extract.words import COMMON_WORDS
from .quote_features import FINITE

# A death told as news ("…, dies at 84: co-stars pay tribute", "has died at the age of 84"): the piece is a death
# notice, its quotes old ones and tributes, and an editor prints none as a pull-quote. Not a death told in the past
# ("her co-star, who died aged 67 in March"), a character's ("Nell dies at the end of series two"), nor a clock.
_DEATH_NOTICE = re.compile(r"\b(?:has died|dies|is dead)\s+(?:aged|at the age of|at)\s+\d{2,3}\b"
                           r"(?!\s*(?:[:.]\d|[ap]\.?m\b|o[’']clock\b))", re.I)
_LEAD_NEWS_CHARS = 600  # the headline's news is told again in the lead's first sentences


_DEATH_WORDS = ("die", "dead")  # every match of _DEATH_NOTICE holds one of these, in some case


def death_notice(title: str, body: str) -> bool:
    """Whether the headline or the lead tells a death as news: the piece is a death notice, not an interview."""
    return _tells_death(title, len(title)) or _tells_death(body, _LEAD_NEWS_CHARS)


def _tells_death(text: str, end: int) -> bool:
    """_DEATH_NOTICE.search(text, 0, end) is not None. An ASCII text is searched only when it holds one of
    _DEATH_WORDS in lower case: the pattern, led by a word boundary and blind to case, is tried at every character,
    and nearly no lead speaks of a death (re.I folds `ı` and `İ` into `i`, so a text beyond ASCII is searched)."""
    lead = text[:end]
    if lead.isascii():
        lower = lead.lower()
        if not any(word in lower for word in _DEATH_WORDS):
            return False
    return _DEATH_NOTICE.search(text, 0, end) is not None


# How chat is typed: a stop, then the next sentence on a small letter ("…at all. they sent me…"); a capital after a
# stop other than "I" is how prose is typed.
_SMALL_AFTER_STOP = re.compile(r"[.!?…][.!?…]*[”\"’']?\s+(?=[a-z])")
_CAPITAL_AFTER_STOP = re.compile(r"[.!?…][.!?…]*[”\"’']?\s+[“\"‘']?(?!I\b|I[’'])(?=[A-Z])")
_LEAST_SMALL_STARTS = 2  # one small letter after a stop may be "a.m. and…"; two, with no capital after any, is how they type


_MARKS_AROUND = ("“", "”"), ('"', '"')  # a whole turn in these is the speaker's own words quoted


def inside_its_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """A turn wholly inside one pair of quotation marks ('> "My dad was a ferry engineer. He…"' in a round-up of
    quotes) without them: the marks quote the speaker, not someone the speaker quotes."""
    for opening, closing in _MARKS_AROUND:
        if end - start > 2 and body[start] == opening and body[end - 1] == closing and \
                opening not in body[start + 1:end - 1] and closing not in body[start + 1:end - 1]:
            return start + 1, end - 1
    return start, end


def types_in_lower_case(body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the interviewee types in lower case, as in a chat (`spans`: their turns): their sentences start on
    small letters after a stop more often than on capitals, at least twice. Their sentences are then cut there too,
    a sentence may open on a small letter and a message end on no stop."""
    small = sum(len(_SMALL_AFTER_STOP.findall(body, s, e)) for s, e in spans)
    return small >= _LEAST_SMALL_STARTS and small > sum(len(_CAPITAL_AFTER_STOP.findall(body, s, e)) for s, e in spans)


def lower_case_sentences(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of a span typed in lower case: cut after each stop a small letter follows."""
    cuts = [m.end() for m in _SMALL_AFTER_STOP.finditer(body, s, e)]
    return [(a, len(body[a:b].rstrip()) + a) for a, b in zip([s] + cuts, cuts + [e])]


# The speaker doing what the question asks about to "it" or "them" ("Do you drive the truck?" "I drive it…"), not to
# a thing the words after it say ("I love it when…").
_ECHO = re.compile(r"(?:I|We)(?:\s+(?:really|actually|just|still|only|never|always|do|did|can|could))?\s+"
                   r"(?!(?:think|thought|know|knew|guess|feel|felt|believe|said|say|find|found)\b)([a-z]{3,})\s+"
                   r"(?:it|them|him|her)\b(?![’']|\s+(?:when|that|to|if|here|there|how|is|was|were|would|will|has|had)\b)")
_STEM = 4  # letters of a verb that stand for it in the question ("drive", "driving"; "watch", "watched")


# A question asking yes or no ("Do you actually drive the truck?"): its answer goes on from the yes. An answer to
# "Where did you film it?" says where, its "it" no lean on the question.
_YES_NO = re.compile(r"\b(?:Do|Did|Does|Have|Has|Can|Could|Will|Would|Are|Is|Were|Was)\s+(?:you|they|we|he|she)\b[^?]*\?")


def echoes(plain: str, question: str) -> bool:
    """The line opens on the verb of a yes-or-no question done to a pronoun: the pronoun is the question's thing."""
    m = _ECHO.match(plain)
    if m is None:
        return False
    verb = re.compile(rf"\b{re.escape(m.group(1)[:_STEM])}", re.I)
    return any(verb.search(q.group(0)) for q in _YES_NO.finditer(question))


# An answer whose first sentence names a thing and says nothing of it ("A mission patch and a bruise shaped like
# Hungary.", "Two weeks in a county lab outside Lansing.", "Getting out of double maths on a Thursday."): it answers
# what was asked ("What did you bring home?") and means nothing without it. Not a statement about the thing ("A real
# bat flew in during the séance scene.", "A crew let me ride with them."), nor "Nothing", "Something" as a subject.
_NAMES_A_THING = re.compile(r"(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Thirty|Forty|Fifty|Half|"
                            r"Lots|Plenty)\b|(?!(?:Noth|Someth|Everyth|Anyth)ing\b)[A-Z][a-z]{2,}ing\s+[a-z]")
_FIRST_SENTENCE = re.compile(r"[^.!?…]*")
_WORDS = re.compile(r"[a-z]+")
# Verbs in the past that FINITE does not list (it reads auxiliaries, common verbs and a pronoun before a word).
_IRREGULAR_PAST = frozenset("flew ran let came went took gave got found sat stood fell broke wrote drove rode ate drank "
                            "sang swam threw caught bought brought taught fought kept left lost met paid put sent spent "
                            "slept spoke stole stuck swore tore woke won wore hit cut began became grew knew held hung "
                            "led lit shook shot sold told".split())


def answers_alone(plain: str, question: str) -> str | None:
    """Why the first words of an answer mean nothing without its `question`, or None: a thing named and nothing said
    of it, or "it" doing what the question asks about (see echoes)."""
    if _NAMES_A_THING.match(plain):
        first = _FIRST_SENTENCE.match(plain).group()
        if FINITE.search(first) is None and _IRREGULAR_PAST.isdisjoint(_WORDS.findall(first)):
            return "names a thing and says nothing of it: it answers its question ('Two weeks in Lansing.')"
    if question and echoes(plain, question):
        # "Do you actually drive the truck?" "I drive it forty metres…": "it" is the thing the question names
        return "its 'it' is what the question names ('I drive it…' after 'Do you drive the truck?')"
    return None


# A yes-or-no question the narration reports ("Asked whether she is dating anyone", "When I ask if he…", "Pressed on
# whether…") or asks itself ("Is she a good sailor herself?"), near the end of the narration before a quote.
_REPORTED_YES_NO = re.compile(r"(?:\b(?:[Aa]sked|[Pp]ressed(?: on)?|[Qq]uizzed(?: on)?|[Ww]hen (?:I|we) ask(?:ed)?"
                              r"(?: (?:her|him|them))?)\s+(?:whether|if)\b[^.!?\n]*"
                              r"|(?:\A|[.!?…]\s+)(?:Is|Are|Was|Were|Does|Do|Did|Has|Have|Can|Could|Will|Would)\s+"
                              r"(?:she|he|they|it|there)\b[^.!?\n]*\?)")
_ASKED_REACH = 200  # characters of the narration's end searched: the question and a "she laughs." after it
_AFTER_ASKED_WORDS = 6  # "…, she smiled.", "She laughs.": a longer narration after the question has moved on


def reports_yes_no(body: str, start: int, end: int) -> bool:
    """Whether the narration body[start:end] ends by reporting or asking a yes-or-no question, so the quote after it
    opens on its answer."""
    tail = body[max(start, end - _ASKED_REACH):end]
    last = None
    for last in _REPORTED_YES_NO.finditer(tail):
        pass
    return last is not None and len(tail[last.end():].split()) <= _AFTER_ASKED_WORDS


# Parts of a name that are no name alone: particles ("van", "de la") and parts shorter than this.
_NAME_PARTICLES = frozenset("van von der den de del della di da das dos du la le las los bin binti ibn al el ben st "
                            "mac jr sr".split())
_SHORTEST_NAME_PART = 3
# A speaker who names themselves this often in their own answers talks of themselves in the third person ("Bunmi
# doesn't do mornings."): their name in a line is theirs to say. Once or twice, it is someone else's words about them
# given to them (a director's "Valentina cries with her whole body," she said).
_THIRD_PERSON_HABIT = 3


def named_by_others(name: str | None, body: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The parts of the interviewee's name a line about them would call them by, each given and family name
    ("Valentina", "Ospina", "Castellanos", "Pryor"), not particles nor everyday words ("Will", "Rose"); none when
    their own answers (`spans` of `body`) name them often enough to be their way of talking."""
    parts = (name or "").replace("-", " ").split()
    names = tuple(p for p in parts if len(p) >= _SHORTEST_NAME_PART and p[:1].isupper()
                  and p.lower() not in _NAME_PARTICLES and p.lower() not in COMMON_WORDS)
    return () if sum(names_anyone(body[s:e], names) for s, e in spans) >= _THIRD_PERSON_HABIT else names


def names_anyone(text: str, names: tuple[str, ...]) -> int:
    """How many times a part of `names` stands in `text` as a whole word ("Valentina's" too), not in quotation
    marks: "They still call me 'Marisol the Menace'" is the speaker telling what others call them."""
    found = 0
    for name in names:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum() and text[at - 1] not in _OPENING_MARKS) and \
                    (end == len(text) or not text[end].isalnum()):
                found += 1
            at = text.find(name, end)
    return found


_OPENING_MARKS = "'‘\"“"  # before a name someone else calls the speaker by
