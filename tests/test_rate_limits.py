"""The subscribe form against the running server with a real SMTP server: it is not a mail cannon."""

import re

import pytest
import requests

from newsletter.config import load_config

from .smtp_server import Recorder, SmtpServer
from .test_public import SECRET, running
from .test_serving import serve_command


@pytest.fixture
def smtp_config(project, monkeypatch):
    """The sample project sending its confirmation mails to a real SMTP server on 127.0.0.1."""
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    rec = Recorder()
    with SmtpServer(rec) as srv:
        config = project / "config.toml"
        text = config.read_text().replace('provider = "outbox"', 'provider = "smtp"', 1)
        text = text.replace('host = "localhost"\n# SMTP server port.\nport = 587\n# starttls, tls (implicit) or none.\n'
                            'security = "starttls"',
                            f'host = "127.0.0.1"\nport = {srv.port}\nsecurity = "none"')
        config.write_text(text)
        yield config, rec


def set_limits(config, per_hour, per_day):
    config.write_text(config.read_text().replace("subscribes_per_hour = 20", f"subscribes_per_hour = {per_hour}")
                      .replace("confirmations_per_day = 3", f"confirmations_per_day = {per_day}"))
    return load_config(config)


def subscribe(base, address, forwarded_for=None):
    form = requests.get(base + "/subscribe", timeout=5).text
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    headers = {"Cookie": f"nl_csrf={token}"}  # the cookie is Secure; over plain http the test hands it back
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    return requests.post(base + "/subscribe", data={"email": address, "csrf": token}, headers=headers, timeout=5)


def test_at_most_three_confirmation_mails_per_address_a_day(smtp_config):
    config, rec = smtp_config
    cfg = set_limits(config, 100, 3)
    with running(cfg) as base:
        pages = [subscribe(base, "victim@example.org") for _ in range(10)]
        assert subscribe(base, "someone.else@example.org").status_code == 200
    assert all(p.status_code == 200 and "Check your inbox" in p.text for p in pages)
    assert len({p.text for p in pages}) == 1  # over the limit the page looks the same
    assert rec.deliveries_per_recipient() == {"victim@example.org": 3, "someone.else@example.org": 1}


def test_at_most_twenty_subscribe_requests_per_client_an_hour(smtp_config):
    config, rec = smtp_config
    cfg = load_config(config)
    with running(cfg) as base:
        pages = [subscribe(base, f"fan{i}@example.org", forwarded_for=f"10.0.0.{i}") for i in range(25)]
    assert all(p.status_code == 200 and "Check your inbox" in p.text for p in pages)
    assert rec.count() == 20  # a forged X-Forwarded-For from a client that is not the proxy changes nothing


def test_the_limits_hold_across_processes(smtp_config):
    config, rec = smtp_config
    set_limits(config, 100, 2)
    proc = serve_command(config.parent, "127.0.0.1", SECRET)
    try:
        base = proc.stdout.readline().split(" at ")[1].split("/ ")[0]
        subscribe(base, "victim@example.org")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    with running(load_config(config)) as base:  # a second server process on the same state database
        pages = [subscribe(base, "victim@example.org") for _ in range(3)]
    assert all(p.status_code == 200 for p in pages)
    assert rec.deliveries_per_recipient() == {"victim@example.org": 2}
