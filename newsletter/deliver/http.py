"""What the HTTP mail providers share: one requests.Session, the API key, and the error split.

429 and 5xx answers, timeouts and dropped connections are transient (the send
loop retries them with backoff, honouring Retry-After); 401/403 mean the key is
wrong and stop the send; anything else is the provider refusing the batch.
"""

from __future__ import annotations

import email.utils
import time

import requests

from .. import __version__
from ..errors import ConfigError, PermanentDeliveryError, TransientDeliveryError

TIMEOUT = (5, 60)


class HttpTransport:
    """Base of the HTTP providers: subclasses build the request and read the answer."""

    name = "http"
    batch_size = 100

    def __init__(self, api_url: str, key: str, session: requests.Session | None = None):
        self.api_url = api_url.rstrip("/")
        self.key = key
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = f"newsletter/{__version__}"

    def post(self, path: str, **kwargs) -> requests.Response:
        try:
            resp = self.session.post(self.api_url + path, timeout=TIMEOUT, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientDeliveryError(f"{self.name}: {exc.__class__.__name__}: {exc}") from None
        if resp.status_code in (401, 403):
            raise ConfigError(f"delivery.{self.name}: the provider refused the API key (HTTP {resp.status_code})",
                              hint=f"check delivery.{self.name}.key_env and the key it names")
        if resp.status_code == 429 or resp.status_code >= 500:
            raise TransientDeliveryError(f"{self.name}: HTTP {resp.status_code} {resp.text[:200]}",
                                         retry_after=retry_after(resp.headers.get("Retry-After")))
        return resp

    def refuse(self, resp: requests.Response) -> None:
        raise PermanentDeliveryError(f"{self.name}: HTTP {resp.status_code} {resp.text[:300]}")

    def close(self) -> None:
        self.session.close()


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
