"""The gather side's memory, in the same database as the send ledger (SQLAlchemy Core).

feeds      ETag / Last-Modified of each feed, so an unchanged feed costs a 304
items      every feed item ever gathered, keyed by GUID, else link, else content hash
pages      article pages already fetched and extracted
http_cache responses of the TV schedule API, with the time they were fetched
shows      show names matched to schedule-service ids
flags      small facts between runs (a week folded into the next issue)
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from .state import StateStore


@dataclass(frozen=True)
class ShowLookup:
    """What looking a show name up on the schedule service found: its id there, or None for no match."""

    service_id: int | None


metadata = sa.MetaData()
feeds = sa.Table("feeds", metadata,
                 sa.Column("url", sa.String(2000), primary_key=True),
                 sa.Column("etag", sa.String(500)),
                 sa.Column("last_modified", sa.String(100)))
items = sa.Table("feed_items", metadata,
                 sa.Column("source", sa.String(2000), primary_key=True),
                 sa.Column("key", sa.String(2100), primary_key=True),
                 sa.Column("aliases", sa.Text, nullable=False),  # every key it is known by, one per line
                 sa.Column("day", sa.Date, nullable=False, index=True),
                 sa.Column("data", sa.Text, nullable=False))
pages = sa.Table("pages", metadata,
                 sa.Column("url", sa.String(2000), primary_key=True),
                 sa.Column("data", sa.Text, nullable=False),
                 sa.Column("fetched_at", sa.Float, nullable=False))
http_cache = sa.Table("http_cache", metadata,
                      sa.Column("url", sa.String(2000), primary_key=True),
                      sa.Column("body", sa.Text, nullable=False),
                      sa.Column("fetched_at", sa.Float, nullable=False))
flags = sa.Table("flags", metadata,
                 sa.Column("key", sa.String(200), primary_key=True),
                 sa.Column("value", sa.String(200), nullable=False))
shows = sa.Table("shows", metadata,
                 sa.Column("name", sa.String(300), primary_key=True),
                 sa.Column("service_id", sa.Integer))


class Store(StateStore):
    """Small key-value tables over one engine; every write is its own transaction."""

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(feeds.c.etag, feeds.c.last_modified).where(feeds.c.url == url)).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def save_feed(self, url: str, etag: str | None, last_modified: str | None,
                  new_items: list[tuple[list[str], dict]]) -> None:
        """Remember the feed's validators and its new items together, so a crash forgets neither alone."""
        with self.engine.begin() as conn:
            conn.execute(feeds.delete().where(feeds.c.url == url))
            conn.execute(feeds.insert().values(url=url, etag=etag, last_modified=last_modified))
            for keys, item in new_items:
                conn.execute(items.insert().values(source=url, key=keys[0], aliases="\n".join(keys),
                                                   day=date.fromisoformat(item["date"]), data=json.dumps(item)))

    def known_keys(self, url: str) -> set[str]:
        with self.engine.connect() as conn:
            return {k for r in conn.execute(sa.select(items.c.aliases).where(items.c.source == url))
                    for k in r[0].split("\n")}

    def items_between(self, url: str, start: date, end: date) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(items.c.data).where(items.c.source == url, items.c.day >= start,
                                                              items.c.day <= end).order_by(items.c.day))
            return [json.loads(r[0]) for r in rows]

    def page(self, url: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(pages.c.data).where(pages.c.url == url)).first()
        return json.loads(row[0]) if row else None

    def save_page(self, url: str, data: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(pages.delete().where(pages.c.url == url))
            conn.execute(pages.insert().values(url=url, data=json.dumps(data), fetched_at=time.time()))

    def cached(self, url: str, max_age: float, now: float | None = None) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(http_cache.c.body, http_cache.c.fetched_at)
                               .where(http_cache.c.url == url)).first()
        if row and (now if now is not None else time.time()) - row.fetched_at < max_age:
            return row.body
        return None

    def save_cached(self, url: str, body: str, now: float | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(http_cache.delete().where(http_cache.c.url == url))
            conn.execute(http_cache.insert().values(url=url, body=body,
                                                    fetched_at=now if now is not None else time.time()))

    def show_lookup(self, name: str) -> ShowLookup | None:
        """What the last lookup of a show name found; None when the name was never looked up."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(shows.c.service_id).where(shows.c.name == name.casefold())).first()
        return None if row is None else ShowLookup(row.service_id)

    def save_show_id(self, name: str, service_id: int | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(shows.delete().where(shows.c.name == name.casefold()))
            conn.execute(shows.insert().values(name=name.casefold(), service_id=service_id))

    def flag(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(flags.c.value).where(flags.c.key == key)).first()
        return row[0] if row else None

    def set_flag(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(flags.delete().where(flags.c.key == key))
            conn.execute(flags.insert().values(key=key, value=value))
