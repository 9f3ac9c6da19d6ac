"""Kinds of air-date sentence found by the seventh fictional set, each with invented phrasings of the kind and the
look-alikes that must stay out (every show, channel and sentence here is invented)."""

from datetime import date

import pytest

from newsletter.extract.airdates import parse_sentence
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
     (None, "recurring", "Saturday", "23:00", "Asia/Seoul", None)),
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
