"""The send lock: one process at a time sends a given issue from a given state database.

On Linux the lock is a name in the abstract socket namespace, which no file cleanup can delete
while a send holds it; elsewhere an OS file lock beside the database; with PostgreSQL an advisory
lock. Each dies with its process, so a crashed send never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import socket
import sqlite3
import sys
from pathlib import Path
from typing import Callable, Iterator

import sqlalchemy as sa

from ..errors import SendInProgress

LockCheck = Callable[[], str | None]  # what is wrong with a held lock now; None: nothing


@contextlib.contextmanager
def send_lock(engine: sa.Engine, url: str, lock_dir: Path | None, issue: str) -> Iterator[LockCheck]:
    """Hold the send lock of one issue; SendInProgress if another process holds it.

    It yields a check that says what is wrong (None: nothing) when the lock may have been lost: its
    PostgreSQL connection ended (the server then frees the lock for anyone), or the SQLite file it
    guards was removed or replaced.
    """
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine, issue) as check:
            yield check
        return
    check = _same_file_check(engine.url.database)
    if sys.platform.startswith("linux"):
        with _abstract_socket_lock(f"{url}\0{issue}", issue):
            yield check
        return
    with _file_lock((lock_dir or Path(".")) / f"send-{issue}.lock", issue):
        yield check


@contextlib.contextmanager
def _advisory_lock(engine: sa.Engine, issue: str) -> Iterator[LockCheck]:
    key = int(hashlib.sha256(issue.encode()).hexdigest()[:15], 16)
    with engine.connect() as conn:
        if not conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            raise SendInProgress(f"another send of {issue} is running")
        try:
            yield lambda: _answers(conn)
        finally:
            with contextlib.suppress(sa.exc.SQLAlchemyError):  # a lost connection took the lock with it
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": key})


def _answers(conn: sa.Connection) -> str | None:
    """None while the connection holding a lock still answers; else what went wrong."""
    try:
        conn.execute(sa.text("SELECT 1"))
        conn.commit()
    except sa.exc.SQLAlchemyError as exc:
        return f"the state database connection holding the lock was lost ({getattr(exc, 'orig', None) or exc})"
    return None


def _same_file_check(database: str | None) -> LockCheck:
    """A check that the SQLite file a lock guards is still there, the same file, and opens."""
    if not database or database == ":memory:":
        return lambda: None
    try:
        inode = os.stat(database).st_ino
    except OSError:
        inode = None  # made by the first write; the check below compares with the file found then

    def check() -> str | None:
        try:
            if inode is not None and os.stat(database).st_ino != inode:
                return f"the state database {database} was replaced"
            probe = sqlite3.connect(f"file:{database}?mode=rw", uri=True)
            try:
                probe.execute("SELECT 1 FROM sqlite_master").fetchall()
            finally:
                probe.close()
        except (OSError, sqlite3.Error) as exc:
            return f"the state database {database} cannot be opened ({exc})"
        return None
    return check


@contextlib.contextmanager
def _abstract_socket_lock(key: str, issue: str) -> Iterator[None]:
    """Bind a Linux abstract-namespace socket named for `key`: only one process can, and the name has no file."""
    name = b"\0newsletter-send-" + hashlib.sha256(key.encode()).hexdigest()[:40].encode()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            sock.bind(name)
        except OSError:
            raise SendInProgress(f"another send of {issue} is running on this machine") from None
        yield
    finally:
        sock.close()


@contextlib.contextmanager
def _file_lock(path: Path, issue: str) -> Iterator[None]:
    """An OS file lock at `path` (made if missing), held until the block ends or the process dies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SendInProgress(f"another send of {issue} is running (lock {path})") from None
        yield
    finally:
        os.close(fd)
