"""Fit the pull-quote feature weights on the annotated interviews, and report them honestly.

For every annotated interview the program's own candidates (the interviewee's sentences and sentence pairs
that pass the editors' rules) are labelled: forbidden when they overlap a `bad_pull_quotes` line (a pick that
does counts as forbidden whatever else it holds), else acceptable when they overlap a `good_pull_quotes` one.
The weights maximise, mostly, the probability that an interview's top line is acceptable (a listwise softmax),
partly the acceptable lines above the others (pairwise), and rank its forbidden lines under its acceptable ones
(pairwise), L2-regularised (numpy), with the signs of the editorial penalties held.

`--write` fits on the real corpus and the invented sets FICTION_SETS (real archives alone are three sources and
40 interviews: too few kinds of text to generalise from); a set named by `--held` is scored in every held-out figure
(with the fit on every set that trains) but never trained on. An interview of a real source weighs REAL_WEIGHT
times an invented one. FICTION_SETS, REAL_WEIGHT and L2 were chosen by the leave-one-source-out figure over all
sources together, which `--noise` prints for every setting (see REAL_WEIGHT). The weights in
newsletter/quote_weights.py are an earlier fit (its docstring says on what): the comment under REAL_WEIGHT says
why they are not this setup's yet.

Prints, apart (only the leave-one-source-out lines estimate how the program does on text never seen):
- the weights in newsletter/quote_weights.py and the fit on everything, in-sample, per set;
- leave-one-source-out on the real sources with real-only training (the figure before the invented sets
  joined the training);
- leave-one-source-out on every source, real and invented, with the real+invented training the shipped
  weights use; the real sources' total beside the invented ones', every forbidden pick held out, and where each
  interview's first acceptable pick stands among DEEP picks (first, within five, within DEEP, mean reciprocal
  rank: one line can move the top-3 count by one, so a change is better judged by all of these together).

Usage: python bench/fit_quotes.py [CORPUS_DIR] [--real-only] [--also DIR ...] [--check DIR ...] [--held DIR ...]
                                  [--abstain] [--noise] [--write]
  --real-only  train on the real corpus alone (today's figures before the invented sets joined)
  --also DIR   add another annotated set in the same schema as one more (invented) source
  --check DIR  score the weights in the file and the fitted ones on another annotated set, never fitted on: what
               a refit would do to a held-out set, seen before --write
  --held DIR   an annotated set (one of FICTION_SETS too) never trained on but scored in every held-out figure,
               with the weights fitted on every set that trains: two setups compared on the same interviews
  --abstain    how far picks under a score threshold, absolute or below the interview's first pick, would
               trade good interviews for forbidden picks held out (chosen on the held-out picks themselves: what
               no fitted threshold can beat)
  --noise      leave-one-source-out over all sources again for every NOISE_REAL_WEIGHTS x NOISE_L2_SCALES: a change
               that moves the figure by less than these do is noise
  --write      regenerate newsletter/quote_weights.py from the fit on everything read; the shipped weights come
               from `python bench/fit_quotes.py --write` (the real corpus and FICTION_SETS)
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
from newsletter.quote_features import REASONS
from newsletter.sources.folder import read_interview

REPO = Path(__file__).resolve().parents[1]
# The invented annotated sets trained on beside the real corpus (each one source); a later set stays out until
# its first score is recorded, so that it is a held-out estimate first (fiction7 to fiction15 stay out). fiction6 trains: over
# all nine sources (`--noise`, beside `--held tests/extract/fiction6 --noise` for the same settings without it; main
# at 1282749) training on it leaves as many or fewer forbidden picks at eight of the nine settings (131 against 136
# summed) for 3 fewer good interviews summed (1432 against 1435): within the noise either way, fewer forbidden
# picks the steadier of the two. At REAL_WEIGHT and L2: 160/184 and 12 forbidden with it, 162 and 14 without.
FICTION_SETS = tuple(REPO / "tests" / "extract" / name for name in
                     ("fiction", "fiction2", "fiction3", "fiction4", "fiction5", "fiction6"))
L2 = 0.01  # keeps weights small where the annotations say little
# An interview from a real archive against an invented one. Leave-one-source-out over all nine sources (--noise,
# 1282749) puts every setting of NOISE_REAL_WEIGHTS x NOISE_L2_SCALES within 157-161 of 184 good and 12-17
# forbidden: mostly noise. Real weight 1 at L2 0.01 has the fewest forbidden with the most good but one (160, 12;
# the real sources 31/40, 1 forbidden); real weight 2 160 and 13 (30/40); real weight 1 at L2 0.03 161 and 16.
REAL_WEIGHT = 1.0
# Why newsletter/quote_weights.py is not this setup's fit: no fit of the current features, at any real weight
# (1-4), L2 (a third to three times), pairwise share (0.1-0.5) or forbidden weight (0.5-2) scores the real corpus's
# floor in-sample (33/40, tests/extract/test_shared_corpus.py): 30-32/40 (32 and a forbidden pick without fiction6,
# at real weight 2); at REAL_WEIGHT 31/40, and fiction4 3 forbidden (its ceiling is 2). The file's weights, fitted on earlier features (real weight
# 2, fiction..fiction5), score 33/40 in-sample. Floors are never lowered, so writing this fit is a decision for whoever
# owns the floors. Still so with the editors' rules of session 28 (main at 41a0ac9): every real weight of 1-6 at a
# third to three times L2 scores 29-32/40 in-sample; at REAL_WEIGHT 31/40 (the file's weights keep two exclamatory
# "I love…" lines the fit ranks lower) and fiction7, never trained on, 2 forbidden against its ceiling of 1.
NOISE_L2_SCALES = (1 / 3, 1, 3)  # --noise: L2 times these ...
NOISE_REAL_WEIGHTS = (1.0, 2.0, 4.0)  # ... and these real weights
STEPS = 400
RATE = 2.0
FORBIDDEN_WEIGHT = 1.0  # the forbidden lines' pairwise loss beside the listwise one
# The share of the old all-pairs loss kept beside the listwise one: the diversity pick reaches past the top line
# (one pick per answer), so the order of the lines under it matters too.
PAIRWISE_SHARE = 0.25
# Editorial penalties keep their sign whatever a small corpus says: the most a weight may be.
# ends_at_comma too: the invented sets cut a quote at its attribution's comma by convention, which made a line
# ending "…somewhere,” Fox says" look like a plus; the real archive's editor refused one.
CEILINGS = {"markup": -1.0, "quotes_someone": 0.0, "filler": 0.0, "hedge_opener": 0.0, "ends_at_comma": 0.0}
DEEP = 10  # picks asked for to find where the first acceptable one stands
WEIGHTS_FILE = REPO / "newsletter" / "quote_weights.py"
NAMES = list(REASONS)  # every feature, so a new one is fitted (and written) too


def load(root: Path, source: str | None = None, trains: bool = True) -> list[dict]:
    """Every annotated interview under `root`, understood once, with its labelled candidates (`rows`).

    `source` names an invented set (one source); without it the set is the real corpus, split by archive. A set
    that does not train (`trains`) is only ever scored, with weights fitted on every set that does."""
    items = []
    for ann_path in sorted(root.glob("interviews*.jsonl")):
        for line in ann_path.read_text().splitlines():
            ann = json.loads(line)
            u = understand(read_interview(root / "articles" / ann["path"]))
            items.append({"ann": ann, "u": u, "source": source or eval_corpus.source_of(ann["path"]),
                          "real": source is None, "trains": trains, "rows": _rows(u, ann)})
    return items


def _rows(u, ann: dict) -> tuple[np.ndarray, np.ndarray] | None:
    """The candidates' features and their label (1 acceptable, -1 forbidden, 0 unlabelled), or None when no
    candidate is acceptable (nothing to learn from). Features do not depend on the weights: read once."""
    cands = [c for c in select_pull_quotes(u, count=3).candidates if c.excluded is None]
    if not cands:
        return None
    x = np.array([[dict(c.features).get(n, 0.0) for n in NAMES] for c in cands])
    # A line that overlaps a forbidden one counts as forbidden when picked, whatever good line it holds too.
    y = np.array([-1 if any(eval_corpus.overlaps(c.text, b) for b in ann["bad_pull_quotes"]) else
                  1 if any(eval_corpus.overlaps(c.text, g) for g in ann["good_pull_quotes"]) else 0
                  for c in cands])
    return (x, y) if (y == 1).any() else None


class Problem:
    """Every training interview's candidates stacked in one matrix, so each step of the fit is a few array
    operations: the listwise softmax per interview by its row segments, the pairwise losses as index pairs."""

    def __init__(self, items: list[dict], real_weight: float):
        groups = [(it["rows"], real_weight if it["real"] else 1.0) for it in items if it["rows"] is not None]
        total = sum(weight for _, weight in groups)
        xs, group_of, good, share, pairs = [], [], [], [], ([], [], [])
        offset = 0
        for g, ((x, y), weight) in enumerate(groups):
            xs.append(x)
            group_of += [g] * len(y)
            good.append(y == 1)
            share.append(weight / total)
            idx = np.arange(offset, offset + len(y))
            self._pairs(pairs, idx[y == 1], idx[y != 1], weight / total * PAIRWISE_SHARE)
            self._pairs(pairs, idx[y == 1], idx[y == -1], weight / total * (1 - PAIRWISE_SHARE) * FORBIDDEN_WEIGHT)
            offset += len(y)
        self.x = np.vstack(xs)
        self.group = np.array(group_of)
        self.good = np.concatenate(good)
        self.share = np.array(share)
        first, second, coef = (np.concatenate(p) for p in pairs)
        self.pair_diff = self.x[second] - self.x[first]  # other minus acceptable
        self.pair_coef = coef

    @staticmethod
    def _pairs(pairs: tuple[list, list, list], better: np.ndarray, worse: np.ndarray, weight: float) -> None:
        """Every (better, worse) pair of one interview, each weighing `weight` over the number of pairs."""
        if len(better) and len(worse):
            a, b = np.meshgrid(better, worse, indexing="ij")
            pairs[0].append(a.ravel())
            pairs[1].append(b.ravel())
            pairs[2].append(np.full(a.size, weight / a.size))

    def gradient(self, w: np.ndarray) -> np.ndarray:
        """d/dw of the weighted mean loss over the interviews (without L2)."""
        s = self.x @ w
        p_all, p_good = self._softmax(s, np.ones_like(self.good)), self._softmax(s, self.good)
        listwise = ((1 - PAIRWISE_SHARE) * self.share[self.group] * (p_all - p_good)) @ self.x
        margin = self.pair_diff @ w  # other minus acceptable: the loss is log(1 + exp(margin))
        return listwise + (self.pair_coef / (1.0 + np.exp(-margin))) @ self.pair_diff

    def _softmax(self, s: np.ndarray, member: np.ndarray) -> np.ndarray:
        """Per interview, the softmax of the scores of its `member` rows (0 elsewhere)."""
        top = np.full(len(self.share), -np.inf)
        np.maximum.at(top, self.group[member], s[member])
        e = np.where(member, np.exp(s - top[self.group]), 0.0)
        sums = np.bincount(self.group, weights=e, minlength=len(self.share))
        return e / sums[self.group]


def fit(items: list[dict], l2: float = L2, real_weight: float = REAL_WEIGHT) -> dict[str, float]:
    """Mostly listwise for the acceptable lines, pairwise for the forbidden ones; each invented interview weighs
    the same, a real one `real_weight` times that.

    The metric asks for one acceptable line among the top three, not every acceptable line above every other
    one: all-pairs ranking alone spent the weights on ordering the acceptable lines' weaker halves. So most of
    the loss is the probability that the interview's top line (a softmax over its candidates' scores) is an
    acceptable one; PAIRWISE_SHARE of it stays all-pairs (RankNet); and, because a forbidden pick anywhere
    in the top three counts, every forbidden line is ranked under every acceptable one."""
    problem = Problem(items, real_weight)
    w = np.zeros(len(NAMES))
    ceiling = np.array([CEILINGS.get(n, np.inf) for n in NAMES])
    for _ in range(STEPS):
        w = np.minimum(w - RATE * (l2 * w + problem.gradient(w)), ceiling)
    return {n: round(float(v), 3) for n, v in zip(NAMES, w)}


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


def picks_of(weights: dict[str, float], items: list[dict], count: int = eval_corpus.TOP) -> list[list[str]]:
    """Per interview, the text of its first `count` picks with these weights."""
    with _using(weights):
        return [[p.text for p in select_pull_quotes(it["u"], count=count).picks] for it in items]


def _good(item: dict, text: str) -> bool:
    return any(eval_corpus.overlaps(text, g) for g in item["ann"]["good_pull_quotes"])


def _bad(item: dict, text: str) -> bool:
    return any(eval_corpus.overlaps(text, b) for b in item["ann"]["bad_pull_quotes"])


def score_with(weights: dict[str, float], items: list[dict]) -> tuple[int, int, int]:
    """Interviews with an acceptable pick in the top 3, forbidden picks there, and interviews."""
    picks = picks_of(weights, items)
    hits = sum(any(_good(it, p) for p in ps) for it, ps in zip(items, picks))
    return hits, sum(_bad(it, p) for it, ps in zip(items, picks) for p in ps), len(items)


def first_acceptable(weights: dict[str, float], items: list[dict]) -> list[int | None]:
    """Per interview, the place (0 is the first pick) of its first acceptable pick among DEEP picks, or None."""
    return [next((k for k, p in enumerate(ps) if _good(it, p)), None)
            for it, ps in zip(items, picks_of(weights, items, DEEP))]


def depth(places: list[int | None]) -> str:
    """Where the first acceptable picks stand: steadier than the top-3 count, which one line can move by one."""
    n = len(places)
    within = [sum(p is not None and p < k for p in places) for k in (1, 5, DEEP)]
    mrr = sum(1 / (p + 1) for p in places if p is not None) / n
    return f"first acceptable pick 1st {within[0]}/{n}, in 5 {within[1]}/{n}, in {DEEP} {within[2]}/{n}, MRR {mrr:.3f}"


def sources(items: list[dict]) -> list[str]:
    """The sources, real ones first."""
    return sorted({it["source"] for it in items}, key=lambda s: (not _of(items, s)[0]["real"], s))


def _of(items: list[dict], src: str) -> list[dict]:
    return [it for it in items if it["source"] == src]


def fold_weights(items: list[dict], l2: float = L2, real_weight: float = REAL_WEIGHT) -> dict[str, dict[str, float]]:
    """Per source, the weights fitted on the other sources that train (one fit for every source that does not)."""
    on_all = fit(training(items), l2, real_weight)
    return {src: fit([it for it in training(items) if it["source"] != src], l2, real_weight)
            if _of(items, src)[0]["trains"] else on_all for src in sources(items)}


def training(items: list[dict]) -> list[dict]:
    """The interviews the weights are fitted on: every set's but the held-out ones'."""
    return [it for it in items if it["trains"]]


def held_out(items: list[dict], folds: dict[str, dict[str, float]]) -> dict[str, tuple[int, int, int]]:
    """Per source: (good in top 3, forbidden, interviews) with the weights fitted without it."""
    return {src: score_with(weights, _of(items, src)) for src, weights in folds.items()}


def _total(figures: dict[str, tuple[int, int, int]], label: str) -> str:
    hits, bad, n = (sum(f[k] for f in figures.values()) for k in range(3))
    return f"  {label:<14} {hits}/{n} good ({100 * hits / max(n, 1):.0f}%), {bad} forbidden"


def _report_in_sample(items: list[dict], current: dict[str, float], fitted: dict[str, float]) -> None:
    """Per source, the file's weights and the fit on everything, scored on the interviews they were fitted on."""
    print(f"in-sample (fitted on every source below but the held out)   {'file weights':>16} {'fitted':>16}")
    for src in sources(items):
        figures = [score_with(weights, _of(items, src)) for weights in (current, fitted)]
        label = src + ("" if _of(items, src)[0]["trains"] else " (held out)")
        print(f"  {label:<59} " + " ".join(f"{h:>5}/{n:<3} {b} forb." for h, b, n in figures))


def _report_held_out(items: list[dict], title: str, folds: dict[str, dict[str, float]]) -> None:
    """Leave-one-source-out per source, the real and the invented sources' totals, every forbidden pick held
    out, and where the first acceptable picks stand."""
    print(f"\n{title}")
    figures = held_out(items, folds)
    for src, (hits, bad, n) in figures.items():
        held = "" if _of(items, src)[0]["trains"] else " (never trained on: fitted on every source that trains)"
        print(f"  {src:<14} {hits}/{n} good, {bad} forbidden{held}")
    for label, real in (("REAL", True), ("INVENTED", False)):
        part = {s: f for s, f in figures.items() if _of(items, s)[0]["real"] == real}
        if part and len(part) < len(figures):
            print(_total(part, label))
    print(_total(figures, "ALL"))
    places = [p for src, weights in folds.items() for p in first_acceptable(weights, _of(items, src))]
    print(f"  {'':<14} {depth(places)}")
    for src, weights in folds.items():
        held = _of(items, src)
        for it, ps in zip(held, picks_of(weights, held)):
            for p in ps:
                if _bad(it, p):
                    print(f"  forbidden held out: {src} {it['ann']['path']}: {' '.join(p.split())[:110]!r}")


def _report_noise(items: list[dict]) -> None:
    """Leave-one-source-out over all sources at every real weight and L2 strength around the chosen ones."""
    print("\nleave-one-source-out over all sources at other settings (the choice is the best ALL; a change that "
          "moves it by less than these differ is noise):")
    for real_weight in NOISE_REAL_WEIGHTS:
        for scale in NOISE_L2_SCALES:
            figures = held_out(items, fold_weights(items, L2 * scale, real_weight))
            real = {s: f for s, f in figures.items() if _of(items, s)[0]["real"]}
            chosen = " (shipped)" if (real_weight, scale) == (REAL_WEIGHT, 1) else ""
            print(f"  real weight {real_weight:g}, L2={L2 * scale:<7.4g}{_total(figures, 'ALL')};"
                  f"{_total(real, 'real')}{chosen}")


ABSTAIN_SCORES = (-0.5, 0.0, 0.25, 0.5, 1.0)  # --abstain: picks scoring under these are dropped ...
ABSTAIN_MARGINS = (1.0, 1.5, 1.75, 2.0)  # ... or (after the first) scoring this much under the interview's first


def _report_abstain(items: list[dict], folds: dict[str, dict[str, float]]) -> None:
    """Good interviews and forbidden picks held out when low-scoring picks are left unprinted: the thresholds are
    read on the held-out picks themselves, so no threshold fitted on the training sources can do better."""
    picks = []  # (interview, place, score, acceptable, forbidden) of every pick held out
    for src, weights in folds.items():
        with _using(weights):
            for k, it in enumerate(_of(items, src)):
                picks += [((src, k), place, p.score, _good(it, p.text), _bad(it, p.text))
                          for place, p in enumerate(select_pull_quotes(it["u"], count=eval_corpus.TOP).picks)]
    first = {who: score for who, place, score, _, _ in picks if place == 0}
    print("\nabstaining held out (fewer than three picks where they score low):")
    rules = [("none", lambda who, place, score: True)]
    rules += [(f"score >= {t:g}", lambda who, place, score, t=t: score >= t) for t in ABSTAIN_SCORES]
    rules += [(f"within {d:g} of the first", lambda who, place, score, d=d: place == 0 or first[who] - score <= d)
              for d in ABSTAIN_MARGINS]
    for label, keep in rules:
        kept = [p for p in picks if keep(*p[:3])]
        print(f"  {label:<24} {len({p[0] for p in kept if p[3]})}/{len(items)} good, "
              f"{sum(p[4] for p in kept)} forbidden, {len(kept)} picks")


def _report_check(root: Path, current: dict[str, float], fitted: dict[str, float]) -> None:
    """Good picks and forbidden ones on a set no weights were fitted on, with the file's weights and the fit's."""
    items = load(root, source=root.name)
    figures = [score_with(weights, items) for weights in (current, fitted)]
    print(f"  held out, {root.name}: " + ", ".join(f"{label} {hits}/{n} good, {bad} forbidden" for label, (hits, bad, n)
                                                   in zip(("file's weights", "fitted"), figures)))


_VALUED = ("--also", "--check", "--held")  # options followed by a folder


def _options(argv: list[str]) -> tuple[Path, list[Path], list[Path], list[Path]]:
    """The real corpus, the invented sets to train on, the --held sets and the --check sets."""
    named = {option: [Path(argv[i + 1]).resolve() for i, a in enumerate(argv[:-1]) if a == option]
             for option in _VALUED}
    args = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] not in _VALUED)]
    invented = ([] if "--real-only" in argv else list(FICTION_SETS)) + named["--also"]
    held = named["--held"]
    invented = [p for k, p in enumerate(invented) if p not in held and p not in invented[:k]]
    return (Path(args[0]) if args else eval_corpus.default_corpus()), invented, held, named["--check"]


def main() -> None:
    argv = sys.argv[1:]
    root, invented, held, checks = _options(argv)
    real = load(root)
    items = real + [it for extra in invented for it in load(extra, source=extra.name)] + \
        [it for extra in held for it in load(extra, source=extra.name, trains=False)]
    current = dict(quote_weights.WEIGHTS)
    fitted = fit(training(items))
    _report_in_sample(items, current, fitted)
    for check in checks:
        _report_check(check, current, fitted)
    _report_held_out(real, "leave-one-source-out, real-only training (fit on the other real archives):",
                     fold_weights(real))
    if invented or held:
        _report_held_out(items, f"leave-one-source-out, real+invented training (real weight {REAL_WEIGHT:g}, "
                                f"L2 {L2:g}; fit on every other source):", fold_weights(items))
    if "--abstain" in argv:
        _report_abstain(items, fold_weights(items))
    if "--noise" in argv:
        _report_noise(items)
    print("\nfitted weights: " + ", ".join(f"{n}={v:+g}" for n, v in fitted.items()))
    if "--write" in argv:
        body = ",\n".join(f"    {n!r}: {v}" for n, v in fitted.items())
        trained = "the real corpus" + "".join(f", {p.name}" for p in invented)
        WEIGHTS_FILE.write_text(
            f'"""Weights of the pull-quote features, fitted by `python bench/fit_quotes.py --write` on {trained}\n'
            f'(real weight {REAL_WEIGHT:g}, L2 {L2:g}; do not edit by hand)."""\n\nWEIGHTS = {{\n'
            + body.replace("'", '"') + ",\n}\n")
        print(f"wrote {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
