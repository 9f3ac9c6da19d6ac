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
