"""HTML bodies (scraped archives) are read through a plain view that maps back to the stored text."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.document import view_of
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes

HTML_QA = (
    "<p>Wren Halloway has spent six seasons on <em>Lantern Street</em>, and we caught up with Halloway "
    "before the finale.</p>\n\n"
    "<p><strong>How did the last day on set feel?</strong>I cried in the lighthouse set for an hour, and then "
    "the crew handed me the brass key from the pilot episode.</p>\n"
    "<p>I still keep that key on my desk next to the script.</p>\n"
    "<p><strong>Did you take anything else home?</strong> Only the coat, which I&apos;m wearing right "
    "now&#x2014;don&apos;t tell the costume department. <b>What comes next for you?</b> A stage play in "
    "Glasgow next spring.</p>"
)


def _iv(body: str) -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 23), title="Wren Halloway on saying goodbye",
                     byline="Pat Reyes")


def test_plain_markdown_is_its_own_view():
    body = "**Q?** Answer here.\n\nMore."
    view = view_of(body)
    assert view.identity and view.text is body


def test_view_maps_every_span_back_to_the_stored_body():
    view = view_of(HTML_QA)
    assert "I'm wearing right now—don't tell" in view.text
    start = view.text.index("I'm wearing")
    bs, be = view.to_body(start, start + len("I'm wearing"))
    assert HTML_QA[bs:be] == "I&apos;m wearing"
    assert view.to_view(bs) == start


def test_bold_question_with_the_answer_inline_is_two_turns():
    u = understand(_iv(HTML_QA))
    body = u.interview.body
    roles = {}
    for needle in ("How did the last day", "I cried in the lighthouse", "I still keep that key",
                   "Did you take anything", "Only the coat", "What comes next", "A stage play"):
        pos = body.index(needle)
        turn = next(t for t in u.turns if t.start <= pos < t.end)
        assert body[turn.start:turn.end] == turn.text
        roles[needle] = (turn.role, turn.speaker)
    assert roles["How did the last day"][0] == "interviewer"
    assert roles["Did you take anything"][0] == "interviewer"
    assert roles["What comes next"][0] == "interviewer"
    for needle in ("I cried in the lighthouse", "I still keep that key", "Only the coat", "A stage play"):
        assert roles[needle] == ("interviewee", "Wren Halloway")


def test_picks_from_an_html_body_are_exact_stored_spans():
    u = understand(_iv(HTML_QA))
    picks = select_pull_quotes(u, count=2).picks
    assert picks
    for p in picks:
        assert u.interview.body[p.start:p.end] == p.text
        assert "How did" not in p.text and "strong>" not in p.text


def test_a_misspelled_bold_tag_still_marks_the_question_and_an_italic_aside_is_narration():
    body = ("<p>We met Wren Halloway at the studio, and Halloway talked about the finale.</p>\n"
            "<p><strong>Was the lighthouse real?</strong> Only the bottom half; the rest was a painted sky.</p>\n"
            "<p><storng>Did you keep anything? <em>[She points at her boots]</em></strong> These boots, and the "
            "key from the pilot, which I carry everywhere now.</p>")
    u = understand(_iv(body))
    body = u.interview.body
    at = {needle: next(t for t in u.turns if t.start <= body.index(needle) < t.end)
          for needle in ("Did you keep anything", "She points at her boots", "These boots")}
    assert at["Did you keep anything"].role == "interviewer"
    assert at["She points at her boots"].role == "narration"
    assert (at["These boots"].role, at["These boots"].speaker) == ("interviewee", "Wren Halloway")


def test_an_answer_caught_inside_the_bold_of_its_question_is_the_answer():
    answer = ("I think about her every single day, because she taught me that a person can be wrong for years "
              "and still turn around, and I carry that into every role I take now, even the small ones.")
    body = ("<p>Wren Halloway has played the keeper for six seasons. Halloway spoke to us this week.</p>\n"
            "<p><strong>How did the storm feel?</strong> Cold, and very loud.</p>\n"
            f"<p><strong>Do you miss the keeper? {answer}</strong></p>")
    u = understand(_iv(body))
    turn = next(t for t in u.turns if "I think about her every single day" in t.text)
    assert (turn.role, turn.speaker) == ("interviewee", "Wren Halloway")
    question = next(t for t in u.turns if "Do you miss the keeper?" in t.text)
    assert question.role == "interviewer" and "I think about her" not in question.text


def test_markdown_with_entities_and_non_breaking_spaces_reads_them_as_characters():
    body = ("Wren\xa0Halloway has spent six seasons on *Lantern Street*.\n\n"
            "**Pat Reyes:** How did the last day feel?\n\n"
            "**Wren&nbsp;Halloway:** I cried in the lighthouse for an hour, and I&#8217;m not ashamed of it.\n\n"
            "**Pat Reyes:** And the key?\n\n"
            "**Halloway:** It&#x2019;s on my desk, next to the first script.")
    view = view_of(body)
    assert "Wren Halloway:** I cried" in view.text and "I’m not ashamed" in view.text
    u = understand(_iv(body))
    answers = [t for t in u.turns if t.role == "interviewee"]
    assert [t.speaker for t in answers] == ["Wren Halloway"] * 2
    assert all(body[t.start:t.end] == t.text for t in u.turns)  # offsets stay the stored body's
    assert answers[0].text == "I cried in the lighthouse for an hour, and I&#8217;m not ashamed of it."


def test_an_ampersand_that_is_no_entity_is_left_as_written():
    assert view_of("Q&A with AT&T; fans").text == "Q&A with AT&T; fans"
