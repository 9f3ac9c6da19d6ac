"""AirDate's when (Slot | OneOff | Streaming): its flat reading, its round trip through the artefact, how the
email words it, and which airings fall in an issue's week."""

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from newsletter.artefact import issue_data, issue_from_data
from newsletter.assemble import upcoming_airings
from newsletter.model import AirDate, Issue, OneOff, Slot, Streaming
from newsletter.render import when_text

NY = "America/New_York"
MONDAY = datetime(2026, 11, 30, tzinfo=ZoneInfo(NY))
WHENS = {
    "slot": Slot("Wednesday", "22:00", NY),
    "nightly": Slot(None, "23:35", NY),
    "one-off": OneOff(date(2026, 12, 3), "21:00", NY),
    "one-off, no time": OneOff(date(2026, 12, 3)),
    "impossible date": OneOff(None, "21:00", NY),
    "drop": Streaming(date(2026, 12, 4)),
    "weekly drop": Streaming(weekly="Friday"),
    "streaming, no date": Streaming(time="03:00", tz=NY),
}


def air(when) -> AirDate:
    return AirDate("Harbor Lights", "NBC", when, "a sentence")


def test_flat_reading_of_each_when():
    flat = {name: (a.kind, a.day, a.weekday, a.local_time, a.tz, a.start and a.start.isoformat())
            for name, a in ((n, air(w)) for n, w in WHENS.items())}
    assert flat == {
        "slot": ("recurring", None, "Wednesday", "22:00", NY, None),
        "nightly": ("recurring", None, None, "23:35", NY, None),
        "one-off": ("one-off", date(2026, 12, 3), "Thursday", "21:00", NY, "2026-12-03T21:00:00-05:00"),
        "one-off, no time": ("one-off", date(2026, 12, 3), "Thursday", None, None, None),
        "impossible date": ("one-off", None, None, "21:00", NY, None),
        "drop": ("streaming", date(2026, 12, 4), "Friday", None, None, None),
        "weekly drop": ("streaming", None, "Friday", None, None, None),
        "streaming, no date": ("streaming", None, None, "03:00", NY, None),
    }


def test_a_slot_is_placed_at_its_next_airing_and_an_incomplete_one_is_not():
    assert air(WHENS["slot"]).placed(MONDAY).start.isoformat() == "2026-12-02T22:00:00-05:00"
    assert air(WHENS["nightly"]).placed(MONDAY).start is None
    assert air(WHENS["one-off"]).placed(MONDAY) == air(WHENS["one-off"])


@pytest.mark.parametrize("name", WHENS)
def test_each_when_survives_the_artefact(name):
    a = air(WHENS[name]).placed(MONDAY)
    issue = Issue("2026-W48", date(2026, 11, 23), date(2026, 11, 29), "S", "P", (), (a,))
    (back,) = issue_from_data(issue_data(issue)).air_dates
    assert back == a


def test_how_the_email_says_when():
    said = {name: when_text(air(w).placed(MONDAY).when, "Europe/London") for name, w in WHENS.items()}
    assert said["slot"].endswith(", and every Wednesday (regular slot)")
    assert said["one-off"] != said["one-off, no time"] == "Thu, Dec 3"
    assert "regular slot" not in said["one-off"]
    assert said["nightly"] == said["impossible date"] == "date to be announced"
    assert said["drop"] == "Fri, Dec 4 (streaming)"
    assert said["weekly drop"] == "streaming every Friday"
    assert said["streaming, no date"] == "streaming"


def test_the_weeks_airings():
    kept = upcoming_airings([air(w) for w in WHENS.values()], MONDAY)
    elsewhere = replace(air(WHENS["one-off, no time"]), network="PBS")
    assert [a.when for a in upcoming_airings([air(WHENS["one-off"]), elsewhere], MONDAY)] == [
        OneOff(date(2026, 12, 3)), OneOff(date(2026, 12, 3), "21:00", NY)]  # on another network: its own
    assert [a.when for a in kept] == [
        Slot("Wednesday", "22:00", NY, next=datetime(2026, 12, 2, 22, tzinfo=ZoneInfo(NY))),
        OneOff(date(2026, 12, 3), "21:00", NY),  # the untimed mention of that Thursday is this airing again
        Streaming(date(2026, 12, 4)),  # an untimed day sorts at its midnight
        Streaming(weekly="Friday"),  # no day: at the end of the window
    ]  # the nightly slot, the impossible date and the undated stream have no day in the week
