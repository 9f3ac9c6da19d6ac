"""Score extraction on the annotated real-article corpus (../shared/corpus, read in place, never copied).

Reads every annotation file there (`interviews*.jsonl`, `airdates*.jsonl`) and prints, per source and per
format: speaker checks right, forbidden picks among the top 3, interviews with an editor-acceptable quote
in the top 3, air-date sentences fully right (each read alone), and files the loader refused. Beside the air-date
figure, over the airings (kind not `none`): the show and the network the newsletter would print for the sentence,
read in its article by `understand()` (the show right when one name contains the other ignoring case and all but
letters and digits, the network when they are equal so; bench/eval_airdates.py states the rule).

Usage: python bench/eval_corpus.py [CORPUS_DIR] [-v] [--json]
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from newsletter.extract import understand
from newsletter.extract.airdates import parse_sentence
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the show and network rules are eval_airdates.py's
from eval_airdates import network_right, printed_airing, show_right  # noqa: E402

def default_corpus() -> Path:
    """`../shared/corpus` beside the checkout (the nearest one up the tree), or $NEWSLETTER_CORPUS."""
    if os.environ.get("NEWSLETTER_CORPUS"):
        return Path(os.environ["NEWSLETTER_CORPUS"])
    here = Path(__file__).resolve()
    return next((p / "shared" / "corpus" for p in here.parents if (p / "shared" / "corpus").is_dir()),
                here.parents[2] / "shared" / "corpus")
TOP = 3  # an editor looks at the first three picks
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")  # the tags typeset.pull_quote removes


def source_of(path: str) -> str:
    """The archive an annotated path comes from (the corpus README's sources)."""
    head = path.split("/", 1)[0]
    if head in ("news", "transcript") or head.startswith("JorjaFox+"):
        return "jorjafox"
    return {"jeremiak+gothamist-scrape-data": "gothamist", "PocketClover31+pocketclover31.github.io": "metro",
            "rodmachen+rodmachen.com": "rodmachen"}.get(head, head)


def norm(text: str) -> str:
    """Compare texts without typography, emphasis marks, case or the markup a pick keeps from the stored body (a
    transcript's `<br>` line ends, entities), which the printer drops (typeset.pull_quote): a pick is judged as
    the reader reads it."""
    if "<" in text or "&" in text:
        text = html.unescape(_TAG.sub(" ", text))
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.replace("*", "").replace("_", "").split()).casefold()


def overlaps(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


@dataclass
class Tally:
    """Counts for one group of annotations."""

    checks: int = 0
    right: int = 0
    interviews: int = 0
    forbidden: int = 0
    with_good: int = 0
    with_picks: int = 0
    sentences: int = 0
    dates_right: int = 0
    airings: int = 0  # air-date sentences that state an airing: the printed show and network are scored on these
    shows_right: int = 0
    networks_right: int = 0
    refused: int = 0

    def add(self, other: "Tally") -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def summary(self) -> str:
        parts = []
        if self.checks:
            parts.append(f"turns {self.right}/{self.checks} ({100 * self.right / self.checks:.0f}%)")
        if self.interviews:
            parts.append(f"good in top {TOP} {self.with_good}/{self.interviews}, forbidden {self.forbidden}")
        if self.sentences:
            parts.append(f"air dates {self.dates_right}/{self.sentences} "
                         f"({100 * self.dates_right / self.sentences:.0f}%)")
        if self.airings:
            parts.append(f"printed show {self.shows_right}/{self.airings}, network {self.networks_right}/"
                         f"{self.airings}")
        if self.refused:
            parts.append(f"refused {self.refused}")
        return "; ".join(parts)


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    by_source: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_format: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_file: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def record(self, ann_file: str, path: str, fmt: str | None, t: Tally) -> None:
        self.total.add(t)
        self.by_source[source_of(path)].add(t)
        self.by_file[ann_file].add(t)
        if fmt:
            self.by_format[fmt].add(t)


def turn_at(u, needle: str):
    body = u.interview.body
    pos = body.find(needle)
    if pos == -1:
        return None
    return next((t for t in u.turns if t.start <= pos < t.end), None)


def score_interview(root: Path, ann: dict, report: Report) -> Tally:
    t = Tally(interviews=1)
    try:
        u = understand(read_interview(root / "articles" / ann["path"]))
    except Exception as exc:  # a refusal is a result here, not a crash of the scorer
        report.misses.append(f"REFUSED {ann['path']}: {exc}")
        return Tally(interviews=1, checks=len(ann["checks"]), refused=1)
    for check in ann["checks"]:
        turn = turn_at(u, check["contains"])
        good = turn is not None and turn.role == check["role"] and (
            check["role"] not in ("interviewee", "other") or turn.speaker == check["speaker"])
        t.checks += 1
        t.right += good
        if not good:
            got = (turn.role, turn.speaker) if turn else None
            report.misses.append(f"TURN {ann['path'][-50:]}: want {check['role']}/{check['speaker']} got {got}: "
                                 f"{check['contains'][:60]!r}")
    picks = select_pull_quotes(u, count=TOP).picks
    t.with_picks = int(bool(picks))
    bad = [p for p in picks if any(overlaps(p.text, b) for b in ann["bad_pull_quotes"])]
    t.forbidden = len(bad)
    t.with_good = int(any(overlaps(p.text, g) for p in picks for g in ann["good_pull_quotes"]))
    for p in bad:
        report.misses.append(f"FORBIDDEN {ann['path'][-50:]}: {p.text[:100]!r}")
    if not t.with_good:
        report.misses.append(f"NO GOOD PICK {ann['path'][-50:]} (interviewee {u.interviewee!r}, "
                             f"want {ann['interviewee']!r}): " + " | ".join(p.text[:60] for p in picks))
    return t


def score_printed(root: Path, ann: dict, report: Report, understood: dict) -> Tally:
    """The show and network printed for an annotated airing, its article read whole (`understood` caches it)."""
    want = ann["expect"]
    if want["kind"] == "none":
        return Tally()
    if ann["path"] not in understood:
        try:
            understood[ann["path"]] = understand(read_interview(root / "articles" / ann["path"]))
        except Exception as exc:  # a crash is a wrong answer here, and is listed
            report.misses.append(f"PRINTED CRASH {ann['path']}: {exc!r}")
            understood[ann["path"]] = None
    got = understood[ann["path"]] and printed_airing(understood[ann["path"]], ann["sentence"])
    shown, on = show_right(want, got), network_right(want, got)
    if not (shown and on):
        report.misses.append(f"PRINTED {ann['sentence'][:80]!r}: want {want.get('show')!r} on "
                             f"{want.get('network')!r}, got {got and got.show!r} on {got and got.network!r}")
    return Tally(airings=1, shows_right=int(shown), networks_right=int(on))


def score_sentence(ann: dict, report: Report) -> Tally:
    want = ann["expect"]
    try:
        got = parse_sentence(ann["sentence"], date.fromisoformat(ann["article_date"]))
    except Exception as exc:  # a crash is a wrong answer here, and is listed
        report.misses.append(f"AIR CRASH {ann['sentence'][:80]!r}: {exc!r}")
        return Tally(sentences=1)
    if want["kind"] == "none":
        good = got is None
    else:
        good = got is not None and got.kind == want["kind"] and got.weekday == want.get("weekday") and \
            got.local_time == want.get("local_time") and got.tz == want.get("tz") and \
            (want.get("date") is None or (got.day is not None and got.day.isoformat() == want["date"]))
    if not good:
        report.misses.append(f"AIR {ann['sentence'][:80]!r}\n      want {want}\n      got  "
                             f"{got and (got.kind, got.weekday, got.local_time, got.tz, got.day)}")
    return Tally(sentences=1, dates_right=int(good))


def evaluate(root: Path) -> Report:
    """Score every annotation file under `root`."""
    report = Report()
    for ann_path in sorted(root.glob("interviews*.jsonl")):
        for line in ann_path.read_text().splitlines():
            ann = json.loads(line)
            report.record(ann_path.name, ann["path"], ann["format"], score_interview(root, ann, report))
    understood: dict = {}
    for ann_path in sorted(root.glob("airdates*.jsonl")):
        for line in ann_path.read_text().splitlines():
            ann = json.loads(line)
            t = score_sentence(ann, report)
            t.add(score_printed(root, ann, report, understood))
            report.record(ann_path.name, ann["path"], None, t)
    return report


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    root = Path(args[0]) if args else default_corpus()
    if not any(root.glob("interviews*.jsonl")):
        print(f"no corpus at {root}; nothing to score")
        return
    report = evaluate(root)
    if "--json" in sys.argv:
        print(json.dumps({"total": asdict(report.total),
                          "by_source": {k: asdict(v) for k, v in report.by_source.items()},
                          "by_format": {k: asdict(v) for k, v in report.by_format.items()},
                          "by_file": {k: asdict(v) for k, v in report.by_file.items()}}, indent=2))
        return
    if "-v" in sys.argv:
        print("\n".join(report.misses) + "\n")
    for title, groups in (("annotation file", report.by_file), ("source", report.by_source),
                          ("format", report.by_format)):
        print(f"by {title}:")
        for name, t in sorted(groups.items()):
            print(f"  {name:<22} {t.summary()}")
    print(f"ALL: {report.total.summary()}")


if __name__ == "__main__":
    main()
