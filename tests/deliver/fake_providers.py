"""Fake mail provider APIs on a real local HTTP server (pytest-httpserver), shaped like the real ones.

Each fake records what it accepted, can fail on cue (429 with Retry-After, 500,
per-message errors) and answers in the provider's own JSON shapes.
"""

from __future__ import annotations

import json
import random
import threading
import uuid
from collections import Counter
from urllib.parse import parse_qs

from werkzeug import Request, Response

KEY = "test-key"


class FakeProvider:
    def __init__(self, fail_rate: float = 0.0, seed: int = 1, script: list[int] | None = None):
        self.lock = threading.Lock()
        self.accepted: list[str] = []  # recipient of every message the provider took
        self.message_ids: dict[str, str] = {}  # recipient -> the Message-ID its message carried
        self.calls = 0
        self.failures = 0
        self.rng = random.Random(seed)
        self.fail_rate = fail_rate
        self.script = list(script or [])  # status codes to answer first, in order (e.g. [429, 500]; 0 = normal)

    def injected(self) -> Response | None:
        with self.lock:
            self.calls += 1
            if self.script:
                code = self.script.pop(0)
                if code == 0:  # 0 in a script: answer this call normally
                    return None
            elif self.fail_rate and self.rng.random() < self.fail_rate:
                code = self.rng.choice([429, 500, 503])
            else:
                return None
            self.failures += 1
        headers = {"Retry-After": "2"} if code == 429 else {}
        return Response(json.dumps({"message": "try later"}), status=code, headers=headers,
                         content_type="application/json")

    def counts(self) -> Counter:
        with self.lock:
            return Counter(self.accepted)


class Postmark(FakeProvider):
    inactive: set[str] = set()
    every_message_error: tuple[int, str] | None = None  # (ErrorCode, Message) answered for every message

    def handler(self, request: Request) -> Response:
        if request.headers.get("X-Postmark-Server-Token") != KEY:
            return Response(json.dumps({"ErrorCode": 10, "Message": "Bad or missing API token"}), status=401)
        fail = self.injected()
        if fail:
            return fail
        batch = request.get_json()
        if len(batch) > 500:
            return Response(json.dumps({"ErrorCode": 410, "Message": "Too many batch messages"}), status=422)
        out = []
        for msg in batch:
            to = msg["To"].rsplit("<", 1)[-1].rstrip(">")
            assert msg["MessageStream"] == "broadcast" and msg["HtmlBody"] and msg["TextBody"]
            if self.every_message_error:
                code, text = self.every_message_error
                out.append({"ErrorCode": code, "Message": text, "To": to})
                continue
            if to in self.inactive:
                out.append({"ErrorCode": 406, "Message": f"You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: {to}.", "To": to})
                continue
            with self.lock:
                self.accepted.append(to)
                self.message_ids[to] = next(h["Value"] for h in msg["Headers"] if h["Name"] == "Message-ID")
            out.append({"ErrorCode": 0, "Message": "OK", "MessageID": str(uuid.uuid4()),
                        "SubmittedAt": "2026-11-30T08:00:01.1234567-05:00", "To": to})
        return Response(json.dumps(out), status=200, content_type="application/json")


class SendGrid(FakeProvider):
    def handler(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {KEY}":
            return Response(json.dumps({"errors": [{"message": "The provided authorization grant is invalid, expired, or revoked", "field": None, "help": None}]}), status=401)
        fail = self.injected()
        if fail:
            return fail
        body = request.get_json()
        pers = body["personalizations"]
        if len(pers) > 1000:
            return Response(json.dumps({"errors": [{"message": "too many personalizations", "field": "personalizations"}]}), status=400)
        for i, p in enumerate(pers):
            if "@" not in p["to"][0]["email"] or p["to"][0]["email"].startswith("invalid"):
                return Response(json.dumps({"errors": [{"message": "Does not contain a valid address.", "field": f"personalizations.{i}.to.0.email", "help": None}]}), status=400, content_type="application/json")
        html = next(c["value"] for c in body["content"] if c["type"] == "text/html")
        for p in pers:
            token = p["substitutions"]["-nltoken-"]
            assert "-nltoken-" in html and token in p["headers"]["List-Unsubscribe"]
            assert p["headers"]["Message-ID"].startswith("<")
        with self.lock:
            self.accepted.extend(p["to"][0]["email"] for p in pers)
            self.message_ids.update((p["to"][0]["email"], p["headers"]["Message-ID"]) for p in pers)
        return Response("", status=202, headers={"X-Message-Id": uuid.uuid4().hex[:22]})


class Mailgun(FakeProvider):
    def handler(self, request: Request) -> Response:
        auth = request.authorization
        if not auth or auth.username != "api" or auth.password != KEY:
            return Response("Forbidden", status=401)
        fail = self.injected()
        if fail:
            return fail
        form = parse_qs(request.get_data(as_text=True))
        to = [t.rsplit("<", 1)[-1].rstrip(">") for t in form["to"]]
        variables = json.loads(form["recipient-variables"][0])
        assert set(variables) == set(to), "every recipient needs recipient-variables or the list is exposed"
        assert form["h:Message-Id"] == ["%recipient.mid%"] and all(v["mid"].startswith("<") for v in variables.values())
        assert "%recipient.token%" in form["html"][0]
        with self.lock:
            self.accepted.extend(to)
            self.message_ids.update((address, variables[address]["mid"]) for address in to)
        return Response(json.dumps({"id": f"<{uuid.uuid4().hex}@mg.example.org>", "message": "Queued. Thank you."}),
                        status=200, content_type="application/json")


class Resend(FakeProvider):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.seen_keys: dict[str, str] = {}

    def handler(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {KEY}":
            return Response(json.dumps({"statusCode": 401, "message": "API key is invalid", "name": "validation_error"}), status=401)
        key = request.headers.get("Idempotency-Key")
        with self.lock:
            if key in self.seen_keys:
                return Response(self.seen_keys[key], status=200, content_type="application/json")
        fail = self.injected()
        if fail:
            return fail
        batch = request.get_json()
        if len(batch) > 100:
            return Response(json.dumps({"statusCode": 422, "message": "too many emails", "name": "validation_error"}), status=422)
        for m in batch:  # Resend takes custom headers as an object of string values
            assert isinstance(m["headers"], dict) and all(isinstance(v, str) for v in m["headers"].values())
        body = json.dumps({"data": [{"id": str(uuid.uuid4())} for _ in batch]})
        with self.lock:
            self.accepted.extend(m["to"][0] for m in batch)
            self.message_ids.update((m["to"][0], m["headers"].get("Message-ID")) for m in batch)
            self.seen_keys[key] = body
        return Response(body, status=200, content_type="application/json")
