"""Roster changes: add, remove, import, export, forget; every write atomic and under a lock.

The CSV stays the editor's file; unsubscribes and bounces live in the state
database's suppression list, which always wins over the CSV, so re-importing an
old CSV never re-subscribes someone who left.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import io
import os
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterator

from .files import write_atomic
from .model import Subscriber
from .errors import InvalidSubscriber, RosterError
from .roster import COLUMNS, load_roster, normalise_email, parse_row

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)  # "line N: reason"

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.rejected)} rejected")


@contextlib.contextmanager
def roster_lock(path: Path) -> Iterator[None]:
    """An exclusive lock beside the roster, so two commands never interleave their writes."""
    lock = path.with_name(f".{path.name}.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def to_csv(subscribers: list[Subscriber], safe: bool = False) -> str:
    """The roster as CSV text; `safe` neutralises cells a spreadsheet would run as formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for s in subscribers:
        row = [s.email, s.name, s.timezone or "", ";".join(s.shows), s.status, s.joined or ""]
        writer.writerow([_neutralise(c) for c in row] if safe else row)
    return out.getvalue()


def _neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def save(path: Path, subscribers: list[Subscriber]) -> None:
    write_atomic(path, to_csv(subscribers))


def _valid(check, value, address: str):
    """Run a roster check; a bad value becomes an InvalidSubscriber naming the address."""
    try:
        return check(value)
    except InvalidSubscriber:
        raise
    except ValueError as exc:
        raise InvalidSubscriber(f"{address}: {exc}") from None


def add(path: Path, email: str, name: str = "", timezone: str = "", shows: str = "", status: str = "active",
        today: date | None = None) -> Subscriber:
    """Add or update one subscriber; ValueError with the reason for a bad address or time zone."""
    row = {"email": email, "name": name, "timezone": timezone, "shows": shows, "status": status,
           "joined": (today or date.today()).isoformat()}
    new = _valid(parse_row, row, email)
    with roster_lock(path):
        subs = load_roster(path).subscribers if path.exists() else []
        for i, s in enumerate(subs):
            if s.email.casefold() == new.email.casefold():
                subs[i] = replace(new, joined=s.joined)
                save(path, subs)
                return subs[i]
        subs.append(new)
        save(path, subs)
    return new


def set_status(path: Path, email: str, status: str) -> bool:
    """Mark one subscriber (unsubscribed, bounced…); False when not on the roster."""
    key = _valid(normalise_email, email, email).casefold()
    with roster_lock(path):
        subs = load_roster(path).subscribers
        hit = False
        for i, s in enumerate(subs):
            if s.email.casefold() == key:
                subs[i], hit = replace(s, status=status), True
        if hit:
            save(path, subs)
    return hit


def update(path: Path, email: str, **changes) -> Subscriber | None:
    """Change fields of one subscriber (shows, timezone); None when not on the roster."""
    key = _valid(normalise_email, email, email).casefold()
    with roster_lock(path):
        subs = load_roster(path).subscribers
        for i, s in enumerate(subs):
            if s.email.casefold() == key:
                subs[i] = replace(s, **changes)
                save(path, subs)
                return subs[i]
    return None


def remove(path: Path, email: str) -> bool:
    """Delete one subscriber from the roster; False when not there."""
    key = _valid(normalise_email, email, email).casefold()
    with roster_lock(path):
        subs = load_roster(path).subscribers
        kept = [s for s in subs if s.email.casefold() != key]
        if len(kept) == len(subs):
            return False
        save(path, kept)
    return True


def import_file(path: Path, source: Path, dry_run: bool = False, suppressed: set[str] | None = None) -> ImportReport:
    """Merge another CSV into the roster: new rows added, known ones updated, bad ones rejected with line numbers."""
    from .tokens import address_hash

    report = ImportReport()
    incoming = load_roster(source)
    for problem in incoming.problems:
        report.rejected.append("line " + problem[len(str(source)) + 1:] if problem.startswith(str(source)) else problem)
    with roster_lock(path):
        subs = load_roster(path).subscribers if path.exists() else []
        index = {s.email.casefold(): i for i, s in enumerate(subs)}
        for new in incoming.subscribers:
            if suppressed and address_hash(new.email) in suppressed and new.status == "active":
                new = replace(new, status="unsubscribed")  # the suppression list wins over an old CSV
            i = index.get(new.email.casefold())
            if i is None:
                index[new.email.casefold()] = len(subs)
                subs.append(new)
                report.added += 1
            elif subs[i] != replace(new, joined=subs[i].joined):
                subs[i] = replace(new, joined=subs[i].joined or new.joined)
                report.updated += 1
            else:
                report.unchanged += 1
        if not dry_run:
            save(path, subs)
    return report


def forget(path: Path, email: str, ledger) -> bool:
    """GDPR erasure: off the roster and the ledger, leaving only a hashed suppression entry."""
    address = _valid(normalise_email, email, email)
    ledger.suppress(address, "forgotten")
    ledger.forget(address)
    try:
        return remove(path, address)
    except RosterError:
        return False
