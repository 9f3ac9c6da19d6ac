"""Send throughput with 1, 2 and 4 workers against a provider that takes 300 ms a call.

Each run is `newsletter send --workers K` in a fresh project (SQLite state) sending N subscribers
(default 20,000) in Postmark batches of 500 to a local Postmark-shaped server that answers each
call after 300 ms. Beside it, the provider's own limit for K callers: K x 500 messages / 0.3 s.
Throughput should grow nearly linearly with K while the provider's latency is the limit.

Usage: python bench/workers_speed.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.deliver_speed import free_port  # noqa: E402
from bench.subscribers_speed import make_project, write_csv  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W48"
LATENCY = 0.3  # seconds per provider call
BATCH = 500  # Postmark's batch


def run(project: Path, workers: int, port: int) -> float:
    config = (project / "config.toml").read_text().replace('provider = "outbox"', 'provider = "postmark"').replace(
        'api_url = "https://api.postmarkapp.com"', f'api_url = "http://127.0.0.1:{port}"')
    (project / "config.toml").write_text(config)
    env = {**os.environ, "NEWSLETTER_SECRET": "bench-secret", "POSTMARK_TOKEN": "bench",
           "PYTHONPATH": str(ROOT)}
    # The snapshot (build, render, record) is the same for every K: make it first, time only the sending.
    subprocess.run([sys.executable, "-m", "newsletter", "send", "--week", WEEK, "--dry-run"], cwd=project, env=env,
                   check=True, capture_output=True)
    prep = ("from newsletter.config import load_config; from newsletter.deliver import prepare; "
            "from newsletter.deliver.ledger import Ledger; c = load_config('config.toml'); "
            f"print(prepare(c, '{WEEK}', Ledger.from_config(c))[0])")
    n = int(subprocess.run([sys.executable, "-c", prep], cwd=project, env=env, check=True, capture_output=True,
                           text=True).stdout)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "newsletter", "send", "--week", WEEK, "--force", "--workers",
                           str(workers)], cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    assert done.returncode == 0 and f"sent {n}," in done.stdout, (done.stdout, done.stderr)
    return n / elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    port = free_port()
    sink = subprocess.Popen([sys.executable, str(ROOT / "bench" / "sinks.py"), "http", str(port), str(LATENCY)],
                            stdout=subprocess.PIPE, text=True)
    assert sink.stdout.readline().strip() == "ready"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"{n:,} subscribers, Postmark batches of {BATCH}, provider latency {LATENCY * 1000:.0f} ms a call")
            for workers in (1, 2, 4):
                project = make_project(Path(tmp) / f"w{workers}").parent
                write_csv(project / "subscribers" / "subscribers.csv", n)
                rate = run(project, workers, port)
                limit = workers * BATCH / LATENCY
                print(f"  {workers} worker(s): {rate:7,.0f} msg/s   provider's limit for {workers} caller(s): "
                      f"{limit:7,.0f} msg/s ({100 * rate / limit:.0f}%)")
    finally:
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    main()
