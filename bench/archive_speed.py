"""The archive's list of sent weeks, per request, against a send ledger of N rows.

Every archive page and the Atom feed ask which weeks were sent and when their last message went.
Fills a fresh SQLite state database with WEEKS built issues sent to N/WEEKS recipients each
(default 100,000 rows over 20 weeks), then prints the median time of one request's question:
the baseline (one GROUP BY over every sent row of the ledger, as the archive asked before) beside
`archive.sent_weeks` as it asks now, in the same run, on the same database.

Usage: python bench/archive_speed.py [N] [WEEKS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa  # noqa: E402

from newsletter.archive import sent_weeks  # noqa: E402
from newsletter.built_issues import BuiltIssues  # noqa: E402
from newsletter.config import load_config  # noqa: E402
from newsletter.deliver.ledger import Ledger  # noqa: E402
from newsletter.deliver.tables import deliveries  # noqa: E402

REPEAT = 30


def baseline(ledger: Ledger) -> dict:
    """The question as the archive asked it before: the last sent row of every issue, over the whole ledger."""
    with ledger.engine.connect() as conn:
        return dict(conn.execute(sa.select(deliveries.c.issue, sa.func.max(deliveries.c.updated_at))
                                 .where(deliveries.c.state == "sent").group_by(deliveries.c.issue)).all())


def median_ms(fn) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def fill(ledger: Ledger, built: BuiltIssues, n: int, weeks: int) -> None:
    variants = {"v": ("Subject", "text", "<p>html</p>")}
    start = datetime(2025, 1, 6, 8, tzinfo=timezone.utc)
    for k in range(weeks):
        week = f"2025-W{2 + k:02d}"
        ledger.snapshot(week, ((f"fan{i:07d}@example.org", "", "v") for i in range(n // weeks)), variants)
        with ledger.engine.begin() as conn:
            conn.execute(sa.text("UPDATE deliveries SET state = 'sent', attempts = 1, updated_at = :t "
                                 "WHERE issue = :w"), {"t": start + timedelta(weeks=k), "w": week})
        built.save(week, "0" * 64, "2025-01-01T00:00:00+00:00", {"issue.html": "<p>issue</p>"})


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.toml").write_text('[newsletter]\nname = "Bench"\n[[sources]]\ntype = "folder"\n'
                                          'path = "content"\n[state]\npath = "state.db"\n')
        cfg = load_config(root / "config.toml")
        ledger = Ledger(f"sqlite:///{root / 'state.db'}")
        built = BuiltIssues(ledger.engine)
        fill(ledger, built, n, weeks)
        with ledger.engine.connect() as conn:
            rows = conn.execute(sa.select(sa.func.count()).select_from(deliveries)).scalar()
        now = sent_weeks(cfg, ledger, built)
        assert len(now) == weeks and {w for w, _ in now} == set(baseline(ledger)), "the two disagree"
        before, after = median_ms(lambda: baseline(ledger)), median_ms(lambda: sent_weeks(cfg, ledger, built))
        print(f"ledger rows: {rows:,}, sent weeks: {weeks}, median of {REPEAT} requests")
        print(f"  baseline (GROUP BY over the ledger): {before:8.2f} ms per request")
        print(f"  archive.sent_weeks now:              {after:8.2f} ms per request ({before / after:.0f}x)")


if __name__ == "__main__":
    main()
