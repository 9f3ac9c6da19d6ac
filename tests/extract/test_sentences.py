import pytest

from newsletter.extract import sentences as S
from newsletter.extract.sentences import paragraphs, sentences


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


@pytest.mark.parametrize("text", [
    "I loved it. We shot it eleven times; nobody complained. Really? Yes! and then we ate.",
    "One sentence only.",
    "Short. Two. Three words here.   Trailing space.  ",
])
def test_fast_path_splits_exactly_as_syntok(text):
    assert not S._AMBIGUOUS.search(text)
    slow = [S._trim(text, s[0].offset, s[-1].offset + len(s[-1].value)) for p in S.analyze(text) for s in p]
    assert list(S._plain_sentences(text, 0)) == slow


def test_offsets_are_exact_with_a_base():
    body = "Intro.\n\nQ: Why? A: Because I said so. Fine."
    for a, b in sentences(body[8:], 8):
        assert body[a:b] in ("Q: Why?", "A: Because I said so.", "Fine.")


def test_paragraphs_are_trimmed_spans():
    text = "  One.\n\n \n Two\nstill two.\n\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two\nstill two."]
