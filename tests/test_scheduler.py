"""The weekly schedule with a controlled clock (time-machine) and a real job store."""

import logging
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.scheduler import issue_week, next_runs, start_scheduler, weekly_issue

NY = ZoneInfo("America/New_York")


def test_the_issue_is_the_last_complete_week():
    assert issue_week(datetime(2026, 11, 30, 8, tzinfo=NY)) == "2026-W48"  # Monday morning
    assert issue_week(datetime(2026, 11, 29, 23, tzinfo=NY)) == "2026-W47"  # Sunday night: W48 not over yet


def test_next_runs_keep_local_time_across_a_dst_change(project):
    cfg = load_config(project / "config.toml")
    runs = next_runs(cfg, 3, now=datetime(2027, 3, 2, tzinfo=NY))["weekly issue"]
    assert [r.isoformat() for r in runs] == ["2027-03-08T08:00:00-05:00", "2027-03-15T08:00:00-04:00",
                                             "2027-03-22T08:00:00-04:00"]


def test_weekly_job_sends_once_however_often_it_runs(project):
    config = str(project / "config.toml")
    first = weekly_issue(config, now=datetime(2026, 11, 30, 8, tzinfo=NY))
    second = weekly_issue(config, now=datetime(2026, 11, 30, 8, 5, tzinfo=NY))
    assert (first.week, first.outcome, first.detail["sent"]) == ("2026-W48", "sent", 4)
    assert second.detail["sent"] == 4 and len(list((project / "outbox" / "2026-W48").glob("*.eml"))) == 4
    assert Ledger.from_config(load_config(config)).counts("2026-W48").sent == 4


def test_a_thin_week_is_skipped_with_a_note_to_the_editors(project, caplog):
    caplog.set_level(logging.INFO, logger="newsletter.run")
    config = project / "config.toml"
    config.write_text(config.read_text().replace('thin_week = "fold"', 'thin_week = "skip"'))
    outcome = weekly_issue(str(config), now=datetime(2026, 11, 23, 8, tzinfo=NY))  # W47: empty
    assert outcome.outcome == "skipped" and outcome.detail == {"interviews": 0, "minimum": 1}
    assert not (project / "outbox" / "2026-W47").exists()
    (note,) = (project / "outbox" / "2026-W47-note").glob("*.eml")
    assert "letters@tvtalk.example.org" in note.name and "min_interviews" in note.read_text()
    assert '"outcome": "skipped"' in caplog.text and '"job": "weekly-issue"' in caplog.text


def start_and_wait(cfg, config, seconds=6.0, until=None):
    scheduler = start_scheduler(cfg, config)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (until and until()):
        time.sleep(0.1)
    scheduler.shutdown(wait=True)


def test_missed_run_inside_the_grace_period_runs_once(project):
    config = str(project / "config.toml")
    cfg = load_config(config)
    outbox = project / "outbox" / "2026-W48"
    with time_machine.travel(datetime(2026, 11, 30, 7, 59, tzinfo=NY), tick=True):
        start_and_wait(cfg, config, seconds=0.5)  # the job is stored, due at 08:00; then the machine "goes down"
    assert not outbox.exists()
    with time_machine.travel(datetime(2026, 11, 30, 10, 0, tzinfo=NY), tick=True):  # back two hours late
        start_and_wait(cfg, config, until=lambda: len(list(outbox.glob("*.eml"))) == 4)
    assert len(list(outbox.glob("*.eml"))) == 4


def test_missed_run_outside_the_grace_period_is_skipped_and_logged(project, caplog):
    caplog.set_level(logging.WARNING, logger="newsletter.run")
    config = str(project / "config.toml")
    cfg = load_config(config)
    with time_machine.travel(datetime(2026, 11, 30, 7, 59, tzinfo=NY), tick=True):
        start_and_wait(cfg, config, seconds=0.5)
    with time_machine.travel(datetime(2026, 11, 30, 15, 0, tzinfo=NY), tick=True):  # seven hours late
        start_and_wait(cfg, config, seconds=1.5)
    assert not (project / "outbox" / "2026-W48").exists()
    assert '"outcome": "missed"' in caplog.text and "weekly-issue" in caplog.text


def test_a_thin_week_folds_into_the_next_issue(project):
    import json
    config = project / "config.toml"
    config.write_text(config.read_text().replace("min_interviews = 1", "min_interviews = 2"))
    # W47 has one interview: too few, so it waits for W48.
    (project / "content" / "2026-11-18-early.txt").write_text(
        "date 2026-11-18 Q: Why now?\n\nA: Because the story finally caught up with the character I play.")
    thin = weekly_issue(str(config), now=datetime(2026, 11, 23, 8, tzinfo=NY))
    assert thin.outcome == "folded" and not (project / "outbox" / "2026-W47").exists()
    (note,) = (project / "outbox" / "2026-W47-note").glob("*.eml")
    assert "next week" in note.read_text()
    full = weekly_issue(str(config), now=datetime(2026, 11, 30, 8, tzinfo=NY))
    assert full.outcome == "sent" and full.detail["interviews"] == 6 and full.detail["since"] == "2026-11-16"
    issue = json.loads((project / "build" / "2026-W48" / "issue.json").read_text())
    assert issue["period"] == {"start": "2026-11-16", "end": "2026-11-29"}


def test_the_weekly_job_compacts_sends_older_than_compact_after_days(project, caplog):
    import sqlalchemy as sa

    caplog.set_level(logging.INFO, logger="newsletter.run")
    config = str(project / "config.toml")
    weekly_issue(config, now=datetime(2026, 11, 30, 8, tzinfo=NY))
    ledger = Ledger.from_config(load_config(config))
    with ledger.engine.begin() as conn:  # that send ended 91 days ago; compact_after_days is 90
        conn.execute(sa.text("UPDATE deliveries SET updated_at = :t"),
                     {"t": datetime.now(NY) - timedelta(days=91)})
    again = weekly_issue(config, now=datetime(2026, 11, 30, 9, tzinfo=NY))
    assert again.detail["sent"] == 4 and len(list((project / "outbox" / "2026-W48").glob("*.eml"))) == 4
    with ledger.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM deliveries")).scalar() == 0
    assert ledger.counts("2026-W48").sent == 4
    assert any('"job": "compact-ledger"' in r.message and '"week": "2026-W48"' in r.message for r in caplog.records)
