"""Who is interviewed, decided by evidence; labels resolved to the full names the article gives."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.cast import Cast, people_named
from newsletter.model import Interview


@pytest.mark.parametrize("headline, names", [
    ("Five Minutes With Dara Quill", ["Dara Quill"]),
    ("Harbor Lights' Tomas Varga Talks Boats, Books, And Bad Weather", ["Tomas Varga"]),
    ("Our Ten Minutes In Paradise With Northern Sky's Ines Marlow", ["Ines Marlow"]),
    ("Maya Lin Okafor, Actress", ["Maya Lin Okafor"]),
    ("Then Dara Quill said", ["Dara Quill"]),
    ("A chat with Kit Ambrose & Noor V. Halim about their film", ["Kit Ambrose", "Noor V. Halim"]),
    ("Life in Los Angeles and New York", []),
])
def test_people_named_in_headlines(headline, names):
    # Candidates, in order; later title-case phrases ("Bad Weather") are left for the evidence score to drop.
    assert people_named(headline)[:len(names) or None] == names


@pytest.mark.parametrize("label, full", [("RM", "Rhea Mallory"), ("R.M.", "Rhea Mallory"),
                                         ("MALLORY", "Rhea Mallory"), ("Rhae Mallory", "Rhea Mallory"),
                                         ("OSTER", "Benno Ostergaard"), ("BENNO OSTERGARD", "Benno Ostergaard")])
def test_labels_resolve_to_the_name_the_lead_gives(label, full):
    cast = Cast([], context="Rhea Mallory and Benno Ostergaard sat down with us before the premiere.")
    if label == "OSTER":  # a clipped surname is not a misspelling: it stays as written
        assert cast.resolve(label) == "Oster"
    else:
        assert cast.resolve(label) == full


def _iv(body: str, title: str) -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 23), title=title, byline="Sam Ode")


def test_the_subject_is_a_person_not_the_show_in_italics_or_the_byline():
    body = ("Fans of _Copper Bay_ know Lena Ardis as the harbor master. Ardis, who plays Captain Wren, "
            "says the last season was the hardest.\n\n"
            "**What was the hardest scene?** The storm in episode four. We shot it in a tank for three nights and "
            "I lost my voice on the second one.\n\n"
            "**Will Captain Wren be back?** I would love that, but nobody has told me a thing.")
    u = understand(_iv(body, "Copper Bay's Lena Ardis on the storm"))
    assert u.interviewee == "Lena Ardis"
    answer = next(t for t in u.turns if "The storm in episode four" in t.text)
    assert (answer.role, answer.speaker) == ("interviewee", "Lena Ardis")


def test_a_label_with_an_aside_is_still_a_label_and_bold_questions_keep_guests_as_guests():
    body = ("We sat down with Kit Ambrose and Noor V. Halim to talk about their film.\n\n"
            "**So how did this start?**\n\n"
            "**Kit Ambrose** _[standing up, pacing]_: It started with a bet about a bicycle.\n\n"
            "**Noor V. Halim:** He lost the bet, for the record.\n\n"
            "**Kit:** I lost the bet, and then I wrote the script in six weeks on a borrowed laptop.\n\n"
            "**Noor:** Nine weeks. He rounds down.\n\n"
            "**Kit:** Nine weeks, fine. The laptop was hers.\n\n"
            "**Did the bicycle make it into the film?** \n\n"
            "**Kit:** It is in the opening shot, leaning on a lamp post in the rain.")
    u = understand(_iv(body, "Kit Ambrose & Noor V. Halim on their bicycle film"))
    assert u.interviewee == "Kit Ambrose"
    roles = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert roles["It started with a be"] == ("interviewee", "Kit Ambrose")
    assert roles["He lost the bet, for"] == ("other", "Noor V. Halim")
    assert roles["It is in the opening"] == ("interviewee", "Kit Ambrose")
    assert roles["So how did this star"][0] == "interviewer"
