"""HTML bodies (scraped archives) are read through a plain view that maps back to the stored text."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.document import view_of
from newsletter.model import Interview
from newsletter.select import select_pull_quotes

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
