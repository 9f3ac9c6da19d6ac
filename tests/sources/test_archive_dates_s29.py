"""Publication dates as more archives write them: a label inside the value, ISO without its zeros, compact and
two-digit years, a database's `4-Jun-2017`, milliseconds, month names of translated archives, dots day first."""

from datetime import date

import pytest

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
