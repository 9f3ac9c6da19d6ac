"""Feeds and article pages from a real local HTTP server (pytest-httpserver)."""

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from werkzeug import Response

from newsletter.model import Period
from newsletter.sources.feed import FeedSource
from newsletter.store import Store
from newsletter.web import Web

FIX = Path(__file__).resolve().parents[1] / "fixtures"
WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))
RSS = (FIX / "feed.rss").read_text()
ATOM = (FIX / "feed.atom").read_text()
PAGE = (FIX / "article-mara.html").read_text()


@pytest.fixture
def store(tmp_path):
    return Store(sa.create_engine(f"sqlite:///{tmp_path / 'state.db'}"))


@pytest.fixture
def web():
    w = Web(retries=2, backoff=0.01, timeout=(2, 2))
    yield w
    w.close()


def serve_feed(httpserver, body=RSS, path="/feed.xml", etag='"v1"'):
    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304)
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})
    httpserver.expect_request(path).respond_with_handler(handler)


def test_rss_items_of_the_week_with_summary_pages_fetched_once(httpserver, store, web):
    serve_feed(httpserver)
    page_hits = []
    httpserver.expect_request("/mara-quinlan").respond_with_handler(
        lambda r: page_hits.append(1) or Response(PAGE, content_type="text/html"))
    body = RSS.replace("https://screenweekly.example.org/", httpserver.url_for("/"))
    httpserver.clear()
    serve_feed(httpserver, body)
    httpserver.expect_request("/mara-quinlan").respond_with_handler(
        lambda r: page_hits.append(1) or Response(PAGE, content_type="text/html"))
    src = FeedSource(httpserver.url_for("/feed.xml"), web, store, name="Screen Weekly")
    result = src.gather(WEEK)
    titles = sorted(iv.title for iv in result.interviews)
    assert titles == ["Interview: Dev Okafor", "Q&A: Mara Quinlan on the Harbor Lights finale",
                      "Ratings roundup"]
    mara = next(iv for iv in result.interviews if "Mara" in iv.title)
    assert "two fire hoses soaked me" in mara.body and "Newsletter sign-up" not in mara.body
    assert mara.byline == "Sam Ortiz" and mara.outlet == "Screen Weekly" and mara.date == date(2026, 11, 24)
    dev = next(iv for iv in result.interviews if "Dev" in iv.title)
    assert "Screen Weekly: What surprised you?" in dev.body  # full text in the feed: no page fetch
    again = src.gather(WEEK)  # 304: the items come from the store
    assert sorted(iv.title for iv in again.interviews) == titles
    assert len(page_hits) == 1 and again.warnings == []
    assert result.warnings == [f"source Screen Weekly: {httpserver.url_for('/ratings')} answered HTTP 500; "
                               "using the feed's summary"]
    ratings = next(iv for iv in result.interviews if iv.title == "Ratings roundup")
    assert ratings.body.startswith("Numbers, numbers")


def test_conditional_get_sends_the_etag(httpserver, store, web):
    seen = []

    def handler(request):
        seen.append(request.headers.get("If-None-Match"))
        return Response(status=304) if request.headers.get("If-None-Match") == '"v1"' else \
            Response(ATOM, content_type="application/atom+xml", headers={"ETag": '"v1"'})
    httpserver.expect_request("/atom").respond_with_handler(handler)
    src = FeedSource(httpserver.url_for("/atom"), web, store)
    assert [iv.title for iv in src.gather(WEEK).interviews] == ["Theo Marsh sets a bigger table"]
    assert [iv.title for iv in src.gather(WEEK).interviews] == ["Theo Marsh sets a bigger table"]
    assert seen == [None, '"v1"']


def test_keyword_filter(httpserver, store, web):
    serve_feed(httpserver)
    src = FeedSource(httpserver.url_for("/feed.xml"), web, store, keywords=("interview", "Q&A"))
    titles = [iv.title for iv in src.gather(WEEK).interviews]
    assert "Ratings roundup" not in titles and "Interview: Dev Okafor" in titles


def test_an_item_whose_link_changes_is_not_gathered_twice(httpserver, store, web):
    serve_feed(httpserver, etag='"a"')
    src = FeedSource(httpserver.url_for("/feed.xml"), web, store, keywords=("interview",))
    first = src.gather(WEEK).interviews
    httpserver.clear()
    serve_feed(httpserver, RSS.replace("/dev-okafor<", "/dev-okafor-updated<"), etag='"b"')
    second = src.gather(WEEK).interviews
    assert len(second) == len(first)


def test_429_with_retry_after_then_success(httpserver, store, web):
    httpserver.expect_ordered_request("/feed.xml").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"}))
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(RSS, content_type="application/rss+xml")
    result = FeedSource(httpserver.url_for("/feed.xml"), web, store).gather(WEEK)
    assert len(result.interviews) == 3
    assert all("could not fetch https://screenweekly.example.org/" in w for w in result.warnings)


def test_500_then_success(httpserver, store, web):
    httpserver.expect_ordered_request("/feed.xml").respond_with_data("oops", status=500)
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(RSS, content_type="application/rss+xml")
    assert len(FeedSource(httpserver.url_for("/feed.xml"), web, store).gather(WEEK).interviews) == 3


@pytest.mark.parametrize("body, reason", [
    ("<rss><channel><item><title>broken", "not a valid RSS/Atom feed"),
    ("<!doctype html><html><body><h1>Welcome</h1></body></html>", "HTML, not a feed"),
])
def test_broken_feeds_are_named_and_skipped(httpserver, store, web, body, reason):
    httpserver.expect_request("/feed.xml").respond_with_data(body)
    result = FeedSource(httpserver.url_for("/feed.xml"), web, store, name="Broken").gather(WEEK)
    assert result.interviews == [] and result.warnings[0].startswith("source Broken: ") and reason in result.warnings[0]


def test_failing_fetch_keeps_what_was_gathered_before(httpserver, store, web):
    serve_feed(httpserver)
    src = FeedSource(httpserver.url_for("/feed.xml"), web, store, name="SW")
    assert len(src.gather(WEEK).interviews) == 3
    httpserver.clear()
    httpserver.expect_request("/feed.xml").respond_with_data("down", status=503)
    result = src.gather(WEEK)
    assert len(result.interviews) == 3 and "SW" in result.warnings[0]


def test_timeout_is_reported_not_raised(httpserver, store):
    import time as _time

    httpserver.expect_request("/slow").respond_with_handler(lambda r: _time.sleep(1.5) or Response(RSS))
    quick = Web(retries=0, timeout=(1, 0.5))
    result = FeedSource(httpserver.url_for("/slow"), quick, store, name="Slow").gather(WEEK)
    quick.close()
    assert result.interviews == [] and "ReadTimeout" in result.warnings[0]


def test_duplicate_items_across_two_feeds_are_gathered_once(httpserver, tmp_path):
    from newsletter.build import gather
    from newsletter.config import parse_config

    httpserver.expect_request("/a.xml").respond_with_data(RSS, content_type="application/rss+xml")
    httpserver.expect_request("/b.xml").respond_with_data(RSS.replace("sw-10", "other-10"),
                                                          content_type="application/rss+xml")
    cfg = parse_config({"newsletter": {"from": "a@example.org"},
                        "sources": [{"type": "feed", "url": httpserver.url_for("/a.xml")},
                                    {"type": "feed", "url": httpserver.url_for("/b.xml")}]}, tmp_path)
    interviews, _ = gather(cfg, WEEK)
    assert sorted(iv.title for iv in interviews) == ["Interview: Dev Okafor",
                                                     "Q&A: Mara Quinlan on the Harbor Lights finale",
                                                     "Ratings roundup"]
