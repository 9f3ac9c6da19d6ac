"""HTTP mail providers against real local HTTP servers speaking each provider's shapes."""

import re

import pytest

from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.providers.http_api import retry_after
from newsletter.deliver.ledger import Ledger
from newsletter.deliver.message import domain_of, message_id
from newsletter.errors import ConfigError

from ..conftest import WEEK, FakeClock
from .fake_providers import KEY, Mailgun, Postmark, Resend, SendGrid

PATHS = {"postmark": "/email/batch", "sendgrid": "/v3/mail/send", "mailgun": "/v3/mg.tvtalk.example.org/messages",
         "resend": "/emails/batch"}
FAKES = {"postmark": Postmark, "sendgrid": SendGrid, "mailgun": Mailgun, "resend": Resend}


def setup(project, httpserver, monkeypatch, provider, fake, subscribers=None):
    cfg = load_config(project / "config.toml")
    cfg.delivery.provider = provider
    getattr(cfg.delivery, provider).api_url = httpserver.url_for("")
    monkeypatch.setenv(getattr(cfg.delivery, provider).key_env, KEY)
    monkeypatch.setenv("NEWSLETTER_SECRET", "s")
    if subscribers:
        (project / "subscribers" / "subscribers.csv").write_text(
            "email,name,timezone,shows,status,joined\n" +
            "".join(f"{e},Fan,{tz},,active,2026-01-01\n" for e, tz in subscribers))
    httpserver.expect_request(PATHS[provider], method="POST").respond_with_handler(fake.handler)
    return cfg


@pytest.mark.parametrize("provider", sorted(FAKES))
def test_each_provider_delivers_every_subscriber_once(project, httpserver, monkeypatch, provider):
    fake = FAKES[provider]()
    subs = [(f"fan{i:03d}@example.org", ["", "Europe/London", "America/Los_Angeles"][i % 3]) for i in range(250)]
    cfg = setup(project, httpserver, monkeypatch, provider, fake, subs)
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 250 and report.remaining == 0
    assert fake.counts() == {e: 1 for e, _ in subs}
    again = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert again.counts.sent == 250 and sum(fake.counts().values()) == 250


@pytest.mark.parametrize("provider", sorted(FAKES))
def test_every_provider_message_carries_our_message_id(project, httpserver, monkeypatch, provider):
    """Receivers drop a duplicate by its Message-ID, so the one a resend after a crash would carry must be ours."""
    fake = FAKES[provider]()
    subs = [(f"fan{i}@example.org", "") for i in range(5)]
    cfg = setup(project, httpserver, monkeypatch, provider, fake, subs)
    clock = FakeClock()
    send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    domain = domain_of(cfg.newsletter.from_addr)
    assert fake.message_ids == {e: message_id(WEEK, e, domain) for e, _ in subs}


@pytest.mark.parametrize("provider", sorted(FAKES))
def test_429_with_retry_after_then_500_then_success(project, httpserver, monkeypatch, provider):
    fake = FAKES[provider](script=[429, 500])
    cfg = setup(project, httpserver, monkeypatch, provider, fake)
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 4 and fake.calls >= 3
    assert 2.0 in clock.slept  # Retry-After honoured
    assert sum(fake.counts().values()) == 4


@pytest.mark.parametrize("provider", sorted(FAKES))
def test_twenty_percent_transient_failures_still_deliver_everything_once(project, httpserver, monkeypatch,
                                                                         provider):
    fake = FAKES[provider](fail_rate=0.2, seed=7)
    subs = [(f"fan{i:04d}@example.org", "") for i in range(1200)]
    cfg = setup(project, httpserver, monkeypatch, provider, fake, subs)
    cfg.delivery.max_attempts = 20
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 1200
    assert fake.counts() == {e: 1 for e, _ in subs}
    assert fake.failures > 0 and fake.calls > fake.failures


def test_postmark_inactive_recipient_is_failed_and_suppressed(project, httpserver, monkeypatch):
    fake = Postmark()
    fake.inactive = {"bo.watcher@example.org"}
    cfg = setup(project, httpserver, monkeypatch, "postmark", fake)
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 3 and report.counts.failed == 1
    assert report.failures[0][0] == "bo.watcher@example.org" and "Postmark 406" in report.failures[0][1]
    assert Ledger.from_config(cfg).is_suppressed("bo.watcher@example.org")


def test_sendgrid_bad_address_fails_alone(project, httpserver, monkeypatch):
    fake = SendGrid()
    cfg = setup(project, httpserver, monkeypatch, "sendgrid", fake,
                [("fan1@example.org", ""), ("invalid.fan@example.org", ""), ("fan3@example.org", "")])
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 2 and report.failures == [("invalid.fan@example.org",
                                                               "SendGrid: Does not contain a valid address.")]


@pytest.mark.parametrize("provider", sorted(FAKES))
def test_wrong_key_stops_with_a_config_error(project, httpserver, monkeypatch, provider):
    fake = FAKES[provider]()
    cfg = setup(project, httpserver, monkeypatch, provider, fake)
    monkeypatch.setenv(getattr(cfg.delivery, provider).key_env, "wrong")
    with pytest.raises(ConfigError, match=re.escape(f"delivery.{provider}: the provider refused the API key")):
        send_issue(cfg, WEEK)
    assert sum(fake.counts().values()) == 0


def test_missing_key_names_the_variable(project, monkeypatch):
    cfg = load_config(project / "config.toml")
    cfg.delivery.provider = "resend"
    monkeypatch.setenv("NEWSLETTER_SECRET", "s")
    monkeypatch.delenv("RESEND_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="RESEND_API_KEY is not set"):
        send_issue(cfg, WEEK)


def test_retry_after_forms():
    assert retry_after("120") == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_postmark_batch_streams_each_subscribers_own_message_with_its_length_known(project, httpserver,
                                                                                   monkeypatch):
    import json
    from email.utils import formataddr

    fake = Postmark()
    seen = []

    def handler(request):
        seen.append((request.headers.get("Content-Length"), request.headers.get("Transfer-Encoding"),
                     request.get_data()))
        return fake.handler(request)

    subs = [(f"fan{i:03d}@example.org", ["", "Europe/London"][i % 2]) for i in range(30)]
    cfg = setup(project, httpserver, monkeypatch, "postmark", fake, subs)
    (project / "subscribers" / "subscribers.csv").write_text(
        "email,name,timezone,shows,status,joined\n" + "".join(
            f'{e},"Zoë ""Z"" {i}",{tz},,active,2026-01-01\n' for i, (e, tz) in enumerate(subs)))
    httpserver.clear()
    httpserver.expect_request(PATHS["postmark"], method="POST").respond_with_handler(handler)
    clock = FakeClock()
    assert send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep).counts.sent == 30
    (length, chunked, body), = seen
    assert int(length) == len(body) and chunked is None
    messages = json.loads(body)
    assert [m["To"] for m in messages] == [formataddr((f'Zoë "Z" {i}', e)) for i, (e, _) in enumerate(subs)]
    for m in messages:
        token = re.search(r"/unsubscribe\?t=([^>]+)>", m["Headers"][1]["Value"]).group(1)
        assert f"/unsubscribe?t={token}" in m["TextBody"] and f"?t={token}" in m["HtmlBody"]
        assert "NLTOKEN" not in m["TextBody"] + m["HtmlBody"]
        assert list(m) == ["From", "To", "ReplyTo", "Subject", "TextBody", "HtmlBody", "Headers", "MessageStream"]
    assert len({m["HtmlBody"] for m in messages}) == 30  # each with its own token
