"""The channel an article named last, for airdates.py (`Earlier`), worked out only when a sentence asks for it.

Most sentences name their own channel or none is asked for: of the paragraphs an article reads for airings, two in
three are read after the last sentence that asks. So what is read is only noted, in order (text skipped, a paragraph
read, each statement of it read, a channel named), and the channels it names are found when a sentence asks, as if
each had been named as its statement was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .air_sequence import carried_channels, title_of
from .channels import Channel

_SKIPPED, _PARAGRAPH, _STATEMENT = range(3)  # what the notes of `unread` say


@dataclass
class Earlier:
    """The channel named last so far in an article. Text skipped between the paragraphs read is searched only when
    a sentence asks (few do), so that a long article's prose is not scanned for channels on every read."""

    body: str
    channel: Channel | None = None
    skipped: list[tuple[int, int]] = field(default_factory=list)
    broadcaster: Channel | None = None  # the last channel named that broadcasts (not a streaming service)
    show: str | None = None  # the show the channel named last was named with, when its sentence names one
    by_show: dict[str, Channel] = field(default_factory=dict)  # each show's channel, a broadcaster first
    unread: list[tuple] = field(default_factory=list)  # (what, start, end) read since a sentence last asked
    # The paragraph being read, the channels it names (found when first asked for) and how many of them are named
    paragraph: list = field(default_factory=lambda: [0, 0, None, 0])

    def __call__(self, broadcast: bool = False, show: str | None = None) -> Channel | None:
        """The channel named last; with `broadcast`, the last broadcaster instead of a streaming service named after
        it (`airs weekdays on SABC 1, and episodes are on SABC Plus. The finale airs on Thursday at 20:00`). A
        sentence naming its `show` takes the channel that show was named with, and none named with another show (a
        listings page's next show is not on the channel of the one before)."""
        self._catch_up()
        for start, end in reversed(self.skipped):
            named = carried_channels(self.body[start:end])
            for channel in named:
                self._name(channel)
            if named:
                break
        self.skipped = []
        if show and show in self.by_show:
            return self.by_show[show]
        if show and self.show and self.show != show and len({c.name for c in self.by_show.values()}) > 1:
            return None  # (in an article of one channel's schedule, its other shows are on it too)
        if broadcast and self.channel and self.channel.streaming and self.broadcaster:
            return self.broadcaster
        return self.channel

    def skip(self, start: int, end: int) -> None:
        """The text between `start` and `end` was not read."""
        self.unread.append((_SKIPPED, start, end))

    def read(self, start: int, end: int) -> None:
        """The paragraph between `start` and `end` is read next, statement by statement."""
        self.unread.append((_PARAGRAPH, start, end))

    def statement(self, start: int, end: int) -> None:
        """A statement of the paragraph being read was read: the channels it names are named, with its title."""
        self.unread.append((_STATEMENT, start, end))

    def name(self, channel: Channel, show: str | None = None) -> None:
        """`channel` is named now (with the `show` it airs)."""
        self._catch_up()
        self._name(channel, show)

    def _catch_up(self) -> None:
        """Names the channels of what was read since a sentence last asked, in the order they were read."""
        paragraph = self.paragraph
        for what, start, end in self.unread:
            if what == _SKIPPED:
                self.skipped.append((start, end))
            elif what == _PARAGRAPH:
                paragraph[:] = start, end, None, 0
            else:
                p_start, p_end, named, seen = paragraph
                if named is None:
                    named = paragraph[2] = carried_channels(self.body[p_start:p_end])
                title = title_of(self.body[start:end]) if seen < len(named) and named[seen].start < end - p_start \
                    else None
                while seen < len(named) and named[seen].start < end - p_start:
                    self._name(named[seen], title)
                    seen += 1
                paragraph[3] = seen
        self.unread.clear()

    def _name(self, channel: Channel, show: str | None = None) -> None:
        self.channel, self.skipped, self.show = channel, [], show
        if not channel.streaming:
            self.broadcaster = channel
        if show and (show not in self.by_show or self.by_show[show].streaming):
            self.by_show[show] = channel
