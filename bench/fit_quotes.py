"""Fit the pull-quote feature weights on the annotated real-article corpus, and report them honestly.

For every annotated interview the program's own candidates (the interviewee's sentences and sentence pairs
that pass the editors' rules) are labelled: forbidden when they overlap a `bad_pull_quotes` line (a pick that
does counts as forbidden whatever else it holds), else acceptable when they overlap a `good_pull_quotes` one.
The weights maximise, mostly, the probability that an interview's top line is acceptable (a listwise softmax),
partly the acceptable lines above the others (pairwise), and rank its forbidden lines under its acceptable ones
(pairwise), L2-regularised (numpy), with the signs of the editorial penalties held.

Prints, for the fitted weights and for the weights in newsletter/quote_weights.py: interviews with an
acceptable pick in the top 3 and forbidden picks, over all sources and **leave-one-source-out** (fit without a
source, score on it: the estimate for a source never seen). Held out, it also prints where each interview's first
acceptable pick stands among DEEP picks (first, within five, within DEEP, mean reciprocal rank): one line can
move the top-3 count by one, so a change to the ranking is better judged by all of these moving together.

Usage: python bench/fit_quotes.py [CORPUS_DIR] [--also DIR ...] [--check DIR ...] [--noise] [--write]
  --also DIR   add another annotated set in the same schema (e.g. tests/extract/fiction) as one more source
  --check DIR  score the weights in the file and the fitted ones on another annotated set, never fitted on: what
               a refit would do to a held-out set (e.g. the fictional ones), seen before --write
  --noise      leave-one-source-out again at a third and three times L2: with 40 interviews in three sources
               one interview more or less is within the noise, and this shows how much
  --write      regenerate newsletter/quote_weights.py from the fit on everything read
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import eval_corpus
import numpy as np
from newsletter import quote_weights
from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

L2 = 0.01  # keeps weights small where the corpus says little
NOISE_SCALES = (1 / 3, 3)  # --noise: leave-one-source-out again with L2 times these
STEPS = 400
RATE = 2.0
FORBIDDEN_WEIGHT = 1.0  # the forbidden lines' pairwise loss beside the listwise one
# The share of the old all-pairs loss kept beside the listwise one: the diversity pick reaches past the top line
# (one pick per answer), so the order of the lines under it matters too.
PAIRWISE_SHARE = 0.25
# Editorial penalties keep their sign whatever a small corpus says: the most a weight may be.
CEILINGS = {"markup": -1.0, "quotes_someone": 0.0, "filler": 0.0, "hedge_opener": 0.0}
DEEP = 10  # picks asked for to find where the first acceptable one stands
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "newsletter" / "quote_weights.py"


def load(root: Path, source: str | None = None) -> list[dict]:
    """Every annotated interview under `root`, understood once."""
    items = []
    for ann_path in sorted(root.glob("interviews*.jsonl")):
        for line in ann_path.read_text().splitlines():
            ann = json.loads(line)
            u = understand(read_interview(root / "articles" / ann["path"]))
            items.append({"ann": ann, "u": u, "source": source or eval_corpus.source_of(ann["path"])})
    return items


def training_rows(items: list[dict], names: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per interview: the candidates' features and their label (1 acceptable, -1 forbidden, 0 unlabelled)."""
    groups = []
    for it in items:
        cands = [c for c in select_pull_quotes(it["u"], count=3).candidates if c.excluded is None]
        if not cands:
            continue
        x = np.array([[dict(c.features).get(n, 0.0) for n in names] for c in cands])
        # A line that overlaps a forbidden one counts as forbidden when picked, whatever good line it holds too.
        y = np.array([-1 if any(eval_corpus.overlaps(c.text, b) for b in it["ann"]["bad_pull_quotes"]) else
                      1 if any(eval_corpus.overlaps(c.text, g) for g in it["ann"]["good_pull_quotes"]) else 0
                      for c in cands])
        if (y == 1).any():
            groups.append((x, y))
    return groups


def fit(groups: list[tuple[np.ndarray, np.ndarray]], names: list[str], l2: float = L2) -> dict[str, float]:
    """Mostly listwise for the acceptable lines, pairwise for the forbidden ones; each interview weighs the same.

    The metric asks for one acceptable line among the top three, not every acceptable line above every other
    one: all-pairs ranking alone spent the weights on ordering the acceptable lines' weaker halves. So most of
    the loss is the probability that the interview's top line (a softmax over its candidates' scores) is an
    acceptable one; PAIRWISE_SHARE of it stays all-pairs (RankNet); and, because a forbidden pick anywhere
    in the top three counts, every forbidden line is ranked under every acceptable one."""
    w = np.zeros(len(names))
    ceiling = np.array([CEILINGS.get(n, np.inf) for n in names])
    for _ in range(STEPS):
        grad = l2 * w
        for x, y in groups:
            grad += (PAIRWISE_SHARE * _pairwise_gradient(x, y, w)
                     + (1 - PAIRWISE_SHARE) * _listwise_gradient(x, y, w)) / len(groups)
        w -= RATE * grad
        w = np.minimum(w, ceiling)
    return {n: round(float(v), 3) for n, v in zip(names, w)}


def _pairwise_gradient(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """d/dw, for one interview, of the mean log(1 + exp(other - acceptable)) over its (acceptable, other) pairs."""
    good, other = x[y == 1], x[y != 1]
    if not len(other):
        return np.zeros_like(w)
    push = 1.0 / (1.0 + np.exp((good @ w)[:, None] - (other @ w)[None, :]))  # d loss / d margin, negated
    push /= push.size
    return push.sum(axis=0) @ other - push.sum(axis=1) @ good


def _listwise_gradient(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """d/dw, for one interview, of -log P(top line acceptable) plus FORBIDDEN_WEIGHT times the mean
    log(1 + exp(forbidden - acceptable)) over its (acceptable, forbidden) pairs."""
    s = x @ w
    grad = _softmax(s) @ x - _softmax(s[y == 1]) @ x[y == 1]
    bad = y == -1
    if bad.any():
        good_x, bad_x = x[y == 1], x[bad]
        margin = s[y == 1][:, None] - s[bad][None, :]
        push = 1.0 / (1.0 + np.exp(margin))  # d loss / d margin, negated
        push /= push.size
        grad -= FORBIDDEN_WEIGHT * (push.sum(axis=1) @ good_x - push.sum(axis=0) @ bad_x)
    return grad


def _softmax(s: np.ndarray) -> np.ndarray:
    p = np.exp(s - s.max())
    return p / p.sum()


@contextmanager
def _using(weights: dict[str, float]):
    """newsletter.quote_weights.WEIGHTS replaced by `weights` while the block runs."""
    saved = dict(quote_weights.WEIGHTS)
    quote_weights.WEIGHTS.update(weights)
    try:
        yield
    finally:
        quote_weights.WEIGHTS.clear()
        quote_weights.WEIGHTS.update(saved)


def score_with(weights: dict[str, float], items: list[dict]) -> tuple[int, int, int]:
    """Interviews with an acceptable pick in the top 3, forbidden picks there, and interviews."""
    with _using(weights):
        hits = forbidden = 0
        for it in items:
            picks = select_pull_quotes(it["u"], count=eval_corpus.TOP).picks
            hits += any(eval_corpus.overlaps(p.text, g) for p in picks for g in it["ann"]["good_pull_quotes"])
            forbidden += sum(any(eval_corpus.overlaps(p.text, b) for b in it["ann"]["bad_pull_quotes"]) for p in picks)
        return hits, forbidden, len(items)


def first_acceptable(weights: dict[str, float], items: list[dict]) -> list[int | None]:
    """Per interview, the place (0 is the first pick) of its first acceptable pick among DEEP picks, or None."""
    with _using(weights):
        places = []
        for it in items:
            picks = select_pull_quotes(it["u"], count=DEEP).picks
            places.append(next((k for k, p in enumerate(picks)
                                if any(eval_corpus.overlaps(p.text, g) for g in it["ann"]["good_pull_quotes"])), None))
        return places


def depth(places: list[int | None]) -> str:
    """Where the first acceptable picks stand: steadier than the top-3 count, which one line can move by one."""
    n = len(places)
    within = [sum(p is not None and p < k for p in places) for k in (1, 5, DEEP)]
    mrr = sum(1 / (p + 1) for p in places if p is not None) / n
    return f"first acceptable pick 1st {within[0]}/{n}, in 5 {within[1]}/{n}, in {DEEP} {within[2]}/{n}, MRR {mrr:.3f}"


def fold_weights(items: list[dict], names: list[str], l2: float = L2) -> dict[str, dict[str, float]]:
    """Per source, the weights fitted on the other sources."""
    return {src: fit(training_rows([it for it in items if it["source"] != src], names), names, l2)
            for src in sorted({it["source"] for it in items})}


def leave_one_source_out(items: list[dict], names: list[str], l2: float = L2) -> dict[str, tuple[int, int, int]]:
    """Per source: (good in top 3, forbidden, interviews) with weights fitted on the other sources."""
    return {src: score_with(weights, [it for it in items if it["source"] == src])
            for src, weights in fold_weights(items, names, l2).items()}


def _held_out_places(items: list[dict], folds: dict[str, dict[str, float]]) -> list[int | None]:
    """first_acceptable for every interview, each with the weights fitted without its source."""
    return [place for src, weights in folds.items()
            for place in first_acceptable(weights, [it for it in items if it["source"] == src])]


def _report_check(root: Path, current: dict[str, float], fitted: dict[str, float]) -> None:
    """Good picks and forbidden ones on a set no weights were fitted on, with the file's weights and the fit's."""
    items = load(root, source=root.name)
    figures = [score_with(weights, items) for weights in (current, fitted)]
    print(f"  held out, {root.name}: " + ", ".join(f"{label} {hits}/{n} good, {bad} forbidden" for label, (hits, bad, n)
                                                   in zip(("file's weights", "fitted"), figures)))


def _report_held_out(items: list[dict], names: list[str], current: dict[str, float], noise: bool) -> None:
    """Leave-one-source-out per source and in all, and (`noise`) again at other L2 strengths."""
    print("\nleave-one-source-out (fit on the others, score on this one):")
    folds = fold_weights(items, names)
    total_hits = total_bad = total_n = 0
    for src, weights in folds.items():
        held = [it for it in items if it["source"] == src]
        (hits, bad, n), (base_hits, base_bad, _) = score_with(weights, held), score_with(current, held)
        total_hits, total_bad, total_n = total_hits + hits, total_bad + bad, total_n + n
        print(f"  {src:<12} fitted without it: {hits}/{n} good, {bad} forbidden   "
              f"(current weights: {base_hits}/{n}, {base_bad})")
    print(f"  {'ALL':<12} {total_hits}/{total_n} good ({100 * total_hits / total_n:.0f}%), {total_bad} forbidden")
    print(f"  {'':<12} {depth(_held_out_places(items, folds))}")
    if noise:
        print("\nthe same at other L2 strengths (a change that moves the figure above by less than these do is noise):")
        for scale in NOISE_SCALES:
            other = fold_weights(items, names, L2 * scale)
            runs = [score_with(weights, [it for it in items if it["source"] == src]) for src, weights in other.items()]
            hits, bad = sum(r[0] for r in runs), sum(r[1] for r in runs)
            print(f"  L2={L2 * scale:<8.4g} {hits}/{total_n} good, {bad} forbidden; {depth(_held_out_places(items, other))}")


def main() -> None:
    argv = sys.argv[1:]
    also = [Path(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--also"]
    checks = [Path(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--check"]
    args = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] not in ("--also",
                                                                                                     "--check"))]
    root = Path(args[0]) if args else eval_corpus.default_corpus()
    items = load(root)
    for extra in also:
        items += load(extra, source=extra.name)
    names = list(quote_weights.WEIGHTS)
    current = dict(quote_weights.WEIGHTS)
    fitted = fit(training_rows(items, names), names)
    print(f"{'weights':<34} {'good in top 3':>14} {'forbidden':>10}")
    for label, weights in (("in newsletter/quote_weights.py", current), ("fitted on all sources", fitted)):
        hits, bad, n = score_with(weights, items)
        print(f"{label:<34} {hits:>8}/{n:<5} {bad:>10}")
    for check in checks:
        _report_check(check, current, fitted)
    _report_held_out(items, names, current, "--noise" in argv)
    print("\nfitted weights: " + ", ".join(f"{n}={v:+g}" for n, v in fitted.items()))
    if "--write" in sys.argv:
        body = ",\n".join(f"    {n!r}: {v}" for n, v in fitted.items())
        WEIGHTS_FILE.write_text(
            '"""Weights of the pull-quote features, fitted by `python bench/fit_quotes.py --write` '
            '(do not edit by hand)."""\n\nWEIGHTS = {\n' + body.replace("'", '"') + ",\n}\n")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
