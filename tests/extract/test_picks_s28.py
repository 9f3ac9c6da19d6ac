"""Kinds of line an editor would or would not print as a pull-quote, each with look-alikes that must read the other
way. Every line here is invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv

_WORDS = re.compile(r"[\w’']+")

NEVER_PRINTED = [
    # opening on a pointer
    "They're the ones who kept the lights on when the network stopped calling.",
    "These are the nights I remember, the cold ones on the quay with the flask going round.",
    # a first word acting on "him" or "her": who they are was said before the quote
    "Give him a year and a quiet cottage and he will have written the whole sequel.",
    "Ask her about the parrot and she will talk until the crew goes home.",
    "With him, every take is different and nobody on set knows what comes next.",
    "Without her I would still be answering phones in a dentist's office in Leeds.",
    # "it" acting on the speaker, with nothing right after saying what it is
    "It makes me cry in the car every single time, so I have stopped playing it at all.",
    "It reminds us of the summer we spent in a caravan with no hot water and a goat.",
    # a thing named alone, then what follows it: the answer to "what comes first?"
    "Coffee, then I go and find the dog who plays my dog, because he is always on time.",
    "The rain, and then the mud, and then the day we lost a whole truck in the field.",
    # a deflection to later: what was asked is not answered
    "God willing you will hear about it soon, and I can say the costume is very itchy.",
    "You'll find out soon enough whether the lighthouse keeper makes it to the wedding.",
    "We'll have to wait and see what the network decides about a second series.",
    # a live stream's own room, read out to it
    "Okay, okay, I can see the comments, you all want to hear about the wedding episode.",
    # someone called by name in a typed reply, the comma left out
    "Priya your audition tape has a dog in it, which is frankly cheating.",
    # a social video's on-screen caption
    "POV: you are the third choice for a hospital drama and nobody has told you yet.",
    # the episode told about before the quote, as "it"
    "It opens with the whole village standing on the harbour wall in the rain.",
]

PRINTABLE = [
    # "There's" states that something exists and points at nothing
    "There's a man on the crew whose whole job is to hold a warm towel next to the camera.",
    "There’s no such thing as a small part when the small part has the last line.",
    "There's a scene in episode four where the whole village sings and nobody is in tune.",
    # a first word acting on someone the line names, or on "your"
    "Give your mother a call every Sunday, even when you have nothing at all to say.",
    "Give Hermione a script on Friday and she will know every line of it by Monday.",
    "Herbert taught the whole cast to swear in Welsh, which was a mistake on his part.",
    # "it" acting on the speaker, and what it is right after
    "It drives me mad when people clap on the one and the three at a wedding.",
    "It takes me two hours to get into the costume, and another hour to get out of it.",
    "It makes me so happy that kids dress up as a lighthouse keeper for Halloween now.",
    # an opening word and "then" that is no list
    "Back then, I had no idea what a call sheet was or why everyone kept handing me one.",
    "Sometimes, then, I sleep in the trailer rather than drive the hour home in the dark.",
    "Honestly, then I would have quit acting and gone home to run my father's bakery.",
    # hearing and seeing that is no deflection
    "You'll see the whole village turn up for the final scene, and every one of them is real.",
    "You will hear more rain in this show than in any drama ever made in Wales.",
    # comments and openings spoken about, not to
    "Half the comments say my character is a villain and the other half want her to be prime minister.",
    "Watch your back on a fishing boat, because the boom will find you eventually.",
    "The show opens with a funeral, which is a brave way to say hello to an audience.",
]


@pytest.mark.parametrize("line,printable", [(line, False) for line in NEVER_PRINTED] +
                         [(line, True) for line in PRINTABLE])
def test_each_kind_of_line_is_printed_or_not_and_its_look_alikes_the_other_way(line, printable):
    assert (exclusion(line, _WORDS.findall(line), False) is None) == printable


def _candidates(answer: str) -> dict[str, str | None]:
    """Every candidate of one invented Q&A's answer: its text and why it is excluded."""
    body = ("Marta Quist-Oyelaran plays the harbour pilot on *Tidewrack*.\n\n**What is the show about?**\n\n"
            + answer + "\n\n**What next?**\n\nA long sleep and then a play in Bergen, if they still want me.")
    u = understand(iv(body, title="Marta Quist-Oyelaran on Tidewrack"))
    return {c.text: c.excluded for c in select_pull_quotes(u, count=3).candidates}


def test_a_short_comment_on_a_line_long_enough_to_print_is_not_carried_with_it():
    cands = _candidates("You can't keep a secret in a town with one pub and expect it to stay kept. "
                        "That's the whole show, really.")
    assert cands["You can't keep a secret in a town with one pub and expect it to stay kept."] is None
    assert not any(text.startswith("You can't") and text.endswith("really.") for text in cands)


@pytest.mark.parametrize("answer,pair", [
    # the first sentence is too short to print alone: the second carries it
    ("Grief on the island is very quiet. It is mostly making tea that nobody ever drinks.",
     "Grief on the island is very quiet. It is mostly making tea that nobody ever drinks."),
    # the short sentence is a thought of its own, not a comment on the first
    ("You can't keep a secret in a town with one pub and expect it to stay kept. My mother tried for forty years.",
     "You can't keep a secret in a town with one pub and expect it to stay kept. My mother tried for forty years."),
])
def test_two_sentences_still_go_together_when_the_short_one_is_no_comment(answer, pair):
    assert pair in _candidates(answer)


def _reasons(host_turn: str, reply: str) -> set[str | None]:
    """Why each candidate of the guest's reply to an invented radio host's first turn is excluded."""
    body = (f"HOST: {host_turn}\n\nQUIST: {reply}\n\nHOST: What was the first day on the boat like?\n\n"
            "QUIST: I was sick over the side before the cameras even turned over, and the crew cheered me.")
    u = understand(iv(body, title="Marta Quist-Oyelaran on Tidewrack"))
    first_reply = body.index(reply)
    return {c.excluded for c in select_pull_quotes(u, count=3).candidates
            if first_reply <= c.start < first_reply + len(reply)}


_INTRO = "She plays the harbour pilot in Tidewrack, and she has brought the weather with her."
_SMALL_TALK_REPLY = "Thank you for having me. I got lost twice in your car park and a security man walked me in."


@pytest.mark.parametrize("welcome", ["Marta Quist-Oyelaran, welcome.", "Good morning, Marta!",
                                     "Thanks for coming in, Marta."])
def test_the_reply_to_a_hosts_welcome_is_small_talk(welcome):
    reasons = _reasons(f"{_INTRO} {welcome}", _SMALL_TALK_REPLY)
    assert None not in reasons and "answers the host's welcome (small talk)" in reasons


def test_a_reply_to_a_welcome_with_a_question_after_it_is_an_answer():
    assert None in _reasons(f"{_INTRO} Marta, welcome. Why did you say yes to a show about boats?",
                            "My grandfather was a harbour pilot in Lerwick and I wanted to know what he did all day.")


def test_a_long_reply_to_a_welcome_has_moved_on_to_the_subject():
    reply = ("Thank you. My grandfather was a harbour pilot in Lerwick for thirty years, and I grew up hearing him "
             "talk about the night the tanker lost its engines off Bressay, so when the script came I knew the "
             "story before I read it, and I knew exactly how he would have stood on that bridge.")
    assert None in _reasons(f"{_INTRO} Marta Quist-Oyelaran, welcome.", reply)


def test_a_span_holding_a_speakers_label_is_never_a_pick():
    # a translated Q&A in a block quote, its turns not yet told apart: each span runs across a label
    body = ("My translation of yesterday's magazine interview, because people keep asking.\n\n"
            "> **Q:** Khun Mali, the fans say Dao is the most stubborn heroine on television this year.\n>\n"
            "> **Mali:** Dao is stubborn because nobody ever let her choose anything in her whole life.\n>\n"
            "> **Q:** What is your favourite scene so far?\n>\n"
            "> **Mali:** The scene where Dao sells her grandmother's bicycle to pay for the night bus to the city.\n")
    sel = select_pull_quotes(understand(iv(body, title="Mali Srisuk on Dao (translated)")), count=3)
    assert not any(":**" in p.text for p in sel.picks)
    assert all(c.excluded for c in sel.candidates if ":**" in c.text)


@pytest.mark.parametrize("answer", [
    "*Tidewrack* taught me one thing: the sea does not care who you are or who your agent is.",
    "I had one rule on that boat: *never* eat anything the cook calls a surprise.",
])
def test_a_colon_inside_the_words_is_no_label(answer):
    assert _candidates(answer)[answer] is None


def test_a_sentence_that_trails_off_is_not_carried_by_the_one_after_it():
    cands = _candidates("Some weeks we sleep in the trailers if the shoot runs late or we're just beat and you know. "
                        "I slept there last Tuesday.")
    assert not any(text.startswith("Some weeks") and text.endswith("Tuesday.") for text in cands)
    assert cands["Some weeks we sleep in the trailers if the shoot runs late or we're just beat and you know."]
