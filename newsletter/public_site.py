"""What every page of the public site shares (`newsletter serve`, see public.py): the page around each
form, the double-submit CSRF cookie, form fields, and reading a subscriber's or a confirmation's token."""

from __future__ import annotations

import hmac
import html
import secrets
from dataclasses import dataclass
from typing import Callable

from flask import Response, abort, request

from .built_issues import BuiltIssues
from .config import Config
from .deliver import list_id, signing_key
from .deliver.ledger import Ledger
from .public_state import PublicState
from .subscribers import SubscriberStore
from .tokens import BadToken, read_subscriber_token, verify_claims
from .webhooks import WebhookKeys

MAX_TOKEN = 2000  # longer than any link we sign
MAX_FIELD = 320  # the longest email address (RFC 3696); no field of these forms needs more
_CSRF_COOKIE = "nl_csrf"


@dataclass
class Site:
    """What every page of one newsletter's site shares: its stores, its signing key and how it answers."""

    cfg: Config
    now: Callable[[], float]
    secret: bytes
    lid: str
    ledger: Ledger
    built: BuiltIssues
    store: SubscriberStore
    state: PublicState
    webhook_keys: WebhookKeys

    @classmethod
    def from_config(cls, cfg: Config, now: Callable[[], float]) -> "Site":
        secret, _ = signing_key(cfg)
        return cls(cfg, now, secret, list_id(cfg), Ledger.from_config(cfg), BuiltIssues.from_config(cfg),
                   SubscriberStore.from_config(cfg), PublicState.from_config(cfg), WebhookKeys.from_config(cfg))

    @property
    def name(self) -> str:
        return self.cfg.newsletter.name

    def page(self, title: str, body: str, status: int = 200, csrf: str | None = None) -> Response:
        """A small HTML page under the newsletter's name; with `csrf`, it sets the form's cookie too."""
        cfg = self.cfg
        doc = (f'<!doctype html><html lang="{html.escape(cfg.newsletter.language)}"><head><meta charset="utf-8">'
               f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{html.escape(title)}</title>'
               '<style>body{font-family:Georgia,serif;max-width:34rem;margin:2rem auto;padding:0 1rem;line-height:1.5}'
               'input,select,button{font-size:1rem;padding:.4rem;margin:.2rem 0}label{display:block;margin:.6rem 0}'
               f'</style></head><body><h1>{html.escape(self.name)}</h1><h2>{html.escape(title)}</h2>{body}</body></html>')
        resp = Response(doc, status=status, mimetype="text/html")
        resp.headers["Cache-Control"] = "no-store"
        if csrf:
            # Read per response: `serve` may point base_url at its own local address once it knows its port.
            resp.set_cookie(_CSRF_COOKIE, csrf, httponly=True, samesite="Strict",
                            secure=cfg.newsletter.base_url.startswith("https://"))
        return resp

    def error(self, message: str, status: int = 400) -> Response:
        return self.page("That link did not work", f"<p>{html.escape(message)}</p>", status)

    def csrf_field(self) -> tuple[str, str]:
        token = request.cookies.get(_CSRF_COOKIE) or secrets.token_urlsafe(24)
        return token, f'<input type="hidden" name="csrf" value="{html.escape(token)}">'

    def csrf_ok(self) -> bool:
        cookie, field = request.cookies.get(_CSRF_COOKIE, ""), request.form.get("csrf", "")
        return bool(cookie) and hmac.compare_digest(cookie.encode(), field.encode())

    def field(self, key: str) -> str:
        value = request.form.get(key, "")
        if len(value) > MAX_FIELD:
            abort(413)
        return value.strip()

    def subscriber_for(self, token: str):
        """(stored subscriber or None, address hash prefix) for a valid token; BadToken otherwise."""
        prefix = read_subscriber_token(self.secret, token, self.lid)
        return self.store.by_hash_prefix(prefix), prefix

    def check_inbox(self) -> Response:
        # The same answer whether or not the address is already subscribed: no one can probe the list.
        return self.page("Check your inbox", "<p>We sent you a link. Click it within two days to confirm; "
                                             "nothing is added until you do.</p>")

    def confirmation(self, token: str) -> dict:
        """The claims of an unused confirmation link for this list; BadToken otherwise."""
        claims = verify_claims(self.secret, token, "confirm", now=int(self.now()))
        if claims.get("l") != self.lid:
            raise BadToken("this link is for another newsletter")
        if self.state.was_used("confirm", token, self.now()):
            raise BadToken("this link has already been used", hint="you are subscribed; nothing more to do")
        return claims
