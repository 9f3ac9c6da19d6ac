"""Why an annotated interview has no editor-acceptable pull-quote in its top 3: where the next gain is.

Every interview with good lines annotated and none of them among its first picks falls in one kind:
  (a) no pick for the right person: the program is not sure who is interviewed (it abstains), or names someone else;
  (b) the good lines are in someone else's turns (turns or attribution gave them away);
  (c) the good lines are candidates but outranked (the lines ranked above them are shown, with their reasons);
  (d) the good lines are not candidates: every candidate holding one is excluded (the rule is shown), or none
      holds one (cut, joined to another sentence, too long).

Usage: python bench/why_picks.py [DIR ...] [-v]   (default: the shared corpus; -v lists each interview)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import eval_corpus
from newsletter.extract import understand
from newsletter.extract.roles import MIN_CONFIDENCE
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

KINDS = {"a": "no pick for the right person (abstained or wrong interviewee)",
         "b": "good lines in someone else's turns",
         "c": "good lines outranked",
         "d": "good lines not candidates (excluded, cut, joined, too long)"}


def _good(text: str, ann: dict) -> bool:
    return any(eval_corpus.overlaps(text, g) for g in ann["good_pull_quotes"])


def why(root: Path, ann: dict) -> tuple[str, list[str]] | None:
    """The kind of miss of one annotated interview and what shows it, or None when a good line is picked (or
    none is annotated)."""
    u = understand(read_interview(root / "articles" / ann["path"]))
    sel = select_pull_quotes(u, count=eval_corpus.TOP)
    if not ann["good_pull_quotes"] or any(_good(p.text, ann) for p in sel.picks):
        return None
    if u.confidence < MIN_CONFIDENCE or u.interviewee != ann["interviewee"]:
        return "a", [f"interviewee {u.interviewee!r} (confidence {u.confidence:.2f}), want {ann['interviewee']!r}"]
    held = [c for c in sel.candidates if _good(c.text, ann)]
    free = [c for c in sel.candidates if c.excluded is None]
    if any(c.excluded is None for c in held):
        best = next(c for c in free if _good(c.text, ann))
        return "c", [f"first good line at {free.index(best) + 1}: {best.text[:80]!r}"] + \
            [f"  above it: {p.text[:80]!r} ({', '.join(p.reasons)})" for p in sel.picks]
    owners = {eval_corpus.turn_at(u, g[:40]) for g in ann["good_pull_quotes"]} - {None}
    if owners and all(t.role != "interviewee" for t in owners):
        return "b", [f"in {t.role}/{t.speaker}'s turn: {t.text[:60]!r}" for t in owners]
    if held:
        return "d", [f"excluded: {c.text[:60]!r}: {c.excluded}" for c in held[:4]]
    return "d", [f"no candidate holds {g[:60]!r}" for g in ann["good_pull_quotes"][:4]]


def main() -> None:
    roots = [Path(a) for a in sys.argv[1:] if not a.startswith("-")] or [eval_corpus.default_corpus()]
    total = Counter()
    for root in roots:
        counts = Counter()
        for ann_path in sorted(root.glob("interviews*.jsonl")):
            for line in ann_path.read_text().splitlines():
                ann = json.loads(line)
                found = why(root, ann)
                if found is None:
                    continue
                counts[found[0]] += 1
                if "-v" in sys.argv:
                    print(f"({found[0]}) {root.name} {ann['path']}\n    " + "\n    ".join(found[1]))
        total.update(counts)
        print(f"{root.name:<12} " + ", ".join(f"({k}) {counts[k]}" for k in KINDS))
    print("ALL          " + ", ".join(f"({k}) {total[k]} {KINDS[k]}" for k in KINDS))


if __name__ == "__main__":
    main()
