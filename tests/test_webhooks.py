"""Provider webhooks against the running server: signatures, replays, malformed bodies, big bounces."""

import base64
import hashlib
import hmac
import json
import time

import pytest
import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger

from .test_public import SECRET, running, statuses

SENDGRID_KEY = ec.generate_private_key(ec.SECP256R1())
SENDGRID_PUBLIC = base64.b64encode(SENDGRID_KEY.public_key().public_bytes(
    serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).decode()


@pytest.fixture
def server(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    monkeypatch.setenv("NEWSLETTER_WEBHOOK_SECRET", "hook-secret")
    monkeypatch.setenv("MAILGUN_WEBHOOK_SIGNING_KEY", "mg-key")
    config = project / "config.toml"
    config.write_text(config.read_text().replace('sendgrid_public_key = ""',
                                                 f'sendgrid_public_key = "{SENDGRID_PUBLIC}"'))
    cfg = load_config(config)
    with running(cfg) as base:
        yield cfg, base


def mailgun(recipient, token="a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5", stamp=None, key=b"mg-key"):
    stamp = str(int(time.time()) if stamp is None else stamp)
    sig = hmac.new(key, (stamp + token).encode(), hashlib.sha256).hexdigest()
    return {"signature": {"timestamp": stamp, "token": token, "signature": sig},
            "event-data": {"event": "failed", "severity": "permanent", "recipient": recipient}}


def sendgrid_post(base, events, key=SENDGRID_KEY, body=None):
    body = json.dumps(events).encode() if body is None else body
    stamp = str(int(time.time()))
    signature = base64.b64encode(key.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()
    return requests.post(base + "/webhooks/sendgrid", data=body, timeout=5, headers={
        "Content-Type": "application/json", "X-Twilio-Email-Event-Webhook-Signature": signature,
        "X-Twilio-Email-Event-Webhook-Timestamp": stamp})


def test_a_mailgun_signature_works_once(server):
    cfg, base = server
    first = requests.post(base + "/webhooks/mailgun", json=mailgun("bo.watcher@example.org"), timeout=5)
    assert first.status_code == 200 and Ledger.from_config(cfg).is_suppressed("bo.watcher@example.org")
    replay = requests.post(base + "/webhooks/mailgun", json=mailgun("ada.reader@example.org"), timeout=5)
    assert replay.status_code == 403
    assert not Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")
    assert statuses(cfg)["ada.reader@example.org"] == "active"


def test_mailgun_refuses_a_wrong_key_and_an_old_timestamp(server):
    cfg, base = server
    wrong = requests.post(base + "/webhooks/mailgun", json=mailgun("ada.reader@example.org", key=b"guess"), timeout=5)
    old = requests.post(base + "/webhooks/mailgun", json=mailgun("ada.reader@example.org", token="t2",
                                                                  stamp=int(time.time()) - 3600), timeout=5)
    assert (wrong.status_code, old.status_code) == (403, 403)
    assert not Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")


def test_sendgrid_signed_event_webhook(server):
    cfg, base = server
    events = [{"email": "eli.couch@example.org", "event": "spamreport"}, {"email": "x@example.org", "event": "open"}]
    forged = sendgrid_post(base, events, key=ec.generate_private_key(ec.SECP256R1()))
    assert forged.status_code == 403 and not Ledger.from_config(cfg).is_suppressed("eli.couch@example.org")
    unsigned = requests.post(base + "/webhooks/sendgrid?key=hook-secret", json=events, timeout=5)
    assert unsigned.status_code == 403
    assert sendgrid_post(base, events).status_code == 200
    assert Ledger.from_config(cfg).is_suppressed("eli.couch@example.org")
    assert statuses(cfg)["eli.couch@example.org"] == "complained"  # a status of its own in the store


def test_an_altered_sendgrid_body_is_refused(server):
    cfg, base = server
    body = json.dumps([{"email": "eli.couch@example.org", "event": "bounce"}]).encode()
    stamp = str(int(time.time()))
    signature = base64.b64encode(SENDGRID_KEY.sign(stamp.encode() + body, ec.ECDSA(hashes.SHA256()))).decode()
    resp = requests.post(base + "/webhooks/sendgrid", data=body.replace(b"eli.couch", b"ada.reader"), timeout=5,
                         headers={"X-Twilio-Email-Event-Webhook-Signature": signature,
                                  "X-Twilio-Email-Event-Webhook-Timestamp": stamp})
    assert resp.status_code == 403 and not Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")


@pytest.mark.parametrize("make", [
    lambda: {"signature": {"timestamp": "soon", "token": "t", "signature": "0" * 64}},
    lambda: [mailgun("ada.reader@example.org")],
    lambda: {**mailgun("x", token="t3"), "event-data": {"event": "failed", "severity": "permanent",
                                                          "recipient": ["ada.reader@example.org"]}},
    lambda: {**mailgun("x"), "signature": {**mailgun("x")["signature"], "token": "é" * 5000}},
    lambda: {**mailgun("x"), "signature": {**mailgun("x")["signature"], "signature": "é" * 64}},
    lambda: {"signature": "nope"},
    lambda: "just a string",
], ids=["timestamp-not-a-number", "list-not-object", "address-not-string", "long-non-ascii-token",
        "non-ascii-signature", "signature-not-object", "string-body"])
def test_malformed_mailgun_bodies_get_400(server, make):
    cfg, base = server
    resp = requests.post(base + "/webhooks/mailgun", json=make(), timeout=5)
    assert resp.status_code == 400 and "Traceback" not in resp.text
    assert not Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")


@pytest.mark.parametrize("body", [b"{not json", b'"a string"', b"[1, 2]", b'{"RecordType": "Bounce"}',
                                  json.dumps([{"email": 42, "event": "bounce"}]).encode(),
                                  json.dumps([{"email": "a@example.org", "event": ["bounce"]}]).encode()[:-3]],
                         ids=["not-json", "string", "list-of-numbers", "object", "address-not-string", "cut-short"])
def test_malformed_sendgrid_bodies_get_400(server, body):
    assert sendgrid_post(server[1], None, body=body).status_code == 400


@pytest.mark.parametrize("payload", [[{"RecordType": "Bounce"}], {"RecordType": "Bounce", "Type": "HardBounce",
                                                                  "Email": {"a": 1}}, "text"],
                         ids=["list", "address-not-string", "string"])
def test_malformed_postmark_bodies_get_400(server, payload):
    resp = requests.post(server[1] + "/webhooks/postmark", json=payload, auth=("postmark", "hook-secret"), timeout=5)
    assert resp.status_code == 400


def test_postmark_bounce_with_the_whole_message_is_accepted_up_to_a_megabyte(server):
    cfg, base = server
    bounce = {"RecordType": "Bounce", "Type": "HardBounce", "Email": "cleo.fan@example.org",
              "Content": "x" * 200_000, "Details": "smtp; 550 5.1.1 user unknown"}
    resp = requests.post(base + "/webhooks/postmark", json=bounce, auth=("postmark", "hook-secret"), timeout=5)
    assert resp.status_code == 200 and Ledger.from_config(cfg).is_suppressed("cleo.fan@example.org")
    huge = {**bounce, "Email": "dan.binge@example.org", "Content": "x" * 1_100_000}
    assert requests.post(base + "/webhooks/postmark", json=huge, auth=("postmark", "hook-secret"),
                         timeout=5).status_code == 413
    form = requests.post(base + "/subscribe", data={"email": "a@example.org", "pad": "x" * 100_000}, timeout=5)
    assert form.status_code == 413  # the forms keep their small limit
