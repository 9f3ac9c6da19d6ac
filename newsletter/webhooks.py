"""Bounce and complaint webhooks of the mail providers: prove the request is theirs, then read the addresses.

Each reader takes the raw body and headers and returns (address, reason) pairs,
or raises `WebhookRefused` (403: not authentic, or a replay) or `BadWebhook`
(400: not the shape the provider sends). Nothing a caller sends becomes a 500.

    mailgun   HMAC-SHA256 of timestamp + token with the signing key; each token works once
    sendgrid  ECDSA (P-256, SHA-256) over timestamp + raw body with the public key from the config
    postmark  a shared secret as the basic-auth password or ?key=
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from dataclasses import dataclass

# Mailgun signs a timestamp, not the body: a signature older (or newer) than this is refused, and a
# token seen inside the window is refused too, so a captured signature cannot carry another recipient.
MAILGUN_WINDOW = 15 * 60
# Postmark bounce webhooks can carry the whole bounced message; bigger than this is not a bounce report.
MAX_BODY = 1024 * 1024
MAX_ADDRESS = 320
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_HEX_SIGNATURE = re.compile(r"^[0-9a-fA-F]{64}$")
_SENDGRID_REASONS = {"bounce": "bounced", "dropped": "bounced", "spamreport": "complained"}
_POSTMARK_HARD = ("HardBounce", "BadEmailAddress", "ManuallyDeactivated")
SENDGRID_SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature"
SENDGRID_TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp"


class WebhookRefused(Exception):
    """Not from the provider, or a replay: answered 403."""


class BadWebhook(Exception):
    """Not the shape the provider sends: answered 400."""


@dataclass(frozen=True)
class WebhookKeys:
    shared_secret: str = ""
    mailgun_key: str = ""
    sendgrid_public_key: str = ""

    @classmethod
    def from_config(cls, cfg) -> "WebhookKeys":
        s = cfg.server
        return cls(cfg.secret(s.webhook_secret_env) or "", cfg.secret(s.mailgun_signing_key_env) or "",
                   s.sendgrid_public_key)


def load_sendgrid_key(text: str):
    """The EC public key SendGrid shows under Mail Settings (base64 DER, or PEM); ValueError when it is not one."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_der_public_key, load_pem_public_key

    text = text.strip()
    try:
        key = load_pem_public_key(text.encode()) if text.startswith("-----") else \
            load_der_public_key(base64.b64decode(text, validate=True))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ValueError(f"not a public key ({exc})") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise ValueError("not an elliptic-curve (ECDSA) public key")
    return key


def read_webhook(provider: str, body: bytes, headers, args, password: str | None, keys: WebhookKeys,
                 first_use, now: float) -> list[tuple[str, str]]:
    """(address, reason) pairs of one provider's webhook; `first_use(token, expires_at)` records a token once."""
    if provider == "mailgun":
        return _mailgun(body, keys.mailgun_key, first_use, now)
    if provider == "sendgrid":
        return _sendgrid(body, headers, keys.sendgrid_public_key)
    if provider == "postmark":
        given = password if password is not None else args.get("key", "")
        if not keys.shared_secret or not hmac.compare_digest(keys.shared_secret.encode(), given.encode()):
            raise WebhookRefused("wrong or missing shared secret")
        return _postmark(_json(body))
    raise WebhookRefused(f"no webhook for {provider}")


def _json(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadWebhook("the body is not JSON") from None


def _address(value) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_ADDRESS:
        raise BadWebhook("an address is not a string")
    return value


def _mailgun(body: bytes, key: str, first_use, now: float) -> list[tuple[str, str]]:
    data = _json(body)
    sig = data.get("signature") if isinstance(data, dict) else None
    if not isinstance(sig, dict):
        raise BadWebhook("no signature object")
    stamp, token, signature = (str(sig.get(k, "")) if isinstance(sig.get(k), (str, int)) else ""
                               for k in ("timestamp", "token", "signature"))
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12 or not _TOKEN.match(token) \
            or not _HEX_SIGNATURE.match(signature):
        raise BadWebhook("the signature's timestamp, token or signature is malformed")
    if not key:
        raise WebhookRefused("no Mailgun signing key configured")
    expected = hmac.new(key.encode(), f"{stamp}{token}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.lower().encode()):
        raise WebhookRefused("bad signature")
    if abs(now - int(stamp)) > MAILGUN_WINDOW:
        raise WebhookRefused("the signature's timestamp is too old")
    if not first_use("mailgun:" + token, int(stamp) + MAILGUN_WINDOW):
        raise WebhookRefused("this signature was used before")
    event = data.get("event-data")
    if not isinstance(event, dict):
        raise BadWebhook("no event-data object")
    if event.get("event") == "failed" and event.get("severity") == "permanent":
        return [(_address(event.get("recipient")), "bounced")]
    if event.get("event") == "complained":
        return [(_address(event.get("recipient")), "complained")]
    return []


def _sendgrid(body: bytes, headers, public_key: str) -> list[tuple[str, str]]:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    if not public_key:
        raise WebhookRefused("no [server] sendgrid_public_key configured")
    signature, stamp = headers.get(SENDGRID_SIGNATURE, ""), headers.get(SENDGRID_TIMESTAMP, "")
    if not signature or not stamp:
        raise WebhookRefused("the signature headers are missing")
    try:
        raw_signature = base64.b64decode(signature, validate=True)
        load_sendgrid_key(public_key).verify(raw_signature, stamp.encode("utf-8") + body, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, binascii.Error, ValueError, UnicodeEncodeError):
        raise WebhookRefused("bad signature") from None
    # The signature covers the body, so a replay can only repeat the same suppressions: no window needed.
    events = _json(body)
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise BadWebhook("the body is not a list of events")
    return [(_address(e.get("email")), _SENDGRID_REASONS[e["event"]]) for e in events
            if isinstance(e.get("event"), str) and e["event"] in _SENDGRID_REASONS]


def _postmark(payload) -> list[tuple[str, str]]:
    if not isinstance(payload, dict):
        raise BadWebhook("the body is not an object")
    kind = payload.get("RecordType")
    if kind == "Bounce" and payload.get("Type") in _POSTMARK_HARD:
        return [(_address(payload.get("Email")), "bounced")]
    if kind == "SpamComplaint":
        return [(_address(payload.get("Email")), "complained")]
    return []
