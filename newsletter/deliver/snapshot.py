"""The snapshot: an issue's recipients and its rendered variants, recorded once before the first message."""

from __future__ import annotations

import hashlib

from ..config import Config
from ..errors import IssueRefused
from ..render import RenderSettings, render_issue
from ..subscribers import SubscriberStore
from .ledger import Ledger


def variant_key(tz: str, shows: tuple[str, ...]) -> str:
    """Subscribers with the same time zone and shows share one rendering."""
    raw = tz + "\0" + "\0".join(sorted({s.casefold() for s in shows}))
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def prepare(cfg: Config, week: str, ledger: Ledger, strict: bool = False, issue=None) -> tuple[int, list[str]]:
    """Snapshot the issue's recipients and render each variant once; a second call changes nothing.

    The issue is the week's built one (built first if it never was) unless one is passed in.
    """
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

    def recipients():
        for batch in store.batches("active"):
            for sub in batch:
                tz = sub.timezone or default_tz
                key = variant_key(tz, sub.shows)
                if key not in rendered:
                    r = render_issue(issue, settings, reader_tz=tz, shows=sub.shows)
                    rendered[key] = (issue.subject, r.text, r.html)
                yield sub.email, sub.name, key

    added = ledger.snapshot(week, recipients(), rendered)
    return added, warnings
