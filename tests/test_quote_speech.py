"""Lines of talk an editor cannot print as said: they point at the conversation, stumble, or fill a pause."""

from __future__ import annotations

from datetime import date

import pytest

from newsletter import quote_speech
from newsletter.extract import understand
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import WORD

_TALK = "speaks to the interviewer about the conversation"
_STUMBLE = "a stumble ('I, I', 'and, and'): spoken, not written"
_PAUSE = "a hesitation ('um', 'uh', 'y'know'): spoken, not written"
_SO = "'so' stands for the question ('I'd like to think so')"
_NOTE = "holds the transcriber's note ('(laughs)'), not the speaker's words"


def _exclusion_of(line: str) -> str | None:
    """Why `line`, answered beside a line that is fine, is never picked (None: it is ranked)."""
    body = ("Radio Five: So what was the night shoot on the ferry like for the whole cast?\n\n"
            f"Wren Adebayo: {line} The harbour at dawn is the most beautiful thing I have ever filmed in my life.")
    u = understand(Interview(source="t", body=body, date=date(2026, 11, 24)))
    found = [c.excluded for c in select_pull_quotes(u, count=3).candidates if c.text == line]
    assert found, f"not a candidate: {line!r}"
    return found[0]


@pytest.mark.parametrize("line, excluded", [
    # the talk itself: what the listener knows or was told, a set-up they are asked to imagine
    ("The costume is heavy, as you know, and by midnight it weighs about as much as I do.", _TALK),
    ("Like I said, I grew up on boats and the ferry felt like my grandfather's kitchen.", _TALK),
    ("You know, as we were saying earlier, the crew on a night shoot becomes a family.", _TALK),
    ("OK, let's say you have forty extras on a deck and only one working kettle.", _TALK),
    ("We had lanterns, flares, rope ladders, you name it, all of it soaking wet.", _TALK),
    ("I'll tell you how cold it was, the make-up girls were painting our lips blue for free.", _TALK),
    ("It's hard to sleep, but again with the schedule we were shooting until five most nights.", _TALK),
    ("I run to stay sane because again, the city never lets you rest if you don't.", _TALK),
    # a stumble: a small word twice, or two words twice in a row
    ("I, I grew up in a very small harbour town where everyone owned a boat.", _STUMBLE),
    ("The ratings came in and, and the whole crew cheered in the car park.", _STUMBLE),
    ("I want to thank the lighting crew of of the second unit for every single night.", _STUMBLE),
    ("It was it was the most beautiful ending a show like ours could ask for.", _STUMBLE),
    # a filled pause
    ("Um, you're strapped into a harness for twelve hours and you stop feeling your legs.", _PAUSE),
    ("I loved the storm episode uh which was a bit of a spoof of old disaster films.", _PAUSE),
    ("I kinda decided y'know as long as the boat stays afloat, I'm staying on it.", _PAUSE),
    # the transcriber's note of what happened in the room
    ("The captain swears he is the real star, and that must be exhausting for you [Dev laughs].", _NOTE),
    ("I waited tables for years before I was (airquotes) a working actor on a real ferry.", _NOTE),
    # "so" standing for the question asked
    ("I'd like to think so, and the crew on the ferry would like to think so too.", _SO),
    ("Everyone on the ferry says she will come back, and I certainly hope so!", _SO),
])
def test_lines_only_the_conversation_explains_are_never_picked(line, excluded):
    assert _exclusion_of(line) == excluded


@pytest.mark.parametrize("line", [
    # the same words where they are written English, not a stumble
    ("I think that that night on the ferry changed how the whole cast worked."),  # 'that that' is grammar
    ("Whatever it was, it was the coldest night any of us had ever worked."),
    ("I love it, it is the best set I have ever had the luck to stand on."),
    ("What it was was a ferry full of frozen actors singing sea shanties."),
    ("The cook was very, very patient with forty wet extras at four in the morning."),
    ("I was so, so grateful for the soup the cook brought round at three."),
    ("We watched New York, New York in the galley between the night takes."),
    # 'again' meaning once more, 'as I said to' and 'let's say goodbye' are not about the talk
    ("If I never work on a boat again, I will still remember that ferry fondly."),
    ("The network cancelled the night shoot, but again the weather saved us at the last minute."),
    ("As I said to my mother, nobody gets seasick on a ferry that never leaves port."),
    ("Let's say goodbye to the ferry properly, I told the crew on the last morning."),
    ("I didn't know you know how to sail, I told the director on the first day."),
    # brackets that hold words the speaker said, or an editor's gloss
    ("We shot the storm (all of it, every wave) in a car park in Leeds in March."),
    ("I begged [the director] to let me do the ferry stunt myself, and he laughed."),
    # "so" that stands for nothing said before
    ("I think so many people on that ferry had never seen the sea at night."),
    # 'ER' is a show, not a pause
    ("I shot two episodes of ER before anyone let me near a boat on camera."),
])
def test_written_lines_that_look_like_talk_are_kept(line):
    assert _exclusion_of(line) is None


def test_the_conversation_is_searched_wherever_it_can_match():
    """_CONVERSATION is searched only in lines holding one of its words: every match must hold one."""
    probes = ["As you know, it rains.", "you know how it is", "You name it.", "Let’s say there were ten.",
              "as I was saying", "As we discussed", "like I say", "I’ll tell you", "Let me tell you",
              "Again, no.", "Well, again, no.", "yes, again, no", "because again", "But again, no.", "but again I"]
    for plain in probes:
        assert quote_speech._CONVERSATION.search(plain), plain
        assert not quote_speech._CONVERSATION_WORDS.isdisjoint(WORD.findall(plain)), plain


@pytest.mark.parametrize("words, twice", [
    ("I I", True), ("It was it was", True), ("The the", True), ("and and", True), ("we saw it", False),
    ("I saw I", False), ("", False),
])
def test_a_line_says_a_word_twice_only_where_the_words_repeat(words, twice):
    assert quote_speech._says_twice(words.split()) == twice
