"""`newsletter init`: a new project that works as the README says, and the repository's copies of it."""

import os
import re
import shlex
import subprocess
import sys
import tomllib
from dataclasses import fields

import pytest

from newsletter.config import Config
from newsletter.sources import source_kinds
from newsletter.project import SKELETON, project_files
from newsletter.render import BUILTIN_TEMPLATES

from .conftest import REPO, WEEK


def newsletter(args, cwd):
    return subprocess.run([sys.executable, "-m", "newsletter", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NEWSLETTER_SECRET": ""}, timeout=300)


def quick_start_commands() -> list[list[str]]:
    """The `newsletter build` and `newsletter send` commands of the README's quick start."""
    section = (REPO / "README.md").read_text().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [shlex.split(c) for line in block.splitlines() for c in line.split("&&")]
    return [c[1:] for c in commands if c[:2] in (["newsletter", "build"], ["newsletter", "send"])]


def test_init_then_the_readme_build_and_send_work_there(tmp_path):
    made = newsletter(["init", "fans-weekly"], tmp_path)
    assert made.returncode == 0, made.stderr
    project = tmp_path / "fans-weekly"
    assert made.stdout.splitlines()[0] == f"Created a newsletter in fans-weekly: {len(project_files())} files"
    assert made.stdout.splitlines()[-1] == (f"Next: cd fans-weekly && newsletter build --week {WEEK} && "
                                            f"newsletter send --week {WEEK}")
    commands = quick_start_commands()
    assert [c[0] for c in commands] == ["build", "send"]
    built, sent = (newsletter(c, project) for c in commands)
    assert built.returncode == 0, built.stderr
    assert built.stdout.splitlines()[:4] == [f"Built {WEEK}: 5 interviews, 10 pull-quotes, 4 airings",
                                             f"  build/{WEEK}/issue.html", f"  build/{WEEK}/issue.txt",
                                             f"  build/{WEEK}/issue.json"]
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == f"{WEEK}: sent 4, failed 0, skipped 0, remaining 0"
    emls = sorted((project / "outbox" / WEEK).glob("*.eml"))
    assert len(emls) == 4
    assert "From: TV Talk Weekly <editors@tvtalk.example.org>" in emls[0].read_text()


def test_the_build_prefers_the_projects_templates(tmp_path):
    assert newsletter(["init"], tmp_path).returncode == 0
    footer = tmp_path / "templates" / "_footer.mjml.j2"
    footer.write_text(footer.read_text().replace("</mj-column>", "<mj-text>Edited in this project</mj-text>"
                                                 "</mj-column>", 1))
    built = newsletter(["build", "--week", WEEK], tmp_path)
    assert built.returncode == 0, built.stderr
    assert "Edited in this project" in (tmp_path / "build" / WEEK / "issue.html").read_text()
    footer.unlink()  # a file missing from the project is taken from the package
    assert newsletter(["build", "--week", WEEK], tmp_path).returncode == 0
    assert "Edited in this project" not in (tmp_path / "build" / WEEK / "issue.html").read_text()


def test_init_writes_nothing_where_a_project_is(tmp_path):
    (tmp_path / "config.toml").write_text("# mine\n")
    again = newsletter(["init"], tmp_path)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert again.stderr.startswith("Error: . already has config.toml: nothing was written")
    assert (tmp_path / "config.toml").read_text() == "# mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_the_repository_holds_the_same_templates_and_sample_as_the_package():
    """The top-level templates/ are the packaged defaults, and the repository is the project init makes."""
    for name, source in project_files().items():
        assert (REPO / name).read_bytes() == source.read_bytes(), (
            f"{name} differs from {source.relative_to(REPO)}: copy the one you changed over the other")
    templates = {p.name for p in (REPO / "templates").iterdir()} - {"README.md"}
    assert templates == {p.name for p in BUILTIN_TEMPLATES.glob("*.j2")}
    assert {p.relative_to(REPO / "content").as_posix() for p in (REPO / "content").rglob("*") if p.is_file()} == \
        {p.relative_to(SKELETON / "content").as_posix() for p in (SKELETON / "content").rglob("*") if p.is_file()}


# The sample config names a newsletter of its own; everything else in it is the code's default.
PROJECT_KEYS = {"newsletter.name", "newsletter.from", "newsletter.reply_to", "newsletter.base_url",
                "newsletter.postal_address", "sources.name", "delivery.mailgun.domain"}


def _flatten(data, prefix=""):
    for k, v in data.items():
        if k == "sources":
            for item in v:
                yield from _flatten(item, "sources.")
        elif isinstance(v, dict) and k != "pins":
            yield from _flatten(v, f"{prefix}{k}.")
        else:
            yield f"{prefix}{k}", v


def _default(key: str):
    """The code's default for a dotted key of the sample config."""
    obj, parts = Config(), key.split(".")
    if parts[0] == "sources":
        # The sample's one table carries every kind's keys: each key's default is its own kind's.
        kind = next(k for k in source_kinds().values() if parts[1] in {f.name for f in fields(k.settings)})
        obj, parts = kind.settings(type=kind.name), parts[1:]
    for part in parts:
        obj = getattr(obj, "from_addr" if part == "from" else part)
    return obj


def test_the_sample_config_sets_the_codes_defaults():
    """Apart from what names the sample newsletter, a value in the sample config is the one the code uses
    without it: leaving a key out changes nothing."""
    sample = dict(_flatten(tomllib.loads((SKELETON / "config.toml").read_text())))
    differ = {key: value for key, value in sample.items() if key not in PROJECT_KEYS and value != _default(key)}
    assert differ == {"sources.path": "content"}


def test_the_readme_picture_is_made_by_its_script_from_the_sample_issue(tmp_path):
    import struct

    from newsletter.checks import find_chromium

    from .test_email_quality import require

    require(find_chromium(), "chromium")
    out = tmp_path / "docs"
    made = subprocess.run([sys.executable, str(REPO / "docs" / "screenshot.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert made.returncode == 0, made.stderr
    shots = {}
    for name, width in (("issue-375", 375), ("issue-375-dark", 375), ("issue-600", 600), ("issue-600-dark", 600)):
        data = (out / f"{name}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (width, 2400)
        assert len(data) > 50_000  # a page of text and colour, not a blank
        shots[name] = data
    assert shots["issue-375"] != shots["issue-375-dark"] and shots["issue-600"] != shots["issue-600-dark"]
    readme = (REPO / "README.md").read_text()
    for name in shots:
        assert f"(docs/{name}.png)" in readme
    assert "![The sample issue at phone width](docs/issue-375.png)" in readme and "docs/screenshot.py" in readme
