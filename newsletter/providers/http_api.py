"""What the HTTP mail providers share: one requests.Session, the API key, and how answers are sorted.

    connection refused, DNS, TLS, connect timeout  outage: the whole send pauses (nothing was sent)
    read timeout or a connection cut after sending  unknown: retried once, later, same Message-IDs
    429, 502, 503, 504                             outage: the send pauses (for Retry-After when given)
    other 5xx                                      transient: the batch is retried with backoff
    401, 403                                       the key is wrong: the send stops with a config error
    any other refusal of the whole call             stop: sender, domain or request refused, nobody
                                                   suppressed; the rows stay pending
"""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass, fields, make_dataclass
from typing import TYPE_CHECKING, Callable, NoReturn

import requests
import urllib3

from .. import __version__
from ..errors import ConfigError, NewsletterError, SendStopped
from ..settings import setting
from .transport import Receipt

if TYPE_CHECKING:  # the message type, from the delivery side, for annotations only
    from ..deliver.mime import Outgoing

TIMEOUT = (5, 60)
PROBE_SECONDS = 10  # a provider that does not answer a read in this long is reported as unreachable

API_URL_DOC = "Base URL of the provider's API (point it at a test server for staging)."
KEY_ENV_DOC = "Environment variable holding the API key or token (default: the provider's usual name)."


@dataclass
class HttpApiSettings:
    """The keys every HTTP provider's table has; `api_settings` makes each provider's, with its defaults."""

    api_url: str = setting(API_URL_DOC, "")
    key_env: str = setting(KEY_ENV_DOC, "")

    def __post_init__(self) -> None:
        # A table that leaves a key empty gets the provider's usual value, as one that leaves it out does:
        # `[delivery.postmark]` with only api_url still finds POSTMARK_TOKEN.
        for f in fields(self):
            if f.name in ("api_url", "key_env") and not getattr(self, f.name):
                setattr(self, f.name, f.default)


def api_settings(name: str, api_url: str, key_env: str) -> type:
    """An HTTP provider's settings class: `api_url` and `key_env`, defaulting to the provider's usual values."""
    return make_dataclass(name, [("api_url", str, setting(API_URL_DOC, api_url)),
                                 ("key_env", str, setting(KEY_ENV_DOC, key_env))], bases=(HttpApiSettings,))
_PAUSE = {429, 502, 503, 504}


class CallOutcome(Exception):
    """One provider call's outcome, the same for every message in it."""

    def __init__(self, status: str, error: str, retry_after: float | None = None,
                 halt: NewsletterError | None = None):
        super().__init__(error)
        self.status, self.error, self.retry_after, self.halt = status, error, retry_after, halt

    def receipts(self, group: list[Outgoing]) -> list[Receipt]:
        return [Receipt(m.email, self.status, error=self.error, retry_after=self.retry_after, halt=self.halt)
                for m in group]


class HttpTransport:
    """Base of the HTTP providers: subclasses build each call (`send_call`) and read its answer."""

    name = "http"
    batch_size = 100
    timeout = TIMEOUT  # (connect, read) seconds

    def __init__(self, api_url: str, key: str, session: requests.Session | None = None):
        self.api_url = api_url.rstrip("/")
        self.key = key
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = f"newsletter/{__version__}"

    def calls(self, batch: list[Outgoing]) -> list[list[Outgoing]]:
        """How a batch is split into provider calls (one, unless the API takes one body per call)."""
        return [batch]

    def send(self, batch: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        receipts: list[Receipt] = []
        halted = False
        for group in self.calls(batch):
            if halted:
                receipts += [Receipt(m.email, "untried") for m in group]
                continue
            try:
                receipts += self.send_call(group, idempotency_key)
            except CallOutcome as outcome:
                receipts += outcome.receipts(group)
                halted = outcome.status in ("stop", "outage")
        return receipts

    def send_call(self, group: list[Outgoing], idempotency_key: str) -> list[Receipt]:
        raise NotImplementedError

    def post(self, path: str, **kwargs) -> requests.Response:
        try:
            resp = self.session.post(self.api_url + path, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise _failed_call(self.name, exc) from None
        if resp.status_code in (401, 403):
            halt = ConfigError(f"delivery.{self.name}: the provider refused the API key (HTTP {resp.status_code})",
                               hint=f"check delivery.{self.name}.key_env and the key it names; the messages not "
                                    "yet sent stay pending")
            raise CallOutcome("stop", halt.message, halt=halt)
        wait = retry_after(resp.headers.get("Retry-After"))
        if resp.status_code in _PAUSE:
            raise CallOutcome("outage", f"{self.name}: HTTP {resp.status_code} {resp.text[:200]}", wait)
        if resp.status_code >= 500:
            raise CallOutcome("transient", f"{self.name}: HTTP {resp.status_code} {resp.text[:200]}", wait)
        return resp

    def refuse(self, resp: requests.Response) -> NoReturn:
        """The provider refused the whole call: about the sender, domain or request, not one recipient."""
        halt = SendStopped(f"{self.name}: the provider refused the send: HTTP {resp.status_code} {resp.text[:300]}",
                           hint=f"the answer says what it objects to (a sender or domain not verified, a bad "
                                f"setting in [delivery.{self.name}]); nobody was suppressed and the messages not "
                                "yet sent stay pending")
        raise CallOutcome("stop", halt.message, halt=halt)

    def close(self) -> None:
        self.session.close()


def _failed_call(name: str, exc: requests.RequestException) -> CallOutcome:
    """A call with no answer: an outage when the request cannot have left, unknown when it may have."""
    error = f"{name}: {exc.__class__.__name__}: {exc}"
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    never_sent = isinstance(exc, (requests.ConnectTimeout, requests.exceptions.SSLError)) or \
        isinstance(reason, urllib3.exceptions.NewConnectionError)
    if never_sent:
        return CallOutcome("outage", error)
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return CallOutcome("unknown", error)
    return CallOutcome("stop", error, halt=SendStopped(error))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def api_key(cfg, provider: str) -> str:
    section = getattr(cfg.delivery, provider)
    key = cfg.secret(section.key_env) if section.key_env else None
    if not key:
        raise ConfigError(f"delivery.{provider}.key_env: environment variable {section.key_env or '(unset)'} "
                          "is not set", hint=f"export {section.key_env or 'THE_VARIABLE'}=<your {provider} API key>")
    return key


def http_probe(path: str, auth: Callable[[str], dict], known_key: Callable[[requests.Response], bool] | None = None):
    """A doctor's probe for an HTTP API: GET `path` (which reads and changes nothing) with the key as `auth` sends
    it; `known_key` says whether a refusal still shows the key is a real one (a sending-only key)."""

    def probe(cfg, transport: HttpTransport) -> tuple[bool, str, str]:
        provider = transport.name
        section = getattr(cfg.delivery, provider)
        url = transport.api_url + path.format(domain=getattr(section, "domain", ""))
        try:
            resp = requests.get(url, timeout=PROBE_SECONDS, **auth(transport.key))
        except requests.RequestException as exc:
            return (False, f"cannot reach {url}: {exc.__class__.__name__}",
                    f"check delivery.{provider}.api_url and the network")
        if known_key and known_key(resp):
            return True, f"{url} knows the key in {section.key_env} (a sending-only key)", ""
        if resp.status_code in (401, 403):
            return (False, f"{url} refused the key in {section.key_env} (HTTP {resp.status_code})",
                    f"put a valid {provider} API key in {section.key_env}")
        if resp.status_code != 200:
            return (False, f"{url} answered HTTP {resp.status_code}",
                    f"check delivery.{provider}.api_url" + (" and domain" if hasattr(section, "domain") else ""))
        return True, f"{url} accepts the key in {section.key_env}", ""
    return probe


def json_object(resp: requests.Response) -> dict:
    """The answer's JSON object, or {} when it is not one."""
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
