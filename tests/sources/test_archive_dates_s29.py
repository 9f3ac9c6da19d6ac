"""Publication dates as more archives write them: a label inside the value, ISO without its zeros, compact and
two-digit years, a database's `4-Jun-2017`, milliseconds, month names of translated archives, dots day first."""

from datetime import date

import pytest

from newsletter.errors import ContentError
from newsletter.sources.folder import read_interview
from newsletter.sources.frontmatter import Unreadable, read_date

from ..conftest import write


@pytest.mark.parametrize("written, day, note", [
    ("Posted on June 4, 2017 by admin", date(2017, 6, 4), ""),
    ("Last updated: 11 March 2024", date(2024, 3, 11), ""),
    ("2017-6-4", date(2017, 6, 4), " (year, month, day)"),
    ("20170604", date(2017, 6, 4), " (year, month, day)"),
    ("4-Jun-2017", date(2017, 6, 4), ""),
    ("14 de febrero de 2019", date(2019, 2, 14), ""),
    ("14 février 2019", date(2019, 2, 14), ""),
    ("14. März 2019", date(2019, 3, 14), ""),
    ("14 ottobre 2019", date(2019, 10, 14), ""),
    ("outubro 14, 2019", date(2019, 10, 14), ""),
    ("6/14/17", date(2017, 6, 14), " (month first, the year 17 as 2017)"),
    ("14/6/98", date(1998, 6, 14), " (day first, the year 98 as 1998)"),
    ("06.04.2017", date(2017, 4, 6), " (day first, as dates with dots are written; the month could come first)"),
])
def test_archive_dates_are_read_with_what_was_guessed(written, day, note):
    assert read_date(written) == (day, f'date "{written}" is not YYYY-MM-DD; read it as {day.isoformat()}{note}')


@pytest.mark.parametrize("value, unit", [(1718352000000, "milliseconds"), ("1718352000000", "milliseconds"),
                                         ("1718352000", "seconds")])
def test_unix_time_in_seconds_or_milliseconds_as_number_or_text(value, unit):
    assert read_date(value) == (date(2024, 6, 14), f"date {value} read as Unix {unit}: 2024-06-14 (UTC)")


@pytest.mark.parametrize("written", ["Smarch 3, 2026", "2.10.3", "June 2017", "Season 4, 2017", "14 Brumaire 2019",
                                     "20171340", "123456", "Posted by admin"])
def test_what_is_no_day_stays_unreadable(written):
    with pytest.raises(Unreadable):
        read_date(written)


def test_us_slashes_stay_month_first_when_either_could_be(tmp_path):
    assert read_date("03/04/2026")[0] == date(2026, 3, 4)


def test_a_translated_archive_file_with_a_spanish_date_is_read(tmp_path):
    f = write(tmp_path / "entrevista.md", "---\ntitle: Lucía Ferrándiz habla\nfecha: x\ndate: 3 de marzo de 2026\n"
                                          "---\nLucía Ferrándiz: Nunca.\n")
    warnings: list[str] = []
    assert read_interview(f, warnings=warnings).date == date(2026, 3, 3)
    assert warnings == [f'{f}: date "3 de marzo de 2026" is not YYYY-MM-DD; read it as 2026-03-03']


def test_a_wire_file_dated_by_a_posted_line_in_a_database_style(tmp_path):
    f = write(tmp_path / "story.txt", "Koa Halvorsen on the long night shoot\nPosted 24-Nov-2026\n\nHe laughed.\n")
    assert read_interview(f).date == date(2026, 11, 24)


def test_front_matter_without_a_date_takes_the_articles_own_date_line_out_of_the_text(tmp_path):
    f = write(tmp_path / "saved.md", "---\ntitle: Ines Marlow on grief\nauthor: K. Dube\n---\n"
                                     "*Published: March 3, 2025*\n\nQ: Why now?\n\nInes Marlow: Because I can.\n")
    warnings: list[str] = []
    interview = read_interview(f, warnings=warnings)
    assert interview.date == date(2025, 3, 3) and interview.body.startswith("Q: Why now?")
    assert warnings == [f"{f}: no date in the front matter; read the date from the article's line "
                        f"'*Published: March 3, 2025*' (date \"March 3, 2025\" is not YYYY-MM-DD; read it as 2025-03-03)"]


def test_a_pasted_story_with_no_front_matter_and_no_dated_name_is_dated_by_its_date_line(tmp_path):
    f = write(tmp_path / "story.md", "# Koa Halvorsen keeps the boat\n\n12 May 2025\n\nHalvorsen laughed. “Never.”\n")
    interview = read_interview(f)
    assert (interview.date, interview.title, interview.body) == (date(2025, 5, 12), "Koa Halvorsen keeps the boat",
                                                                 "Halvorsen laughed. “Never.”")


def test_the_file_names_date_still_comes_before_a_line_of_the_text(tmp_path):
    f = write(tmp_path / "2025-05-14-story.md", "---\ntitle: T\n---\n12 May 2025\n\nBody.\n")
    interview = read_interview(f)
    assert interview.date == date(2025, 5, 14) and interview.body.startswith("12 May 2025")


@pytest.mark.parametrize("text, why", [
    ("---\ntitle: T\n---\nShe arrived late, as always.\n\nBody.\n", "no date in the front matter"),
    ("# T\n\nShe arrived on 12 May 2025, late.\n", "no front matter with a date"),
    ("---\ntitle: T\ndate:\n---\nBody.\n", "no date in the front matter"),
])
def test_no_date_anywhere_is_still_refused_by_name(tmp_path, text, why):
    f = write(tmp_path / "undated.md", text)
    with pytest.raises(ContentError, match=f"undated.md: {why}"):
        read_interview(f)


@pytest.mark.parametrize("text", [
    "\n\n---\ntitle: T\ndate: 2025-03-03\n---\nBody.\n",                      # blank lines above
    "<!-- exported by the old CMS -->\n---\ntitle: T\ndate: 2025-03-03\n---\nBody.\n",  # an exporter's comment
    "---\ntitle: T\ndate: 2025-03-03\n...\nBody.\n",                            # YAML's own end marker
    "---\ntitle: T\ndate: [2025-03-03]\n---\nBody.\n",                          # every field a list
])
def test_front_matter_as_exporters_write_it(tmp_path, text):
    interview = read_interview(write(tmp_path / "x.md", text))
    assert (interview.date, interview.title, interview.body) == (date(2025, 3, 3), "T", "Body.")


def test_a_line_of_dots_inside_front_matter_text_does_not_close_it(tmp_path):
    f = write(tmp_path / "x.md", "---\ntitle: T\nsummary: |\n  ...and then the rain came\ndate: 2025-03-03\n---\nBody.\n")
    assert read_interview(f).date == date(2025, 3, 3)
