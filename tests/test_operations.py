"""Operating it: JSON logs from every command, and systemd units that run real commands."""

import configparser
import json
import os
import shlex
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsletter.cli import cli

from .conftest import REPO, WEEK, minimal_config


def newsletter(args, cwd):
    return subprocess.run([sys.executable, "-m", "newsletter", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NEWSLETTER_SECRET": ""}, timeout=300)


def json_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines()]


def test_json_logs_carry_each_warning_and_a_closing_line(project):
    sent = newsletter(["--log-format", "json", "send", "--week", WEEK], project)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == f"{WEEK}: sent 4, failed 0, skipped 0, remaining 0"  # results stay plain
    lines = json_lines(sent.stderr)
    assert {line["command"] for line in lines} == {"send"}
    assert any(line["level"] == "warning" and "development signing key" in line["message"] for line in lines)
    assert lines[-1]["event"] == "finished" and lines[-1]["exit_code"] == 0 and lines[-1]["seconds"] >= 0


@pytest.mark.parametrize("args, code", [(["build", "--week", "2026-48"], 1), (["subscribers", "count"], 0),
                                        (["schedule", "--count", "1"], 0), (["doctor"], 0)],
                         ids=["build-error", "subscribers", "schedule", "doctor"])
def test_every_command_logs_json_lines(project, args, code):
    result = newsletter(["--log-format", "json", *args], project)
    assert result.returncode == code, result.stderr
    lines = json_lines(result.stderr)
    assert lines[-1] == {**lines[-1], "command": args[0], "event": "finished", "exit_code": code}
    if code:
        assert lines[0]["level"] == "error" and lines[0]["message"].startswith("Error: ")


def test_a_config_error_in_json_exits_2_with_every_problem(tmp_path):
    minimal_config(tmp_path, '[delivery]\nprovider = "pigeon"\n')
    result = newsletter(["--log-format", "json", "build"], tmp_path)
    assert result.returncode == 2
    lines = json_lines(result.stderr)
    assert any('delivery.provider: expected one of' in line["message"] for line in lines)
    assert lines[-1]["exit_code"] == 2


@pytest.mark.parametrize("unit", sorted(p.name for p in (REPO / "deploy").glob("*.service")))
def test_systemd_units_run_commands_that_exist(unit):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "deploy" / unit)
    service = parser["Service"]
    commands = [service["ExecStart"]] + ([service["ExecStartPre"]] if "ExecStartPre" in service else [])
    for command in commands:
        words = shlex.split(command)
        assert words[0].endswith("/newsletter")
        # --help after the words: click still parses them all first, so an unknown command or option fails.
        result = CliRunner().invoke(cli, [*words[1:], "--help"])
        assert result.exit_code == 0 and result.output.startswith(f"Usage: cli {words[-3]} "), result.output
    assert service["EnvironmentFile"] and parser["Install"]["WantedBy"] == "multi-user.target"
    readme = (REPO / "README.md").read_text()
    assert f"deploy/{unit}" in readme
