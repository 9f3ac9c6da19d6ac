"""`newsletter serve` as the internet meets it: the production server, its headers, its log, its key."""

import logging
import os
import socket
import subprocess
import sys
import threading
import time

import requests

from newsletter.config import load_config

from .test_public import SECRET, running, token_for


def test_security_headers_on_every_page(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    cfg = load_config(project / "config.toml")
    from newsletter.build import build
    build(cfg, "2026-W48")
    with running(cfg) as base:
        for path in ("/", "/subscribe", "/archive/", "/archive/2026-W48/issue.html", "/unsubscribe?t=bad",
                     "/no-such-page"):
            resp = requests.get(base + path, timeout=5)
            assert resp.headers["X-Content-Type-Options"] == "nosniff", path
            assert resp.headers["Referrer-Policy"] == "no-referrer", path
            assert "default-src 'none'" in resp.headers["Content-Security-Policy"], path
        hook = requests.post(base + "/webhooks/postmark", json={}, timeout=5)
        assert hook.status_code == 403 and hook.headers["X-Content-Type-Options"] == "nosniff"


def test_half_sent_requests_hold_no_threads_and_are_dropped_after_the_timeout(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    config = project / "config.toml"
    config.write_text(config.read_text().replace("timeout = 30", "timeout = 2"))
    cfg = load_config(config)
    with running(cfg) as base:
        port = int(base.rsplit(":", 1)[1])
        threads_before = threading.active_count()
        stalled = []
        for _ in range(60):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(b"POST /subscribe HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nemail=a")
            stalled.append(sock)
        started = time.monotonic()
        assert requests.get(base + "/subscribe", timeout=5).status_code == 200
        assert time.monotonic() - started < 2
        assert threading.active_count() <= threads_before + cfg.server.threads
        stalled[0].settimeout(10)
        started = time.monotonic()
        assert stalled[0].recv(100) == b""  # the server hung up on the stalled request
        assert time.monotonic() - started < 6
        for sock in stalled:
            sock.close()


def test_access_log_never_shows_tokens_or_secrets(project, monkeypatch, caplog):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    monkeypatch.setenv("NEWSLETTER_WEBHOOK_SECRET", "hook-secret")
    cfg = load_config(project / "config.toml")
    token = token_for(cfg, "ada.reader@example.org")
    with caplog.at_level(logging.INFO, logger="newsletter.access"), running(cfg) as base:
        requests.get(base + "/unsubscribe?t=" + token, timeout=5)
        requests.get(base + f"/preferences?x=1&t={token}", timeout=5)
        requests.post(base + "/webhooks/postmark?key=hook-secret", json={}, timeout=5)
    lines = [r.getMessage() for r in caplog.records if r.name == "newsletter.access"]
    assert len(lines) == 3
    assert '"GET /unsubscribe?t=[redacted]" 200' in lines[0] and "/preferences?x=1&t=[redacted]" in lines[1]
    assert '"POST /webhooks/postmark?key=[redacted]" 200' in lines[2]
    assert token not in caplog.text and "hook-secret" not in caplog.text


def serve_command(project, host, secret):
    env = {**os.environ, "NEWSLETTER_SECRET": secret, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "newsletter", "serve", "--host", host, "--port", "0"], cwd=project,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_refuses_a_public_address_without_the_signing_secret(project):
    proc = serve_command(project, "0.0.0.0", "")
    try:
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 2 and "Traceback" not in err and "Serving" not in out
    assert "NEWSLETTER_SECRET is not set" in err and "0.0.0.0" in err


def test_serve_on_loopback_without_the_secret_warns_and_serves(project):
    proc = serve_command(project, "127.0.0.1", "")
    try:
        line = proc.stdout.readline()
        assert line.startswith("Serving TV Talk Weekly at http://127.0.0.1:")
        assert requests.get(line.split(" at ")[1].split("/ ")[0] + "/subscribe", timeout=5).status_code == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "NEWSLETTER_SECRET is not set; links are signed with the development key" in err


def test_serve_with_the_secret_listens_on_a_public_address(project):
    proc = serve_command(project, "0.0.0.0", SECRET)
    try:
        line = proc.stdout.readline()
        assert line.startswith("Serving TV Talk Weekly at http://0.0.0.0:")
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "development key" not in err


def _confirm_link(project) -> str:
    import email
    import re
    from email import policy

    (eml,) = (project / "outbox" / "confirmations").glob("*.eml")
    text = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    return re.search(r"(\S+/confirm\?t=\S+)", text).group(1)


def _subscribe_through(base: str, address: str) -> requests.Session:
    import re

    s = requests.Session()
    form = s.get(base + "/subscribe", timeout=5)
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    # Given back by hand: behind an https public URL the cookie is Secure, and this test talks plain http.
    sent = s.post(base + "/subscribe", data={"email": address, "csrf": token}, cookies=dict(form.cookies), timeout=5)
    assert sent.status_code == 200
    return s


def test_with_the_outbox_serve_says_where_confirmations_go_and_their_links_work_here(project):
    proc = serve_command(project, "127.0.0.1", "")
    try:
        serving, where = proc.stdout.readline(), proc.stdout.readline()
        base = serving.split(" at ")[1].split("/ ")[0]
        assert where.strip() == (f"Confirmation mails go to {project / 'outbox' / 'confirmations'}/ as .eml files "
                                 f"(the outbox provider mails nobody); their links point at {base}/")
        session = _subscribe_through(base, "local.fan@example.org")
        link = _confirm_link(project)
        assert link.startswith(base + "/confirm?t=")
        page = session.get(link, timeout=5)
        assert page.status_code == 200 and "<button" in page.text
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_public_url_sets_where_confirmation_links_point(project):
    env = {**os.environ, "NEWSLETTER_SECRET": "", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "newsletter", "serve", "--port", "0", "--public-url",
                             "https://tunnel.example.net/news/"], cwd=project, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        base = proc.stdout.readline().split(" at ")[1].split("/ ")[0]
        assert proc.stdout.readline().strip().endswith("their links point at https://tunnel.example.net/news/")
        _subscribe_through(base, "far.fan@example.org")
        assert _confirm_link(project).startswith("https://tunnel.example.net/news/confirm?t=")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    bad = subprocess.run([sys.executable, "-m", "newsletter", "serve", "--port", "0", "--public-url",
                          "http://news.example.org"], cwd=project, env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert '--public-url: "http://news.example.org" is not a plain https URL' in bad.stderr


def test_healthz_answers_while_the_state_database_does(project, monkeypatch):
    from newsletter.public import create_app

    cfg = load_config(project / "config.toml")
    client = create_app(cfg).test_client()
    ok = client.get("/healthz")
    assert ok.status_code == 200 and ok.get_json() == {"status": "ok"}
    db = cfg.resolve(cfg.state.path)
    from newsletter.state import dispose_engines
    dispose_engines()
    db.unlink()
    db.mkdir()  # a folder where the database file was: nothing can open it
    down = client.get("/healthz")
    assert down.status_code == 503 and down.get_json()["status"] == "unavailable"
