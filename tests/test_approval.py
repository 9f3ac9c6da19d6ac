"""Approval: with approval required nothing goes out before an editor approves that very content."""

import email
import os
import re
import subprocess
import sys
from datetime import datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest
import requests

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.errors import NotApproved

from .conftest import WEEK, write
from .test_public import SECRET, running

NY = ZoneInfo("America/New_York")
EDITORS = ["ed.one@example.org", "ed.two@example.org"]


@pytest.fixture
def required(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    config = project / "config.toml"
    config.write_text(config.read_text().replace('approval = "auto"', 'approval = "required"')
                      .replace("editors = []", f"editors = {EDITORS!r}".replace("'", '"')))
    return project


def run(args, cwd):
    """The real command in a subprocess, with the signing key the served pages use."""
    return subprocess.run([sys.executable, "-m", "newsletter", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NEWSLETTER_SECRET": SECRET})


def outbox(project, week=WEEK):
    return sorted((project / "outbox" / week).glob("*.eml"))


def body(path, kind="plain") -> str:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default).get_body((kind,)).get_content()


def test_nothing_is_sent_before_approve_and_then_exactly_what_was_approved(required):
    cfg = load_config(required / "config.toml")
    build(cfg, WEEK)
    with pytest.raises(NotApproved, match="waiting for an editor's approval"):
        send_issue(cfg, WEEK)
    assert outbox(required) == []
    refused = run(["send", "--week", WEEK], required)
    assert refused.returncode == 1 and "waiting for an editor's approval" in refused.stderr
    assert "newsletter approve --week 2026-W48" in refused.stderr and outbox(required) == []
    approved = run(["approve", "--week", WEEK], required)
    assert approved.returncode == 0, approved.stderr
    assert approved.stdout.startswith(f"Approved {WEEK} (content ")
    assert send_issue(cfg, WEEK).counts.sent == 4 and len(outbox(required)) == 4


def test_an_approval_does_not_cover_a_changed_issue(required):
    cfg = load_config(required / "config.toml")
    build(cfg, WEEK)
    assert run(["approve", "--week", WEEK], required).returncode == 0
    mara = required / "content" / "2026-11-23-mara-quinlan.txt"
    mara.write_text(mara.read_text().replace("We shot the kitchen scene eleven times", "We shot it twice"))
    build(cfg, WEEK)  # the rebuild changes what would go out
    with pytest.raises(NotApproved, match="changed after it was approved"):
        send_issue(cfg, WEEK)
    assert outbox(required) == []
    assert run(["approve", "--week", WEEK], required).returncode == 0
    assert send_issue(cfg, WEEK).counts.sent == 4
    assert "We shot it twice" in body(outbox(required)[0])


def test_approve_refuses_a_week_never_built(required):
    result = run(["approve", "--week", WEEK], required)
    assert result.returncode == 1 and "has not been built" in result.stderr and "Traceback" not in result.stderr


def review_link(project, editor) -> str:
    (eml,) = (project / "outbox" / f"{WEEK}-approve").glob(f"{editor}.eml")
    text = body(eml)
    return text, re.search(r"https://tvtalk\.example\.org(/approve\?t=[A-Za-z0-9_.-]+)", text).group(1)


def test_the_editors_get_the_issue_with_its_doubts_and_a_link_that_approves_by_post_once(required):
    write(required / "content" / "2026-11-28-unsure.txt",
          "date 2026-11-28 Q: Why now?\n\nA: Because the story finally caught up with the character I play.")
    cfg = load_config(required / "config.toml")
    asked = run(["approve", "--week", WEEK, "--request"], required)
    assert asked.returncode == 0, asked.stderr
    assert "ed.one@example.org, ed.two@example.org" in asked.stdout
    text, path = review_link(required, "ed.one@example.org")
    assert "What the program was unsure of:" in text
    assert "2026-11-28-unsure.txt: interviewee unknown (confidence" in text and "no pull-quotes" in text
    assert "We shot the kitchen scene eleven times" in text  # the issue itself follows
    _, other = review_link(required, "ed.two@example.org")
    assert other != path  # each editor their own link
    with running(cfg) as base:
        page = requests.get(base + path, timeout=5)
        assert page.status_code == 200 and '<form method="post" action="/approve">' in page.text
        with pytest.raises(NotApproved):  # opening the page approves nothing (mail scanners open links)
            send_issue(cfg, WEEK)
        token = path.split("t=", 1)[1]
        forged = requests.post(base + "/approve", data={"t": token[:-2] + "AA"}, timeout=5)
        assert forged.status_code == 400 and "signature" in forged.text
        done = requests.post(base + "/approve", data={"t": token}, timeout=5)
        assert done.status_code == 200 and "is approved" in done.text
        again = requests.post(base + "/approve", data={"t": token}, timeout=5)
        assert again.status_code == 400 and "already been used" in again.text
    assert send_issue(cfg, WEEK).counts.sent == 4


def test_the_schedule_asks_ahead_holds_unapproved_and_sends_once_approved(required):
    from newsletter.scheduler import approval_round, weekly_issue

    config = str(required / "config.toml")
    early = approval_round(config, now=datetime(2026, 11, 28, 9, tzinfo=NY))  # 47 hours ahead: too early
    assert early.outcome == "idle" and not (required / "outbox" / f"{WEEK}-approve").exists()
    asked = approval_round(config, now=datetime(2026, 11, 29, 9, tzinfo=NY))  # 23 hours before Monday 08:00
    assert asked.outcome == "requested" and asked.detail["editors"] == 2
    assert approval_round(config, now=datetime(2026, 11, 29, 10, tzinfo=NY)).outcome == "idle"  # asked once
    held = weekly_issue(config, now=datetime(2026, 11, 30, 8, tzinfo=NY))
    assert held.outcome == "held" and outbox(required) == []
    notes = list((required / "outbox" / f"{WEEK}-note").glob("*.eml"))
    assert {n.name for n in notes} == {f"{e}.eml" for e in EDITORS}
    assert "waiting for an editor's approval" in body(notes[0])
    assert approval_round(config, now=datetime(2026, 11, 30, 9, tzinfo=NY)).outcome != "sent"
    assert run(["approve", "--week", WEEK], required).returncode == 0
    sent = approval_round(config, now=datetime(2026, 11, 30, 10, tzinfo=NY))
    assert sent.outcome == "sent" and sent.detail["sent"] == 4 and len(outbox(required)) == 4
