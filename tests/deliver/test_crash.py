"""Crash test: a real `newsletter send` to a real SMTP server is SIGKILLed at random points and resumed."""

import os
import random
import signal
import subprocess
import sys
import time

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.state import dispose_engines
from newsletter.providers.smtp import SmtpTransport

from ..conftest import WEEK
from ..smtp_server import Recorder, SmtpServer

SUBSCRIBERS = 2000


def start_send(project):
    # --force: the sample week may not be over on the day the test runs.
    return subprocess.Popen([sys.executable, "-m", "newsletter", "send", "--week", WEEK, "--force"], cwd=project,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSLETTER_SECRET": "crash-test-secret"})


def test_every_subscriber_gets_exactly_one_message_id_across_sigkills(project):
    rows = [f"fan{i:04d}@example.org,Fan {i},,,active,2026-01-01" for i in range(SUBSCRIBERS)]
    (project / "subscribers" / "subscribers.csv").write_text("email,name,timezone,shows,status,joined\n" +
                                                            "\n".join(rows) + "\n")
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261125")))
    kill_points = sorted(rng.sample(range(100, SUBSCRIBERS - 100), 3))
    rec = Recorder()
    with SmtpServer(rec) as srv:
        config = (project / "config.toml").read_text()
        config = config.replace('provider = "outbox"', 'provider = "smtp"').replace(
            'host = "localhost"', 'host = "127.0.0.1"').replace("port = 587", f"port = {srv.port}").replace(
            'security = "starttls"', 'security = "none"')
        (project / "config.toml").write_text(config)
        kills = 0
        for point in kill_points:
            proc = start_send(project)
            deadline = time.monotonic() + 120
            while rec.count() < point and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            assert proc.poll() is None, f"send ended before the kill point {point}: {proc.communicate()}"
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            kills += 1
        sent_before = Ledger.from_config(load_config(project / "config.toml")).counts(WEEK).sent
        dispose_engines()
        final = start_send(project)
        out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert 0 < sent_before < SUBSCRIBERS
    assert out.strip() == (f"{WEEK}: sent {SUBSCRIBERS - sent_before} ({SUBSCRIBERS} in all), failed 0, skipped 0, "
                           "remaining 0")
    ids = rec.ids_per_recipient()
    assert len(ids) == SUBSCRIBERS
    assert all(len(mids) == 1 for mids in ids.values()), "a subscriber got two different messages"
    # The honest window: a batch in flight at a kill may be delivered again, with the same Message-ID.
    extra = rec.count() - SUBSCRIBERS
    assert 0 <= extra <= kills * SmtpTransport.batch_size
