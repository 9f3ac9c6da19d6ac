"""One polite HTTP client for everything the program fetches: feeds, article pages, the TV schedule.

A shared requests.Session with a clear User-Agent, timeouts, and retries with
exponential backoff on connection errors, 429 and 5xx (honouring Retry-After),
plus a limit of a few requests at a time per host. Redirects are followed one
hop at a time so a caller can refuse where they lead; every response is capped
in size and every fetch in total time.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections import defaultdict
from typing import Callable
from urllib.parse import urljoin, urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import __version__

USER_AGENT = f"newsletter/{__version__} (weekly TV interview digest; +https://github.com/newsletter)"
TIMEOUT = (5, 20)
PER_HOST = 2
# A feed or an article page is well under this; anything bigger is not one, and must not fill the memory.
MAX_BYTES = 5 * 1024 * 1024
# A server dribbling a byte at a time would otherwise hold a build (and the weekly job) for as long as it likes.
TOTAL_SECONDS = 60.0
MAX_REDIRECTS = 5


class FetchRefused(requests.RequestException):
    """A fetch this program will not make or finish: a refused address, too big, too slow, too many redirects."""


class Web:
    """Shared session and per-host politeness; safe to use from a few threads."""

    def __init__(self, retries: int = 3, backoff: float = 0.5, per_host: int = PER_HOST,
                 timeout: tuple[float, float] = TIMEOUT, max_bytes: int = MAX_BYTES,
                 total_seconds: float = TOTAL_SECONDS):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.total_seconds = total_seconds
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

    def get(self, url: str, headers: dict | None = None,
            allowed: Callable[[str], bool] | None = None) -> requests.Response:
        """GET with retries, the per-host limit and the caps; each redirect hop must pass `allowed`.

        Raises requests.RequestException (FetchRefused for a refused address, size or time) on failure.
        """
        deadline = time.monotonic() + self.total_seconds
        for _ in range(MAX_REDIRECTS + 1):
            url = sent_url(url)
            if allowed is not None and not allowed(url):
                raise FetchRefused(f"{url} is not a public address, or does not resolve (add its host to "
                                   "allow_hosts to fetch it)")
            resp = self._get_once(url, headers, deadline)
            if not resp.is_redirect:
                return resp
            url = urljoin(url, resp.headers["Location"])
        raise FetchRefused(f"more than {MAX_REDIRECTS} redirects")

    def _get_once(self, url: str, headers: dict | None, deadline: float) -> requests.Response:
        host = urlparse(url).netloc
        with self._lock:
            limit = self._limits[host]
        with limit:
            read = max(0.1, min(self.timeout[1], deadline - time.monotonic()))
            resp = self.session.get(url, headers=headers or {}, timeout=(self.timeout[0], read),
                                    allow_redirects=False, stream=True)
            try:
                resp._content = self._read_capped(resp, url, deadline)  # .content and .text work as usual
            finally:
                resp.close()
        return resp

    def _read_capped(self, resp: requests.Response, url: str, deadline: float) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchRefused(f"{url} is {int(declared)} bytes, more than {self.max_bytes} bytes")
        body = bytearray()
        while True:
            # read1 returns what has arrived, so a server sending a byte at a time meets the deadline too.
            chunk = resp.raw.read1(16384, decode_content=True)
            if not chunk:
                break
            body += chunk
            if len(body) > self.max_bytes:
                raise FetchRefused(f"{url} sent more than {self.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchRefused(f"{url} took more than {self.total_seconds:g} seconds")
        return bytes(body)

    def close(self) -> None:
        self.session.close()


def sent_url(url: str) -> str:
    """The URL as requests will send it; raises requests.InvalidURL when it cannot be sent.

    A guard must judge this form, never the text as written: the standard library's urlparse and urllib3 split
    some authorities differently (`http://127.0.0.1\\@example.com/` is example.com to urlparse, and requests
    connects to 127.0.0.1)."""
    return requests.Request("GET", url).prepare().url


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of a URL (the port made explicit)."""
    p = urlparse(url)
    return p.scheme, (p.hostname or "").lower(), p.port or {"http": 80, "https": 443}.get(p.scheme)


def host_listed(url: str, hosts) -> bool:
    """Whether the URL's host, or its host:port, is in `hosts` (lower case): hosts an editor trusts by name."""
    _, host, port = origin(url)
    return host in hosts or f"{host}:{port}" in hosts


def may_fetch(url: str, allow_hosts) -> bool:
    """The guard for fetching an address nobody here wrote: its host is listed in `allow_hosts`, or every
    address it resolves to is public. Check each redirect hop with it too."""
    return host_listed(url, allow_hosts) or is_public(url)


def address_kind(url: str) -> str:
    """"public" when every address the URL's host resolves to is public, "internal" when one is loopback,
    private, link-local or otherwise not global, "unresolved" when it does not resolve (or is no web URL)."""
    p = urlparse(url)
    if p.scheme not in ("http", "https") or not p.hostname or p.hostname.rstrip(".").endswith(".invalid"):
        return "unresolved"  # RFC 6761: a .invalid name never resolves, and is not asked about
    try:
        infos = socket.getaddrinfo(p.hostname, p.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return "unresolved"
    addresses = {_plain(ipaddress.ip_address(info[4][0].split("%")[0])) for info in infos}
    if not addresses:
        return "unresolved"
    return "public" if all(a.is_global and not a.is_multicast for a in addresses) else "internal"


# Host names that stand for this machine or its network without any lookup.
_LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".lan", ".home.arpa")


def names_internal_host(url: str) -> bool:
    """Whether the URL names a loopback, private or link-local host outright (an IP literal, `localhost`,
    `*.local`), judged without a DNS lookup: for links the reader's mail client follows, not we."""
    host = (urlparse(url).hostname or "").rstrip(".").lower()
    try:
        address = _plain(ipaddress.ip_address(host))
    except ValueError:
        return host == _LOCAL_NAMES[0] or host.endswith(_LOCAL_NAMES[1:])
    return not address.is_global or address.is_multicast


def is_public(url: str) -> bool:
    """Whether every address the URL's host resolves to is a public one (no loopback, private or link-local)."""
    return address_kind(url) == "public"


def _plain(address):
    """An IPv4 address written as IPv6 (::ffff:127.0.0.1) judged as the IPv4 address it is."""
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address
