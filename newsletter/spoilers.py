"""The spoiler guard (pure): which episode a story discusses, when it airs where, and what each reader gets.

Where the episode airs is read from the article's own air dates (their zone, else their channel, gives the
region) and, when the TV schedule service is on, from its episode list (the network's country; a web channel
with no country releases everywhere at once). The service wins over the article for a region both speak of.

A reader's region is their time zone's country. The episode has aired for them once the first airing in their
region has begun (a day-only airing: once that day is over where they are). With no airing known in their
region, the show's first airing anywhere counts as theirs (an import usually airs at home first and a reader
abroad can stream or read about it), unless the article says their region gets it later: then it counts as
not yet aired, on a day not known. An episode with no airing known at all is not guarded: nothing says it is
still to come, and most interviews about an episode follow its airing.

Modes (`[spoilers] mode`): "fold" keeps the story but leaves out its title and pull-quotes behind a marked
notice; "hold" leaves the story out of that reader's issue, says so, and brings it in a later issue once aired
(`carried_stories`); "off" shows everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .assemble import preheader, subject_line
from .episodes import EpisodeMention, discussed_episode, later_regions, reading_text
from .extract.channels import find_channels
from .model import AirDate, EpisodeAiring, Issue, Slot, Spoiler, Story, Understanding
from .regions import region_of_zone

MODES = ("fold", "hold", "off")
# Article air dates this far around the article's date can be the discussed episode's; further ones are other
# episodes or seasons (an interview weeks before a premiere still names its date).
TEXT_BEFORE, TEXT_AFTER = timedelta(days=14), timedelta(days=60)
# An airing in another region follows the home one by weeks at most (`UK viewers get it on Monday`).
ABROAD_AFTER = timedelta(days=30)
MAX_CARRIED_WEEKS = 4  # a held story waits this many issues for its airing, then goes out folded


@dataclass(frozen=True)
class EpisodeGuide:
    """What the TV schedule service says of one show: the show (its network's country) and its episodes."""

    show: dict
    episodes: list


@dataclass(frozen=True)
class Unaired:
    """A story's episode that has not aired yet where a reader is, and when it does there (None: later, date
    not known)."""

    label: str
    airs: datetime | None


def _region_of_airing(a: AirDate) -> str:
    zone = a.tz or next((c.zone for c in find_channels(a.network or "")), None)
    return region_of_zone(zone) or EpisodeAiring.HOME


def _text_airings(u: Understanding, mention: EpisodeMention) -> list[EpisodeAiring]:
    """The article's own airings of the discussed episode: dated airings of its show near the article's date; a
    weekly slot only for a relative mention (`tonight's episode` is the slot's airing of that day)."""
    base = mention.day or u.interview.date
    lo, hi = base - TEXT_BEFORE, base + TEXT_AFTER
    if mention.kind == "relative" and mention.day:
        lo, hi = mention.day, mention.day + ABROAD_AFTER
    out = []
    for a in u.air_dates:
        if a.show and u.show and a.show.casefold() != u.show.casefold():
            continue
        if isinstance(a.when, Slot):
            if mention.kind != "relative" or not a.tz:
                continue
            a = a.placed(datetime.combine(base, time(0), ZoneInfo(a.tz)))
        day = a.start.date() if a.start else a.day
        if day is None or not lo <= day <= hi:
            continue
        out.append(EpisodeAiring(_region_of_airing(a), a.start, None if a.start else day, a.network, "text"))
    if not out and mention.kind == "relative" and mention.day:
        out.append(EpisodeAiring(EpisodeAiring.HOME, None, mention.day, None, "text"))
    return out


def _key(title: str) -> str:
    return re.sub(r"[^\w]+", " ", title.casefold()).strip()


def _aired_on(ep: dict) -> date | None:
    try:
        return date.fromisoformat(ep.get("airdate") or "")
    except ValueError:
        return None


def match_episode(mention: EpisodeMention, episodes: list, article_date: date) -> dict | None:
    """The service's episode the mention names: by season and number, by title, as its season's first or last,
    or as the episode airing on the day (or nearest the week) it names."""
    eps = [e for e in episodes if isinstance(e, dict) and isinstance(e.get("season"), int)
           and isinstance(e.get("number"), int) and e.get("type", "regular") == "regular"]
    near = sorted((e for e in eps if _aired_on(e)), key=lambda e: abs((_aired_on(e) - article_date).days))
    if mention.kind == "numbered":
        return next((e for e in eps if (e["season"], e["number"]) == (mention.season, mention.number)), None)
    if mention.kind == "titled":
        return next((e for e in eps if _key(e.get("name") or "") == _key(mention.title or "")), None)
    if mention.kind == "relative":
        if mention.day is not None:
            return next((e for e in eps if _aired_on(e) == mention.day), None)
        lo = article_date + timedelta(days=4 if mention.ahead else -3)
        return next((e for e in near if lo <= _aired_on(e) <= lo + timedelta(days=7)), None)
    if mention.kind == "finale" and (mention.scope or "").replace("-", "") == "midseason":
        return next((e for e in near if _aired_on(e) >= article_date - timedelta(days=1)), None)
    season = mention.season if mention.kind == "season-end" else (near[0]["season"] if near else None)
    in_season = [e for e in eps if e["season"] == season]
    if not in_season:
        return None
    pick = max if mention.end_of == "finale" else min
    return pick(in_season, key=lambda e: e["number"])


def _service_airing(ep: dict, show: dict) -> EpisodeAiring | None:
    try:
        start = datetime.fromisoformat((ep.get("airstamp") or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    channel = show.get("network") or show.get("webChannel") or {}
    code = (channel.get("country") or {}).get("code")
    return EpisodeAiring(code or EpisodeAiring.WORLDWIDE, start, None, channel.get("name"), "tvmaze")


def spoiler_for(u: Understanding, guide: EpisodeGuide | None = None) -> Spoiler | None:
    """The episode a story discusses and its airings, or None when the article names no episode."""
    text = reading_text(u.view.text if u.view is not None else u.interview.body)
    mention = discussed_episode(text, u.interview.date, u.interview.title)
    if mention is None:
        return None
    airings, label = _text_airings(u, mention), mention.label
    ep = match_episode(mention, guide.episodes, u.interview.date) if guide else None
    service = _service_airing(ep, guide.show) if ep else None
    if service is not None:
        label = f"S{ep['season']}E{ep['number']}"
        airings = [service] + [a for a in airings if a.region not in (service.region, EpisodeAiring.HOME)]
    return Spoiler(label, mention.text, tuple(airings), later_regions(text))


def describe(spoiler: Spoiler | None) -> str:
    """The episode and its airings as `inspect` shows them: what the guard would judge a reader's issue by."""
    if spoiler is None:
        return "(none named)"
    where = [f"{a.region or 'home'} {a.start.isoformat() if a.start else a.day}"
             + (f" on {a.network}" if a.network else "") for a in spoiler.airings]
    where += [f"{region} later, date not given" for region in spoiler.later_in]
    return (f"{spoiler.label} (from “{spoiler.evidence}”)\n        airs: "
            + ("; ".join(where) or "not known, so not guarded"))


def _moment(a: EpisodeAiring, zone: ZoneInfo) -> datetime:
    return a.start if a.start is not None else datetime.combine(a.day + timedelta(days=1), time(0), zone)


def unaired(spoiler: Spoiler | None, reader_tz: str | None, at: datetime) -> Unaired | None:
    """Whether the episode is still to air where the reader is at `at` (see the module's rules)."""
    if spoiler is None or not spoiler.airings and not spoiler.later_in:
        return None
    region, zone = region_of_zone(reader_tz), ZoneInfo(reader_tz or "UTC")
    own = [a for a in spoiler.airings if a.region in (region, EpisodeAiring.WORLDWIDE)]
    if own:
        airs = min(_moment(a, zone) for a in own)
    elif region in spoiler.later_in:
        return Unaired(spoiler.label, None)
    elif spoiler.airings:
        airs = min(_moment(a, zone) for a in spoiler.airings)
    else:
        return None
    return Unaired(spoiler.label, airs.astimezone(zone)) if at < airs else None


@dataclass(frozen=True)
class Guarded:
    """One reader's issue after the guard: the stories kept (those `folded` by their source) and those held."""

    issue: Issue
    folded: dict
    held: tuple[tuple[Story, Unaired], ...] = ()


def guard_issue(issue: Issue, reader_tz: str | None, mode: str, at: datetime | None, name: str) -> Guarded:
    """The issue as one reader gets it at `at` (default: its planned send time): stories whose episode has not
    aired in their region folded or held, the preheader never a held or folded story's quote, and with a story
    held, the subject naming only those kept."""
    at = at or issue.sent_at
    issue = without_stories_had(issue, reader_tz)
    if mode == "off" or at is None:
        return Guarded(issue, {})
    kept, folded, held = [], {}, []
    for story in issue.stories:
        verdict = unaired(story.spoiler, reader_tz, at)
        if verdict is not None and mode == "hold" and story.carried < MAX_CARRIED_WEEKS:
            held.append((story, verdict))
            continue
        if verdict is not None:
            folded[story.interview.source] = verdict
        kept.append(story)
    if not folded and not held:
        return Guarded(issue, {})
    shown = [s for s in kept if s.interview.source not in folded]
    changed = replace(issue, stories=tuple(kept), preheader=preheader(name, shown))
    if held:
        changed = replace(changed, subject=subject_line(name, [s.understanding.interviewee for s in kept
                                                               if s.understanding.interviewee]))
    return Guarded(changed, folded, tuple(held))


def without_stories_had(issue: Issue, reader_tz: str | None) -> Issue:
    """The issue less the stories carried from an earlier one that this reader was not held back from (they had
    them then)."""
    kept = tuple(s for s in issue.stories
                 if not (s.carried and s.held_at and unaired(s.spoiler, reader_tz, s.held_at) is None))
    return replace(issue, stories=kept) if len(kept) < len(issue.stories) else issue


def _after(a: EpisodeAiring, moment: datetime) -> bool:
    return a.start > moment if a.start is not None else a.day is not None and a.day >= moment.date()


def carried_stories(previous: Issue | None, sent: datetime | None = None) -> tuple[Story, ...]:
    """The stories of last week's issue that it held back from some readers (their episode was still to air in a
    region at `sent`, the moment its readers' variants were rendered for; default its planned send time), to go
    into this issue for them: each reader gets such a story once it has aired where they are, and not again if
    they had it; after MAX_CARRIED_WEEKS issues it goes out folded instead."""
    sent = sent or (previous.sent_at if previous is not None else None)
    if previous is None or sent is None:
        return ()
    out = []
    for story in previous.stories:
        sp = story.spoiler
        if sp is None or story.carried >= MAX_CARRIED_WEEKS:
            continue
        if sp.later_in or any(_after(a, sent) for a in sp.airings):
            out.append(replace(story, carried=story.carried + 1, held_at=sent))
    return tuple(out)
