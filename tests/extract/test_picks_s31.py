"""Kinds of line the pull-quotes read (session 31), each with look-alikes an editor would print. Every line here is
invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv, read

_WORDS = re.compile(r"[\w’']+")

_NEWS = ("Wenonah Braithwaite-Adjei plays the ferry captain on *Gullstone*, which ended its fourth series on "
         "Sunday.\n\n"
         "We spoke to her the morning after. \"{line},\" she said. \"{after}\"\n\n"
         "\"My grandfather ran the real ferry to Inchmore for thirty-one years, and he never once let me steer it.\"")
_TITLE = "Wenonah Braithwaite-Adjei on the end of Gullstone"


def _candidates(body: str) -> dict[str, str | None]:
    sel = select_pull_quotes(understand(iv(body, title=_TITLE)), count=3)
    return {c.text: c.excluded for c in sel.candidates}


@pytest.mark.parametrize("line, after", [
    ("I had about two hundred messages on my phone by midnight", "Most of them were just my name in capitals."),
    ("The whole crew learned to swear in Gaelic on the boat", "I won't repeat any of it here."),
    ("My aunt sent me a very long letter about the ending", "It was mostly about the ferry timetable."),
    ("The props team gave me the ship's wheel on the last day", "It's in my hallway now and nobody can get past."),
])
def test_a_quote_cut_at_its_attribution_whose_next_quote_goes_on_about_it_is_a_setup(line, after):
    assert _candidates(_NEWS.format(line=line, after=after))[line + ","] == "sets up the sentence after it"


@pytest.mark.parametrize("line, after", [
    # the next quote says something of its own
    ("I had about two hundred messages on my phone by midnight", "My grandmother only watches the weather."),
    ("Nobody on that boat ever got seasick except the director", "Four series, and he was green every single day."),
    ("A ferry is a small town that floats, with all the arguments of a small town", "I loved every minute."),
])
def test_a_quote_cut_at_its_attribution_whose_next_quote_moves_on_is_printable(line, after):
    assert _candidates(_NEWS.format(line=line, after=after))[line + ","] is None


def test_a_quote_whose_sentence_goes_on_after_the_attribution_is_still_a_fragment():
    body = _NEWS.format(line="I had about two hundred messages on my phone by midnight",
                        after="most of them were my name in capitals.").replace('she said. "', 'she said, "')
    reasons = _candidates(body)
    assert reasons["I had about two hundred messages on my phone by midnight,"] is not None


# (line, whether an editor would print it): each kind beside look-alikes that must stay printable
LINES = [
    # a hedge before "they", who are named outside the line
    ("I think they let me keep it, which is the kindest thing anyone did for me all year.", False),
    ("I guess they knew I would cry, so they sent the whole crew home early that night.", False),
    ("I believe they were hoping I would turn it down, so I said yes before anyone could stop me.", False),
    ("I suppose they'd seen enough captains fall in the harbour by then to stop laughing.", False),
    # the hedge goes on to a subject the line names
    ("I think the props team let me keep it, which is the kindest thing anyone did for me all year.", True),
    ("I guess the writers knew I would cry, so they sent the whole crew home early that night.", True),
    ("I reckon the writers had the ending worked out before the first series was even on air.", True),
    ("I think theatre people are the kindest people I have ever worked with, and the worst at parking.", True),
    # a list of what a thing named before the line has not
    ("No menu, no prices, and the woman at the counter decides what you are having for lunch.", False),
    ("No rehearsal, no cutaways, just one long take down the whole length of the pier at dawn.", False),
    ("No heating, no signal, and a landlord who only ever answers the phone on a Sunday night.", False),
    # "No" opening a statement of its own
    ("No one on that pier had ever seen a film crew, and they brought us tea every single morning.", True),
    ("No amount of rehearsal prepares you for a live audience of three hundred eight-year-olds.", True),
    ("No matter how many times we shot it, the gull always landed on the same lamp post.", True),
    # someone else's words in single quotes after a verb with a few words of whom to or how between
    ("My uncle, the boatman, told the director, 'If she pushes me in once more I am going home to Oban.'", False),
    ("Dad sat through the whole premiere without moving and then he said only, 'Well, that was long.'", False),
    ("Dad sat in the back row at the Lyceum and afterwards told everyone, 'That's my daughter up there.'", False),
    ("My gran watched it twice and she rang me afterwards to say, 'You looked like a lighthouse, pet.'", False),
    # single quotes that are no one's words, or a verb with no quotation after it
    ("I asked for 'Moon River' at the wrap party and the band played it four times in a row.", True),
    ("I told the director I wanted the red coat, and she said the grey one was braver.", True),
]


@pytest.mark.parametrize("line, printable", LINES)
def test_a_line_pointing_outside_itself_is_never_printed_and_its_look_alikes_are(line, printable):
    assert (exclusion(line, _WORDS.findall(line), False) is None) == printable


_LIVE = ("**7.40pm** Ottoline Varga-Brennan has arrived on the carpet for the *Millbrook* premiere.\n\n"
         "\"Season two is the one where Edie finally leaves the valley, and I cried reading every script.\" "
         "Varga-Brennan told us.\n\n"
         "**7.52pm** {before} \"{said}\"\n\n"
         "**8.05pm** The screening is under way.")
_FAN_LINE = "I've had the day off since Tuesday and I've brought my own sandwiches."


@pytest.mark.parametrize("before, the_fans", [
    ("A fan from Harrogate has been waiting by the barrier since noon. She tells us it's her third premiere.", True),
    ("One young viewer has driven down from Dundee with a banner. She says it took four hours.", True),
    ("A woman in the front row is wearing a hand-knitted Edie jumper. She tells us her niece made it.", True),
    # the star herself, after a sentence about someone else of no gender or of the other, or about her
    ("A fan from Harrogate shouted her name from the barrier. She tells us she will never get used to it.", False),
    ("A man with a camera asked for one more photograph. She says she has a soft spot for photographers.", False),
    ("Varga-Brennan stopped for a selfie with the crowd. She tells us it's her third premiere.", False),
])
def test_she_after_a_person_brought_in_by_what_they_are_is_that_person(before, the_fans):
    interview = iv(_LIVE.format(before=before, said=_FAN_LINE), title="Live: the Millbrook season two premiere",
                   interviewee="Ottoline Varga-Brennan")
    turns = read(interview)
    assert any(role == "interviewee" and _FAN_LINE in text for role, _, text in turns) != the_fans
    if the_fans:  # a fan's words are never the star's pull-quote
        assert not any(_FAN_LINE in p.text for p in select_pull_quotes(understand(interview), count=3).picks)


_ANSWER = ("Tamsin Oyelaran-Beck plays the ferry's cook on *Gullstone*.\n\n"
           "**GULLS:** Did the director give you notes?\n\n"
           "**TAMSIN:** {first} We argued about it for a week. She won, as she always does, and she was right.")


@pytest.mark.parametrize("first, reacts", [
    ("On the first day my director told me, 'Keep a little of the accent.'", True),
    ("On the first day my director asked me to keep a little of the accent.", False),  # reported, not quoted
])
def test_two_sentences_right_after_someones_quoted_words_react_to_them(first, reacts):
    sel = select_pull_quotes(understand(iv(_ANSWER.format(first=first), title="Tamsin Oyelaran-Beck on Gullstone",
                                           interviewee="Tamsin Oyelaran-Beck")), count=3)
    pair = "We argued about it for a week. She won, as she always does, and she was right."
    assert next(c.excluded for c in sel.candidates if c.text == pair) == (
        "answers the words quoted in the sentence before it" if reacts else None)
