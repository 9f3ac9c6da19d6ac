"""The literal gates before the turns stage's costlier searches hold every match of what they gate (same turns)."""

import random

from newsletter.extract import after_answers, attribution
from newsletter.extract.attribution import _DOES_SAY, _DOES_SAY_HOLDS, _named_speaker
from newsletter.extract.after_answers import _SHORT_WORDS
from newsletter.extract.turns import _STAGE_NOTE, _spoken

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
    assert "_DOES_SAY_HOLDS" in vars(attribution) and "_SHORT_WORDS" in vars(after_answers)


# The places a name stands, found once per body and name (occurrences.py), against the finds each test made itself.

from newsletter.extract import not_names, spoken_by, subject  # noqa: E402
from newsletter.extract.occurrences import _REMEMBERED, apart, occurrences  # noqa: E402

_NAME_PIECES = ["Ana", "Ana Ana", "Ruiz", " ", "the ", "The ", "by ", "*", "“", "’s", "-", "Club", "star", "x", "\n",
                " says ", ", ", "said"]


def _bodies(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_NAME_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


def _found_one_by_one(text: str, word: str, step: int) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + step)
    return found


def test_the_places_are_every_find_and_the_counted_ones():
    for text in _bodies(3000, 37):
        for word in ("Ana", "Ana Ana", "Ruiz", "a", "Ana Ruiz"):
            assert list(occurrences(text, word)) == _found_one_by_one(text, word, 1)
            assert apart(text, word) == _found_one_by_one(text, word, len(word))
            assert len(apart(text, word)) == text.count(word)


def test_the_places_remembered_stay_within_their_bound():
    for text in _bodies(3 * _REMEMBERED, 38):
        occurrences(text, "Ana")
    info = occurrences.cache_info()
    assert info.maxsize == _REMEMBERED and info.currsize <= _REMEMBERED


def _a_thing_by_finds(name: str, body: str) -> bool:
    at = _found_one_by_one(body, name, len(name)) if name else []
    return len(at) >= not_names._HABIT_MENTIONS and \
        all(not_names._THE_HABIT.search(body, max(0, a - not_names._HABIT_REACH), a) for a in at)


def _credited_by_finds(name: str, body: str) -> bool:
    at = _found_one_by_one(body, name, 1)
    return bool(at) and all(subject._CREDIT_BY.search(body, max(0, a - subject._CREDIT_REACH), a) for a in at)


def _mentions_by_finds(body: str, word: str) -> int:
    return sum(subject.bare(subject._TOKEN.match(body, at).group()) == word
               for at in _found_one_by_one(body, word, 1) if subject._starts_token(body, at))


def _spoken_by_finds(body: str, word: str) -> int:
    verbs = {}
    for at in _found_one_by_one(body, word, 1):
        if body[at].isascii() and body[at].isalpha() and (at == 0 or not spoken_by.is_token_char(body[at - 1])):
            end = spoken_by._TOKEN_RUN.match(body, at).end()
            if spoken_by.bare(body[at:end]) == word:
                verbs.update((v.start(), v) for v in spoken_by.verbs_beside(body, at, end))
    return sum(spoken_by.bare(s) == word for s in (spoken_by.speaker_of(body, v) for v in verbs.values()) if s)


def test_the_tests_read_the_same_places_as_their_own_finds():
    seen = set()
    for body in _bodies(3000, 39):
        for name in ("Ana Ana", "Ana Ruiz", "Ruiz"):
            seen.add((not_names.a_thing(name, body), subject._only_credited(name, body)))
            assert not_names.a_thing(name, body) == _a_thing_by_finds(name, body), (name, body)
            assert subject._only_credited(name, body) == _credited_by_finds(name, body), (name, body)
            word = name.split()[-1]
            assert subject._mentions(body, word) == _mentions_by_finds(body, word), (word, body)
            assert spoken_by.spoken(body + " says", word) == _spoken_by_finds(body + " says", word), (word, body)
    assert (True, False) in seen and (False, True) in seen  # both tests say yes somewhere in the sample
