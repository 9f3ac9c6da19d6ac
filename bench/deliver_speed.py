"""Delivery throughput and memory, each beside a baseline measured in the same run.

smtp: N subscribers (default 5,000) through `send_issue` to a local aiosmtpd sink that offers
      PIPELINING, beside the sink's own limit: a minimal raw-socket client sending pre-built bytes
      over one connection, taking turns with the send in the same run. Target: at least 90%.
      Each side's client CPU per message and the share of the time the sink was busy are printed
      too: on a loaded machine the two processes share the cores, so client CPU costs throughput
      even where the protocol overlaps it with the sink's work.
http: N subscribers (default 100,000) through the Postmark transport to a local
      Postmark-shaped server: messages per second and this process's peak RSS
      (target under 150 MB), beside the RSS after start-up.
Usage: python bench/deliver_speed.py smtp [N] [--fifo] | http [N]
--fifo runs the client and the sink under SCHED_FIFO (needs root), so other work on a shared machine
does not take their cores: the figure an otherwise idle machine gives.
"""

from __future__ import annotations

import os
import resource
import shutil
import socket
import statistics
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
    """The sink's limit: a minimal client over one socket, pre-built bytes, MAIL, RCPT and DATA in one
    write, then body and dot, one message at a time (the transport also overlaps consecutive messages,
    which this client does not need: it has nothing to do between them). Messages per second."""
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


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timed:
    """Wall time, this process's CPU and the sink's CPU over a block: (messages/s, client µs/msg, sink busy %)."""

    def __init__(self, sink_pid: int, n: int):
        self.sink_pid, self.n = sink_pid, n

    def __enter__(self):
        self.wall, self.cpu, self.sink = time.perf_counter(), time.process_time(), cpu_seconds(self.sink_pid)
        return self

    def __exit__(self, *exc):
        wall = time.perf_counter() - self.wall
        self.figures = (self.n / wall, (time.process_time() - self.cpu) / self.n * 1e6,
                        100 * (cpu_seconds(self.sink_pid) - self.sink) / wall)


def smtp_round(port: int, sink_pid: int, n: int) -> tuple[tuple, tuple, int]:
    """One round on a fresh project: the raw client, then our send, each `n` messages. Their figures."""
    from datetime import datetime

    from newsletter.deliver import envelope, prepare
    from newsletter.deliver.ledger import Ledger
    from newsletter.deliver.mime import prepare_message

    with tempfile.TemporaryDirectory() as tmp:
        cfg = load_config(project(Path(tmp), n))
        cfg.delivery.provider = "smtp"
        cfg.delivery.smtp.host, cfg.delivery.smtp.port, cfg.delivery.smtp.security = "127.0.0.1", port, "none"
        os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")
        ledger = Ledger.from_config(cfg)
        prepare(cfg, WEEK, ledger)
        subject, text, html = ledger.variant(WEEK, ledger.next_batch(WEEK, 1, time.time())[0].variant)
        sample = prepare_message(envelope(cfg, WEEK), subject, text, html).fill(
            "x@example.org", "X", "T" * 25 + "." + "k" * 24, datetime.now()).raw
        with Timed(sink_pid, n) as raw:
            raw_client(port, sample, n)
        with Timed(sink_pid, n) as send:
            report = send_issue(cfg, WEEK, ledger=ledger, force=True)
        assert report.counts.sent == n, report.summary()
    return raw.figures, send.figures, len(sample)


def bench_smtp(n: int, rounds: int = 5) -> None:
    """Our send and the raw client take turns against one sink, in short rounds so both see the same load."""
    port = free_port()
    sink = start_sink("smtp", port)
    per_round = max(1, n // rounds)
    try:
        results = [smtp_round(port, sink.pid, per_round) for _ in range(rounds)]
    finally:
        sink.terminate()
        sink.wait()
    base, ours = [r[0] for r in results], [r[1] for r in results]
    print(f"message size {results[0][2]} bytes, {rounds} rounds of {per_round} messages each way; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for label, runs in (("raw-socket client (pre-built bytes, one connection)", base),
                        ("newsletter send (ledger, fill, SMTP)", ours)):
        overall = len(runs) * per_round / sum(per_round / r[0] for r in runs)
        print(f"{label:52s} {overall:6.0f} msg/s  client CPU {statistics.median(r[1] for r in runs):4.0f} µs/msg  "
              f"sink busy {statistics.median(r[2] for r in runs):3.0f}%  rounds {' '.join(f'{r[0]:.0f}' for r in runs)}")
    ratios = [100 * o[0] / b[0] for o, b in zip(ours, base)]
    print(f"= {statistics.median(ratios):.0f}% of the raw client, the median of the rounds (target: 90% or more); "
          f"rounds {' '.join(f'{r:.0f}%' for r in ratios)}")


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
            assert report.counts.sent == n, report.summary()
            print(f"{n} subscribers through Postmark batches of 500: {n / elapsed:.0f} msg/s ({elapsed:.1f} s, "
                  "snapshot included)")
            print(f"peak RSS {rss_mb():.0f} MB (after start-up {start_rss:.0f} MB); target under 150 MB")
    finally:
        sink.terminate()
        sink.wait()


# A real-time priority above every ordinary process, and low among real-time ones; both the client and
# the sink (which inherits it) block on the socket often, and the kernel keeps 5% of each second for others.
FIFO_PRIORITY = 10


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--fifo"]
    if "--fifo" in sys.argv:  # as root: other load on the machine cannot take the two processes' cores
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(FIFO_PRIORITY))
    kind = args[0] if args else "smtp"
    count = int(args[1]) if len(args) > 1 else (5_000 if kind == "smtp" else 100_000)
    (bench_smtp if kind == "smtp" else bench_http)(count)
