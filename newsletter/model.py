"""Plain data passed between the pipeline's stages.

Offsets (`start`, `end`) always index the owning interview's `body` exactly as
stored, so ``body[start:end] == text`` holds for every Turn, Quote and
PullQuote.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import ClassVar, Literal, get_args
from zoneinfo import ZoneInfo

from .frozen import frozen

# Who speaks a turn: the one asking, the one interviewed, anyone else quoted, or the writer's own prose.
Role = Literal["interviewer", "interviewee", "other", "narration"]
ROLES: tuple[Role, ...] = get_args(Role)
AirKind = Literal["recurring", "one-off", "streaming"]
AIR_KINDS: tuple[AirKind, ...] = get_args(AirKind)
Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)  # in date.weekday() order
# Where a subscriber stands: waiting to confirm, mailed, or gone (never mailed again without a new opt-in).
SubscriberStatus = Literal["pending", "active", "unsubscribed", "bounced", "complained"]
SUBSCRIBER_STATUSES: tuple[SubscriberStatus, ...] = get_args(SubscriberStatus)


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
    dek: str | None = None  # the standfirst under the headline, where the source gives one apart from the body


@frozen  # built for every paragraph and quote read
class Turn:
    """The smallest span of the body with one speaker."""

    speaker: str | None
    role: Role
    text: str
    start: int
    end: int


@frozen
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
    rule: Literal["pinned", "score"] = "score"  # an editor pinned it, or it ranked highest


@dataclass(frozen=True)
class Period:
    """The days an issue covers, both ends included."""

    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def _at(day: date | None, clock: str | None, tz: str | None) -> datetime | None:
    """The aware moment of `clock` ("HH:MM") on `day` in zone `tz`, when all three are known."""
    if day is None or clock is None or tz is None:
        return None
    return datetime.combine(day, time.fromisoformat(clock), ZoneInfo(tz))


@dataclass(frozen=True)
class Slot:
    """A weekly slot: every `weekday` at `time` in `tz` (`Wednesdays at 10 p.m. ET`); no weekday: a strip on its
    `days` (`weeknights at 7`: Monday to Friday), or nightly when its days are not known."""

    weekday: Weekday | None = None
    time: str | None = None  # "HH:MM"
    tz: str | None = None  # IANA name
    next: datetime | None = None  # its first airing in an issue's window, once the issue is assembled
    days: tuple[Weekday, ...] = ()  # a strip's days, in week order (never with a weekday)
    kind: ClassVar[AirKind] = "recurring"
    day: ClassVar[None] = None  # a slot is no date

    @property
    def start(self) -> datetime | None:
        return self.next

    def placed(self, after: datetime) -> Slot:
        """This slot with `next` its first airing at or after `after` (aware); unchanged when not fully known."""
        on = (self.weekday,) if self.weekday else self.days
        if not (on and self.time and self.tz):
            return self
        local = after.astimezone(ZoneInfo(self.tz))
        return replace(self, next=min(self._first_on(weekday, local.date(), after) for weekday in on))

    def _first_on(self, weekday: Weekday, today: date, after: datetime) -> datetime:
        first = _at(today + timedelta(days=(WEEKDAYS.index(weekday) - today.weekday()) % 7), self.time, self.tz)
        return first if first >= after else datetime.combine(first.date() + timedelta(days=7), first.timetz())


class _OnADay:
    """The moment of an airing on a day (OneOff, Streaming): known when its day, time and zone are."""

    @property
    def start(self) -> datetime | None:
        return _at(self.day, self.time, self.tz)


@dataclass(frozen=True)
class OneOff(_OnADay):
    """One airing on a date (`Sunday, Nov. 29 at 9 p.m. ET`); no day when the date written does not exist."""

    day: date | None = None
    time: str | None = None  # "HH:MM"
    tz: str | None = None  # IANA name
    kind: ClassVar[AirKind] = "one-off"

    @property
    def weekday(self) -> Weekday | None:
        return WEEKDAYS[self.day.weekday()] if self.day else None


@dataclass(frozen=True)
class Streaming(_OnADay):
    """A release on a streaming service: on a day (`drops Jan. 14 on Peacock`), every week
    (`new episodes drop Fridays on Hulu`), or with no date at all (`streams at 3 a.m. on Netflix`)."""

    day: date | None = None
    weekly: Weekday | None = None  # the weekday of a weekly release (never with a day)
    time: str | None = None  # "HH:MM"
    tz: str | None = None  # IANA name
    kind: ClassVar[AirKind] = "streaming"

    @property
    def weekday(self) -> Weekday | None:
        return WEEKDAYS[self.day.weekday()] if self.day else self.weekly


When = Slot | OneOff | Streaming


class _FromWhen:
    """A read-only attribute of an AirDate that is its when's (`air.tz` is `air.when.tz`)."""

    def __init__(self, name: str):
        self.name = name

    def __get__(self, air, owner=None):
        return self if air is None else getattr(air.when, self.name)


@dataclass(frozen=True)
class AirDate:
    """When a show is on, read from a sentence or from a schedule service."""

    show: str | None
    network: str | None
    when: When
    sentence: str
    sentence_start: int | None = None
    sentence_end: int | None = None
    source: Literal["text", "tvmaze"] = "text"
    episode: str | None = None  # "S2E5 “Title”" when a schedule service gave it
    runtime: int | None = None  # minutes, when known

    # The when read flat, as issue.json, `inspect` and the scoring scripts show it.
    kind = _FromWhen("kind")  # AirKind
    start = _FromWhen("start")  # aware: a dated airing's moment, or a weekly slot's first airing in the issue
    day = _FromWhen("day")
    weekday = _FromWhen("weekday")
    local_time = _FromWhen("time")  # "HH:MM"
    tz = _FromWhen("tz")

    def placed(self, after: datetime) -> AirDate:
        """This airing with a weekly slot placed at its first airing at or after `after`; a dated one as it is."""
        return replace(self, when=self.when.placed(after)) if isinstance(self.when, Slot) else self


@dataclass(frozen=True)
class ShowArt:
    """A show's poster from the TV schedule service, shown beside its stories with credit."""

    show: str  # the name the articles use
    image: str  # a public https URL
    page: str  # the show's page at the service, which the credit links to


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
class EpisodeAiring:
    """When the episode an interview discusses airs in one region."""

    region: str  # ISO 3166 code ("US", "GB"); HOME when the source does not say where; WORLDWIDE: everywhere at once
    start: datetime | None  # aware, when the time is known
    day: date | None = None  # when only the day is known
    network: str | None = None
    source: Literal["text", "tvmaze"] = "text"

    HOME: ClassVar[str] = ""
    WORLDWIDE: ClassVar[str] = "*"


@dataclass(frozen=True)
class Spoiler:
    """The episode an interview discusses (`S2E5`, `the season 3 finale`) and when it airs where."""

    label: str
    evidence: str  # the article's words that name the episode
    airings: tuple[EpisodeAiring, ...] = ()
    later_in: tuple[str, ...] = ()  # regions the article says get it later, without saying when


@dataclass(frozen=True)
class Story:
    """One interview as it appears in an issue."""

    understanding: Understanding
    pull_quotes: tuple[PullQuote, ...]
    spoiler: Spoiler | None = None  # the episode it discusses, when the article names one
    carried: int = 0  # earlier issues it was held back from for readers where its episode had not aired yet
    held_at: datetime | None = None  # the send time of the last issue it was held back from (`[spoilers] hold`)

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
    art: tuple[ShowArt, ...] = ()
    sent_at: datetime | None = None  # when it is planned to go out: the spoiler guard's clock unless given another


# What a reader who follows shows gets: those "first", then everything else, or "only" those.
ShowsMode = Literal["first", "only"]
SHOWS_MODES: tuple[ShowsMode, ...] = get_args(ShowsMode)
SHOWS_MODE_KEY = "shows_mode"  # the attribute the choice is kept in (an import's attributes can set it too)


@dataclass(frozen=True)
class Subscriber:
    """One subscriber as the store keeps them; `attributes` holds columns the product does not know."""

    email: str
    name: str = ""
    timezone: str | None = None
    shows: tuple[str, ...] = ()
    status: SubscriberStatus = "active"
    joined: str | None = None  # YYYY-MM-DD
    attributes: dict = field(default_factory=dict)

    @property
    def shows_mode(self) -> ShowsMode:
        """Their choice as stored (checked when it was written: `subscribers.fields.check_shows_mode`)."""
        return "only" if self.attributes.get(SHOWS_MODE_KEY) == "only" else "first"
