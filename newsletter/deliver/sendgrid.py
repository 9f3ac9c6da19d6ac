"""SendGrid: POST /v3/mail/send with one personalization per subscriber (up to 1,000 a call).

The body is sent once with a substitution tag where each subscriber's token
goes; SendGrid answers 202 for the whole batch or refuses it whole.
"""

from __future__ import annotations

import re

from ..tokens import TOKEN_PLACEHOLDER
from .http import HttpTransport, api_key
from .mime import Outgoing
from .transport import Receipt, by_variant

_TAG = "-nltoken-"
_BAD_PERSONALIZATION = re.compile(r"personalizations\.(\d+)")


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
