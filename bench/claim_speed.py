"""How long a worker's claim of the next due rows takes as a big send goes on, beside the same
query sorted by email (the read before claims) in the same run.

Builds a ledger of N recipients (default 1,000,000) for one issue, marks 0%, 50% and 90% of them
sent, and times the claim of 200 rows (two commits: claim, give back), its read alone, and the
sorted read, 20 times each.
Flat claim times mean the send's pace does not depend on how far it is.

Usage: python bench/claim_speed.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsletter.deliver.claims import new_owner  # noqa: E402
from newsletter.deliver.ledger import Ledger  # noqa: E402
from newsletter.deliver.tables import DUE, deliveries  # noqa: E402

ISSUE = "2026-W48"
CHUNK = 200
TRIES = 20


def median_ms(fn) -> float:
    times = []
    for _ in range(TRIES):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(f"sqlite:///{Path(tmp) / 'state.db'}")
        ledger.snapshot(ISSUE, ((f"fan{i:07d}@example.org", "", "v") for i in range(n)), {"v": ("s", "t", "h")})
        owner = new_owner()
        due = (sa.select(deliveries.c.email)
               .where(deliveries.c.issue == ISSUE, deliveries.c.state.in_(DUE), deliveries.c.not_before <= 1e12))
        claim_read, sorted_read = due.limit(CHUNK), due.order_by(deliveries.c.email).limit(CHUNK)

        def claim_and_give_back():
            rows = ledger.claim(ISSUE, owner, CHUNK, time.time(), 600)
            ledger.release(ISSUE, owner, [r.email for r in rows])

        def read(query):
            def run():
                with ledger.engine.connect() as conn:
                    conn.execute(query).all()
            return run

        print(f"ledger of {n:,} recipients; {CHUNK} rows a claim, median of {TRIES}")
        for share in (0.0, 0.5, 0.9):
            with ledger.engine.begin() as conn:
                conn.execute(deliveries.update().where(deliveries.c.issue == ISSUE,
                                                       deliveries.c.email < f"fan{int(n * share):07d}@")
                             .values(state="sent"))
            print(f"  {share:4.0%} sent: claim and give back {median_ms(claim_and_give_back):7.2f} ms "
                  f"(its read {median_ms(read(claim_read)):5.2f} ms)   "
                  f"read sorted by email (baseline) {median_ms(read(sorted_read)):7.2f} ms")


if __name__ == "__main__":
    main()
