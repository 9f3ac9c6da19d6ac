"""How many corpus articles name an episode, per the spoiler guard's detector, and each one's mention to check by
hand (`python bench/episode_mentions.py [--sample N]`).

Reads every article under the corpus (`$NEWSLETTER_CORPUS` or ../shared/corpus) with the project's own loader;
prints the counts by kind of mention, then a sample of articles with the mention and the words around it, so a
person can judge whether each names the episode the piece discusses (the precision figure in the report).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_corpus import default_corpus  # noqa: E402
from newsletter.episodes import discussed_episode, later_regions, reading_text  # noqa: E402
from newsletter.errors import NewsletterError  # noqa: E402
from newsletter.sources.folder import read_interview  # noqa: E402

CONTEXT = 90  # characters shown either side of a mention


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=10, help="articles with a mention to print (seeded)")
    args = parser.parse_args()
    files = sorted(p for p in (default_corpus() / "articles").rglob("*") if p.is_file())
    kinds, found, unreadable = Counter(), [], 0
    for path in files:
        try:
            iv = read_interview(path)
        except NewsletterError:
            unreadable += 1
            continue
        text = reading_text(iv.body)
        mention = discussed_episode(text, iv.date, iv.title)
        if mention is not None:
            kinds[mention.kind] += 1
            found.append((path, text, iv, mention))
    print(f"{len(files)} articles ({unreadable} unreadable): {len(found)} name an episode "
          f"({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")
    later = sum(bool(later_regions(text)) for _, text, _, _ in found)
    print(f"{later} of them say a region gets it later")
    for path, text, iv, m in random.Random(48).sample(found, min(args.sample, len(found))):
        where = text[max(0, m.start - CONTEXT):m.start + len(m.text) + CONTEXT] if m.start >= 0 else iv.title
        print(f"\n{path.relative_to(default_corpus())} ({iv.date}) {m.kind}: {m.label}\n  …{' '.join(where.split())}…")


if __name__ == "__main__":
    main()
