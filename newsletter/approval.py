"""Approval: with `[schedule] approval = "required"` the editors see the built issue before anyone else.

Each editor is mailed the issue as subscribers will get it, headed by what the program was unsure of
(doubtful interviewees, interviews without pull-quotes, warnings, failed checks) and a signed link. The
link opens a page whose button (a POST: mail scanners fetch links) approves the content hash the mail
showed, once; `newsletter approve` does the same from the shell. An approval covers one content hash.
"""

from __future__ import annotations

import html
import re
import secrets
import time

from .artefact import Artefact
from .config import Config
from .gate import approve, quick_checks, slow_report
from .render import RenderSettings, render_issue
from .tokens import BadToken, sign, verify_claims

PURPOSE = "approve"
LINK_SECONDS = 7 * 24 * 3600  # an approval mailed for one week's issue is of no use after a week
_BODY = re.compile(r"<body\b[^>]*>")
MAX_NOTES = 30  # lines of doubts in the mail; the rest are counted


def review_notes(cfg: Config, artefact: Artefact, slow: bool = True) -> list[str]:
    """What an editor should look at before approving: doubts, warnings and failed checks (the slow ones run
    unless `slow` is false, when only results already at hand count)."""
    failed = [r for r in quick_checks(cfg, artefact) + slow_report(cfg, artefact, run=slow) if not r.ok]
    return artefact.unsure() + [f"check failed: {r.name}: {r.detail}" for r in failed]


def approve_link(cfg: Config, secret: bytes, editor: str, artefact: Artefact, now: float) -> str:
    """A signed, single-use link that approves this content of the issue, for one editor."""
    from .deliver import list_id

    token = sign(secret, PURPOSE, editor, list_id(cfg), expires=int(now) + LINK_SECONDS,
                 extra={"w": artefact.week, "h": artefact.hash, "n": secrets.token_urlsafe(8)})
    return f"{cfg.newsletter.base_url.rstrip('/')}/approve?t={token}"


def read_link(cfg: Config, secret: bytes, token: str, now: float) -> dict:
    """The claims (editor `e`, week `w`, content hash `h`) of a valid approve link; BadToken otherwise."""
    from .deliver import list_id

    claims = verify_claims(secret, token, PURPOSE, now=int(now))
    if claims.get("l") != list_id(cfg) or not isinstance(claims.get("w"), str) or not isinstance(claims.get("h"), str):
        raise BadToken("this link is not an approve link of this newsletter")
    return claims


def request_approval(cfg: Config, artefact: Artefact, now: float | None = None) -> list[str]:
    """Mail every editor the issue to approve, with its doubts and their own approve link; returns the addresses."""
    from .deliver import signing_key
    from .deliver.one import Letter, send_one
    from .store import Store

    now = time.time() if now is None else now
    secret, _ = signing_key(cfg)
    notes = review_notes(cfg, artefact)
    shown = notes[:MAX_NOTES] + ([f"… and {len(notes) - MAX_NOTES} more"] if len(notes) > MAX_NOTES else [])
    rendered = render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    key = f"{artefact.week}-approve"
    for editor in cfg.editor_addresses():  # each editor's own approve link: one message each
        link = approve_link(cfg, secret, editor, artefact, now)
        text, head = _review_text(artefact, shown, link), _review_html(artefact, shown, link)
        body = _BODY.sub(lambda m, head=head: m.group(0) + head, rendered.html, count=1)
        letter = Letter(key, f"[To approve] {artefact.issue.subject}", text + "\n" + rendered.text, body)
        send_one(cfg, letter, [(editor, "Editors")], f"{key}-{artefact.hash[:16]}-{editor}", secret=secret)
    Store.from_config(cfg).set_flag(f"review-sent:{artefact.week}", artefact.hash)
    return cfg.editor_addresses()


def review_sent(cfg: Config, week: str) -> str | None:
    """The content hash last mailed to the editors for `week`, or None."""
    from .store import Store

    return Store.from_config(cfg).flag(f"review-sent:{week}")


def _review_text(artefact: Artefact, notes: list[str], link: str) -> str:
    doubts = "\n".join(f"- {n}" for n in notes) or "- nothing: every check passed and every speaker is sure"
    return (f"The {artefact.week} issue is built and waits for your approval (content {artefact.hash[:12]}).\n\n"
            f"What the program was unsure of:\n{doubts}\n\nApprove exactly this issue: {link}\n"
            f"(or run `newsletter approve --week {artefact.week}`). A rebuild with other content needs approving "
            "again.\n\n" + "-" * 40 + "\n")


def _review_html(artefact: Artefact, notes: list[str], link: str) -> str:
    doubts = "".join(f"<li>{html.escape(n)}</li>" for n in notes) or "<li>nothing: every check passed</li>"
    return (f'<div style="font-family:sans-serif;border:2px solid #b35c00;padding:12px;margin:12px">'
            f"<p><b>The {html.escape(artefact.week)} issue waits for your approval</b> "
            f"(content {artefact.hash[:12]}).</p><p>What the program was unsure of:</p><ul>{doubts}</ul>"
            f'<p><a href="{html.escape(link)}">Approve exactly this issue</a></p></div>')


def approve_from_link(cfg: Config, state, secret: bytes, token: str, now: float) -> dict:
    """Approve the content a link names, once; BadToken for a bad, used or expired link."""
    claims = read_link(cfg, secret, token, now)
    if not state.first_use(PURPOSE, token, claims["x"], now):
        raise BadToken("this link has already been used", hint="the issue is approved; nothing more to do")
    approve(cfg, claims["w"], claims["h"], f"link:{claims['e']}")
    return claims


__all__ = ["request_approval", "approve_from_link", "read_link", "review_notes", "review_sent"]
