"""Ledger compaction: the state database's size before and after, beside the same ledger uncompacted.

Records ISSUES sends of N recipients each (default 4 x 100,000) in a fresh SQLite ledger, marks them
sent as a real send leaves them (provider ids, one variant per four recipients), dates them a year
back, then prints the file's size VACUUMed before compaction (the baseline: what the ledger costs
today), the time `compact` takes, and the file's size VACUUMed after it, with bytes per recipient
per issue for each.

Usage: python bench/ledger_compact.py [N] [ISSUES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa  # noqa: E402

from newsletter.deliver.compaction import compact  # noqa: E402
from newsletter.deliver.ledger import Ledger  # noqa: E402


def vacuumed_size(ledger: Ledger, path: Path) -> int:
    with ledger.engine.connect() as conn:
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    issues = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.db"
        ledger = Ledger(f"sqlite:///{path}")
        empty = vacuumed_size(ledger, path)
        variants = {f"v{i}": (f"Subject {i}", "text " * 2000, "<p>html</p>" * 2000) for i in range(4)}
        for k in range(issues):
            week = f"2025-W{10 + k:02d}"
            ledger.snapshot(week, ((f"fan{i:07d}@example.org", f"Fan {i}", f"v{i % 4}") for i in range(n)), variants)
            with ledger.engine.begin() as conn:
                conn.execute(sa.text("UPDATE deliveries SET state = 'sent', attempts = 1, "
                                     "provider_id = 'b7bc2f4a-e38e-4336-af7d-e6c392c2f817-' || email, "
                                     "updated_at = :t WHERE issue = :w"),
                             {"t": datetime.now(timezone.utc) - timedelta(days=365), "w": week})
        before = vacuumed_size(ledger, path) - empty
        t0 = time.perf_counter()
        done = compact(ledger, timedelta(days=90))
        took = time.perf_counter() - t0
        after = vacuumed_size(ledger, path) - empty
        rows = sum(c.rows for c in done)
        assert rows == n * issues, (rows, n * issues)
        with ledger.engine.connect() as conn:
            kept = conn.execute(sa.text("SELECT sum(length(issue) + length(counts) + 3 * 26) FROM ledger_summaries")
                                ).scalar()
        print(f"ledger of {issues} sends x {n:,} recipients ({rows:,} rows), SQLite, VACUUMed, beyond the "
              f"{empty / 1e3:.0f} kB of an empty database:")
        print(f"  baseline, uncompacted: {before / 1e6:9.2f} MB  ({before / rows:6.1f} bytes per recipient per issue)")
        print(f"  compacted:             {after / 1e6:9.2f} MB  (file pages; the summaries hold about {kept / issues:.0f} "
              f"bytes per issue) in {took:.1f} s ({rows / took:,.0f} rows/s)")


if __name__ == "__main__":
    main()
