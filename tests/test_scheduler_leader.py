"""`newsletter run` on several machines: a lock in the state database elects one leader; a standby
takes over when the leader dies. Real processes, on SQLite and on PostgreSQL."""

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


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_one_scheduler_leads_and_a_standby_takes_over_when_it_dies(project, database):
    url = postgres_url() if database == "postgresql" else ""
    config = (project / "config.toml").read_text()
    (project / "config.toml").write_text(re.sub(r'(\[state\][^\[]*?)url = ""', lambda m: f'{m.group(1)}url = "{url}"',
                                                config))
    first, first_lines = start_run(project)
    procs = [first]
    try:
        assert wait_for(first_lines, "Leading"), first_lines
        second, second_lines = start_run(project)
        procs.append(second)
        assert wait_for(second_lines, "Standing by"), second_lines
        assert not any(line.startswith("Leading") for line in second_lines)
        first.send_signal(signal.SIGKILL)  # the leader's machine goes away
        first.wait()
        assert wait_for(second_lines, "Leading", seconds=20), second_lines
        second.send_signal(signal.SIGTERM)  # stops cleanly
        assert second.wait(timeout=30) == 0
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
            p.reader.join(timeout=5)
            p.stdout.close()
        if url:
            empty_database(url)
