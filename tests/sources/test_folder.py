from datetime import date

import pytest

from newsletter.errors import ContentError
from newsletter.model import Period
from newsletter.sources.folder import FolderSource, read_interview

from ..conftest import REPO, minimal_config, write

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


def test_an_html_page_keeps_its_bold_questions_so_the_qa_is_read_as_one(tmp_path):
    from newsletter.extract import understand

    f = write(tmp_path / "page.html", (
        '<html><head><title>Lena Voss on Night Desk</title><meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2026-11-25T09:00:00+00:00"></head><body>'
        "<nav>Home | TV</nav><article><h1>Lena Voss on Night Desk</h1><p>Lena Voss is the new captain.</p>"
        "<p><strong>What drew you to the part?</strong></p><p>She is stubborn in a way I recognise.</p>"
        "<p><strong>How was the first day?</strong> Chaotic, and the director laughed until she cried.</p>"
        "</article></body></html>"))
    iv = read_interview(f)
    assert "**What drew you to the part?**" in iv.body and not iv.body.startswith("#")
    roles = [(t.role, t.text) for t in understand(iv).turns]
    assert roles[1:] == [("interviewer", "What drew you to the part?"),
                         ("interviewee", "She is stubborn in a way I recognise."),
                         ("interviewer", "How was the first day?"),
                         ("interviewee", "Chaotic, and the director laughed until she cried.")]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"  \n", "empty file"),
    ("bin.md", b"---\x00\x01\x02", "binary file, not text"),
    ("sjis.txt", "date 2026-11-24 ".encode() + "東京の夜と朝の物語です".encode("shift_jis") * 3,
     "not UTF-8 text (bad byte at offset 16), nor a Western encoding"),
    ("nodate.txt", b"Kim Lee talks.", "no date: a .txt file must start with `date YYYY-MM-DD `, give the date on "
                                      "one of its first lines, or be named after its date (2026-11-24-….txt)"),
    ("nofront.md", b"Just text", "no front matter with a date (start the file with --- and a `date:` line)"),
    ("baddate.md", b"---\ndate: soon\n---\nText", 'date "soon" is not YYYY-MM-DD'),
])
def test_unusable_files_name_the_file_and_the_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ContentError) as info:
        read_interview(tmp_path / name)
    assert info.value.message == f"{tmp_path / name}: {reason}"


@pytest.mark.parametrize("name, text, day, title", [
    ("a.txt", "Mara Quinlan on the night shift\nNovember 24, 2026\n\nQuinlan talks.", date(2026, 11, 24),
     "Mara Quinlan on the night shift"),
    ("b.txt", "Published: 24/11/2026 09:15\n\nQuinlan talks.", date(2026, 11, 24), None),
    ("2026-11-23-quinlan.txt", "Quinlan talks.", date(2026, 11, 23), None),
    ("c.txt", "date 2026-11-22\nMara Quinlan on the night shift\n\nQuinlan talks.", date(2026, 11, 22),
     "Mara Quinlan on the night shift"),
])
def test_a_txt_saved_as_a_reader_sees_it_is_read_with_its_guesses_warned(tmp_path, name, text, day, title):
    write(tmp_path / name, text)
    warnings: list[str] = []
    iv = read_interview(tmp_path / name, warnings=warnings)
    assert (iv.date, iv.title, iv.body) == (day, title, "Quinlan talks.")
    assert len(warnings) == (0 if name == "c.txt" else 1) and all(str(tmp_path / name) in w for w in warnings)


@pytest.mark.parametrize("line, byline", [
    ("By Dana Whitlock", "Dana Whitlock"),
    ("By DANA WHITLOCK, Staff Writer", "DANA WHITLOCK"),
    ("**By Dana Whitlock and Sam Oyelaran** | Harbor Post", "Dana Whitlock and Sam Oyelaran"),
    ("by Dana Whitlock", "Dana Whitlock"),
])
def test_a_txt_by_line_is_the_byline_not_the_text(tmp_path, line, byline):
    write(tmp_path / "a.txt", f"Mara Quinlan on the night shift\nNovember 24, 2026\n\n{line}\n\nQuinlan talks.")
    iv = read_interview(tmp_path / "a.txt")
    assert (iv.byline, iv.body) == (byline, "Quinlan talks.")


@pytest.mark.parametrize("text", [
    "By the time the crew arrived, Quinlan had left.\n\nShe talks.",  # a sentence that opens with "By"
    "By Dana Whitlock\nQuinlan talks on the next line of the same paragraph.",  # no line of its own
    "By December, the whole cast knew.\n\nShe talks.",  # a sentence of its own after a capitalised word
    "By Christmas Eve, the crew had gone home!\n\nShe talks.",
])
def test_a_paragraph_that_only_opens_with_by_stays_text(tmp_path, text):
    write(tmp_path / "a.txt", f"date 2026-11-24\n\n{text}")
    iv = read_interview(tmp_path / "a.txt")
    assert iv.byline is None and iv.body.startswith("By ")


def test_folder_skips_bad_files_with_one_warning_each_and_keeps_the_rest(tmp_path):
    write(tmp_path / "good.txt", "date 2026-11-24 Kim Lee talks.")
    write(tmp_path / "old.txt", "date 2026-10-01 Out of the week.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\x03")
    write(tmp_path / "notes.docx", "ignored")
    result = FolderSource(tmp_path).gather(WEEK)
    assert [iv.body for iv in result.interviews] == ["Kim Lee talks."]
    assert result.warnings == [f"{tmp_path / 'bad.txt'}: binary file, not text (save the file as UTF-8 text)"]


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



def test_front_matter_that_is_not_yaml_is_read_line_by_line_with_a_warning(tmp_path):
    f = write(tmp_path / "a.md", """
        ---
        author: Pat Writer
        date: 2026-11-24
        title: Interview: Kim Lee on Ridgeline's last season
        tags:
        - ridgeline
        - drama
        ---
        <p>Body text.</p>
        """)
    warnings: list[str] = []
    iv = read_interview(f, warnings=warnings)
    assert iv.title == "Interview: Kim Lee on Ridgeline's last season"
    assert iv.byline == "Pat Writer" and iv.date == date(2026, 11, 24)
    assert len(warnings) == 1 and warnings[0].startswith(f"{f}: front matter is not valid YAML")


@pytest.mark.parametrize("written, day, guessed", [
    ("Jun 19, 2026 2:45 pm", date(2026, 6, 19), True),
    ("February 9, 2011 11:03 AM", date(2011, 2, 9), True),
    ("July  6, 2007 12:27 PM", date(2007, 7, 6), True),
    ("Tuesday, 24 November 2026", date(2026, 11, 24), True),
    ("24/11/2026", date(2026, 11, 24), True),
    ("2026-11-24T23:30:00-05:00", date(2026, 11, 24), False),  # the date as written, not moved to UTC
    ("2026-11-24 09:05", date(2026, 11, 24), False),
])
def test_archive_dates_are_read_and_guesses_named(tmp_path, written, day, guessed):
    f = write(tmp_path / "a.md", f"---\ndate: {written}\ntitle: T\n---\nBody.\n")
    warnings: list[str] = []
    assert read_interview(f, warnings=warnings).date == day
    assert warnings == ([f'{f}: date "{" ".join(written.split())}" is not YYYY-MM-DD; read it as {day.isoformat()}'
                         + (" (day first)" if "/" in written else "")] if guessed else [])


def test_ambiguous_numeric_date_says_which_order_it_guessed(tmp_path):
    f = write(tmp_path / "a.md", "---\ndate: 03/04/2026\n---\nBody.\n")
    warnings: list[str] = []
    assert read_interview(f, warnings=warnings).date == date(2026, 3, 4)
    assert "month first" in warnings[0] and "the day could come first" in warnings[0]


@pytest.mark.parametrize("written, reason", [
    ("Smarch 3, 2026", 'date "Smarch 3, 2026" is not YYYY-MM-DD'),
    ("Feb 30, 2026 1:00 pm", 'date "Feb 30, 2026 1:00 pm" does not exist (write it as YYYY-MM-DD)'),
    ("Summer 2026", 'date "Summer 2026" is not YYYY-MM-DD'),  # a season is no day (`3/4/26` is now read, warned)
])
def test_dates_that_cannot_be_read_still_name_the_file(tmp_path, written, reason):
    f = write(tmp_path / "a.md", f"---\ndate: {written}\n---\nBody.\n")
    with pytest.raises(ContentError) as info:
        read_interview(f)
    assert info.value.message == f"{f}: {reason}"


def test_folder_folds_one_kind_of_guess_into_one_warning(tmp_path):
    for n in range(4):
        write(tmp_path / f"{n}.md", f"---\ndate: Nov {24 + n}, 2026 9:0{n} am\n---\nBody {n}.\n")
    result = FolderSource(tmp_path).gather(WEEK)
    assert len(result.interviews) == 4
    (warning,) = result.warnings
    assert warning.startswith("4 files: date not YYYY-MM-DD, read leniently: ")
    assert f"{tmp_path / '0.md'}: " in warning and warning.endswith("; ...")


def test_file_over_the_size_limit_is_skipped_with_a_warning(tmp_path):
    write(tmp_path / "small.txt", "date 2026-11-24 Kim Lee talks.")
    write(tmp_path / "huge.txt", "date 2026-11-24 " + "word " * 30_000)
    result = FolderSource(tmp_path, max_file_mb=0.1).gather(WEEK)
    assert [iv.body for iv in result.interviews] == ["Kim Lee talks."]
    assert result.warnings == [f"{tmp_path / 'huge.txt'}: 0.2 MB, over the 0.1 MB limit; skipped "
                               "(raise [[sources]] max_file_mb if this file is a real article)"]


def test_size_limit_comes_from_the_config(tmp_path):
    from newsletter.config import load_config
    from newsletter.sources import make_source

    cfg = load_config(minimal_config(tmp_path, sources='path = "content"\nmax_file_mb = 0.5'))
    assert make_source(cfg.sources[0], cfg).max_file_mb == 0.5


def test_date_from_a_jekyll_file_name_when_the_front_matter_has_none(tmp_path):
    f = write(tmp_path / "2026-11-24-kim-lee-talks.md", "---\ntitle: Kim Lee talks\n---\nBody.\n")
    warnings: list[str] = []
    assert read_interview(f, warnings=warnings).date == date(2026, 11, 24)
    assert warnings == [f"{f}: no date in the front matter; took 2026-11-24 from the file name"]


@pytest.mark.parametrize("text", ["# Kim Lee talks\n\nKim Lee: Body.\n", "Kim Lee talks\n=============\n\nKim Lee: Body.\n"])
def test_markdown_with_no_front_matter_is_dated_by_its_file_name_and_titled_by_its_heading(tmp_path, text):
    f = write(tmp_path / "2026-11-24-kim-lee-talks.md", text)
    warnings: list[str] = []
    iv = read_interview(f, warnings=warnings)
    assert (iv.date, iv.title, iv.body) == (date(2026, 11, 24), "Kim Lee talks", "Kim Lee: Body.")
    assert warnings == [f"{f}: no front matter; took 2026-11-24 from the file name"]


def test_front_matter_keys_in_any_case_and_other_date_names(tmp_path):
    f = write(tmp_path / "a.md", "---\nTitle: Kim Lee talks\nPublished_At: 2026-11-24T10:00:00Z\n---\nBody.\n")
    iv = read_interview(f)
    assert (iv.title, iv.date) == ("Kim Lee talks", date(2026, 11, 24))


def test_a_unix_timestamp_date_is_read_with_a_warning(tmp_path):
    f = write(tmp_path / "a.md", "---\ndate: 1795521600\n---\nBody.\n")
    warnings: list[str] = []
    assert read_interview(f, warnings=warnings).date == date(2026, 11, 24)
    assert warnings == [f"{f}: date 1795521600 read as Unix seconds: 2026-11-24 (UTC)"]


def test_overrides_written_by_the_preview_read_back_for_any_file_type(tmp_path):
    from newsletter.overrides import record_override
    from newsletter.model import Period
    from newsletter.sources.folder import FolderSource
    from datetime import date

    md = tmp_path / 'odd "name".md'
    md.write_text("---\ndate: 2026-11-24\ninterviewee: Wrong Person\n---\nQ: Hi?\n\nA: Hello there.\n")
    tricky = 'She said "no" \\ then left — ünïcode\tand a tab'
    record_override(md, "ban", tricky)
    record_override(md, "ban", tricky)  # once is enough
    record_override(md, "interviewee", "Right Person")
    (iv,) = FolderSource(tmp_path).gather(Period(date(2026, 11, 23), date(2026, 11, 29))).interviews
    assert iv.bans == (tricky,) and iv.interviewee == "Right Person"


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_front_matter_left_open_is_refused_not_read_as_article_text(tmp_path, fence):
    # Named after its date, so the reading of bare Markdown would otherwise take its fields for the article.
    f = write(tmp_path / "2026-11-24-kim-lee-talks.md",
              f"{fence}\ntitle: Kim Lee talks\nshow: Night Desk\n\nKim Lee: Body of the piece.\n")
    with pytest.raises(ContentError) as err:
        read_interview(f, warnings=[])
    assert err.value.path == str(f)
    assert err.value.reason == f"the front matter opened on line 1 with {fence} is never closed"
    assert err.value.hint == f"end it with a line of {fence} before the article"


def test_a_body_with_one_paragraph_per_line_and_no_blank_lines_is_read_as_paragraphs(tmp_path):
    write(tmp_path / "2026-11-24-scrape.md", "---\ndate: 2026-11-24\n---\nMara Quinlan plays a translator.\n"
          "**Us:** How was the first day?\n**Mara Quinlan:** Cold. I wore three coats.\n"
          "**Us:** And the second?\n**Mara Quinlan:** Warmer, and I still wore them.\n")
    iv = read_interview(tmp_path / "2026-11-24-scrape.md")
    assert iv.body.count("\n\n") == 4
    from newsletter.extract import understand
    assert [t.role for t in understand(iv).turns][1:] == ["interviewer", "interviewee"] * 2


def test_a_recorders_export_without_blank_lines_reads_each_speaker_line_apart(tmp_path):
    write(tmp_path / "2026-11-24-podcast.md", "---\ndate: 2026-11-24\ntitle: Mara Quinlan on Couch Talk\n---\n"
          "Dev Arno  00:00:04\nWelcome back. Our guest plays a translator.\n"
          "Mara Quinlan  00:00:09\nThanks. I brought biscuits.\n"
          "Dev Arno  00:00:12\nWhat was the first day like?\n"
          "Mara Quinlan  00:00:15\nCold. I wore three coats.\n")
    iv = read_interview(tmp_path / "2026-11-24-podcast.md")
    from newsletter.extract import understand
    said = [(t.role, t.speaker) for t in understand(iv).turns if t.role in ("interviewee", "interviewer")]
    assert said == [("interviewer", "Dev Arno"), ("interviewee", "Mara Quinlan")] * 2


def test_hard_wrapped_prose_keeps_its_line_breaks(tmp_path):
    text = ("Mara Quinlan has spent the last three winters\nplaying a translator who never quite says what\n"
            "she means, and the part has followed her home\nin ways she did not expect when she took it.\n")
    write(tmp_path / "2026-11-24-wrapped.md", "---\ndate: 2026-11-24\n---\n" + text)
    assert read_interview(tmp_path / "2026-11-24-wrapped.md").body == text.strip()


@pytest.mark.parametrize("name, shown, day", [
    ("page.html", "<p>Published November 24, 2026</p>", date(2026, 11, 24)),
    ("2026-11-23-page.html", "", date(2026, 11, 23)),
])
def test_a_page_without_a_date_in_its_metadata_takes_the_one_it_shows_or_its_name(tmp_path, name, shown, day):
    write(tmp_path / name, "<html><head><title>Lena Voss on Night Desk</title></head><body><article>"
                           f"<h1>Lena Voss on Night Desk</h1>{shown}<p>Lena Voss is the new captain of the night "
                           "desk, and she has opinions about coffee.</p><p>“The coffee is a crime scene,” Voss "
                           "says.</p></article></body></html>")
    warnings: list[str] = []
    assert read_interview(tmp_path / name, warnings=warnings).date == day
    assert all(str(tmp_path / name) in w for w in warnings)  # a guess from the name is warned (below)
    if not shown:
        assert len(warnings) == 1 and "its file name" in warnings[0]


def test_a_page_with_no_date_anywhere_is_refused_with_the_reason(tmp_path):
    write(tmp_path / "page.html", "<html><body><article><p>Lena Voss is the new captain.</p></article></body></html>")
    with pytest.raises(ContentError) as info:
        read_interview(tmp_path / "page.html")
    assert "no publication date in the page's metadata, near its top or in its name" in info.value.message
