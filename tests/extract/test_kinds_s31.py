"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes

DAY = date(2026, 11, 28)

# A children's magazine: a mascot's questions under "NAME ASKS:" in bold, readers' under "Ayo, 8, asks:", the
# star's answers in plain paragraphs, and the page's own sections after them.
KIDS_PAGE = """# MEET THE STAR!

## Priya Lindqvist-Obi plays Commander Dot in *Moon Bakers*. Our robot reporter ZAPPO went to find out more!

**ZAPPO ASKS: Whirr click! Do you eat the space cakes?**

Only the pretend ones! The real cakes are made of sponge and glue, so I bite the air next to them and the camera does the rest.

**ZAPPO ASKS: Who is the funniest person on set?**

The dog who plays Crumbs. She gets more biscuits than anybody and she knows it, so she sits on the director's chair.

**Ayo, 8, from Hull asks: Were you scared of the big oven?**

A little bit! It roars when the door opens, but it is only a fan and a red light behind a sheet of plastic.

**SPOT THE SPOON:** Can you find the silver spoon hidden on every page of this issue? Answers on page 40!

**WIN!** We have three Moon Bakers aprons to give away. Send your name and age to the Zapzine office by Friday.
"""


def test_a_mascot_asking_in_capitals_asks_and_a_page_section_label_is_not_the_interviewee():
    u = understand(Interview(source="kids.md", body=KIDS_PAGE, date=DAY,
                             title="MEET THE STAR: Priya Lindqvist-Obi from Moon Bakers!", byline="The Zapzine Team"))
    assert u.interviewee == "Priya Lindqvist-Obi"
    by_words = {words: (t.role, t.speaker) for t in u.turns
                for words in ("sponge and glue", "Crumbs", "only a fan", "silver spoon", "three Moon Bakers aprons",
                              "Do you eat the space cakes")
                if words in t.text}
    star = ("interviewee", "Priya Lindqvist-Obi")
    assert by_words["sponge and glue"] == star
    assert by_words["Crumbs"] == star
    assert by_words["only a fan"] == star
    assert by_words["Do you eat the space cakes"][0] == "interviewer"
    assert by_words["silver spoon"][1] != "Priya Lindqvist-Obi"
    assert by_words["three Moon Bakers aprons"] == ("narration", "The Zapzine Team")  # "**WIN!**": the page's
    picks = [q.text for q in select_pull_quotes(u, count=3).picks]
    assert picks and not any("Zapzine office" in p for p in picks)


# Look-alikes, which must stay as they are.

def test_a_labelled_guest_answering_bold_questions_stays_the_interviewee():
    body = ("Tomas Reyes-Blom talked to us before the final.\n\n"
            "**Was the last scene hard?**\n\n"
            "**Tomas Reyes-Blom:** It was the hardest week of my life, and the lake was frozen.\n\n"
            "**Would you go back?**\n\n"
            "**Tomas Reyes-Blom:** Tomorrow, if they asked me. I left a good coat there.")
    u = understand(Interview(source="q.md", body=body, date=DAY, title="Tomas Reyes-Blom on the final"))
    assert u.interviewee == "Tomas Reyes-Blom"
    assert u.confidence >= 0.9
    [turn] = [t for t in u.turns if "good coat" in t.text]
    assert (turn.role, turn.speaker) == ("interviewee", "Tomas Reyes-Blom")


def test_prompts_in_capitals_answered_in_the_first_person_stay_prompts():
    body = ("Nell Ashdown-Pryce plays the lighthouse keeper in *Gull Rock*.\n\n"
            "**FIRST JOB**\n\nI sold ice creams on the pier and ate most of the profits.\n\n"
            "**BEST ADVICE**\n\nMy grandmother told me to always carry a pencil, and I always do.\n\n"
            "**WORST HABIT**\n\nI hum when I am nervous, and I am nervous a lot.")
    u = understand(Interview(source="p.md", body=body, date=DAY, title="Nell Ashdown-Pryce: my life in prompts"))
    [turn] = [t for t in u.turns if "carry a pencil" in t.text]
    assert (turn.role, turn.speaker) == ("interviewee", "Nell Ashdown-Pryce")


def test_a_name_label_ending_like_a_verb_is_still_a_label_only_when_it_is_no_speech_verb():
    body = ("**MORA BRIGGS:** Thank you for having me.\n\n"
            "**HOST:** Was the shoot long?\n\n"
            "**MORA BRIGGS:** Four months in a quarry, and it rained every day.")
    u = understand(Interview(source="t.md", body=body, date=DAY, title="Mora Briggs on the quarry shoot"))
    [turn] = [t for t in u.turns if "quarry" in t.text and "rained" in t.text]
    assert turn.speaker == "Mora Briggs" and turn.role == "interviewee"
