"""Kinds found by a second reading of the shared corpus's unannotated real articles (stop 32), each with invented
text and look-alikes that must stay as they were."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.not_names import named_without_office
from newsletter.model import Interview


def _iv(body: str, title: str, byline: str = "Pat Reyes") -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 23), title=title, byline=byline)


# A civic questionnaire names its candidates with their offices ("State Senator Dan Okoro") and labels their answers
# by surname: the office is no part of the name the answers are given to.
OFFICE_LABELS = (
    "The runoff for borough president is Tuesday. City Council Member Ada Ruiz won 38% of the primary vote and "
    "State Senator Dan Okoro won 35%. We put the same questions to both.\n\n"
    "**How would you fix the ferry schedule?**\n\n"
    "**Ruiz:** Adding two late boats on weekdays would help, and so would a timetable a month ahead.\n\n"
    "**Okoro:** The ferry needs its own budget line, not leftovers from the bus contract.\n\n"
    "**What about the harbour park?**\n\n"
    "**Ruiz:** Finish the promenade before anything else gets built on the waterfront.\n\n"
    "**Okoro:** Open the piers to the public on weekends while the work goes on.\n"
)


def test_an_office_before_a_full_name_is_no_part_of_the_speakers_name():
    u = understand(_iv(OFFICE_LABELS, "Our guide to the borough president runoff"))
    speakers = {t.speaker for t in u.turns if t.role in ("interviewee", "other")}
    assert speakers == {"Ada Ruiz", "Dan Okoro"}
    assert u.interviewee in speakers


def test_an_office_is_dropped_only_where_a_full_name_is_left():
    assert named_without_office("State Senator Dan Okoro") == "Dan Okoro"
    assert named_without_office("Council Member Ada Ruiz") == "Ada Ruiz"
    # look-alikes: the office with a surname alone is how the piece names the person; a name with no office stays
    assert named_without_office("President Voss") == "President Voss"
    assert named_without_office("Ada Ruiz") == "Ada Ruiz"
