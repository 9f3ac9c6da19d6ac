"""The editor preview, served for real on a free local port."""

import threading
import time

import pytest
import requests

from newsletter.preview import Preview, make_server

from .conftest import WEEK, write


@pytest.fixture
def served(project):
    preview = Preview(project / "config.toml", WEEK, interval=0.05)
    server = make_server(preview, "127.0.0.1", 0)
    threads = [threading.Thread(target=server.serve_forever, daemon=True),
               threading.Thread(target=preview.watch, daemon=True)]
    for t in threads:
        t.start()
    yield project, f"http://127.0.0.1:{server.server_address[1]}", preview
    preview.stop()
    server.shutdown()
    server.server_close()


def wait_for(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_pages_are_served(served):
    project, url, _ = served
    shell = requests.get(url + "/", timeout=5)
    assert shell.status_code == 200 and "Phone 375" in shell.text and "Ada Reader" in shell.text
    issue = requests.get(url + "/issue.html", timeout=5).text
    assert "We shot the kitchen scene eleven times" in issue
    assert "@media all" in requests.get(url + "/issue.html?dark=1", timeout=5).text
    assert "ON AIR THIS WEEK" in requests.get(url + "/issue.txt", timeout=5).text
    assert "&lt;mjml" not in requests.get(url + "/source", timeout=5).text
    interviews = requests.get(url + "/interviews", timeout=5).text
    assert 'class="pick"' in interviews and 'class="runner"' in interviews
    checks = requests.get(url + "/checks", timeout=30).text
    assert "size" in checks and "spam score" in checks
    assert requests.get(url + "/nope", timeout=5).status_code == 404


def test_subscriber_view_uses_their_time_zone_and_shows(served):
    _, url, _ = served
    text = requests.get(url + "/issue.txt?subscriber=bo.watcher@example.org", timeout=5).text
    assert "(7 p.m. PT)" in text
    cleo = requests.get(url + "/issue.txt?subscriber=cleo.fan@example.org", timeout=5).text
    assert cleo.index("Ridgeline") < cleo.index("Harbor Lights")  # the show she follows comes first


def test_editing_a_template_rebuilds_and_a_broken_one_keeps_the_last_good_issue(served):
    project, url, preview = served
    before = preview.version
    write(project / "templates" / "_footer.mjml.j2",
          "<mj-section><mj-column><mj-text>Edited footer {{ links.unsubscribe }}</mj-text></mj-column></mj-section>")
    assert wait_for(lambda: "Edited footer" in requests.get(url + "/issue.html", timeout=5).text)
    assert preview.version > before
    write(project / "templates" / "_footer.mjml.j2", "<mj-section>{{ broken( }}</mj-section>")
    assert wait_for(lambda: requests.get(url + "/__version", timeout=5).json()["error"])
    assert "_footer.mjml.j2" in requests.get(url + "/__version", timeout=5).json()["error"]
    assert "Edited footer" in requests.get(url + "/issue.html", timeout=5).text
    assert "The last rebuild failed" in requests.get(url + "/", timeout=5).text


def test_new_content_appears(served):
    project, url, _ = served
    write(project / "content" / "2026-11-28-new.txt",
          "date 2026-11-28 Screen Weekly: What changed?\n\n"
          "Nia Vale: Everything about my character changed in one brutal afternoon.")
    assert wait_for(lambda: "one brutal afternoon" in requests.get(url + "/interviews", timeout=5).text)


def test_binds_to_loopback_by_default(served):
    _, url, _ = served
    assert url.startswith("http://127.0.0.1:")


def test_port_in_use_is_a_clear_error(project):
    import socket
    import subprocess
    import sys
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "newsletter", "preview", "--week", WEEK, "--port", str(port)],
                             cwd=project, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "--port" in out.stderr
