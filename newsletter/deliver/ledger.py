"""The send ledger: which subscriber got which issue, kept in the state database (SQLAlchemy Core).

Each (issue, subscriber) row moves pending -> sending -> sent | failed | skipped (or `unknown`,
when a message was handed over and no answer came: retried once). `Ledger` is one object over
the database, made of parts that each read on their own:
    tables        the tables and the row states
    send_lock     one process at a time sends an issue
    (here)        the snapshot of an issue's recipients and rendered variants, and retrying failures
    claims        the send loop's moves: claim, mark, record, release, reconcile lost claims
    suppressions  addresses never to mail again, and withdrawing an address from every send
    reports       rows per state, failures, which issues went out when
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Iterable, Iterator

import sqlalchemy as sa

from ..state import open_state, state_url
from .claims import SendMoves
from .reports import LedgerReports
from .send_lock import LockCheck, send_lock
from .suppressions import SuppressionList, email_hash
from .tables import deliveries, meta_table, summaries, utc_now, variants

SNAPSHOT_CHUNK = 1000  # recipients inserted per statement: a few MB at most, whatever the list's length
RETRY_CHUNK = 500  # addresses per UPDATE ... IN (...): well under any database's limit on bound values


class Ledger(SendMoves, SuppressionList, LedgerReports):
    """The state database; works on SQLite (default) and any SQLAlchemy URL such as PostgreSQL."""

    def __init__(self, url: str, lock_dir: Path | None = None):
        self.url = url
        self.lock_dir = lock_dir
        self.engine = open_state(url)

    @classmethod
    def from_config(cls, cfg) -> "Ledger":
        """The ledger of the project `cfg` describes."""
        return cls(state_url(cfg), cfg.resolve(cfg.state.path).parent)

    @contextlib.contextmanager
    def lock(self, issue: str) -> Iterator[LockCheck]:
        """Hold the send lock of one issue (see `send_lock`); SendInProgress if another process holds it."""
        with send_lock(self.engine, self.url, self.lock_dir, issue) as check:
            yield check

    def has_snapshot(self, issue: str) -> bool:
        """Whether the issue's recipients were recorded (its rows, or their summary once compacted)."""
        with self.engine.connect() as conn:
            return _snapshotted(conn, issue)

    def snapshot(self, issue: str, recipients: Iterable[tuple[str, str, str]],
                 rendered: dict[str, tuple[str, str, str]], at: datetime | None = None) -> int:
        """Record the issue's recipients (email, name, variant) and its variants, once, in one transaction,
        with `at`, the moment the variants were rendered for (see `snapshot_at`).

        `recipients` is consumed in chunks and `rendered` read after it, so variants may be rendered
        while the recipients stream past.
        """
        suppressed = self.suppressed_hashes()
        added = 0
        with self.engine.begin() as conn:
            if _snapshotted(conn, issue):
                return 0
            chunk: list[dict] = []
            for e, n, v in recipients:
                # A suppressed address is recorded as skipped, so the report can say so; it is never sent.
                state = "skipped" if email_hash(e) in suppressed else "pending"
                chunk.append({"issue": issue, "email": e, "name": n, "variant": v, "state": state,
                              "attempts": 0, "not_before": 0.0, "updated_at": utc_now(),
                              "error": "suppressed (unsubscribed, bounced or complained)" if state == "skipped"
                              else None})
                if len(chunk) == SNAPSHOT_CHUNK:
                    conn.execute(deliveries.insert(), chunk)
                    added += len(chunk)
                    chunk = []
            if chunk:
                conn.execute(deliveries.insert(), chunk)
                added += len(chunk)
            if rendered:
                conn.execute(variants.insert(), [{"issue": issue, "variant": k, "subject": s, "text": t, "html": h}
                                                 for k, (s, t, h) in rendered.items()])
            if at is not None:
                conn.execute(meta_table.delete().where(meta_table.c.key == _snapshot_key(issue)))
                conn.execute(meta_table.insert().values(key=_snapshot_key(issue), value=at.isoformat()))
        return added

    def snapshot_at(self, issue: str) -> datetime | None:
        """The moment the issue's variants were rendered for: the spoiler guard judged every reader's issue by
        it, so whoever was held back is known from it. None for a send recorded before it was kept."""
        with self.engine.connect() as conn:
            value = conn.execute(sa.select(meta_table.c.value).where(meta_table.c.key == _snapshot_key(issue))).scalar()
        return datetime.fromisoformat(value) if value else None

    def variant(self, issue: str, key: str) -> tuple[str, str, str]:
        """One rendered variant of the issue as snapshotted: (subject, text, html)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(variants.c.subject, variants.c.text, variants.c.html)
                               .where(variants.c.issue == issue, variants.c.variant == key)).one()
        return row.subject, row.text, row.html

    def retry_failed(self, issue: str) -> int:
        """Failed rows of an issue back to pending with fresh attempts, except suppressed (bounced) ones."""
        suppressed = self.suppressed_hashes()
        with self.engine.begin() as conn:
            failed = [r.email for r in conn.execute(sa.select(deliveries.c.email).where(
                deliveries.c.issue == issue, deliveries.c.state == "failed")) if email_hash(r.email) not in suppressed]
            for start in range(0, len(failed), RETRY_CHUNK):
                conn.execute(deliveries.update().where(deliveries.c.issue == issue,
                                                       deliveries.c.email.in_(failed[start:start + RETRY_CHUNK]))
                             .values(state="pending", attempts=0, error=None, not_before=0.0, updated_at=utc_now()))
        return len(failed)


def _snapshot_key(issue: str) -> str:
    return f"snapshot-at:{issue}"


def _snapshotted(conn: sa.Connection, issue: str) -> bool:
    return (conn.execute(sa.select(deliveries.c.email).where(deliveries.c.issue == issue).limit(1)).first()
            or conn.execute(sa.select(summaries.c.issue).where(summaries.c.issue == issue)).first()) is not None
