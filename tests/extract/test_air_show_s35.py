"""The show and network printed beside an airing, session 35: a round-up's country headings are no show, a country's
possessive or a word for the show's kind before its title is no part of it (our own invented text; each rule beside
a look-alike it must leave alone)."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.air_show import named_show
from newsletter.model import Interview


def _airings(body: str, title: str = "Notes from the week"):
    return understand(Interview(source="t.md", date=date(2026, 9, 2), title=title, outlet="The Ledger",
                                body=body)).air_dates


_ROUNDUP = """Everyone asks when *Marrow Bay* season three lands where they live, so here is the list.

### Canada

CBC airs the premiere Sunday, October 11 at 8 p.m.

### UK & Ireland

BBC Two shows it on Monday, October 12 at 9pm.

### Australia and New Zealand

ABC TV has it Sundays at 8.30pm from 1 November.
"""

_LISTICLE = """Three returning dramas to watch.

### Hollow Ridge

CBC airs the premiere Sunday, October 11 at 8 p.m.

### Tallow Lane

BBC Two shows it on Monday, October 12 at 9pm.
"""


def test_a_roundups_country_headings_are_no_show():
    shows = [a.show for a in _airings(_ROUNDUP, "When does Marrow Bay season 3 air where you live?")]
    assert shows and all(s == "Marrow Bay" for s in shows), shows


def test_a_listicles_show_headings_still_name_the_show():
    # look-alike: headings that are shows' names (one of them a place-like name) still give the item's show
    shows = [a.show for a in _airings(_LISTICLE)]
    assert shows == ["Hollow Ridge", "Tallow Lane"], shows


@pytest.mark.parametrize("sentence, show", [
    # a country's possessive before the title, and an aside saying what the show is
    ("Norway's Fjellstua, a quiet mountain-lodge mystery that half of Bergen is watching, airs Saturdays at 20:15 "
     "on NRK1.", "Fjellstua"),
    # a place first, then the word for the show's kind before its title
    ("And from Kenya, the Swahili family drama Mji Mpya starts on Citizen TV on Monday, March 15 at 20:00.",
     "Mji Mpya"),
    ("In Brazil, the Portuguese family saga Casa Grande has become the most watched show on Globo; it runs "
     "Monday to Friday at 9 pm.", "Casa Grande"),
    # look-alikes: a channel's possessive still leads the title; a title with no aside is whole
    ("Mediaworks Channel 8's *Lion Lane* airs on weekdays at 9pm.", "Lion Lane"),
    ("Harbor Lights, filmed in Whitby in July, airs Sunday at 9pm on ITV1.", "Harbor Lights"),
    ("The Danish thriller *Kold Havn* airs this Sunday at 9.30pm on SBS.", "Kold Havn"),
])
def test_the_title_after_a_country_or_a_kind(sentence, show):
    assert named_show(sentence) == show


def test_a_kind_with_no_title_names_none():
    # look-alike: a word for the kind with no title after it is no show's name
    assert named_show("The new drama airs Monday at 9pm on Beacon TV.") is None
