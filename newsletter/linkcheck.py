"""The links of an issue and whether each one answers: for the preview's link checker.

`issue_links` reads every link out of a rendered issue (the HTML's `href`s and image `src`s, the
addresses in the plain-text part), pure. `LinkChecker.check` asks each web address once, a few at a
time: HEAD, then GET when HEAD is refused, every redirect followed one hop at a time and shown. An
address is fetched only when the feed fetcher's guard lets it (`web.may_fetch`): every address it
resolves to is public, or its host is one the editor listed in `[preview] check_hosts`. An
article's link is content nobody here controls, and the preview runs beside the editor's private
network; no link, and no redirect, can add a host to that list.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus
from urllib.parse import urljoin, urlparse

import requests

from .web import USER_AGENT, address_kind, may_fetch, sent_url

# A link a reader clicks should answer within seconds; a slower one is as good as broken to them.
LINK_TIMEOUT = 5.0
CONCURRENT_CHECKS = 8  # a few at a time: a preview checks tens of links, and must not flood anyone's server
MAX_REDIRECTS = 5
# Servers that answer HEAD wrongly (not allowed, not implemented, or as a missing page) often answer GET.
_RETRY_WITH_GET = 400
_TEXT_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"')\]]+")
_TRAILING = ".,;:!?"


@dataclass
class Link:
    """One address of an issue, where it appears (`html`, `text`, `image`) and the words it is shown with."""

    url: str
    where: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class LinkStatus:
    """What checking one address found: its final status, the redirects on the way, and why it failed."""

    url: str
    ok: bool
    status: int | None = None
    detail: str = ""
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, where it pointed), in order


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []  # (url, kind, label)
        self._open: list[list] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self._open.append([attrs["href"], ""])
        elif tag == "img" and attrs.get("src"):
            self.found.append((attrs["src"], "image", attrs.get("alt") or ""))

    def handle_data(self, data):
        for item in self._open:
            item[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            url, words = self._open.pop()
            self.found.append((url, "html", " ".join(words.split())))


def issue_links(html: str, text: str) -> list[Link]:
    """Every address in the issue once, in the order it first appears: the HTML's links and images, then the
    plain text's. In-page anchors (`#story-1`) are left out: they go nowhere."""
    parser = _Anchors()
    parser.feed(html)
    parser.close()
    found = parser.found + [(m.group(0).rstrip(_TRAILING), "text", "") for m in _TEXT_URL.finditer(text)]
    links: dict[str, Link] = {}
    for url, kind, label in found:
        url = url.strip()
        if not url or url.startswith("#"):
            continue
        link = links.setdefault(url, Link(url))
        if kind not in link.where:
            link.where.append(kind)
        link.label = link.label or label
    return list(links.values())


class LinkChecker:
    """Checks web addresses a few at a time, each hop through the fetch guard, with a short timeout."""

    def __init__(self, allow_hosts=(), timeout: float = LINK_TIMEOUT, workers: int = CONCURRENT_CHECKS):
        self.allow_hosts = {h.strip().lower() for h in allow_hosts}
        self.timeout = timeout
        self.workers = workers

    def check(self, urls: list[str]) -> dict[str, LinkStatus]:
        """The status of each address, checked concurrently (at most `workers` at once)."""
        with requests.Session() as session, ThreadPoolExecutor(max_workers=self.workers) as pool:
            session.headers["User-Agent"] = USER_AGENT
            return dict(zip(urls, pool.map(lambda url: self.check_one(session, url), urls)))

    def check_one(self, session: requests.Session, url: str) -> LinkStatus:
        """One address, its redirects followed hop by hop; a failure is named, never raised."""
        redirects: list[tuple[int, str]] = []
        try:
            for _ in range(MAX_REDIRECTS + 1):
                url = sent_url(url)  # the guard judges what is fetched
                refused = self._refusal(url)
                if refused:
                    return LinkStatus(url, False, None, refused, redirects)
                resp = self._ask(session, url)
                if not resp.is_redirect:
                    return _answer(url, resp.status_code, redirects)
                url = urljoin(url, resp.headers["Location"])
                redirects.append((resp.status_code, url))
            return LinkStatus(url, False, None, f"more than {MAX_REDIRECTS} redirects", redirects)
        except requests.Timeout:
            return LinkStatus(url, False, None, f"timeout: no answer within {self.timeout:g} seconds", redirects)
        except requests.ConnectionError as exc:
            return LinkStatus(url, False, None, _connection_failure(exc), redirects)
        except requests.RequestException as exc:
            return LinkStatus(url, False, None, f"failed: {exc.__class__.__name__}", redirects)

    def _refusal(self, url: str) -> str:
        """Why an address is not fetched, or "" when it may be."""
        if urlparse(url).scheme not in ("http", "https"):
            return "not a web address"
        if may_fetch(url, self.allow_hosts):
            return ""
        if address_kind(url) == "unresolved":
            return f"DNS: {urlparse(url).hostname} does not resolve"
        return ("not checked: an internal address (list its host in [preview] check_hosts to check it from "
                "here; readers outside your network cannot open it)")

    def _ask(self, session: requests.Session, url: str) -> requests.Response:
        for method in ("HEAD", "GET"):
            # stream: a GET's body is never read, only its status line and headers.
            resp = session.request(method, url, allow_redirects=False, stream=True, timeout=self.timeout)
            resp.close()
            if resp.status_code < _RETRY_WITH_GET:
                break
        return resp


def _answer(url: str, status: int, redirects: list) -> LinkStatus:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    text = f"HTTP {status} {phrase}".strip()
    if status >= 500:
        return LinkStatus(url, False, status, f"server error: {text}", redirects)
    if status >= 400:
        return LinkStatus(url, False, status, f"client error: {text}", redirects)
    return LinkStatus(url, True, status, text, redirects)


def _connection_failure(exc: requests.ConnectionError) -> str:
    reason = str(exc)
    if "NameResolution" in reason or "Name or service not known" in reason or "getaddrinfo" in reason:
        return f"DNS: {urlparse(exc.request.url if exc.request else '').hostname or 'the host'} does not resolve"
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS: the certificate or the handshake failed"
    if "Connection refused" in reason:
        return "connection refused"
    return "connection failed"
