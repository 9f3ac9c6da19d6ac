"""Kinds found by a second reading of the shared corpus's unannotated real articles (stop 32), each with invented
text and look-alikes that must stay as they were."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.not_names import named_without_office
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes


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


# A line opening on a time told before ("Since then", "During that time", "At that point") needs the sentence before
# it; an editor's bracket in lower case ("[otherwise] it…") stands in for words cut before it; an editor's capital
# ("[H]is…") is read with its word, a pronoun pointing outside the quote.
TIME_BEFORE = (
    "Tamsin Vorley spent six seasons as the harbour pilot on Brackwater, and she talked to us about the last one.\n\n"
    "“I failed chemistry twice at school and my teachers gave up on me completely,” Vorley says. “Since then, "
    "I've become the person on set who reads every lab manual the props team leaves lying around.”\n\n"
    "She remembers the second season best. “The pilot had to leave town for a whole year. During that time she "
    "learned every knot the old fishermen could teach her on the quay.”\n\n"
    "On the finale, she is careful. “The writers had to end it out on the water, and they knew it... [otherwise] it "
    "would have felt like somebody else's show and not the one we spent six winters making.”\n\n"
    "“[H]is boat was the first thing the crew built, before any of the sets were standing on the lot,” she adds.\n\n"
    "“Since the pilot, I've kept every single script in a shoebox under my bed in the flat.”\n\n"
    "“[T]he crew built me a little heater out of a biscuit tin that I still keep in my trailer.”"
)


def _candidates(body: str):
    u = understand(_iv(body, "Tamsin Vorley on the last night of Brackwater"))
    return {c.text.split()[0]: c for c in select_pull_quotes(u, count=3).candidates}


def test_a_line_opening_on_a_time_told_before_is_not_picked():
    cands = _candidates(TIME_BEFORE)
    assert cands["Since"].text.startswith("Since then") and cands["Since"].excluded
    assert cands["During"].excluded
    # look-alike: a time the line names itself
    since_pilot = [c for c in select_pull_quotes(understand(_iv(TIME_BEFORE, "Tamsin Vorley on Brackwater")),
                                                 count=3).candidates if c.text.startswith("Since the pilot")]
    assert since_pilot and not since_pilot[0].excluded


def test_an_editors_bracket_opening_a_line_is_read_as_the_words_it_stands_for():
    cands = _candidates(TIME_BEFORE)
    assert cands["[otherwise]"].excluded and cands["[H]is"].excluded
    assert not cands["[T]he"].excluded  # look-alike: an editor's capital on a word that points nowhere


# A block quote after "From the transcript:" is a record of the one speaking before it, not a source's own text; a
# source's text cited after a colon that names no person stays nobody's speech.
TRANSCRIPT_BLOCK = (
    "Tamsin Vorley stopped by a late-night show to talk about the last night of Brackwater.\n\n"
    "Asked whether she would miss the harbour, she laughed, “Every single day, and twice on Sundays when the fog "
    "comes in.” From the network's own transcript:\n\n"
    "> The thing nobody tells you about a harbour set is that the water is real and it is always, always cold.\n\n"
    "A sailing blog pointed out an odd promotion:\n\n"
    "> The show's boat will be sold at auction next spring, with all proceeds going to the lifeboat fund.\n"
)


def test_a_transcript_block_quote_is_the_one_speaking_before_it():
    u = understand(_iv(TRANSCRIPT_BLOCK, "Tamsin Vorley on the last night of Brackwater"))
    said = next(t for t in u.turns if "always, always cold" in t.text)
    assert (said.role, said.speaker) == ("interviewee", "Tamsin Vorley")
    cited = next(t for t in u.turns if "sold at auction" in t.text)
    assert cited.speaker is None and cited.role != "interviewee"  # look-alike: a blog's text, nobody's speech


# A paper's closing line about its reporter's own slot ("Pat Reyes previews the week's films every Friday…") is no
# airing of the film or show reviewed; the same slot said of anyone else, or earlier in the piece, stays an airing.
def _air(body: str, byline: str = "Pat Reyes"):
    return understand(_iv(body, "Harbor Lights sinks at the box office", byline=byline)).air_dates


REVIEW = ("There is a good film somewhere inside Harbor Lights, but it never surfaces. The cast does its best with "
          "a script that gives them nothing to do but stare at the sea.\n\n")


def test_the_reporters_own_slot_in_the_closing_line_is_no_airing():
    assert _air(REVIEW + "Pat Reyes previews the week's films every Friday at noon on Channel 9.") == ()
    # look-alikes: someone else's slot, and the reporter's slot followed by more of the piece
    other = _air(REVIEW + "Lena Voss hosts Harbor Lights every Friday at noon on Channel 9.")
    assert [(a.weekday, a.local_time) for a in other] == [("Friday", "12:00")]
    inside = _air(REVIEW + "Pat Reyes hosts Harbor Lights every Friday at noon on Channel 9.\n\n"
                  "The film opens in cinemas next month.")
    assert [(a.weekday, a.local_time) for a in inside] == [("Friday", "12:00")]


# A title ending its sentence takes the full stop inside the marks (`her book, “Salt In The Rigging.”`): still a
# title in the journalist's sentence, nobody's words.
TITLE_AT_THE_END = (
    "Tamsin Vorley has written a book about her six years on the harbour, “Salt In The Rigging Of Brackwater.” "
    "It comes out in the spring.\n\n"
    "“I wrote most of it on the ferry between takes, with my script on one knee,” Vorley says.\n"
)


def test_a_title_with_the_sentences_full_stop_inside_its_marks_is_narration():
    u = understand(_iv(TITLE_AT_THE_END, "Tamsin Vorley on the last night of Brackwater"))
    assert not [t for t in u.turns if t.text.startswith("Salt In")]
    title = next(t for t in u.turns if "Salt In The Rigging" in t.text)
    assert title.role == "narration"
    said = next(t for t in u.turns if "on the ferry" in t.text)  # look-alike: her words stay hers
    assert (said.role, said.speaker) == ("interviewee", "Tamsin Vorley")


# "ALL:", "BOTH:": the room answering together is neither the host asking nor the guest interviewed.
GROUP_VOICES = (
    "**Nadia Brook**: Welcome back. The cast of Harbor Lights is here: Tamsin Vorley and Dev Okafor. Good morning.\n\n"
    "BOTH: Good morning, Nadia!\n\n"
    "**Nadia Brook**: Who thought the show would last five years?\n\n"
    "**Tamsin Vorley**: Not me. I packed a bag for six weeks and never unpacked it, and my flat is still full of "
    "boxes I have never opened.\n\n"
    "**Dev Okafor**: I did. I bought a flat near the studio on the very first day.\n\n"
    "ALL: Of course he did.\n\n"
    "**Nadia Brook**: And what comes next for the harbour?\n\n"
    "**Tamsin Vorley**: A storm, a wedding and a boat that nobody can find, all in the first episode.\n\n"
    "**Nadia Brook**: Thanks, both of you.\n"
)


def test_a_group_voice_label_is_neither_host_nor_guest():
    u = understand(_iv(GROUP_VOICES, "The Early Hour", byline=None))
    roles = {t.text[:12]: t.role for t in u.turns}
    assert roles["Good morning"] == "other" and roles["Of course he"] == "other"
    # look-alikes: the host still asks, the guest still answers
    assert roles["Who thought t"[:12]] == "interviewer" and roles["A storm, a we"[:12]] == "interviewee"
