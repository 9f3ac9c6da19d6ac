"""Ledger compaction on SQLite and PostgreSQL: a finished send's rows become one summary row, and the
issue stays sent (never mailed again), counted and in the archive; an unfinished or running send is
left whole; the consent record and the suppression list are untouched."""

import re
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from newsletter.cli import cli
from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.deliver.compaction import compact, compact_issue, compactable
from newsletter.deliver.ledger import Ledger
from newsletter.deliver.tables import summaries
from newsletter.subscribers.store import events

from ..conftest import WEEK, empty_database, postgres_url

LATER = datetime.now(timezone.utc) + timedelta(days=91)  # past the default 90 days


@pytest.fixture(params=["sqlite", "postgresql"])
def sent(request, project):
    """The sample issue sent to the outbox, on SQLite or PostgreSQL: (config, ledger)."""
    url = postgres_url() if request.param == "postgresql" else ""
    config = (project / "config.toml").read_text()
    (project / "config.toml").write_text(re.sub(r'(\[state\][^\[]*?)url = ""', lambda m: f'{m.group(1)}url = "{url}"',
                                                config))
    cfg = load_config(project / "config.toml")
    assert send_issue(cfg, WEEK).counts.sent == 4
    yield cfg, Ledger.from_config(cfg)
    if url:
        empty_database(url)


def rows(ledger, table: str) -> int:
    with ledger.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()


def test_a_finished_send_becomes_one_row_and_stays_sent(sent):
    cfg, ledger = sent
    ledger.suppress("gone@example.org", "unsubscribed")
    counts, when = ledger.counts(WEEK), ledger.sent_issues()[WEEK]
    consent, suppressed = rows(ledger, events.name), ledger.suppressed_hashes()
    assert compactable(ledger, timedelta(days=90)) == []  # sent just now
    assert compactable(ledger, timedelta(days=90), LATER) == [WEEK]
    (done,) = compact(ledger, timedelta(days=90), LATER)
    assert done.issue == WEEK and done.rows == counts.total and done.counts == {
        s: n for s, n in counts.as_dict().items() if n}
    assert rows(ledger, "deliveries") == 0 and rows(ledger, "variants") == 0 and rows(ledger, "ledger_summaries") == 1
    assert ledger.counts(WEEK) == counts and ledger.has_snapshot(WEEK)
    assert abs((ledger.sent_issues()[WEEK] - when).total_seconds()) < 1
    assert rows(ledger, events.name) == consent and ledger.suppressed_hashes() == suppressed
    outbox = cfg.resolve(cfg.delivery.outbox.path) / WEEK
    for eml in outbox.glob("*.eml"):
        eml.unlink()
    again = send_issue(cfg, WEEK)
    assert "already sent" in again.summary() and list(outbox.glob("*.eml")) == []
    assert rows(ledger, "deliveries") == 0  # nobody was snapshotted again
    assert compact(ledger, timedelta(days=90), LATER) == []  # nothing left to do


def test_an_unfinished_send_is_left_whole(sent):
    _, ledger = sent
    with ledger.engine.begin() as conn:
        conn.execute(sa.text("UPDATE deliveries SET state = 'failed' WHERE state = 'sent'"))
    assert ledger.retry_failed(WEEK) == 4  # now pending again: due
    assert compactable(ledger, timedelta(days=90), LATER) == []
    assert compact_issue(ledger, WEEK) is None
    assert ledger.counts(WEEK).pending == 4 and rows(ledger, summaries.name) == 0


def test_a_send_that_holds_its_lock_is_left_whole(sent):
    _, ledger = sent
    with ledger.lock(WEEK):
        assert compact_issue(ledger, WEEK) is None
    assert rows(ledger, summaries.name) == 0 and rows(ledger, "deliveries") > 0


def test_the_compact_command(sent):
    cfg, ledger = sent
    config = ["--config", str(cfg.root / "config.toml")]
    result = CliRunner().invoke(cli, ["compact", *config, "--dry-run"])
    assert result.exit_code == 0 and "Nothing to compact: no send finished more than 90 days ago" in result.output
    with ledger.engine.begin() as conn:  # the send as if it ended a year ago
        conn.execute(sa.text("UPDATE deliveries SET updated_at = :t"),
                     {"t": datetime.now(timezone.utc) - timedelta(days=365)})
    result = CliRunner().invoke(cli, ["compact", *config, "--dry-run"])
    assert f"{WEEK}: would compact" in result.output and rows(ledger, summaries.name) == 0
    result = CliRunner().invoke(cli, ["compact", *config, "--older-than", "400"])
    assert "Nothing to compact" in result.output
    result = CliRunner().invoke(cli, ["compact", *config])
    assert result.exit_code == 0 and re.search(rf"{WEEK}: compacted \d rows \(.*4 sent", result.output), result.output
    assert rows(ledger, "deliveries") == 0 and ledger.counts(WEEK).sent == 4
