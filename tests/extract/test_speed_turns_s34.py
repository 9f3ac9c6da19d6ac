"""The literal gates before the turns stage's costlier searches hold every match of what they gate (same turns)."""

import random

from newsletter.extract import attribution, turns
from newsletter.extract.attribution import _DOES_SAY, _DOES_SAY_HOLDS, _named_speaker
from newsletter.extract.turns import _SHORT_WORDS, _STAGE_NOTE, _spoken

_PIECES = ["(", ")", "[", "]", "*", "_", " ", " ", "\n", "laughs", "applause", "pause", "At this point", "does",
           "did", "Okafor", "Voss", "confirm", "say", "that", ",", ".", "“", "”", "we", "I", "Tuesday", "do", "es"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


def test_every_stage_note_opens_a_bracket():
    texts = _texts(4000, 34) + ["Voss (laughs) Fine.", "_[At this point, the crew breaks for lunch.]_ We went on."]
    assert any(_STAGE_NOTE.search(t) for t in texts)  # the sample holds notes, so the test can fail
    for t in texts:
        if "(" not in t and "[" not in t:
            assert _STAGE_NOTE.search(t) is None, t


def test_a_stage_note_is_still_split_off():
    body = "It was cold. (laughs) Very cold, and then [applause] we went home."
    got = _spoken(body, ("Ana Ruiz", "interviewee"), 0, len(body), "Pat Reyes")
    assert [t.role for t in got] == ["interviewee", "narration", "interviewee", "narration", "interviewee"]
    plain = "It was cold, and we went home."
    assert [t.role for t in _spoken(plain, ("Ana Ruiz", "interviewee"), 0, len(plain), None)] == ["interviewee"]


def test_every_does_say_holds_its_literal():
    texts = _texts(4000, 35) + ["Not only does Okafor confirm that"]
    assert any(_DOES_SAY.search(t) for t in texts)
    for t in texts:
        if not any(word in t for word in _DOES_SAY_HOLDS):
            assert _DOES_SAY.search(t) is None, t


def test_does_say_still_names_the_speaker():
    assert _named_speaker("", "Not only does Okafor confirm that the finale is ", False, "") == "Okafor"


def test_the_short_paragraph_count_splits_no_further_than_it_needs():
    rnd = random.Random(36)
    for _ in range(500):
        words = rnd.randint(0, 2 * _SHORT_WORDS)
        text = " \n".join("w" * rnd.randint(1, 4) for _ in range(words)) + " " * rnd.randint(0, 2)
        assert (len(text.split(None, _SHORT_WORDS - 1)) < _SHORT_WORDS) == (len(text.split()) < _SHORT_WORDS)


def test_the_gates_live_where_the_searches_run():
    # the gates are read at the call sites: a rename that drops one would silently search every text again
    assert "_DOES_SAY_HOLDS" in vars(attribution) and "_SHORT_WORDS" in vars(turns)
