"""Fit the weights of the evidence for who is interviewed, and report them honestly, leave-one-source-out.

For every annotated interview of every set (the shared corpus, split by its sources, and each fictional set
tests/extract/fiction*/ as a source of its own) the program is run once and the call roles.infer_roles makes to
guess_interviewee is recorded; its candidates' evidence features (subject.subject_evidence) are then scored
under any weights without running the program again. A candidate is right when it is the annotated interviewee
(in the article's usual spelling); "nobody" is right when no candidate is (no interviewee, or one the candidate
rules never propose).

The weights are fitted by a softmax over each interview's candidates (the interviews whose interviewee is one of
them), L2-regularised (numpy) on features divided by their caps, so each feature's whole range weighs alike;
evidence for keeps its sign (at least 0) and standing as a character stays against (at most 0). The least
evidence is then the middle of the widest range of thresholds under which the most guesses are right (a third of
it where `A:` labels lower the bar, as roles.py does), and the weights are scaled so that it is 3.0, as by hand:
roles.py's lower bar with `A:` labels (1.0) stays a third of it. No interview merges two spellings of one name,
so the fit scores candidates one by one; the figures run the program's own pick_subject.

Prints, per source, for the weights in newsletter/extract/subject_weights.py, the weights fitted on everything,
and leave-one-source-out (fit without a source, score on it): candidates right (guess_interviewee's pick is the
annotated interviewee, or nobody when that is right) and interviewee right end to end (understand().interviewee);
then turns, good picks and forbidden picks per set (eval_corpus's figures) for the current and fitted weights.

Usage: python bench/fit_subject.py [CORPUS_DIR] [--noise] [--write]
  --noise      leave-one-source-out again at a third and three times L2: how far the figure moves by itself
  --write      regenerate newsletter/extract/subject_weights.py from the fit on everything read
"""

from __future__ import annotations

import inspect
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import eval_corpus
import numpy as np
from newsletter.extract import roles, subject_weights, understand
from newsletter.extract.spellings import usual_spelling
from newsletter.extract.subject import evidence_score, guess_interviewee, pick_subject, subject_evidence
from newsletter.sources.folder import read_interview

L2 = 0.01  # keeps weights small where the sets say little
NOISE_SCALES = (1 / 3, 3)  # --noise: leave-one-source-out again with L2 times these
STEPS = 5000  # converged: 20,000 and 60,000 give the same weights to three places
RATE = 1.0
# Features divided by these while fitting (their caps in subject.py): a weight then buys a feature's whole range.
SCALES = {"full_names": 3.0, "surname_mentions": 10.0, "quoted": 5.0}
AGAINST = {"character"}  # evidence against being the subject: its weight stays at most 0; the rest at least 0
LEAST = 3.0  # the least evidence the fitted weights are scaled to: the hand one (roles.py's 1.0 is a third of it)
REPO = Path(__file__).resolve().parents[1]
WEIGHTS_FILE = REPO / "newsletter" / "extract" / "subject_weights.py"
NAMES = list(subject_weights.WEIGHTS)


def annotation_sets(corpus: Path) -> list[tuple[Path, str | None]]:
    """The shared corpus (its sources told apart by path) and every fictional set, each a source of its own."""
    sets = [(corpus, None)] if any(corpus.glob("interviews*.jsonl")) else []
    return sets + [(d, d.name) for d in sorted((REPO / "tests" / "extract").glob("fiction*"))
                   if any(d.glob("interviews*.jsonl"))]


def load(root: Path, source: str | None) -> list[dict]:
    """Every annotated interview under `root` with the guess_interviewee call the program makes for it."""
    items = []
    for ann_path in sorted(root.glob("interviews*.jsonl")):
        for line in ann_path.read_text().splitlines():
            ann = json.loads(line)
            with _recorded_guess() as calls:
                understand(read_interview(root / "articles" / ann["path"]))
            (call,) = calls  # one guess per interview: the figures below assume it
            call["evidence"] = subject_evidence(call["interview"], call["body"], call["speakers"])
            items.append({"ann": ann, "root": root, "call": call,
                          "source": source or eval_corpus.source_of(ann["path"])})
    return items


@contextmanager
def _recorded_guess():
    """roles.guess_interviewee, recording the arguments of each call."""
    calls: list[dict] = []
    signature = inspect.signature(guess_interviewee)

    def recording(*args, **kwargs):
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        calls.append(dict(bound.arguments))
        return guess_interviewee(*args, **kwargs)
    roles.guess_interviewee = recording
    try:
        yield calls
    finally:
        roles.guess_interviewee = guess_interviewee


def _is_wanted(name: str, item: dict) -> bool:
    return usual_spelling(name, item["call"]["body"]) == item["ann"]["interviewee"]


def training_rows(items: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The interviews whose annotated interviewee is a candidate, as arrays: their candidates' scaled features
    (padded to the most candidates), which are real candidates, and which is the interviewee."""
    scale = np.array([SCALES.get(n, 1.0) for n in NAMES])
    groups = []
    for it in items:
        live = [(n, f) for n, f in it["call"]["evidence"].items() if f is not None]
        right = [_is_wanted(n, it) for n, _ in live]
        if any(right):  # the others say nothing about how candidates rank
            groups.append((np.array([[f[n] for n in NAMES] for _, f in live]) / scale, right))
    width = max(len(x) for x, _ in groups)
    x = np.zeros((len(groups), width, len(NAMES)))
    real, right = np.zeros((len(groups), width), bool), np.zeros((len(groups), width))
    for i, (features, wanted) in enumerate(groups):
        x[i, :len(features)], real[i, :len(features)], right[i, :len(features)] = features, True, wanted
    return x, real, right


def fit(rows: tuple[np.ndarray, np.ndarray, np.ndarray], l2: float = L2) -> dict[str, float]:
    """Weights (in the features' own units, before the threshold sets their scale) by projected gradient descent
    on the mean softmax loss over each interview's candidates plus L2; the problem is convex, so the start (zero)
    does not matter."""
    x, real, right = rows
    w = np.zeros(len(NAMES))
    low = np.array([-np.inf if n in AGAINST else 0.0 for n in NAMES])
    high = np.array([0.0 if n in AGAINST else np.inf for n in NAMES])
    for _ in range(STEPS):
        s = np.where(real, x @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = np.einsum("gc,gcf->f", p - right, x) / len(x) + l2 * w  # softmax minus the one-hot interviewee
        w = np.clip(w - RATE * grad, low, high)
    return dict(zip(NAMES, w / np.array([SCALES.get(n, 1.0) for n in NAMES])))


def fitted(items: list[dict], l2: float = L2) -> tuple[dict[str, float], float]:
    """Weights fitted on `items`, scaled so their best least evidence is LEAST; and that threshold unscaled."""
    return scaled_to_threshold(fit(training_rows(items), l2), items)


def scaled_to_threshold(weights: dict[str, float], items: list[dict]) -> tuple[dict[str, float], float]:
    """`weights` scaled so that LEAST is the best least evidence for them: the middle of the widest range of
    thresholds under which the most interviews get the right guess (the interviewee, or nobody when no candidate
    is). Returns the scaled weights, rounded, and the threshold in the fitted units."""
    tops = sorted({s for it in items for s in _top_scores(weights, it)})
    cuts = [tops[0] / 2] + [(a + b) / 2 for a, b in zip(tops, tops[1:])] + [tops[-1] * 2]
    right = [candidates_right(weights, items, least=cut) for cut in cuts]
    best = [i for i, r in enumerate(right) if r == max(right)]
    runs: list[list[int]] = []  # runs of neighbouring best cuts
    for i in best:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    widest = max(runs, key=lambda run: cuts[run[-1]] - cuts[run[0]])
    threshold = (cuts[widest[0]] + cuts[widest[-1]]) / 2
    return {n: round(float(v * LEAST / threshold), 3) for n, v in weights.items()}, float(threshold)


def _top_scores(weights: dict[str, float], item: dict) -> list[float]:
    """The best score of an interview's candidates, over the share of the least evidence roles asked for."""
    scores = [evidence_score(f, weights) for f in item["call"]["evidence"].values()]
    return [max(scores) * LEAST / item["call"]["least"]] if scores and max(scores) > 0 else []


@contextmanager
def weights_in_use(weights: dict[str, float]):
    """The program runs with `weights` in subject_weights.WEIGHTS (the least evidence stays LEAST)."""
    saved = dict(subject_weights.WEIGHTS)
    subject_weights.WEIGHTS.update(weights)
    try:
        yield
    finally:
        subject_weights.WEIGHTS.update(saved)


def candidates_right(weights: dict[str, float], items: list[dict], least: float = LEAST) -> int:
    """Interviews whose guess (pick_subject under `weights`, with `least` as the least evidence) is the annotated
    interviewee, or nobody if no candidate is."""
    right = 0
    for it in items:
        c = it["call"]
        name, _ = pick_subject(c["evidence"], c["body"], c["least"] * least / LEAST, weights)
        right += _is_wanted(name, it) if name else not any(f and _is_wanted(n, it) for n, f in c["evidence"].items())
    return right


def end_to_end(weights: dict[str, float], items: list[dict]) -> tuple[int, eval_corpus.Tally]:
    """Interviews whose understand().interviewee is the annotated one, and eval_corpus's tally, under `weights`."""
    tally, right = eval_corpus.Tally(), 0
    with weights_in_use(weights):
        for it in items:
            u = understand(read_interview(it["root"] / "articles" / it["ann"]["path"]))
            right += u.interviewee == it["ann"]["interviewee"]
            tally.add(eval_corpus.score_interview(it["root"], it["ann"], eval_corpus.Report()))
    return right, tally


def by_source(items: list[dict]) -> dict[str, list[dict]]:
    return {src: [it for it in items if it["source"] == src] for src in sorted({it["source"] for it in items})}


def leave_one_source_out(items: list[dict], l2: float = L2) -> dict[str, tuple[dict[str, float], int, int, int]]:
    """Per source: the weights fitted without it, and on it their candidates right, interviewee right, interviews."""
    out = {}
    for src, held in by_source(items).items():
        weights, _ = fitted([it for it in items if it["source"] != src], l2)
        out[src] = (weights, candidates_right(weights, held), end_to_end(weights, held)[0], len(held))
    return out


def report(items: list[dict], current: dict[str, float], fitted: dict[str, float], noise: bool) -> None:
    """The figures the module docstring lists."""
    print(f"{'source':<11} {'n':>3}  {'candidates right':^27}  {'interviewee right (understand)':^30}")
    print(f"{'':<11} {'':>3}  {'current':>8} {'fitted':>8} {'LOSO':>8}  {'current':>9} {'fitted':>9} {'LOSO':>9}")
    loso = leave_one_source_out(items)
    totals = np.zeros(6, dtype=int)
    for src, held in by_source(items).items():
        figures = [candidates_right(current, held), candidates_right(fitted, held), loso[src][1],
                   end_to_end(current, held)[0], end_to_end(fitted, held)[0], loso[src][2]]
        totals += figures
        print(f"{src:<11} {len(held):>3}  " + " ".join(f"{f:>8}" for f in figures[:3]) + "  "
              + " ".join(f"{f:>9}" for f in figures[3:]))
    print(f"{'ALL':<11} {len(items):>3}  " + " ".join(f"{f:>8}" for f in totals[:3]) + "  "
          + " ".join(f"{f:>9}" for f in totals[3:]))
    print("\nweights fitted without each source:")
    for src, (weights, *_) in loso.items():
        print(f"  {src:<11} " + ", ".join(f"{n}={v:g}" for n, v in weights.items()))
    if noise:
        print("\nleave-one-source-out at other L2 strengths (a change smaller than these moves is noise):")
        for scale in NOISE_SCALES:
            runs = leave_one_source_out(items, L2 * scale).values()
            print(f"  L2={L2 * scale:<8.4g} candidates right {sum(r[1] for r in runs)}/{len(items)}, "
                  f"interviewee right {sum(r[2] for r in runs)}/{len(items)}")
    print("\neval_corpus's figures per set (current -> fitted):")
    for root in dict.fromkeys(it["root"] for it in items):
        in_set = [it for it in items if it["root"] == root]
        (_, before), (_, after) = end_to_end(current, in_set), end_to_end(fitted, in_set)
        print(f"  {root.name:<10} {before.summary()}\n  {'':<10} {after.summary()}")


def write(weights: dict[str, float], items: list[dict]) -> None:
    """newsletter/extract/subject_weights.py with `weights`, saying how and on what they were fitted."""
    sources = ", ".join(f"{src} {len(held)}" for src, held in by_source(items).items())
    lines = ",\n".join(f'    "{n}": {v}' for n, v in weights.items())
    WEIGHTS_FILE.write_text(
        '"""Weights of the interviewee evidence (subject._subject_features), fitted by\n'
        '`python bench/fit_subject.py --write` (do not edit by hand): a softmax over each annotated interview\'s '
        f'candidates,\nL2 {L2} on features divided by their caps, then scaled so that the least evidence under '
        f'which the most\nguesses are right is {LEAST}. Fitted on {len(items)} interviews:\n{sources}.\n'
        'The hand weights before them: title 3, lead 1, full_names 1, surname_mentions 0.5, quoted 1, trade 2, '
        'character -2."""\n\n'
        f"WEIGHTS = {{\n{lines},\n}}\nLEAST_EVIDENCE = {LEAST}\n")
    print(f"wrote {WEIGHTS_FILE}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    items = [it for root, source in annotation_sets(Path(args[0]) if args else eval_corpus.default_corpus())
             for it in load(root, source)]
    if subject_weights.LEAST_EVIDENCE != LEAST:
        raise SystemExit(f"subject_weights.LEAST_EVIDENCE is {subject_weights.LEAST_EVIDENCE}, not {LEAST}: "
                         "the figures below keep it fixed and scale the weights")
    current = dict(subject_weights.WEIGHTS)
    weights, least = fitted(items)
    print("fitted on everything: " + ", ".join(f"{n}={v:g}" for n, v in weights.items())
          + f" (least evidence {least:.3f} before scaling)\n")
    report(items, current, weights, "--noise" in sys.argv)
    if "--write" in sys.argv:
        write(weights, items)


if __name__ == "__main__":
    main()
