"""The built issue as the thing that is sent: its data, its content hash, and reading it back.

`build` writes `artefact.json` beside issue.html, issue.txt and issue.json: every field rendering
reads, so `send` renders each subscriber's variant from what was built and never gathers again.
The content hash covers that data and the default rendering (HTML and text): an approval is for one
hash, and a send whose rendering no longer matches it (templates or theme changed since the build)
is refused rather than mailing something nobody looked at.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import DeliveryError
from .model import (AirDate, EpisodeAiring, Interview, Issue, OneOff, PullQuote, ShowArt, Slot, Spoiler, Story,
                    Streaming, Understanding, When)
from .render import Rendered
from .serialize import episode_json

ARTEFACT_NAME = "artefact.json"
ARTEFACT_VERSION = 1


@dataclass
class Artefact:
    """One built issue: what it says, its content hash, and what the program was unsure of."""

    issue: Issue
    hash: str
    warnings: list[str] = field(default_factory=list)
    built_at: str = ""

    @property
    def week(self) -> str:
        return self.issue.week

    def unsure(self) -> list[str]:
        """What an editor should look at before approving: doubtful interviewees and every warning."""
        notes = [f"{s.interview.source}: interviewee {s.understanding.interviewee or 'unknown'} "
                 f"(confidence {s.understanding.confidence:.2f})"
                 + ("" if s.pull_quotes else ", no pull-quotes")
                 for s in self.issue.stories if s.understanding.confidence < SURE or not s.pull_quotes]
        return notes + [w for w in self.warnings if w not in notes]


SURE = 0.8  # below this the interviewee is worth an editor's look, although quotes may still be picked


def _air(a: AirDate) -> dict:
    return {"show": a.show, "network": a.network, "kind": a.kind, "start": a.start.isoformat() if a.start else None,
            "day": a.day.isoformat() if a.day else None, "weekday": a.weekday, "local_time": a.local_time,
            "tz": a.tz, "sentence": a.sentence, "source": a.source, "episode": a.episode, "runtime": a.runtime,
            "days": list(a.when.days) if isinstance(a.when, Slot) else []}


def _air_back(d: dict) -> AirDate:
    start = datetime.fromisoformat(d["start"]) if d["start"] else None
    if start is not None and d["tz"]:
        start = start.astimezone(ZoneInfo(d["tz"]))  # the zone itself, not only its offset: DST rules matter
    return AirDate(d["show"], d["network"], _when_back(d, start), d["sentence"], source=d["source"],
                   episode=d["episode"], runtime=d["runtime"])


def _when_back(d: dict, start: datetime | None) -> When:
    """The when `_air` wrote flat (a dated airing's start follows from its day, time and zone)."""
    day = date.fromisoformat(d["day"]) if d["day"] else None
    if d["kind"] == Slot.kind:
        return Slot(d["weekday"], d["local_time"], d["tz"], next=start, days=tuple(d.get("days") or ()))
    if d["kind"] == Streaming.kind:
        return Streaming(day, None if day else d["weekday"], d["local_time"], d["tz"])
    return OneOff(day, d["local_time"], d["tz"])


def _story(s: Story) -> dict:
    u, iv = s.understanding, s.interview
    return {"source": iv.source, "date": iv.date.isoformat(), "title": iv.title, "url": iv.url, "outlet": iv.outlet,
            "byline": iv.byline, "interviewee": u.interviewee, "show": u.show, "confidence": u.confidence,
            "warnings": list(u.warnings),
            "pull_quotes": [{"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end, "score": q.score,
                             "reasons": list(q.reasons), "rule": q.rule} for q in s.pull_quotes],
            "spoiler": episode_json(s.spoiler), "carried": s.carried,
            "held_at": s.held_at.isoformat() if s.held_at else None}




def _spoiler_back(d: dict | None) -> Spoiler | None:
    if not d:
        return None
    airings = tuple(EpisodeAiring(a["region"], datetime.fromisoformat(a["start"]) if a["start"] else None,
                                  date.fromisoformat(a["date"]) if a["date"] else None, a["network"], a["source"])
                    for a in d["airings"])
    return Spoiler(d["label"], d["evidence"], airings, tuple(d["later_in"]))


def _story_back(d: dict) -> Story:
    iv = Interview(d["source"], "", date.fromisoformat(d["date"]), d["title"], d["url"], d["outlet"], d["byline"])
    u = Understanding(iv, d["interviewee"], d["show"], (), (), (), tuple(d["warnings"]), None, d["confidence"])
    quotes = tuple(PullQuote(q["text"], q["speaker"], q["start"], q["end"], q["score"], tuple(q["reasons"]), q["rule"])
                   for q in d["pull_quotes"])
    held_at = datetime.fromisoformat(d["held_at"]) if d.get("held_at") else None
    return Story(u, quotes, _spoiler_back(d.get("spoiler")), d.get("carried", 0), held_at)


def issue_data(issue: Issue) -> dict:
    """Everything rendering reads of an issue, as JSON-ready data (the articles' bodies left out)."""
    return {"week": issue.week, "period_start": issue.period_start.isoformat(),
            "period_end": issue.period_end.isoformat(), "subject": issue.subject, "preheader": issue.preheader,
            "stories": [_story(s) for s in issue.stories], "air_dates": [_air(a) for a in issue.air_dates],
            "warnings": list(issue.warnings), "note": issue.note,
            "art": [{"show": a.show, "image": a.image, "page": a.page} for a in issue.art],
            "sent_at": issue.sent_at.isoformat() if issue.sent_at else None}


def issue_from_data(d: dict) -> Issue:
    """The issue `issue_data` wrote, ready to render again."""
    return Issue(d["week"], date.fromisoformat(d["period_start"]), date.fromisoformat(d["period_end"]), d["subject"],
                 d["preheader"], tuple(_story_back(s) for s in d["stories"]),
                 tuple(_air_back(a) for a in d["air_dates"]), tuple(d["warnings"]), d.get("note", ""),
                 tuple(ShowArt(a["show"], a["image"], a["page"]) for a in d.get("art", ())),
                 datetime.fromisoformat(d["sent_at"]) if d.get("sent_at") else None)


def content_hash(issue: Issue, rendered: Rendered) -> str:
    """SHA-256 over what the issue says and how it looks by default; per-subscriber fields are placeholders."""
    digest = hashlib.sha256(json.dumps(issue_data(issue), sort_keys=True, ensure_ascii=False).encode("utf-8"))
    for part in (rendered.html, rendered.text):
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def artefact_text(artefact: Artefact) -> str:
    return json.dumps({"version": ARTEFACT_VERSION, "hash": artefact.hash, "built_at": artefact.built_at,
                       "warnings": artefact.warnings, "issue": issue_data(artefact.issue)},
                      indent=1, ensure_ascii=False) + "\n"


def load_artefact(out_dir: Path) -> Artefact | None:
    """The artefact built into `out_dir` (build/WEEK), or None when that week was never built."""
    path = out_dir / ARTEFACT_NAME
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:  # unreadable, or not UTF-8
        text = f"unreadable: {exc}"  # read_artefact reports it as it reports any text it cannot parse
    return read_artefact(text, str(path), out_dir.name)


def read_artefact(text: str, where: str, week: str) -> Artefact:
    """An artefact from the text `artefact_text` wrote; `where` (a file or a table) names it in an error."""
    try:
        data = json.loads(text)
        if data.get("version") != ARTEFACT_VERSION:
            raise ValueError(f"version {data.get('version')!r}, this program reads {ARTEFACT_VERSION}")
        return Artefact(issue_from_data(data["issue"]), data["hash"], list(data.get("warnings", [])),
                        data.get("built_at", ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise DeliveryError(f"{where}: the built issue cannot be read ({exc})",
                            hint=f"build it again with `newsletter build --week {week}`") from None
