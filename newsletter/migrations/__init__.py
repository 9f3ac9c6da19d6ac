"""Versioned schema of the state database (Alembic), upgraded to the newest version on start.

`migrate(engine)` runs once per engine per process, under a lock that holds across
processes and machines (a PostgreSQL advisory lock, or a file lock beside the
SQLite file), so two workers starting together never migrate twice. A database
made by a release before migrations existed holds some of the baseline's tables
already: the baseline creates only the ones missing, and the next versions apply
as on any other database.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import threading
import weakref
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa

from ..errors import StateError
from ..state import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent
HEAD = SCHEMA_VERSION  # the state module owns the version; the name here is Alembic's
# Any stable 63-bit number names the advisory lock; derived from a name so it is greppable.
_PG_LOCK_KEY = int(hashlib.sha256(b"newsletter schema migration").hexdigest()[:15], 16)
_migrated: "weakref.WeakSet[sa.Engine]" = weakref.WeakSet()
_local_lock = threading.Lock()


def alembic_config():
    """The Alembic configuration of the bundled migrations (no alembic.ini needed)."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head() -> str:
    """The newest schema revision the migration scripts define."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(conn: sa.Connection) -> str | None:
    """The revision the database is at (None: empty, or made before migrations existed)."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: sa.Engine) -> None:
    """Bring the database to the newest schema; a no-op after the first call for this engine."""
    if engine in _migrated:
        return
    with engine.connect() as conn:
        at_head = current(conn) == HEAD
    if not at_head:
        _upgrade(engine)
    _migrated.add(engine)


def _upgrade(engine: sa.Engine) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    with _local_lock, state_lock(engine) as conn:
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        at = current(conn)
        if at is not None and at not in known:
            raise StateError(f"the state database is from a newer version of newsletter (schema {at})",
                             hint="upgrade newsletter before using this database")
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


@contextlib.contextmanager
def state_lock(engine: sa.Engine) -> Iterator[sa.Connection]:
    """Hold the database-wide lock for one-time work (migrations, the first-run import), across machines."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
            try:
                yield conn
            finally:
                conn.rollback()
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
            return
        database = engine.url.database
        if engine.dialect.name != "sqlite" or not database or database == ":memory:":
            yield conn
            return
        fd = os.open(f"{database}.migrate.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield conn
        finally:
            os.close(fd)


def forget_migrated() -> None:
    """Forget which engines were migrated (tests that drop and recreate a database)."""
    _migrated.clear()
