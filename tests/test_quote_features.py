"""The shortcuts quote_features takes for speed give the answers a plain scan of the text gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsletter import quote_features as qf
from newsletter import quote_speech as qs
from newsletter import quote_words as qw
from newsletter.quote_features import Context, features

ARTICLES = Path(__file__).parent / "corpus" / "articles"
# Words and spellings at the edges of what the word-level features and the gates read.
PROBES = [
    "I'm sure we’re fine, and myself? My word. Us too.", "You'd say you’re y'all's, I'd've, we'd", "You ２ know",
    "I_m not. Iñigo and Imogen came, MYSELF included.",
    "We LOVED it, she was heartbroken, a heart-shaped box, crying_fun, love2 and ſcared stiff.",
    "You're right, YOUR call, yours truly, you’ve seen it, youth.", "It ends on them!!”", "Prove it.'",
    "I said those", "those", "…it", "Thank you so much for having me.", "THANKS SO MUCH", "Great to be here.",
    "Good queſtion, that's a tough one.", "Like you said, I mean, it was... sort of, um, like, -- kind of odd.",
    "questİon marks, thankſ, Thank you.", "That's a HARD one and I MEAN it.",
    "That's ALL I CAN SAY, I can’t tell you more, I CANNOT REVEAL anything yet.", "If that makes sense, I'll stop.",
]


def _sentences() -> list[str]:
    prose = " ".join(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir()) if p.is_file())
    return PROBES + [s for s in re.split(r"(?<=[.!?…])\s+|\n+", prose) if s.strip()]


def _scan(rx: re.Pattern) -> re.Pattern:
    """The pattern as a search of the whole text for a whole word, the way the features were first read."""
    inner = re.sub(r"\A\(\?=\[[^\]]*\]\)", "", rx.pattern)
    return re.compile(r"\b(" + inner + r")\b", rx.flags)


def test_word_features_equal_a_scan_of_the_text():
    """First person, feeling words and 'you' are classified word by word (cached); a scan of the text agrees."""
    first, feeling, you = _scan(qw.FIRST_PERSON), _scan(qw.EMOTION), _scan(qw.YOU)
    ends = re.compile(qf._ENDS_POINTING.pattern, qf._ENDS_POINTING.flags)
    ctx = Context(False, False, False, False)
    for plain in _sentences():
        got = features(plain, plain, qf.WORD.findall(plain), ctx)
        assert got["first_person"] == float(bool(first.search(plain))), plain
        assert got["feeling"] == min(2, len({m.lower() for m in feeling.findall(plain)})) / 2, plain
        # Filler ("you know"), the room ("you guys") and courtesies ("thank you") are not the reader's "you".
        assert got["addresses_you"] == float(len(you.findall(plain)) > len(qf._YOU_NOT_READER.findall(plain))), plain
        assert got["number"] == float(re.search(r"\d", plain) is not None), plain
        assert qf._ends_pointing(plain) == (ends.search(plain) is not None), plain
    assert features("We loved it.", "We loved it.", ["We", "loved", "it"], ctx)["feeling"] == 0.5


def test_gated_patterns_are_searched_wherever_they_can_match():
    """A pattern is searched only when the text holds one of its literals: every match must hold one."""
    gated = [(qf._PLEASANTRY, qf._PLEASANTRY_KEYS), (qf._TO_THE_INTERVIEWER, qf._TO_THE_INTERVIEWER_KEYS),
             (qf._FILLER, qf._FILLER_KEYS), (qf._ABOUT_THE_ANSWER, qf._ABOUT_THE_ANSWER_KEYS),
             (qf._OCCASION, qf._OCCASION_KEYS), (qs._ADDS_TO_BEFORE, qs._ADDS_TO_BEFORE_KEYS),
             (qf._OF_THEM, qf._OF_THEM_KEYS), (qf._COMPLIMENT, qf._COMPLIMENT_KEYS), (qf._HELD_UP, qf._HELD_UP_KEYS)]
    matched = 0
    for plain in _sentences():
        for rx, keys in gated:
            if rx.search(plain):
                matched += 1
                assert qf._holds(plain, plain.lower(), keys), (rx.pattern[:30], plain)
    assert matched >= 10


def test_patterns_led_by_their_first_characters_find_what_their_source_finds():
    """A pattern led_by_first rewrote finds, in every line and its capitals, the matches its source finds."""
    from newsletter.extract.scan import read_from

    found = 0
    for rx in (qf._TO_THE_INTERVIEWER,):
        source = re.compile(*read_from(rx))
        for plain in _sentences() + ["Great question, like you said, y'all, you're so right, that's a tough one."]:
            for line in (plain, plain.upper()):
                expected = [m.span() for m in source.finditer(line)]
                assert [m.span() for m in rx.finditer(line)] == expected, line
                found += bool(expected)
    assert found >= 4


def test_only_the_known_letters_fold_onto_ascii_differently_from_lower():
    """re.I matches a few non-ASCII letters to ASCII ones (`ſ` to `s`) though lower() keeps them apart; the gates
    search any text holding one, so that list must be complete."""
    ascii_letter = re.compile("[a-z]", re.I)
    odd = set()
    for c in range(128, 0x110000):
        ch = chr(c)
        if ascii_letter.fullmatch(ch):
            low = ch.lower()
            if not (len(low) == 1 and low.isascii() and re.fullmatch(low, ch, re.I)):
                odd.add(ch)
    assert odd and odd <= set(qf._FOLDING)


def _feature(name: str, plain: str) -> float:
    return features(plain, plain, qf.WORD.findall(plain), Context(False, False, False, False))[name]


@pytest.mark.parametrize("name, line, value", [
    # 'you know' as filler, 'you guys' for the hosts and 'thank you' are not the generic 'you' editors print
    ("addresses_you", "We shot the whole flood scene twice, you know, in a car park in March.", 0.0),
    ("addresses_you", "You see, the lighthouse set was built inside an old tram depot.", 0.0),
    ("addresses_you", "Thank you for the soup, it got me through the night shoots.", 0.0),
    ("addresses_you", "I told you guys the cat would steal the scene.", 0.0),
    ("addresses_you", "You cannot fake being cold for fourteen hours in a harbour.", 1.0),
    ("addresses_you", "You know the script is good when the crew stops eating to listen.", 0.0),  # read as filler
    ("addresses_you", "You know, your first week on a set decides how the crew treats you.", 1.0),
    # 'I', 'my', 'we' or 'our' first: the subject is the speaker, not someone the quote would have to name
    ("speaker_opener", "I learned to sail for the part and still get seasick on the ferry.", 1.0),
    ("speaker_opener", "I’ve never been so cold as in that harbour at five in the morning.", 1.0),
    ("speaker_opener", "Our director let the camera run for twenty minutes after the scene ended.", 1.0),
    ("speaker_opener", "She let the camera run for twenty minutes after the scene ended.", 0.0),
    ("speaker_opener", "Honestly, I learned to sail for the part.", 0.0),
    ("speaker_opener", "Ivy taught me to sail for the part.", 0.0),  # a name that starts like "I"
])
def test_features_read_a_line_as_an_editor_does(name, line, value):
    assert _feature(name, line) == value


@pytest.mark.parametrize("line, first_in_answer, value", [
    # an answer that opens on its speaker restates itself; one that opens otherwise may lean on the question
    ("I am hopeless at long drives, I sing the whole way to keep awake.", True, 1.0),
    ("We built the whole lighthouse in a car park in Leeds.", True, 1.0),
    ("Absolutely, the lighthouse was built in a car park in Leeds.", True, 0.0),
    ("I am hopeless at long drives, I sing the whole way to keep awake.", False, 0.0),  # not an answer's opening
])
def test_an_answer_opening_on_its_speaker_is_told_apart(line, first_in_answer, value):
    ctx = Context(False, first_in_answer, False, False)
    got = features(line, line, qf.WORD.findall(line), ctx)
    assert got["answer_on_speaker"] == value and got["first_in_answer"] == float(first_in_answer)
