"""Check the sentence splitter's fast path against syntok on every paragraph of the real corpus.

The fast path only takes paragraphs with no ambiguous full stop; on those it must
split exactly as syntok does. Prints how many paragraphs took it, how many differ
(target 0) and the speed of both on the same paragraphs.
Usage: python bench/sentence_fast_path.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsletter.extract import sentences as S

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    files = list((root / "articles").rglob("*.md")) + list((Path(__file__).parents[1] / "content").glob("*"))
    paras = [p.strip() for f in files for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    easy = [p for p in paras if not S._AMBIGUOUS.search(p)]
    differ = 0
    for p in easy:
        slow = [S._trim(p, s[0].offset, s[-1].offset + len(s[-1].value)) for para in S.analyze(p) for s in para]
        if list(S._plain_sentences(p, 0)) != slow:
            differ += 1
            print("differs:", p[:100])
    t0 = time.perf_counter()
    for p in easy:
        list(S._plain_sentences(p, 0))
    fast = time.perf_counter() - t0
    t0 = time.perf_counter()
    for p in easy:
        [s for para in S.analyze(p) for s in para]
    slow = time.perf_counter() - t0
    chars = sum(map(len, easy))
    print(f"{len(paras)} paragraphs, {len(easy)} take the fast path, {differ} split differently from syntok")
    print(f"fast path {1e6 * fast / chars:.3f} µs/char, syntok {1e6 * slow / chars:.3f} µs/char "
          f"(x{slow / fast:.0f})")


if __name__ == "__main__":
    main()
