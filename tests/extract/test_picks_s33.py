"""Kinds of line the pull-quotes read (session 33), each with look-alikes an editor would print. Every line here is
invented for the test."""

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_speech import quotes_someone

from .test_layouts import iv


@pytest.mark.parametrize("line, quoted", [
    # someone else's words, with any verb of saying, after up to five words of whom to and when
    ("The director Corentin Maalouf-Ives answered me, 'Perpetua, a soap is not a face, it is a kitchen.'", True),
    ("There was a stuntman called Ozzie at my shoulder, whispering, \"Three more steps, then drop.\"", True),
    ("Fenwick, who plays the lighthouse keeper, said to me before the take, \"Don't look at me, it's funnier.\"",
     True),
    ("The whole crew shouted, 'Not again!' and the gull flew off with the sandwich.", True),
    # a sentence of someone's brought in by a colon, or named as their advice
    ("Last week the note was one line: \"Nobody folds a map like that on a trawler.\"", True),
    ("My agent's only advice was \"Learn the boat before you learn the lines.\"", True),
    ("I tell him, 'Grandad, it's acting!' But he still writes to the producers.", True),
    # look-alikes: a nickname or a title in marks, her own telling, a colon before her own words
    ("The grips called the van \"the submarine\" because the windows never opened.", False),
    ("I read \"Low Water\" twice on the train before I said yes to the part.", False),
    ("I said no to the part in Leeds for a year, \"Harbour Lights\" was the better offer.", False),
    ("There is one thing I learned on that trawler: you never turn your back on the sea.", False),
    ("He whispered the whole scene to me because he had lost his voice in the storm.", False),
])
def test_someone_elses_sentence_told_with_any_verb_of_saying_or_brought_in_by_a_colon_is_theirs(line, quoted):
    assert quotes_someone(line) is quoted


_PROFILE = ("Marisol Achterberg-Quaye plays the harbour master in *Gull Point*.\n\n"
            "Gull Point FM: What was the first week like?\n\n"
            "Marisol Achterberg-Quaye: {line}\n\n"
            "Gull Point FM: And the storm episode?\n\n"
            "Marisol Achterberg-Quaye: We shot it in a car park in Rhyl with two fire engines and a leaf blower, "
            "and I have never been so cold in my life.")


@pytest.mark.parametrize("line, own_name", [
    # the speaker's own name, given or family: someone else's words about her, given to her
    ("Marisol cries with the whole body, not only with the eyes, and the crew loves her for it.", True),
    ("Nobody on the crew works harder than Achterberg-Quaye on a cold night in the harbour.", True),
    ("I think Quaye's instinct for a scene is the best I have seen in thirty years.", True),
    # look-alikes: a co-star named, or nobody
    ("Delphine taught me to tie every knot on that boat, and I still practise them on the bus.", False),
    ("The first week I was sick over the side every single morning, and nobody let me forget it.", False),
])
def test_a_line_naming_its_own_speaker_is_no_pick(line, own_name):
    interview = iv(_PROFILE.format(line=line), title="Marisol Achterberg-Quaye on Gull Point",
                   interviewee="Marisol Achterberg-Quaye")
    sel = select_pull_quotes(understand(interview), count=3)
    reason = next(c.excluded for c in sel.candidates if c.text == line)
    assert (reason == "names its own speaker (someone else's words about them)") == own_name
    assert any(p.text == line for p in sel.picks) is not own_name


_THIRD_PERSON = ("Bettina Oduya-Lindqvist plays the ferry captain in *Gull Point*.\n\n"
                 "Gull Point FM: What was the first week like?\n\n"
                 "Bettina Oduya-Lindqvist: Bettina does not do mornings, and the call sheet knows it. "
                 "Bettina would rather swim to Rhyl than be in make-up at five.\n\n"
                 "Gull Point FM: And the storm episode?\n\n"
                 "Bettina Oduya-Lindqvist: Bettina wouldn't go into a lighthouse with a torch on her own at night.")


def test_a_speaker_who_talks_of_herself_in_the_third_person_keeps_her_lines():
    interview = iv(_THIRD_PERSON, title="Bettina Oduya-Lindqvist on Gull Point",
                   interviewee="Bettina Oduya-Lindqvist")
    sel = select_pull_quotes(understand(interview), count=3)
    assert any("lighthouse with a torch" in p.text for p in sel.picks)


def test_a_name_that_is_an_everyday_word_is_not_read_as_the_speaker():
    body = ("Will Okonjo-Berg plays the harbour master in *Gull Point*.\n\n"
            "Gull Point FM: What was the first week like?\n\n"
            "Will Okonjo-Berg: Will power got me through the first week on that trawler in the November rain.\n\n"
            "Gull Point FM: And the storm episode?\n\n"
            "Will Okonjo-Berg: We shot it in a car park in Rhyl with two fire engines and a leaf blower.")
    sel = select_pull_quotes(understand(iv(body, title="Will Okonjo-Berg on Gull Point",
                                           interviewee="Will Okonjo-Berg")), count=3)
    line = "Will power got me through the first week on that trawler in the November rain."
    assert next(c.excluded for c in sel.candidates if c.text == line) is None


@pytest.mark.parametrize("line, direction", [
    # a script's or transcript's note of what the speaker does, then the words played to the room
    ("(leaning in, whispering) I'm really not allowed to say who dies in the last episode.", True),
    ("(stirring four sugars into her tea) It's cruel, and I respect it more than anything on telly.", True),
    # look-alikes: a bracket in capitals, a bracket later in the line
    ("(The storm scene was shot in one night.) I have never been so cold in my whole life.", False),
    ("I have never been so cold in my life (and I grew up on a trawler in the North Sea).", False),
])
def test_a_line_opening_on_a_note_of_what_the_speaker_does_is_no_pick(line, direction):
    from newsletter.quote_features import exclusion
    found = exclusion(line, line.split(), False)
    assert (found == "opens on a note of what the speaker does ('(leaning in) …')") is direction


def test_a_name_someone_else_calls_the_speaker_by_in_marks_is_not_their_own_name():
    body = _PROFILE.format(line="The lads on the trawler still call me 'Marisol the Menace' and I have earned it.")
    sel = select_pull_quotes(understand(iv(body, title="Marisol Achterberg-Quaye on Gull Point",
                                           interviewee="Marisol Achterberg-Quaye")), count=3)
    line = "The lads on the trawler still call me 'Marisol the Menace' and I have earned it."
    assert next(c.excluded for c in sel.candidates if c.text == line) is None


@pytest.mark.parametrize("line, both", [
    # the speaker's own story told as "you"
    ("You learn these funny little things on a long shoot, and I've had to leave parties early because of my feet.",
     True),
    ("You get your scenes on the first day, and I always panic about the second one.", True),
    # look-alikes: a rule to "you" alone, the speaker alone, "you know" as filler
    ("You can't fake a cold open, and the crew can always tell when you try.", False),
    ("I've had to leave parties early because of my feet on a long shoot.", False),
    ("I learned to swim in that harbour, you know, when the water was still clean.", False),
])
def test_a_line_to_you_that_tells_the_speakers_own_story_is_read_as_such(line, both):
    from newsletter.quote_features import features
    from newsletter.quote_glance import Context
    words = line.replace(",", " ").replace(".", " ").split()
    found = features(line, line, words, Context(False, False, False, False))
    assert found["you_and_me"] == (1.0 if both else 0.0)
