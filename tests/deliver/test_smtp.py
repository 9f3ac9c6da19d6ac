"""SMTP delivery against a real SMTP server on 127.0.0.1 (aiosmtpd)."""

import ssl
from datetime import datetime, timezone

import pytest
import trustme

from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.deliver.ledger import Ledger
from newsletter.deliver.message import Envelope
from newsletter.deliver.mime import prepare_message
from newsletter.providers.smtp import SmtpTransport
from newsletter.errors import ConfigError

from ..conftest import WEEK, FakeClock
from ..smtp_server import Recorder, SmtpServer

ENV = Envelope(WEEK, "TV Talk", "news@example.org", "", "tv.example.org", "https://news.example.org")
TOK = "T" * 25 + "." + "k" * 24
NOW = datetime(2026, 11, 30, tzinfo=timezone.utc)


def messages(n):
    prepared = prepare_message(ENV, "Subject", "text", "<p>html</p>")
    return [prepared.fill(f"r{i}@example.org", f"R {i}", TOK, NOW) for i in range(n)]


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def tls_pair(ca):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    return server_ctx, client_ctx


def test_starttls_auth_and_one_connection_for_many_messages(ca):
    server_ctx, client_ctx = tls_pair(ca)
    rec = Recorder()
    with SmtpServer(rec, tls_context=server_ctx, users={"ed": "pw"}) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "starttls", "ed", "pw", sender="news@example.org",
                          ssl_context=client_ctx)
        receipts = t.send(messages(30), "k")
        t.close()
    assert [r.status for r in receipts] == ["sent"] * 30
    assert t.connections == 1
    assert rec.count() == 30


def test_implicit_tls(ca):
    server_ctx, client_ctx = tls_pair(ca)
    rec = Recorder()
    with SmtpServer(rec, tls_context=server_ctx, implicit_tls=True) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "tls", sender="news@example.org", ssl_context=client_ctx)
        assert [r.status for r in t.send(messages(3), "k")] == ["sent"] * 3
        t.close()


def test_certificate_is_checked(ca):
    server_ctx, _ = tls_pair(ca)
    with SmtpServer(Recorder(), tls_context=server_ctx) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "starttls", sender="news@example.org")  # system CAs only
        receipts = t.send(messages(1), "k")
        t.close()
    assert receipts[0].status == "outage" and "SSLCertVerificationError" in receipts[0].error


def test_wrong_password_is_a_config_error(ca):
    server_ctx, client_ctx = tls_pair(ca)
    with SmtpServer(Recorder(), tls_context=server_ctx, users={"ed": "pw"}) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "starttls", "ed", "nope", sender="news@example.org",
                          ssl_context=client_ctx)
        (receipt,) = t.send(messages(1), "k")
    assert receipt.status == "stop" and isinstance(receipt.halt, ConfigError)
    assert "refused the login" in receipt.halt.message


def test_server_that_closes_every_n_messages_is_reconnected():
    rec = Recorder(drop_every=7)
    with SmtpServer(rec) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "none", sender="news@example.org")
        receipts = t.send(messages(30), "k")
        t.close()
    assert [r.status for r in receipts] == ["sent"] * 30
    assert t.connections == 5
    assert all(len(ids) == 1 for ids in rec.ids_per_recipient().values()) and rec.count() == 30


def test_per_recipient_answers_keep_the_connection():
    rec = Recorder(defer_once={"r1@example.org"}, refuse={"r2@example.org"})
    with SmtpServer(rec) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "none", sender="news@example.org")
        receipts = t.send(messages(4), "k")
        t.close()
    assert [(r.status, r.hard_bounce) for r in receipts] == [
        ("sent", False), ("transient", False), ("permanent", True), ("sent", False)]
    assert receipts[1].error.startswith("SMTP 451") and receipts[2].error.startswith("SMTP 550")
    assert t.connections == 1


class WriteLog(SmtpTransport):
    """The real transport, keeping what it wrote to the server in each write."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes: list[bytes] = []

    def _write(self, data: bytes) -> None:
        self.writes.append(data)
        super()._write(data)


def send_in_turn(t: SmtpTransport, msgs: list, handover=lambda email: True) -> list:
    """Each message its own call, told which comes next: as the send loop calls the transport."""
    receipts = []
    for i, msg in enumerate(msgs):
        following = msgs[i + 1] if i + 1 < len(msgs) else None
        receipts += t.send([msg], "k", handover=handover, upcoming=lambda following=following: following)
    return receipts


@pytest.mark.parametrize("pipelining", [True, False])
def test_with_pipelining_the_next_envelope_follows_the_final_dot(pipelining):
    rec = Recorder(pipelining=pipelining, defer_once={"r2@example.org"}, refuse={"r3@example.org"})
    msgs = messages(6)
    with SmtpServer(rec) as srv:
        t = WriteLog("127.0.0.1", srv.port, "none", sender="news@example.org")
        receipts = send_in_turn(t, msgs)
        t.close()
    assert [(r.status, r.hard_bounce) for r in receipts] == [
        ("sent", False), ("sent", False), ("transient", False), ("permanent", True), ("sent", False), ("sent", False)]
    assert rec.deliveries_per_recipient() == {m.email: 1 for m in msgs if m.email not in ("r2@example.org",
                                                                                          "r3@example.org")}
    assert {rcpt: ids for rcpt, ids in rec.ids_per_recipient().items()} == \
        {m.email: {m.message_id} for m in msgs if m.email not in ("r2@example.org", "r3@example.org")}
    ahead = [w for w in t.writes if w.startswith(b".\r\nMAIL FROM:<news@example.org>\r\nRCPT TO:<r1@example.org>")]
    assert len(ahead) == (1 if pipelining else 0) and t.connections == 1


def test_a_message_sent_ahead_but_not_sent_next_is_discarded_by_the_server():
    rec = Recorder()
    a, b, c = messages(3)
    with SmtpServer(rec) as srv:
        t = WriteLog("127.0.0.1", srv.port, "none", sender="news@example.org")
        first = t.send([a], "k", upcoming=lambda: b)
        assert any(w == b.wire for w in t.writes)  # b's body went out with a's answer, before b's own call
        later = t.send([c], "k")  # the loop sent another: b is dropped with its connection, unfinished
        t.close()
    assert [r.status for r in first + later] == ["sent", "sent"]
    assert rec.deliveries_per_recipient() == {a.email: 1, c.email: 1} and t.connections == 2


def test_a_message_sent_ahead_is_withdrawn_at_its_hand_over():
    rec = Recorder()
    a, b = messages(2)
    with SmtpServer(rec) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "none", sender="news@example.org")
        receipts = send_in_turn(t, [a, b], handover=lambda email: email != b.email)
        t.close()
    assert [r.status for r in receipts] == ["sent", "withdrawn"]
    assert rec.deliveries_per_recipient() == {a.email: 1}


def smtp_project(project, port, monkeypatch):
    cfg = load_config(project / "config.toml")
    cfg.delivery.provider = "smtp"
    cfg.delivery.smtp.host, cfg.delivery.smtp.port, cfg.delivery.smtp.security = "127.0.0.1", port, "none"
    monkeypatch.setenv("NEWSLETTER_SECRET", "test-secret")
    return cfg


def test_send_issue_over_smtp_451_then_250_and_550_suppresses(project, monkeypatch):
    rec = Recorder(defer_once={"ada.reader@example.org"}, refuse={"bo.watcher@example.org"})
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
        again = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 3 and report.counts.failed == 1
    assert report.failures == [("bo.watcher@example.org", "SMTP 550 5.1.1 No such user here")]
    assert rec.deliveries_per_recipient() == {"ada.reader@example.org": 1, "cleo.fan@example.org": 1,
                                              "eli.couch@example.org": 1}
    assert clock.t > 1000.0  # the deferred message waited for its backoff
    assert Ledger.from_config(cfg).is_suppressed("bo.watcher@example.org")
    assert again.counts == report.counts and rec.count() == 3


def test_dkim_signature_covers_list_unsubscribe_and_verifies_offline():
    import base64

    import dkim
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from newsletter.providers.smtp import DkimSigner

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)

    def dns(name, timeout=5):
        return record if name == b"nl2026._domainkey.example.org." else None

    rec = Recorder()
    with SmtpServer(rec) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "none", sender="news@example.org",
                          dkim=DkimSigner("nl2026", "example.org", pem))
        t.send(messages(1), "k")
        t.close()
    raw = rec.messages[0][2]
    assert dkim.verify(raw, dnsfunc=dns)
    signed = raw.split(b"\r\n\r\n")[0].decode()
    assert "list-unsubscribe:list-unsubscribe-post" in signed.replace("\r\n", "").replace(" ", "").lower()
    tampered = raw.replace(b"List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                           b"List-Unsubscribe-Post: nothing")
    assert not dkim.verify(tampered, dnsfunc=dns)
