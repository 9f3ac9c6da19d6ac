"""Who each speaker label stands for: the full name it resolves to (by surname, first name, a misspelling, or the
name its speaker gives herself), and labels that are not people's names: a fact file's fields (`Age:`), a
transcript's roles (`GUEST:`, `PRESENTER:`, `CALLER (JEAN):`) that the header or the lead names (`Presenter:
Elspeth Moir. Guest: …`), a clip's characters."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Interview
from .cast import Cast, display_name, match_strength, norm, people_named
from .pronouns import gender_in
from .subject import guess_interviewee
from .trades import given_trade
from .words import COMMON_WORDS
from .layout import ANSWER_LABELS, OUTSIDE_EXCHANGE, QUESTION_LABELS, Para
from .roles import Roles


def fields_as_prose(body: str, paras: list[Para], cast: Cast) -> None:
    """A fact file (`**Age:** 37.`, `**Finest hour:** …`, `**Style:** …`) is the journalist's, not a panel: when
    an article has several labels that are each used once, name nobody the article names, and are not a speaking
    role, they are field names and their paragraphs plain prose."""
    # a poster's handle or a quote's signer is no field
    labelled = [p for p in paras
                if p.kind == "label" and p.marked_by != "comment" and p.marked_by not in OUTSIDE_EXCHANGE]
    uses = Counter(norm(p.label or "") for p in labelled)
    fields = [p for p in labelled if uses[norm(p.label or "")] == 1 and _field_name(p.label or "", body, cast)]
    if not fields:
        return  # no one-off label to be a field: the bold heads are not counted
    headed = sum(p.kind == "plain" and _BOLD_HEAD.match(body, p.start, p.end) is not None for p in paras)
    # `**Finest hour:**`, never a label, is a field too; and a field only a fact box has (`**Born:**`), however few
    if len(fields) + headed >= _FIELDS or all(norm(p.label or "") in FACT_FIELDS for p in fields):
        for p in fields:
            p.kind, p.label, p.content_start, p.content_end = "plain", None, p.start, p.end


_BOLD_HEAD = re.compile(r"(\*\*|__)[^*_\n]{1,40}:(?:\1)?")
_FIELDS = 3  # one-off labels that make a fact file; one or two may be a caller or a voice from the audience
# The fields of a fact box beside a profile or a fixed column (`**Born:** Aberystwyth, 1996.`, `**Lives:** Cardiff`):
# no one's name, and no speaker's, so two of them make the box
FACT_FIELDS = frozenset(("born", "lives", "lives in", "age", "hometown", "home town", "family", "height", "star sign",
                         "education", "known for", "best known for", "claim to fame", "big break", "first job",
                         "full name", "birthday", "birthplace"))
SPEAKING_ROLES = frozenset("""host co-host cohost reporter interviewer caller narrator announcer audience moderator
guest anchor presenter panelist panellist fan crowd all both everyone voice man woman student judge""".split())


def _field_name(label: str, body: str, cast: Cast) -> bool:
    low = norm(label)
    words = label.split()
    if not low or low in QUESTION_LABELS or low in ANSWER_LABELS or low.split()[0] in SPEAKING_ROLES:
        return False  # a label of marks alone ("—:", "…:") names no field either
    if len(words) > 1 and all(w[:1].isupper() for w in words) and not any(w.lower() in COMMON_WORDS for w in words):
        return False  # "Maria Lopez": a person, even one the article names only here (`BEST KNOWN FOR`: a field)
    return body.count(label) == 1 and cast.find(label) is None and cast.named_in_context(label) is None


_GUEST_ROLES = frozenset("guest guests interviewee".split())
_HOST_ROLES = frozenset("host presenter interviewer anchor moderator".split())
_NAMED = r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})"
# "(JEAN)", "(Jean, Broughty Ferry)": the name of a caller or an audience member, not an aside like "(laughing)"
_NAME_ASIDE = re.compile(r"[ \t]*[(\[](?P<name>[A-Z][A-Za-z’'\-]+(?:[ \t]+[A-Z][A-Za-z’'\-]+)?)[,)\]]")


def voice_aside(body: str, p: Para) -> tuple[str, bool] | None:
    """A label whose aside says who speaks: `Q (fan):` asks from the floor (an audience member, not the
    journalist), `NAME (as Character):` gives a character's line in a clip. (The speaker, whether a character.)"""
    playing = _IN_CHARACTER.search(body, p.start, p.content_start) if body.find("(", p.start, p.content_start) != -1 \
        else None  # every aside opens on its bracket: most labels have none
    if playing:
        return display_name(playing.group(1)), True
    if norm(p.label or "") in QUESTION_LABELS and _FROM_THE_FLOOR.search(body, p.start, p.content_start):
        p.desc = "audience"
        return AUDIENCE, False
    return None


AUDIENCE = "Audience member"
_FROM_THE_FLOOR = re.compile(r"\((?:an?\s+)?(?:fan|audience|crowd|viewer|caller|reader|listener)\b", re.I)
_IN_CHARACTER = re.compile(r"\((?:as|playing|in character as)\s+([^()\n:]{2,40})\)\s*:", re.I)


def role_speaker(label: str, body: str, p: Para, cast: Cast) -> str | None:
    """Who a role label stands for: the person the aside names (`CALLER (JEAN)`), else the one the header or
    lead gives that role (`Guest: Fergus McAlinden, actor`, `our guest, actor Rafferty Lund`, `host Elspeth
    Moir`); an unnamed guest is the answerer (`a`). None: not a role label, or a host nobody names."""
    role = norm(label)
    if role in _TRADE_LABELS:
        # "PUBLICIST:" after "His publicist, Renata Solis, sat in": the one person the article gives that trade
        named = given_trade(role, body) | given_trade(role.capitalize(), body)  # "Producer Tom Reyes said"
        if len(named) == 1:
            p.desc = p.desc or role
            return cast.add(next(iter(named)))
        return None
    if not role or (role.split()[0] not in _ROLES_WITH_NAMES and role not in _GUEST_ROLES and role not in _HOST_ROLES):
        return None  # most labels are names: nothing to look up
    aside = _NAME_ASIDE.match(body, p.start + _label_end(body, p, label)) if role.split()[0] in _ROLES_WITH_NAMES else None
    if aside:
        p.desc = p.desc or role  # described as a caller, not a host: roles.infer_roles keeps them from asking
        return cast.add(display_name(aside.group("name")))
    kind = _GUEST_ROLES if role in _GUEST_ROLES else _HOST_ROLES if role in _HOST_ROLES else None
    if kind is None:
        return None
    # a header line naming them, the role's first line ("Guest: Fergus McAlinden, actor"), or in prose; not a
    # later line of the transcript greeting someone ("PRESENTER: Ottilie Quince, welcome.")
    roles_rx = "|".join(kind)
    first = re.search(rf"(?:\A|(?<=\n))(?i:{roles_rx})[ \t]*:[ \t]*", cast.context)  # its first line: a header?
    named = (re.compile(rf"{_NAMED}(?:[.,;(]|[ \t]*(?:\n|\Z))").match(cast.context, first.end()) if first else None) or \
        re.search(rf"(?<=[^\n])(?i:\b(?:{roles_rx})\b)(?:[ \t]*[:,][ \t]*|[ \t]+)(?:[a-z]+[ \t]+){{0,2}}{_NAMED}",
                  cast.context)
    if named:
        p.desc = p.desc or ("guest" if kind is _GUEST_ROLES else "host")  # as a transcript's descriptor says
        return cast.add(named.group("name"))
    return "a" if kind is _GUEST_ROLES else None  # an unnamed host keeps the label as the name


_ROLES_WITH_NAMES = frozenset("caller audience listener viewer reader fan guest".split())
# Trades a transcript labels someone by, who is named with that trade elsewhere in the piece.
_TRADE_LABELS = frozenset("""publicist producer director showrunner creator writer manager agent spokesperson
spokesman spokeswoman translator interpreter""".split())


def _label_end(body: str, p: Para, label: str) -> int:
    """Where the label's own words end inside the paragraph (before any aside and the colon)."""
    at = body.find(label, p.start, p.content_start or p.end)
    return (at - p.start + len(label)) if at != -1 else 0


def resolve_labels(body: str, paras: list[Para], cast: Cast, asking: set[str]) -> set[str]:
    """Every label resolved to a full name, in reading order; set-apart paragraphs that ask nothing made plain.
    Returns the characters whose lines a clip gives (`NAME (as Character):`), who ask nobody anything."""
    for p in paras:  # italics, headings and dashes that do not mark questions here are ordinary paragraphs
        if p.style != "bold" and p.style not in asking and p.kind in ("bold", "plain"):
            p.kind, p.content_start, p.content_end = "plain", p.start, p.end
        elif p.style in ("plain", "numbered") and p.kind == "plain":
            p.kind = "bold"  # this article asks in plain (or numbered) paragraphs
    if not any(p.kind == "label" for p in paras):
        return set()  # no label to resolve
    prev, characters, introduced, titled = None, set(), set(), _Titled(body, paras, cast)
    keyed = speaker_key(body) if any(p.kind == "label" and _NUMBERED_LABEL.fullmatch(p.label or "") for p in paras) \
        else {}
    for i, p in enumerate(paras):
        if p.kind != "label":
            continue
        if norm(p.label or "") in keyed:  # "SPEAKER_02" in a transcript whose key names each speaker
            p.speaker = prev = cast.add(keyed[norm(p.label or "")])
            continue
        if p.weak and prev is None:
            p.kind = "plain"
            continue
        if "bold" in asking and _prompt_word(body, p, cast):
            p.kind, p.content_start, p.content_end = "bold", p.start + 2, p.end - 2
            continue
        lab = norm(p.label)
        voiced = voice_aside(body, p)
        if voiced:  # "Q (fan):", "NAME (as Character):": the aside says who speaks
            p.speaker = prev = voiced[0]
            characters |= {p.speaker} if voiced[1] else set()
            continue
        if " " not in lab and lab not in introduced and not cast.find(p.label):
            introduced.add(lab)  # a speaker gives her name in her first turn, if at all
            cast.add(self_introduced(p.label, body[p.content_start:p.content_end] or _said_below(body, paras, i)))
        role = None if lab in QUESTION_LABELS or lab in ANSWER_LABELS else role_speaker(p.label, body, p, cast)
        p.speaker = lab if lab in QUESTION_LABELS or lab in ANSWER_LABELS else \
            role or titled.person(p.label) or cast.resolve(p.label, avoid=prev)
        prev = p.speaker
    return characters


# A label software numbers (`SPEAKER_00`, `Speaker 2`, `S1`), and the key a transcript's header gives them:
# `SPEAKERS: SPEAKER_00 = Bix Harrowgate (host) | SPEAKER_02 = Osric Vandermolen-Achebe (guest)`, `Speaker 1: …`.
_NUMBERED_LABEL = re.compile(r"(?i:speaker)[ _-]?\d{1,2}|S\d{1,2}")
_KEY_ENTRY = re.compile(r"(?P<label>(?i:speaker)[ _-]?\d{1,2}|S\d{1,2})[ \t]*(?:=|:|—|–|-)[ \t]*" + _NAMED)


def speaker_key(body: str) -> dict[str, str]:
    """The names a transcript's key gives its numbered speakers, by label; what the key names twice, neither."""
    found: dict[str, str] = {}
    for m in _KEY_ENTRY.finditer(body):
        label = norm(m.group("label"))
        if found.get(label, m.group("name")) != m.group("name"):
            found[label] = ""  # a label given two names is no key
        else:
            found[label] = m.group("name")
    return {label: name for label, name in found.items() if name}


# "My name is Tomasz Keane and I play…", "Hi, I'm Odile Marchetti": a speaker giving her own full name.
_SELF_INTRO = re.compile(r"\b(?:[Mm]y name is|I'm|I’m|I am|[Tt]his is)[ \t]+(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})")
_SELF_INTRO_REACH = 200  # characters into her first turn: an introduction comes first


def self_introduced(label: str, said: str) -> str:
    """The full name a one-word label's speaker gives herself at the start of her first turn, else ""."""
    m = _SELF_INTRO.search(said, 0, _SELF_INTRO_REACH)
    if m and norm(m.group("name").split()[0]) == norm(label):
        return m.group("name")
    return ""


# The gender a title before a surname gives: "Mrs Okafor:" is a woman, never her son Dele Okafor.
_TITLE_GENDERS = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f",
                  "lady": "f"}


class _Titled:
    """Who a label with a gendered title stands for: someone of that surname whom the article does not give the
    other gender and who speaks under no label of their own first name (`Dele:` beside `Mrs Okafor:`), else the
    titled name itself (a relative the piece names no further)."""

    def __init__(self, body: str, paras: list[Para], cast: Cast):
        self.body, self.cast, self._people = body, cast, None
        self.labels = {norm(p.label) for p in paras if p.kind == "label" and p.label}
        self._found: dict[str, str | None] = {}  # a transcript repeats its labels: each read once

    def person(self, label: str) -> str | None:
        key = norm(label)
        if key not in self._found:
            self._found[key] = self._person(label)
        return self._found[key]

    def _person(self, label: str) -> str | None:
        words = norm(label).split()
        gender = _TITLE_GENDERS.get(words[0]) if len(words) > 1 else None
        if gender is None:
            return None
        if self._people is None:  # read once, and only for an article with such labels
            self._people = people_named(self.cast.context + "\n" + self.body)
        for name in [*self.cast.names, *self._people]:
            if match_strength(label, name) >= 2 and norm(name).split()[0] not in self.labels and \
                    gender_in(name, self.body) in (gender, None):
                return self.cast.add(name)
        return self.cast.add(display_name(label))


def _said_below(body: str, paras: list[Para], i: int) -> str:
    """The paragraph after a label alone on its line ("#### TOMASZ"), where its speaker begins."""
    return body[paras[i + 1].start:paras[i + 1].end] if i + 1 < len(paras) and paras[i + 1].kind == "plain" else ""


def _prompt_word(body: str, p: Para, cast: Cast) -> bool:
    """`**Confess: What's your wildest night on set?**` among bold questions: one word before the colon that names
    nobody is a prompt, and the whole bold line the journalist's question."""
    text = body[p.start:p.end]
    return " " not in p.label.strip() and text.startswith(("**", "__")) and text.endswith(("?**", "?__")) \
        and cast.find(p.label) is None and not p.label.isupper()


# A host putting a caller on air: "First caller. Mags in Portlaoise, you're on the air.", "Line two, it's Gerry in
# Mullingar. Go ahead, Gerry.", "We have Tom on the line."
_ON_AIR = re.compile(r"\b(?:callers?|line (?:one|two|three|four|five|\d)|on the (?:air|line|phone)|go ahead|you'?re on)\b",
                     re.I)


_ON_AIR_WORDS = ("caller", "line ", "on the air", "on the line", "on the phone", "go ahead", "re on")  # plain finds first


def callers(paras: list[Para], body: str) -> set[str]:
    """Labelled speakers a host puts on air as callers: they ask the guest, but as the public, not the programme
    (`other`, as a panel's audience is)."""
    found, before = set(), None
    if not any(p.kind == "label" for p in paras):
        return found  # prose puts nobody on air
    for p in paras:
        if p.kind == "label" and p.speaker and before is not None and before.speaker != p.speaker:
            said = body[before.content_start:before.content_end]
            first = norm(p.speaker).split()[0] if norm(p.speaker) else ""
            low = said.lower()
            if first and first in low and any(w in low for w in _ON_AIR_WORDS) and _ON_AIR.search(said) and \
                    re.search(rf"\b{re.escape(first)}\b", said, re.I):
                found.add(p.speaker)
        if p.kind == "label":
            before = p
    return found


# A transcription service's labels for voices it could not name: "Speaker 2", "Unknown Speaker", "Person 1".
_GENERIC_VOICE = re.compile(r"(?:speaker|person|voice|participant|unknown speaker|unidentified speaker)(?: \d{1,2})?\Z",
                            re.I)


def named_voice(paras: list[Para], roles: Roles, interview: Interview, body: str) -> None:
    """A transcript whose answers carry a generic label ("Speaker 2:") is with the one guest its lead names
    ("host Sam Okafor talks to Dana Reyes"): the label is hers, so her words are credited to her name."""
    voice = roles.interviewee
    if not voice or not _GENERIC_VOICE.match(voice):
        return
    named, _ = guess_interviewee(interview, body)
    if not named or any(p.kind == "label" and p.speaker == named for p in paras):
        return
    for p in paras:
        if p.kind == "label" and p.speaker == voice:
            p.speaker = named
    roles.interviewee = named

