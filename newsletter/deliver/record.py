"""A record that a week's send started, kept beside the built issue (`build/WEEK/sent.json`).

The state database says who got the issue; this file only says that somebody did. It lives in
another folder, so losing, truncating or deleting the database (its folder and lock included)
does not make the next run mail everyone again: a send finds no recipients in the database but
this record beside the issue, and refuses unless forced.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from ..errors import DeliveryError
from ..files import write_atomic
from .reports import LedgerCounts

RECORD_NAME = "sent.json"
RECORD_VERSION = 1


def record_path(cfg, week: str) -> Path:
    return cfg.resolve(cfg.build.out) / week / RECORD_NAME


def check_not_sent_before(cfg, week: str, ledger, force: bool) -> None:
    """Refuse a week the database has never heard of when the record says its send started."""
    path = record_path(cfg, week)
    if force or ledger.has_snapshot(week) or not path.exists():
        return
    try:
        started = json.loads(path.read_text(encoding="utf-8")).get("started", "an earlier run")
    except (OSError, ValueError, AttributeError):
        started = "an earlier run"
    raise DeliveryError(
        f"{week} was already sent (started {started}, recorded in {path}), but the state database has no "
        "record of it: it was lost, emptied or replaced; nothing was sent",
        hint="restore the state database from a backup to resume that send; `newsletter send --force` mails "
             "the issue to everyone again, including everyone who already has it")


def sent_on(cfg, week: str) -> str | None:
    """When the week's send first started ("2026-11-30 13:05 UTC"), from its record; None without one."""
    try:
        started = json.loads(record_path(cfg, week).read_text(encoding="utf-8"))["started"]
        return datetime.fromisoformat(started).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_record(cfg, week: str, counts: LedgerCounts | None = None) -> None:
    """Note that the week's send has started (and, with counts, how far it got); atomic."""
    path = record_path(cfg, week)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    data = {"version": RECORD_VERSION, "issue": week, "started": now}
    if path.exists():
        try:
            data["started"] = json.loads(path.read_text(encoding="utf-8")).get("started", now)
        except (OSError, ValueError, AttributeError):
            pass
    if counts is not None:
        data.update(updated=now, counts=counts.as_dict())
    try:
        write_atomic(path, json.dumps(data, indent=2) + "\n")
    except OSError as exc:
        raise DeliveryError(f"cannot write the send record {path}: {exc.strerror or exc}",
                            hint="free disk space or fix the folder's permissions (build.out), then run "
                                 "`newsletter send` again") from None
