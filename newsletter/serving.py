"""`newsletter serve`: the public pages behind waitress, a production WSGI server.

waitress reads each request whole on its I/O loop before a worker thread sees
it, so slow or half-sent requests hold a socket (bounded by the connection
limit, closed after the idle timeout), never a thread; the worker pool is fixed.
The access log never shows a link token or a webhook secret.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import sys
from urllib.parse import urlsplit

from .config import Config
from .config_checks import plain_url
from .errors import ConfigError, NewsletterError
from .webhooks import MAX_BODY

ACCESS_LOG = logging.getLogger("newsletter.access")
# Query parameters that carry a credential: link tokens (t) and webhook shared secrets (key, token).
_SECRET_PARAM = re.compile(r"(?i)([?&](?:t|key|token|secret|signature)=)[^&#\s]*")
_LOOPBACK_NAMES = ("localhost",)
# A body bigger than the largest webhook (a Postmark bounce with the message) is refused by waitress itself.
_BODY_ALLOWANCE = 64 * 1024
# How often stalled connections are looked for: waitress's own default, or the timeout when that is shorter.
_CLEANUP_SECONDS = 30


def redact(target: str) -> str:
    """A request target with every credential-bearing query value replaced by [redacted]."""
    return _SECRET_PARAM.sub(r"\1[redacted]", target)


class AccessLog:
    """WSGI middleware: one line per request (client, method, redacted target, status) on `newsletter.access`."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        target = environ.get("PATH_INFO", "") + ("?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else "")

        def logged_start(status, headers, exc_info=None):
            ACCESS_LOG.info('%s "%s %s" %s', environ.get("REMOTE_ADDR", "-"), environ.get("REQUEST_METHOD", "-"),
                            redact(target), status.split(" ", 1)[0])
            return start_response(status, headers, exc_info)

        return self.app(environ, logged_start)


def is_loopback(host: str) -> bool:
    """Whether an address to listen on is reachable from this machine only."""
    if host.strip("[]").lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def check_signing_secret(cfg: Config, host: str, warn) -> None:
    """Refuse a public address without the link-signing secret; on loopback only warn."""
    if cfg.secret(cfg.security.secret_env):
        return
    if not is_loopback(host):
        raise ConfigError(f"security.secret_env: {cfg.security.secret_env} is not set, and {host} is reachable "
                          "from other machines: anyone could forge unsubscribe and confirm links with the "
                          "published development key",
                          hint=f"export {cfg.security.secret_env}=<a long random string>, or serve on 127.0.0.1")
    warn(f"Warning: {cfg.security.secret_env} is not set; links are signed with the development key "
         "(fine on this machine, never on the internet)")


def make_server(cfg: Config, host: str, port: int):
    """A waitress server for the public pages (not yet running); NewsletterError when the port is taken."""
    from waitress import create_server

    from .public import create_app

    s = cfg.server
    try:
        proxy = {"trusted_proxy": s.trusted_proxy, "trusted_proxy_headers": "x-forwarded-for x-forwarded-proto",
                 "clear_untrusted_proxy_headers": True} if s.trusted_proxy else {}
        return create_server(AccessLog(create_app(cfg)), host=host, port=port, threads=s.threads,
                             channel_timeout=s.timeout, cleanup_interval=min(s.timeout, _CLEANUP_SECONDS),
                             connection_limit=s.connection_limit, max_request_body_size=MAX_BODY + _BODY_ALLOWANCE,
                             ident="newsletter", **proxy)
    except OSError as exc:
        raise NewsletterError(f"cannot listen on {host}:{port}: {exc.strerror}",
                              hint="choose another port with --port or [server] port") from None


def check_public_url(url: str) -> str:
    """A --public-url as links use it: a plain URL, https unless it names this machine."""
    parsed = urlsplit(url)
    if not plain_url(url) or (parsed.scheme != "https" and not is_loopback(parsed.hostname or "")):
        raise ConfigError(f'--public-url: "{url}" is not a plain https URL (http only for 127.0.0.1 or localhost)',
                          hint="give the address the pages are reached at, e.g. https://news.example.org")
    return url.rstrip("/")


def link_base(cfg: Config, host: str, port: int, public_url: str | None) -> str:
    """Where confirmation links point: --public-url, else this server itself when the outbox mails nobody
    and it listens on this machine only (so a click in a saved .eml works), else [newsletter] base_url."""
    if public_url:
        return check_public_url(public_url)
    if cfg.delivery.provider == "outbox" and is_loopback(host):
        return f"http://{'localhost' if host == 'localhost' else host}:{port}"
    return cfg.newsletter.base_url.rstrip("/")


def serve(cfg: Config, host: str, port: int, echo=print, warn=None, public_url: str | None = None) -> None:
    """Run the public pages until Ctrl-C (put a TLS-terminating proxy in front; see README)."""
    check_signing_secret(cfg, host, warn or (lambda line: print(line, file=sys.stderr)))
    if public_url:
        check_public_url(public_url)
    server = make_server(cfg, host, port)
    cfg.newsletter.base_url = link_base(cfg, host, server.effective_port, public_url)
    if not ACCESS_LOG.handlers and not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    echo(f"Serving {cfg.newsletter.name} at http://{host}:{server.effective_port}/ (Ctrl-C to stop)")
    if cfg.delivery.provider == "outbox":
        echo(f"Confirmation mails go to {cfg.resolve(cfg.delivery.outbox.path) / 'confirmations'}{os.sep} as .eml "
             f"files (the outbox provider mails nobody); their links point at {cfg.newsletter.base_url}/")
    else:
        echo(f"Confirmation mails go out through {cfg.delivery.provider}; their links point at "
             f"{cfg.newsletter.base_url}/")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
