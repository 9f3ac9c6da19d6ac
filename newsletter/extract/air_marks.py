"""Where in an article's body the cheap tests of air-date reading can find anything, read once per body.

`has_cue` (a time, a day, a strip, a streaming word) and `names_streamer` are asked of every paragraph and every
sentence read; each scans its text again. The places their patterns can match in the whole body are found once
(`cue_starts`, `streamer_starts`), and a span that white space bounds holds something only if one of those places is
in it: a span with none is answered False without a scan. A span with one is still asked in full (the places are a
superset).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .channels import STREAMER_SCAN, STREAMERS_FOUND_APART
from .scan import match_starts
from .when import cue_starts

__all__ = ["Marks", "streamer_starts"]


class Marks:
    """The places in `body` where a cue or a streaming service's name may stand."""

    __slots__ = ("body", "cues", "streams")

    def __init__(self, body: str):
        self.body = body
        self.cues = cue_starts(body)  # None when lower-casing changes the body's length: no span is answered
        self.streams = streamer_starts(body)

    def may_cue(self, start: int, end: int) -> bool:
        """False only when body[start:end] holds no cue (has_cue would say False)."""
        return self.cues is None or _may_hold(self.cues, self.body, start, end)

    def cued(self, paragraphs: tuple[tuple[int, int], ...]) -> list[bool]:
        """may_cue of each of `paragraphs` (spans in order, white space around each), read off the few places a cue
        may stand rather than asked of every paragraph."""
        if self.cues is None:
            return [True] * len(paragraphs)
        found, starts = [False] * len(paragraphs), [start for start, _ in paragraphs]
        for at in self.cues:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < paragraphs[i][1]:
                found[i] = True
        return found

    def may_stream(self, start: int, end: int) -> bool:
        """False only when body[start:end] names no streaming service (names_streamer would say False)."""
        return _may_hold(self.streams, self.body, start, end)


def _may_hold(starts: list[int], body: str, start: int, end: int) -> bool:
    """Whether one of `starts` is in [start, end), or the span is not bounded by white space (or the body's ends)."""
    at = bisect_left(starts, start)
    if at < len(starts) and starts[at] < end:
        return True
    return not ((start == 0 or body[start - 1].isspace()) and (end >= len(body) or body[end].isspace()))


def streamer_starts(text: str) -> list[int]:
    """A place inside each occurrence in `text` of what names_streamer looks for: a span of `text` that white space (or
    its ends) bounds names a streaming service only if one of these is in it (tests/extract/test_speed_air.py)."""
    return sorted(match_starts(STREAMER_SCAN, text) + STREAMERS_FOUND_APART.starts(text))
