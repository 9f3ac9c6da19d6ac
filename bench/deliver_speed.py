"""Delivery throughput and memory, each beside a baseline measured in the same run.

smtp: N subscribers (default 5,000) through `send_issue` to a local aiosmtpd sink,
      beside the sink's own limit: a minimal raw-socket client sending pre-built bytes over
      one connection, taking turns with the send in the same run. Target: at least 90%.
http: N subscribers (default 100,000) through the Postmark transport to a local
      Postmark-shaped server: messages per second and this process's peak RSS
      (target under 150 MB), beside the RSS after start-up.
Usage: python bench/deliver_speed.py smtp [N] | http [N]
"""

from __future__ import annotations

import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsletter.config import load_config
from newsletter.deliver import send_issue

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W48"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sink(kind: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "sinks.py"), kind, str(port)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def project(tmp: Path, n: int) -> Path:
    shutil.copy(ROOT / "config.toml", tmp / "config.toml")
    shutil.copytree(ROOT / "content", tmp / "content")
    (tmp / "subscribers").mkdir()
    with (tmp / "subscribers" / "subscribers.csv").open("w") as fh:
        fh.write("email,name,timezone,shows,status,joined\n")
        zones = ["", "America/Los_Angeles", "Europe/London", "America/Chicago"]
        for i in range(n):
            fh.write(f"fan{i:06d}@example.org,Fan {i},{zones[i % 4]},,active,2026-01-01\n")
    return tmp / "config.toml"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_client(port: int, raw: bytes, n: int) -> float:
    """The sink's limit: a minimal client over one socket, pre-built bytes, the same pipelined transaction
    (MAIL, RCPT and DATA in one write, then the body) that the transport uses. Messages per second."""
    body = raw.replace(b"\r\n.", b"\r\n..") + b".\r\n"
    with socket.create_connection(("127.0.0.1", port)) as sock:
        replies = sock.makefile("rb")
        replies.readline()
        sock.sendall(b"EHLO bench\r\n")
        while replies.readline()[3:4] == b"-":
            pass
        t0 = time.perf_counter()
        for i in range(n):
            sock.sendall(b"MAIL FROM:<news@example.org>\r\nRCPT TO:<base%d@example.org>\r\nDATA\r\n" % i)
            for _ in range(3):
                replies.readline()
            sock.sendall(body)
            assert replies.readline().startswith(b"250")
        rate = n / (time.perf_counter() - t0)
        sock.sendall(b"QUIT\r\n")
    return rate


def bench_smtp(n: int, rounds: int = 3) -> None:
    """Our send and the raw client take turns against one sink, so both see the same machine load."""
    port = free_port()
    sink = start_sink("smtp", port)
    ours, base = [], []
    try:
        for _ in range(rounds):
            with tempfile.TemporaryDirectory() as tmp:
                cfg = load_config(project(Path(tmp), n))
                cfg.delivery.provider = "smtp"
                cfg.delivery.smtp.host, cfg.delivery.smtp.port, cfg.delivery.smtp.security = "127.0.0.1", port, "none"
                os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")
                from datetime import datetime

                from newsletter.deliver import envelope, prepare
                from newsletter.deliver.ledger import Ledger
                from newsletter.deliver.mime import prepare_message
                ledger = Ledger.from_config(cfg)
                prepare(cfg, WEEK, ledger)
                subject, text, html = ledger.variant(WEEK, ledger.next_batch(WEEK, 1, time.time())[0].variant)
                sample = prepare_message(envelope(cfg, WEEK), subject, text, html).fill(
                    "x@example.org", "X", "T" * 25 + "." + "k" * 24, datetime.now()).raw
                base.append(raw_client(port, sample, n))
                t0 = time.perf_counter()
                report = send_issue(cfg, WEEK, ledger=ledger, force=True)
                ours.append(n / (time.perf_counter() - t0))
                assert report.counts["sent"] == n, report.summary()
    finally:
        sink.terminate()
        sink.wait()
    print(f"message size {len(sample)} bytes, {n} messages a round, {rounds} rounds (best of each)")
    print(f"raw-socket client (pre-built bytes, one connection): {max(base):8.0f} msg/s  rounds {_fmt(base)}")
    print(f"newsletter send (ledger, fill, SMTP):                {max(ours):8.0f} msg/s  rounds {_fmt(ours)}")
    print(f"= {100 * max(ours) / max(base):.0f}% of the raw client (target: 90% or more)")


def _fmt(values: list[float]) -> str:
    return " ".join(f"{v:.0f}" for v in values)


def bench_http(n: int) -> None:
    port = free_port()
    sink = start_sink("http", port)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            start_rss = rss_mb()
            cfg = load_config(project(Path(tmp), n))
            cfg.delivery.provider = "postmark"
            cfg.delivery.postmark.api_url = f"http://127.0.0.1:{port}"
            os.environ.setdefault("POSTMARK_TOKEN", "bench")
            os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")
            t0 = time.perf_counter()
            report = send_issue(cfg, WEEK)
            elapsed = time.perf_counter() - t0
            assert report.counts["sent"] == n, report.summary()
            print(f"{n} subscribers through Postmark batches of 500: {n / elapsed:.0f} msg/s ({elapsed:.1f} s, "
                  "snapshot included)")
            print(f"peak RSS {rss_mb():.0f} MB (after start-up {start_rss:.0f} MB); target under 150 MB")
    finally:
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    kind = sys.argv[1] if len(sys.argv) > 1 else "smtp"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else (5_000 if kind == "smtp" else 100_000)
    (bench_smtp if kind == "smtp" else bench_http)(count)
