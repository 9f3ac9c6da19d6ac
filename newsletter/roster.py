"""The subscriber roster: a CSV file editors keep in git (format in subscribers/README.md)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email

from .errors import RosterError
from .model import Subscriber

COLUMNS = ("email", "name", "timezone", "shows", "status", "joined")
STATUSES = ("active", "unsubscribed", "bounced", "pending")


@dataclass
class Roster:
    subscribers: list[Subscriber] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file:line: reason", rows skipped

    def active(self) -> list[Subscriber]:
        return [s for s in self.subscribers if s.status == "active"]


def normalise_email(address: str) -> str:
    """A valid address in its normal form (domain lower-cased); ValueError with the reason otherwise."""
    try:
        # No SMTPUTF8: a non-ASCII local part cannot be sent through every provider, so it is refused here,
        # where the person adding it can see why; a non-ASCII domain is kept and sent in its IDNA form.
        info = validate_email(address.strip(), check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None
    return f"{info.local_part}@{info.domain.lower()}"


def parse_row(row: dict) -> Subscriber:
    """One CSV row as a Subscriber; ValueError naming the bad column."""
    email = normalise_email(row.get("email") or "")
    tz = (row.get("timezone") or "").strip() or None
    if tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f'timezone "{tz}" is not an IANA time zone name') from None
    status = (row.get("status") or "active").strip().lower()
    if status not in STATUSES:
        raise ValueError(f'status "{status}" is not one of {", ".join(STATUSES)}')
    shows = tuple(s.strip() for s in (row.get("shows") or "").split(";") if s.strip())
    name = " ".join((row.get("name") or "").split())
    return Subscriber(email, name, tz, shows, status, (row.get("joined") or "").strip() or None)


def iter_roster(path: Path, problems: list[str]) -> Iterator[Subscriber]:
    """The roster's usable rows one at a time (bad rows and later duplicates go to `problems` with line numbers).

    Streaming keeps a 100,000-subscriber send from holding every row in memory at once.
    """
    if not path.is_file():
        raise RosterError(f"subscriber list {path} not found",
                          hint="create it (see subscribers/README.md) or set [subscribers] path")
    seen: dict[str, int] = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if "email" not in (reader.fieldnames or []):
                raise RosterError(f"{path}: no `email` column in the header line",
                                  hint=f"the first line must name the columns: {','.join(COLUMNS)}")
            for row in reader:
                line = reader.line_num
                try:
                    sub = parse_row(row)
                except ValueError as exc:
                    problems.append(f"{path}:{line}: {exc}")
                    continue
                key = sub.email.casefold()
                if key in seen:
                    problems.append(f"{path}:{line}: {sub.email} is already on line {seen[key]}; kept the first")
                    continue
                seen[key] = line
                yield sub
    except UnicodeDecodeError:
        raise RosterError(f"{path}: not UTF-8 text", hint="save the roster as UTF-8 CSV") from None


def load_roster(path: Path) -> Roster:
    """Read the whole roster; bad rows are skipped and reported with their line numbers, duplicates merged."""
    roster = Roster()
    roster.subscribers = list(iter_roster(path, roster.problems))
    return roster
