"""CSV in and out of the subscriber store: the editor's way to bring a list in and take it out.

Import merges (a blank cell never overwrites, someone who left is never made active,
unknown columns become attributes, a bad row is reported with its line and kept
out) and reads the exports of Mailchimp, listmonk and Buttondown as they come.
Export writes every subscriber with spreadsheet formulas neutralised, in a form
that imports again unchanged.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Iterator

from ..errors import RosterError
from ..model import SubscriberStatus
from .fields import split_shows
from ..tokens import address_hash
from .store import WRITE_CHUNK, Change, SubscriberStore, change

EXPORT_COLUMNS = ("email", "name", "timezone", "shows", "status", "joined", "attributes")
# Header spellings of the services people move from (their own exports), by the column they fill.
ALIASES = {
    "email": ("email", "email address", "e mail", "e mail address"),
    "name": ("name", "full name"),
    "first": ("first name", "fname"),
    "last": ("last name", "lname"),
    "timezone": ("timezone", "time zone", "tz"),
    "shows": ("shows",),
    "status": ("status", "subscriber type"),
    "joined": ("joined", "created at", "creation date", "confirm time", "optin time"),
    "attributes": ("attributes", "attribs", "metadata"),
    "unsub": ("unsub time",),
    "cleaned": ("clean time",),
}
STATUS_WORDS: dict[SubscriberStatus, tuple[str, ...]] = {
    "active": ("active", "subscribed", "enabled", "confirmed", "regular", "premium", "gifted", "paid"),
    "pending": ("pending", "unconfirmed", "unactivated", "transactional"),
    "unsubscribed": ("unsubscribed", "disabled", "blocklisted", "blacklisted", "archived", "removed"),
    "bounced": ("bounced", "cleaned", "undeliverable"),
    "complained": ("complained", "spam complaint"),
}
_STATUS_OF = {word: status for status, words in STATUS_WORDS.items() for word in words}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LEGACY_FLAG = "subscribers.roster_csv_imported"
_first_run_notes: list[str] = []  # the first-run import's report, until the CLI prints it


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    left: int = 0  # rows saying active for someone who had left: they stay as they are
    rejected: list[str] = field(default_factory=list)  # "line N: reason"

    def summary(self) -> str:
        text = (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.rejected)} rejected")
        return text + (f", {self.left} had left and stay so" if self.left else "")


def _header_key(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", (name or "").strip().lower())


def _columns(fieldnames: list[str]) -> dict[str, str]:
    """Which header fills which field (the first spelling found wins)."""
    by_key = {_header_key(h): h for h in fieldnames if h}
    found = {}
    for target, spellings in ALIASES.items():
        for spelling in spellings:
            if spelling in by_key:
                found[target] = by_key[spelling]
                break
    return found


def _cell(value: str | None) -> str:
    """A cell as the person meant it: the `'` that neutralised a formula on export comes off again."""
    value = (value or "").strip()
    if value.startswith("'") and value[1:].startswith(_FORMULA_START + ("'",)):
        return value[1:]
    return value


def _status(row: dict, cols: dict[str, str]) -> SubscriberStatus | None:
    word = _cell(row.get(cols["status"])).lower() if "status" in cols else ""
    if word:
        if word not in _STATUS_OF:
            raise ValueError(f'status "{word}" is not one of {", ".join(STATUS_WORDS)} (or a word other '
                             "services use for them)")
        return _STATUS_OF[word]
    if "unsub" in cols and _cell(row.get(cols["unsub"])):
        return "unsubscribed"
    if "cleaned" in cols and _cell(row.get(cols["cleaned"])):
        return "bounced"
    return None


def _joined(row: dict, cols: dict[str, str]) -> date | None:
    text = _cell(row.get(cols["joined"]))[:10] if "joined" in cols else ""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _attributes(row: dict, cols: dict[str, str]) -> dict:
    # The dates someone left on another service are worth keeping beside the status they gave.
    used = {header for target, header in cols.items() if target not in ("unsub", "cleaned")}
    out = {k: _cell(v) for k, v in row.items() if k and k not in used and _cell(v)}
    raw = _cell(row.get(cols["attributes"])) if "attributes" in cols else ""
    if raw:
        try:
            parsed = json.loads(raw)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, dict):
            out.update(parsed)
        else:
            out[cols["attributes"]] = raw
    return out


def row_change(row: dict, cols: dict[str, str], detail: str) -> Change:
    """One CSV row as a checked Change; ValueError with the reason when it cannot be used."""
    name = _cell(row.get(cols["name"])) if "name" in cols else ""
    if not name:
        name = " ".join(_cell(row.get(cols[k])) for k in ("first", "last") if k in cols).strip()
    joined = _joined(row, cols)
    attributes = _attributes(row, cols)
    if "joined" in cols and joined is None and _cell(row.get(cols["joined"])):
        attributes[cols["joined"]] = _cell(row.get(cols["joined"]))  # kept, not lost, when not a date
    return change(_cell(row.get(cols["email"])), name, _cell(row.get(cols.get("timezone", ""))),
                  split_shows(_cell(row.get(cols.get("shows", "")))), _status(row, cols), joined, attributes,
                  detail)


def read_changes(path: Path, report: ImportReport) -> Iterator[Change]:
    """The usable rows of a CSV one at a time; the others go to `report.rejected` with their line."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cols = _columns(reader.fieldnames or [])
            if "email" not in cols:
                raise RosterError(f"{path}: no email column in the header line",
                                  hint="name one column `email` (or `Email Address`, as Mailchimp does); "
                                       f"the full set is {','.join(EXPORT_COLUMNS)}")
            for row in reader:
                if None in row:
                    report.rejected.append(f"line {reader.line_num}: more cells than the header has columns")
                    continue
                try:
                    yield row_change(row, cols, f"{path.name} line {reader.line_num}")
                except ValueError as exc:
                    report.rejected.append(f"line {reader.line_num}: {exc}")
    except UnicodeDecodeError:
        raise RosterError(f"{path}: not UTF-8 text", hint="save the file as UTF-8 CSV") from None
    except csv.Error as exc:
        raise RosterError(f"{path}: not a readable CSV file ({exc})", hint="save it as comma-separated values") \
            from None


def import_csv(store: SubscriberStore, path: Path, dry_run: bool = False, suppressed: set[str] | None = None,
               source: str = "import") -> ImportReport:
    """Merge a CSV into the store chunk by chunk; nothing stored is ever removed.

    Addresses on the suppression list (unsubscribed, bounced or forgotten, known only by hash)
    that are not stored are kept out: only they can subscribe again, through the subscribe page.
    """
    report = ImportReport()
    chunk: list[Change] = []
    for c in read_changes(path, report):
        if suppressed and address_hash(c.email) in suppressed and store.get(c.email) is None:
            report.rejected.append(f"line {c.detail.rsplit(' line ', 1)[-1]}: {c.email} "
                                   "unsubscribed, bounced or asked to be forgotten before; only they can "
                                   "subscribe again")
            continue
        chunk.append(c)
        if len(chunk) >= WRITE_CHUNK:
            _tally(report, store.merge(chunk, source, dry_run))
            chunk = []
    if chunk:
        _tally(report, store.merge(chunk, source, dry_run))
    return report


def _tally(report: ImportReport, outcomes: list[str]) -> None:
    for outcome in outcomes:
        setattr(report, outcome, getattr(report, outcome) + 1)


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula; `'` is prefixed (and doubled) so import undoes it."""
    return "'" + cell if cell.startswith(_FORMULA_START + ("'",)) else cell


def export_csv(store: SubscriberStore, out: IO[str]) -> int:
    """Every subscriber as CSV (EXPORT_COLUMNS), formulas neutralised, streamed; returns how many."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    n = 0
    for batch in store.batches(status=None):
        for s in batch:
            attributes = json.dumps(s.attributes, ensure_ascii=False, sort_keys=True) if s.attributes else ""
            writer.writerow([neutralise(c) for c in (s.email, s.name, s.timezone or "", ";".join(s.shows),
                                                      s.status, s.joined or "", attributes)])
        n += len(batch)
    return n


def take_first_run_notes() -> list[str]:
    """The first-run import's report lines, once (the CLI prints them after any command)."""
    notes = list(_first_run_notes)
    _first_run_notes.clear()
    return notes


def import_legacy_roster(cfg, store: SubscriberStore) -> list[str]:
    """Import `[subscribers] path` (the roster CSV of releases before the store) once, on first run.

    Returns the report lines (also kept for `take_first_run_notes`); empty when it was done
    before or there is no file.
    """
    from ..deliver.ledger import Ledger
    from ..migrations import state_lock
    from ..store import Store

    flags = Store(store.engine)
    if flags.flag(LEGACY_FLAG) is not None:
        return []
    path = cfg.resolve(cfg.subscribers.path)
    with state_lock(store.engine):
        if flags.flag(LEGACY_FLAG) is not None:  # another process did it while we waited
            return []
        if not path.is_file():
            flags.set_flag(LEGACY_FLAG, "no roster file on first run")
            return []
        report = import_csv(store, path, suppressed=Ledger.from_config(cfg).suppressed_hashes(),
                            source="roster-csv")
        flags.set_flag(LEGACY_FLAG, report.summary()[:200])
    notes = ([f"Imported {path} into the state database (first run, done once): {report.summary()}. "
              "The database is the list from now on: change it with `newsletter subscribers`."]
             + [f"Not imported: {path} {line}" for line in report.rejected])
    _first_run_notes.extend(notes)
    return notes
