"""Gathering 20 feeds and 200 article pages from a local HTTP server.

Prints the time of `gather` (feeds in parallel, two requests at a time per host,
pages extracted with trafilatura and cached) beside a baseline measured in the
same run: the same 220 URLs fetched one after another with plain requests, no
parsing. A second gather shows the cost of a week with nothing new (304s, cache).
Usage: python bench/gather_speed.py
"""

from __future__ import annotations

import tempfile
import threading
import time
from datetime import date, datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from newsletter.build import gather
from newsletter.config import parse_config
from newsletter.model import Period

FEEDS, ITEMS = 20, 10
WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))
PARAGRAPH = ("Q: What was the hardest part of the season?\n\nA: The cold, honestly. We shot on the water for "
             "three weeks and I could not feel my hands by the end of it, but I loved every minute. ")


def feed(port: int, f: int) -> bytes:
    stamp = format_datetime(datetime(2026, 11, 24, 12, tzinfo=timezone.utc))
    items = "".join(f"<item><title>Interview {f}-{i}</title><link>http://127.0.0.1:{port}/a/{f}/{i}</link>"
                    f"<guid>g-{f}-{i}</guid><pubDate>{stamp}</pubDate><description>Teaser {f} {i}</description></item>"
                    for i in range(ITEMS))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {f}</title>{items}</channel></rss>'.encode()


def page(f: int, i: int) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in (PARAGRAPH * 6).split("\n\n"))
    return (f'<html><head><title>Interview {f}-{i}</title><meta property="article:published_time" '
            f'content="2026-11-24T12:00:00Z"></head><body><nav>menu</nav><article><h1>Interview {f}-{i}</h1>'
            f"<p>Actor {f}{i} talks about the season.</p>{paras}</article><footer>footer</footer></body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stalls

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if parts[0] == "feed":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, ctype = feed(self.server.server_port, int(parts[1])), "application/rss+xml"
        else:
            body, ctype = page(int(parts[1]), int(parts[2])), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{port}/feed/{f}" for f in range(FEEDS)] + \
           [f"http://127.0.0.1:{port}/a/{f}/{i}" for f in range(FEEDS) for i in range(ITEMS)]
    with requests.Session() as s:
        t0 = time.perf_counter()
        for u in urls:
            s.get(u, timeout=10).content
        base = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        cfg = parse_config({"newsletter": {"from": "a@example.org"},
                            "sources": [{"type": "feed", "url": f"http://127.0.0.1:{port}/feed/{f}"}
                                        for f in range(FEEDS)]}, Path(tmp))
        t0 = time.perf_counter()
        interviews, warnings = gather(cfg, WEEK)
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        again, _ = gather(cfg, WEEK)
        second = time.perf_counter() - t0
    server.shutdown()
    assert len(interviews) == FEEDS * ITEMS == len(again), (len(interviews), warnings[:3])
    print(f"baseline: {len(urls)} URLs fetched one by one, no parsing: {base:.2f} s")
    print(f"gather: {FEEDS} feeds + {FEEDS * ITEMS} pages fetched, extracted and stored: {first:.2f} s "
          f"(x{first / base:.1f} the bare fetches)")
    print(f"gather again, nothing new (304s, items from the store): {second:.2f} s")


if __name__ == "__main__":
    main()
