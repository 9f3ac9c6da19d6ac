"""The reading view of an HTML body made faster without changing it: the token pattern finds what it found as first
written, and the tags it no longer hands to _HtmlReading.token are those that put nothing in the view and change
nothing in how it is read.

The bodies are drawn at random (fixed seeds) from pieces of invented HTML: tags of every kind the reader knows and
some it does not, comments, entities, and text between them.
"""

from __future__ import annotations

import random
import re

import pytest

from newsletter.extract import document
from newsletter.extract.document import _HtmlReading, _acts, view_of

_PIECES = ["<p>", "</p>", "<strong>", "</strong>", "<b>", "</b>", "<em>", "</em>", "<i>", "<cite>", "<a href=\"x\">",
           "</a>", "<span class='q'>", "</span>", "<img src=\"y.png\">", "<br>", "<br/>", "<div>", "</div>",
           "<blockquote>", "</blockquote>", "<script>", "var a = '<p>';", "</script>", "<style>", "</style>",
           "<!-- a note -->", "<!--", "-->", "&amp;", "&#8217;", "&quot;", "&nbsp;", "&Co;", "& ", "<", ">",
           "<storng>", "</stong>", "<iframe>", "</iframe>", "<li>", "<ul>", "<h2>", "<table>", "<tr>", "<td>",
           "</td>", "</tr>", "</table>", "<dt>", "<dd>", "Mara Quinlan: ", "Why the sea? ", "We shot it twice. ",
           "\n", "\n\n", " ", "x"]

_TOKEN_AS_FIRST_WRITTEN = re.compile(
    r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});", re.S)


def _bodies(seed: int, count: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return ["<p>" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_token_pattern_finds_what_it_found_as_first_written(seed):
    assert document._TOKEN.pattern != _TOKEN_AS_FIRST_WRITTEN.pattern
    found = 0
    for body in _bodies(seed):
        expected = [(m.span(), m.group(1, 2)) for m in _TOKEN_AS_FIRST_WRITTEN.finditer(body)]
        assert [(m.span(), m.group(1, 2)) for m in document._TOKEN.finditer(body)] == expected, body
        found += len(expected)
    assert found > 10000


_NAMES = ["p", "div", "blockquote", "h2", "li", "ul", "table", "tr", "td", "th", "strong", "b", "storng", "stong",
          "strnog", "em", "i", "cite", "br", "script", "style", "noscript", "a", "span", "img", "iframe", "center",
          "font", "section", "dt", "dd", "", "x", "sup"]


@pytest.mark.parametrize("name", _NAMES)
@pytest.mark.parametrize("closing", ["", "/"])
def test_a_tag_said_to_do_nothing_puts_nothing_in_the_view_and_changes_nothing(name, closing):
    body = f"<{closing}{name}>Why? We shot it twice.</p>" if name else "<!-- note -->Why?</p>"
    m = document._TOKEN.match(body)
    for state in ({}, {"bold": True}, {"quoting": 1}, {"table_end": len(body)}, {"close_at": 8}):
        reading = _HtmlReading(body)
        for key, value in state.items():
            setattr(reading, key, value)
        before = dict(vars(reading), out=[], pieces=[])
        reading.token(m, closing, name)
        if not _acts(name):
            assert vars(reading) == before, (name, state)


def test_tags_that_act_are_handed_on():
    assert all(map(_acts, ["p", "strong", "storng", "em", "br", "table", "td", "script", "blockquote"]))
    assert not any(map(_acts, ["a", "span", "img", "iframe", ""]))


def _view_as_before(body: str) -> document.TextView:
    """view_of's HTML reading as first written: every token but an entity's read as it was."""
    reading, cursor = _HtmlReading(body), 0
    for m in _TOKEN_AS_FIRST_WRITTEN.finditer(body):
        if reading.dropping is None and m.start() > cursor:
            reading.copy(cursor, m.start())
        cursor = m.end()
        closing, name = m.group(1), (m.group(2) or "").lower()
        if reading.dropping is not None:
            if closing and name == reading.dropping:
                reading.dropping = None
            continue
        reading.token(m, closing, name)
    if reading.dropping is None and cursor < len(body):
        reading.emit(body[cursor:], cursor, len(body), True)
    text = "".join(reading.out).replace("\xa0", " ")
    return document.TextView(document._tidy_marks(text), tuple(reading.pieces))


@pytest.mark.parametrize("seed", [3, 4])
def test_every_body_reads_as_it_did_with_the_same_map_back(seed):
    for body in _bodies(seed, 800):
        assert view_of(body) == _view_as_before(body), body
