"""The SMTP transport: one connection reused for many messages, reconnecting when the server drops it.

Per-recipient refusals never cost the connection: 4xx answers are transient
(retried later), 5xx permanent (recorded; 550-type mailbox errors suppress the
address as a hard bounce).
"""

from __future__ import annotations

import smtplib
import socket
import ssl

from ..errors import ConfigError
from .mime import Outgoing
from .transport import Receipt

_HARD_BOUNCE = {550, 551, 553}  # mailbox unavailable / not local / name not allowed


class SmtpTransport:
    name = "smtp"
    # Rows marked `sending` at once, so the most a crash can make us send twice (with the same Message-ID).
    # Ten keeps the ledger's commits to about a tenth of a millisecond a message: over 90% of what the
    # server itself can take.
    batch_size = 10

    def __init__(self, host: str, port: int, security: str, username: str = "", password: str | None = None,
                 timeout: float = 30.0, sender: str = "", ssl_context: ssl.SSLContext | None = None,
                 local_hostname: str | None = None, dkim: "DkimSigner | None" = None):
        self.host, self.port, self.security = host, port, security
        self.username, self.password, self.timeout = username, password, timeout
        self.sender = sender
        self.context = ssl_context or ssl.create_default_context()
        self.local_hostname = local_hostname
        self.dkim = dkim
        self.conn: smtplib.SMTP | None = None
        self.connections = 0

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            conn = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=self.context,
                                    local_hostname=self.local_hostname)
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout, local_hostname=self.local_hostname)
        try:
            if self.security == "starttls":
                conn.starttls(context=self.context)
                conn.ehlo()
            if self.username:
                conn.login(self.username, self.password or "")
        except BaseException:
            conn.close()
            raise
        self.connections += 1
        return conn

    def send(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        return [self._send_one(msg) for msg in batch]

    def _send_one(self, msg: Outgoing, retried: bool = False) -> Receipt:
        try:
            if self.conn is None:
                self.conn = self._connect()
            raw = msg.raw
            self.conn.sendmail(self.sender, [msg.email], self.dkim.sign(raw) if self.dkim else raw)
            return Receipt(msg.email, "sent", provider_id=msg.message_id)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients.get(msg.email, (550, b"refused"))
            self._reset()
            return _refused(msg.email, code, text)
        except smtplib.SMTPSenderRefused as exc:
            if exc.smtp_code == 421 and not retried:  # "closing connection": the server's limit per connection
                self._drop()
                return self._send_one(msg, retried=True)
            self._reset()
            return _refused(msg.email, exc.smtp_code, exc.smtp_error)
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise ConfigError(f"delivery.smtp: the server refused the login ({exc.smtp_code})",
                              hint="check delivery.smtp.username and the password environment variable") from None
        except smtplib.SMTPResponseException as exc:  # before OSError: every SMTPException is one
            self._reset()
            return _refused(msg.email, exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPServerDisconnected, ConnectionError, socket.timeout, OSError) as exc:
            # Some servers drop the connection after N messages: reconnect once and try this message again.
            self._drop()
            if not retried:
                return self._send_one(msg, retried=True)
            return Receipt(msg.email, "transient", error=f"connection lost: {exc.__class__.__name__}: {exc}")

    def _reset(self) -> None:
        try:
            if self.conn is not None:
                self.conn.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
        self.conn = None

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (smtplib.SMTPException, OSError):
                pass
        self._drop()


def _refused(email: str, code: int, text) -> Receipt:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    error = f"SMTP {code} {message}".strip()
    if 400 <= code < 500:
        return Receipt(email, "transient", error=error)
    return Receipt(email, "permanent", error=error, hard_bounce=code in _HARD_BOUNCE)


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
                         sender=cfg.newsletter.from_addr, dkim=signer)
