"""The surface variants bench/eval_variants.py makes of an article, on invented text, and its folded matching."""

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

from newsletter.extract import understand
from newsletter.model import Interview

_SPEC = importlib.util.spec_from_file_location("eval_variants", Path(__file__).resolve().parents[2] / "bench" /
                                               "eval_variants.py")
ev = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_variants"] = ev  # dataclasses look their module up by name
_SPEC.loader.exec_module(ev)

FRONT = '---\ntitle: "Interview: Mara Quinlan"\ndate: 2024-03-02\n---\n'
MD_BODY = ("Mara Quinlan plays the keeper on *Harbour Lights*.\n\n"
           "**Do you miss the cold?** Not for a second, she says.\n")
HTML_BODY = ('<p class="lede">Mara Quinlan&apos;s last day.</p>\n'
             "<p><strong>Do you miss the cold? </strong>No. <em>Never</em>.</p>\n"
             "<blockquote><p>It was &#x201C;strange,&#x201D; she said.</p></blockquote>\n")
LABELS = {"TOM REYES": "Tom Reyes", "Mara Quinlan": "Mara Quinlan", "Quinlan": "Mara Quinlan"}
LABELLED = ("**TOM REYES:** Why the lamp room?\n\n"
            "Mara Quinlan: Because it was warm.\n\n"
            "**TOM REYES:** And now?\n\n"
            "Mara Quinlan: Now it is a museum.\n\n"
            "Quinlan: With a gift shop.\n")


def article(body, front=FRONT, labels=None, title="Interview: Mara Quinlan", day=date(2024, 3, 2), name="mq.md",
            byline=None):
    return ev.article_from(front + body, name, labels, title, day, byline)


def body_of(variant, a):
    return variant.text[len(a.front):]


def test_markdown_becomes_html_and_html_becomes_markdown():
    a = article(MD_BODY)
    html = body_of(ev.to_html(a), a)
    assert "<p>Mara Quinlan plays the keeper on <em>Harbour Lights</em>.</p>" in html
    assert "<strong>Do you miss the cold?</strong> Not for a second" in html
    assert ev.to_markdown(a) is None  # not an HTML body
    h = article(HTML_BODY)
    md = body_of(ev.to_markdown(h), h)
    assert md.startswith("Mara Quinlan's last day.\n\n**Do you miss the cold?** No. *Never*.\n\n")
    assert "> It was “strange,” she said." in md
    assert "<" not in md and ev.to_html(h) is None


def test_quote_kinds_change_marks_but_not_apostrophes_or_tag_attributes():
    a = article('<p class="x">“It’s mine,” she said. \'Ours\' too.</p>\n')
    assert body_of(ev.straight(a), a) == '<p class="x">"It\'s mine," she said. \'Ours\' too.</p>\n'
    assert body_of(ev.single_marks(a), a) == '<p class="x">‘It’s mine,’ she said. \'Ours\' too.</p>\n'
    assert ev.british("“It’s ‘Grey’s Anatomy,’ again,” he said of ‘Grey’s Anatomy.’ \"Yes 'no'") == \
        "‘It’s “Grey’s Anatomy,” again,’ he said of ‘Grey’s Anatomy.’ 'Yes \"no\""
    assert body_of(ev.curly(a), a) == '<p class="x">“It’s mine,” she said. ‘Ours’ too.</p>\n'
    assert ev.smarten('He said "don\'t" (\'no\').') == "He said “don’t” (‘no’)."
    assert ev.smarten('" \'Night,\' she said," he said. "Go!" ') == "“ ‘Night,’ she said,” he said. “Go!” "
    plain = article("No quotes at all here.\n")
    assert ev.straight(plain) is None and ev.single_marks(plain) is None and ev.curly(plain) is None


def test_labels_are_restyled_where_they_start_a_line():
    a = article(LABELLED, labels=LABELS)
    assert body_of(ev.label_plain(a), a).startswith("TOM REYES: Why the lamp room?\n\nMara Quinlan: Because")
    assert "MARA QUINLAN: Because" in body_of(ev.label_caps(a), a)
    assert "**Tom Reyes:** Why" in body_of(ev.label_title(a), a)
    assert "**Mara Quinlan:** Because" in body_of(ev.label_bold_inside(a), a)
    assert "**Mara Quinlan**: Because" in body_of(ev.label_bold_outside(a), a)
    assert "Quinlan — With a gift shop." in body_of(ev.label_dash(a), a)
    initials = body_of(ev.label_initials(a), a)
    assert "Mara Quinlan: Because" in initials and "MQ: Now it is a museum." in initials
    assert "Quinlan: With a gift shop." in initials  # a short label is not a full name
    assert ev.label_dash(article(MD_BODY)) is None  # no labels annotated


def test_label_emphasis_that_belongs_to_the_question_is_left_alone():
    a = article("**TOM REYES: Why the lamp room?**\n\nMara Quinlan: Warmth.\n", labels=LABELS)
    assert ev.label_plain(a) is None
    html = article("<p><strong>Mara Quinlan:</strong> Warmth.</p>\n", labels=LABELS)
    assert body_of(ev.label_bold_outside(html), html) == "<p><strong>Mara Quinlan</strong>: Warmth.</p>\n"


def test_front_matter_kinds():
    a = article(MD_BODY)
    bare = ev.no_front_matter(a)
    assert bare.name == "2024-03-02-mq.md" and bare.text.startswith("# Interview: Mara Quinlan\n\nMara Quinlan plays")
    wire = ev.txt_wire(a)
    assert wire.name == "mq.txt" and wire.text.startswith("date 2024-03-02\nInterview: Mara Quinlan\n\nMara")
    signed = article(MD_BODY, byline="Tom Reyes")
    assert ev.txt_wire(signed).text.startswith("date 2024-03-02\nInterview: Mara Quinlan\n\nBy Tom Reyes\n\nMara")
    assert ev.txt_title_first(a).text.startswith("Interview: Mara Quinlan\nMarch 2, 2024\n\n")
    assert "date: Mar 2, 2024 2:45 pm\n" in ev.KINDS["date-short-12h"](a).text
    assert "date: March 2, 2024 11:03 AM\n" in ev.KINDS["date-long-12h"](a).text
    assert "date: 2024-03-02T14:45:00-04:00\n" in ev.KINDS["date-iso-offset"](a).text
    assert ev.title_unquoted(a).text.startswith("---\ntitle: Interview: Mara Quinlan\ndate:")
    assert ev.no_front_matter(article(MD_BODY, front="")) is None


def test_a_wire_txt_keeps_its_date_line_and_a_page_keeps_its_form():
    wire = ev.article_from("date 2024-03-02\nMara Quinlan plays the keeper.\n\nShe says so.\n", "mq.txt")
    assert wire.front == "date 2024-03-02\n"
    assert ev.to_html(wire).text.startswith("date 2024-03-02\n<p>Mara Quinlan plays the keeper.</p>")
    assert ev.no_front_matter(wire) is None and ev.txt_wire(wire) is None
    page = ev.article_from("<html><body><p>Mara Quinlan plays the keeper.</p></body></html>\n", "mq.html")
    assert ev.to_markdown(page) is None and ev.to_html(page) is None and ev.txt_wire(page) is None
    assert ev.straight(ev.article_from("<p>“Yes,” she said.</p>", "mq.html")).text == '<p>"Yes," she said.</p>'


def test_whitespace_and_entity_kinds():
    a = article("Mara Quinlan smiled. “Yes,” she said.\n\nIt’s over.\n")
    assert body_of(ev.single_newlines(a), a) == "Mara Quinlan smiled. “Yes,” she said.\nIt’s over.\n"
    assert ev.crlf(a).text.count("\r\n") == a.front.count("\n") + 3
    assert body_of(ev.nbsp(a), a).startswith("Mara Quinlan smiled.\u00a0“Yes,”\u00a0she said.")
    assert body_of(ev.nbsp_names(a), a).startswith("Mara\u00a0Quinlan smiled. “Yes,” she said.")
    assert body_of(ev.nbsp_entity(a), a).startswith("Mara&nbsp;Quinlan smiled.&nbsp;“Yes,”&nbsp;she")
    assert body_of(ev.numeric_entities(a), a) == ("Mara Quinlan smiled. &#8220;Yes,&#8221; she said.\n\n"
                                                 "It&#8217;s over.\n")
    assert body_of(ev.trailing_spaces(a), a) == "Mara Quinlan smiled. “Yes,” she said.  \t\n\nIt’s over.  \t\n"
    assert ev.single_newlines(article("One paragraph only.\n")) is None


def test_fold_maps_back_to_the_text():
    text = "<p>&#8220;It&#x2019;s&nbsp;*fine*,\u201d  she\nsaid.</p>"
    folded, where = ev.fold(text)
    assert folded == "'it's fine,' she said."
    assert text[where[folded.index("fine")]] == "f"
    assert ev.fold('"It’s FINE," she said.')[0] in folded


def test_a_check_is_found_in_a_variant_through_the_fold():
    body = "<p>Mara Quinlan left the island.</p>\n<p>&#8220;It&#8217;s over,&#8221; Quinlan said.</p>\n"
    u = understand(Interview(source="mq.md", body=body, date=date(2024, 3, 2)))
    turn = ev.locate(u, "It’s over")
    at = body.index("It&#8217;s")
    assert turn is not None and turn.start <= at < turn.end
    assert ev.locate(u, "Mara Quinlan left") is ev.turn_at(u, "Mara Quinlan left")  # exact first, as eval_corpus
    assert ev.locate(u, "not in the article") is None


def test_an_invariant_kind_scores_as_the_original(tmp_path):
    body = ("Mara Quinlan has played the lighthouse keeper for six years.\n\n"
            "**What was the last day like?**\n\nIt was strange. I kept the keys to the lamp room.\n\n"
            "**Will you miss the cold?**\n\nNot for a second. I have had enough wet socks.\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "mq.md").write_text("---\ntitle: Mara Quinlan on the lamp room\ndate: 2024-03-02\n"
                                                 "author: Tom Reyes\n---\n\n" + body)
    checks = [{"contains": "I kept the keys", "speaker": "Mara Quinlan", "role": "interviewee"},
              {"contains": "Will you miss the cold", "speaker": "Tom Reyes", "role": "interviewer"}]
    (tmp_path / "interviews.jsonl").write_text(json.dumps({"path": "mq.md", "interviewee": "Mara Quinlan",
                                                           "labels": {}, "checks": checks}) + "\n")
    report = ev.evaluate(tmp_path, {"crlf": ev.crlf, "date-iso-offset": ev.KINDS["date-iso-offset"]})
    original = report.original["mq.md"]
    assert (original["checks"], original["right"], original["who"]) == (2, 2, 1)
    for kind in ("crlf", "date-iso-offset"):  # the reader undoes both, so nothing may change
        cell = report.cells[kind]["mq.md"]
        assert (cell["articles"], cell["checks"], cell["right_orig"]) == (1, 2, 2)
        assert cell["right"] == 2 and cell["who"] == 1, report.losses
