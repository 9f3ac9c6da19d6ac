"""Who a stretch of prose mentions, in order: the people a later "he" or "she" can point back to."""

from __future__ import annotations

import re
from functools import lru_cache

from .cast import NOT_NAME_WORDS, Cast, short_form
from .pronouns import KIN, OUTSIDE_QUOTES, ROLE_NOUNS, gender_leaning, gender_of
from .subject import FULL_NAME
from .trades import given_trade
from .characters import characters_played
from .sections import name_in_heading
from .words import COMMON_WORDS, DESK_WORDS, whole_word_pattern
from .scan import led_by_first

ROLE_MENTION = re.compile(rf"[Tt]he (?:\d+-year-old |[\w-]+ )?({ROLE_NOUNS})")  # "the actress", "the 34-year-old star"


def remember(recent: list[str], person: str) -> str:
    """Move `person` to the end of `recent`, the people in the order last mentioned; return them."""
    if person in recent:
        recent.remove(person)
    recent.append(person)
    return person


def note_mentions(text: str, cast: Cast, recent: list[str], body: str = "") -> str | None:
    """Move everyone `text` names to the end of `recent`, in the order `text` names them; return the last named
    (at one position, the one the cast knew first), or None. "The showrunner" names the one person `body` gives
    that trade ("showrunner Delphine Achterberg"), so a "she said" after it is hers."""
    spots = []
    if text[:1] == "#" and (headed := name_in_heading(text)) and not cast.find(headed):
        cast.add(headed)  # "### Toby Hargreaves-Nwosu (Pip)": the section's person, whom its "he" goes on with
    for order, name, forms in _forms(cast, body):
        for form in forms:
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


def _forms(cast: Cast, body: str) -> list[tuple[int, str, set[str]]]:
    """Each of the cast a "she" can point back to, with its place in the cast and the forms it is written in: read
    once for each size of the cast, as every stretch between an article's quotes is asked about all of them."""
    size, read_for, forms = cast.__dict__.get("_forms", (-1, None, []))
    if size != len(cast.names) or read_for is not body:
        roles = characters_played(body) if body else frozenset()
        # "told The Backlot Report she…", "who plays Marisol Quell", a desk: no "she" points back to them
        forms = [(order, name, {name, short_form(name, body)}) for order, name in enumerate(cast.names)
                 if not (name.startswith("The ") or name in roles or any(w.lower() in DESK_WORDS for w in name.split()))]
        cast.__dict__["_forms"] = (len(cast.names), body, forms)
    return forms


def named_before(text: str, gender: str, genders: dict[str, str | None], body: str, followed: str | None) -> str | None:
    """Whom "he" or "she" stands for when nobody the prose followed (`followed`, tracked among the cast) is known
    to be of that gender: the last person `text` names in full, or by a surname it writes in full elsewhere, after
    `followed` was last named, whom the article or the rest of that sentence gives that gender ("Petersen, 54,
    reveals that science was something he…" then `“…,” he told WOWOW.` in an actress's profile); when `followed`
    is, if only once, given the other gender, anyone named after them whom nothing contradicts. Quoted words and names
    paired with one in brackets are left out."""
    # an actor and a character side by side ("Willows (Marg Helgenberger)"), in either order: neither is a
    # mention to point back to
    text = _PAIRED.sub(lambda m: " " * len(m.group()), OUTSIDE_QUOTES.sub(lambda m: " " * len(m.group()), text))
    last: dict[str, int] = {}  # where each person is last named
    for m in FULL_NAME.finditer(text):
        last[m.group(1)] = m.end()
    for m in _SURNAME.finditer(text):  # "Petersen, 54, reveals", "Scott, 35, has": one name, written in full elsewhere
        last[Cast.expand(m.group(0), body)] = m.end()
    since = last.pop(followed, -1) if followed else -1
    after = _people_after(text, last, since, body)
    for person in sorted(after, key=after.get, reverse=True):
        if gender_of(person, genders, body) == gender or genders[person] is None and _said_of(text, after[person], gender):
            return person
    if followed and (genders.get(followed) or gender_leaning(followed, body)) not in (gender, None):
        # or, failing that, the one the paragraph before brings in, though it names `followed` after them ("Co-star
        # Lachlan Vey reckons Kiri is the best vet on TV." then `“…,” he tells…` in her profile); a quote opening
        # its paragraph only ("Marsh-Ebo insists… “…,” the actor says." is hers, whoever came before)
        kept = text.rstrip()
        lead_in = kept.rfind("\n\n") if "\n\n" in text[len(kept):] else -1
        before = _people_after(text, last, lead_in, body) if 0 <= lead_in < since else {}
        return next((n for n in sorted(after, key=after.get, reverse=True) if genders[n] is None), None) or \
            next((n for n in sorted(before, key=before.get, reverse=True)
                  if gender_of(n, genders, body) in (gender, None)), None)
    return None


def _people_after(text: str, last: dict[str, int], since: int, body: str) -> dict[str, int]:
    """The people of `last` (each with where `text` last names them) named after `since`, not characters."""
    return {n: at for n, at in last.items() if at > since and " " in n and n.split()[0].lower() not in _NOT_FIRST_NAMES
            and not _PLAYED.search(text, max(0, at - len(n) - _ROLE_REACH), at - len(n)) and _a_person(n, body)}


def introduced_here(text: str, gender: str, genders: dict[str, str | None], body: str) -> str | None:
    """Whom "he" or "she" after a quote stands for when its paragraph (`text`, up to the quote) brings in someone
    the prose had not been following: the last person it names in full, or by a surname written in full elsewhere,
    whom the article gives that gender or leans to ("…played by newcomer Ffion Rhys-Abbott, 19. She is still dazed.
    “…,” she says."), or whose gender it never tells when they open the sentence the quote follows
    ("Rhys-Abbott, reached in Cardiff, confirms this. “…,” she says.")."""
    text = _PAIRED.sub(lambda m: " " * len(m.group()), OUTSIDE_QUOTES.sub(lambda m: " " * len(m.group()), text))
    last: dict[str, tuple[int, int, int]] = {}  # each person's first mention, and where the last one starts and ends
    for rx in (FULL_NAME, _SURNAME):
        for m in rx.finditer(text):
            if "\n" in m.group(0) or m.group(0).lower() in COMMON_WORDS:  # "She added", a heading's last words
                continue
            name = m.group(1) if rx is FULL_NAME else Cast.expand(m.group(0), body)
            last[name] = (last.get(name, (m.start(), 0, 0))[0], m.start(), m.end())
    opener = last_sentence_opening(text)
    roles = characters_played(body)
    for person, (first, at, end) in sorted(last.items(), key=lambda kv: kv[1][2], reverse=True):
        if " " not in person or person.split()[0].lower() in _NOT_FIRST_NAMES or person in roles or \
                person.split()[0] in roles or _PLAYED.search(text, max(0, first - _ROLE_REACH), first) or \
                not _a_person(person, body) or _after_own_pronoun(text, at, gender):
            continue
        told = gender_of(person, genders, body) or gender_leaning(person, body)
        if told == gender or told is None and opener is not None and first <= opener + 1 and end > opener:
            return person
    return None


def back_to_subject(text: str, subject: str | None, genders: dict[str, str | None], body: str) -> bool:
    """A paragraph of narration that names nobody and goes on with "she" (or "he") of the subject's gender is about
    the subject: a profile comes back to her after quoting someone else ("There was a moment she wanted to walk
    away."), so the next "she says" is hers, not the last woman quoted."""
    if not subject or _NAMES_SOMEONE.search(text):
        return False
    wanted = gender_of(subject, genders, body)
    return wanted is not None and any(_letter(g) == wanted for g in _GENDERED.finditer(text))


# A capitalised word inside a sentence (not its first), or two together anywhere: someone or something named.
_NAMES_SOMEONE = led_by_first(r"(?<=[\w,;:] )[A-Z]|\b[A-Z][\w’'\-]*\s+[A-Z]")


def _after_own_pronoun(text: str, at: int, gender: str) -> bool:
    """The sentence naming someone at `at` has "she" (or "he") before them: that pronoun is its subject and they
    an object ("For the tour she borrowed a suit from a young designer, Ishbel Moncur-Addo."), not whom the
    next "she" goes on with."""
    opening = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    return any(_letter(g) == gender for g in _GENDERED.finditer(text, opening, at))


def last_sentence_opening(text: str) -> int | None:
    """Where the last sentence of `text` (the one a quote follows) opens; None when `text` holds no sentence."""
    stripped = text.rstrip()
    if not stripped:
        return None
    at = max(stripped.rfind(". ", 0, len(stripped) - 1), stripped.rfind("\n"))
    return at + 2 if at >= 0 else len(text) - len(text.lstrip())


@lru_cache(maxsize=512)  # asked again for every pronoun of a long article: once per name and article
def _a_person(name: str, body: str) -> bool:
    """A name the article treats as a person's: one of its words used alone ("Petersen says"), an age after it
    ("Naren Shankar, 51,") or a trade before it ("executive producer Naren Shankar"), or a trade or a relation set
    off before it ("Her director, Ida Brandt,", "his old teacher, Ann Lutz,"); not "West End" or "New York"."""
    alone, described = _person_patterns(name)
    return alone.search(body) is not None or described.search(body) is not None or _set_off_after_role(name, body)


@lru_cache(maxsize=1024)
def _person_patterns(name: str) -> tuple[re.Pattern, re.Pattern]:
    """The two patterns `_a_person` looks for, compiled once a name: a word of it alone, and an age or a trade."""
    first, last, whole = (re.escape(w) for w in (name.split()[0], name.split()[-1], name))
    return (re.compile(rf"\b(?:{last}\b(?<!{whole})|{first}\b(?!\s+{last}))"),
            re.compile(rf"{ROLE_NOUNS}\s+{whole}|{whole},\s+\d{{1,3}},", re.I))


# "director, " or "teacher, " right before a name: searched only in the few characters before each ", " + name,
# by one pattern compiled once (a pattern per name holding every trade cost more to compile than all its searches)
_ROLE_SET_OFF = re.compile(rf"(?:{ROLE_NOUNS}|{KIN}),\s+\Z", re.I)
_SET_OFF_REACH = 40  # characters before a name: the longest trade and its comma


def _set_off_after_role(name: str, body: str) -> bool:
    """Whether `body` writes `name` right after a trade or a relation and a comma ("Her director, Ida Brandt")."""
    at = body.find(", " + name)
    while at != -1:
        if _ROLE_SET_OFF.search(body, max(0, at - _SET_OFF_REACH), at + 2):
            return True
        at = body.find(", " + name, at + 1)
    return False


def _said_of(text: str, end: int, gender: str) -> bool:
    """The rest of the sentence after a name goes on with "he" (or "she") of them and names nobody else."""
    rest = text[end:end + _SENTENCE_REACH]
    rest = rest[:min((i for i in (rest.find(". "), rest.find("\n")) if i >= 0), default=len(rest))]
    found = _GENDERED.search(rest)
    return found is not None and _letter(found) == gender and not FULL_NAME.search(rest)


# "who plays quarantine officer Mara Solveig"; "played by newcomer Ffion Rhys-Abbott" names the actor
_PLAYED = re.compile(r"\b(?:play(?:s|ed|ing)?(?![ \t]+by\b)|as)\b[^,.;]*\Z")
_ROLE_REACH = 40  # characters before a name where "plays" makes it a character
_SENTENCE_REACH = 200  # characters after a name searched for the pronoun that goes on with them
_GENDERED = re.compile(r"\b(?:(she|her)|he|him|his)\b")


def _letter(pronoun: re.Match) -> str:
    """The gender a match of _GENDERED gives: "f" for she/her, "m" for he/him/his."""
    return "f" if pronoun.group(1) else "m"
# "The Lodgers", "For Fox", "But Mendelsohn": a title, or a sentence's first word before a surname
_NOT_FIRST_NAMES = NOT_NAME_WORDS | frozenset("this that my his her their its".split())
_PAIRED = re.compile(r"(?:[A-Z][\w’'\-]+\s+)*[A-Z][\w’'\-]+\s*\([^()]{1,60}\)")
_SURNAME = re.compile(r"(?<![\w’'])[A-Z][a-z][\w’'\-]+(?=,|\s+(?:[a-z]|\d))")  # "Petersen, 54, reveals", "Fox says"


# People a report brings in by what they are, not by name ("A fan from Leeds", "One viewer", "A woman in the queue"),
# each with the pronoun's gender it takes (None: either).
_UNNAMED_PEOPLE = {**dict.fromkeys("woman girl lady mother mum mom grandmother gran daughter sister aunt wife".split(), "f"),
                   **dict.fromkeys("man boy father dad grandfather son brother uncle husband".split(), "m"),
                   **dict.fromkeys("fan viewer reader listener student pupil teenager child kid local resident "
                                   "neighbour neighbor shopper pensioner passer-by".split())}
# Such a person opening the sentence (or a live post, after its bold time) right before a "she"/"he" that reports
# speaking, the last thing before a quote: "A fan from Leeds has been queuing since 6am. She tells us it's her…"
_UNNAMED_THEN_PRONOUN = re.compile(r"(?:\A|(?<=[.!?*]))\s*(?P<det>An?|One)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
                                   + "|".join(_UNNAMED_PEOPLE) + r")\b"
                                   r"(?P<rest>[^.!?“”\"\n]{0,200})[.!?]\s+(?:She|He)\s+[a-z]+\b[^.!?“”\"\n]{0,120}"
                                   r"[.!?:,]?\s*\Z")
_THEIR_WORDS = re.compile(r"\b(?:her|him|his)\b")  # someone else of that gender in the person's sentence


def unnamed_before(text: str, gender: str) -> str | None:
    """Whom "she" or "he" right before a quote stands for when the sentence before it brings in a person by what
    they are ("A fan from Leeds has been queuing since 6am. She tells us…"): that person as the article words them
    ("A fan"), or None (a named person, a thing, or a sentence that names someone else of that gender too)."""
    m = _UNNAMED_THEN_PRONOUN.search(text, max(0, len(text) - 400))
    if m is None or _UNNAMED_PEOPLE[m.group("noun")] not in (gender, None) or _THEIR_WORDS.search(m.group("rest")):
        return None
    return f"{m.group('det')} {m.group('noun')}"
