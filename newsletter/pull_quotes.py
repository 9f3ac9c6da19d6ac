"""Select: pull-quotes an editor would pick, with the reasons for each score (pure, deterministic).

Candidates are sentences, or two adjacent sentences, inside an interviewee's
turn; a pull-quote is always an exact span of the body. Interviewers', co-guests'
and narration text never become candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from .frozen import frozen
from .model import PullQuote, Understanding
from .extract.sentences import sentences
from .extract.roles import MIN_CONFIDENCE
from .quote_features import REASONS, comments_back, exclusion, features, trails_off, welcomes
from .quote_glance import Context, ruled_out_at_a_glance
from .quote_setups import sets_up
from .quote_ranking import Ranking, Selection, ceiling, pick_diverse, weighed
from .quote_speech import quotes_someone
from .quote_weights import WEIGHTS
from .quote_words import word_flags, words_of
from .quote_answers import answers_alone, death_notice, inside_its_marks, lower_case_sentences, names_anyone, \
    named_by_others, reports_yes_no, types_in_lower_case
from .extract.scan import led_by_first

# The longest reply to a host's welcome read as small talk: a longer one has moved on to the subject.
_SMALL_TALK_WORDS = 40
_SMALL_TALK = "answers the host's welcome (small talk)"
_SHORTEST_FALLBACK = 5  # words: "I live in two worlds." is a pull-quote; "Yes, totally." is not
# A two-sentence pick needs two real sentences: "Yes." or "God, that was a while ago." lean on something else.
_MIN_PAIR_PART = 5
# An answer that opens on a reply this short ("No.", "Loud.", "Eventually.") answers its question there; the
# sentence after it goes on from that reply.
_REPLY_WORDS = 2
# After “…,” the attribution and a quote going on in lower case: the speaker's sentence continues there.
_EMPHASIS = re.compile(r"[*_]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # Markdown emphasis marks, not part of the words
_CONTINUES = re.compile(r"[^.!?“\"\n]{1,80}?[,:]\s*[“\"][a-z]")
# A speaker's label in emphasis at the start of a line, in a block quote or not ("> **Fah:** The scene…"), or after
# the emoji or bullet a magazine sets before its boxes ("🔥 **SPOILER:** Look out…"): no one says it, so a span
# holding one runs across two turns the layout did not tell apart.
_LABEL_INSIDE = re.compile(r"(?:\A|\n)[ \t]*(?:>[ \t]*)*(?:[^\w\s*_>]{1,4}[ \t]*)?(?:\*\*|__|\*|_)[A-Z][^*_\n:]{0,40}"
                           r"(?::(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_):)")
_REASONS_KEPT = 1024  # (feature, share of the score) pairs whose reason is kept formatted
# Inside a sentence too long to print, where one thought ends and the next begins: a comma before "and", "but" or
# "so" opening a new clause, or an ellipsis before a capital ("…upon me… To make"). The words up to such a break,
# or after one on to the full stop, are a quote of their own ("I've had a passion for politics my whole life,").
_CLAUSE_END = re.compile(r",(?=\s+(?:and|but|so)\s)|…(?=\s*[A-Z])|\.\.\.(?=\s*[A-Z])")
# A clause that starts inside a sentence starts on a capital after an ellipsis, or on "I" after a comma
# ("The one thing I learned was, I like worlds that existed before the film starts.").
# A statement closed by a tag question ("…what it is to be a citizen, you know?"): the statement is a quote.
_TAG_QUESTION = re.compile(r",\s+(?:you know|right|are you kidding|don[’']t you think|isn[’']t it|you see|yeah|no)"
                           r"\?[”\"’']?\s*\Z", re.I)
_TAG_CHARS = 30  # the longest tag with its marks (", don't you think?”"): the tag is searched for only there
_CLAUSE_START = re.compile(r"…\s*(?=[A-Z])|\.\.\.\s*(?=[A-Z])|,\s+(?=I\s)")
# Quotation marks that open (after a space, a bracket or a dash, before a letter) and that close (after a word or
# its punctuation, before none): "let's", "don’t", "'81" and "'cause" are neither. A clause break inside someone's
# quoted words ("…they said, 'I know we're saying goodbye, but…', and I won.") would cut theirs from the speaker's.
_OPENS_QUOTE = led_by_first(r"(?<![^\s(\[—–-])(?:[“\"]|[‘'](?!(?:cause|cos|em|til|till|bout|round|n|tis|twas)\b))"
                            r"(?=[^\W\d_])", re.I)
_CLOSES_QUOTE = led_by_first(r"(?<=[\w.,!?…])[’”\"'](?!\w)")


@frozen  # built for every sentence of every answer
class Candidate:
    text: str
    start: int
    end: int
    turn_index: int
    score: float
    reasons: tuple[str, ...]
    excluded: str | None = None  # why it can never be picked
    features: tuple[tuple[str, float], ...] = ()  # what the score was computed from (bench/fit_quotes.py reads it)


def select_pull_quotes(u: Understanding, count: int = 2, min_words: int = 8, max_words: int = 35) -> Selection:
    """Rank the candidate spans of the interviewee's words and pick `count` diverse ones: the ranking scores
    candidates best first as the picks read it (quote_ranking.Ranking), and the rest only when the Selection's
    `candidates` are read."""
    if death_notice(u.interview.title or "", u.interview.body):
        return Selection((), (), ("a death notice (the person quoted has died): no pull-quotes",))
    if u.confidence < MIN_CONFIDENCE:  # a quote under the wrong name is worse than none
        return Selection((), (), (f"not sure who is interviewed (confidence {u.confidence:.2f}): no pull-quotes",))
    view = u.view  # an HTML body is read through its plain view; picks map back to the stored body
    body = view.text if view is not None else u.interview.body
    spans = [(view.to_view(t.start), view.to_view(t.end)) if view is not None else (t.start, t.end) for t in u.turns]
    qa_start = next((spans[i][0] for i, t in enumerate(u.turns) if t.role == "interviewer"), len(body))
    first_break = _PARAGRAPH_BREAK.search(body)
    second_break = first_break and _PARAGRAPH_BREAK.search(body, first_break.end())
    lead_end = min(qa_start, second_break.start() if second_break else len(body))
    specs = []
    own = [spans[i] for i, t in enumerate(u.turns) if t.role == "interviewee"]
    typed_lower = types_in_lower_case(body, own)
    plugs = _plugs(u, view)
    names = named_by_others(u.interviewee, body, own)
    for index, turn in enumerate(u.turns):
        if turn.role == "interviewee":
            specs += _turn_candidates(body, spans, index, u, min_words, max_words, lead_end, typed_lower, plugs, names)
    pinned, warnings = _pinned(u, u.interview.body)
    weights = weighed()
    ranking = Ranking(specs, [_ceiling(spec, weights) for spec in specs], _scored,
                      (lambda c: _in_body(c, view, u.interview.body)) if view is not None else _as_is)
    picks = pick_diverse(ranking, pinned, u, count - len(pinned))
    if not picks and count > len(pinned) and min_words > _SHORTEST_FALLBACK:
        # The interviewee speaks only in short lines ("My knees have not forgiven me."): a short pick beats none.
        fallback = select_pull_quotes(u, count, _SHORTEST_FALLBACK, max_words)
        if fallback.picks:
            return fallback.with_warnings((f"no line of {min_words} words or more to quote; picked shorter ones",))
    return Selection(tuple(pinned + picks), None, tuple(warnings), ranking.all)


def _plugs(u: Understanding, view) -> tuple[tuple[int, int], ...]:
    """The sentences of the article the air-date reader found an airing in, where the candidates are read (the
    plain view's positions when there is one): "It's on Channel 4 on Sundays at nine, so tell your nan." plugs the
    show whoever says it."""
    spans = [(a.sentence_start, a.sentence_end) for a in u.air_dates
             if a.source == "text" and a.sentence_start is not None and a.sentence_end is not None]
    return tuple((view.to_view(s), view.to_view(e)) for s, e in spans) if view is not None else tuple(spans)


def _as_is(c: Candidate) -> Candidate:
    return c


def _turn_candidates(body: str, turn_spans: list[tuple[int, int]], index: int, u: Understanding, min_words: int,
                     max_words: int, lead_end: int, typed_lower: bool = False, plugs: tuple = (),
                     names: tuple[str, ...] = ()) -> list[tuple]:
    """Each sentence of one interviewee turn, and two adjacent ones where one is too short alone, as what _score
    reads to score it: (answer, start, end, piece, opens the answer, pair, clause, the sentence before it as read,
    which may quote the words it reacts to, one sentence or two, after a reply). `typed_lower`: the interviewee
    types in lower case, see types_in_lower_case; `plugs`: the spans of the sentences that tell when the show airs;
    `names`: the parts of the interviewee's name a line about them would use (none when they talk that way)."""
    t_start, t_end = inside_its_marks(body, *turn_spans[index])
    spans = list(sentences(body[t_start:t_end], t_start))
    if typed_lower:
        spans = [piece for s, e in spans for piece in lower_case_sentences(body, s, e)]
    pieces = [_piece(body, s, e) for s, e in spans]
    counts = [len(words) if text is plain else _words(body, s, e) for (s, e), (text, plain, words) in zip(spans, pieces)]
    answers_question = index > 0 and u.turns[index - 1].role == "interviewer"
    # Words never span the white space between sentences, so the turn's count is theirs added up.
    answer = _Answer(body, index, u.interview.bans, min_words, max_words, lead_end,
                     t_start > 0 and body[t_start - 1] in "“\"'‘", sum(counts),
                     spans[0][0] if spans else t_start, spans[-1][1] if spans else t_end, typed_lower)
    answer.question = body[slice(*turn_spans[index - 1])] if answers_question else ""
    answer.journalist = (u.interview.byline or "").split(" ", 1)[0]
    answer.plugs = plugs
    answer.names = names
    answer.reported_yes_no = index > 0 and u.turns[index - 1].role == "narration" and \
        reports_yes_no(body, *turn_spans[index - 1])
    cands = []
    for i, (s, e) in enumerate(spans):
        opens = answers_question and i == 0
        after_reply = answers_question and i == 1 and counts[0] <= _REPLY_WORDS
        cands.append((answer, s, e, pieces[i], opens, False, False, pieces[i - 1][1] if i else None, after_reply))
        tag = _TAG_QUESTION.search(body, max(s, e - _TAG_CHARS), e) if body[e - 1] in "?”\"’'" else None
        if tag and min_words <= _words(body, s, tag.start()) <= max_words:
            cands.append((answer, s, tag.start() + 1, _piece(body, s, tag.start() + 1), opens, False, True, None,
                          False))
        if counts[i] > max_words:
            cands += [(answer, cs, ce, _piece(body, cs, ce), False, False, True, None, False)
                      for cs, ce in _clauses(body, s, e, counts[i], min_words, max_words)]
        if i + 1 < len(spans) and _pairs_well(counts[i], counts[i + 1], min_words) and \
                not (counts[i] >= min_words and comments_back(pieces[i + 1][1], pieces[i + 1][2])) and \
                not trails_off(pieces[i][1]):  # "…or you're just beat and you know.": its thought never ends
            (text, plain, words), (text2, plain2, words2) = pieces[i], pieces[i + 1]
            gap = body[e:spans[i + 1][0]]  # white space only, so emphasis and words of the two simply join
            pair = (text + gap + text2, plain + gap + plain2, words + words2)
            cands.append((answer, s, spans[i + 1][1], pair, opens, True, False, pieces[i - 1][1] if i else None,
                          False))
    # "…Marta Quist, welcome." "Thank you for having me. I've brought biscuits.": the reply to the host's welcome
    # is small talk about the occasion, whatever its words
    answer.small_talk = answers_question and answer.words <= _SMALL_TALK_WORDS and \
        welcomes(body[slice(*turn_spans[index - 1])])
    return cands


def _scored(spec: tuple) -> Candidate:
    """The candidate a spec of _turn_candidates stands for, scored."""
    a, s, e, piece, opens, pair, clause, before, after_reply = spec
    c = _score(a, s, e, piece, opens, pair, clause, _reacts(before), after_reply)
    if a.small_talk:
        return Candidate(c.text, c.start, c.end, c.turn_index, 0.0, (), c.excluded or _SMALL_TALK)
    return c


def _reacts(before: str | None) -> bool:
    """"My mother said, 'This is you.' I did not know whether to laugh or cry.": a sentence after one that quotes
    someone is a reaction to the words quoted just before it, which the pick would leave out."""
    return before is not None and quotes_someone(before)


def _ceiling(spec: tuple, weights: tuple) -> float | None:
    """The most the candidate of a spec can score, or None when its length, its answer or a glance at it rules it
    out."""
    a, s, e, (text, plain, words), opens, pair, clause, before, after_reply = spec
    n = len(words)
    if not a.min_words <= n <= a.max_words or a.small_talk:
        return None
    first = words[0].lower() if words else ""
    quoted_comma, ends_clause = _ends_quoted(a.body, plain, e), _ends_clause(plain, clause)
    if ruled_out_at_a_glance(plain, first, _stops(a, e, quoted_comma, ends_clause), a.typed_lower) or \
            _reacts(before):
        return None
    return ceiling(words, first, plain, (pair, opens, False, quoted_comma, a.in_prose, a.words, s == a.start,
                                         e == a.end, clause, after_reply), weights)


class _Answer:
    """What every candidate cut from one interviewee answer reads of it and of the article (built once an answer,
    so a candidate's scoring is passed one object, not ten arguments)."""

    __slots__ = ("body", "index", "bans", "min_words", "max_words", "lead_end", "in_prose", "words", "start", "end",
                 "small_talk", "typed_lower", "question", "journalist", "reported_yes_no", "plugs", "names")

    def __init__(self, body: str, index: int, bans: tuple[str, ...], min_words: int, max_words: int, lead_end: int,
                 in_prose: bool, words: int, start: int, end: int, typed_lower: bool = False):
        self.body, self.index, self.bans, self.min_words, self.max_words = body, index, bans, min_words, max_words
        self.lead_end, self.in_prose, self.words, self.start, self.end = lead_end, in_prose, words, start, end
        self.small_talk = False  # a reply to the host's welcome (set once the answer is read)
        self.typed_lower, self.question = typed_lower, ""  # the question it answers, when it answers one
        self.journalist = ""  # the byline's first name: a line opening "Dara, …" is said to the journalist
        self.reported_yes_no = False  # the narration before it reports a yes-or-no question it answers
        self.plugs: tuple[tuple[int, int], ...] = ()  # the sentences telling when the show airs
        self.names: tuple[str, ...] = ()  # the interviewee's name as a line about them calls them


def _piece(body: str, s: int, e: int) -> tuple[str, str, list[str]]:
    """A sentence as written, without emphasis marks (the same string when it has none), and its words."""
    text = body[s:e]
    plain = _EMPHASIS.sub("", text) if "*" in text or "_" in text else text
    return text, plain, words_of(plain)


def _clauses(body: str, s: int, e: int, total: int, min_words: int, max_words: int) -> list[tuple[int, int]]:
    """The spans of `min_words` to `max_words` words from a long sentence's start to a clause break in it, and from
    a clause start in it to its end, never a break inside a quotation the sentence opens. Words and quotation
    marks are counted between one break and the next (none spans a break), so a run-on sentence with many breaks
    costs its length, not its length times its breaks."""
    breaks = sorted([(m.end(), True) for m in _CLAUSE_END.finditer(body, s, e)]
                    + [(m.end(), False) for m in _CLAUSE_START.finditer(body, s, e)])
    if not breaks:
        return []
    spans, words, quoting, at = [], 0, 0, s
    for end, ends_clause in breaks:
        words += len(words_of(body[at:end]))
        quoting += len(_OPENS_QUOTE.findall(body, at, end)) - len(_CLOSES_QUOTE.findall(body, at, end))
        at = end
        if quoting <= 0 and min_words <= (words if ends_clause else total - words) <= max_words:
            spans.append((s, end) if ends_clause else (end, e))
    return spans


def _pairs_well(first: int, second: int, min_words: int) -> bool:
    """Two sentences go together only to carry one too short to print alone, and neither is a stub. (A short
    sentence that only comments on a first one long enough to print, "That's the whole show, really.", is not
    carried: the first is printed alone.)"""
    return min(first, second) >= _MIN_PAIR_PART and min(first, second) < min_words


def _words(body: str, s: int, e: int) -> int:
    return len(words_of(body[s:e]))


def _in_body(c: Candidate, view, body: str) -> Candidate:
    """A candidate found in the plain view, as the exact span of the stored body."""
    start, end = view.to_body(c.start, c.end)
    # Built directly: dataclasses.replace costs as much as scoring a short candidate
    return Candidate(body[start:end], start, end, c.turn_index, c.score, c.reasons, c.excluded, c.features)


# "that" before a noun (a thing named before), not "that" opening a clause ("I think that acting…").
_THAT_THING = led_by_first(r"\bthat\s+(?!(?:I|you|he|she|it|we|they|the|a|an|is|was|are|were|would|will|can|could|"
                           r"should|might|must|had|has|have|do|does|did|my|your|his|her|our|their|this|there|to|in|on|"
                           r"at|of|for|with|and|or|but|so|if|when|as|by|from|people|everyone|nobody|somebody|"
                           r"someone|anyone|no|not|all|every|way|much|many|far|long|little|kind|one|ones)\b)([a-z]+)\b")


def _points_back_to(plain: str, before: str) -> bool:
    """Whether the line says "that X" of an X the words before it in the same answer name."""
    return any(re.search(rf"\b{re.escape(m.group(1))}(?:s|es)?\b", before, re.I)
               for m in _THAT_THING.finditer(plain))


_BACK_REACH = 300  # characters of the same answer before a line, where "that X" finds its X


def _score(a: _Answer, s: int, e: int, piece: tuple[str, str, list[str]], first_in_answer: bool, pair: bool = False,
           clause: bool = False, reacts: bool = False, after_reply: bool = False) -> Candidate:
    text, plain, words = piece
    n = len(words)
    # the length first: a third of the candidates are ruled out by it alone
    if n < a.min_words:
        return Candidate(text, s, e, a.index, 0.0, (), f"too short ({n} words)")
    if n > a.max_words:
        return Candidate(text, s, e, a.index, 0.0, (), f"too long ({n} words)")
    body = a.body
    quoted_comma, ends_clause = _ends_quoted(body, plain, e), _ends_clause(plain, clause)
    if a.bans and any(b and (b in text or text in b) for b in a.bans):
        excluded = "banned by the editor"
    elif ":" in text and _LABEL_INSIDE.search(text):
        excluded = "holds a speaker's label (its turn was not cut there)"
    elif reacts:  # whatever else it holds, its point is the words quoted before it
        excluded = "answers the words quoted in the sentence before it"
    else:
        flags = word_flags(words)  # read by the exclusions and the features alike
        excluded = exclusion(plain, words, _stops(a, e, quoted_comma, ends_clause),
                             quoted_comma and _CONTINUES.match(body, e + 1) is not None, flags, a.typed_lower)
        if not excluded and s != a.start and "that " in plain and \
                _points_back_to(plain, body[max(a.start, s - _BACK_REACH):s]):
            # "…the same cat sits on the same car. I will miss that cat…": cut from the middle of an answer, the
            # line points back to a thing the words before it named
            excluded = "points back ('that …') to the sentence before it"
        elif not excluded and first_in_answer and (alone := answers_alone(plain, a.question)):
            excluded = alone
        elif not excluded and a.journalist and plain.startswith(a.journalist + ","):
            excluded = "speaks to the journalist by name"
        elif not excluded and a.names and names_anyone(plain, a.names):
            # "Valentina cries with her whole body": the speaker's own name, someone else's words about them
            excluded = "names its own speaker (someone else's words about them)"
        elif not excluded and a.plugs and any(s < end and start < e for start, end in a.plugs):
            excluded = "tells when and where the show airs (a plug, not a pull-quote)"
        elif not excluded and s == a.start and a.reported_yes_no:
            # "Asked whether she is dating anyone, she smiled. 'I'm married to my work.'": the answer's first words
            # are its yes or no, in other words
            excluded = "answers the yes-or-no question the narration reports just before it"
        elif not excluded and sets_up(body, e, a.end, quoted_comma):
            # "I was stung eleven times in the first month. The twelfth time I understood…", "“I got a lot of
            # letters,” she said. “Most of them…”": a setup, whose point is the sentence after it
            excluded = "sets up the sentence after it"
    if excluded:  # never printed, so never ranked: the rule is its whole explanation
        return Candidate(text, s, e, a.index, 0.0, (), excluded)
    ctx = Context(pair, first_in_answer, s < a.lead_end or _echoed(body, text, s), quoted_comma, a.in_prose,
                  a.words, s == a.start, e == a.end, clause, after_reply)
    score, reasons = 0.0, []
    found = features(text, plain, words, ctx, flags)
    for name, value in filter(_PRESENT, found.items()):  # most features are absent: their weight is not looked up
        weight = WEIGHTS[name]
        if weight:
            weighted = weight * value
            score += weighted
            reasons.append(_reason(name, weighted))
    return Candidate(text, s, e, a.index, round(score, 3), tuple(reasons), excluded, tuple(found.items()))


def _ends_quoted(body: str, plain: str, e: int) -> bool:
    """“…,” she says: a comma before the closing mark, printed as a full stop."""
    return plain.endswith(",") and body[e:e + 1] in ("”", '"')


def _stops(a: _Answer, e: int, quoted_comma: bool, ends_clause: bool) -> bool:
    """A line ending on what is printed as a full stop: a comma before the attribution, a clause's end, or the end of
    a message typed in lower case (which may end on no stop at all)."""
    return quoted_comma or ends_clause or (a.typed_lower and e == a.end)


def _ends_clause(plain: str, clause: bool) -> bool:
    """A clause's comma and a semicolon end a thought as a full stop does, and are printed as one."""
    return clause and plain.endswith(",") or plain.endswith(";")


_PRESENT = itemgetter(1)  # a feature's value, non-zero when it is present


@lru_cache(maxsize=_REASONS_KEPT)
def _reason(name: str, weighted: float) -> str:
    """A feature's reason as shown, by its (never zero) share of the score: the same few recur in every interview.
    Keyed by the share, not the feature's value, because bench/fit_quotes.py swaps the weights while it runs."""
    return f"{weighted:+.2f} {REASONS[name]}"


# Where an outlet repeats a line it features (a standfirst, a dek); searching only there keeps a build linear.
_LEAD_CHARS = 3000


def _echoed(body: str, text: str, start: int) -> bool:
    """The outlet printed these words in the lead too (a standfirst or a dek)."""
    probe = text[:60]
    if len(probe) < 30:
        return False
    at = body.find(probe, 0, _LEAD_CHARS + len(probe))
    return at != -1 and at != start


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
