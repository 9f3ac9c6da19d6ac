"""The turns stage's quicker paths give what the slower reads they replace gave, on random texts."""

import random

import pytest

from newsletter.extract import page_layouts, sections, spoken_by
from newsletter.extract.scan import space_before

_PIECES = ["Voss", "Lena", "Voss’s", "says", "said", "Says", "happily", " ", " ", "  ", "\n", "\t", "\u00a0", ",",
           ".", "“", "”", "she", "her co-star", "the", "Dev", "Okafor", "9", "x" * 40, "y" * 90, "essays", "tells us",
           "adds", "Kelly", "points out", "out", "ays", "a", "chimed in", "-"]


def _texts(seed: int, count: int, pieces: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, pieces))) for _ in range(count)]


def _walked(body: str, at: int, end: int) -> list[tuple[int, int]]:
    """verbs_beside as it was: a check of the last letters of the words before the word, then a walk back over them a
    character at a time."""
    found = []
    gap = spoken_by._AFTER_SPEAKER.match(body, end)
    if gap:
        adverb = spoken_by._ADVERB.match(body, gap.end())
        for start in (gap.end(), adverb.end()) if adverb else (gap.end(),):
            verb = spoken_by.SPEECH_VERB.match(body, start)
            if verb:
                found.append(verb.span())
    verb_end, start, most = space_before(body, at), max(0, at - 100), spoken_by._WORDS_BETWEEN + 1
    words = body[start:at].rsplit(None, most)
    if (len(words) > most or start == 0) and not any(word[-3:] in spoken_by.VERB_TAILS for word in words[-most:]):
        return found
    for _ in range(most):
        if verb_end == at:
            break
        if body[verb_end - 3:verb_end] in spoken_by.VERB_TAILS:
            reach = max(0, verb_end - spoken_by._LONGEST_VERB - 1)
            found += [v.span() for v in spoken_by.SPEECH_VERB.finditer(body, reach, verb_end + 1) if v.end() == verb_end]
        word = verb_end
        while word > 0 and not body[word - 1].isspace():
            word -= 1
        at, verb_end = word, space_before(body, word)
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_verbs_beside_a_word_are_those_a_walk_back_finds(seed):
    behind = 0
    for text in _texts(seed, 3000, 30):
        for at in range(len(text)):
            end = at + 1
            got = [v.span() for v in spoken_by.verbs_beside(text, at, end)]
            assert got == _walked(text, at, end), (text, at)
            behind += any(v[0] < at for v in got)
    assert behind > 1000  # the sample has verbs before a word, not only after it



# A heading tried only on a paragraph opening on a character it can open with: every character of the Basic
# Multilingual Plane, before the rest of a heading that the engine may read it into, is held to the engine's answer.
_CONVERSATION_TAILS = ("n Conversation with Ana Ruiz", " CONVERSATION WITH ANA RUIZ", "&A with Ana Ruiz",
                       "n interview with Ana Ruiz", " AND A WITH ANA RUIZ", "A conversation with Ana Ruiz",
                       " Q&A with Ana Ruiz", "")
_COMMENTS_TAILS = ("omments", "eplies", "esponses (3)", "oin the discussion", "eave a reply", "iscussion",
                   "2 comments", " comments", "eader comments", "# 3 comments", "*Comments (12)**", "_Replies__", "")


def _engine_openings(read, tails: tuple[str, ...]) -> set[str]:
    """Every character of the Basic Multilingual Plane that `read` (a pattern's match) reads into one of `tails`."""
    return {chr(code) for code in range(0x10000) if any(read(chr(code) + tail) for tail in tails)}


def test_a_conversation_heading_is_tried_on_every_character_it_can_open_with():
    opened = _engine_openings(sections._CONVERSATION.fullmatch, _CONVERSATION_TAILS)
    assert all(sections.may_head_conversation(first) for first in opened), opened
    assert {"A", "a", "I", "Q", "#", "*", " "} <= opened
    assert not sections.may_head_conversation("T") and not sections.may_head_conversation("“")


def test_a_comments_head_is_tried_on_every_character_it_can_open_with():
    opened = _engine_openings(page_layouts._COMMENTS_HEAD.match, _COMMENTS_TAILS)
    assert all(page_layouts.may_head_comments(first) for first in opened), opened
    assert {"C", "r", "J", "l", "D", "3", "#", "*", "_"} <= opened
    assert not page_layouts.may_head_comments("T") and not page_layouts.may_head_comments(" ")


_OPENS = ["", "**", "__", "*", "_"]
_SPACES = [" ", "  ", "\t", "", "\n"]
# Each marked turn's parts, every part with some choices its pattern takes and some it does not.
_TURN_PARTS = {
    "time": [_OPENS, ["", "[", "("], ["1", "12", "٣", "123", "x"], [":", ".", ""], ["00", "5", ""], ["", ":00", ":00:19"],
             ["", " pm", "am"], ["", "]", ")"], _OPENS, _SPACES, ["HOST: Hi.", "Hi"]],
    "name and time": [["Mara", "Mara Quint", "Speaker 2", "A", "mara"], _SPACES, ["", "[", "("], ["1", "01", "٣", ""],
                      [":", "", "."], ["08", "8"], ["", ":33"], ["", "]", ")"], ["\n", ":\n", ": ", ""], ["Hello", ""]],
    "reader": [_OPENS, ["Question", "Questions", "Comment", "Quest"], _SPACES, ["from", "From", "fro"], _SPACES,
               ["Brenda", "brenda", "Kieran_91"], ["", ", Doncaster"], [":", ""], _OPENS, _SPACES, ["Why?", ""]],
    "dotted": [_OPENS, ["Q", "A", "B"], [".", "", ":"], _OPENS, _SPACES, ["Why?", "J. Smith", ""]],
}


@pytest.mark.parametrize("seed", [1, 2])
def test_each_marked_turn_is_tried_only_where_the_literal_it_needs_stands(seed):
    """layout._marked_turn tries a time, a recorder's name and time, a reader's question and a dotted Q./A. only
    where its colon, "from" or dot stands: every match has it there."""
    from newsletter.extract import layout
    tried = {"time": (layout._TIMESTAMP, lambda text: ":" in text[:6]),
             "name and time": (layout._NAME_AND_TIME, lambda text: ":" in text),
             "reader": (layout._ASKED_FROM, lambda text: "from" in text),
             "dotted": (layout._QA_DOT, lambda text: "." in text[:4])}
    rnd = random.Random(seed)
    for kind, parts in _TURN_PARTS.items():
        rx, needed = tried[kind]
        matched = 0
        for _ in range(5000):
            text = "".join(rnd.choice(choices) for choices in parts)
            if rx.match(text):
                assert needed(text), (kind, text)
                matched += 1
        assert matched > 50, kind  # the sample holds turns of the kind, not only look-alikes


def test_a_credit_is_tried_where_by_stands_in_any_case():
    from newsletter.extract import furniture
    lowered_by = {chr(code) for code in range(0x110000) if set(chr(code).lower()) & {"b", "y"}}
    assert lowered_by == {"b", "B", "y", "Y"}  # so only their four pairs hold "by" once lowered
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(["b", "B", "y", "Y", "x", " ", "İ", "“", "by"]) for _ in range(rnd.randint(0, 6)))
        assert furniture._holds_by(text) == ("by" in text.lower()), text


def test_a_names_letters_are_its_lower_case_letters():
    from newsletter.extract.handles import name_letters
    rnd = random.Random(8)
    for _ in range(5000):
        text = "".join(rnd.choice(["Toby", "_", "Ansell", "9", " ", "İ", "ß", "Ǆ", "’", "é", "-"]) for _ in range(rnd.randint(0, 6)))
        assert name_letters(text) == "".join(c for c in text.lower() if c.isalpha()), text


def test_a_currency_is_any_of_the_currencies():
    from newsletter.extract import label_trust
    for text in ("Estimate: £1,500", "Price: 3 ₹", "Cost: ¥9", "€", "$", "Dollars", ""):
        assert label_trust._holds_currency(text) == any(c in text for c in label_trust._CURRENCIES), text
    assert set(label_trust._CURRENCIES) == set("£$€¥₹")  # the finds written out are these


def test_a_scene_or_a_voice_aside_is_tried_only_where_its_bracket_stands():
    from newsletter.extract import label_kinds, turns
    rnd, matched = random.Random(9), 0
    parts = [["", " ", "NAME ", "Q "], ["(", "[", "", "{"], ["as", "As", "playing", "In character as", "on"], [" ", ""],
             ["Walt Faber", "a fan", ""], [")", "]", ""], [":", " ", ""], ["Sure.", ""]]
    for _ in range(5000):
        text = "".join(rnd.choice(choices) for choices in parts)
        if turns._IN_CHARACTER.match(text):
            assert text.startswith(("[", "(")), text
            matched += 1
        if label_kinds._IN_CHARACTER.search(text):
            assert "(" in text, text
            matched += 1
    assert matched > 100
