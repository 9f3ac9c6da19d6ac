import csv
import io

import pytest

from newsletter import subscribers as ops
from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.roster import load_roster

from .conftest import write


@pytest.fixture
def roster(project):
    return project / "subscribers" / "subscribers.csv"


def test_add_normalises_and_deduplicates_case_insensitively(roster):
    first = ops.add(roster, "Ann.Lee@EXAMPLE.org", "Ann", "Europe/Paris", "Ridgeline")
    assert first.email == "Ann.Lee@example.org"  # domain normalised, local part kept as written
    ops.add(roster, "ann.lee@example.org", "Ann Lee", "Europe/Paris", "Ridgeline;Night Desk")
    subs = [s for s in load_roster(roster).subscribers if s.email.lower() == "ann.lee@example.org"]
    assert len(subs) == 1 and subs[0].name == "Ann Lee" and subs[0].shows == ("Ridgeline", "Night Desk")
    assert subs[0].email == "ann.lee@example.org"  # the latest spelling, one row


@pytest.mark.parametrize("email, tz, reason", [
    ("not-an-address", "", "must have an @-sign"),
    ("a@example.org", "Mars/Base", 'timezone "Mars/Base" is not an IANA time zone name'),
])
def test_bad_rows_are_refused_with_the_reason(roster, email, tz, reason):
    with pytest.raises(ValueError, match=reason):
        ops.add(roster, email, timezone=tz)


def test_import_reports_added_updated_rejected_with_lines_and_dry_run_changes_nothing(roster, tmp_path):
    before = roster.read_text()
    src = write(tmp_path / "new.csv", """
        email,name,timezone,shows,status,joined
        fresh@example.org,Fresh,,,active,2026-11-01
        ada.reader@example.org,Ada R.,America/New_York,Harbor Lights,active,2026-01-12
        nope,Bad,,,active,
        bo.watcher@example.org,Bo Watcher,America/Los_Angeles,,active,2026-03-02
        x@example.org,X,Nowhere/City,,active,
        """)
    dry = ops.import_file(roster, src, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged) == (1, 1, 1)
    assert [r.split(":")[0] for r in dry.rejected] == ["line 4", "line 6"]
    assert roster.read_text() == before
    real = ops.import_file(roster, src)
    assert real.summary() == "1 added, 1 updated, 1 unchanged, 2 rejected"
    assert "fresh@example.org" in roster.read_text()


def test_reimporting_an_old_csv_never_resubscribes_someone_who_left(project, roster, tmp_path):
    ledger = Ledger.from_config(load_config(project / "config.toml"))
    ledger.suppress("ada.reader@example.org", "unsubscribed")
    src = write(tmp_path / "old.csv", "email,name,timezone,shows,status,joined\nada.reader@example.org,Ada,,,active,\n")
    ops.import_file(roster, src, suppressed=ledger.suppressed_hashes())
    ada = next(s for s in load_roster(roster).subscribers if s.email == "ada.reader@example.org")
    assert ada.status == "unsubscribed"


def test_export_neutralises_spreadsheet_formulas():
    from newsletter.model import Subscriber
    text = ops.to_csv([Subscriber("a@example.org", '=HYPERLINK("http://evil")'), Subscriber("b@example.org", "+1"),
                       Subscriber("c@example.org", "@SUM(A1)"), Subscriber("d@example.org", "-2")], safe=True)
    names = [row[1] for row in csv.reader(io.StringIO(text))][1:]
    assert names == ["'=HYPERLINK(\"http://evil\")", "'+1", "'@SUM(A1)", "'-2"]


def test_forget_removes_from_roster_and_ledger_keeping_a_hash(project, roster):
    from newsletter.deliver import send_issue
    from .conftest import WEEK
    cfg = load_config(project / "config.toml")
    send_issue(cfg, WEEK)
    ledger = Ledger.from_config(cfg)
    ops.forget(roster, "ada.reader@example.org", ledger)
    assert "ada.reader" not in roster.read_text()
    assert ledger.counts(WEEK)["sent"] == 3
    assert ledger.is_suppressed("ada.reader@example.org")
    import sqlalchemy as sa
    with ledger.engine.connect() as conn:
        dump = " ".join(str(r) for t in ("deliveries", "suppressions") for r in conn.execute(sa.text(f"select * from {t}")))
    assert "ada.reader" not in dump


def test_writes_are_atomic(roster, monkeypatch):
    import os
    before = roster.read_text()

    def crash(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        ops.add(roster, "new@example.org")
    assert roster.read_text() == before
    assert not [p for p in roster.parent.iterdir() if p.name.endswith(".tmp")]
