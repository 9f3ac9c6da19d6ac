"""Quick paths in reading turns and the interviewee give exactly what the longer way gives.

Each shortcut skips work that cannot change the answer: one pattern for a paragraph said by nobody instead of ten,
a paragraph's layout patterns tried only when it opens on a character they can open on, a name's speech verbs walked
back to only when a word before it ends as a speech verb can, a cast asked the same label once. The texts are
invented (drawn at random, with a fixed seed, from pieces that make each kind and its look-alikes common).
"""

from __future__ import annotations

import random
import re

import pytest

from newsletter.extract import (attribution, cast as cast_module, furniture, layout, mentions, scan, signatures, spoken_by,
                                sections, told)
from newsletter.extract import words
from newsletter.extract.words import SPEECH_VERB_WORDS


def _texts(seed: int, pieces: list[str], count: int = 4000, longest: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


# Each kind of paragraph nobody says, and pieces of prose around them.
_FURNITURE = ["(laughs)", "[Applause]", "(", ")", "[", "]", "---", "* * *", "- ", "_", "EDIT: ", "Update 2:", "ETA:",
              "#lanternfall", " #bram", "#", "Page 2 of 3", "Previous page", "« ", "Continued on page 4 »",
              "Advertisement", "Related: ", "Read more: ", "Watch the trailer below:", "See our clip here.",
              "Translation by", "translated BY ", "Subbed by", "That's all! ", "**", "__", "Question 5", "No. 7",
              "16.", "SUPER: ", "NAT SOUND: ", "Music: ", "[21:05] ", "*** ", "kestrel has joined", "-!- ",
              "Session Start: ", "This article is for subscribers only.", "You've read 3 of your 3 free",
              "Subscribe now", "Already a subscriber?", "She laughs.", "Lena Voss", " ", "\n", "x", ":", "."]


@pytest.mark.parametrize("seed", [1, 2])
def test_one_pattern_for_furniture_says_what_each_of_its_patterns_says(seed):
    found = 0
    for text in _texts(seed, _FURNITURE, 20000, 4):
        each = any(rx.match(text) for rx in furniture.NOBODYS)
        assert furniture.said_by_nobody(text) == each, text
        found += each
    assert found > 1000  # the pieces do make furniture of every kind


@pytest.mark.parametrize("text", ["(Laughs)", "---", "EDIT: going to answer for an hour", "#one #two",
                                  "Page 2 of 3", "Translation by kuyuwatcher.", "**7.**", "### QUESTION 5",
                                  "SUPER: JUNO ABERNATHY", "*** kestrel has joined #show", "Subscribe now to read on"])
def test_furniture_of_each_kind_is_said_by_nobody(text):
    assert furniture.said_by_nobody(text)


@pytest.mark.parametrize("text", ["She laughs (quietly) at that.", "Music: a song I loved.", "Edit the tape, she said.",
                                  "Page two was the best.", "I translated it by ear."])
def test_look_alikes_of_furniture_are_someone_s_words(text):
    assert not furniture.said_by_nobody(text)


# Openings of each layout a paragraph can have, and of prose.
_OPENINGS = ["**", "__", "*", "_", "[", "(", ">", ">>", "#", "## ", "—", "–", "―", "――", "-", "Q", "A", "C", "Q.",
             "A.", "12", "1", "٣", ":", "00:01:15", " ", "\t", "\n", "Lena", "LENA VOSS", "Voss", "Question from ",
             "Comment from", "Mara Quint  00:01:08\n", " · ", "|", "x", "é", "D", "?", "“", "Koh", ". ", "**T**he",
             "D**o you?**", "**Koh** ", "**Lena Voss** ", "*Why?*", "LENA — ", "## Heading", "― "]
_GUARDED = [(layout._TIMESTAMP, lambda c: c in layout._STAMP_OPENERS or c.isdecimal()),
            (layout._CHEVRONS, lambda c: c == ">"),
            (layout._NAME_AND_TIME, lambda c: "A" <= c <= "Z"),
            (layout._ASKED_FROM, lambda c: c in "*_QC"),
            (layout._QA_DOT, lambda c: c in "*_QA"),
            (layout._BLOCK_QUOTE, lambda c: c == ">"),
            (layout._DROP_CAP, lambda c: c == "*"),
            (layout._LINE_LABEL, lambda c: "A" <= c <= "Z" or c in "*_"),
            (layout._DASH_LABEL, lambda c: "A" <= c <= "Z"),
            (layout._BOLD_WORD, lambda c: c == "*"),
            (layout._BOLD_NAME, lambda c: c == "*"),
            (layout._BOLD_WHOLE, lambda c: c in "*_"),
            (layout._BOLD_BUT_FIRST, lambda c: "A" <= c <= "Z"),
            (layout.ITALIC_WHOLE, lambda c: c in "*_"),
            (layout._HEADING, lambda c: c == "#"),
            (layout._BOLD_RUN, lambda c: c in "*_"),
            (layout._BARS_LEAD, lambda c: c in "—–―-"),
            (layout._DASH_LEAD, lambda c: c in "—–―-")]


@pytest.mark.parametrize("rx, opens", _GUARDED)
def test_layout_patterns_match_only_on_the_characters_they_are_tried_on(rx, opens):
    matched = 0
    for text in _texts(3, _OPENINGS, 20000, 6):
        if rx.match(text):
            assert opens(text[0]), text
            matched += 1
    assert matched > 0  # the pieces do make each layout


def test_a_comment_head_is_tried_where_its_separator_stands_near_the_start():
    for text in _texts(4, _OPENINGS + ["·", "•", "x" * 60], 20000, 8):
        assert bool(layout._HEAD_MARK.search(text, 0, layout._HEAD_REACH)) == \
            any(mark in text[:layout._HEAD_REACH] for mark in "·•|"), text


_SPEECH = ["Voss", "Lena", "Voss’s", "says", "said", "Says", "happily", " ", " ", "  ", "\n", "\t", "\u00a0", ",",
           ".", "“", "”", "she", "her co-star", "the", "Dev", "Okafor", "9", "x" * 40, "y" * 90, "essays", "tells us",
           "adds", "Kelly"]


def _verbs_walked(body: str, at: int, end: int) -> list[int]:
    """Where each speech verb _verbs_beside yields for a word starts, as it was before the quick check."""
    verbs = []
    for verb in spoken_by.verbs_beside(body, at, end):
        verbs.append(verb.start())
    return verbs


@pytest.mark.parametrize("seed", [5, 6])
def test_a_word_with_no_speech_verb_ending_before_it_has_none_walked_back_to(seed):
    walked_to = 0
    for text in _texts(seed, _SPEECH, 6000, 30):
        for at in range(1, len(text)):
            if not text[at - 1].isspace() or text[at].isspace():
                continue
            behind = [v for v in _verbs_walked(text, at, at + 1) if v < at]
            if behind:
                words = spoken_by.words_before(text, at)
                assert words is None or any(w[-spoken_by.TAIL:] in spoken_by.VERB_TAILS for w in words), (text, at)
                walked_to += 1
    assert walked_to > 1000


@pytest.mark.parametrize("text, word, count", [
    ("“It rained,” says her co-star Dev Okafor.", "Okafor", 1),
    ("“It rained,” says " + "x" * 120 + " Okafor.", "Okafor", 1),  # a word longer than the stretch: walked back
    ("“It rained,” says the " + "ever-" * 30 + "patient Okafor.", "Okafor", 1),
    ("Okafor happily says so, and Okafor adds more.", "Okafor", 2),
    ("“It rained,” says her co-star, Dev Okafor.", "Okafor", 0),  # the comma: the co-star speaks, unnamed
    ("The essays Okafor kept.", "Okafor", 0)])
def test_speakers_are_counted_by_name_before_and_after_their_verbs(text, word, count):
    assert scan.CountedWhenAsked(text, spoken_by.spoken)[word] == count


def test_speech_verbs_all_end_in_a_tail_the_quick_check_knows():
    assert all(verb[-spoken_by.TAIL:] in spoken_by.VERB_TAILS for verb in SPEECH_VERB_WORDS)


def test_a_cast_asked_again_answers_as_it_did_until_someone_joins():
    cast = cast_module.Cast(["Lena Voss"])
    assert cast.find("VOSS") == "Lena Voss" and cast.find("Okafor") is None
    cast.add("Dev Okafor")
    assert cast.find("Okafor") == "Dev Okafor"  # someone joined: asked afresh
    cast.add("Ines Voss")
    assert cast.find("VOSS") == "Lena Voss" and cast.find("VOSS", avoid="Lena Voss") == "Ines Voss"


_TELLING = ["As told to", "as told to: ", "Lena Voss", "This account", "her essay", " was edited", " condensed",
            " for length.", "In her memoir", " she writes", "In his new autobiography,", " he recalls", "told", "to",
            " ", "\n", ".", "x", "memo", "edit"]


@pytest.mark.parametrize("seed", [7, 8])
def test_a_credit_is_searched_for_only_in_a_paragraph_holding_one_of_its_words(seed):
    found = 0
    for text in _texts(seed, _TELLING, 8000, 10):
        paragraph = layout.Para(0, len(text), "plain")
        matched = told._TOLD_TO.search(text, 0, len(text)) is not None
        assert told._holds(text, paragraph, told._CREDIT_WORDS) or not matched, text
        found += matched
    assert found > 300


_ASKING = ["When Ruiz asks what to tell them, she says only", "After Voss begged for more, he", "When Ruiz asks", "When Deputy Ruiz asked", "After Lena wondered", "If Voss begs", "As she pleaded",
           " what to tell them", ",", " ", "she says only", " he said", "“", ".", "Once", "demands", "x", "Ruiz"]


@pytest.mark.parametrize("seed", [9, 10])
def test_a_clause_of_someone_asking_is_taken_out_only_of_a_text_with_its_verb(seed):
    taken = 0
    for text in _texts(seed, _ASKING, 8000, 10):
        assert attribution._without_asking(text) == attribution._ASKING_CLAUSE.sub("", text), text
        taken += attribution._ASKING_CLAUSE.search(text) is not None
    assert taken > 300



_BEFORE_QUOTE = ["As Okafor puts it", "as she said it", "it", " it", ",", ":", " ", "\n", "\t", "Next we asked Ana Ruiz",
                 "She put it simply", "Vollmer, on why it ended there", "talked to", " Dev Okafor", "x", "says", "writes"]


@pytest.mark.parametrize("seed", [13, 14])
def test_the_words_before_a_quote_are_searched_for_as_put_or_a_colon_only_when_they_end_so(seed):
    found = 0
    for text in _texts(seed, _BEFORE_QUOTE, 8000, 8):
        end = text.rstrip()
        if attribution._AS_PUT.search(text):
            assert (end[:-1] if end[-1:] in ",:" else end).endswith("it"), text
            found += 1
        if attribution._ASKED_COLON.search(text) or attribution._COLON_INTRO.search(text):
            assert end.endswith(":"), text
            found += 1
    assert found > 300


_SIGNING = ["We shot nights.", " — ", "—", " – ", "―", "Tallulah Fenn-Adebayo", ", director", " ", "\t", ".", "!",
            "x", "- ", "…"]


@pytest.mark.parametrize("seed", [15, 16])
def test_a_signature_at_a_paragraph_s_end_is_searched_for_only_where_a_dash_stands(seed):
    found = 0
    for text in _texts(seed, _SIGNING, 8000, 8):
        if signatures._TAIL_DASH.search(text):
            assert signatures._A_DASH.search(text), text
            found += 1
    assert found > 300


def test_the_people_a_stretch_names_are_read_from_the_cast_as_it_stands_then():
    body = "Lena Voss met Dev Okafor. Voss spoke first. Later Okafor did."
    cast, recent = cast_module.Cast(["Lena Voss"]), []
    assert mentions.note_mentions("Voss spoke first.", cast, recent, body) == "Lena Voss"
    assert mentions.note_mentions("Later Okafor did.", cast, recent, body) is None  # not in the cast yet
    cast.add("Dev Okafor")
    assert mentions.note_mentions("Later Okafor did.", cast, recent, body) == "Dev Okafor"
    assert recent == ["Lena Voss", "Dev Okafor"]
    other = "Dev Okafor met Lena Voss. Okafor spoke first."  # another body: its own forms
    assert mentions.note_mentions("Okafor spoke first.", cast, [], other) == "Dev Okafor"


_HEADINGS = ["## ", "**", "_", "Toby Hargreaves", " (Pip)", "(", ")", ", 12", ",", " ", "\n", "?", "Why", "*", "x" * 70]


@pytest.mark.parametrize("seed", [17, 18])
def test_a_heading_s_aside_is_searched_for_only_when_it_ends_on_a_bracket_or_holds_a_comma(seed):
    found = 0
    for text in _texts(seed, _HEADINGS, 8000, 8):
        if sections._ASIDE.search(text):
            assert text.rstrip().endswith(")") or "," in text, text
            found += 1
        if layout.ITALIC_WHOLE.match(text):
            assert text[-1:] == text[:1], text
            found += 1
    assert found > 300


_NAMED = ["Jorja", "Fox", "JORJA", "FOX", " ", "  ", "\n", "x", "é", "-", "’", "Jorja Fox", "jorja", ".", "_", "9"]


@pytest.mark.parametrize("seed", [19, 20])
def test_a_pattern_led_by_a_word_finds_what_a_boundary_then_the_word_finds(seed):
    rng, found = random.Random(seed), 0
    for text in _texts(seed, _NAMED, 8000, 12):
        word = rng.choice(["Jorja", "FOX", "’s", "é", "-Fox"])
        expected = [m.span(1) for m in re.finditer(r"\b" + re.escape(word) + r"\s+(\w+)", text)]
        assert [m.span(1) for m in re.finditer(words.word_led(word) + r"\s+(\w+)", text)] == expected, (text, word)
        found += bool(expected)
    assert found > 300
