"""The editor preview, served for real on a free local port."""

import re
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


def test_every_page_keeps_the_toolbar_and_the_sources_can_be_copied_or_downloaded(served):
    _, url, _ = served
    for page in ("/", "/source", "/mjml", "/interviews", "/checks", "/archive/"):
        text = requests.get(url + page, timeout=30).text
        for link in ('href="/"', 'href="/issue.txt"', 'href="/source"', 'href="/mjml"', 'href="/interviews"',
                     'href="/checks"', 'href="/archive/"'):
            assert link in text, (page, link)
    mjml = requests.get(url + "/mjml", timeout=5).text
    assert "&lt;mjml lang=&quot;en&quot;&gt;" in mjml and "Copy</button>" in mjml
    assert "&lt;!doctype html&gt;" in requests.get(url + "/source", timeout=5).text
    download = requests.get(url + "/issue.html?download=1", timeout=5)
    assert download.headers["Content-Disposition"] == f'attachment; filename="{WEEK}.html"'
    assert download.text == requests.get(url + "/issue.html", timeout=5).text
    assert "Content-Disposition" not in requests.get(url + "/issue.html", timeout=5).headers


@pytest.mark.parametrize("asked, shown", [("414", 414), ("1000", 1000), ("100", 320), ("99999", 1200), ("x", 600)])
def test_any_width_from_a_small_phone_to_a_wide_pane(served, asked, shown):
    _, url, _ = served
    shell = requests.get(url + f"/?width={asked}", timeout=5).text
    assert f'<iframe title="The issue" style="width:{shown}px"' in shell
    assert f'name="width" min="320" max="1200" value="{shown}"' in shell


def test_the_checks_page_lists_every_spamassassin_rule_that_fired(served):
    import shutil

    from .test_email_quality import require

    require(shutil.which("spamassassin"), "spamassassin")
    _, url, _ = served
    checks = requests.get(url + "/checks", timeout=60).text
    line = checks.split("<b>spam score</b>: ", 1)[1].split("</li>", 1)[0]
    assert re.match(r"-?\d+\.\d points; rules: ([A-Z][A-Z0-9_]+ [+-]\d+\.\d(, )?)+$", line), line


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


def act(url, token, **fields):
    return requests.post(url + "/act", data={"token": token, **fields}, timeout=30, allow_redirects=False)


def test_a_pin_made_in_the_preview_shows_in_the_next_build(served):
    import json

    from newsletter.build import build
    from newsletter.config import load_config

    project, url, preview = served
    page = requests.get(url + "/interviews", timeout=5).text
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    source = next(s.interview.source for s in preview.snapshot.issue.stories if s.interview.source.endswith(".txt"))
    runner = "Once, for the jump onto the pier, and I regretted it immediately."
    assert runner in (project / "content" / "2026-11-23-mara-quinlan.txt").read_text()
    done = act(url, token, action="pin", source=source, value=runner)
    assert done.status_code == 303
    assert act(url, token, action="show", source=source, value="Harbor Lights: Reckoning").status_code == 303
    overrides = (project / "content" / "overrides.toml").read_text()
    assert runner in overrides and "Harbor Lights: Reckoning" in overrides
    assert wait_for(lambda: "jump onto the pier" in requests.get(url + "/issue.html", timeout=5).text)
    built = build(load_config(project / "config.toml"), WEEK)
    mara = next(i for i in json.loads((built.out_dir / "issue.json").read_text())["interviews"]
                if i["source"] == source)
    assert mara["pull_quotes"][0]["text"] == runner and mara["show"] == "Harbor Lights: Reckoning"
    from click.testing import CliRunner

    from newsletter.cli import cli
    shown = CliRunner().invoke(cli, ["inspect", source])
    assert "[pinned]" in shown.output and "Show:        Harbor Lights: Reckoning" in shown.output


def test_actions_need_the_form_token_this_host_and_a_file_of_the_issue(served):
    project, url, preview = served
    source = preview.snapshot.issue.stories[0].interview.source
    assert act(url, "forged", action="ban", source=source, value="x" * 20).status_code == 403
    token = preview.form_token
    rebound = requests.post(url + "/act", data={"token": token, "action": "ban", "source": source, "value": "x"},
                            headers={"Host": "evil.example:80"}, timeout=5, allow_redirects=False)
    assert rebound.status_code == 403
    cross = requests.post(url + "/act", data={"token": token, "action": "ban", "source": source, "value": "x"},
                          headers={"Origin": "http://evil.example"}, timeout=5, allow_redirects=False)
    assert cross.status_code == 403
    outside = act(url, token, action="ban", source=str(project / "config.toml"), value="anything")
    assert outside.status_code == 400 and "not a content file of this issue" in outside.text
    assert not (project / "content" / "overrides.toml").exists()


def test_approve_from_the_preview_builds_and_approves_what_is_shown(served):
    from newsletter.artefact import load_artefact
    from newsletter.config import load_config
    from newsletter.gate import approval_of

    project, url, preview = served
    assert act(url, preview.form_token, action="approve").status_code == 303
    cfg = load_config(project / "config.toml")
    built = load_artefact(project / "build" / WEEK)
    assert built is not None and approval_of(cfg, WEEK) == built.hash
    assert built.issue.subject == preview.snapshot.issue.subject
def test_the_preview_shows_every_warning_and_the_files_it_skipped(served):
    project, url, preview = served
    (project / "content" / "2026-11-25-broken.txt").write_bytes(b"date 2026-11-25 \x00\x01\x02")
    write(project / "content" / "2026-11-26-typo.md", "---\ndate: 2026-11-31\n---\nText.\n")
    assert wait_for(lambda: "2026-11-26-typo.md" in requests.get(url + "/", timeout=5).text)
    shell = requests.get(url + "/", timeout=5).text
    assert f"{project / 'content' / '2026-11-25-broken.txt'}: binary file, not text" in shell
    assert "2026-11-26-typo.md: front matter is not valid: day is out of range for month" in shell
    shown = shell.split('class="warnings"', 1)[1].split("</details>", 1)[0]
    assert shown.count("<li>") == len(preview.snapshot.warnings) >= 2
    assert f"<b>{len(preview.snapshot.warnings)} warnings</b>" in shown


def test_preview_and_inspect_pick_as_the_issue_does(project):
    """One way to select: with word limits other than the defaults, the issue, `inspect` and the preview's
    interviews page pick the same pull-quotes, and the page offers no candidate the limits rule out."""
    import html as html_lib
    import json

    from click.testing import CliRunner

    from newsletter.assemble import pick_quotes
    from newsletter.build import build
    from newsletter.cli import cli
    from newsletter.config import QuotesSection, load_config

    config = project / "config.toml"
    text = config.read_text()
    config.write_text(text.replace("\nmin_words = 8\n", "\nmin_words = 6\n").replace("\nmax_words = 35\n",
                                                                                     "\nmax_words = 14\n"))
    built = build(load_config(config), WEEK)
    issue = {i["source"]: [q["text"] for q in i["pull_quotes"]]
             for i in json.loads((built.out_dir / "issue.json").read_text())["interviews"]}
    stories = {s.interview.source: s for s in built.issue.stories}
    assert any([q.text for q in pick_quotes(s.understanding, QuotesSection()).picks] != issue[src]
               for src, s in stories.items()), "the limits must change some pick, or this test shows nothing"
    for source, picks in issue.items():
        shown = CliRunner().invoke(cli, ["inspect", source, "--json", "--config", str(config)])
        assert shown.exit_code == 0, shown.output
        assert [q["text"] for q in json.loads(shown.output)["pull_quotes"]] == picks, source

    preview = Preview(config, WEEK, interval=0.05)
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = requests.get(f"http://127.0.0.1:{server.server_address[1]}/interviews", timeout=10).text
    finally:
        server.shutdown()
        server.server_close()
    items = [(kind, html_lib.unescape(t)) for kind, t in
             re.findall(r'<li class="(pick|runner)"><b>[^<]*</b> (.*?)<br>', page)]
    assert sorted(t for kind, t in items if kind == "pick") == sorted(q for picks in issue.values() for q in picks)
    assert items and all(6 <= len(t.split()) <= 14 for _, t in items)


def test_send_me_a_test_mails_the_issue_as_shown_to_one_address(served):
    import email
    from email import policy

    project, url, _ = served
    page = requests.get(url + "/", timeout=5).text
    assert 'name="action" value="send_test"' in page and "Send me a test</button>" in page
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    done = act(url, token, action="send_test", value="editor@tvtalk.example.org")
    assert done.status_code == 303 and done.headers["Location"].startswith("/?done=Sent%20a%20test%20copy")
    shell = requests.get(url + done.headers["Location"], timeout=5).text
    assert f"Sent a test copy of {WEEK} to editor@tvtalk.example.org through outbox" in shell
    (sent,) = (project / "outbox").rglob("editor@tvtalk.example.org.eml")
    msg = email.message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith("[TEST] TV Talk Weekly") and msg["To"] == "editor@tvtalk.example.org"
    bad = act(url, token, action="send_test", value="not an address")
    assert bad.status_code == 400 and "give a full email address" in bad.text
    assert act(url, "stale", action="send_test", value="editor@tvtalk.example.org").status_code == 403
