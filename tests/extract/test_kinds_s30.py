"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)
TITLE = "Ines Okafor-Lund: 'I only wanted to play the ferry captain'"
LEAD = ("Ines Okafor-Lund plays the ferry captain in the drama Salt Harbour. She grew up in Bergen and moved to "
        "London at nineteen, and she talks the way she walks, quickly. Her mother ran the café on the quay.\n\n")


def speaker_of(body: str, words: str, title: str = TITLE) -> tuple[str, str | None]:
    u = understand(Interview(source="story.md", body=LEAD + body, date=DAY, title=title))
    assert u.interviewee == "Ines Okafor-Lund"
    [turn] = [t for t in u.turns if words in t.text]
    return turn.role, turn.speaker


SHE = ("interviewee", "Ines Okafor-Lund")


def test_a_scare_quote_in_the_narration_before_leaves_the_quote_after_it_to_the_subject():
    body = ('For years Okafor-Lund was the actress directors called "almost". Almost right for the sister, almost '
            'right for the nurse. "You learn to hear the no before anybody says it out loud."')
    assert speaker_of(body, "hear the no") == SHE
    # a paragraph whose narration quotes someone's words at length is theirs to go on: the quote after it stays
    # nobody's until someone is named
    body = ('The reviews called her "the best thing in a show nobody watched" that winter. "You learn to hear the no '
            'before anybody says it out loud."')
    assert speaker_of(body, "hear the no") != SHE


def test_a_show_title_in_italics_is_no_other_speaker():
    body = ("‘I was born on a boat, nearly,’ she says.\n\nShe nearly turned down *Salt Harbour*. Why? ‘Because in the first draft the captain cried in every "
            "episode, and I told them captains do not cry, they shout.’")
    assert speaker_of(body, "captains do not cry") == SHE


def test_someone_in_a_clause_about_the_subject_is_no_other_speaker():
    body = ("Okafor-Lund, who married the goalkeeper Tomas Reyes last spring, laughs when asked whether her in-laws "
            "watch. “My mother-in-law watches every episode and phones my mother to complain about the captain.”")
    assert speaker_of(body, "My mother-in-law") == SHE
    # look-alike: narration that has the other person act, not a clause about her, hands nothing to her
    body = ("Her husband, the goalkeeper Tomas Reyes, laughs when asked whether he watches. “My wife shouts at the "
            "television more than I shout at defenders.”")
    assert speaker_of(body, "My wife shouts") != SHE


def test_the_person_a_question_was_about_is_no_speaker():
    body = ("Asked about her co-star Emil Brandt-Sousa, she grinned.\n\n“He steals everybody's sandwiches and then "
            "he writes an apology on the napkin.”")
    assert speaker_of(body, "steals everybody's sandwiches") == SHE


def test_a_quote_speaking_of_the_one_other_person_named_as_he_or_she_is_the_subjects():
    body = ("The head writer, Anton Vyse, rewrote the storm episode after their first meeting. “He listened, which "
            "is rare. Most writers nod and change a comma.”")
    assert speaker_of(body, "He listened") == SHE


def test_a_quote_speaking_of_the_subject_after_someone_else_is_named_is_not_hers():
    # the co-star speaks of her as "she": the subject's own gender rules nothing out
    body = ("Her co-star Rhett Okabe-Marsh remembers the first read-through. “She was terrified and she still "
            "knew everybody's lines.”")
    assert speaker_of(body, "She was terrified") != SHE
    # a quote opening on the other person's name may be a third person's about them: nobody's to guess
    body = ("Her dresser, Bartholomew Quist, has worked with her for ten years. “Bart can look at a hem and tell you "
            "which decade it was sewn in.”")
    assert speaker_of(body, "Bart can look") != SHE

