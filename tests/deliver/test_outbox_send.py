import email
from email import policy

import pytest

from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.deliver.ledger import Ledger
from newsletter.deliver import list_id
from newsletter.errors import ConfigError, SendInProgress
from newsletter.subscribers import SubscriberStore, change
from newsletter.tokens import (DEV_SECRET, BadToken, address_hash, read_subscriber_token, sign, subscriber_token,
                               verify)

from ..conftest import WEEK, FakeClock


def test_outbox_writes_one_multipart_eml_per_active_subscriber(project):
    cfg = load_config(project / "config.toml")
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 4 and report.remaining == 0
    files = sorted((project / "outbox" / WEEK).glob("*.eml"))
    assert [f.name for f in files] == ["ada.reader@example.org.eml", "bo.watcher@example.org.eml",
                                       "cleo.fan@example.org.eml", "eli.couch@example.org.eml"]
    msg = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Message-ID"] and msg["Date"]
    token = msg["List-Unsubscribe"].split("?t=")[1].split(">")[0]
    assert read_subscriber_token(DEV_SECRET, token, list_id(cfg)) == address_hash("ada.reader@example.org")[:32]
    assert token in msg.get_body(("plain",)).get_content()
    assert all(len(line) <= 998 for line in files[0].read_bytes().split(b"\r\n"))


def test_second_send_sends_nothing(project):
    cfg = load_config(project / "config.toml")
    send_issue(cfg, WEEK)
    first = {f.name: f.stat().st_mtime_ns for f in (project / "outbox" / WEEK).glob("*.eml")}
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 4 and report.new_recipients == 0
    assert {f.name: f.stat().st_mtime_ns for f in (project / "outbox" / WEEK).glob("*.eml")} == first


def test_subscribers_joining_after_the_snapshot_wait_for_the_next_issue(project):
    cfg = load_config(project / "config.toml")
    send_issue(cfg, WEEK)
    store = SubscriberStore.from_config(cfg)
    assert store.add(change("late@example.org", "Late Comer"))[1] == "added"
    assert store.count()["active"] == 5
    assert send_issue(cfg, WEEK).counts.sent == 4
    assert not (project / "outbox" / WEEK / "late@example.org.eml").exists()


def test_suppressed_address_is_never_snapshotted(project):
    cfg = load_config(project / "config.toml")
    assert SubscriberStore.from_config(cfg).get("bo.watcher@example.org").status == "active"
    # A hard bounce in an earlier send suppressed the address; the store still says active.
    Ledger.from_config(cfg).suppress("BO.watcher@example.org", "bounced")
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 3 and report.counts.skipped == 1
    assert report.summary() == f"{WEEK}: sent 3, failed 0, skipped 1, remaining 0"
    assert not (project / "outbox" / WEEK / "bo.watcher@example.org.eml").exists()


def test_lock_refuses_a_second_concurrent_send(project):
    cfg = load_config(project / "config.toml")
    ledger = Ledger.from_config(cfg)
    with ledger.lock(WEEK):
        with pytest.raises(SendInProgress):
            send_issue(cfg, WEEK, ledger=Ledger.from_config(cfg))


def test_real_providers_refuse_without_a_signing_key(project, monkeypatch):
    cfg = load_config(project / "config.toml")
    cfg.delivery.provider = "smtp"
    monkeypatch.delenv("NEWSLETTER_SECRET", raising=False)
    with pytest.raises(ConfigError, match="NEWSLETTER_SECRET is not set"):
        send_issue(cfg, WEEK)


def test_tampered_or_forged_tokens_are_refused():
    token = sign(b"k", "subscriber", "a@example.org", "list")
    assert verify(b"k", token, "subscriber") == ("a@example.org", "list")
    payload, mac = token.split(".")
    forged = sign(b"other", "subscriber", "b@example.org", "list")
    for bad in (forged, payload + "." + mac[:-2] + "AA", forged.split(".")[0] + "." + mac, "garbage", ""):
        with pytest.raises(BadToken):
            verify(b"k", bad, "subscriber")
    with pytest.raises(BadToken, match="not an preferences link"):
        verify(b"k", token, "preferences")


def test_subscriber_tokens_name_the_list_and_refuse_tampering():
    token = subscriber_token(b"k", "a@example.org", "list.example.org")
    assert read_subscriber_token(b"k", token, "list.example.org") == address_hash("a@example.org")[:32]
    for bad, why in ((subscriber_token(b"other", "a@example.org", "list.example.org"), "signature"),
                     (token[:-1] + ("A" if token[-1] != "A" else "B"), "signature"),
                     (subscriber_token(b"k", "b@example.org", "list.example.org")[:28] + token[28:], "signature"),
                     (token[:10], "not a valid token")):
        with pytest.raises(BadToken, match=why):
            read_subscriber_token(b"k", bad, "list.example.org")
    with pytest.raises(BadToken, match="another list"):
        read_subscriber_token(b"k", token, "other.example.org")


def test_rate_limit_and_hourly_cap_pace_the_send(project):
    cfg = load_config(project / "config.toml")
    cfg.delivery.rate = 2.0
    clock = FakeClock(0.0)
    send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert 1.0 <= clock.t < 3.0  # 4 messages at 2 a second: the last goes out after about 1.5 s

    cfg.delivery.rate, cfg.delivery.hourly_cap = 0.0, 3
    cfg.state.path = "state/second.db"
    clock2 = FakeClock(0.0)
    report = send_issue(cfg, WEEK, clock=clock2, sleep=clock2.sleep, force=True)  # a second database, same week
    assert report.counts.sent == 4
    assert 3600 <= clock2.t < 3700  # three went at once, the fourth waited for the hour to roll over
