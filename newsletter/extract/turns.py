"""Who said what: an interview body split into turns, and direct quotes attributed.

Formats handled: labelled Q&A (`Us Weekly:` then `Us:`, `JORJA FOX:` then
`FOX:`, `**ET:**`, `Q:`/`A:`), bold questions with unlabelled answers, panel
transcripts with stage notes, and prose with direct quotes ("…,” she says).
The rules are ordered from most to least certain; a quote that no rule
attributes keeps speaker None rather than a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Iterator
from functools import lru_cache
from dataclasses import dataclass, field, replace

from ..model import Interview, Quote, Turn
from .airdates import mentions_airing
from .cast import Cast, edit_distance_at_most_one, match_strength, norm, people_named
from .words import COMMON_WORDS

_LABEL = re.compile(
    r"(?P<open>\*\*|__)?"
    r"(?P<label>[A-Z][\w.'’&\-]*(?:[ \t]+(?:[A-Z][\w.'’&\-]*|of|the|de|van|von|da|la|del|&)){0,4}?)"
    # a transcript's descriptor after the name: `LARRY KING, HOST:`, `ANA RUIZ, ACTRESS, "NIGHT DESK":`
    r"(?P<desc>,[ \t]*[A-Z][A-Z0-9.'’&\-\"“” ,]{1,80}?)?"
    r"[ \t]*(?P<mid>\*\*|__)?"
    # an aside between the name and the colon: `NAME (laughing):`, `**Name** _[standing up]_:`
    r"(?P<aside>[ \t]*[_*]{0,2}[\[(][^\n:\[\]()]{1,120}?[_*]{0,2}[\])][_*]{0,2})?"
    r"[ \t]*:(?!//)[ \t]*(?P<close>\*\*|__)?[ \t]*")
# Words that look like a label but introduce a note, not a speaker.
_NOT_LABELS = {"note", "notes", "update", "updated", "editor's note", "editors note", "photo", "photos", "source",
               "warning", "spoiler", "spoilers", "related", "read more", "watch", "caption", "credit", "correction",
               "disclaimer", "also", "plus", "bonus", "ps", "season", "episode", "part", "chapter", "why", "what",
               "when", "where", "how", "who", "the answer", "the truth", "first", "second", "third", "finally",
               "yes", "no", "well", "okay", "ok", "and", "but", "so", "then", "now", "today", "here", "there"}
_QUESTION_LABELS = {"q", "question"}
_ANSWER_LABELS = {"a", "answer"}
_NOT_NAME_MARKS = re.compile(r"[‹›<>«»\[\]()*_:]")  # brackets and marks a heading puts around a name
_MAX_NAME_WORDS = 4
_BOLD_WHOLE = re.compile(r"\A(\*\*|__)(?P<inner>.+)\1\Z", re.S)
_ITALIC_WHOLE = re.compile(r"\A(\*|_)(?!\1)(?P<inner>.+)(?<!\1)\1\Z", re.S)
# "**Mandeep Dhillon** [...] I guess…": a bold name with no colon, trusted only once labels are in use.
_BOLD_NAME = re.compile(r"\*\*(?P<label>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})\*\*[ \t]+(?=\S)")
# A bold run: in a bold-question interview each one is the journalist's question, the plain text after it the answer.
_BOLD_RUN = re.compile(r"(\*\*|__)(?P<inner>(?:(?!\1).)+?)\1", re.S)
_MIN_INLINE_QUESTION_WORDS = 4  # a shorter bold run inside an answer is emphasis ("I **never** did"), not a question
_BLOCK_QUOTE = re.compile(r"(?:>[ \t]?)+")  # Markdown's "> ", which the HTML view writes for <blockquote>
_DROP_CAP = re.compile(r"\A\*\*[A-Z]\*\*[a-z]")  # "**T**he most baffling crime": a styled first letter
# "D**o you surf every day?**": the first letter of a bold question left outside the bold (a drop cap's remains).
_BOLD_BUT_FIRST = re.compile(r"\A[A-Z](\*\*|__)[a-z](?:(?!\1).)*\1\Z", re.S)
# Questions set apart another way than bold: a whole italic paragraph, a heading, a leading dash.
_HEADING = re.compile(r"\A#{1,6}[ \t]+(?P<inner>[^\n]+?)[ \t#]*\Z")
_DASH_LEAD = re.compile(r"\A[—–-][ \t]*(?=\S)")
# "Q. Why?" / "A. Because.": the dotted question and answer labels (not "A. J. Smith", an initial and a name).
_QA_DOT = re.compile(r"\A(?P<open>\*\*|__)?(?P<label>Q|A)\.(?P=open)?[ \t]+(?![A-Z]\.)")
_TIMESTAMP = re.compile(r"\A[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+")
_STAGE = re.compile(r"\A[\[(][^\])]{1,200}[\])]\Z")
_STAGE_NOTE = re.compile(r"[(\[]\s*[*_]*\s*(?:laugh\w*|chuckl\w*|applause|cheers|crosstalk|inaudible|pause\w*|"
                         r"sigh\w*|nods?|gestures?|smiles?|walks?|waves?|hugs?|claps?|shrugs?|clip|music|silence|"
                         r"audience)\b[^)\]]{0,200}[)\]]"
                         # an editor's aside in italics or bold: "_[At this point, the interviewer decides…]_"
                         r"|[_*]{1,3}[ \t]*\[[^\]\n]{3,300}\][ \t]*[_*]{0,3}", re.I)
_OUTSIDE_QUOTES = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b")
_EDITED = re.compile(r"\b(edited (?:and condensed )?for (?:length|clarity)|condensed for)\b", re.I)

_VERBS = (r"(?i:says|said|say|told|tells|adds|added|explains|explained|recalls|recalled|notes|noted|admits|"
          r"admitted|laughs|laughed|jokes|joked|continues|continued|insists|insisted|shares|shared|confesses|"
          r"confessed|reveals|revealed|teases|teased|quips|quipped|writes|wrote|asks|asked|remembers|remembered|"
          r"muses|mused|agrees|agreed|offers|offered|describes|described|tweeted|posted|promises|promised|warns|"
          r"warned|points out|pointed out|gushes|gushed|sighs|sighed|smiles|smiled|exclaims|exclaimed|replies|"
          r"replied|finishes|finished|seconds|seconded|concludes|concluded|elaborates|elaborated|reflects|reflected|"
          r"acknowledges|acknowledged|confirms|confirmed|stresses|stressed|emphasizes|emphasized|observes|observed|"
          r"remarks|remarked|counters|countered|argues|argued|chimes in|chimed in|raves|raved|beams|beamed|"
          r"admits|laughs|jokes|deadpans|deadpanned|chuckles|chuckled|enthuses|enthused|marvels|marveled)")
_NAME = r"(?!(?:The|But|And|So|When|As|Then|In|On|It|This|That|If|Now|Still|Yet|For|With)\b)[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}"
_ROLE_NOUNS = r"(?:actress|actor|star|co-?star|costar|actor-director|performer|comedian|director|producer|showrunner|" \
              r"host|creator|writer|singer|filmmaker|executive producer)"
_PRONOUN = rf"(?:he|she|they|He|She|They|I|[Tt]he (?:\d+-year-old |[\w-]+ )?{_ROLE_NOUNS})"
# "says actor Cillian Murphy", "says her friend, art director Ana Ruiz": a role before the name is not the name.
_ROLE_PREFIX = rf"(?:(?:her|his|their|the|fellow)\s+)?(?:[\w-]+\s+){{0,3}}?{_ROLE_NOUNS},?\s+"
_APPOSITIVE = r"(?:,\s[^,“”\"\n]{1,40},)?"  # "Fox, 34, says"
_AFTER = re.compile(rf"\A[\s,—–-]*(?:(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}\s+(?:\w+ly\s+)?{_VERBS}\b"
                    rf"|{_VERBS}\s+(?:{_ROLE_PREFIX})?(?P<b>{_NAME}|{_PRONOUN})\b)")
_BEFORE = re.compile(rf"(?:(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}\s+(?:\w+ly\s+)?{_VERBS}\b[^.!?“”\"]{{0,80}}?"
                     rf"|{_VERBS}\s+(?:{_ROLE_PREFIX})?(?P<b>{_NAME}))[:,]?\s*\Z")  # "Admits Fox:", "Seconds Dhillon,"
_ACCORDING = re.compile(rf"\A[\s,]*according to\s+(?P<a>{_NAME})")
_QUOTE = re.compile(r"“(?P<c>[^“”]*)(?:”|(?=\n)|\Z)|\"(?P<s>[^\"\n]*)(?:\"|\Z)")
_PERSON_WORDS = re.compile(r"[A-Z][\w’'\-]+")


@dataclass
class TurnsResult:
    turns: list[Turn]
    quotes: list[Quote]
    interviewee: str | None
    interviewer: str | None
    outlet: str | None
    warnings: list[str] = field(default_factory=list)
    confidence: float = 1.0  # in the interviewee (0..1)


@dataclass
class _Para:
    start: int
    end: int
    kind: str  # "label" | "bold" | "stage" | "plain"
    label: str | None = None
    content_start: int = 0
    content_end: int = 0
    speaker: str | None = None
    weak: bool = False
    segments: tuple[tuple[int, int, str], ...] = ()  # "boldlead": (start, end, "q" | "a") in reading order
    desc: str = ""  # a transcript's descriptor after the name ("HOST", "ACTRESS, CSI")
    style: str = "bold"  # how a "bold" paragraph stands out: "bold" | "italic" | "heading" | "dash"


def extract_turns(interview: Interview) -> TurnsResult:
    """Split an interview body into turns and attribute its quotes (pure)."""
    from .sentences import paragraphs

    body = interview.body
    paras = [_classify(body, s, e) for s, e in paragraphs(body)]
    context = "\n".join(filter(None, [interview.title or "", *(body[p.start:p.end] for p in paras[:3])]))
    known = [n for n in (interview.interviewee, interview.byline, interview.outlet) if n]
    cast = Cast(known, context=context)
    warnings: list[str] = []

    # Pass 1: resolve every label to a full name, in reading order.
    asking = _asking_styles(body, paras)
    bold_asks = "bold" in asking
    for p in paras:  # italics, headings and dashes that do not mark questions here are ordinary paragraphs
        if p.style != "bold" and p.style not in asking and p.kind in ("bold", "plain"):
            p.kind, p.content_start, p.content_end = "plain", p.start, p.end
    prev = None
    for p in paras:
        if p.kind != "label":
            continue
        if p.weak and prev is None:
            p.kind = "plain"
            continue
        if bold_asks and _prompt_word(body, p, cast):
            p.kind, p.content_start, p.content_end = "bold", p.start + 2, p.end - 2
            continue
        lab = norm(p.label)
        if lab in _QUESTION_LABELS or lab in _ANSWER_LABELS:
            p.speaker = lab
        else:
            p.speaker = cast.resolve(p.label, avoid=prev)
        prev = p.speaker

    roles = _infer_roles(paras, body, interview, cast, bool(asking))
    interviewee, interviewer = roles.interviewee, roles.interviewer
    outlet = interview.outlet or roles.outlet_label

    def who(speaker: str) -> tuple[str | None, str]:
        if speaker in _QUESTION_LABELS:
            return interviewer, "interviewer"
        if speaker in _ANSWER_LABELS:
            return interviewee, "interviewee"
        if speaker == interviewee:
            return speaker, "interviewee"
        if speaker in roles.askers:
            return (interviewer if roles.outlet_label == speaker else speaker), "interviewer"
        return speaker, "other"

    turns: list[Turn] = []
    narration_paras: list[_Para] = []
    bold_questions = bold_asks
    current: tuple[str | None, str] | None = None
    qa_started = False
    previous: _Para | None = None
    for i, p in enumerate(paras):
        if p.kind == "label":
            current = who(p.speaker)
            qa_started = True
            turns.extend(_spoken(body, current, p.content_start, p.content_end, interview.byline))
        elif p.kind == "bold" and _names_only(body[p.content_start:p.content_end], cast):
            turns.append(_turn(body, (interview.byline, "narration"), p.start, p.end))  # a heading: who answers next
            current = None
        elif p.kind == "bold" and (_is_bold_question(body[p.start:p.end], p.style in asking, qa_started)
                                   or _prompts_answer(paras[i + 1: i + 2], who)):
            qa_started = True
            at = _answer_inside(body, p) if bold_questions and p.style == "bold" else None
            turns.append(_turn(body, (interviewer, "interviewer"), p.content_start, at or p.content_end))
            if at:  # the bold ran on past the question into the answer (a tag closed in the wrong place)
                turns.extend(_spoken(body, (interviewee, "interviewee"), at, p.content_end, interview.byline))
            current = (interviewee, "interviewee")
        elif p.kind == "boldlead" and _is_bold_question(body[p.segments[0][0]:p.segments[0][1]], bold_questions,
                                                         qa_started):
            qa_started = True
            for s, e, part in p.segments:
                if part == "q":
                    turns.extend(_spoken(body, (interviewer, "interviewer"), s, e, interview.byline))
                else:
                    turns.extend(_spoken(body, (interviewee, "interviewee"), s, e, interview.byline))
            current = (interviewee, "interviewee")
        elif p.kind == "stage":
            turns.append(_turn(body, (interview.byline, "narration"), p.start, p.end))
        elif p.kind == "blockquote" and (interviewee or qa_started):
            # A block quote gives someone's words at length: whoever the paragraph before introduced, else
            # the person the piece is about.
            speaker = _introduced(body, previous, cast) or current and current[0] or interviewee
            role = "interviewee" if speaker == interviewee else "other"
            turns.extend(_spoken(body, (speaker, role), p.content_start, p.content_end, interview.byline))
        elif p.kind == "plain" and _asks(body[p.start:p.end]) and _prompts_answer(paras[i + 1: i + 2], who):
            # "What are you reading?" unlabelled, then "LENA VOSS: …": labels only on the answers
            turns.append(_turn(body, (interviewer, "interviewer"), p.content_start, p.content_end))
            current = (interviewer, "interviewer")
        elif current is not None and not _reads_as_narration(body, p, current, interviewee):
            turns.extend(_spoken(body, current, p.content_start, p.content_end, interview.byline))
        else:
            current = None
            narration_paras.append(p)
        if p.kind != "blockquote":
            previous = p

    quotes = _attribute_quotes(body, narration_paras, cast, interview.byline, warnings, interviewee)
    starts = [q.start for q in quotes]  # quotes come in reading order: each paragraph takes its slice
    for p in narration_paras:
        inside = quotes[bisect_left(starts, p.start):bisect_left(starts, p.end)]
        turns.extend(_split_narration(body, p, inside, interviewee, interview.byline))
    turns.sort(key=lambda t: t.start)
    return TurnsResult(turns, quotes, interviewee, interviewer, outlet, warnings, roles.confidence)


def _introduced(body: str, previous: _Para | None, cast: Cast) -> str | None:
    """The person a paragraph ending in a colon hands over to ("…, he told us:")."""
    if previous is None:
        return None
    text = body[previous.start:previous.end].rstrip(" *_")
    if not text.endswith(":"):
        return None
    return _last_mention(text, cast, None)


def _classify(body: str, start: int, end: int) -> _Para:
    text = body[start:end]
    stamp = _TIMESTAMP.match(text)
    if stamp and stamp.end() < len(text):  # "[00:01:15] HOST: …": the time a podcast transcript marks
        return replace(_classify(body, start + stamp.end(), end), start=start)
    qa = _QA_DOT.match(text)
    if qa and qa.end() < len(text):
        return _Para(start, end, "label", qa.group("label"), start + qa.end(), end)
    if _STAGE.match(text):
        return _Para(start, end, "stage", content_start=start, content_end=end)
    quoted = _BLOCK_QUOTE.match(text)
    if quoted and quoted.end() < len(text):
        return _Para(start, end, "blockquote", content_start=start + quoted.end(), content_end=end)
    m = _LABEL.match(text)
    if m and _is_label(m, text):
        cstart = start + m.end()
        cend = end
        if m.group("open") and not m.group("mid") and not m.group("close") and text.endswith(m.group("open")):
            cend -= len(m.group("open"))  # **Collider: the whole question in bold**
        if cstart < cend:
            return _Para(start, end, "label", m.group("label"), cstart, cend, desc=(m.group("desc") or "").strip(", "))
    if _DROP_CAP.match(text):
        return _Para(start, end, "plain", content_start=start, content_end=end)
    w = _BOLD_NAME.match(text)
    if w and norm(w.group("label")) not in _NOT_LABELS:
        return _Para(start, end, "label", w.group("label"), start + w.end(), end, weak=True)
    b = _BOLD_WHOLE.match(text)
    if b and "**" not in b.group("inner") and "__" not in b.group("inner"):
        return _Para(start, end, "bold", content_start=start + 2, content_end=end - 2)
    if _BOLD_BUT_FIRST.match(text):
        return _Para(start, end, "bold", content_start=start, content_end=end - 2)
    styled = _ITALIC_WHOLE.match(text) or _HEADING.match(text)
    if styled:
        return _Para(start, end, "bold", content_start=start + styled.start("inner"),
                     content_end=start + styled.end("inner"), style="italic" if text[0] in "*_" else "heading")
    dash = _DASH_LEAD.match(text)
    if dash and dash.end() < len(text):  # "— Was it cold?" / "— Freezing.": a question only if it asks
        asks = text.rstrip().endswith(("?", "?”", '?"'))
        return _Para(start, end, "bold" if asks else "plain", content_start=start + dash.end(), content_end=end,
                     style="dash")
    segments = _bold_segments(text, start)
    if segments:
        return _Para(start, end, "boldlead", content_start=start, content_end=end, segments=segments)
    return _Para(start, end, "plain", content_start=start, content_end=end)


_QUESTION_MARK = re.compile(r"\?[”\"’']?\s+(?=[A-Z])")
# A question's own follow-up is short; an answer caught in the bold goes on (and past a question of its own).
_MIN_RUN_ON_WORDS = 35
_LONG_RUN_ON_WORDS = 60


def _answer_inside(body: str, p: _Para) -> int | None:
    """Where the answer starts inside a bold paragraph that holds a question and then a long statement."""
    for m in _QUESTION_MARK.finditer(body, p.content_start, p.content_end):
        rest = body[m.end():p.content_end].rstrip(" *_")
        words = len(rest.split())
        if words >= _LONG_RUN_ON_WORDS or (words >= _MIN_RUN_ON_WORDS and not rest.endswith(("?", "?”", '?"'))):
            return m.end()
    return None


def _bold_segments(text: str, base: int) -> tuple[tuple[int, int, str], ...]:
    """`**Question?** Answer. **Next?** Answer.`: a paragraph that opens with a bold run and goes on in plain text."""
    lead = _BOLD_RUN.match(text)
    if not lead or not re.search(r"\w", text[lead.end():]):
        return ()
    inner = lead.group("inner").strip()
    if inner.endswith(":") or text[lead.end():].lstrip().startswith(":"):
        return ()  # "**A heading**: the story goes on": a run-in heading
    segments, cursor = [], 0
    for m in _BOLD_RUN.finditer(text):
        words = len(m.group("inner").split())
        if m.start() > 0 and words < _MIN_INLINE_QUESTION_WORDS and not m.group("inner").rstrip().endswith("?"):
            continue
        if re.search(r"\w", text[cursor:m.start()]):
            segments.append((base + cursor, base + m.start(), "a"))
        segments.append((base + m.start() + len(m.group(1)), base + m.end() - len(m.group(1)), "q"))
        cursor = m.end()
    if re.search(r"\w", text[cursor:]):
        segments.append((base + cursor, base + len(text), "a"))
    return tuple(segments)


def _is_label(m: re.Match, text: str) -> bool:
    label = m.group("label")
    if norm(label) in _NOT_LABELS or len(label) > 40:
        return False
    if m.group("open") and not (m.group("mid") or m.group("close")) and not text.endswith(m.group("open")):
        return False  # "**Bold words**: text" half-bold: a heading, not a label
    return True


@dataclass
class _Roles:
    interviewee: str | None
    interviewer: str | None
    askers: set[str]
    outlet_label: str | None
    confidence: float = 1.0


def _infer_roles(paras: list[_Para], body: str, interview: Interview, cast: Cast, bold_asks: bool) -> _Roles:
    stats: dict[str, list[int]] = {}  # speaker -> [turns, questions, words]
    for p in paras:
        if p.kind == "label" and p.speaker not in _QUESTION_LABELS | _ANSWER_LABELS:
            text = body[p.content_start:p.content_end].rstrip("*_ ")
            s = stats.setdefault(p.speaker, [0, 0, 0])
            s[0] += 1
            s[1] += text.endswith("?") or text.endswith("?”") or text.endswith('?"')
            s[2] += len(text.split())

    def is_press(name: str) -> bool:
        return any(match_strength(name, n) >= 1 or match_strength(n, name) >= 1
                   for n in (interview.outlet, interview.byline) if n)

    descs = {p.speaker: p.desc for p in paras if p.kind == "label" and p.desc}
    transcript = len(stats) > 2 and not bold_asks
    guests = _introduced_guests(paras, body, interview, cast) if transcript else []
    guests += [n for n, d in descs.items() if not _HOST_WORDS.search(d) and n not in guests]
    strict = {n for n, (turns, questions, _) in stats.items() if is_press(n) or questions / turns >= 0.4
              or _HOST_WORDS.search(descs.get(n, ""))} - set(guests)
    answerers = [n for n in stats if n not in strict]
    named, margin = _guess_interviewee(interview, body)
    tied = margin == 0.0 and _labelled_answerers(stats, strict) > 1
    if tied:
        named = None  # two speakers with the same evidence: the guess would be a coin toss
    introduced = [g for g in guests if g in answerers]
    if interview.interviewee:
        interviewee, confidence = cast.find(interview.interviewee) or interview.interviewee, 1.0
    elif introduced:
        # "Please welcome X and Y!": in a transcript the first guest introduced is the subject; mentions mislead
        # there, as hosts keep addressing every guest by name.
        interviewee = introduced[0]
        confidence = CONFIDENCE["one guest introduced"] if len(introduced) == 1 else CONFIDENCE["a panel"]
    elif answerers:
        title = interview.title or ""
        match = [n for n in answerers if named and match_strength(n, named) >= 2 or _named_in(n, title)]
        # Two guests named in the title: the first named is the subject ("X and Y talk about ...").
        match.sort(key=lambda n: (not (named and match_strength(n, named) >= 2), _title_position(n, title)))
        interviewee = match[0] if match else max(answerers, key=lambda n: stats[n][2])
        confidence = CONFIDENCE["answers and is named"] if len(match) == 1 else \
            CONFIDENCE["a panel"] if match else \
            CONFIDENCE["the only one answering"] if len(answerers) == 1 else CONFIDENCE["no evidence but answers"]
    else:
        interviewee = named
        confidence = CONFIDENCE["named, no rival"] * (0.5 + 0.5 * margin) if named else 0.0
    if margin < _MIN_MARGIN and named and not interview.interviewee:
        confidence = min(confidence, CONFIDENCE["a panel"])  # a rival has nearly as much evidence
    if interviewee:
        cast.add(interviewee)
    first = next((p.speaker for p in paras if p.kind == "label"), None)
    # Hosts ask some questions in short turns, or banter in many very short ones; co-guests answer at length.
    askers = strict | {n for n, (turns, questions, words) in stats.items() if n != interviewee and (
        (questions / turns >= 0.15 and words / turns < 30) or (turns >= 5 and words / turns < 12))}
    if first in stats and first != interviewee and transcript and first not in guests:
        askers.add(first)  # a transcript opens with its host
    if guests:  # hosts are not introduced; guests are, by a host or by their descriptor
        askers |= {n for n in stats if n not in guests and n != interviewee}
    askers -= set(guests)
    askers.discard(interviewee)
    outlet_label = next((n for n in stats if n in askers and is_press(n)), None)
    if outlet_label is None and not interview.outlet:
        outlet_label = next((n for n in stats if n in askers), None)
    interviewer = interview.byline or interview.outlet or outlet_label
    return _Roles(interviewee, interviewer, askers, outlet_label, confidence)


_HOST_WORDS = re.compile(r"\b(?:HOST|CO-HOST|ANCHOR|MODERATOR|CORRESPONDENT|INTERVIEWER|PRESENTER|DJ|REPORTER)\b", re.I)
# How a host brings a guest on: "Please welcome X and Y!", "Joining us tonight, X", "Our guest is X".
_GUEST_CUE = re.compile(r"(?:welcome|joining (?:us|me)|joins us|join us|with us|our (?:next |special )?guests?|"
                        r"say hello to|here (?:is|are)|introduce)\b[^.!?\n]{0,160}", re.I)
_INTRO_TURNS = 3  # the first labelled turns of a transcript, where a host introduces the guests


def _introduced_guests(paras: list[_Para], body: str, interview: Interview, cast: Cast) -> list[str]:
    """The labelled speakers a host introduces (or the title names), in order of introduction."""
    labels = [p for p in paras if p.kind == "label"]
    opening = [body[p.start:p.end] for p in paras if p.end <= (labels[0].start if labels else 0)]
    opening += [body[p.content_start:p.content_end] for p in labels[:_INTRO_TURNS]]
    names: list[str] = []
    for text in opening:
        for m in _GUEST_CUE.finditer(text):
            names += people_named(m.group(0))
    names += people_named(interview.title or "")
    speakers = list(dict.fromkeys(p.speaker for p in labels))
    order: list[str] = []
    for name in names:
        for sp in speakers:
            if sp not in order and sp and (match_strength(name, sp) >= 2 or match_strength(sp, name) >= 2):
                order.append(sp)
    return order


def _title_position(name: str, title: str) -> int:
    m = re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", title, re.I) if name.split() else None
    return m.start() if m else len(title)


def _named_in(name: str, context: str) -> bool:
    words = name.split()
    return bool(words) and re.search(r"\b" + re.escape(words[-1]) + r"\b", context, re.I) is not None


_FULL_NAME = re.compile(r"(?<![\w’'])([A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'\-]+)(?![\w’'])")
_LEDE_PARAGRAPHS = 3  # the title and the first paragraphs say whom the piece is about
_MIN_SUBJECT_SCORE = 3.0  # below this no candidate has enough evidence to be named as the interviewee
_SPEECH_NEAR = (r"(?:says|said|tells|told|adds|added|explains|explained|recalls|admits|agrees|agreed|finishes|"
                r"laughs|jokes|continues|notes|shares|insists|asks|asked)")


# How sure the program is of the interviewee, by the kind of evidence it had (0..1). Below
# MIN_CONFIDENCE no quote is attributed in print: a wrong name is worse than none.
CONFIDENCE = {"answers and is named": 0.95, "one guest introduced": 0.9, "a panel": 0.7, "the only one answering": 0.9,
              "no evidence but answers": 0.45, "named, no rival": 1.0}
MIN_CONFIDENCE = 0.5


_MIN_MARGIN = 0.2  # the best-scored name must lead the next by this share to count as evidence


def _labelled_answerers(stats: dict, strict: set) -> int:
    return sum(1 for n in stats if n not in strict)


def _guess_interviewee(interview: Interview, body: str) -> tuple[str | None, float]:
    """The person with the most evidence of being the subject: named in the title and lead, their surname
    kept up through the body, and quoted with speech verbs; never the byline, the outlet or a title in italics."""
    title = interview.title or ""
    lede = " ".join(re.sub(r"[*_]", "", p) for p in body.split("\n\n")[:_LEDE_PARAGRAPHS])
    candidates = _with_body_forms(people_named(title), body) + people_named(lede)
    index = _BodyIndex.of(body)
    scores = {name: _subject_score(name, title, lede, body, interview, index) for name in dict.fromkeys(candidates)}
    scores = _merge_spellings(scores, body)
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=scores.get, default=None)
    if not best or scores[best] < _MIN_SUBJECT_SCORE:
        return None, 0.0
    margin = (ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)) / ranked[0]
    return _usual_spelling(best, body), margin


def _usual_spelling(name: str, body: str) -> str:
    """The spelling of a name the article uses most (a lede's `Jorjan Fox` is the body's `Jorja Fox`)."""
    words = name.split()
    if len(words) != 2:
        return name
    forms = re.findall(r"\b([A-Z][a-z’'\-]+) " + re.escape(words[-1]) + r"\b", body)
    variants = {f for f in forms if f != words[0] and edit_distance_at_most_one(f.lower(), words[0].lower())}
    best = max(variants, key=forms.count, default=None)
    return f"{best} {words[-1]}" if best and forms.count(best) > forms.count(words[0]) else name


def _merge_spellings(scores: dict[str, float], body: str) -> dict[str, float]:
    """`Jorjan Fox` and `Jorja Fox` in one article are one person: keep the spelling the body uses most."""
    merged = dict(scores)
    names = list(scores)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            wa, wb = a.split(), b.split()
            if a in merged and b in merged and len(wa) == len(wb) and wa[-1] == wb[-1] and wa != wb and \
                    all(edit_distance_at_most_one(x.lower(), y.lower()) for x, y in zip(wa, wb)):
                keep, drop = (a, b) if body.count(a) >= body.count(b) else (b, a)
                merged[keep] = max(merged[keep], merged[drop]) + min(merged[keep], merged[drop]) / 2
                del merged[drop]
    return merged


def _with_body_forms(names: list[str], body: str) -> list[str]:
    """A headline's `Ann Dowd Deconstructs` stands for the `Ann Dowd` the body names."""
    out = []
    for name in names:
        words = name.split()
        if name in body or len(words) < 3:
            out.append(name)
            continue
        out.extend(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
                   if (j - i) < len(words) and " ".join(words[i:j]) in body)
    return out


_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
_POSSESSIVE_END = re.compile(r"[’']s?\Z")
# "Okafor says", "Okafor happily says", "says Okafor": found from each speech verb, since scanning for the
# name before it from every word of the body costs ten times as much.
_SPEECH_VERB = re.compile(rf"\b{_SPEECH_NEAR}\b")
_SPEAKER_BEFORE = re.compile(r"(?<![\w’'\-])([A-Za-z][\w’'\-]*),?\s+(?:\w+ly\s+)?\Z")
_SPEAKER_AFTER = re.compile(r"\s+([A-Za-z][\w’'\-]*)")
_SPEAKER_REACH = 60  # characters before a verb searched for its speaker (a name, a comma, an adverb)
# Whole-body patterns open with a literal or a look-ahead at their first letters, not with `\b` or a look-behind:
# the regex engine can then skip to candidate positions instead of trying every character (3-13x faster).
_PLAYING = re.compile(r"(?=[acpr])\b(?:plays?|played|playing|as|character|role of)\s+((?:[\w’'\-]+[ \t]+){0,3}[\w’'\-]+)")
_ITALIC_SPAN = re.compile(r"\*(?<![*\w]\*)(?!\*)([^*\n]{1,80}?)(?<!\*)\*(?![*\w])|_(?<![_\w]_)(?!_)([^_\n]{1,80}?)(?<!_)_(?![_\w])")


@dataclass
class _BodyIndex:
    """Counts read off a body once, so scoring each candidate name costs no scan of the body."""

    words: Counter
    in_italics: Counter
    spoken_by: Counter
    playing: tuple[str, ...]  # the words after each "plays", "as", "character"…

    @classmethod
    def of(cls, body: str) -> "_BodyIndex":
        spoken = Counter(_bare(name) for name in _speakers_by_verb(body))
        italics = Counter(_bare(w) for spans in _ITALIC_SPAN.findall(body) for w in _TOKEN.findall(" ".join(spans)))
        words: Counter = Counter()
        for word, n in Counter(_TOKEN.findall(body)).items():  # each distinct word bared once, not each mention
            words[_bare(word)] += n
        return cls(words, italics, spoken, tuple(_PLAYING.findall(body)))


def _speakers_by_verb(body: str) -> Iterator[str]:
    """The word just before each speech verb (`Okafor says`) or, failing that, just after it (`says Okafor`)."""
    for m in _SPEECH_VERB.finditer(body):
        before = _SPEAKER_BEFORE.search(body, max(0, m.start() - _SPEAKER_REACH), m.start())
        after = None if before else _SPEAKER_AFTER.match(body, m.end())
        if before or after:
            yield (before or after).group(1)


def _bare(word: str) -> str:
    """`Gyllenhaal’s` counts as a mention of Gyllenhaal."""
    if word[-1] not in "s’'":  # most words: no possessive to take off, and no regex to run
        return word
    return _POSSESSIVE_END.sub("", word)


def _subject_score(name: str, title: str, lede: str, body: str, interview: Interview, index: _BodyIndex) -> float:
    words = name.split()
    if any(w.lower().strip(".") in COMMON_WORDS and w.lower() not in ("will", "may", "mark", "star") for w in words):
        return 0.0
    for press in (interview.byline, interview.outlet):
        if press and (norm(name) == norm(press) or norm(words[-1]) == norm(press.split()[-1])):
            return 0.0
    surname = words[-1]
    mentions = index.words[surname]
    if mentions and index.in_italics[surname] >= mentions:
        return 0.0  # only ever inside italics: a show or film title
    score = 3.0 if name in title or re.search(rf"\b{re.escape(surname)}\b", title) else 0.0
    score += 1.0 if name in lede else 0.0
    score += min(3, body.count(name))
    score += 0.5 * min(10, mentions)
    score += min(5, index.spoken_by[surname])
    # "played by", "as Lydia", "(Julia Holden)": a character, not a person who was interviewed.
    playing = sum(after.startswith(name) or after.split(None, 1)[-1].startswith(name) for after in index.playing)
    return score - 2.0 * playing


def _asks(text: str) -> bool:
    return text.rstrip("*_ ").endswith(("?", "?”", '?"'))


def _is_bold_question(text: str, bold_questions: bool, qa_started: bool) -> bool:
    if _asks(text):
        return bold_questions or qa_started
    return bold_questions and qa_started  # "**It sounds like you found balance.**" in a bold-question interview


_MIN_QUESTIONS_FOR_A_STYLE = 2  # one italic question could be a caption; two make a pattern


def _prompt_word(body: str, p: _Para, cast: Cast) -> bool:
    """`**Confess: What's your wildest night on set?**` among bold questions: one word before the colon that names
    nobody is a prompt, and the whole bold line the journalist's question."""
    text = body[p.start:p.end]
    return " " not in p.label.strip() and text.startswith(("**", "__")) and text.endswith(("?**", "?__")) \
        and cast.find(p.label) is None and not p.label.isupper()


def _names_only(text: str, cast: Cast) -> bool:
    """`**‹Mandeep Dhillon›**`, `**JORJA FOX**`: a bold line that only names someone heads that person's section."""
    bare = _NOT_NAME_MARKS.sub(" ", text).strip()
    return bool(bare) and len(bare.split()) <= _MAX_NAME_WORDS and cast.find(bare) is not None \
        and match_strength(bare, cast.find(bare) or "") >= 2


def _prompts_answer(following: list[_Para], who) -> bool:
    """`**Share some intel about the cast.**` right before `**MD:** …`: an imperative prompt is a question too."""
    return bool(following) and following[0].kind == "label" and who(following[0].speaker)[1] in ("interviewee", "other")


def _asking_styles(body: str, paras: list[_Para]) -> set[str]:
    """The ways this article sets its questions apart (bold, italic, headings, dashes): any that at least two
    set-apart paragraphs holding a question use."""
    asking: Counter = Counter()
    for p in paras:
        if p.kind == "bold" or p.kind == "boldlead":
            text = body[p.start:p.end] if p.kind == "bold" else body[p.segments[0][0]:p.segments[0][1]]
            asking[p.style] += "?" in text
    return {style for style, n in asking.items() if n >= _MIN_QUESTIONS_FOR_A_STYLE}


def _reads_as_narration(body: str, p: _Para, current: tuple[str | None, str], interviewee: str | None) -> bool:
    """An unlabelled paragraph after an answer that is the journalist speaking again."""
    text = body[p.start:p.end]
    if _ITALIC_WHOLE.match(text) or _EDITED.search(text):
        return True
    if mentions_airing(text) and len(text.split()) < 60 and not re.search(r"\b(I|I'm|I’m|we|my|our)\b", text):
        return True
    if current[1] == "interviewee" and interviewee and " " in interviewee:
        # The journalist writing about the subject again, unless the words are the subject's own (first person
        # outside quote marks: "…they'd say, 'Look at Alec Baldwin.' That makes me sad.").
        own = _OUTSIDE_QUOTES.sub(" ", text)
        surname = interviewee.split()[-1]
        return re.search(r"\b" + re.escape(surname) + r"\b", own) is not None and \
            not text.lstrip("*_").startswith(("“", '"')) and not _FIRST_PERSON.search(own)
    return False


def _spoken(body: str, who: tuple[str | None, str], start: int, end: int, byline: str | None) -> list[Turn]:
    """A speaker's paragraph, with stage directions (`(laughs)`, `[applause]`) split off as narration."""
    turns, cursor = [], start
    for m in _STAGE_NOTE.finditer(body, start, end):
        if re.search(r"\w", body[cursor:m.start()]):
            turns.append(_turn(body, who, cursor, m.start()))
        turns.append(_turn(body, (byline, "narration"), m.start(), m.end()))
        cursor = m.end()
    if re.search(r"\w", body[cursor:end]) or not turns:
        turns.append(_turn(body, who, cursor, end))
    return turns


def _turn(body: str, who: tuple[str | None, str], start: int, end: int) -> Turn:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Turn(who[0], who[1], body[start:end], start, end)


@dataclass
class _Found:
    start: int  # of the words, inside the marks
    end: int
    mark_start: int
    mark_end: int
    speaker: str | None = None
    short: bool = False  # under four words: speech only when someone is named as saying it


def _find_quotes(body: str, p: _Para, warnings: list[str]) -> list[_Found]:
    text = body[p.start:p.end]
    found = []
    for m in _QUOTE.finditer(text):
        group = "c" if m.group("c") is not None else "s"
        words = m.group(group)
        closed = m.group(0)[-1] in "”\""  and len(m.group(0)) > 1
        if not closed and m.end() == len(text) and len(words.split()) > 3:
            warnings.append(f"unbalanced quote marks in paragraph at offset {p.start}; quote taken to the paragraph's end")
        s, e = p.start + m.start(group), p.start + m.end(group)
        while e > s and body[e - 1].isspace():
            e -= 1
        found.append(_Found(s, e, p.start + m.start(), p.start + m.end(), short=len(words.split()) < 4))
    return found


def _names(text: str, person: str) -> bool:
    return bool(person.split()) and re.search(r"\b" + re.escape(person.split()[-1]) + r"\b", text) is not None


def _attribute_quotes(body: str, paras: list[_Para], cast: Cast, byline: str | None,
                      warnings: list[str], subject: str | None = None) -> list[Quote]:
    quotes: list[Quote] = []
    last_person = None
    prev_para_speaker = None
    recent: list[str] = []  # people in the order last mentioned, for "he"/"she" (see _by_gender)
    genders: dict[str, str | None] = {}
    for p in paras:
        found = _find_quotes(body, p, warnings)
        cursor = p.start
        for i, q in enumerate(found):
            last_person = _note_mentions(body[cursor:q.mark_start], cast, recent) or last_person
            sentence_start = max(body.rfind(". ", p.start, q.mark_start) + 2, p.start)
            before = body[sentence_start:q.mark_start]
            after = body[q.mark_end:min(p.end, q.mark_end + 120)]
            name = None
            for rx, text in ((_AFTER, after), (_ACCORDING, after), (_BEFORE, before)):
                m = rx.search(text)
                if m:
                    name = m.group("a") or (m.groupdict().get("b"))
                    break
            if name:
                q.speaker = _resolve_mention(name, cast, last_person, byline, body)
                gender = _PRONOUN_GENDER.get(name.lower())
                if gender and recent:
                    q.speaker = _by_gender(recent, gender, genders, body) or q.speaker
            elif subject and not q.short and _names(before, subject):
                q.speaker = subject  # "Fox found comfort in “having a place …”": the subject's own words
            if q.short and not (name and q.speaker):
                continue  # a title or a scare quote: narration, not a quote
            elif i > 0 and found[i - 1].speaker and _same_speaker_gap(body[found[i - 1].mark_end:q.mark_start],
                                                                       found[i - 1].speaker, cast):
                q.speaker = found[i - 1].speaker  # “I think,” she says, “that …” / “…,” Voss says. “…”
            elif i == 0 and q.mark_start == p.start and prev_para_speaker:
                q.speaker = prev_para_speaker  # a quote paragraph continuing the previous speaker
            if q.speaker:
                last_person = q.speaker
                _remember(recent, q.speaker)
            cursor = q.mark_end
            quotes.append(Quote(q.speaker, body[q.start:q.end], q.start, q.end))
        last_person = _note_mentions(body[cursor:p.end], cast, recent) or last_person
        prev_para_speaker = found[-1].speaker if found and found[-1].mark_end >= p.end - 40 else None
    return quotes


_PRONOUN_GENDER = {"she": "f", "he": "m", "the actress": "f", "the actor": "m"}
_GENDERED = re.compile(r"\b(?:(she|her|hers|herself)|(he|him|his|himself))\b", re.I)
_GENDER_WINDOW = 160  # characters after a mention where the pronoun that refers to that person usually falls
_GENDER_MENTIONS = 40  # enough mentions to tell, and a bound on the work for a long article


def _remember(recent: list[str], person: str) -> None:
    if person in recent:
        recent.remove(person)
    recent.append(person)


def _note_mentions(text: str, cast: Cast, recent: list[str]) -> str | None:
    """Move everyone `text` names to the end of `recent`, in the order `text` names them; return the last named
    (at one position, the one the cast knew first), or None."""
    spots = []
    for order, name in enumerate(cast.names):
        for form in {name, name.split()[-1]}:
            spots += [(m.start(), -order, name) for m in re.finditer(r"\b" + re.escape(form) + r"\b", text)]
    for *_, name in sorted(spots):
        _remember(recent, name)
    return spots and max(spots)[2] or None


@lru_cache(maxsize=1)
def _unquoted(body: str) -> str:
    """The body with quoted words blanked (same length), made once however many people need it."""
    return _OUTSIDE_QUOTES.sub(lambda q: " " * len(q.group(0)), body)


def _gender(name: str, body: str) -> str | None:
    """The gender the article itself gives a person: the pronoun that follows where they are the subject
    ("Varga plays the smuggler; he learned…"), quoted words left out (they speak of others)."""
    tally = {"f": 0, "m": 0}
    body = _unquoted(body)
    for n, m in enumerate(re.finditer(r"\b" + re.escape(name.split()[-1]) + r"\b(?=,?\s+[a-z])", body)):
        if n >= _GENDER_MENTIONS:
            break
        g = _GENDERED.search(body, m.end(), m.end() + _GENDER_WINDOW)
        if g:
            tally["f" if g.group(1) else "m"] += 1
    f, m = tally["f"], tally["m"]
    return "f" if f >= 2 and f >= 2 * m else "m" if m >= 2 and m >= 2 * f else None


def _by_gender(recent: list[str], gender: str, genders: dict[str, str | None], body: str) -> str | None:
    """The person last mentioned whom the article refers to with this pronoun's gender."""
    for person in reversed(recent):
        if person not in genders:
            genders[person] = _gender(person, body)
        if genders[person] == gender:
            return person
    return None


def _same_speaker_gap(gap: str, speaker: str, cast: Cast) -> bool:
    """Between two quotes of one paragraph stands only their attribution and narration naming nobody else."""
    if len(gap) > 300:
        return False
    gap = re.sub(rf"\b(?:told|tells|to)\s+(?:the\s+)?{_NAME}", "", gap)  # whom it was said to is not a speaker
    others = [n for n in cast.names if n != speaker]
    if _last_mention(gap, Cast(others), None) is not None:
        return False
    return not any(m.group(1) != speaker and m.group(1).split()[-1] != speaker.split()[-1]
                   for m in _FULL_NAME.finditer(gap))


def _resolve_mention(name: str, cast: Cast, last_person: str | None, byline: str | None, body: str) -> str | None:
    if name == "I":
        return byline
    if re.fullmatch(_PRONOUN, name):
        return last_person
    return cast.find(name) or cast.add(cast.expand_cached(name, body))


def _last_mention(text: str, cast: Cast, last: str | None) -> str | None:
    """The person named last in `text` (known people only), else `last`."""
    best_pos = -1
    for name in cast.names:
        for form in {name, name.split()[-1]}:
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if m.start() > best_pos:
                    best_pos, last = m.start(), name
    return last


def _split_narration(body: str, p: _Para, quotes: list[Quote], interviewee: str | None,
                     byline: str | None) -> list[Turn]:
    turns, cursor = [], p.start
    for q in quotes:
        if re.search(r"\w", body[cursor:q.start]):
            turns.append(_turn(body, (byline, "narration"), cursor, _before_mark(body, q.start)))
        role = "interviewee" if q.speaker and q.speaker == interviewee else \
            ("interviewer" if q.speaker and q.speaker == byline else "other")
        turns.append(Turn(q.speaker, role, q.text, q.start, q.end))
        cursor = q.end + 1 if q.end < p.end and body[q.end] in "”\"" else q.end
    if re.search(r"\w", body[cursor:p.end]):
        turns.append(_turn(body, (byline, "narration"), cursor, p.end))
    return turns


def _before_mark(body: str, start: int) -> int:
    return start - 1 if start > 0 and body[start - 1] in "“\"" else start
