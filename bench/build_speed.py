"""Build issues from N generated interviews (N = 10, 100, 1000) and print the time per interview.

Beside each figure: a baseline measured in the same run (reading the same files
from disk), so the ratio says how much the understanding costs over plain I/O.
Usage: python bench/build_speed.py [N ...]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from newsletter.build import gather, make_issue
from newsletter.config import parse_config
from newsletter.extract import understand
from newsletter.render import RenderSettings, render_issue
from newsletter.pull_quotes import select_pull_quotes
from newsletter.weeks import parse_week

WEEK = "2026-W48"
FIRST = ["Mara", "Dev", "June", "Theo", "Lena", "Ada", "Rafael", "Priya", "Walt", "Ines"]
LAST = ["Quinlan", "Okafor", "Castellanos", "Marsh", "Voss", "Whitcombe", "Duarte", "Hallam", "Pruitt", "Farrow"]
SHOWS = ["Harbor Lights", "Night Desk", "Ridgeline", "The Long Table", "Copper County"]
ANSWERS = [
    "I loved every freezing second of it, and I would do it all again tomorrow if they asked me.",
    "We shot the scene eleven times, and by the last take neither of us could stop laughing.",
    "Honestly, the crew carried me through that week with soup, patience and terrible jokes.",
    "My mother watches every episode twice and sends me notes about my posture.",
    "The stunt team tipped the set thirty degrees while two hoses soaked me from the side.",
]


def make_interview(rng: random.Random, i: int) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    show = rng.choice(SHOWS)
    initials = "".join(w[0] for w in name.split())
    parts = [f"date 2026-11-{23 + i % 7:02d} {name} talks about {show} and the season ahead."]
    for q in range(6):
        parts.append(("Screen Weekly" if q == 0 else "Screen") + ": What was the hardest part of this season?")
        parts.append((name if q == 0 else initials) + ": " + " ".join(rng.sample(ANSWERS, 3)))
    parts.append(f"{show} airs on NBC Wednesdays at 10 p.m. ET.")
    return "\n\n".join(parts)


def main(sizes: list[int]) -> None:
    rng = random.Random(7)
    print(f"{'N':>6} {'read ms/iv':>11} {'extract+select ms/iv':>21} {'ratio':>6} {'whole build ms/iv':>18}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "content").mkdir()
            for i in range(n):
                (root / "content" / f"{i:05d}.txt").write_text(make_interview(rng, i), encoding="utf-8")
            cfg = parse_config({"newsletter": {"from": "a@example.org"},
                                "sources": [{"type": "folder", "path": "content"}],
                                "build": {"max_interviews": n}}, root)
            period = parse_week(WEEK)
            t0 = time.perf_counter()
            interviews, _ = gather(cfg, period)
            t_read = time.perf_counter() - t0
            t0 = time.perf_counter()
            for iv in interviews:
                select_pull_quotes(understand(iv))
            t_understand = time.perf_counter() - t0
            t0 = time.perf_counter()
            issue, _ = make_issue(cfg, WEEK, followed=())  # a generated project has no subscribers
            render_issue(issue, RenderSettings.from_config(cfg))
            t_build = time.perf_counter() - t0
        print(f"{n:>6} {1000 * t_read / n:>11.3f} {1000 * t_understand / n:>21.3f} "
              f"{t_understand / t_read:>6.1f} {1000 * t_build / n:>18.3f}")
    print("interviews per second (extract+select, one core):", f"{n / t_understand:.0f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10, 100, 1000])
