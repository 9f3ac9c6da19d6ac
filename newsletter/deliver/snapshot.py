"""The snapshot: an issue's recipients and its rendered variants, recorded once before the first message."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from ..config import Config
from ..errors import IssueRefused
from ..personal import ONLY, has_my_shows, shows_mode
from ..render import RenderSettings, render_issue
from ..spoilers import without_stories_had
from ..subscribers import SubscriberStore
from ..words import counted
from .ledger import Ledger


def variant_key(tz: str, shows: tuple[str, ...], only: bool = False) -> str:
    """Subscribers with the same time zone, shows and choice of "only my shows" share one rendering."""
    raw = tz + "\0" + "\0".join(sorted({s.casefold() for s in shows})) + ("\0only" if only else "")
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def prepare(cfg: Config, week: str, ledger: Ledger, strict: bool = False, issue=None,
            now: datetime | None = None) -> tuple[int, list[str]]:
    """Snapshot the issue's recipients and render each variant once; a second call changes nothing.

    The issue is the week's built one (built first if it never was) unless one is passed in. The spoiler guard
    judges each region's airings at `now` (the moment of the snapshot): what has aired by the time the mail goes.
    """
    now = now or datetime.now(UTC)
    if ledger.has_snapshot(week):
        return 0, []
    warnings: list[str] = []
    if issue is None:
        from ..build import built_issue

        artefact = built_issue(cfg, week, strict, followed=SubscriberStore.from_config(cfg).followed_shows())
        issue, warnings = artefact.issue, artefact.warnings
    if not issue.stories:  # the gate refuses it first; this is the last line
        raise IssueRefused(f"the {week} issue has no interviews: nothing was sent",
                           hint="an empty issue is never mailed")
    settings = RenderSettings.from_config(cfg)
    default_tz = cfg.newsletter.timezone
    rendered: dict[str, tuple[str, str, str]] = {}
    store = SubscriberStore.from_config(cfg)

    skipped = had_all = 0

    def recipients():
        nonlocal skipped, had_all
        for batch in store.batches("active"):
            for sub in batch:
                tz, only = sub.timezone or default_tz, shows_mode(sub) == ONLY
                theirs = without_stories_had(issue, tz)  # less the held-back stories they had in an earlier issue
                if not theirs.stories:
                    had_all += 1  # a week of carried stories only, all of which this reader already had
                    continue
                if only and cfg.delivery.none_of_my_shows == "skip" and not has_my_shows(theirs, sub.shows):
                    skipped += 1
                    continue
                key = variant_key(tz, sub.shows, only)
                if key not in rendered:
                    r = render_issue(issue, settings, reader_tz=tz, shows=sub.shows, only=only, at=now)
                    rendered[key] = (r.subject, r.text, r.html)
                yield sub.email, sub.name, key

    added = ledger.snapshot(week, recipients(), rendered, at=now)
    if skipped:
        warnings = [*warnings, f"{counted(skipped, 'reader')} on \"only my shows\" get no issue this week: none of "
                               "their shows is in it ([delivery] none_of_my_shows = \"skip\")"]
    if had_all:
        warnings = [*warnings, f"{counted(had_all, 'reader')} get no issue this week: they had every story in it "
                               "already (stories carried from an issue they were held back from)"]
    return added, warnings
