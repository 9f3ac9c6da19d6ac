"""What an editor can do from the preview: pin or ban a pull-quote, correct an interviewee or a show
(written to overrides.toml beside the content file), mail a test copy, and approve the issue as previewed."""

from __future__ import annotations

from pathlib import Path

from .errors import ContentError
from .overrides import LISTS, VALUES, record_override

MAX_VALUE = 2000  # longer than any pull-quote or name


def act(preview, form: dict) -> str:
    """Carry out one action of the preview's forms; returns what was done. ContentError for a bad request."""
    action = form.get("action", "")
    snap = preview.snapshot
    if action == "approve":
        return _approve(preview)
    if action == "send_test":
        return _send_test(preview, form.get("value", "").strip())
    if action not in LISTS + VALUES:
        raise ContentError("preview", f"unknown action {action!r}")
    value = " ".join(form.get("value", "").split()) if action in VALUES else form.get("value", "")
    if not value.strip() or len(value) > MAX_VALUE:
        raise ContentError("preview", f"{action}: give a value of at most {MAX_VALUE} characters")
    # Only a file of this issue, never a path the form names: the form could be anyone's.
    sources = {s.interview.source: s for s in snap.issue.stories}
    story = sources.get(form.get("source", ""))
    if story is None or not Path(story.interview.source).is_file():
        raise ContentError(form.get("source", "?"), "is not a content file of this issue",
                           hint="overrides apply to files in a [[sources]] folder; reload the page")
    record_override(Path(story.interview.source), action, value)
    return f"{action} for {Path(story.interview.source).name}"


def _send_test(preview, address: str) -> str:
    """Build the issue as previewed, then mail one [TEST] copy of it to `address` (as `send --to` does)."""
    from .build import build
    from .deliver.dry_run import send_test

    snap = preview.snapshot
    if not address or len(address) > MAX_VALUE:
        raise ContentError("preview", "send a test: give an email address")
    build(snap.cfg, snap.issue.week, issue=snap.issue, warnings=list(snap.warnings))
    return send_test(snap.cfg, snap.issue.week, address)


def _approve(preview) -> str:
    """Build the issue as previewed and approve exactly that content."""
    from .build import build
    from .gate import approve

    snap = preview.snapshot
    week = snap.issue.week
    result = build(snap.cfg, week, issue=snap.issue, warnings=list(snap.warnings))
    approve(snap.cfg, week, result.hash, "preview")
    return f"approved {week} ({result.hash[:12]})"
