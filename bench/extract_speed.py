"""How fast understanding runs, and that it stays linear in an article's size.

1. Interviews per second (extract + select, one core) over the project's fictional test corpus, beside a
   baseline measured in the same run: reading the same bodies and splitting them into paragraphs; and, for the
   real articles, the milliseconds per interview each stage takes (each timed alone on the same articles), and
   their sum beside the whole.
2. One article grown to 50 KB, 500 KB and 5 MB (labelled Q&A, prose quotes with attributions and an HTML
   body): seconds and seconds per MB, beside a baseline of one regular-expression pass over the same text.
   Linear means the seconds per MB stay flat as the size grows.

Times are CPU seconds of this process (time.process_time), so other work on the machine does not inflate
them; "one core" is what the figure means.

Usage: python bench/extract_speed.py
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsletter.extract import shows_and_networks, understand
from newsletter.extract.airdates import find_air_dates
from newsletter.extract.document import view_of
from newsletter.extract.turns import extract_turns
from newsletter.extract.sentences import paragraphs
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "articles"
ROUNDS = 20

QA_BLOCK = ("Screen Weekly: What was the hardest part of the storm episode for you this season?\n\n"
            "Mara Quinlan: We shot it eleven times in a water tank, and by the last take I could not feel my "
            "hands. The crew kept handing me soup between takes.\n\n")
PROSE_BLOCK = ("“I loved every freezing second of it,” Quinlan says. Her co-star Dev Okafor was less sure. "
               "“She never once asked for a double,” Okafor said. “I asked for three.”\n\n")
HTML_BLOCK = ("<p><strong>Did the storm scenes change how you see the sea?</strong>I used to swim every "
              "morning. Now I watch the waves from the kitchen window with a very large coffee.</p>\n")


def real_articles() -> list:
    """The annotated real articles of ../shared/corpus, when it is there (read in place, never copied)."""
    root = next((p / "shared" / "corpus" for p in Path(__file__).resolve().parents
                 if (p / "shared" / "corpus" / "articles").is_dir()), None)
    if root is None:
        return []
    paths = {json.loads(line)["path"] for f in root.glob("interviews*.jsonl") for line in f.read_text().splitlines()}
    return [read_interview(root / "articles" / p) for p in sorted(paths)]


def per_second(interviews: list, label: str) -> float:
    """Interviews per second understood and ranked, printed beside the baseline; returns the seconds per interview."""
    t0 = time.process_time()
    for _ in range(ROUNDS):
        for iv in interviews:
            select_pull_quotes(understand(iv), count=3)
    work = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(ROUNDS):
        for iv in interviews:
            list(paragraphs(iv.body))
    base = time.process_time() - t0
    n = ROUNDS * len(interviews)
    size = sum(len(iv.body) for iv in interviews) / len(interviews) / 1000
    print(f"{label} ({len(interviews)} articles, {size:.1f} KB on average): {n / work:,.0f} interviews/s understood "
          f"and ranked "
          f"(baseline, paragraphs only: {n / base:,.0f}/s; {work / base:.0f}x)")
    return work / n


def stages(interviews: list, whole: float) -> None:
    """Milliseconds per interview in each stage of understanding and ranking, each stage timed alone, and their sum
    beside the whole (`whole` seconds per interview, timed at once). Under callgrind the stages' instructions add
    up to the whole's within 1%; the whole still takes some 5% longer, as it runs every stage's code on each
    article in turn and less of it stays in the processor's caches."""
    views = [view_of(iv.body) for iv in interviews]
    readings = [iv if view.identity else replace(iv, body=view.text) for iv, view in zip(interviews, views)]
    understood = [understand(iv) for iv in interviews]

    def air_dates(r: Interview) -> list:
        return find_air_dates(r.body, r.date, r.show, [], outlet=r.outlet, title=r.title, url=r.url)

    found = [(air_dates(r), extract_turns(r)) for r in readings]
    steps = (("reading view", lambda: [view_of(iv.body) for iv in interviews]),
             ("turns and speakers", lambda: [extract_turns(r) for r in readings]),
             ("air dates", lambda: [air_dates(r) for r in readings]),
             ("shows and networks", lambda: [shows_and_networks(a, r, t) for r, (a, t) in zip(readings, found)]),
             ("pull-quotes", lambda: [select_pull_quotes(u, count=3) for u in understood]))
    took = []
    for name, step in steps:
        t0 = time.process_time()
        for _ in range(ROUNDS):
            step()
        took.append((name, (time.process_time() - t0) / (ROUNDS * len(interviews)) * 1e3))
    print("  ms per interview: " + ", ".join(f"{name} {ms:.2f}" for name, ms in took)
          + f"; together {sum(ms for _, ms in took):.2f}, the whole {whole * 1e3:.2f}")


# Each article names its interviewee in the body, as real ones do: a name only in the title is no evidence of a
# person (newsletter/extract/subject.py), and an article with no interviewee is never ranked, so it would be
# timed doing less.
LEDE = {"qa": "", "prose": "", "html": "<p>Mara Quinlan talked to us about the storm episodes.</p>\n"}


def scaling() -> None:
    print(f"\n{'size':>8} {'format':>6} {'seconds':>9} {'s per MB':>9} {'baseline s/MB':>14}")
    for target in (50_000, 500_000, 5_000_000):
        for name, block in (("qa", QA_BLOCK), ("prose", PROSE_BLOCK), ("html", HTML_BLOCK)):
            body = LEDE[name] + block * (target // len(block) + 1)
            iv = Interview(source="bench", body=body, date=date(2026, 11, 23), title="Mara Quinlan on the storm")
            t0 = time.process_time()
            select_pull_quotes(understand(iv), count=3)
            took = time.process_time() - t0
            t0 = time.process_time()
            len(re.findall(r"\w+", body))
            base = time.process_time() - t0
            mb = len(body) / 1e6
            print(f"{len(body) / 1e3:>6.0f}KB {name:>6} {took:>9.2f} {took / mb:>9.2f} {base / mb:>14.3f}")


if __name__ == "__main__":
    per_second([read_interview(f) for f in sorted(CORPUS.iterdir()) if f.is_file()], "fictional test corpus")
    real = real_articles()
    if real:
        stages(real, per_second(real, "real annotated articles"))
    scaling()
