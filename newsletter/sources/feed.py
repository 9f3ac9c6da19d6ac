"""Interviews from an RSS or Atom feed, fetching the article page when the feed has only a summary.

The feed is fetched with its last ETag / Last-Modified, so an unchanged feed
costs a 304. Every item is remembered (by GUID, else link, else a hash of its
text) with what was gathered of it, so a 304 or a failed fetch still yields the
week's items and an item whose link changes is not gathered twice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from html import unescape
from xml.sax import SAXException

import feedparser
import requests

from ..model import Interview, Period
from ..settings import setting
from ..web import FetchRefused, address_kind, host_listed, is_public, origin
from . import GatherResult, SourceKind, SourceSettings, register_source
from .article_page import decode_html, extract_page
from .charsets import NotText

_TAG = re.compile(r"<[^>]+>")
# A feed entry with only a summary this short is a teaser: the page holds the interview.
_SUMMARY_WORDS = 150


@dataclass
class FeedSettings(SourceSettings):
    url: str = setting("For feeds: the feed's URL.", "")
    keywords: list[str] = setting("For feeds: keep only items whose title or categories contain one of these.", [])
    allow_hosts: list[str] = setting("For feeds: hosts (host or host:port) whose article pages may be fetched "
                                     "although they are not public addresses (the feed's own site always may).", [])

    def problems(self, key: str) -> list[str]:
        return [] if self.url else [f'{key}.url: required when type = "feed"']


class FeedSource:
    """One RSS/Atom feed; entries dated inside the period become interviews."""

    def __init__(self, url: str, web, store, name: str | None = None, outlet: str | None = None,
                 keywords: tuple[str, ...] = (), allow_hosts: tuple[str, ...] = ()):
        self.url = url
        self.allow_hosts = {h.strip().lower() for h in allow_hosts}
        self.web = web
        self.store = store
        self.name = name or url
        self.outlet = outlet
        self.keywords = tuple(k.casefold() for k in keywords)

    def gather(self, period: Period) -> GatherResult:
        result = GatherResult()
        try:
            self._refresh(result, period)
        except requests.RequestException as exc:
            result.warnings.append(f"source {self.name}: could not fetch the feed ({exc.__class__.__name__}: {exc}); "
                                   "using the items gathered before")
        result.interviews = [_interview(item) for item in self.store.items_between(self.url, period.start, period.end)]
        return result

    def _refresh(self, result: GatherResult, period: Period) -> None:
        etag, modified = self.store.feed_validators(self.url)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        resp = self.web.get(self.url, headers=headers, allowed=self.may_fetch)
        if resp.status_code == 304:
            return
        if resp.status_code != 200:
            result.warnings.append(f"source {self.name}: the feed answered HTTP {resp.status_code}; "
                                   "using the items gathered before")
            return
        feed = feedparser.parse(resp.content)
        if not feed.entries and (feed.bozo or not feed.get("version")):
            why = "HTML, not a feed" if b"<html" in resp.content[:2000].lower() else \
                f"not a valid RSS/Atom feed ({feed.get('bozo_exception')})"
            result.warnings.append(f"source {self.name}: {why}")
            return
        if feed.bozo and isinstance(feed.get("bozo_exception"), SAXException):
            result.warnings.append(f"source {self.name}: not a valid RSS/Atom feed ({feed.bozo_exception}); "
                                   "using what could be read of it")
        outlet = self.outlet or feed.feed.get("title")
        known = self.store.known_keys(self.url)
        new: list[tuple[list[str], dict]] = []
        for entry in feed.entries:
            keys = _keys(entry)
            if known.intersection(keys):
                continue  # seen before, perhaps under another link
            known.update(keys)
            if not self._wanted(entry):
                continue
            item = self._item(entry, outlet, result, period)
            if item:
                new.append((keys, item))
        self.store.save_feed(self.url, resp.headers.get("ETag"), resp.headers.get("Last-Modified"), new)

    def may_fetch(self, url: str) -> bool:
        """Whether a URL may be fetched for this feed: its own site, a host in allow_hosts, or a public address."""
        return self._trusted(url) or is_public(url)

    def _trusted(self, url: str) -> bool:
        return origin(url) == origin(self.url) or host_listed(url, self.allow_hosts)

    def _wanted(self, entry) -> bool:
        if not self.keywords:
            return True
        tags = " ".join(t.get("term", "") for t in entry.get("tags", []))
        haystack = f"{entry.get('title', '')} {tags}".casefold()
        return any(k in haystack for k in self.keywords)

    def _item(self, entry, outlet: str | None, result: GatherResult, period: Period) -> dict | None:
        day = _entry_date(entry)
        if day is None:
            result.warnings.append(f"source {self.name}: entry {entry.get('link') or entry.get('id')} has no date, "
                                   "skipped")
            return None
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        link = entry.get("link")
        text = _html_to_text(html)
        title, author = entry.get("title"), entry.get("author")
        teaser = not entry.get("content") and len(text.split()) < _SUMMARY_WORDS
        if link and not self._trusted(link) and address_kind(link) == "internal":
            if teaser and day in period:
                result.warnings.append(f"source {self.name}: {link} is not a public address, not fetched (add its "
                                       "host to allow_hosts to fetch it); using the feed's summary")
            link = None  # an internal address is no link for readers, and not for the public archive
        if teaser and link and day in period:  # old items keep their summary: nobody will read them
            page = self._page(link, result)
            if page and page.get("body"):
                text = page["body"]
                title, author = title or page.get("title"), author or page.get("author")
        if not text:
            result.warnings.append(f"source {self.name}: entry {link or entry.get('id')} has no text, skipped")
            return None
        return {"source": link or self.url, "body": text, "date": day.isoformat(), "title": title, "url": link,
                "outlet": outlet, "byline": author}

    def _page(self, link: str, result: GatherResult) -> dict | None:
        cached = self.store.page(link)
        if cached is not None:
            return cached
        try:
            resp = self.web.get(link, allowed=self.may_fetch)
        except FetchRefused as exc:
            result.warnings.append(f"source {self.name}: could not fetch {link} ({exc}); using the feed's summary")
            return None
        except requests.RequestException as exc:
            result.warnings.append(f"source {self.name}: could not fetch {link} ({exc.__class__.__name__}); "
                                   "using the feed's summary")
            return None
        if resp.status_code != 200:
            result.warnings.append(f"source {self.name}: {link} answered HTTP {resp.status_code}; "
                                   "using the feed's summary")
            return None
        try:
            html = decode_html(resp.content, resp.headers.get("Content-Type", ""))
        except NotText as exc:
            result.warnings.append(f"source {self.name}: {link} is a {exc}; using the feed's summary")
            return None
        page = extract_page(html, url=link)
        data = {"body": page.body, "title": page.title, "author": page.author}
        self.store.save_page(link, data)
        return data


def _keys(entry) -> list[str]:
    keys = []
    if entry.get("id"):
        keys.append("guid:" + entry["id"])
    if entry.get("link"):
        keys.append("link:" + entry["link"])
    text = (entry.get("title", "") + (entry.content[0].value if entry.get("content") else entry.get("summary", "")))
    keys.append("hash:" + hashlib.sha256(text.encode("utf-8")).hexdigest())
    return keys


def _interview(item: dict) -> Interview:
    return Interview(source=item["source"], body=item["body"], date=date.fromisoformat(item["date"]),
                     title=item.get("title"), url=item.get("url"), outlet=item.get("outlet"),
                     byline=item.get("byline"))


def _entry_date(entry) -> date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime(*stamp[:6], tzinfo=timezone.utc).date()


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    paragraphs = re.split(r"(?i)</p>|<br\s*/?>|\n\s*\n", html)
    out = [unescape(_TAG.sub("", p)).strip() for p in paragraphs]
    return "\n\n".join(p for p in out if p)


def _make(settings: FeedSettings, cfg, web, store) -> FeedSource:
    return FeedSource(settings.url, web, store, name=settings.name or settings.url, outlet=settings.outlet or None,
                      keywords=tuple(settings.keywords), allow_hosts=tuple(settings.allow_hosts))


register_source(SourceKind("feed", FeedSettings, _make, uses_web=True))
