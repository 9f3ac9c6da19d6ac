"""The public pages, in-process (Flask's test client) and against the running server."""

import contextlib
import re
import threading
import time

import pytest
import requests

from newsletter.config import load_config
from newsletter.deliver import list_id
from newsletter.deliver.ledger import Ledger
from newsletter.public import create_app
from newsletter.subscribers import SubscriberStore, change
from newsletter.tokens import subscriber_token

SECRET = "public-test-secret"


@pytest.fixture
def env(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    monkeypatch.setenv("NEWSLETTER_WEBHOOK_SECRET", "hook-secret")
    monkeypatch.setenv("MAILGUN_WEBHOOK_SIGNING_KEY", "mg-key")
    cfg = load_config(project / "config.toml")
    app = create_app(cfg)
    return cfg, app, app.test_client()


def token_for(cfg, email):
    return subscriber_token(SECRET.encode(), email, list_id(cfg))


def statuses(cfg):
    return {s.email: s.status for batch in SubscriberStore.from_config(cfg).batches(None) for s in batch}


def csrf(client, url):
    page = client.get(url)
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def test_double_opt_in_adds_nothing_until_confirmed(env, project):
    cfg, _, client = env
    token = csrf(client, "/subscribe")
    resp = client.post("/subscribe", data={"email": "New.Fan@Example.org", "timezone": "Europe/Paris", "csrf": token})
    assert resp.status_code == 200 and "Check your inbox" in resp.text
    assert "New.Fan@example.org" not in statuses(cfg)
    (eml,) = (project / "outbox" / "confirmations").glob("*.eml")
    import email
    from email import policy
    text = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    link = re.search(r"https://tvtalk\.example\.org/confirm\?t=([A-Za-z0-9_.-]+)", text)
    shown = client.get("/confirm?t=" + link.group(1))
    assert shown.status_code == 200 and "<button" in shown.text and "New.Fan@example.org" not in statuses(cfg)
    confirmed = client.post("/confirm", data={"t": link.group(1)})
    assert confirmed.status_code == 200 and "You&#x27;re subscribed" in confirmed.text
    assert statuses(cfg)["New.Fan@example.org"] == "active"


def test_confirmation_links_expire_and_cannot_be_forged(env):
    cfg, app, client = env
    from newsletter.tokens import sign
    old = sign(SECRET.encode(), "confirm", "x@example.org\n", list_id(cfg), expires=int(time.time()) - 1)
    assert client.get("/confirm?t=" + old).status_code == 400
    forged = sign(b"guess", "confirm", "x@example.org\n", list_id(cfg), expires=int(time.time()) + 99)
    assert client.get("/confirm?t=" + forged).status_code == 400
    assert "x@example.org" not in statuses(cfg)


def test_subscribe_form_needs_its_csrf_cookie(env):
    cfg, _, client = env
    resp = client.post("/subscribe", data={"email": "a@example.org", "csrf": "made-up"})
    assert resp.status_code == 403


def test_one_click_unsubscribe_rfc8058(env):
    cfg, _, client = env
    client.cookie_jar.clear() if hasattr(client, "cookie_jar") else None
    t = token_for(cfg, "ada.reader@example.org")
    get = client.get("/unsubscribe?t=" + t)
    assert get.status_code == 200 and "ada.reader@example.org" in get.text and statuses(cfg)["ada.reader@example.org"] == "active"
    resp = client.post("/unsubscribe?t=" + t, data="List-Unsubscribe=One-Click",
                       content_type="application/x-www-form-urlencoded")
    assert resp.status_code == 200 and "Location" not in resp.headers
    assert statuses(cfg)["ada.reader@example.org"] == "unsubscribed"
    assert Ledger.from_config(cfg).is_suppressed("ada.reader@example.org")


def test_tampered_token_changes_nothing(env):
    cfg, _, client = env
    t = token_for(cfg, "ada.reader@example.org")
    bad = t[:-2] + ("AA" if not t.endswith("AA") else "BB")
    non_ascii = "é" * 20 + "." + "é" * 29
    for resp in (client.post("/unsubscribe?t=" + bad), client.get("/preferences?t=" + bad),
                 client.post("/unsubscribe?t=garbage"), client.post("/unsubscribe?t=" + non_ascii),
                 client.get("/confirm?t=" + non_ascii)):
        assert resp.status_code == 400 and "did not work" in resp.text
    assert statuses(cfg)["ada.reader@example.org"] == "active"


def test_preferences_update_shows_and_time_zone(env):
    cfg, _, client = env
    url = "/preferences?t=" + token_for(cfg, "bo.watcher@example.org")
    token = csrf(client, url)
    resp = client.post(url, data={"shows": "Ridgeline; Night Desk", "timezone": "Europe/London", "csrf": token})
    assert resp.status_code == 200 and "Saved" in resp.text
    bo = SubscriberStore.from_config(cfg).get("bo.watcher@example.org")
    assert bo.shows == ("Ridgeline", "Night Desk") and bo.timezone == "Europe/London"
    assert client.post(url, data={"shows": "x", "timezone": "", "csrf": "wrong"}).status_code == 403


def test_preferences_choose_only_my_shows_and_refuse_a_made_up_choice(env):
    cfg, _, client = env
    url = "/preferences?t=" + token_for(cfg, "bo.watcher@example.org")
    page = client.get(url).text
    assert 'value="first" checked' in page and 'value="only">' in page  # today's behaviour until chosen
    token = csrf(client, url)
    resp = client.post(url, data={"shows": "Ridgeline", "timezone": "", "shows_mode": "only", "csrf": token})
    assert resp.status_code == 200 and 'value="only" checked' in resp.text
    bo = SubscriberStore.from_config(cfg).get("bo.watcher@example.org")
    assert bo.attributes["shows_mode"] == "only" and bo.shows == ("Ridgeline",)
    bad = client.post(url, data={"shows": "Ridgeline", "timezone": "", "shows_mode": "<b>all</b>", "csrf": token})
    assert bad.status_code == 400 and "<b>" not in bad.text
    assert SubscriberStore.from_config(cfg).get("bo.watcher@example.org").attributes["shows_mode"] == "only"


def test_inputs_are_length_limited_and_escaped(env):
    cfg, _, client = env
    token = csrf(client, "/subscribe")
    assert client.post("/subscribe", data={"email": "a" * 400 + "@example.org", "csrf": token}).status_code == 413
    resp = client.post("/subscribe", data={"email": "<script>@x", "csrf": token})
    assert resp.status_code == 400 and "<script>" not in resp.text


def test_archive_serves_sent_issues_and_nothing_outside(env):
    cfg, _, client = env
    from newsletter.build import build
    from newsletter.deliver import send_issue
    build(cfg, "2026-W48")
    send_issue(cfg, "2026-W48")
    def fetch(url):
        with client.get(url) as resp:  # file responses stream: close them
            return resp.status_code, resp.get_data(as_text=True)
    assert "2026-W48" in fetch("/archive/")[1]
    assert "kitchen scene" in fetch("/archive/2026-W48/issue.html")[1]
    status, body = fetch("/archive/2026-W48/calendar/harbor-lights-20261202T2200.ics")
    assert status == 200 and body.startswith("BEGIN:VCALENDAR")
    assert fetch("/archive/2026-W48/../../config.toml")[0] == 404


def test_postmark_webhook_suppresses_only_with_the_right_secret(env):
    cfg, _, client = env
    bounce = {"RecordType": "Bounce", "Type": "HardBounce", "Email": "cleo.fan@example.org"}
    assert client.post("/webhooks/postmark?key=wrong", json=bounce).status_code == 403
    assert not Ledger.from_config(cfg).is_suppressed("cleo.fan@example.org")
    assert client.post("/webhooks/postmark?key=hook-secret", json=bounce).status_code == 200
    assert statuses(cfg)["cleo.fan@example.org"] == "bounced"


@contextlib.contextmanager
def running(cfg):
    """The public pages served as `newsletter serve` serves them, on a free loopback port; yields the base URL."""
    from newsletter.serving import make_server
    server = make_server(cfg, "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # Closed from its own loop thread (the listener, the trigger and kept-alive connections), which then ends.
        try:
            server.trigger.pull_trigger(lambda: [channel.close() for channel in list(server._map.values())])
        except OSError:  # its wake-up pipe is gone: the loop has closed down already
            server.close()
        thread.join(5)
        assert not thread.is_alive()


def test_against_the_running_server(env):
    cfg, app, _ = env
    with running(cfg) as base:
        s = requests.Session()
        form = s.get(base + "/subscribe", timeout=5)
        assert form.status_code == 200 and "nl_csrf" in s.cookies
        t = token_for(cfg, "eli.couch@example.org")
        r = requests.post(base + "/unsubscribe?t=" + t, data={"List-Unsubscribe": "One-Click"}, timeout=5,
                          allow_redirects=False)
        assert r.status_code == 200
        assert statuses(cfg)["eli.couch@example.org"] == "unsubscribed"


def test_wsgi_factory_reads_the_config_named_in_the_environment(project, monkeypatch):
    from newsletter.public import app_from_env
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    monkeypatch.setenv("NEWSLETTER_CONFIG", str(project / "config.toml"))
    resp = app_from_env().test_client().get("/subscribe")
    assert resp.status_code == 200 and "TV Talk Weekly" in resp.text


def test_unsubscribe_records_by_the_token_whatever_the_store_says(env):
    cfg, _, _ = env
    store = SubscriberStore.from_config(cfg)
    ada = store.get("ada.reader@example.org")
    assert store.remove(ada.email)  # the link outlives the row (an editor removed it by mistake)
    with running(cfg) as base:
        t = token_for(cfg, "ada.reader@example.org")
        r = requests.post(base + "/unsubscribe?t=" + t, data={"List-Unsubscribe": "One-Click"}, timeout=5)
        assert r.status_code == 200 and "unsubscribed" in r.text
    ledger = Ledger.from_config(cfg)
    assert ledger.is_suppressed("ada.reader@example.org") and ledger.is_suppressed("Ada.Reader@Example.org")
    assert not ledger.is_suppressed("bo.watcher@example.org")
    store.add(change(ada.email, ada.name, ada.timezone, ada.shows, "active"))  # and put it back later
    from newsletter.deliver import send_issue
    from newsletter.build import build
    build(cfg, "2026-W48")
    report = send_issue(cfg, "2026-W48")
    assert report.counts.sent == 3 and report.counts.skipped == 1
    assert not any("ada.reader" in p.name for p in (cfg.resolve("outbox") / "2026-W48").glob("*.eml"))
