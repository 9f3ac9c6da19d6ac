"""Postmark: POST /email/batch, up to 500 messages, one result per message (ErrorCode 0 = accepted).

Only ErrorCode 406 (an inactive recipient: bounced, complained or unsubscribed) suppresses; 300
about the recipient's own address fails that message alone; any other error is about the sender,
the account or the request (300 invalid request, 400/401 sender signature, 405 account, 412
pending approval): the send stops and nobody is suppressed.
"""

from __future__ import annotations

import json
from email.utils import formataddr

from ..errors import SendStopped
from .http import HttpTransport, api_key
from .mime import Outgoing
from .transport import Receipt

_INACTIVE = 406
_INVALID_REQUEST = 300
_TRANSIENT = {429, 500, 100}


class PostmarkTransport(HttpTransport):
    name = "postmark"
    batch_size = 500

    def send_call(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
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
            error = f"Postmark {code}: {result.get('Message')}"
            if code == 0:
                receipts.append(Receipt(msg.email, "sent", provider_id=result.get("MessageID")))
            elif code in _TRANSIENT:
                receipts.append(Receipt(msg.email, "transient", error=error))
            elif code == _INACTIVE:
                receipts.append(Receipt(msg.email, "permanent", error=error, hard_bounce=True))
            elif code == _INVALID_REQUEST and "'To'" in str(result.get("Message")):
                receipts.append(Receipt(msg.email, "permanent", error=error))
            else:
                halt = SendStopped(f"postmark: the provider refused the send: {error}",
                                   hint="the answer names what to fix (a sender signature, the account, the "
                                        "request); nobody was suppressed and the messages not yet sent stay "
                                        "pending")
                receipts.append(Receipt(msg.email, "stop", error=error, halt=halt))
        return receipts


def _message(m: Outgoing) -> dict:
    env = m.prepared.env
    return {"From": formataddr((env.sender_name, env.sender)), "To": formataddr((m.name, m.address)),
            "ReplyTo": env.reply_to or None, "Subject": m.subject, "TextBody": m.text, "HtmlBody": m.html,
            "Headers": [{"Name": k, "Value": v} for k, v in m.headers.items()], "MessageStream": "broadcast"}


def from_config(cfg, issue: str) -> PostmarkTransport:
    return PostmarkTransport(cfg.delivery.postmark.api_url, api_key(cfg, "postmark"))
