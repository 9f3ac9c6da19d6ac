"""The channel an article named last (air_earlier.Earlier) is worked out only when a sentence asks for it, and then
as if every paragraph read had named its channels as its statements were read.

The articles are drawn at random (fixed seeds) from invented sentences that name channels and streaming services,
with titles set off or not, and the reading is drawn at random too: paragraphs skipped, read statement by statement,
a channel named by a listing's row, and the question asked anywhere in between.
"""

from __future__ import annotations

import random

import pytest

from newsletter.extract import air_earlier
from newsletter.extract.air_earlier import Earlier
from newsletter.extract.air_sequence import carried_channels, title_of
from newsletter.extract.channels import Channel
from newsletter.extract.statements import statements
from newsletter.extract.sentences import paragraph_spans

_SENTENCES = ["*Harrow Lane* airs on BBC One on Sundays at 9pm.", "The finale is on ITV1 at 8pm.",
              "Season two is streaming on Netflix now.", "It was filmed in Leeds last spring.",
              "*Corvid Bay* is on Channel 4 and All 4.", "She loved every minute of it.",
              "The show moves to BBC Two on Thursdays.", "Fans can catch up on Hulu.",
              "Nobody expected the ending.", "*Tin Mesa* premieres on HBO on Monday, and streams on Max."]
_ROW = Channel("Kestrel One", "Europe/London", False, 0, 11)


def _article(rng: random.Random) -> str:
    return "\n\n".join(" ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 3)))
                       for _ in range(rng.randint(2, 7)))


class _Eager:
    """Earlier as it read before: every read paragraph's channels found and named as its statements were read."""

    def __init__(self, body: str):
        self.body, self.channel, self.skipped, self.broadcaster, self.show, self.by_show = body, None, [], None, None, {}
        self.named, self.seen, self.p_start = [], 0, 0

    def __call__(self, broadcast: bool = False, show: str | None = None):
        for start, end in reversed(self.skipped):
            named = carried_channels(self.body[start:end])
            for channel in named:
                self.name(channel)
            if named:
                break
        self.skipped = []
        if show and show in self.by_show:
            return self.by_show[show]
        if show and self.show and self.show != show and len({c.name for c in self.by_show.values()}) > 1:
            return None
        if broadcast and self.channel and self.channel.streaming and self.broadcaster:
            return self.broadcaster
        return self.channel

    def skip(self, start: int, end: int) -> None:
        self.skipped.append((start, end))

    def read(self, start: int, end: int) -> None:
        self.named, self.seen, self.p_start = carried_channels(self.body[start:end]), 0, start

    def statement(self, start: int, end: int) -> None:
        named, p_start = self.named, self.p_start
        title = title_of(self.body[start:end]) if self.seen < len(named) and named[self.seen].start < end - p_start \
            else None
        while self.seen < len(named) and named[self.seen].start < end - p_start:
            self.name(named[self.seen], title)
            self.seen += 1

    def name(self, channel: Channel, show: str | None = None) -> None:
        self.channel, self.skipped, self.show = channel, [], show
        if not channel.streaming:
            self.broadcaster = channel
        if show and (show not in self.by_show or self.by_show[show].streaming):
            self.by_show[show] = channel


def _read_at_random(rng: random.Random, body: str, readers: tuple) -> list:
    """Reads `body` paragraph by paragraph as find_air_dates does, asking each reader the same questions."""
    answers, read_to = [], 0
    for p_start, p_end in paragraph_spans(body):
        kind = rng.random()
        if kind < 0.3:
            continue  # skipped
        if kind < 0.4:
            show = rng.choice([None, "harrow lane"])
            for r in readers:
                r.name(_ROW, show)
            continue
        if p_start > read_to:
            for r in readers:
                r.skip(read_to, p_start)
        read_to = p_end
        for r in readers:
            r.read(p_start, p_end)
        for start, end in statements(body, p_start, p_end):
            if rng.random() < 0.3:
                question = (rng.random() < 0.5, rng.choice([None, "harrow lane", "tin mesa", "corvid bay"]))
                answers.append([r(*question) for r in readers])
            for r in readers:
                r.statement(start, end)
    answers.append([r() for r in readers])
    return answers


@pytest.mark.parametrize("seed", range(3))
def test_the_channel_named_last_is_the_one_every_paragraph_read_named_as_it_was_read(seed):
    rng = random.Random(seed)
    named = 0
    for _ in range(80):
        body = _article(rng)
        for lazy, eager in _read_at_random(rng, body, (Earlier(body), _Eager(body))):
            assert lazy == eager, body
            named += lazy is not None
    assert named > 40  # the questions found channels to answer with


def test_a_paragraph_read_is_searched_for_channels_only_when_a_sentence_asks(monkeypatch):
    searched = []
    monkeypatch.setattr(air_earlier, "carried_channels", lambda text: searched.append(text) or carried_channels(text))
    body = "*Harrow Lane* airs on BBC One on Sundays at 9pm. It was filmed in Leeds.\n\nThe finale is on ITV1 at 8pm."
    earlier = Earlier(body)
    for p_start, p_end in paragraph_spans(body):
        earlier.read(p_start, p_end)
        for start, end in statements(body, p_start, p_end):
            earlier.statement(start, end)
    assert searched == []
    assert earlier().name == "ITV1" and len(searched) == 2
    assert earlier(show="harrow lane").name == "BBC One" and len(searched) == 2  # read once
