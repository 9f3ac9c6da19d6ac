"""Quotes no speech verb claims, given by the conventions papers write by: a long quote attributed once, in its
last paragraph; a profile that quotes only its subject; a quote the narration leads to the subject; first-person
words after a sentence or two about the person a paragraph opens on."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Quote
from .asking import IN_FIRST_PERSON
from .cast import Cast, norm
from .layout import QUESTION_LABELS
from .label_kinds import SPEAKING_ROLES
from .words import whole_word_pattern
from .layout import Para
from .quote_spans import Found, holds_speech
from .pronouns import ROLE_NOUNS, about_subject, ends_on_subject, hands_over_to_subject, names_someone_else, \
    _others_named, names, subject_gender, without_asides
from .mentions import _a_person
from .subject import FULL_NAME
from .spoken_about import speaks_of

# The speaker's own voice at the quote's start: "For the record, I'm only up…", "We wore…", "My saas…"
# In the first person within its opening: its first words, its first sentence, or a short first sentence's next
# ("Just one. I'd open and close it for company.")
_FIRST_PERSON = re.compile(r"\W{0,3}(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|My|Our|Me)\b|[^.!?]{0,80}\b(?:I|my|me)\b|"
                           r"[^.!?]{1,30}[.!?][ \t]+(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|My|Our|Me)\b")


def one_voice(quotes: list[Quote], alone: list[bool], subject: str | None, body: str = "") -> list[Quote]:
    """In a profile that quotes its subject and, so far, nobody else, a paragraph opening on an unclaimed quote
    (`alone`: after a paragraph that brings in nobody else) is hers: papers attribute the first quotes and let the
    rest stand alone ("The 35-year-old reckons it's the science.", then a paragraph of her words). From where the
    first other voice is named on, nothing is guessed, up to the next section's heading: a co-star brought in near
    the end changes nothing before him, and a costume designer's letter under one lot of a catalogue nothing under
    the next lot's heading."""
    if not subject or not any(q.speaker == subject for q in quotes) or \
            not any(q.speaker is None and first for q, first in zip(quotes, alone)):
        return quotes
    others = {q.speaker for q in quotes if q.speaker not in (None, subject)}
    voices = sorted([m.start() for other in others for m in whole_word_pattern(other.split()[-1]).finditer(body)] +
                    [q.start for q in quotes if q.speaker in others])
    return [Quote(subject, q.text, q.start, q.end) if q.speaker is None and first and
            not _voiced_since(voices, _section_start(body, q.start), q.start) else q
            for q, first in zip(quotes, alone)]


def _section_start(body: str, at: int) -> int:
    """Where the section holding `at` starts: its Markdown heading ("## Lot 46 · The ball gown"), else the body's
    start. A catalogue's or a magazine's sections each go back to the subject."""
    heading = body.rfind("\n#", 0, at)
    return 0 if heading == -1 else heading + 1


def _voiced_since(voices: list[int], start: int, at: int) -> bool:
    """Whether another voice is named or quoted at any of `voices` (sorted) from `start` up to `at`."""
    i = bisect_left(voices, start)
    return i < len(voices) and voices[i] < at


def runs_on_backward(quotes: list[Quote], runs_on: list[bool], opens: list[bool], body: str = "") -> list[Quote]:
    """A quote that runs on unclosed into the next paragraph is the words of whoever that paragraph's quote
    names: papers attribute a long quote once, in its last paragraph (`‘…` / `‘…,’ she said.`). Only into the
    very next paragraph: narration between ends the quote."""
    for i in range(len(quotes) - 2, -1, -1):
        if runs_on[i] and opens[i + 1] and quotes[i + 1].speaker and \
                _WORD.search(body, quotes[i].end, quotes[i + 1].start) is None:
            quotes[i] = Quote(quotes[i + 1].speaker, quotes[i].text, quotes[i].start, quotes[i].end)
    return quotes


_WORD = re.compile(r"\w")


# A magazine's topic label over the subject's words: "**On learning to blow glass:**", "*On Agnes:*"
_TOPIC_LABEL = re.compile(r"[ \t]*(?:(?:\*\*|__|[*_])?On\s+[^\n.!?:]{1,80}[:.](?:\*\*|__|[*_])?|#{1,6}[ \t]+On\s+[^\n.!?:]{1,80})"
                          r"[ \t]*")  # or a wiki's section heading: "## On the ending"


# A field of a fact file or a questionnaire at a line's start, and the thing it names, up to a quote: "**Book:** A
# road atlas, ", "**Luxury:** A lock gate. ", "Fave band: ", "Fave food: Mum's pie. " (a desert-island guest's
# choices, a teen magazine's fact file)
_FIELD_ITEM = re.compile(r"[ \t]*(?P<b>\*\*|__)?(?P<field>[A-Z][^\n*_:“”\"]{0,30}):(?(b)(?P=b))[ \t]*"
                         r"(?:[^\n“”\"]{1,80}?[,.:;][ \t]*)?")


_FIELD_WORDS = 4  # "Worst habit", "Record to save": a field is named in a few words
_SAYS_IN = re.compile(r"\b(?:I|we|you|she|he|they|says|said|asks|asked|tells|told)\b", re.I)


def field_answer(body: str, start: int, quote: Found, cast: Cast) -> bool:
    """A quote after a fact file's field about the subject ("Worst habit: “Biting my nails…”", "**Luxury:** A lock
    gate. “Just one…”") in a paragraph from `start`: their answer, when the field is no person, role or question and
    the line names nobody else."""
    mark, said = quote.mark_start, body[quote.start:quote.end]
    line = body.rfind("\n", start, mark) + 1 or start
    m = _FIELD_ITEM.fullmatch(body, line, mark)
    if m is None or not (_FIRST_PERSON.match(said) or m.end("field") + 2 >= mark - 1):
        return False
    field = m.group("field")  # "Máire's verdict:" is someone's, whose words follow
    if len(field.split()) > _FIELD_WORDS or _SAYS_IN.search(field):
        return False  # "As she later says in the film:": a sentence leading into someone's line, no field
    return not (re.search(r"[’']s\b", field) or re.fullmatch(ROLE_NOUNS, field.lower()) or cast.find(field) or
                FULL_NAME.search(body, line, mark) or norm(field) in QUESTION_LABELS or
                norm(field).split()[0] in SPEAKING_ROLES)


_POSSESSIVES = frozenset("His Her Their Our My Your Its".split())  # "His British mother": whose, not a first name
# A title in quote marks of a few capitalised words ("Abide With Me"), never anyone speaking
_QUOTED_TITLE = re.compile(r"[“\"][A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|a|an|and|at|by|for|in|my|of|on|the|to|with))"
                            r"{0,6}[”\"]")


# A question the narration reports ("A reporter asked what the win meant back home.", "Marsh opened by asking
# whether her family watched"), and whom it was put to, when it names them
_REPORTED_QUESTION = re.compile(r"\b(?:asked|asking|wanted to know|wondered)\b(?=[^.!?]*\b(?:what|whether|if|how|why|"
                                r"who|when|where|about)\b)")
_ASKED_WHOM = re.compile(rf"\b(?:asked|asking)\s+{FULL_NAME.pattern}")


def reports_a_question(text: str) -> bool:
    """Whether the narration reports a question being put ("asked what the win meant", "wanted to know whether")."""
    return _REPORTED_QUESTION.search(text) is not None


def _asked_of_subject(text: str, subject: str) -> bool:
    """A paragraph reporting a question, quoting nothing and putting it to nobody named but the subject: the
    quote paragraph after it is her answer (a press room's "Another reporter asked about the long gap.")."""
    if holds_speech(text) or not reports_a_question(text):
        return False
    return all(m.group(1) == subject for m in _ASKED_WHOM.finditer(text))


def led_to_subject(body: str, p: Para, mark: int, previous: Para | None, opens_paragraph: bool, subject: str,
                    cast: Cast, said: str = "") -> bool:
    """An unclaimed first quote of a paragraph the narration leads to the subject: a quote alone after a paragraph
    about her ("## 5. She almost turned it down"), or after narration in its own paragraph that says she speaks
    ("Sign language, she explains, is her first language. “I dream in sign.”"), or that names nobody else before a
    quote in the first person (`said`: the quote's words); or a topic label over it ("**On grief:**")."""
    if opens_paragraph:
        return previous is not None and (about_subject(body[previous.start:previous.end], subject, cast) or
                                         ends_on_subject(body[previous.start:previous.end], subject, cast, body) or
                                         _TOPIC_LABEL.fullmatch(body, previous.start, previous.end) is not None or
                                         _asked_of_subject(body[previous.start:previous.end], subject) or
                                         _under_item(body[previous.start:previous.end], said, subject, cast))
    if _TOPIC_LABEL.fullmatch(body, p.start, mark):
        return True  # "**On grief:** “My father died…”"
    if whole_word_pattern(subject.split()[-1]).search(said):
        return False  # words naming her are about her ("“Well, Dormer is a British actress…”", the writer's line)
    return hands_over_to_subject(body, p.start, mark, subject, cast) or \
        _profile_goes_on(body[p.start:mark], said, subject, cast, body)


# A list's item set in bold on a line of its own ("**3. Tortoiseshell sunglasses, £145**", "<strong>A grey
# stone</strong>"): what a "what's in my bag" or "things I can't live without" page quotes its subject under.
_ITEM_HEADING = re.compile(r"[ \t]*(?:\*\*|__|<(?:strong|b)>)(?:\d{1,2}[.)][ \t]*)?[^\n*<>]{1,90}?(?:\*\*|__|</(?:strong|b)>)"
                           r"[ \t]*\Z")


def _under_item(heading: str, said: str, subject: str, cast: Cast) -> bool:
    """A quote in the first person alone under a list item's bold heading that names nobody else: the subject's
    words about the thing (whoever she quotes inside them)."""
    return _ITEM_HEADING.match(heading) is not None and IN_FIRST_PERSON.search(said) is not None and \
        not names_someone_else(heading, subject, cast)


def _profile_goes_on(before: str, said: str, subject: str, cast: Cast, body: str) -> bool:
    """A profile goes on in its subject's words after narration that names nobody but them ("Shooting in July
    meant 46-degree heat. “We wore wool…”", "The star, 31, grew up in Ajman. “People in the mall shout my line…”"):
    a quote of someone else's would name them. Not a role's line, nor after narration naming anyone else (a
    co-star, a cutter: "Her cutter, Dom Asante, has worked with her for years. “Dom can look…”") unless it speaks
    of them as a "he" or "she" she cannot be (see _said_of); a title in italics, a clause about her or the topic of
    a question names nobody who speaks (see without_asides). Quotes after a question the narration asks answer it
    ("What does she keep? “Nothing…”"), after a sentence about her are hers ("Her advice is blunt. “Learn your
    lines…”"); any other needs her first person, or a generic "you" right after narration naming her."""
    narration = before.rstrip(" \t*_")
    if not said or not narration.endswith((".", "!", "?")):
        # a quote finishing the narration's sentence ("Her catchphrase is “…”") is a phrase it quotes
        return False
    short = subject.split()[-1]
    before = _QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)), before)  # "Abide With Me": a song, nobody
    others = [m.group(1) for m in FULL_NAME.finditer(without_asides(before)) if m.group(1) != subject and
              short not in m.group(1) and m.group(1).split()[0] not in _POSSESSIVES] + \
        [n for n in cast.names if n != subject and names(before, n)]
    if others or names_someone_else(before, subject, cast):
        return _said_of(said, others or _others_named(before, subject), subject, body)
    # a generic "you" is her experience told in the second person when the narration has just named her ("For
    # years Okafor was the actress directors called "almost". “You learn to hear the no…”")
    return bool(_FIRST_PERSON.match(said) or narration.endswith("?") or ends_on_subject(before, subject, cast, body)
                or _GENERIC_YOU.match(said) and names(before, subject, body))


# "You are…", "You should…" speak to someone; "You learn…", "You get very good at…" tell what one goes through
_GENERIC_YOU = re.compile(r"\W{0,3}You\b(?! (?:are|were|have|had|will|should|must|need)\b)")
_OPENING_PRONOUN = re.compile(r"\W{0,3}(She|He)\b")


def _said_of(said: str, others: list[str], subject: str, body: str) -> bool:
    """A quote that opens on a "he"/"she" the subject's own gender rules out, after narration naming one other
    person: the subject's words about them ("The writer, Jan Vos, rewrote it. “He listened, which is rare.”").
    A quote opening on their name may be anyone's about them (a third person's, the narration's next speaker)."""
    if len(set(others)) != 1:
        return False
    gender = _opening_gender(said)
    return gender is not None and subject_gender(subject, body) not in (gender, None)


# Who someone is, before their name, with no "the": "Northfield's former England winger ", "Hospice chief
# executive " (an organisation, then words ending on a trade in small letters)
TRADE_HEAD = r"[A-Z][\w’'\-]*(?:[’']s)?\s+(?:[\w’'\-]+\s+){0,2}?[a-z][\w\-]*,?\s+(?=[A-Z])"
# Nouns for a work or a channel, not a trade: "the drama Night Harbour returns", "the podcast Dead Air"
_WORKS = frozenset("""drama sitcom soap thriller telenovela miniseries docuseries series serial procedural show film
movie channel network programme program podcast book novel album band play musical documentary special""".split())
# A paragraph opening on someone in full, then what they did: "Dominic Tregaskis-Oyo, who played her boyfriend,
# joined from Vancouver at six in the morning.", "Her co-star, Ines Abara, confirmed it by email:", "Professor
# Hortense Byrne, who directed that production, remembers…". The trade before the name may be set off by commas.
_OPENER = re.compile(rf"[ \t*_]*(?:(?:[Hh]er|[Hh]is|[Tt]heir|[Ff]ellow|[Tt]he)\s+(?:[\w-]+\s+)?{ROLE_NOUNS},?\s+|"
                     rf"{TRADE_HEAD}|"
                     rf"(?:Professor|Dr\.?|Dame|Sir)\s+(?:Emerita\s+|Emeritus\s+)?)?{FULL_NAME.pattern}"
                     rf"(?:,[^,.!?“”\"\n]{{1,120}},)?,?[ \t]+[a-z]")
_OPENER_SENTENCES = 2  # the narration before the quote: a sentence or two about them, not a page


def opener_speaks(before: str, quote: Found, cast: Cast, body: str, subject: str | None = None) -> str | None:
    """An unclaimed quote after a sentence or two about the person the paragraph opens on, by full name, that name
    nobody else: their words ("Dominic Tregaskis-Oyo … joined from Vancouver at six in the morning. “For the
    record, I'm only up because…”"), as the cast knows them; None for any other quote. The quote is in the first
    person, or handed over with a colon, or speaks of the article's subject as he or she ("Her old teacher, Ann
    Lutz, remembers a student who swept the stage. “She was never the loudest…”")."""
    said = body[quote.start:quote.end]
    m = _OPENER.match(before)
    text = before.rstrip(" \t*_")
    if not m or not said or not text.endswith((".", "!", ":")) or text.count(". ") >= _OPENER_SENTENCES or \
            not (_FIRST_PERSON.match(said) or text.endswith(":") or _of_the_subject(said, subject, body)):
        return None
    name = m.group(1)
    if subject and (name == subject or subject.split()[-1] in name):
        return None
    rest = before[m.end(1):]
    trade = before[:m.start(1)].rstrip(" ,").rsplit(None, 1)[-1:]
    by_trade = bool(trade) and trade[0].islower() and trade[0] not in _WORKS
    if any(n.group(1) != name for n in FULL_NAME.finditer(without_asides(rest))) or \
            names_someone_else(rest, name, cast) or not (_a_person(name, body) or rest.startswith(", who ") or by_trade):
        return None  # "Night Desk returns to BBC One…": a show opening the paragraph is nobody speaking
    return cast.find(name) or cast.add(name)


def _of_the_subject(said: str, subject: str | None, body: str) -> bool:
    """A quote opening on the "he"/"she" the article's subject is, or naming the subject in the third person ("Her
    director, Tariq Omran, said he cast her after one reading. “Hessa listens on camera.”")."""
    if not subject:
        return False
    gender = _opening_gender(said)
    return gender is not None and subject_gender(subject, body) == gender or speaks_of(said, subject)


def _opening_gender(said: str) -> str | None:
    """The gender of the "She" or "He" a quote opens on, or None."""
    pronoun = _OPENING_PRONOUN.match(said)
    return None if pronoun is None else "f" if pronoun.group(1) == "She" else "m"
