"""Air-date reading stays linear in the size of an article: seconds per megabyte at growing sizes.

Reads invented bodies of 0.5, 1 and 2 MB (plain prose; prose dense with airings;
one huge paragraph with no blank line) with find_air_dates, beside a baseline
measured in the same run on the same text: paragraphs split into sentences
(what any per-sentence reader pays). Linear means the s/MB column stays flat as
the size doubles. Usage: python bench/airdates_speed.py
"""

from __future__ import annotations

import time
from datetime import date

from newsletter.extract.airdates import find_air_dates
from newsletter.extract.sentences import paragraphs, sentences

AIRING = ("Kim Lee talks about the new season of Ridgeline, which airs Thursdays at 9 p.m. ET on NBC. "
          "She says filming in the desert was hard, and that the finale premieres on Dec. 3 on CBS. "
          "Fans can stream it on Peacock from Friday; Dana Fox, who guest stars, was on set in May.\n\n")
PLAIN = ("The actress walked through the studio and talked about her childhood, her family and the books she "
         "reads. Nothing here says when anything is on, and the text goes on and on for a while. ") * 3 + "\n\n"
BODIES = {"plain prose": PLAIN, "dense airings": AIRING, "one huge paragraph": AIRING.replace("\n\n", " ")}
SIZES_MB = (0.5, 1, 2)


def _seconds(work) -> float:
    t0 = time.process_time()
    work()
    return time.process_time() - t0


def _split_all(body: str) -> None:
    for start, end in paragraphs(body):
        for _ in sentences(body[start:end], start):
            pass


def main() -> None:
    print(f"{'text':<20} {'MB':>4} {'air dates s':>12} {'s/MB':>6} {'baseline s':>11} {'s/MB':>6} airings")
    for name, unit in BODIES.items():
        for mb in SIZES_MB:
            body = unit * int(mb * 1_000_000 // len(unit))
            found: list = []
            ours = _seconds(lambda: found.extend(find_air_dates(body, date(2026, 11, 18))))
            base = _seconds(lambda: _split_all(body))
            size = len(body) / 1_000_000
            print(f"{name:<20} {size:4.1f} {ours:12.2f} {ours / size:6.2f} {base:11.2f} {base / size:6.2f} "
                  f"{len(found)}")


if __name__ == "__main__":
    main()
