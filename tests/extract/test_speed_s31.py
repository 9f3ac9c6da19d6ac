"""Cheap tests run before costly ones in ranking pull-quotes and reading turns: each lets through everything the
costly test could find, so skipping the rest changes nothing.

The texts are drawn at random (fixed seeds) from pieces of the kinds each costly test reads, with the look-alikes
that must still be let through (other cases, the letters Unicode folds into ASCII ones) run into each other.
"""

from __future__ import annotations

import random
import re

from newsletter import pull_quotes, quote_answers
from newsletter.extract import air_show, cast, furniture, scan, sentences, subject, told
from newsletter.extract.layout import Para


def _texts(seed: int, pieces: list[str], count: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(count)]


_DEATHS = ["Mara Quinlan", " has died", " dies", " is dead", " HAS DIED", " Dies", " IS DEAD", " aged ", " at ",
           " at the age of ", "84", "9", ":30", " pm", " o'clock", "dıes", " İs dead", " DİES", "\u212a", " ", "\n",
           ", co-stars pay tribute", "the", "x", "died", "deadline", "studied", "DEAD", " has died aged 84",
           " DIES AT 90", " dıes at 70", " is dead at the age of 101", " dies at 9:30"]


def _death_as_searched(title: str, body: str) -> bool:
    return quote_answers._DEATH_NOTICE.search(title) is not None or \
        quote_answers._DEATH_NOTICE.search(body, 0, quote_answers._LEAD_NEWS_CHARS) is not None


def test_a_lead_is_read_for_a_death_notice_only_where_a_death_word_stands_and_finds_what_the_search_finds():
    titles, bodies = _texts(31, _DEATHS, 1500), _texts(32, _DEATHS + ["word " * 200], 1500)
    found = 0
    for title, body in zip(titles, bodies):
        assert quote_answers.death_notice(title, body) == _death_as_searched(title, body), (title, body)
        assert quote_answers.death_notice("", title) == _death_as_searched("", title), title
        found += quote_answers.death_notice(title, body)
    assert found > 300


def test_a_death_told_as_news_beyond_ascii_and_in_capitals_is_still_a_death_notice():
    assert quote_answers.death_notice("Mara Quinlan DİES AT 84: co-stars pay tribute", "")
    assert quote_answers.death_notice("", "The actor Dev Okafor has died aged 77, his agent said.")
    assert not quote_answers.death_notice("Mara Quinlan on her deadline", "She studied the script; it died at 9 pm.")
    # past the lead's first 600 characters the news is not told again
    assert not quote_answers.death_notice("", "x" * 600 + " has died aged 77")


_STOPS = ["Dr", "dr", "DR", "Mrs", "mrs", "St", "etc", "Sept", "Thurs", "thurs", "No", "no", "NO", "U.S", "p.m", "J",
          "a", "time", "show", "it", "ox", "Inc", "approx", "Jun", "ran", "sun", "Sun", "on", "Est", "est", "é", "ÉT",
          "Ø", "x", ". ", "... ", "! ", "? ", " ", "\n", "“", "(", "_", "*", "'", "5", " 5", "Night", "Co", "co", "vs"]


def _shortens_as_read(text: str, at: int, following: str) -> bool:
    last = text[at - 1:at]
    if not ("a" <= last <= "z" or "A" <= last <= "Z") or \
            at > sentences._LONGEST_SHORT and text[at - sentences._LONGEST_SHORT - 1:at].isalpha():
        return False
    before = text[max(0, at - sentences._LOOK_BACK):at]
    word = before.rsplit(None, 1)[-1].lstrip(sentences._OPENERS) if before[-1:] and not before[-1].isspace() else ""
    return word.lower() in sentences.ABBREVIATIONS or word[1:2] in ("", ".") and \
        sentences._DOTTED_LETTERS.match(word) is not None or (word.lower() == "no" and following[0].isdigit())


def test_a_stop_after_two_letters_no_abbreviation_ends_on_ends_its_sentence_as_reading_the_word_says():
    shortened = 0
    for text in _texts(33, _STOPS):
        for at in (i for i, c in enumerate(text) if c == "."):
            following = text[at + 1:].lstrip()[:1] or "x"
            assert sentences._shortens(text, at, following) == _shortens_as_read(text, at, following), (text, at)
            shortened += sentences._shortens(text, at, following)
    assert shortened > 400


def test_a_sentence_ends_after_a_short_word_but_not_after_a_title_or_a_month():
    text = "I met Dr. Voss on Sept. 3 at the show. She ran. It was No. 5 on the list. Thurs. was slow."
    assert [text[s:e] for s, e in sentences.sentences(text)] == [
        "I met Dr. Voss on Sept. 3 at the show.", "She ran.", "It was No. 5 on the list.", "Thurs. was slow."]


def test_a_list_of_sources_is_found_from_its_heading_on_the_first_line_or_after_a_line_break():
    heading = "## References\n\n↑ Dunmore, Ava. *Coastline Weekly*, 2024."
    assert furniture.sources_start(heading) == 0
    assert furniture.sources_start("Mira Castell plays the pilot.\n  **Sources**:\n↑ A.") == 30
    body = "Notes\n\nSources close to the show say a second season is likely.\n\nExternal links\n\n↑ B."
    assert furniture.sources_start(body) == body.index("External links")
    assert furniture.sources_start("Her sources:\nnone") == len("Her sources:\nnone")


_TALKING = ["Ottilie Marsh", " was", " is", " talking", " speaking", " Talking", " to", " Fen Achebe", ".", " ", "\t",
            "\n", "x", "She", " walking", "peaking", "talk", "spoke", " was talking to ", " is speaking to\t",
            " Dev Okafor was speaking to Mara Quinlan"]


def test_a_column_s_credit_is_searched_for_only_in_a_paragraph_saying_talking_or_speaking():
    found = 0
    for text in _texts(34, _TALKING):
        matched = told._TALKING_TO.search(text) is not None
        assert told._holds(text, Para(0, len(text), "plain"), told._TALKING_WORDS) or not matched, text
        found += matched
    assert found > 200


_LINES = ["## References", "**Sources**", "Sources:", "1. Harbor Lights", "**Tidewater**", "<b>Ridgeline</b>", "\n",
          "\n\n", "\r\n", " ", "\t", "#", "*", "x", "Mara Quinlan talked to us about the storm episodes.", "Notes",
          "External links", "__", ":", "# " + "y" * 90]


def test_a_line_pattern_finds_each_line_the_pattern_led_by_a_line_start_finds():
    found = 0
    for pattern in (furniture._SOURCES_HEADING, air_show._HEADING):
        for text in _texts(35, _LINES, 3000):
            lines = list(pattern.matches(text))
            assert [start for start, _ in lines] == [m.start() for m in pattern.whole.finditer(text)], text
            assert [(m.group(0).lstrip("\n"), m.end()) for _, m in lines] == \
                [(m.group(0), m.end()) for m in pattern.whole.finditer(text)], text
            found += len(lines)
    assert found > 2000


# Patterns rewritten to open on what the engine can skip to (a literal, a class, an alternation of literals), each
# beside its form as it was written before: the same matches, spans and groups.
_NAME = (rf"(?=[{cast.UPPER}][{cast.UPPER}’'\-]*[{cast.LOWER}])[{cast.UPPER}][{cast.LOWER}]*(?:[’'\-]?[{cast.UPPER}]"
         rf"[{cast.LOWER}]+|[’'\-][{cast.LOWER}]+)*(?:(?<=s)[’'])?(?![\w’'\-])")
_AS_WRITTEN = [
    (cast._CAP_RUN, rf"(?<![\w’'.])(?:{_NAME}|[{cast.UPPER}]\.)(?:[ \t]+(?:{_NAME}|[{cast.UPPER}]\.|"
                    rf"(?:{'|'.join(cast._PARTICLE_WORDS)}|Ó)\b)){{1,12}}"),
    (pull_quotes._CLAUSE_END, r"(?=[,.…])(?:,(?=\s+(?:and|but|so)\s)|(?:…|\.\.\.)(?=\s*[A-Z]))"),
    (pull_quotes._CLAUSE_START, r"(?=[,.…])(?:(?:…|\.\.\.)\s*(?=[A-Z])|,\s+(?=I\s))"),
    (subject._QUOTED_NAME, r"[‘“\"]([A-Z][^‘“”\"\n]{1,60}?)[,.!?]?[’”\"](?![\w’'])"
                           r"|'(?<![\w’']')([A-Z][^'‘“”\"\n]{1,60}?)[,.!?]?'(?![\w’'])"),
    (sentences._STOP_BREAK, r"(?:\.(?:\.\.|[.!?]*)|[!?][.!?]*|;)[”\"’')\]]*(?=\s+(\S))"),
    (quote_answers._SMALL_AFTER_STOP, r"[.!?…]+[”\"’']?\s+(?=[a-z])"),
    (quote_answers._CAPITAL_AFTER_STOP, r"[.!?…]+[”\"’']?\s+[“\"‘']?(?!I\b|I[’'])(?=[A-Z])"),
    (air_show._MARKED, r"<(?P<tag>i|em|b|strong|cite)>(?P<t1>[^<]{1,120}?)</(?P=tag)>"
                       r"|(?<![\w*])\*\*(?P<t2>[^*\n]{1,120}?)\*\*(?![\w*])|(?<![\w*])\*(?P<t3>[^*\n]{1,120}?)\*(?![\w*])"
                       r"|(?<!\w)_(?P<t4>[^_\n]{1,120}?)_(?!\w)|“(?P<t5>[^“”\n]{1,120}?)”|\"(?P<t6>[^\"\n]{1,120}?)\""
                       r"|(?<!\w)[‘'](?P<t7>[A-Z](?:[^‘’'\n]|['’](?=\w)){0,118}?)[’'](?!\w)|\[(?P<t8>[^\]\n]{1,120}?)\]\(")]
_MARKS = ["Mara", " Quinlan", "McBride", "O’Neil", "Marc-André", "J.", " ", "\t", "\n", "de", " van", "Ó", ".", "...",
          "…", "!", "?", ";", ",", " and", " but", " I", "“", "”", "‘", "’", '"', "'", "(", ")", "]", "x", "é", "É",
          "Voss’", "Harbor Lights", "’s", "a", "The", "NBC", "ß", "İ", " so ", "e.g.", "<i>", "</i>", "<strong>",
          "</strong>", "**", "*", "_", "[", "](", "It's"]


def test_each_pattern_opening_on_what_the_engine_skips_to_finds_what_it_found_as_written():
    texts = _texts(36, _MARKS, 6000)
    for rx, written in _AS_WRITTEN:
        as_written = re.compile(written)
        found = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in as_written.finditer(text)]
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == expected, (written, text)
            found += len(expected)
        assert found > 100, written


def test_a_pattern_the_engine_skips_ahead_in_as_written_is_compiled_as_written():
    assert scan.led_by_first(r"[.!?](?=\s+(\S))").pattern == r"[.!?](?=\s+(\S))"
    assert scan.led_by_first(r"(?<!\w)(?:as|character)\s+(\w+)").pattern.startswith("(?=[")
