"""Cheap tests run before costly ones in reading turns and the interviewee (a find, a look at a few characters):
each lets through everything the costly test could find, so skipping the rest changes nothing.

The texts are drawn at random (fixed seeds) from pieces of the kinds each costly test reads, with the look-alikes
that must still be let through (other cases, the letters Unicode folds into ASCII ones, white space of every kind)
run into each other.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter


from newsletter.extract import attribution, cast, furniture, quote_spans, spoken_by, subject
from newsletter.extract.layout import Para
from newsletter.extract.words import COMMON_WORDS


def _texts(seed: int, pieces: list[str], count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


_HEADINGS = ["References", "Sources", "Notes and references", "Footnotes", "Citations", "Bibliography",
             "External links", "Notes", "sources", "## ", "**", "__", ":", " ", "\t", "\n", "\n\n", "x", "Source",
             "Sources say", "↑ Kvist, Maren.", "External"]


def _last_heading(body: str) -> int:
    found = None
    for found in furniture._SOURCES_HEADING.whole.finditer(body):
        pass
    return found.start() if found else len(body)


def test_a_closing_list_of_sources_is_found_only_where_its_heading_words_stand():
    found = 0
    for text in _texts(51, _HEADINGS):
        assert furniture.sources_start(text) == _last_heading(text), text
        assert all(any(word in m.group() for word in furniture._SOURCES_WORDS)
                   for m in furniture._SOURCES_HEADING.whole.finditer(text)), text
        found += furniture.sources_start(text) < len(text)
    assert found > 200


def test_a_wiki_page_s_references_start_its_source_list_and_prose_about_sources_does_not():
    body = ("Mira Castell plays the harbour pilot.\n\nSources close to the show say a second season is likely.\n\n"
            "## References\n\n↑ Dunmore, Ava. \"Pilot light\". *Coastline Weekly*, 2024.")
    assert furniture.sources_start(body) == body.index("## References")
    assert furniture.sources_start(body[:body.index("## References")]) == body.index("## References")


_MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "Lena said,", " ", "\n", "x", ",", ".", "I hate boats",
          "<a href=", ">", "Mint", " Charoenwong", "say, "]


def test_a_paragraph_without_opening_marks_holds_no_quote_find_quotes_would_find():
    found = 0
    for text in _texts(52, _MARKS):
        quotes = quote_spans.find_quotes(text, Para(0, len(text), "plain"), [])
        if not quote_spans.may_hold_quotes(text):
            assert quotes == [], text
        found += bool(quotes)
    assert found > 1000


_GENRE_PIECES = ["the ", "The ", "hit ", "new ", "its ", "BBC One ", "crime ", "drama", "sitcom", "soap", "thriller",
                 "miniseries", "series", "serial", "procedural", "dramas", " ", "  ", "\n", "\u00a0", "\u2003", "\t",
                 "Night Desk", "Lena Voss", "x", ",", "-", "’s"]


def test_a_genre_before_a_name_is_searched_for_only_where_a_genre_word_ends_before_it():
    found = 0
    for text in _texts(53, _GENRE_PIECES, 1500):
        for at in range(len(text) + 1):
            expected = subject._GENRE_BEFORE.search(text, max(0, at - subject._GENRE_REACH), at) is not None
            assert subject._after_genre(text, at) == expected, (text, at)
            found += expected
    assert found > 200


def test_a_show_named_after_its_genre_is_no_person_and_a_genre_far_before_a_name_is_no_title():
    assert subject._used_as_title("Night Desk", "the hit BBC One drama Night Desk returns")
    assert not subject._used_as_title("Lena Voss", "the drama is long, and Lena Voss knows it")


_EDITED_PIECES = ["edited", "EDITED", "Edited", "edıted", "edİted", "condensed", "condenſed", "CONDENSED", " for ",
                  " FOR ", " For ", " and ", "length", "clarity", "LENGTH", "\n", " ", "x", "ed", "for", ".", "(",
                  "This interview has been "]


def test_an_editor_s_note_is_searched_for_only_in_paragraphs_holding_its_words_in_some_case():
    found = 0
    for text in _texts(54, _EDITED_PIECES):
        expected = furniture._EDITED.search(text) is not None
        assert furniture.edited_note(text) == expected, text
        found += expected
    assert found > 300
    # the letters re.I matches beyond ASCII (dotless and dotted i, long s) stand outside the words the test reads
    assert furniture.edited_note("Edıted for length.") == bool(re.search(furniture._EDITED.pattern, "Edıted for length.",
                                                                         re.I))


def test_a_token_character_is_one_the_token_pattern_matches_over_every_code_point():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    matched = {m.start() for m in spoken_by.TOKEN_CHAR.finditer(every)}
    assert [at for at, char in enumerate(every) if spoken_by.is_token_char(char) != (at in matched)] == []


_NAMED = ["Voss", "Voss’s", "Voss'", "Voss.", "Jr.", "St. Clair", "x-Voss", "Lena", " ", "  ", "\n", ",", ".", "9",
          "_", "é", "-", "says", "said", "Voss says", "says Voss", "said Dr. Voss", "Voss, 34, says"]


def _tokens(text: str) -> Counter:
    return Counter(spoken_by.bare(word) for word in subject._TOKEN.findall(text))


def test_a_word_counted_where_it_stands_is_counted_as_a_count_of_every_token_counts_it():
    found = 0
    for text in _texts(55, _NAMED):
        everything = _tokens(text)
        for word in ["Voss", "Voss.", "Jr.", "St. Clair", "Dr. Voss", "Lena", "é", "x-Voss", "Voss’s"]:
            assert subject._mentions(text, word) == everything[word], (text, word)
            found += everything[word] > 0
    assert found > 1000


def test_a_speaker_whose_name_holds_a_mark_no_token_holds_is_never_counted_as_speaking():
    for text in _texts(56, _NAMED, 1000):
        for word in ["Voss.", "St. Clair", "Dr. Voss", "Jr."]:
            assert spoken_by.spoken(text, word) == 0, (text, word)
    assert spoken_by.spoken("“Never,” says Voss. Voss says so.", "Voss") == 2


_POSSESSIVE_AS_WRITTEN = re.compile(r"[’']s?\Z")
_I_CONTRACTED_AS_WRITTEN = re.compile(r"i['’](?:m|d|ve|ll)\Z")
_NAME_PIECES = ["I", "i", "’", "'", "m", "d", "ve", "ll", "s", "S", "Voss", "The", "the", "Will", ".", "Jr", "x", "é"]


def test_a_word_breaks_a_name_as_it_did_when_patterns_read_its_ending():
    for word in _texts(59, _NAME_PIECES, 20000):
        low = word.lower().strip(".")
        as_written = low in cast.NOT_NAME_WORDS or (low in COMMON_WORDS and low not in cast._NAME_LIKE) or \
            _POSSESSIVE_AS_WRITTEN.search(word) is not None or _I_CONTRACTED_AS_WRITTEN.match(low) is not None
        assert cast._breaks_name(word) == as_written, word
    assert cast._breaks_name("I’m") and cast._breaks_name("Voss’") and not cast._breaks_name("Voss")


_VERB_PIECES = ["says", "SAYS", "Said", "ſays", "admıts", "İnsists", "asKed", "\u212aeeps", "chimes in", "CHIMES IN",
                "essays", "x", " ", "\n", ",", "“", "é", "Voss", "told", "TOLD", "tells", "1"]


def test_a_text_holds_a_speech_verb_in_any_case_exactly_where_the_case_blind_pattern_finds_one():
    found = 0
    for text in _texts(60, _VERB_PIECES, 6000):
        expected = attribution._ANY_VERB.search(text) is not None
        assert attribution._holds_verb(text) == expected, text
        found += expected
    assert found > 3000
    assert attribution._holds_verb("and SHE SAYS") and not attribution._holds_verb("and she nods")
