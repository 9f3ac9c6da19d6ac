"""Rank pull-quote candidates lazily, the best first, and pick from them: scoring only as many as the picks need.

An issue prints two or three quotes an interview, out of some sixty candidates. Each candidate gets a ceiling
first: the score it could reach at most, from the features read off its length, its first word and its place (the
rest at their best weight), or none when a glance rules it out. The candidates wait in a heap by ceiling; the best
is scored, and goes back with its real score; a scored candidate that comes out on top outranks every other, since
no other can score above its ceiling. The full ranking (`Selection.candidates`, for `inspect`, the preview and the
weight fitting) is worked out only when it is read, by scoring every candidate as before. The picks take one
candidate an answer, so once an answer is picked from, the ranking leaves its other candidates unscored.
"""

from __future__ import annotations

import heapq
from functools import lru_cache
from typing import Callable, Container, Iterator

from .model import PullQuote, Understanding
from .quote_words import words_of
from .quote_glance import INTERJECTIONS, IT, PLACED, SHORT_ANSWER_WORDS, SPEAKER
from .quote_words import rare_words
from .quote_weights import WEIGHTS

_PICKS_COMPARED = 64  # candidates whose words are kept for comparing picks: a few an interview
_WEIGHINGS_KEPT = 8  # sets of weights: one in a build, a few while bench/fit_quotes.py tries others
# Added to a ceiling: the rounding of a score to three places and the order its terms are added in move it far less.
_CEILING_MARGIN = 0.01


class Selection:
    """The picks, every candidate best first (worked out when first read), and the warnings of one selection."""

    __slots__ = ("picks", "warnings", "_candidates", "_rank")

    def __init__(self, picks: tuple[PullQuote, ...], candidates: tuple | None = (), warnings: tuple[str, ...] = (),
                 rank: Callable[[], tuple] | None = None):
        self.picks, self.warnings, self._candidates, self._rank = picks, warnings, candidates, rank

    @property
    def candidates(self) -> tuple:
        """Every candidate, best first and the excluded last, each with its score, reasons and features."""
        if self._candidates is None:
            self._candidates, self._rank = self._rank(), None
        return self._candidates

    def _fields(self) -> tuple:
        return self.picks, self.candidates, self.warnings

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Selection) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Selection(picks={self.picks!r}, candidates={self.candidates!r}, warnings={self.warnings!r})"

    def with_warnings(self, more: tuple[str, ...]) -> "Selection":
        """The same selection with `more` warnings after its own."""
        return Selection(self.picks, self._candidates, self.warnings + more, self._rank)


def weighed() -> tuple[tuple[float, ...], float, float]:
    """The weights of the PLACED features in their order, the most talking to "you" adds, and the most the other
    features can add (each is between 0 and 1): read at each selection, since bench/fit_quotes.py swaps the weights
    while it runs."""
    return _weighed(tuple(WEIGHTS.items()))


@lru_cache(maxsize=_WEIGHINGS_KEPT)
def _weighed(weights: tuple[tuple[str, float], ...]) -> tuple[tuple[float, ...], float, float]:
    by_name = dict(weights)
    rest = sum(max(0.0, w) for name, w in weights if name not in PLACED and name != _YOU)
    return tuple(by_name[name] for name in PLACED), max(0.0, by_name[_YOU]), rest


_YOU = "addresses_you"  # present only in a line that holds "you"


def ceiling(words: list[str], first: str, plain: str, ctx: tuple, weights: tuple[tuple[float, ...], float, float]
            ) -> float:
    """The most a candidate can score whose PLACED features are placed_features(words, first, plain, Context(*ctx))
    (`first`: its first word in lower case; `plain`: its words as read; `ctx`: the Context's fields in order).

    The present features' weights are added in PLACED order rather than all seventeen values times their weights
    summed: it is worked out for every candidate, most features are absent, and a zero term leaves a sum of floats
    as it was, so the two agree bit for bit (tests/test_speed_picks.py)."""
    (w_breath, w_long, w_exclaims, w_it, w_interjection, w_speaker, w_pair, w_comma, w_first, w_on_speaker, w_prose,
     w_short, w_opens, w_closes, w_clause, w_reply, w_concrete), you, rest = weights
    pair, first_in_answer, _, quoted_comma, in_prose, turn_words, opens_turn, closes_turn, clause, after_reply = ctx
    n, total = len(words), 0.0
    if 9 <= n <= 20:
        total += w_breath
    elif 20 < n <= 25:
        total += w_long
    if "!" in plain:
        total += w_exclaims
    if first in IT:
        total += w_it
    if first in INTERJECTIONS:
        total += w_interjection
    speaker = first in SPEAKER
    if speaker:
        total += w_speaker
    if pair:
        total += w_pair
    if quoted_comma:
        total += w_comma
    if first_in_answer:
        total += w_first
        if speaker:
            total += w_on_speaker
    if in_prose:
        total += w_prose
    if 0 < turn_words <= SHORT_ANSWER_WORDS:
        total += w_short
    if opens_turn:
        total += w_opens
    if closes_turn:
        total += w_closes
    if clause:
        total += w_clause
    if after_reply:
        total += w_reply
    if n:
        total += min(1.0, 2.0 * rare_words(words) / n) * w_concrete
    return total + (you if "you" in plain.lower() else 0.0) + rest + _CEILING_MARGIN


class Ranking:
    """Candidates ranked as `sorted(key=(excluded, -score, start))` ranks them (ties in the order given), scored
    when the ranking reaches them.

    `specs`: what each candidate is made from; `ceilings`: for each, the most it can score, or None when it is
    ruled out; `score(spec)`: the candidate; `place(candidate)`: it as the article's span."""

    def __init__(self, specs: list, ceilings: list[float | None], score: Callable, place: Callable):
        self.specs, self.score, self.place = specs, score, place
        self.scored: dict[int, object] = {}
        self.ranked: tuple | None = None
        self.heap = [(-c, _start_of(spec), i, None) for i, (spec, c) in enumerate(zip(specs, ceilings))
                     if c is not None]
        self.open = [i for _, _, i, _ in self.heap]  # the candidates no glance rules out
        heapq.heapify(self.heap)

    def candidate(self, i: int):
        """The `i`-th candidate, scored (once)."""
        if i not in self.scored:
            self.scored[i] = self.score(self.specs[i])
        return self.scored[i]

    def best_first(self, passed: Container = (), group: Callable = id) -> Iterator:
        """The candidates no rule excludes, best first, each as placed in the article; a candidate whose `group`
        (of its spec) is in `passed` when the ranking reaches it, unscored, is left out: the reader has no use for
        it (it is read once, and may add to `passed` as it reads)."""
        heap = self.heap
        while heap:
            key, start, i, found = heapq.heappop(heap)
            if found is not None:
                yield found
            elif group(self.specs[i]) not in passed:
                c = self.candidate(i)
                if c.excluded is None:
                    heapq.heappush(heap, (-c.score, start, i, self.place(c)))

    def free(self) -> list:
        """Every candidate no rule excludes, best first, as placed in the article."""
        cands = [(c.score, c.start, i, c) for i in self.open if (c := self.candidate(i)).excluded is None]
        cands.sort(key=lambda k: (-k[0], k[1], k[2]))
        return [self.place(c) for _, _, _, c in cands]

    def all(self) -> tuple:
        """Every candidate, the excluded last, as placed in the article (worked out once)."""
        if self.ranked is None:
            cands = [self.candidate(i) for i in range(len(self.specs))]
            cands.sort(key=lambda c: (c.excluded is not None, -c.score, c.start))
            self.ranked = tuple(map(self.place, cands))
        return self.ranked


def _start_of(spec) -> int:
    """Where the candidate of a spec starts (the ranking's second key, as in the full sort)."""
    return spec[1]


def pick_diverse(ranking: Ranking, pinned: list[PullQuote], u: Understanding, count: int) -> list[PullQuote]:
    """`count` picks from the candidates no rule excludes and no pin overlaps, best first: one an answer, none
    sharing most of its words with another, then (short interviews) any that overlaps no pick."""
    def clear_of_pins(c) -> bool:
        return all(c.end <= p.start or c.start >= p.end for p in pinned)

    picks: list = []
    picked = set()  # the answers picked from: the ranking leaves their other candidates unscored
    for c in ranking.best_first(picked, _answer_of) if count > 0 else ():
        if not clear_of_pins(c) or c.turn_index in picked or any(_overlap(c, p) > 0.5 for p in picks):
            continue
        picks.append(c)
        picked.add(c.turn_index)
        if len(picks) >= count:
            break
    if len(picks) < count:  # short interviews: allow a second pick from one answer, never overlapping spans
        for c in ranking.free():
            if clear_of_pins(c) and c not in picks and \
                    all(c.end <= p.start or c.start >= p.end for p in picks) and \
                    all(_overlap(c, p) <= 0.5 for p in picks):
                picks.append(c)
                if len(picks) >= count:
                    break
    speaker = u.interviewee or ""
    return [PullQuote(c.text, u.turns[c.turn_index].speaker or speaker, c.start, c.end, c.score, c.reasons)
            for c in picks]


def _answer_of(spec: tuple) -> int:
    """The index of the turn a candidate's spec was cut from."""
    return spec[0].index


def _overlap(a, b) -> float:
    wa, wb = _lower_words(a.text), _lower_words(b.text)
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


@lru_cache(maxsize=_PICKS_COMPARED)
def _lower_words(text: str) -> frozenset[str]:
    """A candidate's words in lower case, remembered: each pick is compared with every candidate read after it."""
    return frozenset(w.lower() for w in words_of(text))
