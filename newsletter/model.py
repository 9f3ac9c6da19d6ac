"""Plain data passed between the pipeline's stages.

Offsets (`start`, `end`) always index the owning interview's `body` exactly as
stored, so ``body[start:end] == text`` holds for every Turn, Quote and
PullQuote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, get_args

# Who speaks a turn: the one asking, the one interviewed, anyone else quoted, or the writer's own prose.
Role = Literal["interviewer", "interviewee", "other", "narration"]
ROLES: tuple[Role, ...] = get_args(Role)
AirKind = Literal["recurring", "one-off", "streaming"]
AIR_KINDS: tuple[AirKind, ...] = get_args(AirKind)


@dataclass(frozen=True)
class Interview:
    """One gathered article, before anything is understood of it."""

    source: str  # file path or URL it came from
    body: str
    date: date
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    show: str | None = None
    interviewee: str | None = None
    pins: tuple[str, ...] = ()  # editor's chosen pull-quotes (verbatim text)
    bans: tuple[str, ...] = ()  # text an editor never wants picked


@dataclass(frozen=True)
class Turn:
    """The smallest span of the body with one speaker."""

    speaker: str | None
    role: Role
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """A direct quote in prose and whom it is attributed to (None: unknown)."""

    speaker: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PullQuote:
    """A verbatim span of an interviewee's words chosen for the email."""

    text: str
    speaker: str
    start: int
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    rule: str = "score"  # "pinned" or "score"


@dataclass(frozen=True)
class AirDate:
    """When a show is on, read from a sentence or from a schedule service."""

    show: str | None
    network: str | None
    kind: AirKind
    start: datetime | None  # aware; for a weekly slot its next occurrence
    day: date | None  # the date of a one-off airing or drop, even when no time is given
    weekday: str | None
    local_time: str | None  # "HH:MM"
    tz: str | None  # IANA name
    sentence: str
    sentence_start: int | None = None
    sentence_end: int | None = None
    source: str = "text"
    episode: str | None = None  # "S2E5 “Title”" when a schedule service gave it
    runtime: int | None = None  # minutes, when known


@dataclass(frozen=True)
class Understanding:
    """What extraction made of one interview."""

    interview: Interview
    interviewee: str | None
    show: str | None
    turns: tuple[Turn, ...]
    quotes: tuple[Quote, ...]
    air_dates: tuple[AirDate, ...]
    warnings: tuple[str, ...] = ()
    # The plain reading text of an HTML body and its map to the stored body (extract.document.TextView);
    # None when the body is plain text or Markdown and is read as stored.
    view: object | None = None
    confidence: float = 1.0  # how sure the program is of who is interviewed (0..1)


@dataclass(frozen=True)
class Story:
    """One interview as it appears in an issue."""

    understanding: Understanding
    pull_quotes: tuple[PullQuote, ...]

    @property
    def interview(self) -> Interview:
        return self.understanding.interview


@dataclass(frozen=True)
class Issue:
    """Everything one weekly email says, before it is personalised."""

    week: str  # "2026-W48"
    period_start: date
    period_end: date
    subject: str
    preheader: str
    stories: tuple[Story, ...]
    air_dates: tuple[AirDate, ...]
    warnings: tuple[str, ...] = ()
    note: str = ""  # the editor's note of the week, Markdown as written


@dataclass(frozen=True)
class Subscriber:
    """One subscriber as the store keeps them; `attributes` holds columns the product does not know."""

    email: str
    name: str = ""
    timezone: str | None = None
    shows: tuple[str, ...] = ()
    status: str = "active"
    joined: str | None = None  # YYYY-MM-DD
    attributes: dict = field(default_factory=dict)
