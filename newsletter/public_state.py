"""What the public pages remember between requests, in the state database so it holds across processes.

used_tokens  single-use values (webhook signature tokens, confirmation links), hashed, until they expire
rate_events  one row per counted request (subscribe form, confirmation mail), for sliding-window limits
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from .state import StateStore

metadata = sa.MetaData()
used_tokens = sa.Table("used_tokens", metadata,
                       sa.Column("token_hash", sa.String(64), primary_key=True),
                       sa.Column("expires_at", sa.Float, nullable=False, index=True))
rate_events = sa.Table("rate_events", metadata,
                       sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                       sa.Column("bucket", sa.String(64), nullable=False),
                       sa.Column("at", sa.Float, nullable=False),
                       sa.Index("rate_events_bucket_at", "bucket", "at"))


def _digest(kind: str, value: str) -> str:
    # Hashing keeps the key short whatever a caller sends, and keeps addresses and tokens out of the table.
    return hashlib.sha256(f"{kind}\0{value}".encode("utf-8", "surrogatepass")).hexdigest()


class PublicState(StateStore):
    """Single-use tokens and rate counters; every method is one transaction."""

    def first_use(self, kind: str, value: str, expires_at: float, now: float) -> bool:
        """Record one use of a single-use value; False when it was used before and has not expired."""
        with self.engine.begin() as conn:
            conn.execute(used_tokens.delete().where(used_tokens.c.expires_at < now))
        try:
            with self.engine.begin() as conn:
                conn.execute(used_tokens.insert().values(token_hash=_digest(kind, value), expires_at=expires_at))
        except sa.exc.IntegrityError:  # the primary key says it was used: by us or by another process
            return False
        return True

    def was_used(self, kind: str, value: str, now: float) -> bool:
        """Whether a single-use value has been used (and not yet expired), without using it."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(used_tokens.c.token_hash).where(
                used_tokens.c.token_hash == _digest(kind, value), used_tokens.c.expires_at >= now)).first() is not None

    def hit(self, kind: str, key: str, limit: int, window: float, now: float) -> bool:
        """Count one request against `limit` per `window` seconds; False (and not counted) when over it."""
        bucket = _digest(kind, key)
        with self.engine.begin() as conn:
            conn.execute(rate_events.delete().where(rate_events.c.bucket == bucket, rate_events.c.at < now - window))
            used = conn.execute(sa.select(sa.func.count()).select_from(rate_events)
                                .where(rate_events.c.bucket == bucket)).scalar()
            if used >= limit:
                return False
            conn.execute(rate_events.insert().values(bucket=bucket, at=now))
        return True
