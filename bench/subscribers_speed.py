"""The subscriber store at scale, each figure beside a baseline measured in the same run.

import       N subscribers (default 1,000,000) from CSV through `subscribers import` (validation,
             merge, consent record), beside the floor: the same file read with csv.DictReader
             and inserted as bare rows into an empty table (no validation, no index but the key).
unsubscribe  one-click unsubscribes in the N-row store: `SubscriberStore.set_status` and the
             whole POST /unsubscribe (token check, lookup, suppression, status, consent record),
             beside a single-row `UPDATE ... WHERE email_key = ?` on the same table.
send         at 100k and at N through a local Postmark-shaped server: the snapshot (build,
             render, record) in one fresh process, then one worker sending it all in another;
             each one's peak RSS beside its RSS after start-up, and the worker's rate per tenth
             of the send, which shows whether it stays flat.

Usage: python bench/subscribers_speed.py [N] [--skip-send]
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.deliver_speed import free_port, start_sink  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W48"
SAMPLES = 200  # unsubscribes timed per method
ZONES = ["", "America/Los_Angeles", "Europe/London", "America/Chicago"]
SHOWS = ["", "Harbor Lights", "Ridgeline;Night Desk", ""]


def make_project(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config.toml", root / "config.toml")
    shutil.copytree(ROOT / "content", root / "content")
    (root / "subscribers").mkdir()
    return root / "config.toml"


def write_csv(path: Path, n: int) -> None:
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["email", "name", "timezone", "shows", "status", "joined", "referrer"])
        for i in range(n):
            w.writerow([f"fan{i:07d}@example.org", f"Fan {i}", ZONES[i % 4], SHOWS[i % 4], "active", "2026-01-01",
                        "podcast" if i % 10 == 0 else ""])


def import_floor(path: Path, db: Path) -> float:
    """Rows per second of a bare CSV read plus a bare INSERT of every row in one transaction."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE bare (email TEXT PRIMARY KEY, name TEXT, timezone TEXT, shows TEXT, status TEXT, "
                 "joined TEXT, referrer TEXT)")
    t0 = time.perf_counter()
    with path.open(newline="") as fh:
        rows = ((r["email"], r["name"], r["timezone"], r["shows"], r["status"], r["joined"], r["referrer"])
                for r in csv.DictReader(fh))
        conn.executemany("INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def bench_import(cfg_path: Path, n: int, tmp: Path):
    from newsletter.config import load_config
    from newsletter.subscribers import SubscriberStore, import_csv

    src = tmp / "import.csv"
    write_csv(src, n)
    floor = import_floor(src, tmp / "floor.db")
    cfg = load_config(cfg_path)
    store = SubscriberStore.from_config(cfg)
    t0 = time.perf_counter()
    report = import_csv(store, src)
    ours = time.perf_counter() - t0
    assert report.added == n and not report.rejected, report.summary()
    print(f"import of {n:,} rows: {n / ours:9,.0f} rows/s ({ours:6.1f} s) through `subscribers import`")
    print(f"  floor (csv.DictReader + bare INSERT): {n / floor:9,.0f} rows/s ({floor:6.1f} s); "
          "listmonk's importer: about 10,000 rows/s")
    return cfg, store


def percentiles(samples: list[float]) -> str:
    s = sorted(samples)
    return (f"p50 {statistics.median(s) * 1000:7.3f} ms  p95 {s[int(len(s) * 0.95)] * 1000:7.3f} ms  "
            f"max {s[-1] * 1000:7.3f} ms")


def bench_unsubscribe(cfg, store, n: int) -> None:
    from newsletter.deliver import list_id
    from newsletter.public import create_app
    from newsletter.tokens import subscriber_token

    picks = random.Random(1).sample(range(n), 3 * SAMPLES)
    addresses = [f"fan{i:07d}@example.org" for i in picks]
    ours = []
    for a in addresses[:SAMPLES]:
        t0 = time.perf_counter()
        assert store.set_status(a, "unsubscribed", "bench")
        ours.append(time.perf_counter() - t0)
    app = create_app(cfg).test_client()
    secret, lid = os.environ["NEWSLETTER_SECRET"].encode(), list_id(cfg)
    http = []
    for a in addresses[SAMPLES:2 * SAMPLES]:
        url = "/unsubscribe?t=" + subscriber_token(secret, a, lid)
        t0 = time.perf_counter()
        resp = app.post(url, data={"List-Unsubscribe": "One-Click"})
        http.append(time.perf_counter() - t0)
        assert resp.status_code == 200
    assert store.get(addresses[SAMPLES]).status == "unsubscribed"
    # Baseline: the bare single-row UPDATE on the same table, through the same driver and settings.
    raw = store.engine.raw_connection()
    base = []
    for a in addresses[2 * SAMPLES:]:
        t0 = time.perf_counter()
        raw.cursor().execute("UPDATE subscribers SET status = 'unsubscribed' WHERE email_key = ?", (a.casefold(),))
        raw.commit()
        base.append(time.perf_counter() - t0)
    raw.close()
    print(f"unsubscribe at {n:,} subscribers ({SAMPLES} each):")
    print(f"  SubscriberStore.set_status:        {percentiles(ours)}")
    print(f"  POST /unsubscribe (one-click):     {percentiles(http)}")
    print(f"  baseline single-row UPDATE+commit: {percentiles(base)}")


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ru_maxrss it starts afresh at exec, so a spawned child does
    not inherit the parent's peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _prepare_child(cfg_path: str, out) -> None:
    """The send's first step in a fresh process: build, render each variant, record the snapshot."""
    from newsletter.config import load_config
    from newsletter.deliver import prepare
    from newsletter.deliver.ledger import Ledger

    cfg = load_config(cfg_path)
    start_rss = peak_rss_mb()
    t0 = time.perf_counter()
    added, _ = prepare(cfg, WEEK, Ledger.from_config(cfg))
    out.send((added, time.perf_counter() - t0, start_rss, peak_rss_mb()))


def _worker_child(cfg_path: str, port: int, n: int, out) -> None:
    """One worker in a fresh process sends the whole snapshot: its RSS after start-up, its peak RSS,
    and its pace per tenth."""
    os.environ["POSTMARK_TOKEN"] = "bench"
    from newsletter.config import load_config
    from newsletter.deliver import work

    cfg = load_config(cfg_path)
    cfg.delivery.provider = "postmark"
    cfg.delivery.postmark.api_url = f"http://127.0.0.1:{port}"
    start_rss = peak_rss_mb()
    marks: list[tuple[int, float]] = []
    t0 = time.perf_counter()
    (report,) = work(cfg, WEEK, progress=lambda done, total: marks.append((done, time.perf_counter())))
    elapsed = time.perf_counter() - t0
    tenths = []
    for k in range(1, 11):
        lo = next(m for m in marks if m[0] >= (k - 1) * n // 10) if k > 1 else (0, t0)
        hi = next(m for m in marks if m[0] >= k * n // 10)
        tenths.append((hi[0] - lo[0]) / max(hi[1] - lo[1], 1e-9))
    out.send((report.counts.sent, elapsed, tenths, start_rss, peak_rss_mb()))


def _in_child(target, *args):
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.get_context("spawn").Process(target=target, args=(*args, child))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


def bench_send(cfg_path: Path, port: int) -> None:
    n, prep_s, prep_start, prep_peak = _in_child(_prepare_child, str(cfg_path))
    sent, elapsed, tenths, start_rss, peak = _in_child(_worker_child, str(cfg_path), port, n)
    assert sent == n, (sent, n)
    print(f"send to {n:,} through a local Postmark-shaped server (batches of 500):")
    print(f"  snapshot (build, render, record): {prep_s:.1f} s, peak RSS {prep_peak:.0f} MB "
          f"(after start-up {prep_start:.0f} MB)")
    print(f"  one worker: {n / elapsed:7,.0f} msg/s ({elapsed:.1f} s); per tenth of the send: "
          + " ".join(f"{t:,.0f}" for t in tenths))
    print(f"  worker peak RSS {peak:.0f} MB; the same process after start-up {start_rss:.0f} MB "
          f"(growth {peak - start_rss:.0f} MB)")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1_000_000
    os.environ.setdefault("NEWSLETTER_SECRET", "bench-secret")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cfg_path = make_project(tmp / "big")
        cfg, store = bench_import(cfg_path, n, tmp)
        bench_unsubscribe(cfg, store, n)
        if "--skip-send" in sys.argv:
            return
        store.engine.dispose()
        port = free_port()
        sink = start_sink("http", port)
        try:
            small = make_project(tmp / "small")
            from newsletter.config import load_config
            from newsletter.subscribers import SubscriberStore, import_csv
            write_csv(tmp / "small.csv", min(n, 100_000))
            import_csv(SubscriberStore.from_config(load_config(small)), tmp / "small.csv")
            bench_send(small, port)
            bench_send(cfg_path, port)
        finally:
            sink.terminate()
            sink.wait()


if __name__ == "__main__":
    main()
