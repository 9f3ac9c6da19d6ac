"""A search narrowed to where its pattern can match finds what the search of the whole text finds.

An opening paragraph is searched for a speech printed "in full" only after its last stop. The paragraphs are drawn
at random (fixed seeds) from handovers and their pieces, stops, colons and white space at the end, and spans that
start and end inside them.
"""

from __future__ import annotations

import random

import pytest

from newsletter.extract import speeches

_PARAGRAPH = ["Here is her speech in full", "Read his full remarks below", "the statement, as she delivered it",
              "Her speech, verbatim", "His remarks, as prepared for delivery", "the complete  transcript",
              "She spoke.", "It was long!", "Why?", "in full", "below", "letter", " ", "  ", ", ", ".", ":", "\t",
              "\n", "Lena Voss", "said", "speech", "full text", "tribute", "as they wrote it", "x"]


@pytest.mark.parametrize("seed", [5, 6])
def test_a_handover_is_found_after_the_last_stop_as_it_is_in_the_whole_paragraph(seed):
    rng = random.Random(seed)
    found = 0
    for _ in range(6000):
        body = "".join(rng.choice(_PARAGRAPH) for _ in range(rng.randint(1, 12)))
        start, end = rng.randint(0, 3), len(body) - rng.randint(0, 3)
        if start >= end:
            continue
        whole = speeches._IN_FULL.search(body, start, end)
        after = speeches._IN_FULL.search(body, speeches._last_statement(body, start, end), end)
        assert (whole and whole.span()) == (after and after.span()), (body, start, end)
        found += whole is not None
    assert found > 300
