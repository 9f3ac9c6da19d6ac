"""A speaker the prose or a label names short, in the fullest form the article gives them anywhere: a first name
whose surname only a later caption gives, a surname whose particle a sentence's start capitalised, an address word
before a given name, a Cantonese given name after the English one and the surname."""

from __future__ import annotations

import re

from ..model import Interview, Quote, Turn
from .pronouns import ROLE_NOUNS
from .roles import Roles
from .not_names import OFFICES
from .cast import _PARTICLE_WORDS, LOWER, NAME_WORD, NOT_NAME_WORDS, UPPER, Cast, norm
from .name_words import NAME_EDGE, NO_EDGE, first_after
from .words import COMMON_WORDS

# Words of address that Malay, Indonesian and Thai put before a given name ("Datuk Rosman", "Mas Bayu", "Khun
# Anurak"): a courtesy, never part of the name itself. Two-word ones ("Tan Sri") are read as one.
_ADDRESS_WORDS = frozenset("khun datuk dato datin tun toh encik cik puan haji hajah mas mbak pak bapak ibu".split())
_ADDRESS_PAIRS = frozenset({"tan sri", "puan sri"})
# "Ivy Mak Wing-sze", "Chow Ka-yan": a Cantonese given name, hyphenated with its second syllable in lower case
_CANTONESE_GIVEN = re.compile(rf"[{UPPER}][{LOWER}]+-[{LOWER}]+")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+\Z")
_TITLE_REACH = 5  # characters of the longest title and its dot ("Miss", "Mrs.") before the spaces before a name
_CANTONESE_AFTER = re.compile(rf"[ \t]+({_CANTONESE_GIVEN.pattern})(?![\w’'\-])")
_BRACKETED = re.compile(rf"[ \t]*\(({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})\)")
_NEXT_WORD = re.compile(rf"[ \t]+({NAME_WORD})")
_GIVEN_AT = re.compile(rf"(?<![\w’'\-.])({NAME_WORD})")


def named_in_full(turns: list[Turn], quotes: list[Quote], interview: Interview,
                  roles: Roles) -> tuple[list[Turn], list[Quote]]:
    """The turns and quotes with each speaker other than the interviewer, the byline and the outlet named as fully
    as the article names them; the interviewee too (in `roles`) when a label gave only their first name and a
    caption their full one ("THOMASINA:" under "SUPER: THOMASINA ACKROYD-VALE"), or a nickname with a word of
    address the full name in brackets ("Khun Fah" of "P'Fah (Kanokwan Rattanapong-Ellis)"), unless the file names
    them."""
    body, subject = interview.body, roles.interviewee
    keep = {subject, roles.interviewer, interview.byline, interview.outlet, roles.outlet_label}
    names = {s for s in {t.speaker for t in turns} | {q.speaker for q in quotes} if s and s not in keep}
    full = {s: f for s in names if (f := in_full(s, body)) != s and f not in keep}
    if subject and (" " not in subject or norm(subject.split()[0]) in _ADDRESS_WORDS) and not interview.interviewee \
            and " " in (whole := in_full(subject, body)) and whole not in keep and whole not in full.values():
        full[subject] = roles.interviewee = whole
    elif subject and " " in subject and not interview.interviewee and (whole := written_longer(subject, body)) and \
            whole not in keep and whole not in full.values():
        full[subject] = roles.interviewee = whole  # "Bích Hằng" in the headline, "Lê Thị Bích Hằng" in the lede
    if not full:
        return turns, quotes
    return ([Turn(full.get(t.speaker, t.speaker), t.role, t.text, t.start, t.end) for t in turns],
            [Quote(full.get(q.speaker, q.speaker), q.text, q.start, q.end) for q in quotes])


def in_full(name: str, body: str) -> str:
    """`name` as the article gives it in full ("Teodor" -> "Teodor Wasiak-Ampofo" from a caption's capitals,
    "Datuk Rosman" -> "Rosman Tahir"); `name` itself when the article gives no fuller form."""
    words = name.split()
    if len(words) > 2 and re.fullmatch(ROLE_NOUNS, words[0].lower()):
        words = words[1:]  # "Producer Duncan Ferrier": a trade written as a title is no part of the name
    if len(words) > 2 and norm(" ".join(words[:2])) in _ADDRESS_PAIRS:
        words = words[2:]
    elif len(words) > 1 and norm(words[0]) in _ADDRESS_WORDS:
        words = words[1:]
    bare = " ".join(words)
    if len(words) == 1:
        if bare.lower() in COMMON_WORDS or re.fullmatch(ROLE_NOUNS, bare.lower()) or not re.fullmatch(NAME_WORD, bare):
            return name
        if bare != name:  # "Datuk Rosman": the given name with the surname the article writes after it
            named = first_after(bare, body, _BRACKETED, NO_EDGE)
            if named:  # "P'Fah (Kanokwan Rattanapong-Ellis)": the name a nickname stands for, in brackets after it
                return named.group(1)
            after = first_after(bare, body, _NEXT_WORD, NAME_EDGE)
            return f"{bare} {after.group(1)}" if after and after.group(1).lower() not in NOT_NAME_WORDS else name
        expanded = Cast.expand(bare, body)
        if expanded != bare and (expanded in body or expanded.upper() in body):  # a name, not words of a grid's row
            return expanded
        given = _given_before(bare, body)
        if given:  # "Mr Pettigrew arrives… Alan Pettigrew": the first name given after a title was
            return f"{given} {bare}"
        titled = _titled(bare, body)
        # Someone the prose only ever calls "Mr. Cheever" is named so, title and all; a label ("CARROW:") names
        # its speaker as it is written
        if not titled or re.search(rf"(?<![\w’'\-]){re.escape(bare)}[ \t*_]*:", body, re.I):
            return bare
        return " ".join(titled.split() + [bare])
    if len(words) == 2:
        particled = _particled(bare, body)
        if particled:
            return particled
        given = first_after(bare, body, _CANTONESE_AFTER, NAME_EDGE)
        if given:
            return f"{bare} {given.group(1)}"
    if len(words) == 3:
        return _second_surname(bare, body) or bare
    return bare


def _second_surname(name: str, body: str) -> str | None:
    """"Juan Esteban Arboleda" -> "Juan Esteban Arboleda Cuartas": two given names and two surnames, as a Spanish
    name is written in full once and then called short; the word after must be a name's, not a day's or a show's
    first word the body also writes in small letters."""
    at = body.find(name + " ")
    if at == -1:
        return None
    word = body[at + len(name) + 1:at + len(name) + 1 + _LOOK_BACK].split(None, 1)[0].rstrip(",.;:")
    return f"{name} {word}" if word and _a_name_word(word, body) else None


_MORE_WORDS = 2  # a family name and a middle name before the given names ("Lê Thị Bích Hằng")
_LOOK_BACK = 40  # characters before a name read for the words of it that come first
_FULL_REACH = 3000  # characters of the body where a piece first names its subject in full: its lead


def written_longer(name: str, body: str) -> str | None:
    """`name` as the body writes it with one or two more name words before it inside a sentence ("Actress Lê Thị
    Bích Hằng" for "Bích Hằng": a Vietnamese name, family name first, called by its given names), or None. A trade
    or any common word before it ("Actress", "Today") is no part of a name, and a sentence's first word may be any
    word ("Between Mara Quell and the sea")."""
    at = body.find(name, 0, _FULL_REACH)
    while at > 0:
        after = body[at + len(name):at + len(name) + 1]
        if body[at - 1] == " " and not (after.isalnum() or after in "’'-"):
            words = body[max(0, at - _LOOK_BACK):at].split(" ")[:-1]
            more = words[-_MORE_WORDS:]
            while more and not _a_name_word(more[0], body):
                more = more[1:]
            lead = words[-len(more) - 1] if len(words) > len(more) else ""
            if more and all(_a_name_word(w, body) for w in more) and lead and lead[-1:] not in ".!?:\n\"”":
                return " ".join([*more, name])
        at = body.find(name, at + 1, _FULL_REACH)
    return None


def _a_name_word(word: str, body: str) -> bool:
    """A capitalised word that may be part of a name: not a common word, a trade, an office ("Senator"), a possessive
    ("Netflix's"), "I'm", a word with a part in small letters ("Singapore-born"), a word the body also writes in
    small letters or a word names never hold."""
    lower = word.lower()
    return not lower.endswith(("'s", "’s")) and not lower.startswith(("i'", "i’")) and word not in OFFICES and \
        lower not in COMMON_WORDS and lower not in NOT_NAME_WORDS and _written_as_name(word) and \
        not any(part[:1].islower() for part in word.split("-")) and re.fullmatch(ROLE_NOUNS, lower) is None and \
        f" {lower} " not in body  # the costliest test last: a search of the whole body


def _written_as_name(word: str) -> bool:
    """A word as NAME_WORD reads one (a capital, then letters, at least one small; an apostrophe or a hyphen
    inside), by string methods: a pattern of NAME_WORD's letter classes costs more to compile than all its uses."""
    return word[:1].isupper() and word[-1:].isalpha() and any(c.islower() for c in word) and \
        all(c.isalpha() or c in "’'-" for c in word)


def _particled(name: str, text: str) -> str | None:
    """`Van Bemmel-Arkady` at a sentence's start -> `Joost van Bemmel-Arkady`: a surname whose particle is
    capitalised only because it opens the sentence, given in full with the particle in lower case elsewhere."""
    first, _, rest = name.partition(" ")
    if not rest or first.lower() not in _PARTICLE_WORDS or not first[0].isupper():
        return None
    written = f"{first.lower()} {rest}"
    if written not in text:
        return None
    m = re.search(rf"(?<![\w’'\-])({NAME_WORD})[ \t]+{re.escape(written)}(?![\w’'\-])", text)
    return f"{m.group(1)} {written}" if m and m.group(1).lower() not in NOT_NAME_WORDS else None


def _given_before(bare: str, body: str) -> str | None:
    """The first name word written right before `bare` (one space between, no name word after) that is not a common
    word: re.finditer(rf"(?<![\\w’'\\-.])({NAME_WORD}) {bare}(?![\\w’'\\-])", body)'s first such match, by plain
    finds and a pattern compiled once."""
    pos, at = 0, body.find(f" {bare}")
    while at != -1:
        end = at + 1 + len(bare)
        if end == len(body) or not NAME_EDGE.match(body, end):
            lo = at
            while lo > 0 and (NAME_EDGE.match(body, lo - 1)):
                lo -= 1  # the word before: a match can start only where it starts
            m = lo >= pos and lo < at and _GIVEN_AT.fullmatch(body, lo, at)
            if m:
                if m.group(1).lower() not in NOT_NAME_WORDS:
                    return m.group(1)
                pos = end  # finditer goes on after the match it passed over
        at = body.find(f" {bare}", at + 1)
    return None


def _titled(bare: str, body: str) -> str | None:
    """The title ("Mr. ") written before the first whole-word `bare` that has one: what
    re.search(rf"{_TITLED}(?={bare}(?![\\w’'\\-]))", body) finds, by plain finds and a pattern compiled once."""
    at = body.find(bare)
    while at != -1:
        end = at + len(bare)
        if (end == len(body) or not NAME_EDGE.match(body, end)) and at > 0 and body[at - 1] in " \t":
            lo = at - 1
            while lo > 0 and body[lo - 1] in " \t":
                lo -= 1
            m = _TITLED.search(body, max(0, lo - _TITLE_REACH), at)
            if m:
                return m.group(0)
        at = body.find(bare, at + 1)
    return None
