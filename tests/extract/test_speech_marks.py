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
