"""The editor's note: read from `[build] notes` at build time, rendered from Markdown safely."""

import pytest

from newsletter.build import build, make_issue
from newsletter.config import load_config
from newsletter.errors import ConfigError, ContentError
from newsletter.note import MAX_NOTE_CHARS, note_text

from .conftest import WEEK


def test_the_sample_weeks_note_opens_the_issue(project):
    result = build(load_config(project / "config.toml"), WEEK)
    assert result.issue.note.startswith("Five conversations this week")
    html = result.rendered.html
    assert html.index("From the editor") < html.index("In this issue") < html.index('id="story-1"')
    text = (result.out_dir / "issue.txt").read_text()
    assert text.index("FROM THE EDITOR") < text.index("IN THIS ISSUE") < text.index("ON AIR THIS WEEK")
    assert '"note": "Five conversations' in (result.out_dir / "issue.json").read_text()


def test_a_week_without_a_note_has_none(project):
    (project / "content" / "notes" / f"{WEEK}.md").unlink()
    issue, warnings = make_issue(load_config(project / "config.toml"), WEEK, followed=())
    assert issue.note == "" and not [w for w in warnings if "note" in w]


@pytest.mark.parametrize("data, reason", [(b"caf\xe9 au lait", "is not UTF-8 text"),
                                          (b"x" * (MAX_NOTE_CHARS + 1), f"more than {MAX_NOTE_CHARS}")])
def test_an_unusable_note_is_left_out_with_a_warning_naming_it_and_refused_when_strict(project, data, reason):
    path = project / "content" / "notes" / f"{WEEK}.md"
    path.write_bytes(data)
    cfg = load_config(project / "config.toml")
    issue, warnings = make_issue(cfg, WEEK, followed=())
    assert issue.note == ""
    assert [w for w in warnings if str(path) in w and reason in w and "goes out without it" in w]
    with pytest.raises(ContentError, match=reason):
        make_issue(cfg, WEEK, strict=True, followed=())


def test_plain_text_keeps_lists_together_and_numbers_ordered_ones():
    text = note_text("Picks:\n\n1. [One](https://a.example/1)\n2. Two\n\n- three\n- four")
    assert text == "Picks:\n\n1. One (https://a.example/1)\n2. Two\n\n* three\n* four"


@pytest.mark.parametrize("setting, problem", [
    ("content/notes/2026-W48.md", 'build.notes: "content/notes/2026-W48.md" ({folder}) is a file, not a folder of notes'),
    ("content/note", 'build.notes: the folder "content/note" ({folder}) does not exist'),
])
def test_a_notes_setting_that_names_no_folder_is_a_config_problem(project, setting, problem):
    from click.testing import CliRunner

    from newsletter.cli import cli

    config = project / "config.toml"
    config.write_text(config.read_text().replace('notes = "content/notes"', f'notes = "{setting}"'))
    cfg = load_config(config)
    with pytest.raises(ConfigError) as refused:
        make_issue(cfg, WEEK, followed=())
    assert refused.value.message == problem.format(folder=project / setting)
    result = CliRunner().invoke(cli, ["build", "--config", str(config), "--week", WEEK])
    assert result.exit_code == 2 and "build.notes: " in result.output and not (project / "build").exists()


def test_a_note_saved_under_another_extension_is_named_not_skipped_silently(project):
    notes = project / "content" / "notes"
    (notes / f"{WEEK}.md").rename(notes / f"{WEEK}.markdown")
    issue, warnings = make_issue(load_config(project / "config.toml"), WEEK, followed=())
    assert issue.note == ""
    assert f"{notes / (WEEK + '.markdown')}: not read as the editor's note; name it {WEEK}.md" in warnings


def test_the_default_notes_folder_may_be_missing(project):
    import shutil

    shutil.rmtree(project / "content" / "notes")
    issue, warnings = make_issue(load_config(project / "config.toml"), WEEK, followed=())
    assert issue.note == "" and not [w for w in warnings if "note" in w]
