"""Air dates on text from markets the tuned sets never showed: the main channels of more countries, regional feeds of
national networks, zones written by their letters or by a place, and letters two zones share; each with look-alikes
that must stay as they were (every show and sentence here is invented; the channels are real broadcasters)."""

from datetime import date

import pytest

from newsletter.extract.airdates import parse_sentence
from newsletter.extract.channels import find_channels
from newsletter.extract.when import find_clock

MON = date(2025, 11, 24)  # the article's date: a Monday; Thursday is the 27th


def _alone(sentence):
    air = parse_sentence(sentence, MON)
    return (air.network, air.kind, air.weekday, air.local_time, air.tz,
            air.day.isoformat() if air.day else None) if air else None


# A channel of a market's first or second tier: its country's clock, and its name printed as written.
@pytest.mark.parametrize("channel, zone", [
    ("Telemadrid", "Europe/Madrid"), ("À Punt", "Europe/Madrid"), ("Sky Italia", "Europe/Rome"),
    ("VRT 1", "Europe/Brussels"), ("TV 2 Norway", "Europe/Oslo"), ("Markíza", "Europe/Bratislava"),
    ("bTV", "Europe/Sofia"), ("HRT 1", "Europe/Zagreb"), ("RTS 1", "Europe/Belgrade"),
    ("TV8 Turkey", "Europe/Istanbul"), ("Russia-1", "Europe/Moscow"), ("LBCI", "Asia/Beirut"),
    ("Rotana Drama", "Asia/Riyadh"), ("Al Hayah", "Africa/Cairo"),
    ("DD National", "Asia/Kolkata"), ("Zee Telugu", "Asia/Kolkata"), ("Green Entertainment", "Asia/Karachi"),
    ("TV Derana", "Asia/Colombo"), ("SET Taiwan", "Asia/Taipei"), ("TBS Television", "Asia/Tokyo"),
    ("ALLTV", "Asia/Manila"), ("Trans7", "Asia/Jakarta"), ("GMM25", "Asia/Bangkok"), ("Thai PBS", "Asia/Bangkok"),
    ("Sky Open", "Pacific/Auckland"), ("Whakaata Māori", "Pacific/Auckland"), ("RedeTV!", "America/Sao_Paulo"),
    ("Venevisión", "America/Caracas"), ("Teletica", "America/Costa_Rica"), ("Ecuavisa", "America/Guayaquil"),
])
def test_a_channel_of_a_wider_market(channel, zone):
    assert _alone(f"The finale of *Harbour Lights* airs on {channel} on Thursday at 9pm.") == \
        (channel, "one-off", "Thursday", "21:00", zone, "2025-11-27")


# A national network's regional feed keeps its region's clock and prints as the feed (`Global BC`, not `Global`).
@pytest.mark.parametrize("sentence, want", [
    ("*Cedar Flats* airs Tuesdays at 8pm on Global BC.", ("Global BC", "America/Vancouver")),
    ("*Cedar Flats* airs Tuesdays at 8pm on CTV Calgary.", ("CTV Calgary", "America/Edmonton")),
    ("*Cedar Flats* airs Tuesdays at 8pm on CBC Manitoba.", ("CBC Manitoba", "America/Winnipeg")),
    ("*Cedar Flats* airs Tuesdays at 8pm on CTV Regina.", ("CTV Regina", "America/Regina")),
    ("*Cedar Flats* airs Tuesdays at 8pm on BBC Two Wales.", ("BBC Two Wales", "Europe/London")),
    ("*Cedar Flats* airs Tuesdays at 8pm on Seven Perth.", ("Seven Perth", "Australia/Perth")),
])
def test_a_regional_feed(sentence, want):
    network, _, _, _, tz, _ = _alone(sentence)
    assert (network, tz) == want


@pytest.mark.parametrize("sentence, network", [
    ("*Mori no Uta* airs Saturdays at 9pm JST on NHK General TV.", "NHK General TV"),
    ("*Valle Alto* premieres on Caracol Televisión on Monday at 8pm.", "Caracol Televisión"),
    ("*Sweet Pines* airs Sundays at 8/7c on Hallmark Drama.", "Hallmark Drama"),
    ("*Sweet Pines* airs in Canada on FXX Canada at 10pm ET.", "FXX Canada"),
])
def test_a_long_name_prints_as_written(sentence, network):
    assert _alone(sentence)[0] == network


# Zones by the letters their papers use, and `<place> time` for any city, country or people the tables know.
@pytest.mark.parametrize("zone_written, zone", [
    ("WITA", "Asia/Makassar"), ("CAT", "Africa/Maputo"), ("WET", "Europe/Lisbon"),
    ("ART", "America/Argentina/Buenos_Aires"), ("CLT", "America/Santiago"), ("COT", "America/Bogota"),
    ("PET", "America/Lima"), ("NPT", "Asia/Kathmandu"), ("Eastern European Time", "Europe/Helsinki"),
    ("Paris time", "Europe/Paris"), ("Beijing time", "Asia/Shanghai"), ("Turkish time", "Europe/Istanbul"),
    ("Lagos time", "Africa/Lagos"), ("Western Australia time", "Australia/Perth"), ("Seoul time", "Asia/Seoul"),
    ("Mexico time", "America/Mexico_City"),
])
def test_a_zone_as_papers_write_it(zone_written, zone):
    assert _alone(f"The *Salt Road* finale airs on Thursday at 8pm {zone_written}.")[2:5] == ("Thursday", "20:00", zone)


# Letters two zones share: beside a channel of the other zone, the channel's clock; otherwise the usual reading.
@pytest.mark.parametrize("sentence, zone", [
    ("*Inis Glas* airs on RTÉ One on Thursday at 9pm IST.", "Europe/Dublin"),
    ("*Gilboa* airs on Kan 11 on Thursday at 9pm IST.", "Asia/Jerusalem"),
    ("*Xiang River* airs on Hunan TV on Thursday at 8pm CST.", "Asia/Shanghai"),
    ("*Padma* airs on Channel i on Thursday at 8pm BST.", "Asia/Dhaka"),
    # look-alikes: the letters' usual zone stays
    ("*Prairie Lane* airs on NBC on Thursday at 8pm CST.", "America/Chicago"),
    ("*Kesar* airs on Star Plus on Thursday at 9pm IST.", "Asia/Kolkata"),
    ("*Kesar* airs on Thursday at 9pm IST.", "Asia/Kolkata"),
    ("*Moor End* airs on ITV1 on Thursday at 9pm BST.", "Europe/London"),
])
def test_letters_two_zones_share(sentence, zone):
    assert _alone(sentence)[4] == zone


# Names that are ordinary words too are channels only where a channel stands (after `on`, in a listing).
@pytest.mark.parametrize("text", [
    "Legend has it that the finale was written on Thursday at 9pm.",
    "The finale drew 2M viewers on Thursday.",
    "The cast walked under the Southern Cross on Thursday at 9pm.",
    "The STB in the living room recorded it on Thursday.",
    "She thanked DR Okafor on Thursday at 9pm.",
])
def test_a_word_that_is_also_a_channel(text):
    assert [c.name for c in find_channels(text)] == []


# Clocks and dates as the world writes them: `at 2130` and `2130hrs` (British listings), `at seven-thirty`, and a
# day first (`13/12`) where the day cannot be a month.
@pytest.mark.parametrize("sentence, want", [
    ("*Fenland* is on BBC Two at 2130 on Thursday.", ("Thursday", "21:30", "2025-11-27")),
    ("*Fenland* is on BBC Two on Thursday at 2130hrs.", ("Thursday", "21:30", "2025-11-27")),
    ("*Fenland* is on BBC Two on Thursday at 0930.", ("Thursday", "09:30", "2025-11-27")),
    ("*Fenland* is on BBC Two on Thursday at seven-thirty.", ("Thursday", "19:30", "2025-11-27")),
    ("*Fenland* is on BBC Two on 13/12 at 9pm.", ("Saturday", "21:00", "2025-12-13")),
    ("*Fenland* is on BBC Two on 27/11/2025 at 9pm.", ("Thursday", "21:00", "2025-11-27")),
    # look-alikes: a US month first stays month first, and a slot `8:30/7:30c` is no date
    ("*Fenland* is on NBC on 12/1 at 9pm.", ("Monday", "21:00", "2025-12-01")),
    ("*Fenland* airs Wednesdays at 8:30/7:30c on ABC.", ("Wednesday", "20:30", None)),
])
def test_clocks_and_dates_as_the_world_writes_them(sentence, want):
    _, _, weekday, hhmm, _, day = _alone(sentence)
    assert (weekday, hhmm, day) == want


@pytest.mark.parametrize("text", [
    "The crew filmed at 1500 metres on Thursday.",  # a height, not a clock
    "She was first spotted at 2015 Comic-Con on Thursday.",  # a year's event
    "The ratings peaked at 1800 viewers per minute on Thursday.",
])
def test_four_figures_that_are_no_clock(text):
    assert find_clock(text) is None


# `can be seen on`, `will be watched on`: a broadcast said of the viewer; but a person seen somewhere is none.
@pytest.mark.parametrize("sentence, want", [
    ("The ZDF crime drama can be seen on Thursday at 20.15.",
     ("ZDF", "one-off", "Thursday", "20:15", "Europe/Berlin", "2025-11-27")),
    ("The new RTÉ drama can be seen every Sunday at 9.30pm.",
     ("RTÉ", "recurring", "Sunday", "21:30", "Europe/Dublin", None)),
])
def test_an_airing_that_can_be_seen(sentence, want):
    assert _alone(sentence) == want


# The figures an airing got (`Ratings for Sunday's finale rose`) date the airing, but state none to put in a calendar.
@pytest.mark.parametrize("sentence", [
    "Ratings for Thursday's episode were up.",
    "Viewing figures for Sunday's finale rose to nine million.",
    "Overnight ratings for Monday's episode of *Brackley* dipped.",
    "The actress was seen on Thursday at a restaurant in Soho.",
])
def test_ratings_and_sightings_are_no_airing(sentence):
    assert _alone(sentence) is None


def test_an_airing_beside_its_ratings_stays():
    assert _alone("Despite poor ratings for its premiere, *Brackley* returns Thursday at 9pm on ITV1.") == \
        ("ITV1", "one-off", "Thursday", "21:00", "Europe/London", "2025-11-27")
