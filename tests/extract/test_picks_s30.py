"""Kinds of interview and of line the pull-quotes read (session 30), each with look-alikes that must read the other
way. Every line here is invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.extract.roles import MIN_CONFIDENCE
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv, read

_COMMENTARY = ("LAMPLIGHTER - SERIES TWO - COMMENTARY\n"
               "Recorded for the box set. Speakers: Odile Fairbrother-Nwosu, Kasimir Lund, Petra Okane.\n\n"
               "ODILE: Hello, I'm Odile, and I play the lamplighter's daughter for the second year running.\n"
               "KASIMIR: I'm Kasimir, I directed it.\n"
               "PETRA: And I'm Petra. I wrote it.\n\n"
               "ODILE: This is the street we built in a car park in Dundee, and every lamp on it is real gas.\n"
               "KASIMIR: We had a fireman on set every night.\n\n"
               "ODILE: I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again.\n"
               "PETRA: That scene was the first thing I wrote.\n\n"
               "ODILE: My grandmother lit the lamps in her village until 1961, and she came to the set to watch me "
               "do it wrong.\n")


def test_a_panel_where_one_guest_does_most_of_the_talking_is_theirs():
    u = understand(iv(_COMMENTARY, title="Lamplighter series two commentary"))
    assert u.interviewee == "Odile Fairbrother-Nwosu" and u.confidence >= MIN_CONFIDENCE
    picks = [p.text for p in select_pull_quotes(u, count=3).picks]
    assert "I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again." in picks


_EVEN = ("LAMPLIGHTER - SERIES TWO - COMMENTARY\n"
         "Recorded for the box set. Speakers: Odile Fairbrother-Nwosu, Kasimir Lund.\n\n"
         "ODILE: This is the street we built in a car park in Dundee, and every lamp on it is real gas.\n"
         "KASIMIR: We had a fireman on set every night, and he brought his own kettle and his own dog.\n\n"
         "ODILE: I learned to climb a ladder in a corset, which is a skill nobody will ever pay me for again.\n"
         "KASIMIR: I learned that a gas lamp in the rain sounds exactly like somebody whispering behind you.\n")


def test_two_guests_who_talk_as_much_as_each_other_stay_a_coin_toss():
    u = understand(iv(_EVEN, title="Lamplighter series two commentary"))
    assert u.confidence < MIN_CONFIDENCE
    assert select_pull_quotes(u, count=3).picks == ()


_WORDS = re.compile(r"[\w’']+")

NEVER_PRINTED = [
    # talk about the question's subject as a bare "this", "that" or "it": the subject is in the question
    "I was actually talking about this yesterday with my sister, and she laughed at me for an hour.",
    "We've been talking about it since the read-through, and nobody on the crew agrees.",
    "My agent and I spoke about that a lot before I signed anything with the network.",
    "I was chatting about this on the train this morning with a woman from Hull, of all people.",
    # a correction of what was asked: the thing corrected is in the question
    "Not from the book, from my grandmother's kitchen in Swansea, from a burnt pan in 1987.",
    "Not the real lighthouse, the one they built in a car park in Dundee out of plywood.",
    "Well, not a whole week, just one very long night in a caravan with a broken heater.",
]

PRINTABLE = [
    # what is talked about is named after "this" or "that", or the talk is about something the line names
    "I was talking about this show with my grandmother and she cried at the lighthouse scene.",
    "We were talking about death all week on set, and then we all went to the pub and sang.",
    "My agent and I spoke about that audition for years, because I walked into the wrong room.",
    "Nobody talks about the catering, but the catering is the reason any of us turn up at dawn.",
    # "Not" opening a statement, or a list of what something is not
    "Not many people know that the lighthouse keeper's cat is played by four different cats.",
    "Not once, in six years on that island, did the director raise his voice at anyone.",
    "Not in a million years would I have guessed that the vicar did it.",
    "Not the heroes, not the villains, just people who happen to live on a very wet rock.",
]


@pytest.mark.parametrize("line", NEVER_PRINTED)
def test_a_line_that_talks_about_or_corrects_the_question_leans_on_it(line):
    assert exclusion(line, _WORDS.findall(line), False) is not None


@pytest.mark.parametrize("line", PRINTABLE)
def test_its_look_alikes_that_name_their_subject_are_printable(line):
    assert exclusion(line, _WORDS.findall(line), False) is None


_PROFILE = ("Marisol Quaye-Lindholm has played the harbour master on *Saltmarsh* for six years.\n\n"
            "{asked} \"I'm married to the lighthouse at the moment, and to a very old cat called Admiral. "
            "The lighthouse is the only one of the two that has never bitten a producer.\"\n\n"
            "The new series starts in March.")
_FIRST = "I'm married to the lighthouse at the moment, and to a very old cat called Admiral."
_SECOND = "The lighthouse is the only one of the two that has never bitten a producer."


def _reasons(body: str) -> dict[str, str | None]:
    sel = select_pull_quotes(understand(iv(body, title="Marisol Quaye-Lindholm on six years of Saltmarsh")), count=3)
    return {c.text: c.excluded for c in sel.candidates}


@pytest.mark.parametrize("asked", [
    "Asked whether she is seeing anyone, she smiled.",
    "When I ask if she has time for romance, she laughs.",
    "Pressed on whether there is anyone special, she shrugged.",
    "Is she seeing anyone? She grins.",
])
def test_a_quote_after_a_yes_or_no_question_the_narration_reports_opens_on_its_answer(asked):
    reasons = _reasons(_PROFILE.format(asked=asked))
    assert reasons[_FIRST] is not None
    assert reasons[_SECOND] is None  # the answer goes on to say something of its own


@pytest.mark.parametrize("asked", [
    "Asked about the lighthouse, she smiled.",  # an open question: the answer is a statement
    "She is not seeing anyone, she says, and does not mind.",
    "Asked whether she is seeing anyone, she smiled and changed the subject to the weather in Whitby, the "
    "lighthouse, the gulls, her mother's knees and a parking ticket she got last Tuesday on the seafront.",
])
def test_a_quote_after_no_yes_or_no_question_or_long_after_one_is_printable(asked):
    assert _reasons(_PROFILE.format(asked=asked))[_FIRST] is None


_QUIZ = ("# How well does Ottilie Brannagh-Osei know her co-star?\n\n"
         "**Question 1: What is his middle name?**\n\n"
         "**Ottilie:** Percival. He hates it.\n\n"
         "**Dov:** *(rings bell)* Correct, and I do hate it.\n\n"
         "**Question 2: What would he save in a fire?**\n\n"
         "**Ottilie:** His guitar, and then me, and then probably the cat.\n\n"
         "**Dov:** The cat first, but fine. One point.\n\n"
         "{after}")


def test_a_paragraph_after_the_last_turn_that_reports_someones_words_is_the_journalists():
    after = ("Afterwards, Ottilie admitted the quiz was harder than any scene. \"I have spent three years pretending to "
             "know everything about this man, and it turns out I know his cat better than I know him.\"")
    turns = read(iv(_QUIZ.format(after=after), title="How well does Ottilie Brannagh-Osei know her co-star?",
                    interviewee="Ottilie Brannagh-Osei"))
    assert not any(speaker == "Dov" and "Afterwards" in text for _, speaker, text in turns)
    assert any(role == "interviewee" and text.startswith("I have spent three years") for role, _, text in turns)


def test_the_speakers_own_paragraph_after_their_turn_stays_theirs():
    # no name outside the marks, or the speaker's own first person: the host goes on
    after = "And another thing: the cat has its own agent, and the agent is more famous than \"either of us put together, honestly.\""
    turns = read(iv(_QUIZ.format(after=after), title="How well does Ottilie Brannagh-Osei know her co-star?",
                    interviewee="Ottilie Brannagh-Osei"))
    assert any(speaker == "Dov" and "And another thing" in text for _, speaker, text in turns)


_SPOILER_CHAT = ("Our soap spoiler chat this week is with Delphine Okafor-Strand, who plays Nell on *Ferry Row*.\n\n"
                 "**SUDS:** What happens to Nell next week?\n\n"
                 "**DELPHINE:** She finds out about the letters, and she does not take it well at all, not one bit.\n\n"
                 "{box} Watch out for Nell's scene in the launderette on Tuesday night.\n\n"
                 "**SUDS:** Do you get on with your screen sister?\n\n"
                 "**DELPHINE:** We have shared a dressing room for nine years and never once argued about the "
                 "mirror.")


@pytest.mark.parametrize("box", ["🔥 **SPOILER:**", "► **Don't miss:**", "★ __Coming up:__"])
def test_a_magazines_box_after_an_emoji_or_a_bullet_is_no_speakers_words(box):
    sel = select_pull_quotes(understand(iv(_SPOILER_CHAT.format(box=box), title="Delphine Okafor-Strand on Ferry Row",
                                           interviewee="Delphine Okafor-Strand")), count=3)
    assert not any("launderette" in p.text for p in sel.picks)
    label = box.split()[-1].strip("*_")
    assert all(c.excluded is not None for c in sel.candidates if label in c.text)


def test_an_emoji_before_emphasis_that_labels_nothing_stays_the_speakers():
    body = _SPOILER_CHAT.format(box="").replace(
        "We have shared", "🔥 **Honestly**, we have shared")
    sel = select_pull_quotes(understand(iv(body, title="Delphine Okafor-Strand on Ferry Row",
                                           interviewee="Delphine Okafor-Strand")), count=3)
    assert any("dressing room" in c.text and c.excluded is None for c in sel.candidates)
