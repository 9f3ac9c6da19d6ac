"""Mailgun: POST /v3/{domain}/messages with recipient-variables (up to 1,000 a call).

With recipient-variables Mailgun sends each address its own message, so no
subscriber ever sees the list; each token is filled in with %recipient.token%.
"""

from __future__ import annotations

import json
from email.utils import formataddr

from ..errors import ConfigError
from ..tokens import TOKEN_PLACEHOLDER
from .http import HttpTransport, api_key
from .mime import Outgoing
from .transport import Receipt, by_variant

_VAR = "%recipient.token%"
_MID = "%recipient.mid%"  # each message keeps our Message-ID, so a resend after a crash can be dropped


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
