"""Interviews from an RSS or Atom feed, fetching the article page when the feed has only a summary."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from html import unescape

import feedparser
import requests

from .. import __version__
from ..model import Interview
from . import GatherResult, Period
from .article_page import extract_page

USER_AGENT = f"newsletter/{__version__} (+https://github.com/newsletter)"
TIMEOUT = (5, 20)
_TAG = re.compile(r"<[^>]+>")
# Below this many words the feed entry is a teaser and the page holds the interview.
_SUMMARY_WORDS = 150


class FeedSource:
    """One RSS/Atom feed; entries dated inside the period become interviews."""

    def __init__(self, url: str, name: str | None = None, outlet: str | None = None,
                 session: requests.Session | None = None):
        self.url = url
        self.name = name or url
        self.outlet = outlet
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", USER_AGENT)

    def gather(self, period: Period) -> GatherResult:
        result = GatherResult()
        try:
            resp = self.session.get(self.url, timeout=TIMEOUT)
            resp.raise_for_status()
        except requests.RequestException as exc:
            result.warnings.append(f"source {self.name}: could not fetch the feed: {exc}")
            return result
        feed = feedparser.parse(resp.content)
        if feed.bozo and not feed.entries:
            result.warnings.append(f"source {self.name}: not a valid RSS/Atom feed ({feed.get('bozo_exception')})")
            return result
        outlet = self.outlet or feed.feed.get("title")
        for entry in feed.entries:
            day = _entry_date(entry)
            if day is None or day not in period:
                continue
            interview = self._interview(entry, day, outlet, result)
            if interview:
                result.interviews.append(interview)
        return result

    def _interview(self, entry, day: date, outlet: str | None, result: GatherResult) -> Interview | None:
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        link = entry.get("link")
        text = _html_to_text(html)
        if len(text.split()) < _SUMMARY_WORDS and link:
            try:
                page = self.session.get(link, timeout=TIMEOUT)
                page.raise_for_status()
                text = extract_page(page.text, url=link).body or text
            except requests.RequestException as exc:
                result.warnings.append(f"source {self.name}: could not fetch {link}: {exc}; using the feed summary")
        if not text:
            result.warnings.append(f"source {self.name}: entry {link or entry.get('id')} has no text, skipped")
            return None
        return Interview(source=link or self.url, body=text, date=day, title=entry.get("title"),
                         url=link, outlet=outlet, byline=entry.get("author"))


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
