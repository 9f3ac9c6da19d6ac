import json
import os
from datetime import datetime
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsletter.cli import cli

from .conftest import REPO, WEEK, minimal_config, write


def run(args, cwd):
    """The real command in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "newsletter", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NEWSLETTER_SECRET": ""})


def test_build_then_send_on_the_sample_content(project):
    built = run(["build", "--week", WEEK], project)
    assert built.returncode == 0, built.stderr
    out = project / "build" / WEEK
    assert built.stdout.splitlines() == [
        f"Built {WEEK}: 5 interviews, 10 pull-quotes, 4 airings",
        f"  build/{WEEK}/issue.html", f"  build/{WEEK}/issue.txt", f"  build/{WEEK}/issue.json",
        f"  build/{WEEK}/artefact.json", f"  build/{WEEK}/calendar/ (3 calendar files)"]
    assert len(list((out / "calendar").glob("*.ics"))) == 3
    data = json.loads((out / "issue.json").read_text())
    assert data["week"] == WEEK and data["period"] == {"start": "2026-11-23", "end": "2026-11-29"}
    assert len(data["interviews"]) == 5
    txt = (project / "content" / "2026-11-23-mara-quinlan.txt").read_text()
    body = txt.split(" ", 2)[2].strip()
    wire = next(i for i in data["interviews"] if i["source"].endswith("mara-quinlan.txt"))
    assert wire["interviewee"] == "Mara Quinlan" and wire["show"] == "Harbor Lights"
    for q in wire["pull_quotes"]:
        assert body[q["start"]:q["end"]] == q["text"]
        assert q["speaker"] == "Mara Quinlan"
    harbor = next(a for a in data["air_dates"] if a["show"] == "Harbor Lights")
    assert harbor == {"show": "Harbor Lights", "network": "NBC", "kind": "recurring",
                      "start": "2026-12-02T22:00:00-05:00", "date": None, "weekday": "Wednesday",
                      "local_time": "22:00", "tz": "America/New_York",
                      "sentence": "Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.", "source": "text",
                      "episode": None}
    html = (out / "issue.html").read_text()
    assert "We shot the kitchen scene eleven times" in html and "NLTOKEN" not in html
    sent = run(["send", "--week", WEEK], project)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == f"{WEEK}: sent 4, failed 0, skipped 0, remaining 0"
    assert "development signing key" in sent.stderr
    assert len(list((project / "outbox" / WEEK).glob("*.eml"))) == 4
    started = json.loads((out / "sent.json").read_text())["started"]
    again = run(["send", "--week", WEEK], project)
    on = datetime.fromisoformat(started).strftime("%Y-%m-%d %H:%M UTC")
    assert again.stdout.strip() == f"{WEEK}: sent 0 — already sent on {on} (4 sent, 0 failed, 0 skipped)"
    assert len(list((project / "outbox" / WEEK).glob("*.eml"))) == 4
    status = run(["send", "--week", WEEK, "--status"], project)
    assert status.stdout.strip() == f"{WEEK}: pending 0, sending 0, sent 4, failed 0, skipped 0, unknown 0"


def test_bad_config_exits_2_with_every_problem_and_no_traceback(tmp_path):
    minimal_config(tmp_path, '[delivery]\nprovider = "pigeon"\n[delivery.smtp]\nport = "25a"\n')
    result = run(["build"], tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert 'delivery.provider: expected one of outbox, smtp, postmark, sendgrid, mailgun, resend, got "pigeon"' \
        in result.stderr
    assert 'delivery.smtp.port: expected an integer, got "25a"' in result.stderr


def test_missing_config_exits_2(tmp_path):
    result = run(["build"], tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: config file config.toml not found")


def test_unreadable_content_is_a_warning_and_the_build_goes_on(tmp_path):
    minimal_config(tmp_path)
    write(tmp_path / "content" / "good.txt", "date 2026-11-24 Q: Why?\n\nA: Because I love the work and the crew.")
    (tmp_path / "content" / "bad.txt").write_bytes(b"date 2026-11-24 \x00\x01\x02")
    result = run(["build", "--week", WEEK], tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert f"Warning: {tmp_path / 'content' / 'bad.txt'}: binary file, not text" in result.stderr
    assert result.stdout.startswith(f"Built {WEEK}: 1 interview, 0 pull-quotes, 0 airings (4 warnings)\n")
    strict = run(["build", "--week", WEEK, "--strict"], tmp_path)
    assert strict.returncode == 1 and "bad.txt" in strict.stderr and "Traceback" not in strict.stderr


def test_bad_week_is_a_clear_error(project):
    result = run(["build", "--week", "2026-48"], project)
    assert result.returncode == 1
    assert result.stderr.strip() == 'Error: "2026-48" is not an ISO week (write the week as YYYY-Www, for example 2026-W48)'


def test_inspect_json_carries_turns_and_pull_quotes():
    result = CliRunner().invoke(cli, ["inspect", str(REPO / "content" / "2026-11-23-mara-quinlan.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"title", "date", "source", "outlet", "interviewee", "show", "pull_quotes", "turns", "air_dates"} <= set(data)
    assert [t["role"] for t in data["turns"]][:3] == ["narration", "interviewer", "interviewee"]
    assert data["pull_quotes"][0]["reasons"]


def test_inspect_text_shows_reasons_and_air_dates():
    result = CliRunner().invoke(cli, ["inspect", str(REPO / "content" / "2026-11-24-dev-okafor.md")])
    assert result.exit_code == 0
    assert "Interviewee: Dev Okafor" in result.output
    assert "first person" in result.output
    assert "Night Desk · CBS · recurring · Thursday 21:00 America/New_York" in result.output


def test_dry_run_and_test_send(project):
    dry = run(["send", "--week", WEEK, "--dry-run"], project)
    assert "would send" in dry.stdout and "to 4 subscribers in 4 variants" in dry.stdout
    assert "(1 inactive or suppressed)" in dry.stdout
    assert not (project / "outbox").exists()
    test = run(["send", "--week", WEEK, "--to", "editor@example.org"], project)
    assert test.returncode == 0, test.stderr
    eml = (project / "outbox" / f"{WEEK}-test" / "editor@example.org.eml").read_text()
    assert "Subject: [TEST] TV Talk Weekly" in eml


def test_dry_run_describes_the_stored_build_that_send_delivers(project):
    import shutil

    assert run(["build", "--week", WEEK], project).returncode == 0
    built_subject = run(["send", "--week", WEEK, "--dry-run"], project).stdout.split('"')[1]
    next(p for p in sorted((project / "content").iterdir()) if "okafor" in p.name).unlink()
    shutil.rmtree(project / "build")  # a web node or a new machine: no build folder, the database has the issue
    dry = run(["send", "--week", WEEK, "--dry-run"], project)
    assert dry.returncode == 0, dry.stderr
    assert f'would send "{built_subject}"' in dry.stdout  # not an issue gathered afresh without Dev Okafor


COMMANDS = [[name] for name in sorted(cli.commands)] + [
    [name, sub] for name, group in sorted(cli.commands.items()) if hasattr(group, "commands")
    for sub in sorted(group.commands)]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_an_example_and_a_readme_entry(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    readme = (REPO / "README.md").read_text()
    assert f"newsletter {command[0]}" in readme
    assert len(command) == 1 or command[1] in readme.split(f"newsletter {command[0]}", 1)[1][:600]


def test_one_impossible_date_is_a_warning_and_the_issue_still_builds(project):
    write(project / "content" / "2026-11-25-typo.md", "---\ndate: 2026-11-31\n---\nText.\n")
    built = run(["build", "--week", WEEK], project)
    assert built.returncode == 0 and "Traceback" not in built.stderr
    assert "2026-11-25-typo.md: front matter is not valid: day is out of range for month" in built.stderr
    assert built.stdout.startswith(f"Built {WEEK}: 5 interviews")
