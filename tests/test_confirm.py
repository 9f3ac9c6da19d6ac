"""Double opt-in against the running server: a GET shows a button, a POST subscribes, once."""

import email
import re
from email import policy

import pytest
import requests

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.subscribers import SubscriberStore

from .test_public import SECRET, running, token_for


@pytest.fixture
def server(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    cfg = load_config(project / "config.toml")
    with running(cfg) as base:
        yield cfg, base


def roster(cfg):
    return {s.email: s for batch in SubscriberStore.from_config(cfg).batches(None) for s in batch}


def ask(cfg, base, address, tz=""):
    """Fill in the subscribe form as a browser does; the confirmation link from the mail that arrives."""
    form = requests.get(base + "/subscribe", timeout=5).text
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    # The cookie is Secure (base_url is https), so over plain http the test hands it back itself.
    assert requests.post(base + "/subscribe", data={"email": address, "timezone": tz, "csrf": token}, timeout=5,
                         headers={"Cookie": f"nl_csrf={token}"}).ok
    eml = cfg.resolve("outbox") / "confirmations" / f"{address.lower()}.eml"
    text = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    return re.search(r"https://tvtalk\.example\.org(/confirm\?t=[A-Za-z0-9_.-]+)", text).group(1)


def confirm(base, link):
    page = requests.get(base + link, timeout=5)
    form = re.search(r'<form method="post" action="(/confirm)">.*?name="t" value="([^"]+)"', page.text, re.S)
    return page, requests.post(base + form.group(1), data={"t": form.group(2)}, timeout=5) if form else None


def test_a_get_shows_a_button_and_only_the_post_subscribes(server):
    cfg, base = server
    link = ask(cfg, base, "new.fan@example.org", "Europe/Paris")
    for _ in range(3):  # a mail scanner fetching the link, more than once
        page = requests.get(base + link, timeout=5)
        assert page.status_code == 200 and "<button" in page.text
    assert "new.fan@example.org" not in roster(cfg)
    _, done = confirm(base, link)
    assert done.status_code == 200 and "subscribed" in done.text
    assert roster(cfg)["new.fan@example.org"].status == "active"
    assert roster(cfg)["new.fan@example.org"].timezone == "Europe/Paris"


def test_a_confirmation_link_works_once(server):
    cfg, base = server
    link = ask(cfg, base, "new.fan@example.org")
    t = link.split("t=", 1)[1]
    assert requests.post(base + "/confirm", data={"t": t}, timeout=5).status_code == 200
    requests.post(base + "/unsubscribe?t=" + token_for(cfg, "new.fan@example.org"), timeout=5)
    again = requests.post(base + "/confirm", data={"t": t}, timeout=5)
    assert again.status_code == 400 and "already been used" in again.text
    assert "already been used" in requests.get(base + link, timeout=5).text
    assert Ledger.from_config(cfg).is_suppressed("new.fan@example.org")
    assert roster(cfg)["new.fan@example.org"].status == "unsubscribed"


def test_an_old_link_never_lifts_a_later_unsubscribe_nor_wipes_the_name(server):
    cfg, base = server
    link = ask(cfg, base, "ada.reader@example.org", "Asia/Tokyo")  # asked, then changed her mind
    assert requests.post(base + "/unsubscribe?t=" + token_for(cfg, "ada.reader@example.org"), timeout=5).ok
    page, done = confirm(base, link)
    assert done.status_code == 400 and "unsubscribed after" in done.text
    assert Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")
    ada = roster(cfg)["ada.reader@example.org"]
    assert (ada.status, ada.name, ada.timezone) == ("unsubscribed", "Ada Reader", "America/New_York")
    assert ada.shows == ("Harbor Lights", "Night Desk")


def test_asking_again_after_leaving_lifts_the_older_suppression(server):
    cfg, base = server
    Ledger.from_config(cfg).suppress("dev.null@example.org", "unsubscribed")
    link = ask(cfg, base, "dev.null@example.org")
    _, done = confirm(base, link)
    assert done.status_code == 200 and not Ledger.from_config(cfg).is_suppressed("dev.null@example.org")
    dee = roster(cfg)["dev.null@example.org"]
    assert (dee.status, dee.name, dee.timezone, dee.shows) == ("active", "Dee Null", "America/Chicago",
                                                              ("The Long Table",))


def test_confirming_never_overwrites_what_is_held(server):
    cfg, base = server
    link = ask(cfg, base, "Bo.Watcher@example.org", "Europe/Paris")
    _, done = confirm(base, link)
    assert done.status_code == 200
    bo = SubscriberStore.from_config(cfg).get("bo.watcher@example.org")
    assert (bo.name, bo.timezone, bo.status, bo.joined) == ("Bo Watcher", "America/Los_Angeles", "active", "2026-03-02")
