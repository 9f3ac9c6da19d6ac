"""`newsletter run` on several machines: a lock in the state database elects one leader; a standby
takes over when the leader dies. Real processes, on SQLite and on PostgreSQL."""

import contextlib
import hashlib
import os
import re
import signal
import subprocess
import sys
import threading
import time

import pytest

from .conftest import empty_database, postgres_url


def start_run(project) -> tuple[subprocess.Popen, list[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "newsletter", "run"], cwd=project, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", "NEWSLETTER_SECRET": "leader-test"})
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    proc.reader = reader
    return proc, lines


def wait_for(lines: list[str], word: str, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(line.startswith(word) for line in lines):
            return True
        time.sleep(0.1)
    return False


def run_on(project, url: str) -> None:
    config = (project / "config.toml").read_text()
    (project / "config.toml").write_text(re.sub(r'(\[state\][^\[]*?)url = ""', lambda m: f'{m.group(1)}url = "{url}"',
                                                config))


def stop_all(procs) -> None:
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
        p.reader.join(timeout=5)
        p.stdout.close()


@contextlib.contextmanager
def leader_and_standby(project, url: str):
    """Two `newsletter run` on one state database: (leader, its lines, standby, its lines)."""
    run_on(project, url)
    first, first_lines = start_run(project)
    procs = [first]
    try:
        assert wait_for(first_lines, "Leading"), first_lines
        second, second_lines = start_run(project)
        procs.append(second)
        assert wait_for(second_lines, "Standing by"), second_lines
        assert not any(line.startswith("Leading") for line in second_lines)
        yield first, first_lines, second, second_lines
    finally:
        stop_all(procs)
        if url:
            empty_database(url)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_one_scheduler_leads_and_a_standby_takes_over_when_it_dies(project, database):
    url = postgres_url() if database == "postgresql" else ""
    with leader_and_standby(project, url) as (first, _, second, second_lines):
        first.send_signal(signal.SIGKILL)  # the leader's machine goes away
        first.wait()
        assert wait_for(second_lines, "Leading", seconds=20), second_lines
        second.send_signal(signal.SIGTERM)  # stops cleanly
        assert second.wait(timeout=30) == 0


def test_a_leader_whose_postgresql_connection_is_killed_steps_down_and_the_standby_leads(project):
    import sqlalchemy as sa

    from newsletter.deliver.ledger import Ledger
    from newsletter.scheduler import LEADER, LOST_LEADER_EXIT

    url = postgres_url()
    with leader_and_standby(project, url) as (first, first_lines, second, second_lines):
        key = int(hashlib.sha256(LEADER.encode()).hexdigest()[:15], 16)
        engine = Ledger(url).engine
        with engine.begin() as conn:  # what a failover, a restart or an idle-session timeout does to it
            killed = conn.execute(sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND classid = :hi AND objid = :lo"), {"hi": key >> 32, "lo": key & 0xFFFFFFFF}).scalars().all()
        assert killed == [True]
        assert first.wait(timeout=30) == LOST_LEADER_EXIT
        first.reader.join(timeout=5)
        assert any(line.startswith("Stepping down: the state database connection holding the lock was lost")
                   for line in first_lines), first_lines
        assert wait_for(second_lines, "Leading", seconds=30), second_lines
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0


def test_a_leader_whose_sqlite_file_is_removed_steps_down(project):
    from newsletter.scheduler import LOST_LEADER_EXIT

    first, lines = start_run(project)
    try:
        assert wait_for(lines, "Leading"), lines
        state = project / "state" / "newsletter.db"
        assert state.is_file()
        state.rename(project / "state" / "moved-away.db")  # a restore, a cleanup, a disk swapped under it
        assert first.wait(timeout=30) == LOST_LEADER_EXIT
        first.reader.join(timeout=5)
        assert any(line.startswith("Stepping down: the state database") for line in lines), lines
    finally:
        stop_all([first])
