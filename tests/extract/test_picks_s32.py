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
])
def test_a_line_that_breaks_off_is_never_printed_and_its_look_alikes_are(line, why):
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
