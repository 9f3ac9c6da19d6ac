"""Suppressions: addresses never to mail again (unsubscribed, bounced, complained), and withdrawing
an address's unsent rows from every send at once.

The list keeps only a hash of each address, so forgetting a person keeps them unsubscribed without
their address.
"""

from __future__ import annotations

from datetime import timezone

import sqlalchemy as sa

from ..tokens import address_hash
from .tables import UNSENT, deliveries, suppressions, utc_now

email_hash = address_hash
# A link token carries only the first 128 bits of the hash; a suppression made from a token alone keeps those.
TOKEN_HASH_LEN = 32


class SuppressedHashes(frozenset):
    """Suppressed address hashes; an address is in it by its full hash or by the prefix a link token carries."""

    def __contains__(self, h: object) -> bool:
        return frozenset.__contains__(self, h) or (isinstance(h, str) and frozenset.__contains__(
            self, h[:TOKEN_HASH_LEN]))


def _hash_keys(email: str) -> list[str]:
    """The keys a suppression of this address may be stored under: its full hash, or a token's prefix of it."""
    h = email_hash(email)
    return [h, h[:TOKEN_HASH_LEN]]


class SuppressionList:
    """The ledger's suppression list (a part of `Ledger`)."""

    engine: sa.Engine

    def suppress(self, email: str, reason: str, withdraw: bool = True) -> bool:
        """Put an address on the suppression list (False if it was there) and skip its unsent rows at once,
        so a send that is running or resumed later does not mail it (`withdraw=False`: the send loop,
        which records the row's own outcome next)."""
        h = email_hash(email)
        with self.engine.begin() as conn:
            if withdraw:
                _withdraw(conn, email, reason)
            return _add(conn, h, reason)

    def suppress_token_hash(self, prefix: str, reason: str) -> None:
        """Suppress the subscriber a link token names, by the hash prefix it carries, when their address is unknown."""
        with self.engine.begin() as conn:
            _add(conn, prefix, reason)

    def withdraw(self, email: str, reason: str) -> int:
        """Skip every unsent row of this address (someone removed from the roster); returns how many."""
        with self.engine.begin() as conn:
            return _withdraw(conn, email, reason)

    def forget(self, email: str) -> int:
        """Remove every ledger row naming this address (the suppression entry keeps only a hash)."""
        with self.engine.begin() as conn:
            return conn.execute(deliveries.delete().where(sa.func.lower(deliveries.c.email) == email.lower())).rowcount

    def unsuppress(self, email: str) -> None:
        """Lift a suppression: only for someone who asked again and confirmed."""
        with self.engine.begin() as conn:
            conn.execute(suppressions.delete().where(suppressions.c.email_hash.in_(_hash_keys(email))))

    def is_suppressed(self, email: str) -> bool:
        """Whether this address is on the suppression list."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(suppressions.c.email_hash)
                                .where(suppressions.c.email_hash.in_(_hash_keys(email)))).first() is not None

    def suppressed_among(self, emails: list[str]) -> set[str]:
        """Which of these addresses are on the suppression list now."""
        hashes = {key: e for e in emails for key in _hash_keys(e)}
        with self.engine.connect() as conn:
            return {hashes[r[0]] for r in conn.execute(sa.select(suppressions.c.email_hash)
                                                       .where(suppressions.c.email_hash.in_(list(hashes))))}

    def suppressed_at(self, email: str) -> float | None:
        """When this address was last suppressed (seconds since the epoch), or None when it is not."""
        with self.engine.connect() as conn:
            when = conn.execute(sa.select(sa.func.max(suppressions.c.created_at))
                                .where(suppressions.c.email_hash.in_(_hash_keys(email)))).scalar()
        if when is None:
            return None
        return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()

    def suppressed_hashes(self) -> SuppressedHashes:
        """The whole list, to test many addresses against it."""
        with self.engine.connect() as conn:
            return SuppressedHashes(r[0] for r in conn.execute(sa.select(suppressions.c.email_hash)))


def _add(conn: sa.Connection, key: str, reason: str) -> bool:
    """Store a suppression under `key` unless one is there; whether it was added."""
    if conn.execute(sa.select(suppressions.c.email_hash).where(suppressions.c.email_hash == key)).first():
        return False
    conn.execute(suppressions.insert().values(email_hash=key, reason=reason, created_at=utc_now()))
    return True


def _withdraw(conn: sa.Connection, email: str, reason: str) -> int:
    # Claimed rows too: the send loop confirms its claim just before each hand-over, so a claimed
    # message not yet handed over is then left out; one in flight gets its real outcome written after.
    return conn.execute(deliveries.update()
                        .where(sa.func.lower(deliveries.c.email) == email.lower(), deliveries.c.state.in_(UNSENT))
                        .values(state="skipped", error=f"{reason} before it was sent", updated_at=utc_now())).rowcount
