"""A paragraph between answers in which the journalist watches the subject ("She laughs", "He pauses") or reports
someone's words after the last one ("Afterwards, Kofi admitted…: “…”")."""

from __future__ import annotations

import re

from .pronouns import OUTSIDE_QUOTES, subject_gender
from .name_words import WORD_CHAR
from .words import whole_word_pattern

# A paragraph opening on a pronoun and what she does as the journalist watches, in the present: "She laughs",
# "He pauses, then shrugs". Past tense is too often the subject's own story about someone ("She said no.").
_SCENE = re.compile(r"[*_]*(?P<who>She|He|They)[ \t]+(?:(?:just|only|then|briefly)[ \t]+)?"
                    r"(?:laughs|pauses|smiles|shrugs|sighs|grins|nods|winces|beams|chuckles|leans|stops|hesitates|"
                    r"looks|glances|takes|sips|checks|considers|thinks|frowns|blushes|groans|gestures|points)\b")
_SCENE_GENDERS = {"She": "f", "He": "m", "They": ""}
# "**Verdict:** she is funnier than the show lets her be.": a bold lead-in and the subject spoken of, the
# journalist's closing word; an answer under a bold field ("**Favourite snack:** crisps") does not speak of her.
_VERDICT = re.compile(r"(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)[ \t]*:?[ \t]*(?P<who>[Ss]he|[Hh]e|[Tt]hey)\b")


def _other_gender(interviewee: str | None, body: str) -> str | None:
    """The gender the subject is not, when the article gives hers."""
    gender = subject_gender(interviewee, body) if interviewee else None
    return {"f": "m", "m": "f"}.get(gender or "")


def sets_the_scene(text: str, interviewee: str | None, body: str) -> bool:
    """Whether `text` opens on a pronoun that can be the subject and what she does as the journalist watches (but
    "He takes one look at the script…" of a woman is her story about someone else, in the present as told), or on
    a bold lead-in that goes on to speak of her."""
    scene = _SCENE.match(text) or _VERDICT.match(text)
    return scene is not None and _SCENE_GENDERS[scene.group("who").title()] != _other_gender(interviewee, body)


_SENTENCE_WORDS = 5  # words in marks that are someone's words, not a title ("the FX comedy "Grange Motors"")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b")  # the speaker's own words


def reports_words_of(text: str, people: tuple[str, ...]) -> bool:
    """After a host's or a co-star's turn, a paragraph holding someone's words that names one of `people` (full
    names: the speaker whose turn it was, the subject) by first name or surname outside the marks, with no first person
    there ("Afterwards, Kofi admitted the quiz was hard. “…”", "Máire's verdict: “…”"): the journalist reporting
    them, as no speaker names themselves."""
    if text.lstrip("*_").startswith(("“", '"')) or \
            not any(len(q.group().split()) >= _SENTENCE_WORDS for q in OUTSIDE_QUOTES.finditer(text)):
        return False
    own = OUTSIDE_QUOTES.sub(" ", text)
    names = {part for person in people for part in (person.split()[0], person.split()[-1]) if len(part) > 2}
    return not FIRST_PERSON.search(own) and any(whole_word_pattern(n).search(own) for n in names)


_PET_NAME = 3  # letters of a first name cut short that still name its bearer ("Dom" of Dominic, "Kat" of Katya)


def names_subject(text: str, interviewee: str) -> bool:
    """Whether `text` (words outside quotes) names the subject: by surname, or by first name, whole or cut short,
    as a sentence's subject ("Dom will be signing photos…" of Dominic Achterberg-Wray; a sign-off's "Best, Ravi"
    is no sentence about him)."""
    first, surname = interviewee.split()[0], interviewee.split()[-1]
    if whole_word_pattern(surname).search(text):
        return True
    return any(first.startswith(word) for word in _words_opening(first[:_PET_NAME], text))


def _words_opening(prefix: str, text: str) -> list[str]:
    """The group of each match of re.finditer(rf"\\b({prefix}\\w*)[ \\t]+[a-z]", text), by plain finds and a pattern
    compiled once: a pattern per subject was compiled for every article."""
    if not prefix or not WORD_CHAR.match(prefix):
        return [m.group(1) for m in re.finditer(rf"\b({re.escape(prefix)}\w*)[ \t]+[a-z]", text)]
    found, pos, at = [], 0, text.find(prefix)
    while at != -1:
        if at >= pos and (at == 0 or not WORD_CHAR.match(text, at - 1)):
            m = _WORD_THEN_LOWER.match(text, at + len(prefix))
            if m:
                found.append(prefix + m.group(1))
                pos = m.end()
        at = text.find(prefix, at + 1)
    return found


_WORD_THEN_LOWER = re.compile(r"(\w*)[ \t]+[a-z]")
