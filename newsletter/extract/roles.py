"""Who plays which part in an interview: the interviewee, the people asking, and how sure that is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Interview
from .archive import archive_star
from .headlines import headline_of, named_in_headline
from .cast import NAME_WORD, Cast, match_strength, norm, people_named
from .threads import ASKED, POST
from .layout import ANSWER_LABELS, OUTSIDE_EXCHANGE, Para, QUESTION_LABELS
from .subject import MIN_SUBJECT_SCORE, guess_interviewee
from .name_words import WORD_EDGE
from .words import whole_word_pattern
from .scan import led_by_first


@dataclass
class Roles:
    interviewee: str | None
    interviewer: str | None
    askers: set[str]
    outlet_label: str | None
    confidence: float = 1.0


_SET_APART_QUESTIONS = ("bold", "boldlead")  # a question in bold, with or without its answer after it
_THE_JOURNALIST = object()  # who asked a question set apart: never a labelled speaker


def _label_stats(paras: list[Para], body: str) -> tuple[dict[str, list[int]], dict[str, int]]:
    """Per labelled speaker: [turns, questions, words], and how many turns came straight after someone else's
    question (answers)."""
    stats: dict[str, list[int]] = {}
    answered: dict[str, int] = {}
    asked_by = None
    for i, p in enumerate(paras):
        if p.kind in _SET_APART_QUESTIONS or p.kind == "label" and p.speaker in QUESTION_LABELS:
            # whoever speaks next answers the journalist, as after a labelled question ("QUESTION:" at a press call)
            asked_by = _THE_JOURNALIST
        elif p.kind == "plain" and asked_by is _THE_JOURNALIST and paras[i - 1].kind in _SET_APART_QUESTIONS:
            # answered in plain words: a label after the answer ("PUZZLE CORNER: …") answers nothing
            asked_by = None
        elif p.kind == "label" and p.speaker not in QUESTION_LABELS | ANSWER_LABELS and \
                p.marked_by not in OUTSIDE_EXCHANGE and norm(p.speaker or "") not in GROUP_VOICES:
            text = body[p.content_start:p.content_end].rstrip("*_ ") or _spoken_below(paras, i, body)
            s = stats.setdefault(p.speaker, [0, 0, 0])
            s[0] += 1
            question = text.endswith("?") or text.endswith("?”") or text.endswith('?"')
            s[1] += question
            s[2] += len(text.split())
            if asked_by and asked_by != p.speaker:
                answered[p.speaker] = answered.get(p.speaker, 0) + 1
            if question:
                asked_by = p.speaker
            elif asked_by is not _THE_JOURNALIST:  # guests each answer a question set apart in turn
                asked_by = None
    return stats, answered


# Labels for several voices at once ("ALL:", "BOTH:", "EVERYONE:"): the room answering together, neither a host who
# asks nor the guest interviewed, so they count for neither side.
GROUP_VOICES = frozenset("all both everyone everybody together crowd audience".split())


def _spoken_below(paras: list[Para], i: int, body: str) -> str:
    """What a label alone on its line ("#### PRIYA", "AYESHA RAHMAN, HOST:") says: its plain paragraphs after it."""
    said = []
    for p in paras[i + 1:]:
        if p.kind != "plain":
            break
        said.append(body[p.start:p.end])
    return " ".join(said).rstrip("*_ ")


def infer_roles(paras: list[Para], body: str, interview: Interview, cast: Cast, bold_asks: bool) -> Roles:
    labels = [p for p in paras if p.kind == "label"]  # read once: most questions below are about the labelled turns
    stats, answered = _label_stats(paras, body) if labels else ({}, {})

    def is_press(name: str) -> bool:
        return any(match_strength(name, n) >= 1 or match_strength(n, name) >= 1
                   for n in (interview.outlet, interview.byline) if n)

    descs = {p.speaker: p.desc for p in labels if p.desc}
    # A thread's posts are no transcript: its first poster is whom it is with, not a host
    transcript = len(stats) > 2 and not bold_asks and not any(p.marked_by in (POST, ASKED) for p in paras)
    asked_some = {n for n, (_, questions, _) in stats.items() if questions}
    guests = _introduced_guests(paras, labels, body, interview, cast, asked_some) if transcript else []
    guests += [n for n, d in descs.items() if not _HOST_WORDS.search(d) and n not in guests]
    # "Interviewer:", "Host:" ask whatever their lines say ("**Interviewer:** *Unintelligible*")
    strict = {n for n, (turns, questions, _) in stats.items() if is_press(n) or questions / turns >= 0.4
              or _HOST_WORDS.search(descs.get(n, "")) or _HOST_WORDS.fullmatch(n or "")} - set(guests)
    strict |= _hosts_named(paras, labels, body, stats) - set(guests)
    answerers = [n for n in stats if n not in strict]
    first = labels[0].speaker if labels else None
    anyone_asks = any(questions for _, questions, _ in stats.values())  # an oral history asks nothing: no host
    if transcript and first in answerers and first not in guests and len(answerers) > 1 and anyone_asks:
        answerers.remove(first)  # the first to speak in a transcript is its host unless someone introduces them
    if any(answered.get(n, 0) >= _ANSWERS_FOR_A_GUEST for n in answerers):
        # Someone answers the questions: a speaker who never does is a host or a bystander, whatever the lead says.
        answerers = [n for n in answerers if answered.get(n, 0)]
    answered_by_label = any(p.speaker in ANSWER_LABELS for p in labels)
    named, margin = guess_interviewee(interview, body, list(stats) if transcript else [],
                                      _LEAST_WITH_ANSWER_LABELS if answered_by_label else MIN_SUBJECT_SCORE)
    if bold_asks and any(p.kind == "plain" and paras[i - 1].kind in _SET_APART_QUESTIONS for i, p in enumerate(paras)):
        # Questions set apart and answered in plain paragraphs: a labelled speaker who answers none of them, and
        # whom the evidence does not name, is a page's section ("PUZZLE CORNER:") or a bystander.
        answerers = [n for n in answerers if answered.get(n, 0) or named and match_strength(n, named) >= 2]
    tied = margin == 0.0 and _labelled_answerers(stats, strict) > 1
    if tied:
        named = None  # two speakers with the same evidence: the guess would be a coin toss
    interviewee, confidence = _choose(interview, cast, [g for g in guests if g in answerers], answerers, named,
                                      margin, stats, answered_by_label or bold_asks)
    if margin < _MIN_MARGIN and named and not interview.interviewee:
        confidence = min(confidence, CONFIDENCE["a panel"])  # a rival has nearly as much evidence
    star = None if interview.interviewee or confidence > CONFIDENCE["a panel"] else \
        archive_star(interview.source, answerers)
    if star:
        # Guests of equal standing (a panel, two co-stars): the one whose archive this is is the one it is about.
        interviewee, confidence = star, CONFIDENCE["the archive's star"]
    if interviewee:
        cast.add(interviewee)
    # Questions set apart (bold, italics…) are the journalist's: a labelled speaker there is a guest who banters.
    askers = strict - {interviewee} if bold_asks else \
        _askers(stats, strict, guests, interviewee, first if transcript and anyone_asks else None)
    # A forum thread with someone: everyone else posting there is the public asking them.
    # A fan's post the thread's poster replies to under it asks them too.
    askers |= {p.speaker for p in labels if p.marked_by in ("comment", ASKED)} - {interviewee, None}
    outlet_label = next((n for n in stats if n in askers and is_press(n)), None)
    if outlet_label is None and not interview.outlet and not bold_asks:
        outlet_label = next((n for n in stats if n in askers), None)
    interviewer = interview.byline or interview.outlet or outlet_label
    return Roles(interviewee, interviewer, askers, outlet_label, confidence)


def _choose(interview: Interview, cast: Cast, introduced: list[str], answerers: list[str], named: str | None,
            margin: float, stats: dict[str, list[int]], asked: bool = False) -> tuple[str | None, float]:
    """The interviewee and how sure that is: the front matter's, the first guest introduced, the answerer the
    evidence names, or the best-evidenced name when nobody answers by label (`asked`: questions are set apart or
    answered under `A:`, so the piece is an interview with someone)."""
    if interview.interviewee:
        return cast.find(interview.interviewee) or interview.interviewee, 1.0
    if introduced:
        # "Please welcome X and Y!": in a transcript the first guest introduced is the subject; mentions mislead
        # there, as hosts keep addressing every guest by name.
        return introduced[0], CONFIDENCE["one guest introduced"] if len(introduced) == 1 else CONFIDENCE["a panel"]
    if answerers:
        title = interview.title or ""
        match = [n for n in answerers if named and match_strength(n, named) >= 2 or _named_in(n, title)]
        # Two guests named in the title: the first named is the subject ("X and Y talk about ...").
        match.sort(key=lambda n: (not (named and match_strength(n, named) >= 2), _title_position(n, title)))
        interviewee = match[0] if match else max(answerers, key=lambda n: stats[n][2])
        return interviewee, CONFIDENCE["answers and is named"] if len(match) == 1 else \
            CONFIDENCE["a panel"] if match else \
            CONFIDENCE["the only one answering"] if len(answerers) == 1 else \
            CONFIDENCE["does most of the talking"] if _talks_most(interviewee, answerers, stats) else \
            CONFIDENCE["no evidence but answers"]
    if not named:
        return None, 0.0
    headline = headline_of(interview)
    if not asked and not (_named_in(named, headline) or named_in_headline(named, headline)) \
            and _paragraphs_naming(named, interview.body) < 2:
        # One paragraph names them, the title never: a roundup quoting someone in one of its items, not a piece
        # about them
        return named, CONFIDENCE["named once, not in the title"]
    return named, CONFIDENCE["named, no rival"] * (0.5 + 0.5 * margin)


def _talks_most(person: str, answerers: list[str], stats: dict[str, list[int]]) -> bool:
    """A commentary track or a press-room panel where one guest says more than the other guests together, and
    _TALKS_MOST times as much as any one of them: the piece is theirs, the others chip in (two co-stars who talk
    about as much as each other stay a coin toss)."""
    others = [stats[n][2] for n in answerers if n != person]
    return stats[person][2] > sum(others) and stats[person][2] >= _TALKS_MOST * max(others, default=0)


# Half as much again as the next guest: 40 words against 34 is two co-stars sharing the talk, not one star.
_TALKS_MOST = 1.5


def _paragraphs_naming(person: str, body: str) -> int:
    """How many paragraphs name `person` by their surname."""
    surname = whole_word_pattern(person.split()[-1])
    return sum(1 for block in body.split("\n\n") if surname.search(block))


def _askers(stats: dict[str, list[int]], strict: set[str], guests: list[str], interviewee: str | None,
            opener: str | None) -> set[str]:
    """The labelled speakers asking: hosts ask some questions in short turns, or banter in many very short ones;
    co-guests answer at length. `opener`: the first speaker of a transcript, its host unless introduced."""
    askers = strict | {n for n, (turns, questions, words) in stats.items() if n != interviewee and (
        (questions / turns >= 0.15 and words / turns < 30) or (turns >= 5 and words / turns < 12))}
    if opener in stats and opener != interviewee and opener not in guests:
        askers.add(opener)
    if guests:  # hosts are not introduced; guests are, by a host or by their descriptor, and hosts ask
        askers |= {n for n, (_, questions, _) in stats.items() if n not in guests and n != interviewee and questions}
    elif opener and interviewee and len(interviewee.split()) > 1:
        # Nobody introduced, the guest known by a full name: a radio or TV crew goes by first names alone, and a
        # second guest would have been named in full somewhere.
        # A chat's lower-case handle ("lanternmoth") is no first name.
        askers |= {n for n in stats if n != interviewee and len(n.split()) == 1 and n[:1].isupper()}
    askers -= set(guests)
    askers.discard(interviewee)
    return askers


_HOST_WORDS = re.compile(r"\b(?:HOST|CO-HOST|ANCHOR|MODERATOR|CORRESPONDENT|INTERVIEWER|PRESENTER|DJ|REPORTER|READER)\b", re.I)
# How a host brings a guest on: "Please welcome X and Y!", "Joining us tonight, X", "Our guest is X".
# "Welcome to Go Vegan with Bob Linden" welcomes the guest to a show, which may carry its host's name.
_GUEST_CUE = led_by_first(r"(?:welcome(?!\s+(?:back\s+)?to\b)|joining (?:us|me)|joins us|join us|with us|our (?:next |special )?guests?|"
                          r"say hello to|here (?:is|are)|introduce)\b[^.!?\n]{0,160}", re.I)
# "Aurelie Vance, who has played his sister…", "co-star Aurelie Vance", a name with a show's title in brackets after
# it: an actor the lead brings into the room.
_ACTOR_INTRO = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}},?\s+who\s+(?:plays|played|has played|stars)\b|"
                          rf"\bco-?star\s+{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}|"
                          rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}\s+\((?:\*|_|<i>|<em>)")  # "Ruth Weir (*Borough*, …)"
_INTRO_TURNS = 3  # the first labelled turns of a transcript, where a host introduces the guests


# A transcript's note naming who hosts ("Hosts that day were A, B and C.", "The presenters were A and B."): each
# asks, however little they say.
_HOSTS_CUE = led_by_first(r"\b(?:(?:co-?)?hosts?|presenters?)\b[^.!?\n]{0,20}?\b(?:is|are|was|were)\b[^.!?\n]{0,160}",
                          re.I)


def _hosts_named(paras: list[Para], labels: list[Para], body: str, stats: dict[str, list[int]]) -> set[str]:
    """The labelled speakers a note before the first label, or the first labelled turns, name as hosts."""
    if not stats:
        return set()  # no labelled speaker to name: nothing read
    named = [n for text in _opening(paras, labels, body) if "ost" in text or "resenter" in text
             for m in _HOSTS_CUE.finditer(text) for n in people_named(m.group(0))]
    return {sp for sp in stats for n in named if sp and (match_strength(n, sp) >= 2 or match_strength(sp, n) >= 2)}


def _opening(paras: list[Para], labels: list[Para], body: str) -> list[str]:
    """A transcript's notes before its first label, and what its first labelled turns say."""
    first = labels[0].start if labels else 0
    opening = [body[p.start:p.end] for p in paras if p.end <= first]
    return opening + [body[p.content_start:p.content_end] for p in labels[:_INTRO_TURNS]]


def _introduced_guests(paras: list[Para], labels: list[Para], body: str, interview: Interview, cast: Cast,
                        asked_some: set[str]) -> list[str]:
    """The labelled speakers a host introduces (or the title names), in order of introduction. A title naming the
    speaker who opens the transcript and asks questions names the host of a show called after them ("Go Vegan
    with Bob Linden"); one who opens and only answers is the guest the piece is about."""
    names: list[str] = []
    for text in _opening(paras, labels, body):
        for m in _GUEST_CUE.finditer(text):
            names += people_named(m.group(0))
    cued = len(names)
    names += people_named(interview.title or "")
    # The journalist's own lead brings actors into the room ("…, who has played his sister on all five seasons,
    # wandered in"), after the title's names: who joins is not who the piece is about. Hosts are never introduced.
    for p in paras:
        if labels and p.end <= labels[0].start and p.kind == "plain":
            names += [n for m in _ACTOR_INTRO.finditer(body, p.start, p.end) for n in people_named(m.group(0))]
    speakers = list(dict.fromkeys(p.speaker for p in labels))
    order: list[str] = []
    for i, name in enumerate(names):
        for sp in speakers:
            if i >= cued and sp == labels[0].speaker and sp in asked_some:
                continue
            if sp not in order and sp and (match_strength(name, sp) >= 2 or match_strength(sp, name) >= 2):
                order.append(sp)
    return order


def _title_position(name: str, title: str) -> int:
    if name.split() and title.isascii() and name.isascii():  # case folds as lower() does: no pattern compiled
        low, word = title.lower(), name.split()[-1].lower()
        at = low.find(word)
        while at != -1:
            if WORD_EDGE.match(title, at) and WORD_EDGE.match(title, at + len(word)):
                return at
            at = low.find(word, at + 1)
        return len(title)
    m = re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", title, re.I) if name.split() else None
    return m.start() if m else len(title)


def _named_in(name: str, context: str) -> bool:
    words = name.split()
    return bool(words) and re.search(r"\b" + re.escape(words[-1]) + r"\b", context, re.I) is not None


# How sure the program is of the interviewee, by the kind of evidence it had (0..1). Below
# MIN_CONFIDENCE no quote is attributed in print: a wrong name is worse than none.
CONFIDENCE = {"answers and is named": 0.95, "one guest introduced": 0.9, "a panel": 0.7, "the only one answering": 0.9,
              "no evidence but answers": 0.45, "does most of the talking": 0.6, "named, no rival": 1.0,
              "the archive's star": 0.8, "told in their own voice": 0.9, "named once, not in the title": 0.4}
MIN_CONFIDENCE = 0.5


_LEAST_WITH_ANSWER_LABELS = 1.0  # `A:` says someone answers: a name in the lead alone is then enough evidence
_ANSWERS_FOR_A_GUEST = 2  # questions answered before answering questions tells a guest from the rest
_MIN_MARGIN = 0.2  # the best-scored name must lead the next by this share to count as evidence


def _labelled_answerers(stats: dict, strict: set) -> int:
    return sum(1 for n in stats if n not in strict)


# "told hosts Benji Ross-Amadi and Carla Winterbourne", "co-host Ana Ruiz": a podcast's or a talk show's hosts,
# whose remarks quoted in a write-up ("Winterbourne chimed in: “…”") are the asking side's, as a co-host's are.
# Opening on the word itself, so that the engine skips to it ("ghost" is left out below).
_HOST_NAME = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2}"
HOSTS_NAMED = re.compile(rf"hosts?,?[ \t]+({_HOST_NAME})(?:,?[ \t]+and[ \t]+({_HOST_NAME}))?")


def named_hosts(body: str) -> frozenset[str]:
    """The people the body names as a show's hosts (searched only in a body that says "host")."""
    if "host" not in body:
        return frozenset()
    return frozenset(name for m in HOSTS_NAMED.finditer(body) if not _inside_word(body, m.start())
                     for name in m.groups() if name)


def _inside_word(body: str, at: int) -> bool:
    """"ghost", not "host" nor "co-host" nor "cohost"."""
    return body[at - 1:at].isalpha() and body[at - 2:at].lower() != "co"
