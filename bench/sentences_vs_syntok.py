"""Compare the rule-based sentence splitter with syntok on every paragraph of the real corpus.

Prints how many paragraphs split the same way, shows the first differences, and times both on
the same paragraphs (syntok is the baseline: the tokenizer the splitter replaced). Needs syntok
(`pip install syntok`; it is in the `test` extra).
Usage: python bench/sentences_vs_syntok.py [CORPUS_DIR] [--show N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from syntok.segmenter import analyze

from newsletter.extract.sentences import _trim, paragraphs, sentences

# The corpus sits beside the checkout (../shared/corpus), found from wherever the checkout is.
DEFAULT = next((p / "shared" / "corpus" for p in Path(__file__).resolve().parents
                if (p / "shared" / "corpus" / "articles").is_dir()), Path("../shared/corpus"))


def by_syntok(text: str) -> list[tuple[int, int]]:
    spans = [_trim(text, s[0].offset, s[-1].offset + len(s[-1].value)) for p in analyze(text) for s in p if s]
    return [(a, b) for a, b in spans if a < b]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    files = sorted((args.corpus / "articles").rglob("*.md")) + sorted((Path(__file__).parents[1] / "content").glob("*"))
    paras = [text[a:b] for f in files for text in [f.read_text(encoding="utf-8")] for a, b in paragraphs(text)]
    differ = 0
    for p in paras:
        ours, theirs = list(sentences(p)), by_syntok(p)
        if ours != theirs:
            differ += 1
            if differ <= args.show:
                print("rules: ", [p[a:b][:70] for a, b in ours if (a, b) not in theirs][:2])
                print("syntok:", [p[a:b][:70] for a, b in theirs if (a, b) not in ours][:2], "\n")
    timings = {}
    for name, split in (("rules", lambda p: list(sentences(p))), ("syntok", by_syntok)):
        t0 = time.process_time()
        for p in paras:
            split(p)
        timings[name] = time.process_time() - t0
    chars = sum(map(len, paras))
    print(f"{len(paras)} paragraphs from {len(files)} files: {len(paras) - differ} split the same, {differ} differ "
          f"({100 * (len(paras) - differ) / len(paras):.1f}% agree)")
    print(f"rules {1e6 * timings['rules'] / chars:.3f} µs/char; baseline syntok {1e6 * timings['syntok'] / chars:.3f} "
          f"µs/char (x{timings['syntok'] / timings['rules']:.0f})")


if __name__ == "__main__":
    main()
