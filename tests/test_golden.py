"""Whole-issue golden files: the sample week's issue.txt, issue.json and one subscriber's .eml.

The Date header and the project's path are masked. After an
intended change, refresh them with:  NEWSLETTER_REFRESH_GOLDEN=1 pytest tests/test_golden.py
and review the diff like any other change.
"""

import os
import re
from pathlib import Path

import pytest

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import send_issue

from .conftest import WEEK

GOLDEN = Path(__file__).parent / "golden"


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("NEWSLETTER_REFRESH_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with NEWSLETTER_REFRESH_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; refresh the golden file if intended"


@pytest.fixture
def built(project):
    cfg = load_config(project / "config.toml")
    return project, cfg, build(cfg, WEEK)


def test_issue_txt(built):
    _, _, result = built
    check("issue.txt", (result.out_dir / "issue.txt").read_text(encoding="utf-8"))


def test_issue_json(built):
    project, _, result = built
    text = (result.out_dir / "issue.json").read_text(encoding="utf-8")
    check("issue.json", text.replace(str(project), "<project>"))


def test_eml(built, monkeypatch):
    monkeypatch.delenv("NEWSLETTER_SECRET", raising=False)  # the outbox's development key: stable tokens
    project, cfg, _ = built
    send_issue(cfg, WEEK)
    raw = (project / "outbox" / WEEK / "cleo.fan@example.org.eml").read_bytes().decode("ascii")
    check("cleo.fan.eml", re.sub(r"(?m)^Date: .*$", "Date: <masked>", raw.replace("\r\n", "\n")))
