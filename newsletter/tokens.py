"""Signed tokens for unsubscribe and preference links (HMAC-SHA256, compared in constant time)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from .errors import NewsletterError

DEV_SECRET = b"newsletter-development-key-do-not-use-for-real-mail"


class BadToken(NewsletterError):
    default_hint = "the link is damaged or forged; use the link from a recent issue"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(secret: bytes, purpose: str, email: str, list_id: str, expires: int | None = None) -> str:
    """A URL-safe token naming the subscriber and the list, for one purpose ("unsubscribe", "preferences")."""
    claims = {"e": email, "l": list_id, "p": purpose}
    if expires is not None:
        claims["x"] = expires
    payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    mac = hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest()[:18]
    return f"{payload}.{_b64(mac)}"


def verify(secret: bytes, token: str, purpose: str, now: int | None = None) -> tuple[str, str]:
    """(email, list id) of a valid token; BadToken for anything altered, forged, expired or misused."""
    try:
        payload, mac = token.split(".")
        expected = hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest()[:18]
        if not hmac.compare_digest(_unb64(mac), expected):
            raise BadToken("the link's signature does not match")
        claims = json.loads(_unb64(payload))
    except (ValueError, UnicodeError, json.JSONDecodeError):
        raise BadToken("the link is not a valid token") from None
    if claims.get("p") != purpose:
        raise BadToken(f"this link is not an {purpose} link")
    if "x" in claims and now is not None and now > claims["x"]:
        raise BadToken("the link has expired", hint="ask for a new one")
    return claims["e"], claims["l"]
