"""Air dates on text from markets the tuned sets never showed: the main channels of more countries, regional feeds of
national networks, zones written by their letters or by a place, and letters two zones share; each with look-alikes
that must stay as they were (every show and sentence here is invented; the channels are real broadcasters)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence
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
    ("TV8 Turkey", "Europe/Istanbul"), ("Russia-1", "Europe/Moscow"), ("STB", "Europe/Kyiv"),
    ("LBCI", "Asia/Beirut"),
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


# A holiday names the day of an airing with no clock beside it too, and national days other countries' schedules
# name (`Canada Day`, `Anzac Day`, `Mothering Sunday`) are holidays like any other.
@pytest.mark.parametrize("sentence, want", [
    ("The *Holly Lane* special airs on Christmas Day.", ("Thursday", None, "2025-12-25")),
    ("The *Holly Lane* special airs on CBC on Canada Day at 8pm.", ("Wednesday", "20:00", "2026-07-01")),
    ("The *Holly Lane* special airs on Seven on Anzac Day at 8pm.", ("Saturday", "20:00", "2026-04-25")),
    ("The *Holly Lane* special airs on TVNZ 1 on Waitangi Day.", ("Friday", None, "2026-02-06")),
    ("The *Holly Lane* special is on BBC One on Bonfire Night at 7pm.", ("Thursday", "19:00", "2026-11-05")),
    ("The *Holly Lane* special is on BBC One on Mothering Sunday at 7pm.", ("Sunday", "19:00", "2026-03-15")),
    ("The *Holly Lane* special is on BBC One on Remembrance Sunday.", ("Sunday", None, "2026-11-08")),
])
def test_a_holiday_names_the_day(sentence, want):
    _, _, weekday, hhmm, _, day = _alone(sentence)
    assert (weekday, hhmm, day) == want


@pytest.mark.parametrize("sentence", [
    "She opened her presents on Christmas Day.",
    "The cast had a party on Burns Night.",
    "The trailer for the second half of the season drops on Valentine's Day.",
    "The final trailer will drop on Thursday at 9am.",
])
def test_a_holiday_or_a_trailer_that_is_no_airing(sentence):
    assert _alone(sentence) is None


# `is on Yle TV1 from Thursday 10 October`: a channel something is on, then the day it starts (`from`, `starting`).
@pytest.mark.parametrize("sentence, want", [
    ("In Finland it is on Yle TV1 from Thursday 27 November.", ("Yle TV1", "Thursday", "2025-11-27")),
    ("They are on RTÉ One from Sunday, November 30.", ("RTÉ One", "Sunday", "2025-11-30")),
])
def test_a_channel_then_the_day_it_starts(sentence, want):
    network, _, weekday, _, _, day = _alone(sentence)
    assert (network, weekday, day) == want


# A listing's short weekday with the channel between it and the clock: `(Thurs, BBC One, 9pm)`.
@pytest.mark.parametrize("sentence, want", [
    ("*Fenland* (Thurs, BBC One, 9pm)", ("BBC One", "one-off", "Thursday", "21:00", "Europe/London", "2025-11-27")),
    ("*Fenland*: Sat, ITV1, 8.30pm", ("ITV1", "one-off", "Saturday", "20:30", "Europe/London", "2025-11-29")),
])
def test_a_short_weekday_before_the_channel(sentence, want):
    assert _alone(sentence) == want


def test_a_short_word_that_is_no_weekday():
    assert _alone("He said Sun, sea and sand, 9pm drinks and a late swim were the plan.") is None


# A platform's or network's possessive right before its channel: the airing is on the channel.
@pytest.mark.parametrize("sentence, network", [
    ("*Copper Sky* is on Foxtel's Showcase channel on Thursday at 8.30pm AEDT.", "Showcase"),
    ("Mediacorp Channel 8's *Lion Dance* airs on weekdays at 9pm, with episodes on mewatch an hour earlier.",
     "Mediacorp Channel 8"),
    # look-alike: a network's possessive before its show keeps the network
    ("NBC's *Copper Sky* airs Thursday at 9 p.m.", "NBC"),
])
def test_the_channel_a_possessive_owns(sentence, network):
    assert _alone(sentence)[0] == network


# A listed channel placed by its country's possessive as the subject of showing, inside markup as well as bare.
@pytest.mark.parametrize("sentence, want", [
    ("<p>Norway's NRK1 has a double bill of *Fjord* on Sunday from 8pm.</p>",
     ("NRK1", "one-off", "Sunday", "20:00", "Europe/Oslo", "2025-11-30")),
    ("**Egypt's CBC shows *Sabil* on Sunday at 9pm.**",
     ("CBC", "one-off", "Sunday", "21:00", "Africa/Cairo", "2025-11-30")),
])
def test_a_listed_channel_in_its_country_inside_markup(sentence, want):
    assert _alone(sentence) == want


# A schedule change: a channel moving or bringing back a show (`moves the series *X* to Thursdays`, `brings *X* back
# on Tuesday`), and a slot taken away (`pre-empts`, `has pulled … from`) with where the episode goes after it.
@pytest.mark.parametrize("sentence, want", [
    ("RTL 4 moves the quiz *Dubbel Spel* to Fridays at 20.30 from next week.",
     ("RTL 4", "recurring", "Friday", "20:30", "Europe/Amsterdam", None)),
    ("Citytv brings *Pine Hollow* back on Thursday, November 27 at 8 p.m. with two episodes.",
     ("Citytv", "one-off", "Thursday", "20:00", "America/Toronto", "2025-11-27")),
    ("Azteca Uno brings its telenovela *Marea Alta* forward to 19:30 Monday to Friday.",
     ("Azteca Uno", "recurring", None, "19:30", "America/Mexico_City", None)),
    ("Kestrel pre-empts *Bay Ridge Nine* on Tuesday for the debate; the episode moves to Thursday at 9/8c.",
     (None, "one-off", "Thursday", "21:00", "America/New_York", "2025-11-27")),
    ("The ABC has pulled *Red Gum Lane* from Friday's 8pm slot for the tennis; the episode now airs on Sunday "
     "at 7.40pm.",
     ("ABC", "one-off", "Sunday", "19:40", "Australia/Sydney", "2025-11-30")),
])
def test_a_schedule_change(sentence, want):
    assert _alone(sentence) == want


# A press release's embargo and a class given in person state no airing, whatever clock and day they name; a chat
# log's stamp is no clock of the airing it carries.
def test_a_press_release_embargo_is_no_airing():
    body = ("PRODUCTION NOTES\n\nEMBARGO: Not for publication before 00.01 Wednesday 3 December 2025\n"
            "Press contact: Jo Pell, Channel 4 Press\n\n*Saltings* begins on Channel 4 on Thursday 4 December at 9pm.")
    assert [(a.network, a.day.isoformat()) for a in find_air_dates(body, MON)] == [("Channel 4", "2025-12-04")]


@pytest.mark.parametrize("sentence", [
    "Okafor returns to campus for Homecoming Weekend, December 5-7, to lead a master class in the Black Box on "
    "Saturday at 2 p.m.",
    "EMBARGOED UNTIL 12:01 AM ET, THURSDAY NOVEMBER 27.",
])
def test_a_class_or_an_embargo_is_no_airing(sentence):
    assert _alone(sentence) is None


@pytest.mark.parametrize("sentence, want", [
    ("[21:20] <host> *Northlight* airs Sundays at 10pm ET on the Vantage Channel.",
     ("Vantage Channel", "recurring", "Sunday", "22:00", "America/New_York", None)),
    ("*Yard Talk* airs Sundays at 8:30 p.m. on TVJ.", ("TVJ", "recurring", "Sunday", "20:30", "America/Jamaica", None)),
    ("Series 2 is repeated on UK Gold weekdays at 11am.",
     ("UK Gold", "recurring", None, "11:00", "Europe/London", None)),
    ("*Fah Sai* airs Wednesdays at 20.30 on Channel 3 HD.",
     ("Channel 3 HD", "recurring", "Wednesday", "20:30", "Asia/Bangkok", None)),
])
def test_more_channels_and_a_chat_stamp(sentence, want):
    assert _alone(sentence) == want


def test_a_sea_is_no_channel():
    assert _alone("They swam to the English Channel on Sunday at 9am.") is None
