"""Several workers on one issue: each claims batches from the ledger, every subscriber gets one copy.

Real processes (`newsletter send --workers`, `newsletter worker`) against a real SMTP server on
127.0.0.1, on PostgreSQL (FOR UPDATE SKIP LOCKED) and on SQLite (one writer at a time).
"""

import os
import re
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from newsletter.config import load_config
from newsletter.deliver import prepare, work
from newsletter.deliver.claims import new_owner
from newsletter.deliver.ledger import Ledger

from ..conftest import WEEK, empty_database, postgres_url
from ..smtp_server import Recorder, SmtpServer

SUBSCRIBERS = 300


def smtp_project(project, port: int, state_url: str = "") -> None:
    rows = [f"fan{i:04d}@example.org,Fan {i},,,active,2026-01-01" for i in range(SUBSCRIBERS)]
    (project / "subscribers" / "subscribers.csv").write_text("email,name,timezone,shows,status,joined\n" +
                                                            "\n".join(rows) + "\n")
    config = (project / "config.toml").read_text().replace('provider = "outbox"', 'provider = "smtp"').replace(
        'host = "localhost"', 'host = "127.0.0.1"').replace("port = 587", f"port = {port}").replace(
        'security = "starttls"', 'security = "none"')
    config = re.sub(r'(\[state\][^\[]*?)url = ""', lambda m: f'{m.group(1)}url = "{state_url}"', config)
    (project / "config.toml").write_text(config)


def newsletter(project, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsletter", *args, "--week", WEEK], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSLETTER_SECRET": "workers-test"})


def senders(cfg) -> dict[str, int]:
    """How many rows each worker sent (the lease owner stays on a row as who last tried it)."""
    with Ledger.from_config(cfg).engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT lease_owner, count(*) FROM deliveries WHERE state = 'sent' "
                                         "GROUP BY lease_owner")).all())


def two_workers_send_once_each(project, state_url: str = "") -> None:
    rec = Recorder()
    rec.data_delay = 0.005  # a provider that takes a moment, so the two workers overlap
    with SmtpServer(rec) as srv:
        smtp_project(project, srv.port, state_url)
        cfg = load_config(project / "config.toml")
        os.environ["NEWSLETTER_SECRET"] = "workers-test"
        try:
            assert prepare(cfg, WEEK, Ledger.from_config(cfg))[0] == SUBSCRIBERS
        finally:
            del os.environ["NEWSLETTER_SECRET"]
        procs = [newsletter(project, "worker") for _ in range(2)]
        outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    assert rec.deliveries_per_recipient() == {f"fan{i:04d}@example.org": 1 for i in range(SUBSCRIBERS)}
    assert Ledger.from_config(cfg).counts(WEEK).sent == SUBSCRIBERS
    shares = senders(cfg)
    assert len(shares) == 2 and min(shares.values()) > 0, shares  # both workers took part


def test_two_worker_processes_on_postgres_send_each_subscriber_one_copy(project):
    url = postgres_url()
    try:
        two_workers_send_once_each(project, url)
    finally:
        empty_database(url)


def test_two_worker_processes_on_sqlite_send_each_subscriber_one_copy(project):
    two_workers_send_once_each(project)


def test_send_with_workers_starts_them_and_reports_the_whole_issue(project):
    rec = Recorder()
    with SmtpServer(rec) as srv:
        smtp_project(project, srv.port)
        proc = newsletter(project, "send", "--workers", "3", "--force")
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert out.strip() == f"{WEEK}: sent {SUBSCRIBERS}, failed 0, skipped 0, remaining 0"
    assert rec.deliveries_per_recipient() == {f"fan{i:04d}@example.org": 1 for i in range(SUBSCRIBERS)}


def test_a_dead_workers_claims_go_back_and_a_live_ones_stay(project):
    cfg = load_config(project / "config.toml")
    ledger = Ledger.from_config(cfg)
    ledger.snapshot(WEEK, iter([(f"r{i}@example.org", "", "v") for i in range(6)]), {"v": ("s", "t", "h")})
    now = time.time()
    mine = ledger.claim(WEEK, new_owner(), 2, now, lease=1200)
    elsewhere = ledger.claim(WEEK, "other-machine:4242:abc", 2, now, lease=600)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = ledger.claim(WEEK, f"{os.uname().nodename[:40]}:{dead.stdout.strip()}:x", 2, now, lease=600)
    assert [len(c) for c in (mine, elsewhere, gone)] == [2, 2, 2] and ledger.claim(WEEK, new_owner(), 9, now, 600) == []
    assert {c.state for c in mine} == {"pending"} and {c.attempts for c in mine} == {0}
    assert ledger.reconcile(WEEK, now) == 2  # only the dead local process's rows
    assert ledger.counts(WEEK).sending == 4
    assert ledger.reconcile(WEEK, now + 601) == 2  # the other machine's lease ran out; ours has not
    assert (ledger.counts(WEEK).pending, ledger.counts(WEEK).sending) == (4, 2)


def test_a_worker_with_nothing_prepared_says_so(project):
    cfg = load_config(project / "config.toml")
    os.environ["NEWSLETTER_SECRET"] = "x"
    try:
        assert work(cfg) == []
        with pytest.raises(Exception, match="has not been prepared"):
            work(cfg, WEEK)
    finally:
        del os.environ["NEWSLETTER_SECRET"]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_pacing_holds_for_the_issue_as_a_whole_across_workers(project, database):
    from newsletter.deliver.pacing import SharedPacer

    from ..conftest import FakeClock
    cfg = load_config(project / "config.toml")
    if database == "postgresql":
        cfg.state.url = postgres_url()
    ledger = Ledger.from_config(cfg)
    clock = FakeClock(0.0)
    a, b = (SharedPacer(ledger, WEEK, 2.0, 0, clock, clock.sleep) for _ in range(2))
    assert a.allowance(10) == 2 and b.allowance(10) == 2  # the second worker takes the next slot
    assert clock.slept == [1.0]  # 2 messages at 2 a second: B waited for A's second
    hourly = [SharedPacer(ledger, "2026-W49", 0.0, 3, clock, clock.sleep) for _ in range(2)]
    assert hourly[0].allowance(3) == 3
    hourly[0].sent(2)  # one was refused: it does not use up the hour
    assert hourly[1].allowance(5) == 1 and clock.t == 1.0
    assert hourly[1].allowance(5) == 3 and clock.t == 3601.0  # the hour is used up for both: wait it out
    a.pause_all(30.0)  # a Retry-After seen by one worker
    assert b.allowance(1) == 1 and clock.slept[-1] == 30.0  # holds the other one too
    if database == "postgresql":
        empty_database(cfg.state.url)


def test_a_following_worker_joins_a_send_that_starts_later_and_stops_on_sigterm(project):
    import signal

    cfg = load_config(project / "config.toml")
    follower = subprocess.Popen([sys.executable, "-m", "newsletter", "worker", "--follow"], cwd=project,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "NEWSLETTER_SECRET": ""})
    try:
        time.sleep(1.0)
        assert follower.poll() is None  # nothing to do yet: it waits
        ledger = Ledger.from_config(cfg)
        assert prepare(cfg, WEEK, ledger)[0] == 4  # a send starts (its snapshot), nobody else sending
        deadline = time.monotonic() + 60
        while ledger.counts(WEEK).sent < 4 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert ledger.counts(WEEK).sent == 4
        assert len(list((project / "outbox" / WEEK).glob("*.eml"))) == 4
    finally:
        follower.send_signal(signal.SIGTERM)
        out, err = follower.communicate(timeout=30)
    assert follower.returncode == 0, err
    assert f"{WEEK}: sent 4, failed 0, skipped 0, remaining 0" in out
