"""Signed tokens for unsubscribe, preference and confirmation links (HMAC-SHA256, compared in constant time).

Subscriber tokens have a fixed length (SUBSCRIBER_TOKEN_LEN) so they can be
filled into prepared message bytes without re-encoding anything: they carry
the subscriber's address hash (the key of the suppression list) and the list's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from .errors import BadToken

DEV_SECRET = b"newsletter-development-key-do-not-use-for-real-mail"
SUBSCRIBER_TOKEN_LEN = 50
# Stands in a rendered issue's links for each subscriber's token until their message is filled in: letters and
# digits only, so HTML escaping, MJML and quoted-printable all leave it as it is.
TOKEN_PLACEHOLDER = "NLTOKEN0000"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(secret: bytes, purpose: str, email: str, list_id: str, expires: int | None = None,
         extra: dict | None = None) -> str:
    """A URL-safe token naming the subscriber and the list, for one purpose ("unsubscribe", "confirm").

    `extra` claims (one-letter keys other than e, l, p, x) ride along signed.
    """
    claims = {**(extra or {}), "e": email, "l": list_id, "p": purpose}
    if expires is not None:
        claims["x"] = expires
    payload = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    mac = hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest()[:18]
    return f"{payload}.{_b64(mac)}"


def verify(secret: bytes, token: str, purpose: str, now: int | None = None) -> tuple[str, str]:
    """(email, list id) of a valid token; BadToken for anything altered, forged, expired or misused."""
    claims = verify_claims(secret, token, purpose, now)
    return claims["e"], claims["l"]


def verify_claims(secret: bytes, token: str, purpose: str, now: int | None = None) -> dict:
    """Every claim of a valid token; BadToken for anything altered, forged, expired or misused."""
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
    return claims


def address_hash(email: str) -> str:
    """The hex SHA-256 of a normalised address: how suppressions and tokens name a subscriber."""
    return hashlib.sha256(email.strip().casefold().encode("utf-8")).hexdigest()


def _list_tag(list_id: str) -> bytes:
    return hashlib.sha256(list_id.encode("utf-8")).digest()[:4]


def subscriber_token(secret: bytes, email: str, list_id: str) -> str:
    """A 50-character token naming one subscriber of one list, for unsubscribe and preference links."""
    payload = _b64(bytes.fromhex(address_hash(email))[:16] + _list_tag(list_id))
    mac = hmac.new(secret, b"subscriber:" + payload.encode("ascii"), hashlib.sha256).digest()[:16]
    return f"{payload}.{_b64(mac)}"


def read_subscriber_token(secret: bytes, token: str, list_id: str) -> str:
    """The subscriber's address-hash prefix (32 hex digits) of a valid token for this list; BadToken otherwise."""
    if len(token) != SUBSCRIBER_TOKEN_LEN or token.count(".") != 1 or not token.isascii():
        raise BadToken("the link is not a valid token")
    payload, mac = token.split(".")
    expected = hmac.new(secret, b"subscriber:" + payload.encode("ascii"), hashlib.sha256).digest()[:16]
    try:
        given = _unb64(mac)
        raw = _unb64(payload)
    except (ValueError, UnicodeError):
        raise BadToken("the link is not a valid token") from None
    if not hmac.compare_digest(given, expected):
        raise BadToken("the link's signature does not match")
    if not hmac.compare_digest(raw[16:], _list_tag(list_id)):
        raise BadToken("the link is for another list")
    return raw[:16].hex()
