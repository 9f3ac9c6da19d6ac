"""Which show an airing is printed with: the one its sentence names, its listicle item's, its paragraph's, the
article's (our own invented sentences; each rule beside a look-alike it must leave alone)."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.air_network import with_networks
from newsletter.extract.air_show import article_show, marked_titles, named_show, title_like
from newsletter.model import AirDate, Interview, OneOff, Streaming


def _understood(body: str, title: str = "Notes from the week", show: str | None = None):
    return understand(Interview(source="t.md", date=date(2026, 3, 2), title=title, outlet="The Ledger",
                                body=body, show=show))


@pytest.mark.parametrize("sentence, show", [
    # the title before the verb, with a sentence's opening connective dropped
    ("Harbor Lights returns Sunday at 9 p.m. on NBC.", "Harbor Lights"),
    ("But Harbor Lights returns Sunday at 9 p.m. on NBC.", "Harbor Lights"),
    ("Harbor Lights is on ITV1 on Tuesdays at 9pm.", "Harbor Lights"),
    ("Harbor Lights season two is out on Netflix on Friday.", "Harbor Lights"),
    ("*Copper Vale*, starring Ines Moreau and Tobin Hale, moves to Fridays at 9/8c.", "Copper Vale"),
    # a clause before the verb gives the title it ends on, never its own opening words
    ("His guest spot on The Late Hour will air tonight at 11:35 p.m. on NBC.", "The Late Hour"),
    ("A reminder that Wrenfield series 2 airs Sundays at 9pm on BBC One.", "Wrenfield"),
    ("reminder that Wrenfield series 2 airs Sundays at 9pm on BBC One.", "Wrenfield"),  # a clause after a link
    # a title set off in the sentence, not a possessive channel, an episode title or a star's show
    ("She guests on Sunday's episode of Bravo's \"Velvet Court.\"", "Velvet Court"),
    ("For a first look at the \"Paper Moon\" episode of \"Dockside,\" tune in to CBS at 9 p.m.", "Dockside"),
    ("The former \"Dockside\" star turns up on Lifetime's \"Velvet Court\" on Sunday.", "Velvet Court"),
    ("In Austria, ORF 1 shows *Les Veilleurs du Lac* on Monday at 20:15.", "Les Veilleurs du Lac"),
    ("SBS premieres the Danish thriller *Kold Havn* this Sunday at 9.30pm.", "Kold Havn"),
    ("Virgin Media One has moved *Quay Street* to Thursdays at 9pm.", "Quay Street"),
    ("Mediaworks Channel 8's *Lion Lane* airs on weekdays at 9pm.", "Lion Lane"),  # a channel's possessive first
    ("TV Azteca's Azteca Uno premieres *Las Olas* on Monday at 9pm.", "Las Olas"),  # the channel as subject
    ("[00:04:10] NELL: Harbor Lights is on ITV1 on Tuesdays at 9pm.", "Harbor Lights"),
    ("Over the holidays the channel runs *Mystery Fortnight*: a whodunit every day at 2pm from Saturday.",
     "Mystery Fortnight"),
    # a listings header
    ("Dockside (Thursday, 9pm/ET, CBS)", "Dockside"),
    # a title after a word for a kind of show
    ("His next project is the cooking series Ember Table, streaming on the Outdoor Channel.", "Ember Table"),
])
def test_the_sentence_names_its_show(sentence, show):
    assert named_show(sentence) == show


@pytest.mark.parametrize("sentence", [
    "While the drama won't be back until spring, it airs Sundays at 9 on AMC.",  # a clause, not a title
    "We premiere September 21st, Thursday nights.",  # a pronoun
    "Her final episode airs Thursday, July 16 at 10 p.m. on ABC.",  # a kind of airing
    "Episode 20 is on December 18!",  # which part, not the show
    "JTBC premieres the drama on January 10 at 10.30pm KST.",  # the channel as subject
    "The episode, \"Low Tide,\" aired Sunday on AMC.",  # an episode's title after `The episode,`
    "Her last case, \"Slack Water\", airs on 6 April.",  # and after `case,`
    "FOR IMMEDIATE RELEASE (Monday, 9 p.m., CBS)",  # a shouted heading
    "**BACK Sunday, Oct 4, 10/9c, CBS**",  # a listing line in bold
    "Catch the show Sunday at 9 p.m. on NBC.",  # a day after `show`
    "The finale was \"awful\" and airs Sunday on NBC.",  # a scare-quoted word
])
def test_a_sentence_that_names_no_show_gives_none(sentence):
    assert named_show(sentence) is None


def test_title_like_words():
    assert title_like("Marchetti & Sons") and title_like("Night Owls with Dara Finch") and title_like("C.S.I.")
    assert not title_like("But with Jo Kimura having") and not title_like("Lifetime's") and not title_like("CBS")
    assert not title_like("JORJA KEMP") and not title_like("BBC One and") and not title_like("The")
    assert marked_titles("the *The* drama") == []


def test_a_named_person_is_no_title():
    sentence = "Set your reminders: \"Ines Moreau\" airs Sunday on NBC."
    assert named_show(sentence, ["Ines Moreau"]) is None


def test_the_article_show_is_the_most_named_not_the_first_quoted():
    body = ("Dockside fans will remember the night a plane towed a banner reading \"Keep Ines on Dockside\" over "
            "the studio. Ines Moreau starred in \"Velocity Road\" and \"Paper Kites\" before Dockside. Now she "
            "is back on Dockside for its final season, and Dockside's producers are thrilled.")
    assert article_show("Ines Moreau is back on Dockside", body, [], ["Ines Moreau"]) == "Dockside"


def test_a_headline_names_the_show_the_body_repeats():
    body = "If this is a golden age of television, part of it ends Sunday night. Few dramas matched Copper Vale."
    assert article_show("Copper Vale Series Finale This Weekend", body, []) == "Copper Vale"
    assert article_show("Series Finale This Weekend", body, []) is None  # nothing the body names


def test_a_shouted_headline_names_its_show_after_to():
    body = "Ines Moreau will reprise her role on multiple episodes of DOCKSIDE this fall, airing Thursdays on CBS."
    assert article_show("JUST IN... From the Network... INES MOREAU RETURNS TO DOCKSIDE!", body, [],
                        ["Ines Moreau"]) == "DOCKSIDE"


def test_a_rubric_in_a_headline_comes_before_the_show():
    body = "Season 9 has the Dockside night crew on the run."
    assert article_show("Returning Favorites: Dockside", body, []) == "Dockside"
    assert article_show("Ines Moreau: Dockside and me", body, []) is None  # a name is no rubric


def test_a_hyphenated_surname_in_a_headline_is_no_show():
    body = "Ferreira-Lund waved. Lund fans cheered: Lund, her character, is the captain on Dockside."
    assert article_show("Dockside at the expo, with Calla Ferreira-Lund, as it happened", body, [],
                        ["Calla Ferreira-Lund"]) == "Dockside"


def test_an_airing_that_names_no_show_takes_the_article_show_not_a_quoted_banner():
    body = ("Fans once flew a banner reading \"Save the Night Crew\" over the lot.\n\n"
            "Dockside, she says, is home. Dockside fans have watched her for nine years.\n\n"
            "The new season premieres Thursday at 9 p.m. on CBS.")
    u = _understood(body, title="Back on Dockside, for good")
    assert u.show == "Dockside"
    assert [a.show for a in u.air_dates] == ["Dockside"]


def test_a_listicle_airing_takes_its_item_heading():
    body = ("Five dramas to watch now that Dockside is over.\n\n**Copper Vale**\n\nDark and slow, and worth it. "
            "The first season is now streaming on Netflix.\n\n**Quay Street**\n\nA warmer choice. "
            "New episodes air Sundays at 9 p.m. on BBC One.")
    u = _understood(body, title="Five Shows To Watch After Dockside")
    assert [(a.show, a.network) for a in u.air_dates] == [("Copper Vale", "Netflix"), ("Quay Street", "BBC One")]


def test_a_section_heading_in_capitals_is_no_listicle_item():
    body = ("The Winter Ledger series three is the year's best drama.\n\n**TRANSMISSION**\n\nIt airs on NRK1 from Monday 7 "
            "October at 21.30.\n\n**CAST**\n\nIda Berg leads it.")
    u = _understood(body, title="The Winter Ledger: a review")
    assert [a.show for a in u.air_dates] == ["The Winter Ledger"]


def test_an_airing_takes_the_show_its_paragraph_named_before_it():
    body = ("We spoke to the cast of two dramas this week.\n\n"
            "Wrenfield is on ITV1 on Mondays at 9pm. The finale is on Monday 23 March.\n\n"
            "Quay Street, meanwhile, returns Sunday at 8pm on BBC One.")
    u = _understood(body)
    assert [a.show for a in u.air_dates] == ["Wrenfield", "Wrenfield", "Quay Street"]


def test_the_front_matter_show_stays_the_article_show():
    u = _understood("It returns Sunday at 9 p.m. on NBC.", show="Harbor Lights")
    assert u.show == "Harbor Lights" and u.air_dates[0].show == "Harbor Lights"


def _airing(sentence: str, show: str | None, network: str | None, start: int = 0) -> AirDate:
    return AirDate(show, network, OneOff(date(2026, 3, 8)), sentence, start, start + len(sentence))


def _streaming(sentence: str, network: str | None) -> AirDate:
    return AirDate("Dockside", network, Streaming(date(2026, 3, 7)), sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence, carried, network", [
    ("She guests on Sunday's episode of Lifetime's \"Velvet Court.\"", None, "Lifetime"),
    ("tvN's new drama *Velvet Court* airs Saturdays at 9.20pm KST.", "BBC One", "tvN"),
    ("Ines Fox's \"Velvet Court\" character returns Sunday.", "NBC", "NBC"),  # a person's name ends on `Fox`
    ("Velvet Court airs Thursdays on the CBS Television Network.", "CBS Television Network", "CBS"),
])
def test_the_network_an_airing_is_printed_with(sentence, carried, network):
    (air,) = with_networks([_airing(sentence, "Velvet Court", carried)], sentence)
    assert air.network == network


def test_an_embedded_players_host_is_never_the_network():
    body = ("Velvet Court is the new Peacock drama from the team behind Dockside.\n\n"
            '<iframe src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe>\n\n'
            "It premieres Jan. 26.")
    sentence = "It premieres Jan. 26."
    (air,) = with_networks([_airing(sentence, "Velvet Court", "YouTube", body.index(sentence))], body)
    assert air.network == "Peacock"


def test_an_airing_with_no_network_takes_the_one_its_shows_other_airings_agree_on():
    first, second = "Dockside airs Thursdays at 9 on CBS.", "Dockside returns Sept. 21."
    agreed = with_networks([_airing(first, "Dockside", "CBS"), _airing(second, "Dockside", None)], first + second)
    assert [a.network for a in agreed] == ["CBS", "CBS"]
    split = with_networks([_airing(first, "Dockside", "CBS"), _airing(first, "Dockside", "CTV"),
                           _airing(second, "Dockside", None)], first + second)
    assert split[-1].network is None  # two networks: none is taken
    drop, later = "Dockside drops at 3 a.m. Saturday.", "Dockside is on Netflix later tonight."
    releases = with_networks([_airing(first, "Dockside", "IFC"), _streaming(later, "Netflix"),
                              _streaming(drop, None)], first + later + drop)
    assert releases[-1].network == "Netflix"  # a release's service is the one the show's other releases are on


def test_a_networks_own_release_names_the_network_in_its_headline():
    sentence = "*Velvet Court* (season 2) — Fridays at 9/8c starting Oct. 3"
    (air,) = with_networks([_airing(sentence, "Velvet Court", None)], sentence,
                           title="Kestrel Network sets its fall premiere dates")
    assert air.network == "Kestrel Network"
    (air,) = with_networks([_airing(sentence, "Velvet Court", None)], sentence, title="The fall's best dramas")
    assert air.network is None


def test_a_transcripts_note_or_someones_words_in_a_headline_is_no_show():
    body = "ROE: We were so tired. *Unintelligible* Then we went home.\n\nROE: Nobody slept."
    assert _understood(body, title="At the pre-awards party").show is None
    assert _understood("Ines Roe talked.", title='Ines Roe: "Fame Is Strange, It\'s Lonely"').show is None


def test_a_name_in_capitals_is_the_persons_not_a_show():
    assert article_show("On set", "In *Dunes* she stars. **DE LA ROSA** smiles; DE LA ROSA is tired, DE LA ROSA says. "
                        "Dunes fans wait.",
                        [], ["Inès de la Rosa"]) == "Dunes"
