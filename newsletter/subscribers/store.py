"""The subscriber store: one row per subscriber in the state database, and their consent record.

subscribers        the address (as given, its case-folded key, and its hash, which link tokens carry),
                   name, time zone, followed shows, status, free attributes (JSON), joined date
subscriber_events  every status each subscriber has had: when, through what (import, add, confirm,
                   unsubscribe link, webhook, send) and the detail (file and line, provider)

Every write touches one subscriber's row (and appends to their record) in its own
transaction; an import writes chunks of rows, never the whole list. Readers stream
in batches by id, so nothing holds the whole list in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Iterable, Iterator

import sqlalchemy as sa

from ..errors import InvalidSubscriber
from ..model import SHOWS_MODE_KEY, Subscriber, SubscriberStatus
from ..state import StateStore, check_known, state_engine
from ..words import counted
from .fields import (LEFT, STATUSES, check_shows_mode, check_status, check_timezone, checked_attributes, clean_name,
                     email_key, normalise_email)
from ..tokens import address_hash

# Rows per query: enough to amortise the round trip; small enough that a reader's memory stays a few MB.
READ_BATCH = 1000
WRITE_CHUNK = 5000
TZ_DATETIME = sa.DateTime(timezone=True)

metadata = sa.MetaData()
subscribers = sa.Table(
    "subscribers", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("email_key", sa.String(320), nullable=False),
    sa.Column("email_hash", sa.String(64), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("timezone", sa.String(64)),
    sa.Column("shows", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attributes", sa.JSON, nullable=False),
    sa.Column("joined", sa.Date),
    sa.Column("created_at", TZ_DATETIME, nullable=False),
    sa.Column("updated_at", TZ_DATETIME, nullable=False),
    sa.Index("ux_subscribers_email_key", "email_key", unique=True),
    sa.Index("ux_subscribers_email_hash", "email_hash", unique=True),
    sa.Index("ix_subscribers_status_id", "status", "id"),
)
events = sa.Table(
    "subscriber_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("subscriber_id", sa.Integer, sa.ForeignKey("subscribers.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("at", TZ_DATETIME, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("previous", sa.String(16)),
    sa.Column("source", sa.String(32), nullable=False),
    sa.Column("detail", sa.Text),
)


@dataclass(frozen=True)
class Event:
    """One entry of a subscriber's consent record."""

    at: datetime
    status: SubscriberStatus
    previous: SubscriberStatus | None
    source: str
    detail: str | None


@dataclass
class Change:
    """What an import row or an `add` says about one subscriber; None (or empty) means "not given"."""

    email: str
    name: str = ""
    timezone: str | None = None
    shows: tuple[str, ...] = ()
    status: SubscriberStatus | None = None
    joined: date | None = None
    attributes: dict = field(default_factory=dict)
    detail: str | None = None  # where it came from, for the consent record ("file.csv line 4")


def change(email: str, name: str = "", timezone: str | None = "", shows: Iterable[str] = (),
           status: str | None = None, joined: date | None = None, attributes: dict | None = None,
           detail: str | None = None) -> Change:
    """A checked Change; InvalidSubscriber (a ValueError) naming the address and the bad value otherwise."""
    try:
        return Change(normalise_email(email), clean_name(name), check_timezone(timezone),
                      tuple(s for s in (x.strip() for x in shows) if s), check_status(status) if status else None,
                      joined, checked_attributes(attributes or {}), detail)
    except ValueError as exc:
        raise InvalidSubscriber(f"{email.strip() or '(empty address)'}: {exc}") from None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _subscriber(row) -> Subscriber:
    """A stored row as a Subscriber; StateError when its status is not one the program knows."""
    if row.status not in STATUSES:
        check_known({row.status: 1}, STATUSES, lambda _: f"subscriber {row.email}", "status")
    return Subscriber(row.email, row.name, row.timezone, tuple(row.shows or ()), row.status,
                      row.joined.isoformat() if row.joined else None, dict(row.attributes or {}))


def merged_status(current: SubscriberStatus, given: SubscriberStatus | None) -> SubscriberStatus:
    """The status after a change: someone who left is never made active (or pending) again by an
    import or `add`, only by confirming a new opt-in; an active subscriber is not sent back to pending."""
    if given is None or (current in LEFT and given in ("active", "pending")):
        return current
    if current == "active" and given == "pending":
        return current
    return given


def merged_fields(row, c: Change) -> dict:
    """The columns a change alters: a blank never overwrites a value; attributes merge key by key."""
    out: dict = {}
    if c.name and c.name != row.name:
        out["name"] = c.name
    if c.timezone and c.timezone != row.timezone:
        out["timezone"] = c.timezone
    if c.shows and list(c.shows) != list(row.shows or ()):
        out["shows"] = list(c.shows)
    if c.joined and row.joined is None:
        out["joined"] = c.joined
    attributes = {**(row.attributes or {}), **{k: v for k, v in c.attributes.items() if v not in ("", None)}}
    if attributes != (row.attributes or {}):
        out["attributes"] = attributes
    status = merged_status(row.status, c.status)
    if status != row.status:
        out["status"] = status
    return out


class SubscriberStore(StateStore):
    """Subscribers in the state database (SQLite by default, PostgreSQL by URL)."""

    @classmethod
    def from_config(cls, cfg) -> "SubscriberStore":
        """The store of a project; on first use, the pre-database roster CSV is imported into it once."""
        from .csvfile import import_legacy_roster

        store = cls(state_engine(cfg))
        import_legacy_roster(cfg, store)
        return store

    # -- reading ------------------------------------------------------------------------------
    def get(self, email: str) -> Subscriber | None:
        """One subscriber by address (any case); None when not stored. InvalidSubscriber for a bad address."""
        key = email_key(_valid_address(email))
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(subscribers).where(subscribers.c.email_key == key)).first()
        return _subscriber(row) if row else None

    def by_hash_prefix(self, prefix: str) -> Subscriber | None:
        """The subscriber whose address hash starts with `prefix` (what a link token carries); an index lookup."""
        prefix = prefix.lower()
        if not prefix or any(ch not in "0123456789abcdef" for ch in prefix):
            return None
        # Hex digits sort below "g", so [prefix, prefix + "g") is exactly the hashes starting with prefix.
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(subscribers).where(subscribers.c.email_hash >= prefix,
                                                            subscribers.c.email_hash < prefix + "g")
                               .limit(1)).first()
        return _subscriber(row) if row else None

    def batches(self, status: SubscriberStatus | None = "active", size: int = READ_BATCH) -> Iterator[list[Subscriber]]:
        """Subscribers (of one status, or all with None) in id order, `size` at a time; memory stays flat."""
        last = 0
        while True:
            query = sa.select(subscribers).where(subscribers.c.id > last).order_by(subscribers.c.id).limit(size)
            if status is not None:
                query = query.where(subscribers.c.status == status)
            with self.engine.connect() as conn:
                rows = conn.execute(query).all()
            if not rows:
                return
            last = rows[-1].id
            yield [_subscriber(r) for r in rows]

    def count(self) -> dict[SubscriberStatus, int]:
        """How many subscribers have each status."""
        with self.engine.connect() as conn:
            found = dict(conn.execute(sa.select(subscribers.c.status, sa.func.count())
                                      .group_by(subscribers.c.status)).all())
        check_known(found, STATUSES, lambda n: counted(n, "subscriber"), "status")
        return {s: found.get(s, 0) for s in STATUSES}

    def followed_shows(self) -> list[str]:
        """Every show an active subscriber follows (one pass over distinct sets, not over people)."""
        as_text = sa.cast(subscribers.c.shows, sa.Text)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(as_text).where(subscribers.c.status == "active").distinct())
            return sorted({show for (text,) in rows for show in json.loads(text or "[]")})

    def history(self, email: str) -> list[Event]:
        """A subscriber's consent record, oldest first."""
        key = email_key(_valid_address(email))
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(events).join(subscribers, subscribers.c.id == events.c.subscriber_id)
                                .where(subscribers.c.email_key == key).order_by(events.c.id))
            return [Event(r.at, r.status, r.previous, r.source, r.detail) for r in rows]

    # -- writing ------------------------------------------------------------------------------
    def add(self, c: Change, source: str = "add") -> tuple[Subscriber, str]:
        """Add one subscriber or merge into the stored one; returns it and what happened
        ("added", "updated", "unchanged", or "left" when they had left and stay so)."""
        (outcome,) = self.merge([c], source)
        return self.get(c.email), outcome

    def merge(self, changes: list[Change], source: str, dry_run: bool = False) -> list[str]:
        """Merge a chunk of changes in one transaction; one outcome per change (see `add`)."""
        try:
            return self._merge(changes, source, dry_run)
        except sa.exc.IntegrityError:
            # Another process added one of these addresses between our read and our insert: read again.
            return self._merge(changes, source, dry_run)

    def _merge(self, changes: list[Change], source: str, dry_run: bool) -> list[str]:
        now = _now()
        with self.engine.begin() as conn:
            keys = list({email_key(c.email) for c in changes})
            stored = {r.email_key: r for r in conn.execute(sa.select(subscribers)
                                                           .where(subscribers.c.email_key.in_(keys)))}
            outcomes, fresh = [], {}
            for c in changes:
                key = email_key(c.email)
                if key in fresh:  # the same address twice in one chunk: fold the later into the first
                    _fold(fresh[key], c)
                    outcomes.append("unchanged")
                elif key not in stored:
                    fresh[key] = c
                    outcomes.append("added")
                else:
                    outcomes.append(self._update_row(conn, stored[key], c, source, now, dry_run))
            if fresh and not dry_run:
                self._insert(conn, list(fresh.values()), source, now)
            if dry_run:
                conn.rollback()
        return outcomes

    def _update_row(self, conn, row, c: Change, source: str, now: datetime, dry_run: bool) -> str:
        changes = merged_fields(row, c)
        if c.email != row.email:
            changes["email"] = c.email  # the latest spelling of the same address
        if changes and not dry_run:
            conn.execute(subscribers.update().where(subscribers.c.id == row.id).values(**changes, updated_at=now))
            if "status" in changes:
                conn.execute(events.insert().values(subscriber_id=row.id, at=now, status=changes["status"],
                                                    previous=row.status, source=source, detail=c.detail))
        if c.status in ("active", "pending") and row.status in LEFT:
            return "left"  # their other columns may have merged; their status did not
        return "updated" if changes else "unchanged"

    def _insert(self, conn, new: list[Change], source: str, now: datetime) -> None:
        rows = [{"email": c.email, "email_key": email_key(c.email), "email_hash": address_hash(c.email),
                 "name": c.name, "timezone": c.timezone, "shows": list(c.shows), "status": c.status or "active",
                 "attributes": {k: v for k, v in c.attributes.items() if v not in ("", None)},
                 "joined": c.joined or now.date(), "created_at": now, "updated_at": now} for c in new]
        ids = conn.execute(subscribers.insert().returning(subscribers.c.id, subscribers.c.email_key),
                           rows).all()
        detail = {email_key(c.email): c.detail for c in new}
        status = {r["email_key"]: r["status"] for r in rows}
        conn.execute(events.insert(), [{"subscriber_id": i, "at": now, "status": status[k], "previous": None,
                                        "source": source, "detail": detail[k]} for i, k in ids])

    def set_status(self, email: str, status: str, source: str, detail: str | None = None) -> bool:
        """Record a status change (unsubscribed, bounced, complained…) with where it came from.

        False when the address is not stored. This is the one way to make someone leave; to make
        someone who left active again use `confirm`.
        """
        status = check_status(status)
        key = email_key(_valid_address(email))
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(subscribers.c.id, subscribers.c.status)
                               .where(subscribers.c.email_key == key)).first()
            if row is None:
                return False
            if row.status != status:
                now = _now()
                conn.execute(subscribers.update().where(subscribers.c.id == row.id)
                             .values(status=status, updated_at=now))
                conn.execute(events.insert().values(subscriber_id=row.id, at=now, status=status,
                                                    previous=row.status, source=source, detail=detail))
        return True

    def confirm(self, email: str, timezone: str | None = None, detail: str | None = None) -> Subscriber:
        """A confirmed opt-in: the one way anyone, including someone who left, becomes active.

        A time zone already held is kept: the link may be older than a change made since.
        """
        held = self.get(email)
        c = change(email, timezone=None if held and held.timezone else timezone, detail=detail)
        self.add(c, "confirm")
        self.set_status(c.email, "active", "confirm", detail)
        return self.get(c.email)

    def update(self, email: str, **values) -> Subscriber | None:
        """Set fields of one subscriber as given (preferences: `timezone`, `shows`, `name`, `shows_mode`); a
        blank clears. None when not stored."""
        key = email_key(_valid_address(email))
        allowed = {"timezone", "shows", "name", "shows_mode"}
        if set(values) - allowed:
            raise TypeError(f"update() sets only {', '.join(sorted(allowed))}")
        if "timezone" in values:
            values["timezone"] = _checked(check_timezone, values["timezone"], email)
        if "shows" in values:
            values["shows"] = [s.strip() for s in values["shows"] if s.strip()]
        if "shows_mode" in values:  # kept among the attributes (model.SHOWS_MODE_KEY): no column of its own
            mode = _checked(check_shows_mode, values.pop("shows_mode"), email)
            current = self.get(email)
            values["attributes"] = {**(current.attributes if current else {}), SHOWS_MODE_KEY: mode}
        with self.engine.begin() as conn:
            done = conn.execute(subscribers.update().where(subscribers.c.email_key == key)
                                .values(**values, updated_at=_now())).rowcount
        return self.get(email) if done else None

    def remove(self, email: str) -> bool:
        """Delete one subscriber and their record; False when not stored."""
        key = email_key(_valid_address(email))
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(subscribers.c.id).where(subscribers.c.email_key == key)).first()
            if row is None:
                return False
            conn.execute(events.delete().where(events.c.subscriber_id == row.id))
            conn.execute(subscribers.delete().where(subscribers.c.id == row.id))
        return True


def _fold(first: Change, later: Change) -> None:
    """A later row for the same address fills what it gives into the first (blank never overwrites)."""
    first.name = later.name or first.name
    first.timezone = later.timezone or first.timezone
    first.shows = later.shows or first.shows
    first.status = later.status or first.status
    first.joined = first.joined or later.joined
    first.attributes.update({k: v for k, v in later.attributes.items() if v not in ("", None)})


def _checked(check, value, address: str):
    try:
        return check(value)
    except ValueError as exc:
        raise InvalidSubscriber(f"{address}: {exc}") from None


def _valid_address(email: str) -> str:
    return _checked(normalise_email, email, email)
