"""Front-matter dates led by a weekday in any language, as portals outside the English-speaking world write them."""

from datetime import date

import pytest

from newsletter.errors import ContentError

from .dated import dated as _dated


@pytest.mark.parametrize("written, day", [
    ("Rabu, 13 Mar 2024 10:15 WIB", date(2024, 3, 13)),       # Indonesian portal
    ("Mercredi, 4 June 2025", date(2025, 6, 4)),               # French weekday before an English month
    ("Miércoles, 10 Dec 2025 08:00", date(2025, 12, 10)),      # accented weekday
    ("Senin, Oct 6, 2025", date(2025, 10, 6)),                 # month first after the weekday
])
def test_a_weekday_in_another_language_before_the_date_is_read(tmp_path, written, day):
    got, warnings = _dated(tmp_path, written)
    assert got == day
    assert warnings and "is not YYYY-MM-DD; read it as " + day.isoformat() in warnings[0]


@pytest.mark.parametrize("written", ["Smarch 3, 2026", "Rabu 13 Smarch 2024", "Soon, maybe 2024"])
def test_a_word_that_is_no_weekday_does_not_make_a_date(tmp_path, written):
    with pytest.raises(ContentError):
        _dated(tmp_path, written)
