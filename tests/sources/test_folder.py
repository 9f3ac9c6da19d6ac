from datetime import date

import pytest

from newsletter.errors import ContentError
from newsletter.sources import Period
from newsletter.sources.folder import FolderSource, read_interview

from ..conftest import REPO, write

WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))


def test_wire_txt_date_and_text_on_one_line(tmp_path):
    f = write(tmp_path / "a.txt", "  \ndate 2026-11-24 Kim Lee talks.\n\nQ: Hi?\n\nA: Hello there.\n")
    iv = read_interview(f)
    assert iv.date == date(2026, 11, 24)
    assert iv.body == "Kim Lee talks.\n\nQ: Hi?\n\nA: Hello there."
    assert iv.title is None and iv.outlet is None


def test_markdown_yaml_front_matter_with_archive_spellings(tmp_path):
    f = write(tmp_path / "a.md", """
        ---
        newstitle: "A title"
        date: 2026-11-24
        newssource: Some Outlet
        newsurl: https://example.org/a
        newsauthor: Pat Writer
        interviewee: Kim Lee
        pin: "Hello there."
        ---
        Body text.
        """)
    iv = read_interview(f)
    assert (iv.title, iv.outlet, iv.url, iv.byline, iv.interviewee) == (
        "A title", "Some Outlet", "https://example.org/a", "Pat Writer", "Kim Lee")
    assert iv.pins == ("Hello there.",)
    assert iv.body == "Body text."


def test_markdown_toml_front_matter(tmp_path):
    f = write(tmp_path / "a.md", '+++\ntitle = "T"\ndate = 2026-11-25\nshow = "Ridgeline"\n+++\nBody.\n')
    iv = read_interview(f)
    assert iv.date == date(2026, 11, 25) and iv.show == "Ridgeline" and iv.title == "T"


def test_html_page_uses_its_own_metadata():
    iv = read_interview(REPO / "content" / "2026-11-27-lena-voss.html")
    assert iv.date == date(2026, 11, 27)  # a date after "today" is still the page's date
    assert iv.title == "Lena Voss digs up the past in Copper County"
    assert iv.byline == "Rosa Delgado"
    assert "Subscribe to our newsletter" not in iv.body  # the footer is not the article
    assert "cherry pie" in iv.body


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"  \n", "empty file"),
    ("bin.md", b"---\x00\x01\x02", "binary file, not text"),
    ("latin.txt", "date 2026-11-24 caf\xe9".encode("latin-1"), "not UTF-8 text (bad byte at offset 19)"),
    ("nodate.txt", b"Kim Lee talks.", "no date: a wire .txt file must start with `date YYYY-MM-DD `"),
    ("nofront.md", b"Just text", "no front matter with a date (start the file with --- and a `date:` line)"),
    ("baddate.md", b"---\ndate: soon\n---\nText", 'date "soon" is not YYYY-MM-DD'),
])
def test_unusable_files_name_the_file_and_the_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ContentError) as info:
        read_interview(tmp_path / name)
    assert info.value.message == f"{tmp_path / name}: {reason}"


def test_folder_skips_bad_files_with_one_warning_each_and_keeps_the_rest(tmp_path):
    write(tmp_path / "good.txt", "date 2026-11-24 Kim Lee talks.")
    write(tmp_path / "old.txt", "date 2026-10-01 Out of the week.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    write(tmp_path / "notes.docx", "ignored")
    result = FolderSource(tmp_path).gather(WEEK)
    assert [iv.body for iv in result.interviews] == ["Kim Lee talks."]
    assert result.warnings == [f"{tmp_path / 'bad.txt'}: not UTF-8 text (bad byte at offset 0) (save the file as UTF-8)"]


def test_missing_folder_is_a_warning(tmp_path):
    result = FolderSource(tmp_path / "nope", name="mine").gather(WEEK)
    assert result.interviews == [] and "folder" in result.warnings[0] and "mine" in result.warnings[0]


def test_overrides_file_pins_and_bans_for_files_without_front_matter(tmp_path):
    write(tmp_path / "a.txt", "date 2026-11-24 Q: Why?\n\nA: Because I love it. Because the crew is family to me.")
    write(tmp_path / "overrides.toml", '["a.txt"]\npin = ["Because the crew is family to me."]\n'
                                       'ban = ["Because I love it."]\n')
    (iv,) = FolderSource(tmp_path).gather(WEEK).interviews
    assert iv.pins == ("Because the crew is family to me.",) and iv.bans == ("Because I love it.",)


def test_broken_overrides_file_is_a_warning(tmp_path):
    write(tmp_path / "a.txt", "date 2026-11-24 Text.")
    write(tmp_path / "overrides.toml", "[broken\n")
    result = FolderSource(tmp_path).gather(WEEK)
    assert len(result.interviews) == 1 and "overrides.toml: not valid TOML" in result.warnings[0]


@pytest.mark.parametrize("content, reason", [
    ("---\ndate: 2026-11-31\n---\nText", "front matter is not valid: day is out of range for month"),
    ("---\ndate: 2026-11-24\nwords: !!int many\n---\nText", "front matter is not valid: invalid literal"),
    ("---\ndate: 2026-11-24\nnested: " + "[" * 5000 + "\n---\nText", "front matter is not valid"),
    ("+++\ndate = 2026-11-31\n+++\nText", "front matter is not valid: Invalid date or datetime"),
], ids=["yaml-impossible-date", "yaml-bad-int", "yaml-too-deep", "toml-impossible-date"])
def test_a_value_the_loader_rejects_is_a_warning_naming_the_file(tmp_path, content, reason):
    write(tmp_path / "good.txt", "date 2026-11-24 Kim Lee talks.")
    (tmp_path / "bad.md").write_text(content, encoding="utf-8")
    result = FolderSource(tmp_path).gather(WEEK)
    assert [iv.body for iv in result.interviews] == ["Kim Lee talks."]
    (warning,) = result.warnings
    assert warning.startswith(f"{tmp_path / 'bad.md'}: {reason}")

