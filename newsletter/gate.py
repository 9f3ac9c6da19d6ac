"""What stands between a built issue and the subscribers: the quick checks and the editors' approval.

`send` and the scheduled job pass every built issue through `check_before_send`: an issue with no
interviews is never mailed, one failing a quick check only with --force, and with
`[schedule] approval = "required"` only the content an editor approved (its content hash) goes out.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from types import SimpleNamespace

from .artefact import Artefact
from .checks import CheckResult, slow_checks, static_checks
from .config import Config
from .errors import CheckFailed, IssueRefused, NotApproved
from .render import RenderSettings, render_issue
from .words import counted


def quick_checks(cfg: Config, artefact: Artefact) -> list[CheckResult]:
    """The checks that take milliseconds: interviews, size against Gmail's clipping, alt texts, links, language."""
    n = len(artefact.issue.stories)
    wanted = max(1, cfg.schedule.min_interviews)
    results = [CheckResult("interviews", n >= wanted,
                           counted(n, "interview") + ("" if n >= wanted else f", fewer than {wanted} "
                                                  "([schedule] min_interviews)"))]
    rendered = render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    return results + static_checks(rendered.html)


def check_before_send(cfg: Config, artefact: Artefact, force: bool = False) -> list[str]:
    """Refuse an empty issue always, a failing one unless forced, an unapproved one when approval is required.

    Returns notes on the checks that failed but were forced past.
    """
    week = artefact.week
    if not artefact.issue.stories:
        raise IssueRefused(f"the {week} issue has no interviews: nothing was sent",
                           hint="add the week's interviews to the content folder (or check [[sources]]), build "
                                "and send again; an empty issue is never mailed")
    failed = [r for r in quick_checks(cfg, artefact) if not r.ok]
    if failed and not force:
        raise IssueRefused(f"the {week} issue fails its checks: " + "; ".join(f"{r.name}: {r.detail}" for r in failed)
                           + ": nothing was sent",
                           hint="fix it and build again (`newsletter check` shows every check), or pass --force to "
                                "send it as it is")
    check_approved(cfg, artefact)
    return [f"sent although the check failed (--force): {r.name}: {r.detail}" for r in failed]


CHECKS_NAME = "checks.json"  # the slow checks' results beside the built issue, for the content hash they checked


def slow_report(cfg: Config, artefact: Artefact, run: bool = True) -> list[CheckResult]:
    """SpamAssassin and the browser on the built issue, when installed; run once per content hash.

    With `run` false only results already at hand are returned (none when the checks never ran on this content).
    """
    from .files import write_atomic

    out_dir = cfg.resolve(cfg.build.out) / artefact.week
    cache = out_dir / CHECKS_NAME
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data["hash"] == artefact.hash:
            return [CheckResult(**r) for r in data["results"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if not run:
        return []
    rendered = render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    try:
        results = slow_checks(cfg, SimpleNamespace(issue=artefact.issue, rendered=rendered, out_dir=out_dir))
    except (CheckFailed, OSError, ValueError, subprocess.SubprocessError) as exc:  # a tool that ran but answered nonsense, or timed out
        results = [CheckResult("slow checks", False, f"could not run: {exc}")]
    write_atomic(cache, json.dumps({"hash": artefact.hash, "results": [asdict(r) for r in results]}) + "\n")
    return results


def check_approved(cfg: Config, artefact: Artefact) -> None:
    """With approval required, the approval on record must be for this very content."""
    if cfg.schedule.approval != "required":
        return
    week = artefact.week
    approved = approval_of(cfg, week)
    if approved is None:
        raise NotApproved(f"the {week} issue is waiting for an editor's approval ([schedule] approval = "
                          f"\"required\"): nothing was sent", week)
    if approved != artefact.hash:
        raise NotApproved(f"the {week} issue changed after it was approved (approved {approved[:12]}, built now "
                          f"{artefact.hash[:12]}): nothing was sent; the change needs approving again", week)


def approval_of(cfg: Config, week: str) -> str | None:
    """The content hash an editor approved for `week`, or None."""
    from .store import Store

    return Store.from_config(cfg).flag(f"approved:{week}")


def approve(cfg: Config, week: str, content: str, by: str) -> None:
    """Record that `by` approved exactly this content (its hash) of the week's issue, in the state database."""
    from .store import Store

    store = Store.from_config(cfg)
    store.set_flag(f"approved-by:{week}", f"{by[:150]} {datetime.now(UTC).isoformat(timespec='seconds')}")
    store.set_flag(f"approved:{week}", content)
