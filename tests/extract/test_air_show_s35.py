"""The show and network printed beside an airing, session 35: a round-up's country headings are no show, a country's
possessive or a word for the show's kind before its title is no part of it (our own invented text; each rule beside
a look-alike it must leave alone)."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.air_network import with_networks
from newsletter.extract.air_show import marked_titles, named_show
from newsletter.model import AirDate, Interview, OneOff


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


def test_a_commenters_handle_is_no_show():
    assert marked_titles("**Marnie in Toledo said...**\nGreat interview.") == []
    assert marked_titles("<li><cite>Deb from Akron</cite> says:<br>It is on CTV at 10.</li>") == []
    # look-alikes: a show set off that `says` something in running text is still a title
    assert marked_titles("<i>Harbor Lights</i> says it all about the town.") == ["Harbor Lights"]
    assert marked_titles("*Harbor Lights* wrote history on Sunday.") == ["Harbor Lights"]


@pytest.mark.parametrize("sentence, show", [
    # `is on` after a clause's comma, with `an all-new` before the title
    ("Don't forget, an all-new Copper Kettle is on tonight at 9/8c!", "Copper Kettle"),
    # a rubric before a colon, its last word in lower case
    ("Where to watch: Saltmarsh drops all eight episodes Thursday, June 3 on Paramount+.", "Saltmarsh"),
    ("The big one first: Saltmarsh, the rope-works drama everyone cried at, finally returns on Thursday.",
     "Saltmarsh"),
    # a channel taking a show up
    ("Lantern is reviving Tin Whistle, and the bakery is back on Wednesday at 9:30/8:30c.", "Tin Whistle"),
    # a word for the kind, then a comma, then the title
    ("In Japan, NHK General starts its new morning drama, Hanabi, on Monday at 8 a.m.", "Hanabi"),
    # look-alikes: a title with a colon of its own stays whole
    ("Ridgeline: The Reckoning returns Sunday at 9pm on NBC.", "Ridgeline: The Reckoning"),
    ("A one-off special, *Blackthorn Manor: The Last Supper*, airs on Christmas Day at 9pm.",
     "Blackthorn Manor: The Last Supper"),
])
def test_the_title_after_a_rubric_a_clause_or_a_verb(sentence, show):
    assert named_show(sentence) == show


def test_a_clause_with_no_title_names_none():
    # look-alike: `picks it up` takes no title
    assert named_show("BBC Two picks it up on Monday, October 12 at 9pm.") is None


_GOES_ABROAD = """Britain spent January arguing about the ending of Saltmarsh, ITV's six-part thriller about a lock keeper, \
and now the rest of the world gets to join in. Irish viewers get it on RTÉ One on Sunday at 9.30pm. Australians can \
watch on ABC TV from Saturday, February 2 at 7.30pm.
"""

_SAYS_GOODBYE = """Ten seasons and more fake smoke than any soundstage should hold: Pellham's Tinder Flats ends its run \
this weekend. The series finale airs Sunday at 9 p.m. Central on CBS.
"""


@pytest.mark.parametrize("body, title, show", [
    (_GOES_ABROAD, "Saltmarsh Goes Abroad: Where to Watch ITV's Winter Hit", "Saltmarsh"),
    (_SAYS_GOODBYE, "Tinder Flats Says Goodbye Sunday", "Tinder Flats"),
])
def test_the_headlines_show_the_body_names_as_a_show(body, title, show):
    shows = [a.show for a in _airings(body, title)]
    assert shows and all(s == show for s in shows), shows


def test_a_headlines_name_the_body_speaks_of_as_a_person_is_no_show():
    # look-alike: the headline's name stands in the body as a person's (`rears her head`), not after a channel
    body = "Lady Vane rears her gorgeous head on Copper Kettle this Thursday (CBS, 9/8c), but why the encore?\n"
    assert [a.show for a in _airings(body, "Preview: Lady Vane Returns to Copper Kettle")] == ["Copper Kettle"]


def test_a_guides_day_and_region_headings_are_no_show():
    body = ("## Friday\n\n**Red Gum Flat** *(ABC TV, 8.10pm)* The finale has a flood and a wedding.\n\n"
            "**The Shallows** *(SBS, 9.30pm)* The ferry thriller lands here.\n\n## Saturday\n\n"
            "The second Test is live on Seven from 10am.\n\n## Across the Tasman\n\n"
            "New Zealand readers can catch *Red Gum Flat* on TVNZ 1 on Sunday at 8.30pm.\n")
    shows = {a.sentence[:12]: a.show for a in _airings(body, "The Guide: your weekend on the box")}
    assert "Saturday" not in shows.values() and "Friday" not in shows.values(), shows
    assert "Across the Tasman" not in shows.values(), shows


def test_a_channels_possessive_before_words_for_the_show():
    sentence = "Across the Irish Sea, RTÉ One's Sunday-night crime drama Lough Dearg is back on September 7 at 9.30pm."
    air = AirDate("Lough Dearg", "NHK General", OneOff(date(2026, 9, 7)), sentence, 0, len(sentence))
    assert with_networks([air], sentence)[0].network == "RTÉ One"
    # look-alike: the owner's own channel between the possessive and the title is the airing's channel's owner
    sentence = "TV Azteca's Azteca Uno premieres *Las Olas* on Monday, January 12 at 9pm."
    air = AirDate("Las Olas", "Azteca Uno", OneOff(date(2026, 1, 12)), sentence, 0, len(sentence))
    assert with_networks([air], sentence)[0].network == "Azteca Uno"


@pytest.mark.parametrize("sentence, network", [
    # the network named before its local station, in brackets or after a comma
    ("*Hay Bale* returns Tuesday, January 20 at 9:30 p.m. on Lantern (WQRT Channel 9 in Chicago).", "Lantern"),
    ("The finale airs Sunday at 9 p.m. Central on Lantern (KQZT in Austin).", "Lantern"),
    ("The episode, titled \"Frost Line,\" airs Friday at 9 p.m. on Lantern, KQZV Channel 30 in the valley.", "Lantern"),
    ("\"Hay Bale\" premieres at 8 p.m. Central on Sunday, March 8, on Lantern, locally on WQRM-TV, Channel 12.",
     "Lantern"),
    ("\"Hay Bale\" airs Thursdays at 10 p.m. on Lantern (Channel 7 here).", "Lantern"),
    # a clock said in words before the name
    ("Hay Bale airs Friday nights at nine on Lantern.", "Lantern"),
    # and a name beside its when before `starting tonight`
    ("Hay Bale moves to Mondays at 10 p.m. on Lantern starting tonight.", "Lantern"),
])
def test_the_network_before_its_local_station(sentence, network):
    assert _networks_of(sentence) == [network]


def _networks_of(sentence: str) -> list[str | None]:
    airings = _airings(f"Hay Bale is back. {sentence}\n", "Hay Bale returns")
    return [a.network for a in airings if a.sentence == sentence]


def test_a_carried_station_is_its_networks():
    body = ("\"Hay Bale\" premieres at 8 p.m. Central on Sunday, March 8, on Lantern, locally on WQRM-TV, Channel 12. "
            "New episodes follow Sundays at 8 p.m.\n")
    assert [a.network for a in _airings(body, "Hay Bale returns")] == ["Lantern", "Lantern"]


@pytest.mark.parametrize("sentence, network", [
    # look-alikes: a station named on its own, and a network in brackets after a station, stay as written
    ("The local news airs at 6 p.m. on KQZT in Austin.", "KQZT"),
    ("Hay Bale airs Fridays at 9 p.m. on WQRT (Lantern).", "WQRT"),
])
def test_a_station_on_its_own_stays(sentence, network):
    assert _networks_of(sentence) == [network]


@pytest.mark.parametrize("sentence, show", [
    # a line addressing the show's fans names it
    ("*Ice Road South* fans, note the move: the show airs Tuesday this week only, at 9.", "Ice Road South"),
    ("Pierogi Nights fans: the farewell episode from 2016 is still on YouTube.", "Pierogi Nights"),
    # an opening phrase before the comma is no title's appositive
    ("As a reminder, Coldwater Flats returns Friday, September 28 at 9/8c on CBS.", "Coldwater Flats"),
    # a title in a compound word is no title of the airing's
    ("The BBC's *Strictly*-style dance show *Step Lively* airs live on BBC One at 6.45pm.", "Step Lively"),
])
def test_fans_an_opening_phrase_and_a_compound(sentence, show):
    assert named_show(sentence) == show


@pytest.mark.parametrize("sentence", [
    # look-alikes: fans of a kind of show, and repeats, name no show
    "Sports fans, the game is on at 9 on ESPN.",
    "Reality TV fans: the finale is on at 9 on Bravo.",
    "Repeats air Sundays at 8 p.m. through the summer.",
])
def test_no_show_in_fans_of_a_kind_or_repeats(sentence):
    assert named_show(sentence) is None


def test_an_appositive_after_the_finale_still_names_no_show():
    # look-alike: `The finale, "Ebbe", airs`: the words before the comma end on a word in lower case
    assert named_show("The finale, \"Ebbe\", airs Sunday at 9pm on DR1.") is None
