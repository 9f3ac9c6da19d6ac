"""Plain text in short lines, as a scanned page, a wire story or an email keeps it. Invented for the test."""

import pytest

from newsletter.extract import understand
from newsletter.extract.wrapping import unwrapped
from newsletter.pull_quotes import select_pull_quotes

from .test_layouts import iv

SCAN = ("Delia Marsh arrives at the hotel ten minutes\n"
        "early, a habit from her father's fish round.\n"
        "\"He'd have the van out at half five every\n"
        "morning and if you weren't in it you walked,\"\n"
        "she says. \"So I'm never late. I'm just tired.\"\n\n"
        "We spoke over a pot of tea she did not touch.\n\n"
        "CITY WEEKLY: How did you get the part?\n"
        "MARSH: By accident. I went to the audition to\n"
        "keep my friend company and the casting woman\n"
        "thought I was next, so I read with my coat on.\n"
        "CITY WEEKLY: And your friend?\n"
        "MARSH: She's a solicitor now. She's forgiven me.\n\n"
        "The producer, Meg Callow, puts it more plainly.\n"
        "\"Delia doesn't perform for the camera. She\n"
        "performs for the crew, the hardest audience.\"")


def test_a_hard_wrapped_page_reads_as_printed_and_its_labels_start_turns():
    u = understand(iv(SCAN, title="The girl from the fish van", outlet="City Weekly"))
    said = [(t.role, t.speaker, " ".join(t.text.split())) for t in u.turns]
    assert ("interviewee", "Delia Marsh", "He'd have the van out at half five every morning and if you weren't in "
            "it you walked,") in said
    assert [(r, s) for r, s, t in said if t.startswith(("How did", "By accident", "And your", "She's a"))] == [
        ("interviewer", "City Weekly"), ("interviewee", "Delia Marsh")] * 2
    assert [(r, s) for r, s, t in said if t.startswith("Delia doesn't")] == [("other", "Meg Callow")]
    assert [r for r, _, t in said if t.startswith("The producer")] == ["narration"]


def test_the_stored_body_keeps_its_lines_and_the_reading_only_its_white_space():
    read = unwrapped(SCAN)
    assert len(read) == len(SCAN) and read.replace(" ", "\n") == SCAN.replace(" ", "\n")
    assert "every morning" in read and "\nMARSH: By accident." in read


@pytest.mark.parametrize("kept", [
    "LENA VOSS\nI was never in the water, not once.",  # a name alone on its line, then the speech
    "- a list item that runs on for a while\n- and another item that runs on too",
    "[8/16/2025 8:02 PM] kelpie\nwe are filming in the rain again tonight",
    "This line ends a sentence, as it should.\nSo does this one, on its own line.\nAnd a third.",
])
def test_lines_that_are_laid_out_not_wrapped_keep_their_line_ends(kept):
    assert unwrapped(kept) == kept


def test_a_pull_quote_never_opens_on_a_contracted_pronoun_pointing_outside_it():
    body = ("Delia Marsh grew up above a fish shop.\n\n"
            "\"He'd have the van out at half five every morning, rain or shine,\" she says of her father.")
    u = understand(iv(body, title="Delia Marsh on early starts"))
    assert [c.excluded for c in select_pull_quotes(u, count=3).candidates if c.text.startswith("He'd")] == [
        "opens with 'He'd' (points outside the quote)"]


def test_bold_labels_starting_lines_inside_a_wrapped_block_start_turns_too():
    scan = SCAN.replace("CITY WEEKLY:", "**CITY WEEKLY:**").replace("MARSH:", "**MARSH:**")
    u = understand(iv(scan, title="The girl from the fish van", outlet="City Weekly"))
    said = [(t.role, t.speaker, " ".join(t.text.split())) for t in u.turns]
    assert [(r, s) for r, s, t in said if t.startswith(("How did", "By accident", "And your", "She's a"))] == [
        ("interviewer", "City Weekly"), ("interviewee", "Delia Marsh")] * 2


def test_someone_brought_in_by_name_before_a_quote_in_single_marks_is_the_journalists_paragraph():
    scan = SCAN.replace("\"Delia doesn't perform for the camera. She\nperforms for the crew, the hardest audience.\"",
                        "'Delia doesn't perform for the camera. She\nperforms for the crew, the hardest audience.'")
    u = understand(iv(scan, title="The girl from the fish van", outlet="City Weekly"))
    assert [t.role for t in u.turns if t.text.startswith("The producer")] == ["narration"]
