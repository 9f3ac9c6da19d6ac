"""The state database: where it is, the one engine per database per process, and its schema version.

Every table that lives there (the send ledger, subscribers, the gather side's memory, the public
pages' tokens, built issues) is reached through `open_state`, which makes the engine once and
brings the schema to `SCHEMA_VERSION` (Alembic scripts in `newsletter/migrations/`) before any
table is read. Nothing else creates engines for it, so every module agrees on pooling, SQLite's
pragmas and the schema.
"""

from __future__ import annotations

import re
import threading
from typing import Callable, Mapping, Sequence

import sqlalchemy as sa

from .errors import StateError

# The newest migration script's revision, so a database already there is recognised without loading
# Alembic (about 11 MB and 0.1 s per process); a test checks it against the migration scripts.
SCHEMA_VERSION = "0008"

_ENGINES: dict[str, sa.Engine] = {}
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")  # the password of user:password@host in a URL
_OPEN_HINT = "check [state] url or path in your config, and that the database server answers"
_ENGINES_LOCK = threading.Lock()


def state_url(cfg) -> str:
    """The state database's URL: [state] url, else the SQLite file at [state] path (its folder made)."""
    if cfg.state.url:
        return cfg.state.url
    path = cfg.resolve(cfg.state.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def engine_for(url: str) -> sa.Engine:
    """One engine (and connection pool) per database per process, however many stores are made."""
    with _ENGINES_LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = sa.create_engine(url)
            if engine.dialect.name == "sqlite":
                sa.event.listen(engine, "connect", _sqlite_pragmas)
            _ENGINES[url] = engine
        return engine


def open_state(url: str) -> sa.Engine:
    """The engine of this database with its schema at SCHEMA_VERSION; StateError when it cannot be opened."""
    from .migrations import migrate

    try:
        engine = engine_for(url)
    except (sa.exc.SQLAlchemyError, ValueError) as exc:  # ValueError: a URL it cannot read (a port not a number)
        raise _cannot_open(url, exc) from None
    except ImportError as exc:  # the URL names a database whose Python driver is not installed
        raise StateError(masked(f"cannot open the state database {url}: its driver is not installed ({exc.name})"),
                         hint=f"pip install {exc.name}, or set [state] url to a database whose driver is installed "
                              "(install psycopg[binary] for PostgreSQL)") from None
    try:
        migrate(engine)
    except sa.exc.SQLAlchemyError as exc:
        raise _cannot_open(url, exc) from None
    return engine


def _cannot_open(url: str, exc: Exception) -> StateError:
    detail = f"{exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}"
    return StateError(masked(f"cannot open the state database {url}: {detail}"), hint=_OPEN_HINT)


def masked(text: str) -> str:
    """`text` with the password of any database URL in it replaced by ***, fit for a terminal or a log."""
    return _PASSWORD.sub(r"\1***@", text)


def check_known(found: Mapping[str, int], known: Sequence[str], rows: Callable[[int], str], column: str) -> None:
    """StateError when rows hold a value the program does not know, as after an edit by hand or by another
    program: `found` counts rows per value, `rows(n)` names n of them ("2 rows of 2026-W48"), `column`
    is what the value is ("state")."""
    strange = sorted(set(found) - set(known))
    if strange:
        raise StateError(f"the state database has {rows(sum(found[s] for s in strange))} in an unknown {column} "
                         f"({', '.join(strange)})",
                         hint=f"it was changed by hand or by another program; set them to one of {', '.join(known)} "
                              "or restore a backup")


def state_engine(cfg) -> sa.Engine:
    """The project's state database, opened and migrated."""
    return open_state(state_url(cfg))


class StateStore:
    """Base of the stores kept in the state database: an engine whose schema is current before any use."""

    def __init__(self, engine: sa.Engine):
        from .migrations import migrate

        self.engine = engine
        migrate(engine)

    @classmethod
    def from_config(cls, cfg):
        """The store of the project `cfg` describes."""
        return cls(state_engine(cfg))


def dispose_engines() -> None:
    """Close every pooled connection (end of a run, end of a test)."""
    from .migrations import forget_migrated

    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()
    forget_migrated()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (send --status) never block the sender
    # In WAL mode a commit without fsync survives a killed process (not a power cut): each message's outcome
    # can then be recorded the moment the server acknowledged it, which bounds a crash's resends to one.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
