"""Who said what: an interview body split into turns, and direct quotes attributed.

Formats handled: labelled Q&A (`Us Weekly:` then `Us:`, `JORJA FOX:` then `FOX:`, `**ET:**`, `Q:`/`A:`,
`Q.`/`A.`, names alone on a line or before a dash), questions set apart by bold, italics, headings, dashes
or nothing at all with unlabelled answers, panel transcripts with stage notes and timestamps, and prose with
direct quotes ("…,” she says).
The rules are ordered from most to least certain; a quote that no rule attributes keeps speaker None
rather than a guess. The paragraphs' kinds come from `layout`, who plays which part from `roles`, whom
the piece is about from `subject`, and the speakers of prose quotes from `attribution`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ..model import Interview, Quote, Turn
from .attribution import CLOSING_MARKS, attribute_quotes, before_mark
from .block_quotes import block_quote_speaker, embedded_post
from .furniture import sources_start
from .brought_in import opens_on_someone_else
from .cast import Cast, people_named
from .lead_context import lead_context
from .headlines import headline_of
from .fuller import named_in_full
from .label_kinds import callers, fields_as_prose, named_voice, resolve_labels
from .after_answers import closes_the_piece, exchange_end, reads_as_narration
from .quote_spans import may_hold_quotes
from .captions import chevron_turns
from .exchanges import reported
from .asking import PROMPTED, answered_below, asking_styles, is_bold_question, kicker
from .label_trust import headline_labels
from .voices import page_voices
from .layout import (ANSWER_LABELS, QUESTION_LABELS, Para, answer_inside, classify, ends_with_question,
                     trusted_marks)
from .page_layouts import read_layouts
from .roles import CONFIDENCE, Roles, infer_roles, named_hosts
from .characters import characters_played
from .told import by_its_subject, opens_on_others_line, told_in_voice
from .sections import names_only
from .scan import led_by_first
from .sentences import paragraph_spans, trim
from .speech_marks import speech_view
from .words import whole_word_pattern
from .wrapping import split_at_labels

# One alternative per opening character (`[_*]{1,3}` as `[_*][_*]{0,2}`, opening on a literal): 3x faster than a look-ahead
_STAGE_NOTE = led_by_first(r"[(\[]\s*[*_]*\s*(?:laugh\w*|chuckl\w*|applause|cheers|crosstalk|inaudible|pause\w*|"
                         r"sigh\w*|nods?|gestures?|smiles?|walks?|waves?|hugs?|claps?|shrugs?|clip|music|silence|"
                         r"audience)\b[^)\]]{0,200}[)\]]"
                         # an editor's aside in italics or bold: "_[At this point, the interviewer decides…]_"
                         r"|[_*][_*]{0,2}[ \t]*\[[^\]\n]{3,300}\][ \t]*[_*]{0,3}", re.I)
# A scene played inside an answer: `(As Walt Faber)` opens the character's words.
_IN_CHARACTER = re.compile(r"[\[(](?:[Aa]s|[Pp]laying|[Ii]n character as)\s+([^)\]\n]{1,40})[\])]\s*")
_WORD_CHAR = re.compile(r"\w")  # whether a stretch holds any word at all
# "Q (fan):", "Q (audience member, front row):": who asks from the floor at a panel
_FROM_THE_FLOOR = re.compile(r"\((?:an?\s+)?(?:fan|audience|crowd|viewer|caller|reader|listener)\b", re.I)
AUDIENCE = "Audience member"

_NARRATORS = frozenset(("narrator", "voice-over", "voiceover", "voice over"))
NEVER_SPEAKS = 0.3  # confidence in an interviewee who says nothing: below roles.MIN_CONFIDENCE


@dataclass
class TurnsResult:
    turns: list[Turn]
    quotes: list[Quote]
    interviewee: str | None
    interviewer: str | None
    outlet: str | None
    warnings: list[str] = field(default_factory=list)
    confidence: float = 1.0  # in the interviewee (0..1)


def extract_turns(interview: Interview) -> TurnsResult:
    """Split an interview body into turns and attribute its quotes (pure)."""
    body = interview.body
    paras = [classify(body, s, e) for s, e in split_at_labels(body, paragraph_spans(body))]
    context = lead_context(headline_of(interview), body, [(p.start, p.end) for p in paras])
    if by_its_subject(interview, context):
        interview = replace(interview, byline=interview.outlet)  # the page's own words are the outlet's
    known = [n for n in (interview.interviewee, interview.byline, interview.outlet) if n]
    cast = Cast(known, context=context)
    chevron_turns(paras, body)
    trusted_marks(paras, body)
    headline_labels(paras, body)
    asking = asking_styles(body, paras)
    read_layouts(paras, body, asking, interview)
    fields_as_prose(body, paras, cast)
    characters = resolve_labels(body, paras, cast, asking)
    roles = infer_roles(paras, body, interview, cast, bool(asking))
    roles.askers -= characters | callers(paras, body)
    named_voice(paras, roles, interview, body)
    reader = _Reader(body, interview, cast, roles, asking, told_in_voice(interview, body, paras, roles, cast))
    reader.labels_only_ask = _labels_only_ask(paras, roles)
    reader.exchange_end = exchange_end(paras, body)
    for i, p in enumerate(paras):
        reader.read(p, paras[i + 1] if i + 1 < len(paras) else None)
    warnings: list[str] = []
    speech, sources = speech_view(body), sources_start(body)  # single speech marks read as double; a source list
    quotes = [replace(q, text=body[q.start:q.end]) if speech is not body else q
              for q in attribute_quotes(speech, [p for p in reader.narration if p.start < sources], cast,
                                        interview.byline, warnings, roles.interviewee)]
    if not reader.turns and not interview.interviewee:
        _most_quoted(quotes, roles, interview, body)
    starts = [q.start for q in quotes]  # quotes come in reading order: each paragraph takes its slice
    hosts = named_hosts(body) - {roles.interviewee}
    turns = reader.turns
    for p in reader.narration:
        inside = quotes[bisect_left(starts, p.start):bisect_left(starts, p.end)]
        turns.extend(_split_narration(body, p, inside, roles.interviewee, interview.byline, hosts))
    turns = _quoted_in_questions(body, speech, turns, reader.asked, cast, interview.byline, roles)
    turns = page_voices(sorted(turns, key=lambda t: t.start), interview, body, roles.interviewee)
    turns, quotes = named_in_full(turns, quotes, interview, roles)
    confidence = roles.confidence
    if roles.interviewee and not interview.interviewee and all(t.role != "interviewee" for t in turns):
        # A piece about someone who is never quoted is news about them, not an interview: naming them as
        # interviewed would be a guess.
        confidence = min(confidence, NEVER_SPEAKS)
        warnings.append(f"{roles.interviewee} is written about but never quoted: not an interview?")
    return TurnsResult(turns, quotes, roles.interviewee, roles.interviewer, interview.outlet or roles.outlet_label,
                       warnings, confidence)


def _labels_only_ask(paras: list[Para], roles: Roles) -> bool:
    """Whether every speaker label is the asking side's (`**TV Star Weekly: Whose idea was it?**`, answers plain)."""
    speakers = {p.speaker for p in paras if p.kind == "label"}
    return bool(speakers) and all(s in QUESTION_LABELS or s in roles.askers for s in speakers)


def _most_quoted(quotes: list[Quote], roles: Roles, interview: Interview, body: str) -> None:
    """In prose, the person quoted far more than the one the evidence named, and named in the headline or the lead,
    is the interviewee ("Jodie revealed…", "she said…" eight times, and the soap's village's spokesperson once)."""
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker and q.speaker not in (interview.byline, roles.interviewer):
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    if not counts:
        return
    top = max(counts, key=counts.get)
    if top in characters_played(body):
        return  # a review quoting a character's lines ("Ingrid Soto-Lamb plays Marit"): she is nobody interviewed
    lead = (interview.title or "") + " " + body[:_LEAD_CHARS]
    if top != roles.interviewee and counts[top] >= _MOST_QUOTED * max(1, counts.get(roles.interviewee or "", 0)) \
            and top.split()[-1] in lead:
        roles.interviewee = top
        roles.confidence = min(roles.confidence, CONFIDENCE["a panel"])


_MOST_QUOTED = 4  # times as many quotes as the named subject: who the piece is really about
_LEAD_CHARS = 600  # the lead, where a profile names its subject


Who = tuple[str | None, str]  # a speaker and their role


class _Reader:
    """Reads the paragraphs in order, keeping who is speaking, into turns; narration is set aside for the
    quote attribution that follows."""

    def __init__(self, body: str, interview: Interview, cast: Cast, roles: Roles, asking: set[str],
                 voice: Who | None = None):
        self.body, self.cast, self.roles, self.asking = body, cast, roles, asking
        self.byline = interview.byline
        self.turns: list[Turn] = []
        self.narration: list[Para] = []
        self.asked: list[Para] = []  # questions set apart, which may quote someone ("[he said] “…”")
        self.voice = voice  # an as-told-to piece's teller, whose every paragraph is theirs unless it is narration
        self.current: Who | None = voice
        self.qa_started = False
        self.previous: Para | None = None
        self.labels_only_ask = False  # only the questions are labelled: an unlabelled paragraph after one answers
        self.exchange_end: int | None = None  # where a Q&A labelling every turn ends (after_answers.exchange_end)

    def who(self, speaker: str) -> Who:
        roles = self.roles
        if speaker in QUESTION_LABELS:
            return roles.interviewer, "interviewer"
        if speaker in ANSWER_LABELS:
            return roles.interviewee, "interviewee"
        if speaker == roles.interviewee:
            return speaker, "interviewee"
        if speaker in roles.askers:
            return (roles.interviewer if roles.outlet_label == speaker else speaker), "interviewer"
        if speaker.lower() in _NARRATORS:  # "NARRATOR (V.O.):" a featurette's voice-over tells, it answers nothing
            return speaker, "narration"
        return speaker, "other"

    def read(self, p: Para, following: Para | None) -> None:
        body, roles = self.body, self.roles
        asker, answerer = (roles.interviewer, "interviewer"), (roles.interviewee, "interviewee")
        if p.kind == "label":
            self.labelled(p, answerer)
        elif p.kind == "bold" and names_only(body[p.content_start:p.content_end], self.cast) or kicker(body, p):
            # a heading: who answers next; a page's section ("**WIN!** Send your…"): the page's own words, whose
            # quotes are their speakers' ("**BEHIND THE SCENES:** Her co-star says… “…,” she tells us.")
            if p.kind == "plain":
                self.narration.append(p)
            else:
                self.turns.append(_turn(body, (self.byline, "narration"), p.start, p.end))
            self.current = None
        elif p.kind == "bold" and (is_bold_question(body[p.start:p.end], p.style in self.asking, self.qa_started)
                                   or PROMPTED in self.asking and answered_below(body, following)
                                   or self._prompts(following)):
            self.ask_in_bold(p)
        elif p.kind == "boldlead" and is_bold_question(body[p.segments[0][0]:p.segments[0][1]], "bold" in self.asking,
                                                       self.qa_started):
            self.qa_started = True
            for s, e, part in p.segments:
                self.speak(asker if part == "q" else answerer, s, e)
            self.current = answerer
        elif p.kind == "exchange":
            self.exchange(p)
        elif p.kind == "stage":
            self.turns.append(_turn(body, (self.byline, "narration"), p.start, p.end))
        elif p.kind == "blockquote" and embedded_post(body, p, following):
            self.speak((None, "other"), p.content_start, p.content_end)  # an embedded post: its poster's, not ours
        elif p.kind == "blockquote" and (roles.interviewee or self.qa_started):
            # A block quote gives someone's words at length: whoever the paragraph before introduced, else
            # the person the piece is about.
            speaker = block_quote_speaker(body, self.previous, self.cast, self.current, roles.interviewee)
            self.speak((speaker, "interviewee" if speaker == roles.interviewee else "other"), p.content_start,
                       p.content_end)
        elif p.kind == "plain" and ends_with_question(body[p.start:p.end]) and self._prompts(following) and \
                not self._under_label_alone():
            # "What are you reading?" unlabelled, then "LENA VOSS: …": labels only on the answers
            self.turns.append(_turn(body, asker, p.content_start, p.content_end))
            self.current = asker
        elif p.kind != "writer" and self.current is not None and \
                not reads_as_narration(body, p, self.current, roles.interviewee) and \
                not (self.exchange_end is not None and p.start >= self.exchange_end and
                     closes_the_piece(body[p.start:p.end])) and \
                not (self.voice and opens_on_others_line(body, p)) \
                and not opens_on_someone_else(body, p, roles.interviewee, self.cast, self._answers_a_question()):
            self.speak(self.current, p.content_start, p.content_end)
        else:
            self.current = self.voice
            self.narration.append(p)
        if p.kind != "blockquote" and _WORD_CHAR.search(body, p.start, p.end):
            self.previous = p  # not a block quote's empty '>' line, which hands over to nobody

    def labelled(self, p: Para, answerer: Who) -> None:
        """A paragraph under a speaker's label: theirs, and what they say through the paragraphs after it."""
        body = self.body
        self.current = self.who(p.speaker)
        self.qa_started = True
        role = _IN_CHARACTER.match(body, p.content_start, p.content_end) if body.startswith(("[", "("), p.content_start) \
            else None  # a scene opens on its bracket: most turns are tried with no pattern
        if role:  # "BRANDT: (As Walt Faber) Does it have brakes?": a scene played, the character's words
            self.speak((role.group(1).strip(), "other"), role.end(), p.content_end)
        elif p.content_start < p.content_end:  # a label alone speaks through the paragraphs after it
            self.speak(self.current, p.content_start, p.content_end)
        if (p.speaker in QUESTION_LABELS or self.labels_only_ask and self.current[1] == "interviewer") and \
                ends_with_question(body[p.content_start:p.content_end]) or \
                p.marked_by == "pipe" and self.current[1] == "interviewer":
            self.current = answerer  # "Q:" on a question, and the answer after it unlabelled
            for s, e, _ in p.segments:
                self.speak(answerer, s, e)  # "TVLINE | …?" and the answer on the line under it

    def _answers_a_question(self) -> bool:
        """The paragraph before asked: the one read now answers it, whoever it names."""
        p = self.previous
        return p is not None and ends_with_question(self.body[p.content_start:p.content_end])

    def _under_label_alone(self) -> bool:
        """Whether the paragraph before was a label on its own ("**u/kelpie_88** · 2.8k points"), whose speaker
        asks what follows."""
        p = self.previous
        return p is not None and p.kind == "label" and p.content_start == p.content_end

    def ask_in_bold(self, p: Para) -> None:
        """A question set apart; the bold may run on past it into the answer (a tag closed in the wrong place)."""
        self.qa_started = True
        answerer = (self.roles.interviewee, "interviewee")
        at = answer_inside(self.body, p) if "bold" in self.asking and p.style == "bold" else None
        self.turns.append(_turn(self.body, (self.roles.interviewer, "interviewer"), p.content_start,
                                at or p.content_end))
        self.asked.append(p)
        if at:
            self.speak(answerer, at, p.content_end)
        self.current = answerer

    def exchange(self, p: Para) -> None:
        """A list or table of questions and answers: the journalist asks each, the interviewee answers, unless an
        answer reports someone's quoted words (`"…," Osei said.`), which attribution reads as prose."""
        self.qa_started, self.current = True, None  # each answer is inside: what follows is the journalist's
        for s, e, part in p.segments:
            if part == "a" and reported(self.body[s:e]):
                self.narration.append(Para(s, e, "plain", content_start=s, content_end=e))
            else:
                self.speak((self.roles.interviewer, "interviewer") if part == "q" else
                           (self.roles.interviewee, "interviewee"), s, e)

    def speak(self, who: Who, start: int, end: int) -> None:
        self.turns.extend(_spoken(self.body, who, start, end, self.byline))

    def _prompts(self, following: Para | None) -> bool:
        """The next paragraph is a labelled answer, so this one asked for it (`**Tell us about the storm.**`)."""
        return following is not None and following.kind == "label" and \
            self.who(following.speaker)[1] in ("interviewee", "other")


def _spoken(body: str, who: tuple[str | None, str], start: int, end: int, byline: str | None) -> list[Turn]:
    """A speaker's paragraph, with stage directions (`(laughs)`, `[applause]`) split off as narration."""
    turns, cursor = [], start
    # every stage note opens a bracket: most paragraphs have none, and the look-ahead leading the pattern has the
    # engine try it at every character of them
    notes = _STAGE_NOTE.finditer(body, start, end) if body.find("(", start, end) != -1 or \
        body.find("[", start, end) != -1 else ()
    for m in notes:
        if _WORD_CHAR.search(body, cursor, m.start()):
            turns.append(_turn(body, who, cursor, m.start()))
        turns.append(_turn(body, (byline, "narration"), m.start(), m.end()))
        cursor = m.end()
    if _WORD_CHAR.search(body, cursor, end) or not turns:
        turns.append(_turn(body, who, cursor, end))
    return turns


def _turn(body: str, who: tuple[str | None, str], start: int, end: int) -> Turn:
    start, end = trim(body, start, end)
    return Turn(who[0], who[1], body[start:end], start, end)


def _quoted_in_questions(body: str, speech: str, turns: list[Turn], asked: list[Para], cast: Cast,
                         byline: str | None, roles: Roles) -> list[Turn]:
    """A question that quotes someone by name or pronoun ("We talked to X and [he said] “…”"): the quoted words
    are that person's, not the journalist's; quotes nobody is named for (a title) stay in the question. Quotes are
    found in `speech`, the body with its single speech marks read as double ones."""
    if not any(may_hold_quotes(speech[p.start:p.end]) for p in asked):
        return turns  # no question quotes anyone
    # The people a question names are who its "he"/"she" can mean: a copy of the cast, so the rest is untouched.
    named = Cast([*cast.names, *(n for p in asked for n in people_named(body[p.start:p.end]))], cast.context)
    quoted = [q for q in attribute_quotes(speech, asked, named, byline, [], roles.interviewee)
              if q.speaker and q.speaker not in (byline, roles.interviewer)]
    for q in quoted:
        at = next((i for i, t in enumerate(turns) if t.role == "interviewer" and t.start <= q.start and q.end <= t.end),
                  None)
        if at is None:
            continue
        t = turns[at]
        role = "interviewee" if q.speaker == roles.interviewee else "other"
        parts = [_turn(body, (t.speaker, t.role), t.start, before_mark(body, q.start)),
                 Turn(q.speaker, role, body[q.start:q.end], q.start, q.end),
                 _turn(body, (t.speaker, t.role), q.end + (speech[q.end:q.end + 1] in "”\""), t.end)]
        turns[at:at + 1] = [part for part in parts if _WORD_CHAR.search(part.text)]
    return turns


def _split_narration(body: str, p: Para, quotes: list[Quote], interviewee: str | None,
                     byline: str | None, hosts: frozenset[str] = frozenset()) -> list[Turn]:
    turns, cursor = [], p.start
    for q in quotes:
        if _WORD_CHAR.search(body, cursor, q.start):
            turns.append(_turn(body, (byline, "narration"), cursor, before_mark(body, q.start)))
        role = "interviewee" if q.speaker and q.speaker == interviewee else \
            ("interviewer" if q.speaker and (q.speaker == byline or q.speaker in hosts) else "other")
        turns.append(Turn(q.speaker, role, q.text, q.start, q.end))
        cursor = q.end + 1 if q.end < p.end and body[q.end] in CLOSING_MARKS else q.end
    if _WORD_CHAR.search(body, cursor, p.end):
        turns.append(_turn(body, (byline, "narration"), cursor, p.end))
    return turns
