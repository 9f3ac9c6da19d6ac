"""Score extraction on the annotated real-article corpus (../shared/corpus, read in place, never copied).

Prints, per interview: speaker checks right / total, forbidden picks among the
top 3, whether an editor-acceptable quote is in the top 3; then air-date
accuracy per sentence. Usage: python bench/eval_corpus.py [CORPUS_DIR] [-v]
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from newsletter.extract import understand
from newsletter.extract.airdates import parse_sentence
from newsletter.select import select_pull_quotes
from newsletter.sources.folder import read_interview

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _norm(text: str) -> str:
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.replace("*", "").replace("_", "").split()).casefold()


def turn_at(u, needle: str):
    body = u.interview.body
    pos = body.find(needle)
    if pos == -1:
        squashed = _norm(needle)[:40]
        for t in u.turns:
            if squashed and squashed in _norm(t.text):
                return t
        return None
    return next((t for t in u.turns if t.start <= pos < t.end), None)


def overlaps(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


def score_interviews(root: Path, verbose: bool) -> tuple[int, int, int, int, int]:
    right = total = forbidden = with_good = n = 0
    for line in (root / "interviews.jsonl").read_text().splitlines():
        ann = json.loads(line)
        u = understand(read_interview(root / "articles" / ann["path"]))
        ok = 0
        for check in ann["checks"]:
            t = turn_at(u, check["contains"])
            good = t is not None and t.role == check["role"] and (
                check["role"] not in ("interviewee", "other") or t.speaker == check["speaker"])
            ok += good
            if verbose and not good:
                got = (t.role, t.speaker) if t else None
                print(f"   MISS {ann['path']}: want {check['role']}/{check['speaker']} got {got}: "
                      f"{check['contains'][:60]!r}")
        picks = select_pull_quotes(u, count=3).picks
        bad = sum(any(overlaps(p.text, b) for b in ann["bad_pull_quotes"]) for p in picks)
        hit = any(overlaps(p.text, g) for p in picks for g in ann["good_pull_quotes"])
        if verbose:
            for p in picks:
                print(f"   pick: {p.text[:90]!r}")
        print(f"{ann['path']:<40} {ann['format']:<18} speakers {ok:>2}/{len(ann['checks']):<2} "
              f"forbidden picks {bad}  good in top 3: {'yes' if hit else 'no'}")
        right, total, forbidden, with_good, n = right + ok, total + len(ann["checks"]), forbidden + bad, \
            with_good + hit, n + 1
    return right, total, forbidden, with_good, n


def score_airdates(root: Path, verbose: bool) -> tuple[int, int]:
    right = total = 0
    for line in (root / "airdates.jsonl").read_text().splitlines():
        ann = json.loads(line)
        want = ann["expect"]
        got = parse_sentence(ann["sentence"], date.fromisoformat(ann["article_date"]))
        if want["kind"] == "none":
            good = got is None
        else:
            good = got is not None and got.kind == want["kind"] and got.weekday == want.get("weekday") and \
                got.local_time == want.get("local_time") and got.tz == want.get("tz") and \
                (want.get("date") is None or (got.day and got.day.isoformat() == want["date"]))
        right += good
        total += 1
        if verbose and not good:
            print(f"   AIR MISS {ann['sentence'][:80]!r}\n      want {want}\n      got  {got and (got.kind, got.weekday, got.local_time, got.tz, got.day)}")
    return right, total


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = Path(args[0]) if args else DEFAULT
    verbose = "-v" in sys.argv
    if not (root / "interviews.jsonl").exists():
        print(f"no corpus at {root}; nothing to score")
        return
    right, total, forbidden, with_good, n = score_interviews(root, verbose)
    print(f"\nspeaker checks right: {right}/{total} ({100 * right / total:.1f}%)")
    print(f"forbidden picks in top 3: {forbidden} across {n} interviews")
    print(f"interviews with an editor-acceptable quote in the top 3: {with_good}/{n}")
    if not (root / "airdates.jsonl").exists():
        return
    a_right, a_total = score_airdates(root, verbose)
    print(f"air-date sentences fully right: {a_right}/{a_total} ({100 * a_right / a_total:.1f}%)")


if __name__ == "__main__":
    main()
