"""Kinds of air-date sentence found by the seventh fictional set, each with invented phrasings of the kind and the
look-alikes that must stay out (every show, channel and sentence here is invented)."""

from datetime import date

import pytest

from newsletter.extract.air_show import named_show
from newsletter.extract.airdates import find_air_dates, parse_sentence
from newsletter.extract.channels import find_channels

THU = date(2026, 12, 17)  # the article's date: a Thursday


def _alone(sentence):
    air = parse_sentence(sentence, THU)
    return (air.network, air.kind, air.weekday, air.local_time, air.tz,
            air.day.isoformat() if air.day else None) if air else None


# A world listings round-up names each channel by its country (`Chile's Canal Sur`): the channel, known or not, is
# that country's, and so is the clock.
@pytest.mark.parametrize("sentence, want", [
    ("Egypt's Nile Vista airs the harbour thriller *Al Mina* on Tuesdays at 9pm.",
     ("Nile Vista", "recurring", "Tuesday", "21:00", "Africa/Cairo", None)),
    ("Uganda's Pearl Screen has a double bill of *Boda Lane* on Saturday, December 19 at 7pm.",
     ("Pearl Screen", "one-off", "Saturday", "19:00", "Africa/Kampala", "2026-12-19")),
    ("In Ecuador, Sierra TV has the finale of *Volcán* on 22 December at 21.30.",
     ("Sierra TV", "one-off", "Tuesday", "21:30", "America/Guayaquil", "2026-12-22")),
    ("Kasai Vision Zambia shows the river drama *Mpika* weeknights at 19:45.",
     ("Kasai Vision Zambia", "recurring", None, "19:45", "Africa/Lusaka", None)),
    # a channel everyone lists under another country is the named country's here
    ("Norway's TV 2 on Boxing Day: the quiz *Fjordkamp* at 20:00.",
     ("TV 2", "one-off", "Saturday", "20:00", "Europe/Oslo", "2026-12-26")),
])
def test_a_channel_named_by_its_country(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("text", [
    "Michael B. Jordan's Mom has a cameo on Friday at 9pm.",  # a person's, not the country's
    "In Brazil, Dona Flor has a garden party on Sunday at 4pm.",  # no channel's word after `In Brazil,`
    "Egypt's Minister said on Tuesday that filming would start.",  # no verb of showing
    "It airs on Christmas Day in Brazil at 9pm.",  # a day before the country, not a channel
])
def test_a_country_before_a_name_that_is_no_channel(text):
    assert [c.name for c in find_channels(text) if c.zone in ("Asia/Amman", "America/Sao_Paulo", "Africa/Cairo")] \
        == []


# A zone named by a city, a country or a region (`10pm Cairo time`, `9pm East Africa Time`): that zone, or the one of
# the channel's country that keeps the same clock.
@pytest.mark.parametrize("sentence, want", [
    ("*Sabil* returns to CBC on Monday, December 21 at 10pm Cairo time.",
     ("CBC", "one-off", "Monday", "22:00", "Africa/Cairo", "2026-12-21")),
    ("Costa Andina airs *Manglar* on Fridays at 8pm Ecuador time.",
     (None, "recurring", "Friday", "20:00", "America/Guayaquil", None)),
    ("Ethiopia's Abay TV shows *Gojo* on Mondays at 9pm East Africa Time.",
     ("Abay TV", "recurring", "Monday", "21:00", "Africa/Addis_Ababa", None)),
])
def test_a_zone_named_by_its_place(sentence, want):
    assert _alone(sentence) == want


# `The Japanese version airs…`: a version named by its country is watched there, on a channel nobody lists too.
@pytest.mark.parametrize("sentence, want", [
    ("The Korean version airs on Saturday nights at 11pm on Hanul Broadcasting.",
     ("Hanul Broadcasting", "recurring", "Saturday", "23:00", "Asia/Seoul", None)),
    ("The Japanese original airs on Thursdays at 1:05am.", (None, "recurring", "Thursday", "01:05", "Asia/Tokyo", None)),
])
def test_a_version_named_by_its_country(sentence, want):
    assert _alone(sentence) == want


# An airing's clause beside one of a look-alike with a day of its own (an exhibition, a signing, a recording, a vote,
# a chart, a cast meet-up): the airing's clause is the sentence's; the look-alike alone states none.
@pytest.mark.parametrize("sentence, want", [
    ("*Hollin Lane* airs Mondays at 8pm on BBC One, and the props exhibition opens at the Leeds museum on January 4.",
     ("BBC One", "recurring", "Monday", "20:00", "Europe/London", None)),
    ("The Korean version airs on Friday nights at 10pm on KBS2, and Min Ha-eun signs at the Tokki booth on May 2.",
     ("KBS2", "recurring", "Friday", "22:00", "Asia/Seoul", None)),
    ("*Wrenfield* is on ITV1 on Tuesday nights at 9pm, and the live recording of our episode took place on Sunday, "
     "December 13 at 6pm.", ("ITV1", "recurring", "Tuesday", "21:00", "Europe/London", None)),
    ("The special gets its premiere at the Tallinn festival in March, and on Channel 4 it goes out on Fridays at 10pm.",
     ("Channel 4", "recurring", "Friday", "22:00", "Europe/London", None)),
    ("Voting for the viewers' award opens on January 8.", None),
    ("Fans can meet the cast at the village open day on Saturday, January 9 from noon.", None),
    ("Every Sunday night the hashtag trends across Ghana.", None),
    ("It sits at number two on the Netflix chart this Monday.", None),
])
def test_an_airing_beside_a_look_alike(sentence, want):
    assert _alone(sentence) == want


# Episodes put up relative to a broadcast the sentence does not date: no day to read.
@pytest.mark.parametrize("sentence", [
    "New episodes are on ITVX from 6am on the day of broadcast.",
    "Each episode lands on Showmax the following morning.",
])
def test_streaming_relative_to_an_undated_broadcast(sentence):
    assert _alone(sentence) is None


@pytest.mark.parametrize("sentence, want", [
    # `this` of a thing, not of a time: the past tense reads back
    ("This review discusses the last episode of *Gullhaven*, which aired Sunday on ITV.",
     ("ITV", "one-off", "Sunday", None, None, "2026-12-13")),
    # a weekly slot with its time first, another airing's date in a clause after it: the slot
    ("*Salt Flats* continues Wednesdays at 9pm on Channel 4, with the final on Wednesday, January 13.",
     ("Channel 4", "recurring", "Wednesday", "21:00", "Europe/London", None)),
    # still a date where the slot has no clause of its own (`returns on … in its slot, Wednesdays`)
    ("*Salt Flats* returns on January 13 in its new slot, Wednesdays at 9pm on Channel 4.",
     ("Channel 4", "one-off", "Wednesday", "21:00", "Europe/London", "2027-01-13")),
])
def test_the_past_and_the_first_airing(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    # streaming relative to a broadcast beside a look-alike's day: neither is an airing
    ("Episodes are on ITVX from 6am on the day of broadcast, and fans can meet the cast at the open day on Saturday, "
     "January 9 from noon.", None),
    # an omnibus of the week's episodes is on that night every week
    ("Kasai Vision Zambia repeats the week's episodes of *Mpika* late on Sunday night at 11.30pm.",
     ("Kasai Vision Zambia", "recurring", "Sunday", "23:30", "Africa/Lusaka", None)),
    ("BBC Four shows every week's episodes of *Tarn* on Saturday at 10pm.",
     ("BBC Four", "recurring", "Saturday", "22:00", "Europe/London", None)),
    # a brand ending in `+` that something is on is a streaming service, listed or not
    ("*Paper Moons* streams on Orrery+ with new episodes every Friday at 9am Pacific.",
     ("Orrery+", "streaming", "Friday", "09:00", "America/Los_Angeles", None)),
    # GMT: a fixed hour for a worldwide release; a British channel's own clock in summer too
    ("*Halcyon* premieres on Orrery+ worldwide on Friday, January 8 at 8 a.m. GMT.",
     ("Orrery+", "streaming", "Friday", "08:00", "Etc/GMT", "2027-01-08")),
    ("*Tarn* airs on BBC Two on Saturday, July 3 at 9pm GMT.",
     ("BBC Two", "one-off", "Saturday", "21:00", "Europe/London", "2027-07-03")),
    # a run that finished last night aired then
    ("Ossian Tay stars in *The Reed Beds*, which finished its four-episode run last night.",
     (None, "one-off", "Wednesday", None, None, "2026-12-16")),
    # two clauses each airing something at a time of its own: the first
    ("Harbourline will air the finale again on Saturday at 10pm, and a one-hour special, Beyond the Harbour, airs "
     "Sunday, December 27 at 9pm ET.", (None, "one-off", "Saturday", "22:00", "America/New_York", "2026-12-19")),
])
def test_more_kinds_of_the_seventh_set(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence", [
    "She finished filming the finale last night.",  # filming, not a run
    "Fans can buy tickets from Orrery+ on Monday at 9am.",  # tickets: an event's
    "We finished the episode at 9pm on Friday.",  # no run of a show finished
])
def test_look_alikes_of_the_seventh_set(sentence):
    assert _alone(sentence) is None


def test_a_stop_inside_emphasis_ends_its_sentence():
    """`…at 8pm.** The episodes…`: the bold sentence's airing is its own, and the next sentence (streaming relative to
    the broadcast, beside a cast meet-up) states none."""
    body = ("Intro.\n\n**The wedding week of *Tarn Row* begins on Monday at 7.30pm on ITV1.** The episodes are on ITVX "
            "from 6am on the day of broadcast, and fans can meet the cast at the open day on Saturday, December 19.")
    airs = find_air_dates(body, THU)
    assert [(a.network, a.kind, a.local_time, a.day.isoformat()) for a in airs] == [
        ("ITV1", "one-off", "19:30", "2026-12-21")]
    assert body[airs[0].sentence_start:airs[0].sentence_end].endswith("ITV1.**")


def test_a_birthday_on_a_day_of_the_slot_is_no_airing():
    body = ("Intro.\n\n*Tarn Row* airs Sundays at 8pm on ITV1. Ossian's 40th birthday is on January 3 and the fan club "
            "is sending a card.")
    assert [a.kind for a in find_air_dates(body, THU)] == ["recurring"]


# A name leading its clause as the subject of showing a kind of show by its title is a channel, listed or not; the
# show is the title, never the channel that leads the sentence (with its country or not).
@pytest.mark.parametrize("sentence, network, show", [
    ("Vistamar airs the coastal comedy *Punta Sal* on Tuesdays at 9pm.", "Vistamar", "Punta Sal"),
    ("Tonight at 20.30, Sjøkanal Nord shows the New Year special of the fjord drama *Kaldvik*.", "Sjøkanal Nord",
     "Kaldvik"),
    ("Chile's Canal Sur airs the family saga *Los Quillay* weeknights at 22:00.", "Canal Sur", "Los Quillay"),
    ("Tomorrow, Friday, Israel's Kan 11 airs the return of *Gvul* at 21:15.", "Kan 11", "Gvul"),
])
def test_a_channel_showing_a_title(sentence, network, show):
    assert [c.name for c in find_channels(sentence)] == [network]
    assert named_show(sentence) == show


@pytest.mark.parametrize("sentence", [
    "Ridgeline airs the season finale on Sunday at 9pm.",  # a show airing its finale: no genre and title after it
    "Tonight ITV shows the drama at 9pm.",  # `Tonight` is no channel's name, and ITV is listed
])
def test_a_show_that_airs_its_episode_is_no_channel(sentence):
    assert [c.name for c in find_channels(sentence) if c.zone is None] == []


@pytest.mark.parametrize("sentence, want", [
    # a channel nobody lists, then its country, then when
    ("The pilot airs free on Rede Sol in Brazil at 20h.",
     ("Rede Sol", "one-off", "Thursday", "20:00", "America/Sao_Paulo", "2026-12-17")),
    # a channel nobody lists, in the one country the sentence names (by its people's word too)
    ("Tonight at 20.00, Útvarp Norðuroy shows the New Year special of the Faroese comedy *Bátsmenn*.",
     ("Útvarp Norðuroy", "one-off", "Thursday", "20:00", "Atlantic/Faroe", "2026-12-17")),
])
def test_a_channel_nobody_lists_in_its_country(sentence, want):
    assert _alone(sentence) == want


def test_that_evening_is_the_day_said_before_on_another_channel():
    body = ("Intro.\n\n*Halcyon* drops on Orrery+ worldwide on Friday, January 8 at 8 a.m. GMT.\n\n"
            "Orrery+ will also air the first episode on Rede Sol in Brazil at 20h that evening.")
    airs = find_air_dates(body, THU)
    assert (airs[-1].network, airs[-1].kind, airs[-1].day.isoformat(), airs[-1].local_time, airs[-1].tz) == (
        "Rede Sol", "one-off", "2027-01-08", "20:00", "America/Sao_Paulo")
