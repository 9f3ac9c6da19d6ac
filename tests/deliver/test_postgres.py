"""The send ledger on PostgreSQL: the same code as on SQLite, given a URL.

Set NEWSLETTER_TEST_POSTGRES_URL (postgresql+psycopg://user:pass@127.0.0.1/db) to run these;
.ci/run starts a local PostgreSQL and sets it. Without it they skip locally and fail in CI.
"""

import pytest

from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.deliver.ledger import Ledger
from newsletter.errors import SendInProgress
from newsletter.subscribers import SubscriberStore

from ..conftest import WEEK, empty_database, postgres_url


@pytest.fixture
def pg_url():
    url = postgres_url()
    yield url
    empty_database(url)


def test_send_on_postgres_is_exactly_once_and_resumable(project, pg_url):
    cfg = load_config(project / "config.toml")
    cfg.state.url = pg_url
    first = send_issue(cfg, WEEK)
    assert first.counts.sent == 4
    again = send_issue(cfg, WEEK)
    assert again.counts == first.counts and again.new_recipients == 0
    ledger = Ledger.from_config(cfg)
    assert ledger.engine.dialect.name == "postgresql"
    ledger.suppress("ada.reader@example.org", "unsubscribed")
    assert ledger.is_suppressed("ADA.reader@example.org")
    assert ledger.forget("ada.reader@example.org") == 1
    store = SubscriberStore.from_config(cfg)
    assert store.count()["active"] == 4 and store.followed_shows()[0] == "Copper County"
    assert store.set_status("BO.watcher@example.org", "bounced", "webhook-postmark")
    assert [e.status for e in store.history("bo.watcher@example.org")] == ["active", "bounced"]


def test_advisory_lock_refuses_a_second_send(project, pg_url):
    cfg = load_config(project / "config.toml")
    cfg.state.url = pg_url
    with Ledger.from_config(cfg).lock(WEEK):
        with pytest.raises(SendInProgress):
            with Ledger.from_config(cfg).lock(WEEK):
                pass
    with Ledger.from_config(cfg).lock(WEEK):  # released with its connection
        pass


def test_interrupted_batch_is_reconciled(project, pg_url):
    cfg = load_config(project / "config.toml")
    cfg.state.url = pg_url
    ledger = Ledger.from_config(cfg)
    ledger.snapshot(WEEK, iter([("a@example.org", "A", "v"), ("b@example.org", "B", "v")]), {"v": ("s", "t", "h")})
    ledger.mark_sending(WEEK, ["a@example.org"])
    assert ledger.counts(WEEK).sending == 1
    assert ledger.reconcile(WEEK) == 1 and ledger.counts(WEEK).pending == 2
