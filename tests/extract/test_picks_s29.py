"""Kinds of line an editor would or would not print as a pull-quote (session 29), each with look-alikes that must
read the other way. Every line here is invented for the test."""

import re

import pytest

from newsletter.quote_features import exclusion

_WORDS = re.compile(r"[\w’']+")

NEVER_PRINTED = [
    # a stock reply to "will you go back?" as a sentence of its own: it answers the question, says nothing
    "Never say never in this business. The phone rings when you least expect it.",
    "Who knows. I might be back in the lighthouse by Christmas with a new beard.",
    "We'll see. Nobody at the network has told the actors anything about a fourth series.",
    "Time will tell. I have learned not to plan anything past the next read-through.",
    # a verdict on "that" after a hedge: "that" is what was said before the quote
    "Turns out that's the whole secret of playing a detective on a Sunday night.",
    "I'd say that's the hardest week of filming I have ever done in my life.",
    "I reckon that's why the crew gave me the trailer nearest the catering van.",
    # someone's words or meaning, the someone and the words said before the quote
    "I'm still not sure what he meant, and I have never had the nerve to ask him.",
    "I never really understood what they were saying about the ending of the second series.",
]

PRINTABLE = [
    # the stock phrase going on to say something
    "Never say never, but the schedule of a long-running drama is not the life I want at my age.",
    "Who knows what the lighthouse keepers of the last century really did all winter on that rock.",
    "We'll see him as a boy in the flashbacks, which is the first time the show has gone back that far.",
    # "that" opening a clause, not pointing back
    "It turns out that the camera is far more interested in your hands than in your face.",
    "I think that acting is mostly listening to the other person and forgetting the lens.",
    # the someone named in the line, or the speaker's own words
    "My grandfather never said what he meant, and it took me forty years to learn his language.",
    "I always say what I mean on set, and it has cost me at least two jobs.",
    "I know what they say about working with children and animals, and all of it is true.",
]


@pytest.mark.parametrize("line,printable", [(line, False) for line in NEVER_PRINTED] +
                         [(line, True) for line in PRINTABLE])
def test_each_kind_of_line_is_printed_or_not_and_its_look_alikes_the_other_way(line, printable):
    assert (exclusion(line, _WORDS.findall(line), False) is None) == printable
