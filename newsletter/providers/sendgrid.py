"""SendGrid: POST /v3/mail/send with one personalization per subscriber (up to 1,000 a call).

The body is sent once with a substitution tag where each subscriber's token
goes; SendGrid answers 202 for the whole batch or refuses it whole.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import TYPE_CHECKING

from ..tokens import TOKEN_PLACEHOLDER
from ..webhooks import BadWebhook, WebhookRefused, WebhookRequest, address, json_body
from . import Provider, register
from .http_api import HttpTransport, api_key, api_settings, http_probe
from .transport import Receipt, by_variant

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

_TAG = "-nltoken-"
_BAD_PERSONALIZATION = re.compile(r"personalizations\.(\d+)")
_REASONS = {"bounce": "bounced", "dropped": "bounced", "spamreport": "complained"}
SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature"
TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp"


SendGridSettings = api_settings("SendGridSettings", "https://api.sendgrid.com", "SENDGRID_API_KEY")


class SendGridTransport(HttpTransport):
    name = "sendgrid"
    batch_size = 1000
    one_body_per_call = True  # the loop gives it batches of one variant: one call each

    def calls(self, batch: list[Outgoing]) -> list[list[Outgoing]]:
        return by_variant(batch)

    def send_call(self, group: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        first = group[0]
        env = first.prepared.env
        payload = {
            "personalizations": [{
                "to": [{"email": m.address, **({"name": m.name} if m.name else {})}],
                "substitutions": {_TAG: m.token},
                "headers": {k: v for k, v in m.headers.items()},
            } for m in group],
            "from": {"email": env.sender, "name": env.sender_name},
            **({"reply_to": {"email": env.reply_to}} if env.reply_to else {}),
            "subject": first.subject,
            "content": [{"type": "text/plain", "value": first.prepared.text.replace(TOKEN_PLACEHOLDER, _TAG)},
                        {"type": "text/html", "value": first.prepared.html.replace(TOKEN_PLACEHOLDER, _TAG)}],
        }
        resp = self.post("/v3/mail/send", json=payload, headers={"Authorization": f"Bearer {self.key}"})
        if resp.status_code == 202:
            provider_id = resp.headers.get("X-Message-Id")
            return [Receipt(m.email, "sent", provider_id=provider_id) for m in group]
        if resp.status_code == 400:
            # SendGrid refuses the whole call for one bad address; name it and let the others go again.
            errors = resp.json().get("errors", []) if resp.headers.get("content-type", "").startswith(
                "application/json") else []
            bad = {int(m.group(1)): e.get("message", "") for e in errors
                   for m in [_BAD_PERSONALIZATION.search(e.get("field") or "")] if m}
            if bad:
                # An address SendGrid will not take is not a mailbox that bounced: failed, not suppressed.
                return [Receipt(m.email, "permanent", error=f"SendGrid: {bad[i]}") if i in bad
                        else Receipt(m.email, "untried") for i, m in enumerate(group)]
        self.refuse(resp)


def from_config(cfg, issue: str) -> SendGridTransport:
    return SendGridTransport(cfg.delivery.sendgrid.api_url, api_key(cfg, "sendgrid"))


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


def read_webhook(request: WebhookRequest) -> list[tuple[str, str]]:
    """Bounces, drops and spam reports of a signed event webhook (ECDSA over timestamp + body)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    body, public_key = request.body, request.keys.sendgrid_public_key
    if not public_key:
        raise WebhookRefused("no [server] sendgrid_public_key configured")
    signature, stamp = request.headers.get(SIGNATURE, ""), request.headers.get(TIMESTAMP, "")
    if not signature or not stamp:
        raise WebhookRefused("the signature headers are missing")
    try:
        raw_signature = base64.b64decode(signature, validate=True)
        load_sendgrid_key(public_key).verify(raw_signature, stamp.encode("utf-8") + body, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, binascii.Error, ValueError, UnicodeEncodeError):
        raise WebhookRefused("bad signature") from None
    # The signature covers the body, so a replay can only repeat the same suppressions: no window needed.
    events = json_body(body)
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise BadWebhook("the body is not a list of events")
    return [(address(e.get("email")), _REASONS[e["event"]]) for e in events
            if isinstance(e.get("event"), str) and e["event"] in _REASONS]


register(Provider("sendgrid", "SendGrid", SendGridSettings, from_config, read_webhook,
                  http_probe("/v3/scopes", lambda key: {"headers": {"Authorization": f"Bearer {key}"}})))
