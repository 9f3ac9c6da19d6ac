"""The editor's note: read from `[build] notes` at build time, rendered from Markdown safely."""

import pytest

from newsletter.build import build, make_issue
from newsletter.config import load_config
from newsletter.errors import ContentError
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
