"""Which episode an interview discusses, from the kinds of text that name one, and where a zone is."""

from datetime import date

import pytest

from newsletter.episodes import discussed_episode, find_mentions, later_regions
from newsletter.regions import region_of_zone

THU = date(2026, 11, 26)


@pytest.mark.parametrize("text, kind, label", [
    ("We spoke after S02E05 wrapped.", "numbered", "S2E5"),
    ("In Season 2, Episode 5, Nell leaves the harbor.", "numbered", "S2E5"),
    ("Episode five of season two was the hardest.", "numbered", "S2E5"),
    ("the fifth episode of season 2", "numbered", "S2E5"),
    ("The episode, titled “Low Tide,” ends on the pier.", "titled", "“Low Tide”"),
    ("Her “Low Tide” episode ends on the pier.", "titled", "“Low Tide”"),
    ("The season opens with the premiere 'Low Tide', next Tuesday.", "titled", "“Low Tide”"),
    ("Ahead of the season 3 finale we met in Halifax.", "season-end", "the season 3 finale"),
    ("The third-season premiere opens in a storm.", "season-end", "the season 3 premiere"),
    ("the finale of series two", "season-end", "the season 2 finale"),
    ("tonight's episode is her last", "relative", "the episode of Nov 26"),
    ("Sunday's finale changes everything", "relative", "the finale of Nov 29"),  # the nearest Sunday
    ("Monday's episode was a shock", "relative", "the episode of Nov 23"),  # three days back is nearer
    ("next week's episode", "relative", "next week's episode"),
    ("after the midseason finale", "finale", "the midseason finale"),
    ("The finale opens with a gale.", "finale", "the finale"),
])
def test_each_kind_of_text_names_its_episode(text, kind, label):
    (mention,) = find_mentions(text, THU)
    assert (mention.kind, mention.label) == (kind, label)


@pytest.mark.parametrize("text", [
    "We met at the premiere party in Toronto.",
    "The film's premiere is in May.",
    "On this episode of our podcast she talks about boats.",
    "Episodes of the show were shot in winter.",
    "We shot the episode 'til dawn, then slept.",  # an apostrophe is not a quote
])
def test_look_alikes_name_no_episode(text):
    assert find_mentions(text, THU) == []


def test_the_most_specific_mention_is_the_discussed_episode():
    text = ("The finale opens in a gale. Ahead of the midseason finale she talked about the finale's last minute. "
            "Back in Season 1, Episode 3, Nell first took the wheel.")
    assert discussed_episode(text, THU).label == "S1E3"
    assert discussed_episode(text.rsplit(" Back", 1)[0], THU).label == "the midseason finale"
    # A title's mention counts as coming first.
    assert discussed_episode("Season 2, Episode 1 was fun. Season 2, Episode 4 too.", THU,
                             title="Inside S02E04").label == "S2E4"


def test_a_mention_inside_a_longer_one_is_not_counted_again():
    assert [m.label for m in find_mentions("the season 3 finale", THU)] == ["the season 3 finale"]


def test_a_region_the_text_says_gets_it_later():
    assert later_regions("It aired in the US on Sunday; UK viewers will have to wait until Thursday.") == ("GB",)
    assert later_regions("Canadian fans see the finale a week later on CTV.") == ("CA",)
    assert later_regions("She moved to the UK later in life.") == ()  # no airing in the sentence


@pytest.mark.parametrize("zone, region", [("America/Chicago", "US"), ("Europe/London", "GB"), ("US/Pacific", "US"),
                                          ("Asia/Singapore", "SG"), ("UTC", None), ("Etc/GMT+5", None),
                                          ("Asia/Calcutta", "IN"), ("Europe/Kiev", "UA"),  # old names still in use
                                          ("Europe/Jersey", "GB"), ("Europe/Isle_of_Man", "GB")])  # UK channels
def test_a_zones_region_is_its_country(zone, region):
    assert region_of_zone(zone) == region


def test_a_bare_premiere_is_not_an_episode_but_a_seasons_is():
    assert find_mentions("How did the cast react when they read the premiere?", THU) == []
    assert [m.label for m in find_mentions("the season premiere", THU)] == ["the season premiere"]
