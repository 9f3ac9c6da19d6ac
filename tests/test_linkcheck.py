"""The link checker against real local servers: answers, redirects, failures, and the fetch guard."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from werkzeug import Response

from newsletter.linkcheck import LinkChecker, issue_links


@pytest.fixture
def site(link_site):
    link_site.expect_request("/get-only", method="HEAD").respond_with_data("", status=405)
    link_site.expect_request("/get-only", method="GET").respond_with_data("fine")
    return link_site


@pytest.fixture
def silent(silent_port):
    return f"http://127.0.0.1:{silent_port}/slow"


def allowed(server) -> LinkChecker:
    return LinkChecker(allow_hosts=[f"127.0.0.1:{server.port}"], timeout=2)


def test_each_answer_is_its_status_with_redirects_shown(site, silent):
    checker = LinkChecker(allow_hosts=[f"127.0.0.1:{site.port}", silent.split("/")[2]], timeout=2)
    urls = {name: site.url_for(f"/{name}").replace("localhost", "127.0.0.1")
            for name in ("ok", "moved", "missing", "broken", "get-only")}
    found = checker.check([*urls.values(), silent])
    ok, moved, missing, broken, get_only = (found[urls[n]] for n in ("ok", "moved", "missing", "broken", "get-only"))
    assert (ok.ok, ok.status, ok.detail, ok.redirects) == (True, 200, "HTTP 200 OK", [])
    assert (moved.ok, moved.status, moved.redirects) == (True, 200, [(301, urls["ok"])])
    assert (missing.ok, missing.status, missing.detail) == (False, 404, "client error: HTTP 404 Not Found")
    assert (broken.ok, broken.status, broken.detail) == (False, 500, "server error: HTTP 500 Internal Server Error")
    assert (get_only.ok, get_only.status) == (True, 200)  # HEAD refused, GET answered
    slow = found[silent]
    assert (slow.ok, slow.status, slow.detail) == (False, None, "timeout: no answer within 2 seconds")
    methods = [(r.method, r.path) for r, _ in site.log]
    assert ("HEAD", "/ok") in methods and ("GET", "/missing") in methods  # a 4xx to HEAD is asked again by GET


def test_a_host_that_does_not_resolve_is_named_as_dns():
    status = LinkChecker().check(["https://no-such-host.invalid/page"])["https://no-such-host.invalid/page"]
    assert (status.ok, status.detail) == (False, "DNS: no-such-host.invalid does not resolve")


@pytest.mark.parametrize("form", ["127.0.0.1:{port}", "localhost:{port}", "2130706433:{port}", "[::ffff:127.0.0.1]:{port}"])
def test_internal_addresses_are_never_fetched_unless_configured(site, form):
    url = f"http://{form.format(port=site.port)}/ok"
    status = LinkChecker(timeout=0.5).check([url])[url]
    assert not status.ok and status.detail.startswith("not checked: an internal address")
    assert site.log == []  # nothing was asked


def test_the_guard_judges_the_host_requests_connects_to(site):
    # urlparse reads the listed name after the backslash; requests connects to the address before it.
    url = f"http://127.0.0.1:{site.port}\\@wiki.internal/ok"
    status = LinkChecker(allow_hosts=["wiki.internal"], timeout=0.5).check([url])[url]
    assert not status.ok and status.detail.startswith("not checked: an internal address")
    assert site.log == []  # nothing was asked


def test_each_redirect_hop_passes_the_guard(site):
    # Allowed by its address, the first hop points at the same server under a name nobody listed.
    site.expect_request("/to-localhost").respond_with_response(
        Response(status=302, headers={"Location": f"http://localhost:{site.port}/ok"}))
    url = f"http://127.0.0.1:{site.port}/to-localhost"
    status = allowed(site).check([url])[url]
    assert not status.ok and status.detail.startswith("not checked: an internal address")
    assert status.redirects == [(302, f"http://localhost:{site.port}/ok")]
    assert [r.path for r, _ in site.log] == ["/to-localhost"]


def test_checks_run_side_by_side_but_never_more_than_the_bound():
    state = {"now": 0, "most": 0}
    lock = threading.Lock()
    together = threading.Barrier(3, timeout=5)  # each answer waits for two more requests in flight

    class Slow(BaseHTTPRequestHandler):
        def do_HEAD(self):
            with lock:
                state["now"] += 1
                state["most"] = max(state["most"], state["now"])
            try:
                together.wait()
            except threading.BrokenBarrierError:
                pass  # fewer than three came at once: `most` says so
            with lock:
                state["now"] -= 1
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        urls = [f"http://127.0.0.1:{port}/{n}" for n in range(9)]
        found = LinkChecker(allow_hosts=[f"127.0.0.1:{port}"], workers=3).check(urls)
    finally:
        server.shutdown()
        server.server_close()
    assert all(s.ok for s in found.values()) and len(found) == 9
    assert state["most"] == 3


def test_every_link_of_both_parts_is_listed_once_with_where_it_appears():
    html = ('<a href="https://a.example/x">Read <b>it</b></a> <a href="#story-1">jump</a> '
            '<img src="https://img.example/p.jpg" alt="Show poster"> <a href="mailto:ed@example.org">Write</a>')
    text = "Read the interview: https://a.example/x.\nOther: https://b.example/y), then (https://c.example/z)"
    links = {link.url: link for link in issue_links(html, text)}
    assert list(links) == ["https://a.example/x", "https://img.example/p.jpg", "mailto:ed@example.org",
                           "https://b.example/y", "https://c.example/z"]
    assert links["https://a.example/x"].where == ["html", "text"] and links["https://a.example/x"].label == "Read it"
    assert links["https://img.example/p.jpg"].where == ["image"]
