"""Speech in single quote marks (British, Irish, Australian and Singaporean papers) and quotes that run on."""

from datetime import date

from newsletter.extract.speech_marks import speech_view
from newsletter.extract.turns import extract_turns
from newsletter.model import Interview

BRITISH = (
    "Marnie Tolland has spent six years as the harbourmaster on Saltcombe Quay.\n\n"
    "She told us from the set in Cornwall: 'What nobody warns you about is the wind. It takes your lines "
    "right out of your mouth.\n\n"
    "**'We shot the storm episode in the '90s style, with a rain machine and two fans.**\n\n"
    "'I still have the boots from the first series,' Tolland said.\n\n"
    "The actors' union sorted out the overtime, the producer said, and the crew played rock 'n' roll between takes.\n\n"
    "'The cast is like a family now. The show's fans knit us scarves,' she added.")


def _roles(body: str, **kw) -> list[tuple[str, str | None, str]]:
    interview = Interview(source="t", body=body, date=date(2026, 11, 24), **kw)
    result = extract_turns(interview)
    for t in result.turns:
        assert body[t.start:t.end] == t.text  # offsets into the body as published, marks and all
    return [(t.role, t.speaker, t.text[:24]) for t in result.turns]


def test_a_paper_that_speaks_in_single_marks_has_its_quotes_read():
    got = _roles(BRITISH, title="Marnie Tolland on wind, boots and knitted scarves")
    said = [(role, who) for role, who, text in got if role != "narration"]
    assert said == [("interviewee", "Marnie Tolland")] * 4
    assert ("interviewee", "Marnie Tolland", "What nobody warns you ab") in got  # runs on: attributed later
    assert ("interviewee", "Marnie Tolland", "We shot the storm episod") in got  # inside bold, still a quote
    assert any(role == "narration" and text.startswith("The actors' union") for role, _, text in got)


def test_apostrophes_are_never_turned_into_speech_marks():
    view = speech_view(BRITISH)
    assert len(view) == len(BRITISH)
    assert "the '90s style" in view and "actors' union" in view and "rock 'n' roll" in view and "show's" in view
    assert view.count("“") == 4 and view.count("”") == 2  # two quotes run on to their paragraph's end


def test_a_quote_opened_in_small_letters_closes_at_its_last_word_or_is_no_quote():
    body = ("Marnie Tolland calls it the 'new normal' on set. 'I didn't cope at first,' she admits. 'Now I do.'\n\n"
            "Her character is a 'tough cookie' who runs the harbour. 'I love her,' Tolland said.\n\n"
            "The locals say 'ello to everyone. 'It's the accent,' she said.\n\n"
            "Her director called the last block 'the hardest shoot of my life' and said no more.")
    view = speech_view(body)
    assert "the “new normal” on set. “I didn't cope at first,” she admits" in view  # a scare quote, then speech
    assert "a “tough cookie” who runs the harbour. “I love her,”" in view
    assert "say 'ello to everyone. “It's the accent,”" in view  # an elision: no quote opens
    assert "block “the hardest shoot of my life” and said" in view  # a partial quote closes after its last word
    said = [text for role, _, text in _roles(body, title="Marnie Tolland on the harbour")
            if role != "narration" and not text.startswith("the hardest")]
    assert said == ["I didn't cope at first,", "Now I do.", "I love her,", "It's the accent,"]


def test_an_american_article_with_a_title_in_single_marks_is_left_alone():
    body = ("'Night Desk' airs Fridays at 9 on ABC.\n\n"
            "“I love the night shift,” Ina Brook says. “Nobody calls.”\n\n"
            "“We ride along with real crews,” she adds.")
    assert speech_view(body) is body  # left as it is: not an article that speaks in single marks


def test_a_long_quote_in_double_marks_belongs_to_whoever_its_last_paragraph_names():
    body = ("Odile Farrant came back for the final season. “It felt like a reunion,” Farrant says.\n\n"
            "Her director, Hal Brisco, remembers it less fondly.\n\n"
            "“The first week was strange. Everyone had new haircuts.\n\n"
            "“By Friday it felt like we had never left,” Brisco said.")
    got = _roles(body, title="Odile Farrant on the last season of Quarry Road")
    assert [r[:2] for r in got if r[0] != "narration"] == [("interviewee", "Odile Farrant"), ("other", "Hal Brisco"),
                                                           ("other", "Hal Brisco")]


def test_quotes_in_single_marks_inside_paragraphs_and_a_lower_case_one_after_a_comma():
    body = ("Ask Ines Calloway about her first audition and she winces. Starting at 12, 'I did every school play,' "
            "says Calloway, who plays a coroner on Fen Lane.\n\n"
            "Admits Calloway: 'The coroner has no social skills at all.' Unlike the actress herself.\n\n"
            "She learned the drums at 14, 'but I always ended up owing someone money.'")
    got = _roles(body, title="Ines Calloway keeps it light")
    assert [(role, who) for role, who, _ in got if role != "narration"] == [("interviewee", "Ines Calloway")] * 3


SINGLE_MARKS_KINDS = (
    "Fans of ITV's 'Harbour Lights: The Early Years' know Petra Voss as the quiet one.\n\n"
    "When filming resumed, Voss found comfort in 'having a call time and somewhere I'm meant to be.'\n\n"
    "Voss (her surname rhymes with 'floss;' it's Dutch, from her grandfather) laughs at most things.\n\n"
    "There were 'at least 300 girls in that queue, maybe more,' Voss says. 'I wore my school shoes.'\n\n"
    "'(Harbour Lights) gave me a trade,' she says. 'I can splice a rope now.'\n\n"
    "' \"Lights\" was never meant to run,' says producer Oren Hale. 'We had six weeks.'\n\n"
    "'I'm rusty with the knots. It's been a year since I was on \"Lights,\"' she said.\n\n"
    "Her co-star Lou Marr is fond of rock 'n' roll and of 'cause and effect' plotting.")


def test_single_marks_kinds_partial_quotes_titles_and_nested_marks_are_read():
    view = speech_view(SINGLE_MARKS_KINDS)
    assert len(view) == len(SINGLE_MARKS_KINDS)
    assert "ITV's 'Harbour Lights: The Early Years' know" in view  # a title (capitalised words): not speech
    assert "“having a call time and somewhere I'm meant to be.”" in view  # small letter, closed after a stop
    assert "“floss;”" in view and "“at least 300 girls in that queue, maybe more,”" in view
    assert "“(Harbour Lights) gave me a trade,”" in view and "“ \"Lights\" was never meant to run,”" in view
    assert "on \"Lights,\"” she said" in view  # closed right after a quote within the quote
    assert "rock 'n' roll" in view and "'cause and effect'" in view and "ITV's" in view


def test_single_marks_kinds_give_each_quote_its_speaker():
    got = _roles(SINGLE_MARKS_KINDS, title="Petra Voss: ropes, knots and Harbour Lights")
    said = [(role, who, text) for role, who, text in got if role != "narration"]
    assert [(role, who) for role, who, _ in said] == [("interviewee", "Petra Voss")] * 5 + \
        [("other", "Oren Hale")] * 2 + [("interviewee", "Petra Voss")]
    assert not any(text.startswith(("floss", "Harbour Lights: The")) for _, _, text in said)  # not speech
    assert any(role == "narration" and text.startswith("Her co-star Lou Marr") for role, _, text in got)


def test_a_question_that_quotes_someone_in_single_marks_gives_the_words_to_them():
    body = ("Tova Reyes is back on Night Ferry.\n\n"
            "**We spoke to Abe Lindqvist last spring and [he said] 'the ferry is the only set with weather.' "
            "Is it?**\n\n"
            "'It rains on cue, and never when we want it,' she laughs. 'Abe is right.'\n\n"
            "**What is next for you?**\n\n"
            "'A long nap,' Reyes says.")
    got = _roles(body, title="Tova Reyes on Night Ferry")
    assert ("other", "Abe Lindqvist", "the ferry is the only se") in got
    assert [(role, who) for role, who, _ in got if role == "interviewer"] == [("interviewer", None)] * 3


def test_french_guillemets_are_speech_marks_and_their_spaces_are_not_words():
    body = ("Elle arrive en retard. « The métro stopped under Bastille, » says Amélie Roussel, 44. « So, thank you. »"
            "\n\nHer co-star Jules Marchand laughs. « She is always late, and always right, » Marchand says.")
    view = speech_view(body)
    assert len(view) == len(body) and view.count("“") == 3 and view.count("”") == 3
    got = _roles(body, title="Amélie Roussel, always late")
    said = [(role, who, text) for role, who, text in got if role != "narration"]
    assert said == [("interviewee", "Amélie Roussel", "The métro stopped under "),
                    ("interviewee", "Amélie Roussel", "So, thank you."),
                    ("other", "Jules Marchand", "She is always late, and ")]
