"""One polite HTTP client for everything the program fetches: feeds, article pages, the TV schedule.

A shared requests.Session with a clear User-Agent, timeouts, and retries with
exponential backoff on connection errors, 429 and 5xx (honouring Retry-After),
plus a limit of a few requests at a time per host.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import __version__

USER_AGENT = f"newsletter/{__version__} (weekly TV interview digest; +https://github.com/newsletter)"
TIMEOUT = (5, 20)
PER_HOST = 2


class Web:
    """Shared session and per-host politeness; safe to use from a few threads."""

    def __init__(self, retries: int = 3, backoff: float = 0.5, per_host: int = PER_HOST,
                 timeout: tuple[float, float] = TIMEOUT):
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
                      respect_retry_after_header=True, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry, pool_maxsize=16)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self._limits: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(per_host))
        self._lock = threading.Lock()

    def get(self, url: str, headers: dict | None = None) -> requests.Response:
        """GET with retries and the per-host limit; raises requests.RequestException on failure."""
        host = urlparse(url).netloc
        with self._lock:
            limit = self._limits[host]
        with limit:
            return self.session.get(url, headers=headers or {}, timeout=self.timeout)

    def close(self) -> None:
        self.session.close()
