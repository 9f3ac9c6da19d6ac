"""One plan of the issue from build to inbox: send delivers the built artefact, folds hold everywhere,
and the quick checks stand before every send."""

import email
import json
import re
import shutil
from datetime import datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.errors import DeliveryError, IssueRefused
from newsletter.subscribers import SubscriberStore, change

from .conftest import WEEK, write

NY = ZoneInfo("America/New_York")
MARA = "2026-11-23-mara-quinlan.txt"


def html_part(path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return msg.get_body(("html",)).get_content()


def plain_reader(cfg) -> str:
    """A subscriber with no time zone and no shows: they get the default variant, the one build writes."""
    SubscriberStore.from_config(cfg).add(change("plain@example.org", "Plain Reader"))
    return "plain@example.org"


def test_send_after_build_delivers_the_built_issue_even_when_content_changed(project):
    cfg = load_config(project / "config.toml")
    reader = plain_reader(cfg)
    built = build(cfg, WEEK)
    mara = project / "content" / MARA
    mara.write_text(mara.read_text().replace("We shot the kitchen scene eleven times", "We shot the kitchen scene twice"))
    write(project / "content" / "2026-11-28-late.txt",
          "date 2026-11-28 Screen Weekly: Anything else?\n\nNia Vale: I wrote the whole second act of my memoir "
          "on the ferry between takes.")
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 5
    sent = html_part(project / "outbox" / WEEK / f"{reader}.eml")
    # The per-subscriber token is the only difference from the built (public) copy; mail's line ends are CRLF.
    assert re.sub(r"\?t=[A-Za-z0-9_.-]{50}", "", sent).replace("\r\n", "\n") == (built.out_dir / "issue.html").read_text()
    assert "kitchen scene eleven times" in sent and "scene twice" not in sent and "memoir" not in sent


def test_send_of_a_week_never_built_builds_it_first_as_build_would(project, tmp_path):
    cfg = load_config(project / "config.toml")
    send_issue(cfg, WEEK)
    out = project / "build" / WEEK
    sent_json = (out / "issue.json").read_text()
    artefact = json.loads((out / "artefact.json").read_text())
    (out / "issue.json").unlink()
    (out / "artefact.json").unlink()
    again = build(cfg, WEEK)
    assert (out / "issue.json").read_text() == sent_json and again.hash == artefact["hash"]


def test_a_changed_template_after_the_build_is_refused_until_rebuilt(project):
    cfg = load_config(project / "config.toml")
    build(cfg, WEEK)
    write(project / "templates" / "_footer.mjml.j2",
          "<mj-section><mj-column><mj-text>New footer {{ links.unsubscribe }}</mj-text></mj-column></mj-section>")
    with pytest.raises(DeliveryError, match="no longer renders as it was built") as refused:
        send_issue(cfg, WEEK)
    # Read from the state database, so the message names no folder.
    assert "(kept in the state database)" in refused.value.message and "build/" not in refused.value.message
    assert not (project / "outbox" / WEEK).exists()
    build(cfg, WEEK)
    assert send_issue(cfg, WEEK).counts.sent == 4


def fold_w47_into_w48(project):
    from newsletter.scheduler import weekly_issue

    config = project / "config.toml"
    config.write_text(config.read_text().replace("min_interviews = 1", "min_interviews = 2"))
    write(project / "content" / "2026-11-18-early.txt",
          "date 2026-11-18 Q: Why now?\n\nA: Because the story finally caught up with the character I play.")
    assert weekly_issue(str(config), now=datetime(2026, 11, 23, 8, tzinfo=NY)).outcome == "folded"
    return load_config(config)


def test_a_folded_week_is_the_same_issue_in_build_preview_send_and_run(project):
    from newsletter.preview import Preview
    from newsletter.scheduler import weekly_issue

    cfg = fold_w47_into_w48(project)
    built = build(cfg, WEEK)
    data = json.loads((built.out_dir / "issue.json").read_text())
    assert data["period"] == {"start": "2026-11-16", "end": "2026-11-29"} and len(data["interviews"]) == 6
    preview = Preview(project / "config.toml", WEEK)
    assert preview.snapshot.issue.subject == built.issue.subject and len(preview.snapshot.issue.stories) == 6
    assert [s.interview.source for s in preview.snapshot.issue.stories] == [i["source"] for i in data["interviews"]]
    report = send_issue(cfg, WEEK)
    assert report.counts.sent == 4
    msg = email.message_from_bytes((project / "outbox" / WEEK / "bo.watcher@example.org.eml").read_bytes(),
                                   policy=policy.default)
    assert "Weeks of November 16" in msg.get_body(("plain",)).get_content()  # the label of two weeks
    run = weekly_issue(str(project / "config.toml"), now=datetime(2026, 11, 30, 8, tzinfo=NY))
    assert run.outcome == "sent" and run.detail["sent"] == 4  # the send was made: run sends nothing twice
    assert json.loads((built.out_dir / "issue.json").read_text()) == data


def test_a_failing_quick_check_is_refused_unless_forced(project):
    cfg = load_config(project / "config.toml")
    write(project / "templates" / "_footer.mjml.j2",
          '<mj-section><mj-column><mj-text><a href="http://insecure.example.org/">x</a> '
          "{{ links.unsubscribe }}</mj-text></mj-column></mj-section>")
    with pytest.raises(IssueRefused, match="fails its checks: links: .*not https: http://insecure"):
        send_issue(cfg, WEEK)
    assert not (project / "outbox" / WEEK).exists()
    report = send_issue(cfg, WEEK, force=True)
    assert report.counts.sent == 4 and any("links" in n and "--force" in n for n in report.notes)


def test_an_empty_week_is_not_sent_even_forced(project):
    cfg = load_config(project / "config.toml")
    with pytest.raises(IssueRefused, match="no interviews"):
        send_issue(cfg, "2026-W40", force=True)
    assert not (project / "outbox" / "2026-W40").exists()


def test_cli_send_reports_the_slow_checks_and_sends_the_built_issue(project):
    from .test_cli import run

    assert run(["build", "--week", WEEK], project).returncode == 0
    sent = run(["send", "--week", WEEK], project)
    assert sent.returncode == 0, sent.stderr
    assert "Check ok: spam score" in sent.stderr or "Check ok: spam score: skipped" in sent.stderr
    cached = json.loads((project / "build" / WEEK / "checks.json").read_text())
    assert cached["hash"] == json.loads((project / "build" / WEEK / "artefact.json").read_text())["hash"]
    assert {r["name"] for r in cached["results"]} >= {"spam score"}


def test_the_issue_is_sent_as_stored_in_the_database_by_a_machine_that_did_not_build_it(project):
    from newsletter.build import built_issue

    cfg = load_config(project / "config.toml")
    result = build(cfg, WEEK)
    shutil.rmtree(project / "build")  # the scheduler that built it went away with its disk
    artefact = built_issue(cfg, WEEK, followed=())  # stored: nothing is gathered, so no show is looked up
    assert artefact.hash == result.hash and not (project / "build" / WEEK).exists()  # not built again
    assert send_issue(cfg, WEEK, artefact=artefact).counts.sent == 4


def test_a_rebuild_replaces_the_stored_issue_whole(project):
    from newsletter.built_issues import BuiltIssues

    cfg = load_config(project / "config.toml")
    first = build(cfg, WEEK)
    write(project / "templates" / "_footer.mjml.j2",
          "<mj-section><mj-column><mj-text>New footer {{ links.unsubscribe }}</mj-text></mj-column></mj-section>")
    second = build(cfg, WEEK)
    store = BuiltIssues.from_config(cfg)
    assert first.hash != second.hash and store.artefact(WEEK).hash == second.hash
    assert b"New footer" in store.file(WEEK, "issue.html")
