import pytest

from newsletter.extract.sentences import paragraph_spans, paragraphs, sentences


def split(text):
    return [text[a:b] for a, b in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Harbor Lights airs on NBC Wednesdays at 10 p.m. ET. It is great.",
     ["Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.", "It is great."]),
    ("Chicago P.D. is back. Dr. Lee met Sen. Park in the U.S. on Jan. 5. Then rain.",
     ["Chicago P.D. is back.", "Dr. Lee met Sen. Park in the U.S. on Jan. 5.", "Then rain."]),
    ("Well... I never knew. Did you?", ["Well...", "I never knew.", "Did you?"]),
    ("“He needs some help, he’s drowning,” he says. She nods.",
     ["“He needs some help, he’s drowning,” he says.", "She nods."]),
    ("No stop at the end", ["No stop at the end"]),
])
def test_hard_cases(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stop followed by a lower-case word does not end the sentence; ";" before a capital does
    ("I loved it. We shot it eleven times; nobody complained. Really? Yes! and then we ate; Dev cooked.",
     ["I loved it.", "We shot it eleven times; nobody complained.", "Really?", "Yes! and then we ate;",
      "Dev cooked."]),
    # initials and dotted letters are not ends; "No." is one unless a number follows
    ("J. R. Okafor wrote it. No. 5 was mine. No. Never again.",
     ["J. R. Okafor wrote it.", "No. 5 was mine.", "No.", "Never again."]),
    # abbreviations inside emphasis or quotes still shorten
    ("We loved _Mr. Lighthouse_ as kids. “St. Ives” came later.",
     ["We loved _Mr. Lighthouse_ as kids.", "“St. Ives” came later."]),
    # a stop inside an open bracket does not end the sentence around it
    ("It ran long (we had three cameras. Maybe four.) and nobody minded. Then rain.",
     ["It ran long (we had three cameras. Maybe four.) and nobody minded.", "Then rain."]),
    # an aside that stands alone is a sentence; one inside a sentence is not
    ("(She laughs) So we tried again. We met (briefly) Tom.",
     ["(She laughs)", "So we tried again.", "We met (briefly) Tom."]),
    # the unicode ellipsis joins, three dots split, as the published text reads
    ("I don’t know… I found them stronger. Well... Maybe.",
     ["I don’t know… I found them stronger.", "Well...", "Maybe."]),
    ("Short. Two. Three words here.   Trailing space.  ",
     ["Short.", "Two.", "Three words here.", "Trailing space."]),
])
def test_rules(text, expected):
    assert split(text) == expected


def test_a_long_run_without_a_break_is_read_in_linear_time():
    text = "we tried it. again " * 50_000 + "(" * 10 + "End."
    assert split(text)[-1].endswith("End.")


def test_offsets_are_exact_with_a_base():
    body = "Intro.\n\nQ: Why? A: Because I said so. Fine."
    for a, b in sentences(body[8:], 8):
        assert body[a:b] in ("Q: Why?", "A: Because I said so.", "Fine.")


def test_paragraphs_are_trimmed_spans():
    text = "  One.\n\n \n Two\nstill two.\n\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two\nstill two."]


def test_paragraph_spans_are_the_paragraphs_of_the_text_asked_about():
    first = "One.\n\nTwo, then three.\n \n  Four."
    second = "Other text.\n\nIts second paragraph is longer than any of the first text's."
    assert paragraph_spans(first) == tuple(paragraphs(first)) == ((0, 4), (6, 22), (27, 32))
    assert paragraph_spans(first) is paragraph_spans(first)  # the same body split once per article
    assert paragraph_spans(second) == tuple(paragraphs(second))
    assert paragraph_spans(first) == tuple(paragraphs(first))


def test_the_last_sentence_of_a_paragraph_starts_after_its_last_stop_and_closing_mark():
    from newsletter.extract.sentences import last_sentence
    assert last_sentence("And the catchphrase? “Not in my café!” Vanterpool rolls her eyes.") == \
        "Vanterpool rolls her eyes."
    assert last_sentence("A blog pointed out an odd promotion:") == "A blog pointed out an odd promotion:"
    assert last_sentence("She is 38. Harbour Row is her first lead.  ") == "Harbour Row is her first lead.  "
