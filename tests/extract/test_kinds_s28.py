"""Kinds of text met in session 28, each with invented articles and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from newsletter.sources.article_page import extract_page

_FILLER = "<p>The cast of Tidewater Lane gathered in a draughty church hall to read the new season aloud.</p>" * 3


def page(byline: str) -> str:
    return (f"<html><head><title>Tidewater Lane returns</title></head><body><article><h1>Tidewater Lane returns</h1>"
            f"{byline}{_FILLER}<p><b>Was the read-through long?</b></p><p>Four hours, and the tea ran out.</p>"
            f"</article></body></html>")


@pytest.mark.parametrize("byline, writer", [
    ('<p class="byline">By Odile Fenwick-Amadi | January 28, 2026</p>', "Odile Fenwick-Amadi"),
    ('<p class="byline">By Odile Fenwick-Amadi and Ruaridh Osei, Staff Writers</p>',
     "Odile Fenwick-Amadi and Ruaridh Osei"),
    ('<p class="byline">Odile Fenwick-Amadi · Updated 3 hours ago</p>', "Odile Fenwick-Amadi"),
    # look-alikes: names that hold a month or a weekday are names
    ('<p class="byline">By June Akintola-Ward</p>', "June Akintola-Ward"),
    ('<p class="byline">By Mary May Castellanos</p>', "Mary May Castellanos"),
])
def test_a_web_pages_byline_names_its_writers_not_the_date_or_job_beside_them(byline, writer):
    assert extract_page(page(byline)).author == writer
