"""Kinds of line the pull-quotes read (session 32), each with look-alikes an editor would print. Every line here is
invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv

_WORDS = re.compile(r"[\w’']+")

_BREAKS_OFF = "trails off"
_WHAT_WAS_ASKED = "does not know where 'that' came from"
_OUTSIDE = "its first words stand for something outside the quote"


@pytest.mark.parametrize("line, why", [
    # the speaker breaks off, or the outlet cut the rest: the thought never ends
    ("Marguerite had already decided that she was leaving the harbour for good ...", _BREAKS_OFF),
    ("I think everybody in the cast is sort of taking the last block one day at a time...", _BREAKS_OFF),
    ("As a lodger in Penzance for a whole wet winter, so certainly…", _BREAKS_OFF),
    ("I was going to say the lighthouse scenes, but honestly the whole of the last block…”", _BREAKS_OFF),
    # an ellipsis inside a line that goes on to its end, or before the last words
    ("I waited... and waited, and then the phone rang at two in the morning.", None),
    ("We shot the storm in a car park… in August, with a fire engine and four umbrellas.", None),
    ("I kept the captain's hat, the ship's bell and the last page of the script.", None),
    # not knowing where "that" came from, or who "it" is by: what was just asked about
    ("Yeah, I don't know where that came from.", _WHAT_WAS_ASKED),
    ("I've sung it at every wrap party since. I still don't know who it's by.", _WHAT_WAS_ASKED),
    ("Honestly I have no idea why that works on camera.", _WHAT_WAS_ASKED),
    # not knowing, with the thing named, or a clause going on
    ("I don't know what it is about boats, but I have loved them since I was six.", None),
    ("I don't know anybody who can row a gig the way my grandmother could.", None),
    ("Nobody on the crew knew where the gulls came from, and nobody dared ask.", None),
    # an order to look at something shown, on screen or in the room
    ("Look at my hands in the storm scene, they are shaking the whole time.", _OUTSIDE),
    ("Oh, look at that coat on the rail, it weighed more than I did.", _OUTSIDE),
    # "Look," opening a statement, and looking told, not ordered
    ("Look, I learned more on that boat than in three years of drama school.", None),
    ("Looking at the rushes that night, I knew we had something special.", None),
])
def test_lines_that_break_off_lean_on_what_was_asked_or_point_at_something_shown_are_never_printed(line, why):
    found = exclusion(line, _WORDS.findall(line), False)
    assert found == why or (why is not None and found is not None and found.startswith(why))


_TRANSCRIPT = ("Transcript of the Harbour FM breakfast show, tidied by hand.\n\n"
               "Harbour FM: What happens to Marguerite now?\n\n"
               "Ysolde Penhallow-Achebe: {answer}\n\n"
               "Harbour FM: And the last day on set?\n\n"
               "Ysolde Penhallow-Achebe: I cried in the make-up chair for an hour and then I had to play a funeral. "
               "Nobody on that crew will ever let me forget the mascara.")


@pytest.mark.parametrize("answer, picked", [
    ("My character had already decided that the ferry was leaving the harbour for good ... ", False),
    ("My character had already decided that the ferry was leaving the harbour for good, and nobody could stop her.", True),
])
def test_an_answer_that_breaks_off_is_no_pick(answer, picked):
    interview = iv(_TRANSCRIPT.format(answer=answer), title="Ysolde Penhallow-Achebe on Gullstone",
                   interviewee="Ysolde Penhallow-Achebe")
    sel = select_pull_quotes(understand(interview), count=3)
    line = answer.strip()
    assert any(p.text == line for p in sel.picks) == picked
    if not picked:
        assert next(c.excluded for c in sel.candidates if c.text == line).startswith("trails off")


_PLUGGED = ("Ysolde Penhallow-Achebe plays the ferry captain in *Gullstone*.\n\n"
            "Harbour FM: When can people see the last series?\n\n"
            "Ysolde Penhallow-Achebe: {line}\n\n"
            "Harbour FM: And the last day on set?\n\n"
            "Ysolde Penhallow-Achebe: I cried in the make-up chair for an hour and then I had to play a funeral.")


@pytest.mark.parametrize("line, plug", [
    ("Gullstone is on BBC One on Sunday at 9pm, and my nan has already cancelled her bingo.", True),
    ("The last series of *Gullstone* starts on Channel 4 on Monday, March 9, at nine o'clock.", True),
    # a day and a time that are no airing
    ("We shot the storm on a Sunday at nine in the morning in a car park in Rhyl.", False),
])
def test_a_line_telling_when_the_show_airs_is_a_plug(line, plug):
    interview = iv(_PLUGGED.format(line=line), title="Ysolde Penhallow-Achebe on Gullstone",
                   interviewee="Ysolde Penhallow-Achebe")
    u = understand(interview)
    sel = select_pull_quotes(u, count=3)
    reason = next(c.excluded for c in sel.candidates if c.text == line)
    assert (reason == "tells when and where the show airs (a plug, not a pull-quote)") == plug
    assert any(a.sentence and line in a.sentence or a.sentence in line for a in u.air_dates) == plug
