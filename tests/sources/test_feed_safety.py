"""Feeds and article pages cannot reach internal services, hold a build, or lose their quotation marks."""

import time
from datetime import date

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from werkzeug import Response

from newsletter.model import Period
from newsletter.sources.feed import FeedSource
from newsletter.store import Store
from newsletter.web import Web, is_public

WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))
PAGE = """<!doctype html><html><head><title>Mara Quinlan talks</title></head><body><article>
<h1>Mara Quinlan talks</h1>
<p>Mara Quinlan has played a harbour pilot for six seasons, and the finale asked more of her than any episode.</p>
<p>\u201cWe shot the kitchen scene eleven times and I cried in every single take,\u201d she says of the finale.</p>
<p>The crew kept the set warm between takes, and the storm machines ran all night long on the last day.</p>
</article></body></html>"""


def feed(link):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Screen Weekly</title>
<item><title>Q&amp;A: Mara Quinlan</title><link>{link}</link><guid>sw-1</guid>
<pubDate>Tue, 24 Nov 2026 14:00:00 +0000</pubDate><description>Mara Quinlan on the finale.</description></item>
</channel></rss>"""


@pytest.fixture
def store(tmp_path):
    return Store(sa.create_engine(f"sqlite:///{tmp_path / 'state.db'}"))


@pytest.fixture
def web():
    w = Web(retries=0, timeout=(2, 2), total_seconds=2, max_bytes=200_000)
    yield w
    w.close()


@pytest.fixture
def internal():
    """Another service on this machine, as a metadata endpoint or an admin page would be."""
    server = HTTPServer()
    server.start()
    hits = []
    server.expect_request("/secret").respond_with_handler(
        lambda r: hits.append(1) or Response(PAGE.replace("kitchen scene", "internal admin"), content_type="text/html"))
    yield server, hits
    server.clear()
    server.stop()


def gather(httpserver, store, web, link, **kwargs):
    httpserver.expect_request("/feed.xml").respond_with_data(feed(link), content_type="application/rss+xml")
    return FeedSource(httpserver.url_for("/feed.xml"), web, store, name="SW", **kwargs).gather(WEEK)


def test_a_link_to_an_internal_address_is_not_fetched(httpserver, store, web, internal):
    server, hits = internal
    result = gather(httpserver, store, web, server.url_for("/secret"))
    (iv,) = result.interviews
    assert hits == [] and "internal admin" not in iv.body and iv.body == "Mara Quinlan on the finale."
    assert iv.url is None  # an internal address is not published in the issue or the archive
    assert "is not a public address" in result.warnings[0] and "allow_hosts" in result.warnings[0]


def test_a_redirect_to_an_internal_address_is_not_followed(httpserver, store, web, internal):
    server, hits = internal
    httpserver.expect_request("/mara").respond_with_response(
        Response(status=302, headers={"Location": server.url_for("/secret")}))
    result = gather(httpserver, store, web, httpserver.url_for("/mara"))
    assert hits == [] and "internal admin" not in result.interviews[0].body
    assert "is not a public address" in result.warnings[0]


def test_a_link_that_parsers_read_two_ways_is_judged_where_it_connects(httpserver, store, web, internal):
    # The feed's own site to urlparse (the name after the backslash), another service to requests.
    server, _ = internal
    feed_host = httpserver.url_for("/").split("/")[2]
    result = gather(httpserver, store, web, f"http://127.0.0.1:{server.port}\\@{feed_host}/secret")
    assert server.log == [] and result.interviews[0].body == "Mara Quinlan on the finale."
    assert "is not a public address" in result.warnings[0]


def test_allow_hosts_lets_a_listed_internal_host_through(httpserver, store, web, internal):
    server, hits = internal
    result = gather(httpserver, store, web, server.url_for("/secret"), allow_hosts=(f"localhost:{server.port}",))
    assert hits == [1] and "internal admin" in result.interviews[0].body and result.warnings == []


def test_the_feeds_own_site_is_fetched(httpserver, store, web):
    httpserver.expect_request("/mara").respond_with_data(PAGE.encode("utf-8"), content_type="text/html")
    result = gather(httpserver, store, web, httpserver.url_for("/mara"))
    assert "kitchen scene" in result.interviews[0].body and result.warnings == []


def test_a_page_without_a_charset_keeps_its_quotation_marks(httpserver, store, web):
    httpserver.expect_request("/mara").respond_with_data(PAGE.encode("utf-8"), content_type="text/html")
    body = gather(httpserver, store, web, httpserver.url_for("/mara")).interviews[0].body
    assert "\u201cWe shot the kitchen scene eleven times and I cried in every single take,\u201d" in body
    assert "\u00e2\u20ac" not in body


def test_a_feed_that_dribbles_is_given_up_on_in_time(httpserver, store, web):
    def dribble(request):
        def chunks():
            for ch in feed("https://x.example.org/a"):
                time.sleep(0.2)
                yield ch.encode()
        return Response(chunks(), content_type="application/rss+xml", direct_passthrough=True)
    httpserver.expect_request("/feed.xml").respond_with_handler(dribble)
    started = time.monotonic()
    result = FeedSource(httpserver.url_for("/feed.xml"), web, store, name="Slow").gather(WEEK)
    assert time.monotonic() - started < 5
    assert result.interviews == [] and "took more than 2 seconds" in result.warnings[0]


def test_a_page_bigger_than_the_cap_is_refused(httpserver, store, web):
    httpserver.expect_request("/mara").respond_with_data(PAGE.replace("</article>", "<p>x</p>" * 40_000),
                                                         content_type="text/html")
    result = gather(httpserver, store, web, httpserver.url_for("/mara"))
    assert result.interviews[0].body == "Mara Quinlan on the finale."
    assert "more than 200000 bytes" in result.warnings[0]


@pytest.mark.parametrize("url, public", [
    ("http://127.0.0.1/", False), ("http://localhost:8080/", False), ("http://10.1.2.3/", False),
    ("http://192.168.0.1/", False), ("http://169.254.169.254/latest/meta-data/", False), ("http://[::1]/", False),
    ("http://[::ffff:127.0.0.1]/", False), ("http://0.0.0.0/", False), ("file:///etc/passwd", False),
    ("http://93.184.215.14/", True), ("https://[2606:4700::1111]/", True),
])
def test_public_addresses(url, public):
    assert is_public(url) is public
