"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd), with switchable misbehaviour."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from collections import Counter, defaultdict
from email import policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    """Keeps every accepted message; can refuse, defer, delay or drop on cue.

    `mail_answer`, `rcpt_answer` and `data_answer` (a full reply line such as "550 5.7.1 Relaying
    denied") answer every MAIL, RCPT or end of DATA while set; `data_delay` holds the answer to the end
    of DATA that many seconds (the message is kept all the same); `on_data(rcpt)` runs for each message
    accepted, as a webhook arriving mid-send would. It offers PIPELINING (RFC 2920) as Postfix and Exim
    do, unless `pipelining` is False.
    """

    def __init__(self, drop_every: int = 0, defer_once: set[str] | None = None, refuse: set[str] | None = None,
                 pipelining: bool = True):
        self.pipelining = pipelining
        self.lock = threading.Lock()
        self.messages: list[tuple[str, str, bytes]] = []  # (recipient, Message-ID, raw)
        self.drop_every = drop_every
        self.defer_once = set(defer_once or ())
        self.refuse = set(refuse or ())
        self.deferred: set[str] = set()
        self.mail_answer: str | None = None
        self.rcpt_answer: str | None = None
        self.data_answer: str | None = None
        self.data_delay = 0.0
        self.on_data = None
        self.commands: list[str] = []  # MAIL, RCPT, DATA in the order they arrived

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")  # aiosmtpd reads pipelined commands in order already
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.commands.append("MAIL")
        if self.mail_answer:
            return self.mail_answer
        if self.drop_every and getattr(session, "nl_sent", 0) >= self.drop_every:
            # Like a real server: answer 421, then hang up (close() still flushes the answer).
            asyncio.get_running_loop().call_soon(server.transport.close)
            return "421 4.7.0 Too many messages on this connection, closing"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.commands.append("RCPT")
        if self.rcpt_answer:
            return self.rcpt_answer
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if address in self.defer_once and address not in self.deferred:
            self.deferred.add(address)
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_answer:
            return self.data_answer
        msg = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.messages.append((rcpt, msg["Message-ID"], envelope.original_content))
            session.nl_sent = getattr(session, "nl_sent", 0) + 1  # per connection (ids of dead sessions get reused)
        if self.on_data:
            for rcpt in envelope.rcpt_tos:
                self.on_data(rcpt)
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        return "250 2.0.0 Queued"

    def count(self) -> int:
        with self.lock:
            return len(self.messages)

    def ids_per_recipient(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        with self.lock:
            for rcpt, mid, _ in self.messages:
                out[rcpt].add(mid)
        return out

    def deliveries_per_recipient(self) -> Counter:
        with self.lock:
            return Counter(rcpt for rcpt, _, _ in self.messages)


class SmtpServer:
    """Start/stop an aiosmtpd server; optional STARTTLS/implicit TLS and AUTH."""

    def __init__(self, handler: Recorder, tls_context=None, implicit_tls: bool = False,
                 users: dict[str, str] | None = None):
        self.handler = handler
        self.port = free_port()
        kwargs = {}
        if users is not None:
            def authenticate(server, session, envelope, mechanism, auth_data):
                ok = isinstance(auth_data, LoginPassword) and \
                    users.get(auth_data.login.decode()) == auth_data.password.decode()
                return AuthResult(success=ok, handled=False)
            kwargs.update(authenticator=authenticate, auth_require_tls=tls_context is not None)
        if tls_context is not None and not implicit_tls:
            kwargs.update(tls_context=tls_context, require_starttls=True)
        if implicit_tls:
            kwargs.update(ssl_context=tls_context)
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port, server_hostname="localhost",
                                     **kwargs)

    def __enter__(self) -> "SmtpServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
