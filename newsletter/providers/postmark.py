"""Postmark: POST /email/batch, up to 500 messages, one result per message (ErrorCode 0 = accepted).

Only ErrorCode 406 (an inactive recipient: bounced, complained or unsubscribed) suppresses; 300
about the recipient's own address fails that message alone; any other error is about the sender,
the account or the request (300 invalid request, 400/401 sender signature, 405 account, 412
pending approval): the send stops and nobody is suppressed.
"""

from __future__ import annotations

import hmac
import json
from email.utils import formataddr
from typing import TYPE_CHECKING

from ..errors import SendStopped
from ..tokens import TOKEN_PLACEHOLDER
from ..webhooks import BadWebhook, WebhookRefused, WebhookRequest, address, json_body
from . import Provider, register
from .http_api import HttpTransport, api_key, api_settings, http_probe
from .transport import Receipt

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

_INACTIVE = 406
_INVALID_REQUEST = 300
_TRANSIENT = {429, 500, 100}
_HARD_BOUNCES = ("HardBounce", "BadEmailAddress", "ManuallyDeactivated")


PostmarkSettings = api_settings("PostmarkSettings", "https://api.postmarkapp.com", "POSTMARK_TOKEN")


class PostmarkTransport(HttpTransport):
    name = "postmark"
    batch_size = 500

    def send_call(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        resp = self.post("/email/batch", data=BatchBody(batch), headers={
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


class BatchBody:
    """The JSON array of a batch, made one message at a time as the connection takes it.

    A whole 500-message body is about 22 MB of copies of the issue; streamed, a worker holds one
    message's worth. Its length is known in advance (requests then sends Content-Length, not chunked):
    each variant's bodies are JSON-encoded once, and a message's are those with the token put in.
    """

    def __init__(self, batch: list[Outgoing]):
        self.batch = batch
        self.bodies: dict[int, tuple[bytes, bytes]] = {}  # per variant (PreparedMessage): encoded text, html
        self.length = 2 + max(len(batch) - 1, 0) + sum(len(self._message(m)) for m in batch)

    def __len__(self) -> int:
        return self.length

    def __iter__(self):
        yield b"["
        for i, m in enumerate(self.batch):
            yield (b"," if i else b"") + self._message(m)
        yield b"]"

    def _message(self, m: Outgoing) -> bytes:
        prepared = m.prepared
        if id(prepared) not in self.bodies:
            self.bodies[id(prepared)] = (_encode(prepared.text), _encode(prepared.html))
        text, html = self.bodies[id(prepared)]
        token = _encode(m.token)[1:-1]
        env = prepared.env
        head = _encode({"From": formataddr((env.sender_name, env.sender)), "To": formataddr((m.name, m.address)),
                        "ReplyTo": env.reply_to or None, "Subject": m.subject})
        tail = _encode({"Headers": [{"Name": k, "Value": v} for k, v in m.headers.items()],
                        "MessageStream": "broadcast"})
        # JSON escapes character by character and the placeholder has nothing to escape, so putting the
        # token into the encoded body equals encoding the body with the token in it.
        return (head[:-1] + b', "TextBody": ' + text.replace(_TOKEN, token) + b', "HtmlBody": '
                + html.replace(_TOKEN, token) + b", " + tail[1:])


def _encode(value) -> bytes:
    return json.dumps(value).encode("utf-8")


_TOKEN = _encode(TOKEN_PLACEHOLDER)[1:-1]


def from_config(cfg, issue: str) -> PostmarkTransport:
    return PostmarkTransport(cfg.delivery.postmark.api_url, api_key(cfg, "postmark"))



def read_webhook(request: WebhookRequest) -> list[tuple[str, str]]:
    """Hard bounces and spam complaints; the shared secret comes as the basic-auth password or ?key=."""
    given = request.password if request.password is not None else request.args.get("key", "")
    secret = request.keys.shared_secret
    if not secret or not hmac.compare_digest(secret.encode(), given.encode()):
        raise WebhookRefused("wrong or missing shared secret")
    payload = json_body(request.body)
    if not isinstance(payload, dict):
        raise BadWebhook("the body is not an object")
    kind = payload.get("RecordType")
    if kind == "Bounce" and payload.get("Type") in _HARD_BOUNCES:
        return [(address(payload.get("Email")), "bounced")]
    if kind == "SpamComplaint":
        return [(address(payload.get("Email")), "complained")]
    return []


register(Provider("postmark", "Postmark", PostmarkSettings, from_config, read_webhook,
                  http_probe("/server", lambda key: {"headers": {"X-Postmark-Server-Token": key,
                                                                 "Accept": "application/json"}})))
