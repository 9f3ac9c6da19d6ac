"""Kinds of line the pull-quotes read (session 32), each with look-alikes an editor would print. Every line here is
invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv

_WORDS = re.compile(r"[\w’']+")

LINES = [
    # Someone's words in double marks inside a line printed with none of its own (a transcript's answer, a Q&A, an
    # answer set in guillemets): a quotation after a verb, as single marks are inside double ones
    ('I told the writers, "Marisol would sooner burn the bakery down than say sorry."', False),
    ('My grandmother watched the first episode and said, “You talk too fast, like your father.”', False),
    ('Osvaldo used to say, "If they put us on a boat again, I am swimming home."', False),
    ('The director told me: "Forget the lines, just look at the sea."', False),
    # double marks that are no one's words, or words said with no quotation after them
    ('I called the episode "The Long Night" before anyone had written a word of it.', True),
    ('We spent a whole week on "Harbour Song" and it was the best week of my working life.', True),
    ('I told the director I wanted the red coat, and she said the grey one was braver.', True),
    # agreeing with the one spoken to about what they said: a reply to the talk, not a line of its own
    ("You were right about the hat. The hat was a disaster from the first day of filming.", False),
    ("You're absolutely right, and the second series is where it all goes wrong for her.", False),
    ("You are so wrong about the ending, and I will argue with anyone who says otherwise.", False),
    # "you" and "right" that reply to nobody
    ("If you were right about everything at twenty, there would be nothing left to learn at sixty.", True),
    ("Everyone told me I was right to leave, but it took me three years to believe them.", True),
    ("You learn right away that the sea does not care how many lines you have that day.", True),
]


@pytest.mark.parametrize("line, printable", LINES)
def test_a_line_answering_the_talk_or_quoting_someone_is_never_printed_and_its_look_alikes_are(line, printable):
    assert (exclusion(line, _WORDS.findall(line), False) is None) == printable


_TRANSCRIPT = ("**Ines Carvalho-Reyes:** So, the costumes this season?\n\n"
               "**Tomasz Wierzbicki-Hale:** {line} The costume team found it in a market in Porto.\n\n"
               "**Ines Carvalho-Reyes:** And the finale?\n\n"
               "**Tomasz Wierzbicki-Hale:** I spent three nights on a trawler learning to gut fish for one scene, "
               "and the fishermen never once let me forget it.")


@pytest.mark.parametrize("line", ['My father saw the trailer and told the whole street, "He looks like a lighthouse keeper."',
                                  "You were right about the scarf. The scarf was a crime against knitwear."])
def test_a_transcript_answer_quoting_someone_or_agreeing_with_the_host_is_not_picked(line):
    u = understand(iv(_TRANSCRIPT.format(line=line), title="Tomasz Wierzbicki-Hale on the finale"))
    picks = [p.text for p in select_pull_quotes(u, count=3).picks]
    assert picks and not any(line.split(".")[0][:30] in p for p in picks), picks
    assert any("trawler" in p for p in picks), picks
