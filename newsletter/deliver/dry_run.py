"""`send --dry-run` and `send --to`: who would get the issue, and one [TEST] copy; neither touches the ledger."""

from __future__ import annotations

from ..build import built_issue, make_issue
from ..config import Config
from ..errors import DeliveryError
from ..personal import ONLY, shows_mode
from ..render import RenderSettings, render_issue
from ..subscribers.fields import normalise_email
from ..subscribers import SubscriberStore
from ..tokens import address_hash
from ..words import counted
from .ledger import Ledger
from .one import Letter, send_one
from .snapshot import variant_key


def dry_run(cfg: Config, week: str) -> str:
    """Who would get the issue, and how many renderings it takes; sends and records nothing."""
    from ..built_issues import load_built

    built = load_built(cfg, week)  # the copy `send` would deliver, not whatever build/ holds now
    store = SubscriberStore.from_config(cfg)
    issue = built.issue if built else make_issue(cfg, week, followed=store.followed_shows())[0]
    suppressed = Ledger.from_config(cfg).suppressed_hashes()
    active, variants = 0, set()
    for batch in store.batches("active"):
        for s in batch:
            if address_hash(s.email) not in suppressed:
                active += 1
                variants.add(variant_key(s.timezone or cfg.newsletter.timezone, s.shows, shows_mode(s) == ONLY))
    inactive = sum(store.count().values()) - active
    return (f"{week}: would send \"{issue.subject}\" to {counted(active, 'subscriber')} in {counted(len(variants), 'variant')} "
            f"through {cfg.delivery.provider} ({inactive} inactive or suppressed)")


def send_test(cfg: Config, week: str, address: str) -> str:
    """One copy of the built issue (built first if it never was) to `address`, subject marked [TEST]."""
    try:
        address = normalise_email(address)
    except ValueError as exc:
        raise DeliveryError(f"--to {address}: {exc}", hint="give a full email address") from None
    issue = built_issue(cfg, week, followed=SubscriberStore.from_config(cfg).followed_shows()).issue
    rendered = render_issue(issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    letter = Letter(f"{week}-test", f"[TEST] {issue.subject}", rendered.text, rendered.html)
    (receipt,) = send_one(cfg, letter, [(address, "")], f"{week}-test:{address}")
    if receipt.status != "sent":
        raise DeliveryError(f"test copy to {address} was refused: {receipt.error}")
    return f"Sent a test copy of {week} to {address} through {cfg.delivery.provider}"
