"""From understood interviews to an Issue: pick the quotes, the week's airings, subject and preheader (pure)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import typeset
from .config import QuotesSection
from .model import AirDate, Issue, Period, Story, Streaming, Understanding, When
from .pull_quotes import Selection, select_pull_quotes


def send_time(cron: str, period: Period, tz: str) -> datetime:
    """When the issue for `period` goes out: the first scheduled time after the period ends."""
    from apscheduler.triggers.cron import CronTrigger

    zone = ZoneInfo(tz)
    after = datetime.combine(period.end + timedelta(days=1), time(0), zone)
    trigger = CronTrigger.from_crontab(cron, timezone=zone)
    return trigger.get_next_fire_time(None, after)


def upcoming_airings(air_dates: list[AirDate], window_start: datetime, days: int = 7) -> list[AirDate]:
    """The airings inside [window_start, +days): weekly slots at their next occurrence, dated ones on their date,
    weekly releases on a streaming service as they are; an airing on a day with no time is dropped where the same
    show on the same network airs at a time that day (`tonight's episode` beside `tonight at 9`)."""
    window_end = window_start + timedelta(days=days)
    seen: dict[tuple, AirDate] = {}
    for air in (a.placed(window_start) for a in air_dates):
        if not _in_window(air.when, window_start, window_end):
            continue
        key = ((air.show or "").casefold(), air.start or air.day or air.weekday)
        seen.setdefault(key, air)
    kept = [a for a in seen.values() if not _timed_elsewhere(a, seen.values())]
    return sorted(kept, key=lambda a: (a.start or datetime.combine(a.day or window_end.date(), time(0),
                                                                   window_start.tzinfo), a.show or ""))


# A time before this belongs to the night before: a release `later tonight` is the one at `3 a.m. Sunday`.
_SMALL_HOURS = time(6)


def _timed_elsewhere(air: AirDate, airings) -> bool:
    """Whether an airing on a day without a time is a second mention of one with its time: the same show on the
    same network, at a time on that day (or in the small hours after it)."""
    if air.start is not None or air.day is None:
        return False
    for other in airings:
        if other.start is None or (other.show or "").casefold() != (air.show or "").casefold() or \
                (other.network or "").casefold() != (air.network or "").casefold():
            continue
        local = other.start.date()  # the moment in its own zone: its day as the sentence said it
        if local == air.day or other.start.time() < _SMALL_HOURS and local - timedelta(days=1) == air.day:
            return True
    return False


def _in_window(when: When, window_start: datetime, window_end: datetime) -> bool:
    """Whether an airing falls in the window: by its moment when it has one, else by its day; a weekly streaming
    release always does, and a slot or airing with neither never does."""
    if when.start is not None:
        return window_start <= when.start < window_end
    if when.day is not None:
        return window_start.date() <= when.day < window_end.date()
    return isinstance(when, Streaming) and when.weekly is not None


def merge_airings(text: list[AirDate], schedule: list[AirDate]) -> tuple[list[AirDate], list[str]]:
    """The schedule's episodes, plus the articles' airings of shows the schedule does not know.

    When both speak of a show the schedule wins; a disagreement is noted for the build summary.
    """
    scheduled: dict[str, list[AirDate]] = {}
    for a in schedule:
        scheduled.setdefault((a.show or "").casefold(), []).append(a)
    merged, notes = list(schedule), []
    for a in text:
        known = scheduled.get((a.show or "").casefold())
        if known is None:
            merged.append(a)
        elif a.start is not None and all(k.start != a.start for k in known):
            notes.append(f"{a.show}: the article says {a.start:%a %b %d %H:%M} {a.tz}, the TV schedule says "
                         f"{', '.join(f'{k.start:%a %b %d %H:%M}' if k.start else str(k.day) for k in known)}; "
                         "using the schedule")
    return merged, notes


def pick_quotes(u: Understanding, quotes: QuotesSection, count: int | None = None) -> Selection:
    """One interview's pull-quotes as an issue picks them, within the config's word limits: `count` of them
    (`quotes.per_interview` unless given). The preview and `inspect` pick through this too, so they show what
    the issue would."""
    return select_pull_quotes(u, count=quotes.per_interview if count is None else count,
                              min_words=quotes.min_words, max_words=quotes.max_words)


def assemble_issue(week: str, period: Period, understood: list[Understanding], *, sent_at: datetime,
                   name: str, quotes: QuotesSection | None = None, max_interviews: int = 15,
                   schedule: tuple[AirDate, ...] = (), guides: dict | None = None) -> Issue:
    """Choose the stories, their pull-quotes, the episode each discusses and the upcoming airings of one weekly
    issue (`guides`: the TV schedule's episode guides by show name in lower case, for the spoiler guard)."""
    from .spoilers import spoiler_for

    guides = guides or {}
    quotes = quotes or QuotesSection()
    chosen = sorted(understood, key=lambda u: (u.interview.date, u.interview.source), reverse=True)[:max_interviews]
    chosen.reverse()
    stories, budget = [], quotes.per_issue
    warnings = [f"{u.interview.source}: {w}" for u in chosen for w in u.warnings]
    for u in chosen:
        sel = pick_quotes(u, quotes, count=min(quotes.per_interview, max(budget, 0)))
        budget -= len(sel.picks)
        warnings.extend(f"{u.interview.source}: {w}" for w in sel.warnings)
        if not sel.picks:
            warnings.append(f"{u.interview.source}: no pull-quote found (no interviewee answers of "
                            f"{quotes.min_words}-{quotes.max_words} words)")
        stories.append(Story(u, sel.picks, spoiler_for(u, guides.get((u.show or "").casefold()))))
    airings, notes = merge_airings(upcoming_airings([a for u in chosen for a in u.air_dates], sent_at),
                                   list(schedule))
    airings = upcoming_airings(airings, sent_at)
    warnings.extend(notes)
    names = [u.interviewee for u in chosen if u.interviewee]
    return Issue(week, period.start, period.end, subject_line(name, names), preheader(name, stories),
                 tuple(stories), tuple(airings), tuple(warnings), sent_at=sent_at)


def preheader(name: str, stories) -> str:
    """The line inboxes show after the subject: the first pull-quote."""
    first = next((q for s in stories for q in s.pull_quotes), None)
    return typeset.pull_quote(first.text) if first else f"This week's interviews from {name}."


def subject_line(name: str, names: list[str]) -> str:
    """The subject: the newsletter's name and who is interviewed."""
    if not names:
        return f"{name}: this week's interviews"
    if len(names) == 1:
        return f"{name}: {names[0]}"
    if len(names) == 2:
        return f"{name}: {names[0]} and {names[1]}"
    return f"{name}: {names[0]}, {names[1]} and {len(names) - 2} more"
