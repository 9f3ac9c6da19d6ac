"""Front-matter dates written with dashes and the year last, as Dutch, Danish and Indian sites publish them."""

from datetime import date

import pytest

from newsletter.errors import ContentError

from .dated import dated as _dated


@pytest.mark.parametrize("written, day", [
    ("07-10-2026 14:05", date(2026, 10, 7)),   # a Dutch weekly: day first, with a time
    ("03-02-2025", date(2025, 2, 3)),          # ambiguous without a time: day first all the same
    ("25-12-2025", date(2025, 12, 25)),        # the day cannot be a month
    ("12-25-2025", date(2025, 12, 25)),        # the month cannot be a day
    ("2026-3-7", date(2026, 3, 7)),            # year first with single digits
])
def test_a_dashed_date_with_the_year_last_is_read(tmp_path, written, day):
    got, warnings = _dated(tmp_path, written)
    assert got == day
    assert warnings and "read it as " + day.isoformat() in warnings[0]


@pytest.mark.parametrize("written, day", [
    ("07/10/2026", date(2026, 7, 10)),         # slashes stay month first, as US archives write them
    ("2026-10-07", date(2026, 10, 7)),         # ISO is no guess
])
def test_slashed_and_iso_dates_are_read_as_before(tmp_path, written, day):
    assert _dated(tmp_path, written)[0] == day


@pytest.mark.parametrize("written", ["07-10-26", "07-10/2026", "31-02-2026"])
def test_a_dashed_date_without_a_year_mixed_separators_or_no_such_day_is_refused(tmp_path, written):
    with pytest.raises(ContentError):
        _dated(tmp_path, written)
