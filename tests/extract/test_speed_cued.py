"""Which paragraphs of a body may hold a cue, read off the places a cue may stand (Marks.cued) rather than asked of
each paragraph (Marks.may_cue): the same answer for every paragraph.

The bodies are drawn at random (fixed seeds) from pieces of the kinds the cue tests read (days, times, dates in
figures, streaming words, plain words) with paragraph breaks between some of them.
"""

from __future__ import annotations

import random

import pytest

from newsletter.extract.air_marks import Marks
from newsletter.extract.sentences import paragraph_spans

_PIECES = ["Sunday", "tonight", "at 9pm", "9.30", "Jan 12", "12 March", "1/26", "streaming", "box set", "daily",
           "o'clock", "the cast", "Mara Quinlan", "said", "We shot it twice.", "ÉTÉ", "her", "sea", "boat", "cold",
           " ", " ", " ", "\n", "\n\n", "\n\n", "\n \n", ".", ",", "x"]


def _bodies(seed: int, count: int = 2000):
    rng = random.Random(seed)
    return ("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count))


@pytest.mark.parametrize("seed", [1, 2])
def test_each_paragraph_is_cued_as_may_cue_says(seed):
    answers = []
    for body in _bodies(seed):
        marks, spans = Marks(body), paragraph_spans(body)
        assert marks.cued(spans) == [marks.may_cue(s, e) for s, e in spans], body
        answers += marks.cued(spans)
    assert answers.count(True) > 500 and answers.count(False) > 500  # both answers are given


def test_a_body_whose_offsets_lower_casing_moves_cues_every_paragraph():
    body = "İstanbul nights.\n\nThe cast arrived."  # `İ` lower-cases to two characters
    marks = Marks(body)
    assert marks.cues is None and marks.cued(paragraph_spans(body)) == [True, True]
