"""Extra deliveries per SIGKILL: a real `newsletter send` is killed at random points and run again.

For each provider, N subscribers go through a local server that records every message it accepts
(aiosmtpd for smtp; Postmark- and Resend-shaped HTTP endpoints); the send is SIGKILLed KILLS times at
random moments, then run to the end. Extra deliveries are the messages accepted beyond one per
subscriber. Bounds the issue asks for: smtp at most 1 per kill, an HTTP provider at most one call's
recipients per kill, Resend (idempotency key) 0.

Usage: python bench/deliver_kills.py [smtp|postmark|resend|all] [KILLS] [N]
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from http.server import ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sinks import JsonAnswers, OffersPipelining  # noqa: E402  (a sibling script, not a package)

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W48"


class Accepted:
    """Every recipient a server accepted, thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.recipients: list[str] = []
        self.idempotent: dict[str, bytes] = {}

    def add(self, emails) -> None:
        with self.lock:
            self.recipients.extend(emails)

    def count(self) -> int:
        with self.lock:
            return len(self.recipients)


def smtp_server(accepted: Accepted):
    from aiosmtpd.controller import Controller

    class Handler(OffersPipelining):
        async def handle_DATA(self, server, session, envelope):
            accepted.add(envelope.rcpt_tos)
            return "250 2.0.0 Queued"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    return port, controller.stop


def http_server(accepted: Accepted, kind: str):
    class Handler(JsonAnswers):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            key = self.headers.get("Idempotency-Key")
            if kind == "resend" and key in accepted.idempotent:
                out = accepted.idempotent[key]  # Resend answers a repeated key with the first answer
            elif kind == "resend":
                accepted.add(m["to"][0] for m in body)
                out = json.dumps({"data": [{"id": str(uuid.uuid4())} for _ in body]}).encode()
                accepted.idempotent[key] = out
            else:
                accepted.add(m["To"].rsplit("<", 1)[-1].rstrip(">") for m in body)
                out = json.dumps([{"ErrorCode": 0, "Message": "OK", "MessageID": str(uuid.uuid4()),
                                   "To": m["To"]} for m in body]).encode()
            self.answer(out)

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # a client killed mid-request resets its connection: that is the point of the bench

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1], server.shutdown


def project(tmp: Path, n: int, provider: str, port: int) -> Path:
    shutil.copy(ROOT / "config.toml", tmp / "config.toml")
    shutil.copytree(ROOT / "content", tmp / "content")
    (tmp / "subscribers").mkdir()
    with (tmp / "subscribers" / "subscribers.csv").open("w") as fh:
        fh.write("email,name,timezone,shows,status,joined\n")
        for i in range(n):
            fh.write(f"fan{i:05d}@example.org,Fan {i},,,active,2026-01-01\n")
    config = (tmp / "config.toml").read_text().replace('provider = "outbox"', f'provider = "{provider}"')
    if provider == "smtp":
        config = config.replace('host = "localhost"', 'host = "127.0.0.1"').replace(
            "port = 587", f"port = {port}").replace('security = "starttls"', 'security = "none"')
    else:
        config = config.replace(f'api_url = "https://api.{provider}.com"', f'api_url = "http://127.0.0.1:{port}"')
        config = config.replace(f'api_url = "https://api.{provider}app.com"', f'api_url = "http://127.0.0.1:{port}"')
    (tmp / "config.toml").write_text(config)
    return tmp


def run(provider: str, kills: int, n: int, rng: random.Random) -> None:
    accepted = Accepted()
    port, stop = smtp_server(accepted) if provider == "smtp" else http_server(accepted, provider)
    env = {**os.environ, "NEWSLETTER_SECRET": "bench", "POSTMARK_TOKEN": "bench", "RESEND_API_KEY": "bench"}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            where = project(Path(tmp), n, provider, port)
            cmd = [sys.executable, "-m", "newsletter", "send", "--week", WEEK, "--force"]
            points = sorted(rng.sample(range(n // 20, n - n // 20), kills))
            done = 0
            for point in points:
                proc = subprocess.Popen(cmd, cwd=where, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                deadline = time.monotonic() + 120
                while accepted.count() < point and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.001)
                if proc.poll() is not None:
                    raise SystemExit(f"{provider}: the send ended before the kill point {point}: "
                                     f"{proc.stderr.read().decode()[-500:]}")
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                proc.stderr.close()
                done += 1
            final = subprocess.run(cmd, cwd=where, env=env, capture_output=True, text=True, timeout=600)
            if final.returncode != 0:
                raise SystemExit(f"{provider}: final run failed: {final.stderr[-500:]}")
        per = Counter(accepted.recipients)
        missing = n - len(per)
        extra = sum(per.values()) - len(per)
        bound = {"smtp": "at most 1", "postmark": "at most one call (500)", "resend": "0"}[provider]
        print(f"{provider:9s} {n} subscribers, {done} SIGKILLs: {extra} extra deliveries = {extra / done:.2f} per "
              f"kill (most to one subscriber: {max(per.values())}; missing {missing}); bound {bound} per kill")
    finally:
        stop()


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    rng = random.Random(int(os.environ.get("KILL_SEED", "20261126")))
    for name in (["smtp", "postmark", "resend"] if which == "all" else [which]):
        run(name, kills, count, rng)
