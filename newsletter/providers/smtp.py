"""The SMTP transport: one connection reused for many messages, reconnecting when the server drops it.

smtplib opens the connection (TLS, EHLO, AUTH); each message's transaction is then
driven here, so every answer is read knowing which step it answers:

    MAIL FROM  5xx  the sender is refused: the send stops, nobody is suppressed
    RCPT TO    5.1.x (or a bare 550/551/553)  this mailbox does not exist: a hard bounce
               5.7.x, 5.3.x, 5.5.x, 554  relay, policy or system refusal: the send stops
               other 5xx  this recipient fails, not suppressed
    DATA end   5.1.x  a late mailbox refusal: a hard bounce; other 5xx: content refused, stop
               no answer within `data_timeout` after the message was handed over: unknown
    any 4xx    retried later; a lost or refused connection pauses the whole send

PIPELINING (RFC 2920) sends MAIL, RCPT and DATA in one write when the server offers it, and the next
message's MAIL, RCPT and DATA right behind this one's final dot (RFC 2920 lets message content lead a
group); once the server accepts them, that message's body follows at once, before this one's receipt
goes back to the loop. The server then reads the next body while the loop judges and records, instead
of waiting for the client's turn; the next final dot still waits for that commit. A message sent ahead
but not sent next is dropped with the connection, which the server discards unfinished.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..errors import ConfigError, SendStopped
from ..settings import setting
from . import Provider, register
from .transport import Receipt

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

_BARE_BOUNCE = {550, 551, 553}  # mailbox unavailable / not local / name not allowed, when no enhanced code
_STOP_SUBJECTS = {"3", "5", "7"}  # enhanced status X.3 system, X.5 protocol, X.7 security or policy
_STEPS = ("mail", "rcpt", "data")
_MAX_LINE = 8192  # RFC 5321 allows 512 octets a reply line; a longer one is a broken server
_ENHANCED = re.compile(rb"^([245])\.(\d{1,3})\.(\d{1,3})\b")
# RFC 5321 4.5.3.2.6: a client should wait 10 minutes for the reply to the end of DATA.
DATA_TIMEOUT = 600.0


@dataclass
class SmtpSettings:
    host: str = setting("SMTP server host.", "localhost")
    port: int = setting("SMTP server port.", 587)
    security: Literal["starttls", "tls", "none"] = setting("starttls, tls (implicit) or none.", "starttls")
    username: str = setting("SMTP user name; empty for no AUTH.", "")
    password_env: str = setting("Environment variable holding the SMTP password.", "SMTP_PASSWORD")
    timeout: float = setting("Seconds to wait for the server's answer to a command.", 30.0)
    data_timeout: float = setting("Seconds to wait for the answer once a message is handed over (RFC 5321: 600).",
                                  DATA_TIMEOUT)
    dkim_selector: str = setting("DKIM selector; empty to send unsigned (most relays sign for you).", "")
    dkim_domain: str = setting("DKIM signing domain (d=); empty means the From domain.", "")
    dkim_key_env: str = setting("Environment variable holding the DKIM private key (PEM).", "DKIM_PRIVATE_KEY")

    def problems(self, key: str) -> list[str]:
        """What the types alone cannot say is wrong, each under its dotted key."""
        found = [f"{key}.{name}: expected a positive number of seconds, got {value}"
                 for name, value in (("timeout", self.timeout), ("data_timeout", self.data_timeout)) if value <= 0]
        if not 0 < self.port < 65536:
            found.append(f"{key}.port: expected 1 to 65535, got {self.port}")
        return found


class _Lost(Exception):
    """The connection went away; `handed_over` says whether the whole message had been written."""

    def __init__(self, reason: str, handed_over: bool):
        super().__init__(reason)
        self.reason, self.handed_over = reason, handed_over


@dataclass
class _Ahead:
    """The next message, sent ahead behind the last final dot: its envelope, then (once accepted) its body."""

    msg: Outgoing
    body: bytes
    replies: list[tuple[int, bytes]] | None = None  # the envelope's answers, once read
    body_sent: bool = False


class SmtpTransport:
    name = "smtp"
    # One message a batch: its outcome is committed as soon as the server acknowledged it, before the next
    # message is handed over, so a crash can make us send at most the one in flight twice (same Message-ID).
    batch_size = 1
    hands_over_late = True  # the loop's commit runs while the server reads the body, before the final dot

    def __init__(self, host: str, port: int, security: str, username: str = "", password: str | None = None,
                 timeout: float = 30.0, sender: str = "", ssl_context: ssl.SSLContext | None = None,
                 local_hostname: str | None = None, dkim: "DkimSigner | None" = None,
                 data_timeout: float = DATA_TIMEOUT):
        self.host, self.port, self.security = host, port, security
        self.username, self.password, self.timeout = username, password, timeout
        self.data_timeout = data_timeout
        self.sender = sender
        self.context = ssl_context or ssl.create_default_context()
        self.local_hostname = local_hostname
        self.dkim = dkim
        self.conn: smtplib.SMTP | None = None
        self.pipelining = False
        self.connections = 0
        self.ahead: _Ahead | None = None

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            conn = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=self.context,
                                    local_hostname=self.local_hostname)
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout, local_hostname=self.local_hostname)
        try:
            if self.security == "starttls":
                conn.starttls(context=self.context)
            conn.ehlo_or_helo_if_needed()
            if self.username:
                conn.login(self.username, self.password or "")
        except BaseException:
            conn.close()
            raise
        # The final dot goes in a write of its own after the commit: without this, Nagle's algorithm
        # holds it back for the server's delayed ACK (40 ms a message).
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if conn.file is None:
            conn.file = conn.sock.makefile("rb")
        self.pipelining = conn.has_extn("pipelining")
        self.connections += 1
        return conn

    def send(self, batch: list[Outgoing], idempotency_key: str, handover=None, upcoming=None) -> list[Receipt]:
        """One receipt per message, in order; after a `stop` or `outage` the rest are not tried.

        `handover(email)` runs after each body is written and before its final dot; False withdraws the
        message (the connection is dropped, so the server discards it). `upcoming()`, called after the
        hand-over, gives the message the next call will send (or None): with PIPELINING its envelope
        goes out behind the last final dot.
        """
        receipts = []
        for msg in batch:
            receipt = self._send_one(msg, handover or (lambda email: True), upcoming or (lambda: None))
            receipts.append(receipt)
            if receipt.status in ("stop", "outage"):
                break
        return receipts

    def _send_one(self, msg: Outgoing, handover, upcoming, retried: bool = False) -> Receipt:
        if self.ahead is not None and self.ahead.msg is not msg:
            self._drop()  # the server is in the DATA of a message that is not this one: it discards it
        try:
            if self.conn is None:
                self.conn = self._connect()
        except Exception as exc:  # noqa: BLE001 - every failure to connect is sorted by _connect_failure
            return self._connect_failure(msg.email, exc)
        try:
            return self._transact(msg, handover, upcoming)
        except _Lost as lost:
            self._drop()
            if lost.handed_over:
                return Receipt(msg.email, "unknown", error=f"no answer after the message was handed over: "
                                                           f"{lost.reason}")
            if not retried:  # some servers drop the connection after N messages: reconnect once, try again
                return self._send_one(msg, handover, upcoming, retried=True)
            return Receipt(msg.email, "outage", error=f"connection lost: {lost.reason}")

    def _connect_failure(self, email: str, exc: Exception) -> Receipt:
        self.conn = None
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            halt = ConfigError(f"delivery.smtp: the server refused the login ({exc.smtp_code})",
                               hint="check delivery.smtp.username and the password environment variable; the "
                                    "messages not yet sent stay pending")
            return Receipt(email, "stop", error=halt.message, halt=halt)
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            halt = ConfigError(f"delivery.smtp: {exc}", hint="check delivery.smtp.security (starttls, tls or none)")
            return Receipt(email, "stop", error=halt.message, halt=halt)
        if isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code >= 500:
            halt = SendStopped(f"smtp: the server refused the connection: {exc.smtp_code} {_text(exc.smtp_error)}")
            return Receipt(email, "stop", error=halt.message, halt=halt)
        return Receipt(email, "outage", error=f"cannot reach {self.host}:{self.port}: "
                                              f"{exc.__class__.__name__}: {exc}")

    def _transact(self, msg: Outgoing, handover, upcoming) -> Receipt:
        ahead, self.ahead = self.ahead, None
        if ahead is not None:  # its envelope went out behind the last final dot
            replies = ahead.replies or [self._reply(self.timeout) for _ in range(3)]
        else:
            replies = self._envelope(msg)
        for step, (code, text) in zip(_STEPS, replies):
            if not _accepts(step, code):
                if code == 421:  # "closing the connection": the server's limit per connection
                    raise _Lost(f"{code} {_text(text)}", handed_over=False)
                if len(replies) == 3 and replies[2][0] == 354:
                    self._write(b".\r\n")  # DATA was accepted without a recipient: end it empty
                    self._reply(self.timeout)
                self._reset()
                return self._refused(msg.email, step, code, text)
        if ahead is None or not ahead.body_sent:
            self._write(ahead.body if ahead is not None else self._body(msg))
        if not handover(msg.email):
            self._drop()  # a DATA cut off before its dot is discarded by the server
            return Receipt(msg.email, "withdrawn")
        following = upcoming()
        announcement = self._announcement(following)
        self._write(b".\r\n" + announcement)
        if announcement:  # its body is made ready while the server takes this message
            self.ahead = _Ahead(following, self._body(following))
        code, text = self._reply(self.data_timeout, handed_over=True)
        if self.ahead is not None:
            self._send_ahead()
        if code >= 400:
            return self._refused(msg.email, "data", code, text)
        return Receipt(msg.email, "sent", provider_id=msg.message_id)

    def _send_ahead(self) -> None:
        """Read the next message's envelope answers and, if they accept it, write its body now (the final dot
        waits for its own call). Any trouble drops the connection: that message then starts afresh."""
        try:
            self.ahead.replies = [self._reply(self.timeout) for _ in range(3)]
            if all(_accepts(step, code) for step, (code, _) in zip(_STEPS, self.ahead.replies)):
                self._write(self.ahead.body)
                self.ahead.body_sent = True
        except _Lost:
            self._drop()

    def _envelope(self, msg: Outgoing) -> list[tuple[int, bytes]]:
        """MAIL, RCPT and DATA for `msg` (in one write with PIPELINING); their replies, up to the first refusal."""
        commands = self._commands(msg)
        if self.pipelining:
            self._write(b"".join(commands))
            return [self._reply(self.timeout) for _ in range(3)]
        replies = []
        for command in commands:
            self._write(command)
            replies.append(self._reply(self.timeout))
            if replies[-1][0] >= 400:
                break
        return replies

    def _announcement(self, msg: Outgoing | None) -> bytes:
        """The next message's envelope commands to send behind a final dot (none without PIPELINING)."""
        if msg is None or not self.pipelining:
            return b""
        try:
            return b"".join(self._commands(msg))
        except UnicodeEncodeError:
            return b""  # sent the usual way, where it fails alone

    def _commands(self, msg: Outgoing) -> list[bytes]:
        return [f"MAIL FROM:<{self.sender}>\r\n".encode("ascii"),
                f"RCPT TO:<{msg.address or msg.email}>\r\n".encode("ascii"), b"DATA\r\n"]

    def _body(self, msg: Outgoing) -> bytes:
        if not self.dkim:
            return msg.wire
        # Imported here: loading the providers (as the config does) must not load the delivery package.
        from ..deliver.mime import dot_stuff

        return dot_stuff(self.dkim.sign(msg.raw))

    def _write(self, data: bytes) -> None:
        """Write to the server; a failure here is never a hand-over (the answer to the dot decides that)."""
        try:
            self.conn.sock.settimeout(self.timeout)
            self.conn.sock.sendall(data)
        except OSError as exc:
            raise _Lost(f"{exc.__class__.__name__}: {exc}", handed_over=False) from None

    def _reply(self, timeout: float, handed_over: bool = False) -> tuple[int, bytes]:
        """One (possibly multi-line) reply: its code and its text lines joined."""
        lines = []
        try:
            self.conn.sock.settimeout(timeout)
            while True:
                line = self.conn.file.readline(_MAX_LINE)
                if not line:
                    raise _Lost("the server closed the connection", handed_over)
                lines.append(line[4:].strip())
                if line[3:4] != b"-":
                    return int(line[:3]), b" ".join(lines)
        except (OSError, ValueError) as exc:
            raise _Lost(f"{exc.__class__.__name__}: {exc or 'timed out'}", handed_over) from None

    def _refused(self, email: str, step: str, code: int, text: bytes) -> Receipt:
        error = f"SMTP {code} {_text(text)}".strip()
        if 400 <= code < 500:
            return Receipt(email, "transient", error=error)
        enhanced = _ENHANCED.match(text)
        subject = enhanced.group(2).decode() if enhanced else None
        if step != "mail" and (subject == "1" or (subject is None and step == "rcpt" and code in _BARE_BOUNCE)):
            return Receipt(email, "permanent", error=error, hard_bounce=True)
        if step == "rcpt" and subject not in _STOP_SUBJECTS and code != 554:
            return Receipt(email, "permanent", error=error)
        what = {"mail": f"the sender {self.sender}", "rcpt": "relaying to the recipients",
                "data": "the message content"}[step]
        halt = SendStopped(f"smtp: the server refused {what}: {error}", hint=_HINTS[step])
        return Receipt(email, "stop", error=error, halt=halt)

    def _reset(self) -> None:
        try:
            self._write(b"RSET\r\n")
            self._reply(self.timeout)
        except _Lost:
            self._drop()

    def _drop(self) -> None:
        self.ahead = None
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
        self.conn = None

    def close(self) -> None:
        if self.conn is not None and self.ahead is None:  # mid-DATA a QUIT would be message text
            try:
                self.conn.quit()
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()


_HINTS = {
    "mail": "check newsletter.from and that the relay lets delivery.smtp.username send as it; nobody was "
            "suppressed, and the messages not yet sent go out when you run `newsletter send` again",
    "rcpt": "check delivery.smtp.host, username and password: the relay does not accept mail from this client "
            "for other domains; nobody was suppressed, and the rest stay pending",
    "data": "the server's answer says what it objects to (try `newsletter check` for the spam score); nobody "
            "was suppressed, and the rest stay pending",
}


def _accepts(step: str, code: int) -> bool:
    """Whether `code` lets the transaction go on after MAIL, RCPT or DATA."""
    return code == 354 if step == "data" else 200 <= code < 300


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class DkimSigner:
    """Signs each message (dkimpy), covering the headers a receiver and an unsubscribe click rely on."""

    HEADERS = (b"from", b"to", b"subject", b"date", b"message-id", b"reply-to", b"list-id", b"list-unsubscribe",
               b"list-unsubscribe-post", b"mime-version", b"content-type")

    def __init__(self, selector: str, domain: str, private_key_pem: bytes):
        self.selector, self.domain, self.key = selector.encode(), domain.encode(), private_key_pem

    def sign(self, raw: bytes) -> bytes:
        import dkim

        present = {line.split(b":", 1)[0].strip().lower() for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
                   if b":" in line and not line[:1].isspace()}
        headers = [h for h in self.HEADERS if h in present]
        signature = dkim.sign(raw, self.selector, self.domain, self.key, include_headers=headers,
                              canonicalize=(b"relaxed", b"relaxed"))
        return signature + raw


def from_config(cfg, issue: str) -> SmtpTransport:
    s = cfg.delivery.smtp
    password = cfg.secret(s.password_env)
    if s.username and not password:
        raise ConfigError(f"delivery.smtp.password_env: environment variable {s.password_env} is not set",
                          hint=f"export {s.password_env}=<the SMTP password>")
    signer = None
    if s.dkim_selector:
        key = cfg.secret(s.dkim_key_env)
        if not key:
            raise ConfigError(f"delivery.smtp.dkim_key_env: environment variable {s.dkim_key_env} is not set",
                              hint="put the PEM private key in it, or set dkim_selector = \"\" to send unsigned")
        signer = DkimSigner(s.dkim_selector, s.dkim_domain or cfg.newsletter.from_addr.rsplit("@", 1)[-1],
                            key.encode())
    return SmtpTransport(s.host, s.port, s.security, s.username, password, s.timeout,
                         sender=cfg.newsletter.from_addr, dkim=signer, data_timeout=s.data_timeout)


def probe(cfg, transport: SmtpTransport) -> tuple[bool, str, str]:
    """Connect, TLS, EHLO, AUTH: everything a send does before MAIL FROM, and then QUIT."""
    s = cfg.delivery.smtp
    try:
        transport._connect().quit()
    except smtplib.SMTPAuthenticationError as exc:
        return (False, f"{s.host}:{s.port} refused the login of {s.username}: {exc.smtp_code}",
                f"check delivery.smtp.username and the password in {s.password_env}")
    except (smtplib.SMTPException, OSError) as exc:
        return False, f"cannot talk to {s.host}:{s.port}: {exc}", "check delivery.smtp host, port and security"
    return True, f"{s.host}:{s.port} accepts the connection" + (" and the login" if s.username else ""), ""


register(Provider("smtp", "Direct SMTP", SmtpSettings, from_config, probe=probe))
