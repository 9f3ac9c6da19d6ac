"""Mailgun: POST /v3/{domain}/messages with recipient-variables (up to 1,000 a call).

With recipient-variables Mailgun sends each address its own message, so no
subscriber ever sees the list; each token is filled in with %recipient.token%.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from email.utils import formataddr
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..settings import setting
from ..tokens import TOKEN_PLACEHOLDER
from ..webhooks import BadWebhook, WebhookRefused, WebhookRequest, address, json_body
from . import Provider, register
from .http_api import HttpTransport, api_key, api_settings, http_probe
from .transport import Receipt, by_variant

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

_VAR = "%recipient.token%"
_MID = "%recipient.mid%"  # each message keeps our Message-ID, so a resend after a crash can be dropped
# Mailgun signs a timestamp, not the body: a signature older (or newer) than this is refused, and a
# token seen inside the window is refused too, so a captured signature cannot carry another recipient.
WEBHOOK_WINDOW = 15 * 60
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_HEX_SIGNATURE = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass
class MailgunSettings(api_settings("MailgunApi", "https://api.mailgun.net", "MAILGUN_API_KEY")):
    domain: str = setting("Sending domain (Mailgun only).", "")


class MailgunTransport(HttpTransport):
    name = "mailgun"
    batch_size = 1000
    one_body_per_call = True  # the loop gives it batches of one variant: one call each

    def __init__(self, api_url: str, key: str, domain: str, session=None):
        super().__init__(api_url, key, session)
        self.domain = domain

    def calls(self, batch: list[Outgoing]) -> list[list[Outgoing]]:
        return by_variant(batch)

    def send_call(self, group: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        first = group[0]
        env = first.prepared.env
        unsubscribe = f"<{env.base_url}/unsubscribe?t={_VAR}>, <mailto:{env.reply_to or env.sender}?subject=unsubscribe>"
        data = [("from", formataddr((env.sender_name, env.sender))),
                *[("to", formataddr((m.name, m.address))) for m in group],
                ("subject", first.subject),
                ("text", first.prepared.text.replace(TOKEN_PLACEHOLDER, _VAR)),
                ("html", first.prepared.html.replace(TOKEN_PLACEHOLDER, _VAR)),
                ("recipient-variables", json.dumps({m.address: {"token": m.token, "mid": m.message_id}
                                                    for m in group})),
                ("h:Message-Id", _MID),
                ("h:List-Unsubscribe", unsubscribe),
                ("h:List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("h:List-ID", first.headers["List-ID"])]
        if env.reply_to:
            data.append(("h:Reply-To", env.reply_to))
        resp = self.post(f"/v3/{self.domain}/messages", data=data, auth=("api", self.key))
        if resp.status_code != 200:
            self.refuse(resp)
        provider_id = resp.json().get("id")
        return [Receipt(m.email, "sent", provider_id=provider_id) for m in group]


def from_config(cfg, issue: str) -> MailgunTransport:
    section = cfg.delivery.mailgun
    if not section.domain:
        raise ConfigError("delivery.mailgun.domain: required for Mailgun", hint="set it to your sending domain")
    return MailgunTransport(section.api_url, api_key(cfg, "mailgun"), section.domain)


def read_webhook(request: WebhookRequest) -> list[tuple[str, str]]:
    """Permanent failures and complaints; the signature is checked and each token works once."""
    data = json_body(request.body)
    sig = data.get("signature") if isinstance(data, dict) else None
    if not isinstance(sig, dict):
        raise BadWebhook("no signature object")
    stamp, token, signature = (str(sig.get(k, "")) if isinstance(sig.get(k), (str, int)) else ""
                               for k in ("timestamp", "token", "signature"))
    if not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12 or not _TOKEN.match(token) \
            or not _HEX_SIGNATURE.match(signature):
        raise BadWebhook("the signature's timestamp, token or signature is malformed")
    key, now = request.keys.mailgun_key, request.now
    if not key:
        raise WebhookRefused("no Mailgun signing key configured")
    expected = hmac.new(key.encode(), f"{stamp}{token}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.lower().encode()):
        raise WebhookRefused("bad signature")
    if abs(now - int(stamp)) > WEBHOOK_WINDOW:
        raise WebhookRefused("the signature's timestamp is too old")
    if not request.first_use("mailgun:" + token, int(stamp) + WEBHOOK_WINDOW):
        raise WebhookRefused("this signature was used before")
    event = data.get("event-data")
    if not isinstance(event, dict):
        raise BadWebhook("no event-data object")
    if event.get("event") == "failed" and event.get("severity") == "permanent":
        return [(address(event.get("recipient")), "bounced")]
    if event.get("event") == "complained":
        return [(address(event.get("recipient")), "complained")]
    return []


register(Provider("mailgun", "Mailgun", MailgunSettings, from_config, read_webhook,
                  http_probe("/v3/domains/{domain}", lambda key: {"auth": ("api", key)})))
