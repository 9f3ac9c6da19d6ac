"""Postmark: POST /email/batch, up to 500 messages, one result per message (ErrorCode 0 = accepted)."""

from __future__ import annotations

import json
from email.utils import formataddr

from .http import HttpTransport, api_key
from .mime import Outgoing
from .transport import Receipt

# ErrorCode 406: inactive (bounced, complained or unsubscribed) recipient; 300: invalid address.
_SUPPRESS = {300, 406}
_TRANSIENT = {429, 500, 100}


class PostmarkTransport(HttpTransport):
    name = "postmark"
    batch_size = 500

    def send(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        # Encoded one message at a time: a 500-message batch never exists as dicts, a string and bytes at once.
        body = bytearray(b"[")
        for i, m in enumerate(batch):
            if i:
                body += b","
            body += json.dumps(_message(m)).encode("utf-8")
        body += b"]"
        resp = self.post("/email/batch", data=body, headers={
            "X-Postmark-Server-Token": self.key, "Accept": "application/json", "Content-Type": "application/json"})
        if resp.status_code != 200:
            self.refuse(resp)
        receipts = []
        for msg, result in zip(batch, resp.json()):  # results come in the order of the messages
            code = int(result.get("ErrorCode", -1))
            if code == 0:
                receipts.append(Receipt(msg.email, "sent", provider_id=result.get("MessageID")))
            elif code in _TRANSIENT:
                receipts.append(Receipt(msg.email, "transient", error=f"Postmark {code}: {result.get('Message')}"))
            else:
                receipts.append(Receipt(msg.email, "permanent", error=f"Postmark {code}: {result.get('Message')}",
                                        hard_bounce=code in _SUPPRESS))
        return receipts


def _message(m: Outgoing) -> dict:
    env = m.prepared.env
    return {"From": formataddr((env.sender_name, env.sender)), "To": formataddr((m.name, m.email)),
            "ReplyTo": env.reply_to or None, "Subject": m.subject, "TextBody": m.text, "HtmlBody": m.html,
            "Headers": [{"Name": k, "Value": v} for k, v in m.headers.items()], "MessageStream": "broadcast"}


def from_config(cfg, issue: str) -> PostmarkTransport:
    return PostmarkTransport(cfg.delivery.postmark.api_url, api_key(cfg, "postmark"))
