"""Local sinks for the delivery benchmarks, run as their own process so the client is measured alone.

python bench/sinks.py smtp PORT   an aiosmtpd server that counts messages and keeps nothing
python bench/sinks.py http PORT [SECONDS]   a Postmark-shaped /email/batch endpoint that answers every
                                          message OK, each call after SECONDS (default 0), as a distant provider
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class OffersPipelining:
    """An aiosmtpd handler that offers PIPELINING, as Postfix and Exim do (aiosmtpd reads pipelined
    commands in order already; it only does not say so)."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        responses.insert(-1, "250-PIPELINING")
        return responses


class CountingHandler(OffersPipelining):
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += len(envelope.rcpt_tos)
        return "250 OK"


def smtp(port: int) -> None:
    from aiosmtpd.controller import Controller

    controller = Controller(CountingHandler(), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


class JsonAnswers(BaseHTTPRequestHandler):
    """An HTTP/1.1 handler that answers JSON and logs nothing."""

    protocol_version = "HTTP/1.1"

    def answer(self, out: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args):
        pass


class Postmark(JsonAnswers):
    delay = 0.0

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.delay:
            # A distant provider: its time is the wait, not parsing here (which would make this one
            # process the limit for every worker); the transport reads answers in message order.
            time.sleep(self.delay)
            out = json.dumps([{"ErrorCode": 0, "Message": "OK", "MessageID": f"id-{i}"}
                              for i in range(body.count(b'"From": '))]).encode()
        else:
            batch = json.loads(body)
            out = json.dumps([{"ErrorCode": 0, "Message": "OK", "MessageID": f"id-{i}", "To": m["To"]}
                              for i, m in enumerate(batch)]).encode()
        self.answer(out)


def http(port: int, delay: float = 0.0) -> None:
    Postmark.delay = delay
    server = ThreadingHTTPServer(("127.0.0.1", port), Postmark)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    if sys.argv[1] == "http":
        http(int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 0.0)
    else:
        smtp(int(sys.argv[2]))
