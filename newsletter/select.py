"""Select: pull-quotes an editor would pick, with the reasons for each score (pure, deterministic).

Candidates are sentences, or two adjacent sentences, inside an interviewee's
turn; a pull-quote is always an exact span of the body. Interviewers', co-guests'
and narration text never become candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import PullQuote, Understanding
from .extract.sentences import sentences
from .extract.words import COMMON_WORDS

_DANGLING = {"and", "but", "so", "that", "yes", "yeah", "well", "or", "because", "also", "plus", "oh", "no", "um",
             "uh", "like", "then", "which", "too", "okay", "ok", "right", "exactly", "absolutely", "sure"}
_PRONOUN_OPENERS = {"he", "she", "it", "they", "this", "these", "those", "him", "her", "them", "his", "its", "their"}
_FIRST_PERSON = re.compile(r"\b(I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|we|we're|we’re|our|us)\b")
_EMOTION = re.compile(r"\b(lov\w*|hate\w*|scar\w*|terrif\w*|cr(?:y|ied|ying)|laugh\w*|thrill\w*|heartbr\w*|proud|"
                      r"excit\w*|nervous|afraid|happ(?:y|iest|ier)|joy\w*|amazing|incredibl\w*|honou?r\w*|miss\w*|"
                      r"grateful|wonderful|beautiful|fun|dream\w*|fear\w*|magic\w*|wild|devastat\w*|brav\w*|"
                      r"hope\w*|heart|tears?|thank\w*|pride|cherish\w*|adore\w*|panic\w*|shock\w*|delight\w*)\b", re.I)
_COMMON = COMMON_WORDS
_WORD = re.compile(r"[A-Za-z’']+")
_HEDGE = re.compile(r"(I think|I guess|I mean|I suppose|You know|Honestly|Basically|Obviously)\b", re.I)
_FILLER = re.compile(r"\byou know\b|\bsort of\b|\bkind of\b|\bI mean\b|\bum+\b|\buh+\b|\blike,|--|\.\.\.(?=\s*\w)",
                     re.I)
_MARKUP = re.compile(r"\]\(|</?[a-zA-Z][^>]*>|&[a-z]+;|&#\d+;")
_OTHER_QUOTE = re.compile(r"[“”\"]")


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    turn_index: int
    score: float
    reasons: tuple[str, ...]
    excluded: str | None = None  # why it can never be picked


@dataclass(frozen=True)
class Selection:
    picks: tuple[PullQuote, ...]
    candidates: tuple[Candidate, ...]  # every candidate, best first
    warnings: tuple[str, ...] = ()


def select_pull_quotes(u: Understanding, count: int = 2, min_words: int = 8, max_words: int = 35) -> Selection:
    """Rank every candidate span of the interviewee's words and pick `count` diverse ones."""
    view = u.view  # an HTML body is read through its plain view; picks map back to the stored body
    body = view.text if view is not None else u.interview.body
    spans = [(view.to_view(t.start), view.to_view(t.end)) if view is not None else (t.start, t.end) for t in u.turns]
    qa_start = next((spans[i][0] for i, t in enumerate(u.turns) if t.role == "interviewer"), len(body))
    second_para = [m.start() for m in re.finditer(r"\n\s*\n", body)][1:2]
    lead_end = min(qa_start, second_para[0] if second_para else len(body))
    cands = []
    for index, turn in enumerate(u.turns):
        if turn.role != "interviewee":
            continue
        t_start, t_end = spans[index]
        sents = list(sentences(body[t_start:t_end], t_start))
        for i, (s, e) in enumerate(sents):
            cands.append(_score(body, s, e, index, u, min_words, max_words, lead_end))
            if i + 1 < len(sents):
                cands.append(_score(body, s, sents[i + 1][1], index, u, min_words, max_words, lead_end, pair=True))
    cands.sort(key=lambda c: (c.excluded is not None, -c.score, c.start))
    pinned, warnings = _pinned(u, u.interview.body)
    if view is not None:
        cands = [_in_body(c, view, u.interview.body) for c in cands]
    free = [c for c in cands if c.excluded is None and all(c.end <= p.start or c.start >= p.end for p in pinned)]
    return Selection(tuple(pinned + _diverse(free, u, count - len(pinned))), tuple(cands), tuple(warnings))


def _in_body(c: Candidate, view, body: str) -> Candidate:
    """A candidate found in the plain view, as the exact span of the stored body."""
    start, end = view.to_body(c.start, c.end)
    return replace(c, text=body[start:end], start=start, end=end)


def _score(body: str, s: int, e: int, turn_index: int, u: Understanding, min_words: int, max_words: int,
           lead_end: int, pair: bool = False) -> Candidate:
    text = body[s:e]
    plain = re.sub(r"[*_]", "", text)
    words = _WORD.findall(plain)
    n = len(words)
    reasons: list[str] = []
    excluded = None
    score = 0.0
    if n < min_words:
        excluded = f"too short ({n} words)"
    elif n > max_words:
        excluded = f"too long ({n} words)"
    elif plain.rstrip("”\"’' ").endswith("?"):
        excluded = "a question"
    elif any(b and (b in text or text in b) for b in u.interview.bans):
        excluded = "banned by the editor"
    # Editors favour a line that reads in one breath: 9 to 20 words best, up to 25 still fine.
    if 9 <= n <= 20:
        score += 1.0
        reasons.append(f"+1 good length ({n} words)")
    elif 20 < n <= 25:
        score += 0.5
        reasons.append(f"+0.5 long but fine ({n} words)")
    first = words[0].lower() if words else ""
    if first in _DANGLING:
        score -= 2.0
        reasons.append(f"-2 opens with '{words[0]}'")
    elif first in _PRONOUN_OPENERS:
        score -= 1.5
        reasons.append(f"-1.5 opens with '{words[0]}' (refers back)")
    if plain[:1].islower():
        score -= 2.0
        reasons.append("-2 starts mid-sentence")
    if "?" in plain:
        score -= 1.0
        reasons.append("-1 contains a question")
    quoted_comma = plain.endswith(",") and body[e:e + 1] in ("”", '"')  # “…,” she says: rendered with a full stop
    if not plain.rstrip("”\"’' )").endswith((".", "!", "…")) and not quoted_comma:
        score -= 1.0
        reasons.append("-1 no closing punctuation")
    fillers = _FILLER.findall(plain)
    if fillers:
        penalty = min(1.0, 0.5 * len(fillers))
        score -= penalty
        reasons.append(f"-{penalty:g} spoken filler ({', '.join(sorted({f.lower() for f in fillers}))})")
    if _FIRST_PERSON.search(plain):
        score += 1.0
        reasons.append("+1 first person")
    emotion = {m.lower() for m in _EMOTION.findall(plain)}
    if emotion:  # feeling words are common in answers; they count, but less than concrete detail
        score += min(1.0, 0.5 * len(emotion))
        reasons.append(f"+{min(1.0, 0.5 * len(emotion)):g} feeling ({', '.join(sorted(emotion))})")
    if _HEDGE.match(plain):
        score -= 0.5
        reasons.append("-0.5 opens with a hedge")
    rare = [w for w in words if w.lower() not in _COMMON and len(w) > 3]
    if n:
        vivid = round(min(1.5, 3.0 * len(rare) / n), 2)
        score += vivid
        reasons.append(f"+{vivid:g} concrete words ({len(rare)} of {n})")
    if re.search(r"\d", plain):
        score += 0.5
        reasons.append("+0.5 a number")
    if "!" in plain:
        score += 0.25
        reasons.append("+0.25 exclamation")
    if _MARKUP.search(text):
        score -= 1.5
        reasons.append("-1.5 markup remnants (links, tags or entities)")
    if _OTHER_QUOTE.search(text):
        score -= 1.0
        reasons.append("-1 quotes someone else")
    if pair:
        score -= 0.5
        reasons.append("-0.5 two sentences")
    if s < lead_end or _echoed(body, text, s):
        score += 2.0
        reasons.append("+2 the outlet featured it in the lead")
    return Candidate(text, s, e, turn_index, round(score, 2), tuple(reasons), excluded)


def _echoed(body: str, text: str, start: int) -> bool:
    """The outlet printed these words elsewhere too (a standfirst or a repeated pull-quote)."""
    probe = text[:60]
    return len(probe) >= 30 and (body.find(probe) != start or body.find(probe, start + 1) != -1)


def _pinned(u: Understanding, body: str) -> tuple[list[PullQuote], list[str]]:
    picks, warnings = [], []
    for pin in u.interview.pins:
        at = body.find(pin)
        turn = next((t for t in u.turns if t.start <= at and at + len(pin) <= t.end), None) if at != -1 else None
        if at == -1:
            warnings.append(f"pinned quote not found word for word in the article: {pin[:60]!r}")
        elif turn is None or turn.role != "interviewee":
            warnings.append(f"pinned quote is not the interviewee's words, not used: {pin[:60]!r}")
        else:
            picks.append(PullQuote(pin, turn.speaker or u.interviewee or "", at, at + len(pin), 99.0,
                                   ("pinned by the editor",), "pinned"))
    return picks, warnings


def _diverse(cands: list[Candidate], u: Understanding, count: int) -> list[PullQuote]:
    picks: list[Candidate] = []
    for c in cands:
        if len(picks) >= count:
            break
        if any(c.turn_index == p.turn_index or _overlap(c, p) > 0.5 for p in picks):
            continue
        picks.append(c)
    if len(picks) < count:  # short interviews: allow a second pick from one answer, never overlapping spans
        for c in cands:
            if len(picks) >= count:
                break
            if c not in picks and all(c.end <= p.start or c.start >= p.end for p in picks) \
                    and all(_overlap(c, p) <= 0.5 for p in picks):
                picks.append(c)
    speaker = u.interviewee or ""
    return [PullQuote(c.text, u.turns[c.turn_index].speaker or speaker, c.start, c.end, c.score, c.reasons)
            for c in picks]


def _overlap(a: Candidate, b: Candidate) -> float:
    wa = {w.lower() for w in _WORD.findall(a.text)}
    wb = {w.lower() for w in _WORD.findall(b.text)}
    return len(wa & wb) / max(1, min(len(wa), len(wb)))
