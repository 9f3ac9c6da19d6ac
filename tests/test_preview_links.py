"""The preview's Links page: every link of the issue with its status, against real local servers."""

import html
import re
import threading

import pytest
import requests

from newsletter.preview import Preview, make_server
from newsletter.render import BUILTIN_TEMPLATES

from .conftest import WEEK


@pytest.fixture
def site(link_site):
    return link_site


@pytest.fixture
def silent(silent_port):
    return silent_port


def links_project(project, site, silent, allow=True):
    """The sample project, its stories' outside links taken out, and a footer linking to the local servers."""
    for name in ("2026-11-24-dev-okafor.md", "2026-11-26-theo-marsh.md"):
        path = project / "content" / name
        path.write_text(re.sub(r"(?m)^(url|newsurl): .*\n", "", path.read_text()))
    page = project / "content" / "2026-11-27-lena-voss.html"
    page.write_text(re.sub(r'<link rel="canonical"[^>]*>', "", page.read_text()))
    base = f"http://127.0.0.1:{site.port}"
    extra = "".join(f'<a href="{base}/{p}">{p}</a> ' for p in ("ok", "moved", "missing", "broken"))
    footer = (BUILTIN_TEMPLATES / "_footer.mjml.j2").read_text().replace(
        "</mj-column>", f'<mj-text mj-class="small">{extra}<a href="http://127.0.0.1:{silent}/slow">slow</a> '
                        f'<a href="http://localhost:{site.port}/ok">by name</a> '
                        '<a href="javascript:alert(1)">script</a></mj-text></mj-column>')
    (project / "templates").mkdir()
    (project / "templates" / "_footer.mjml.j2").write_text(footer)
    config = project / "config.toml"
    hosts = f'["127.0.0.1:{site.port}", "127.0.0.1:{silent}"]' if allow else "[]"
    config.write_text(config.read_text().replace("check_hosts = []", f"check_hosts = {hosts}")
                      .replace("link_timeout = 5.0", "link_timeout = 2"))
    return base


@pytest.fixture
def served_links(project, site, silent):
    base = links_project(project, site, silent)
    preview = Preview(project / "config.toml", WEEK)
    assert preview.error is None
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", base, preview
    server.shutdown()
    server.server_close()


def rows(page: str) -> dict[str, str]:
    """Each table row's link and the text of its status cell."""
    found = re.findall(r'<tr class="(ok|bad)"><td>.</td><td>(?:<a href="[^"]+">)?([^<]+).*?</td><td>[^<]*</td>'
                       r"<td>(.*?)</td></tr>", page)
    return {html.unescape(url): f"{cls}: " + " ".join(html.unescape(re.sub("<[^>]+>", " ", status)).split()) for cls, url, status in found}


def test_the_links_page_lists_every_link_with_its_status(served_links, site, silent):
    url, base, _ = served_links
    page = requests.get(url + "/links", timeout=30).text
    for link in ('href="/"', 'href="/checks"', 'href="/links"', 'href="/archive/"'):
        assert link in page  # under the toolbar like every page
    found = rows(page)
    assert found[f"{base}/ok"] == "ok: HTTP 200 OK"
    assert found[f"{base}/moved"] == f"ok: HTTP 200 OK 301 → {base}/ok"
    assert found[f"{base}/missing"] == "bad: client error: HTTP 404 Not Found"
    assert found[f"{base}/broken"] == "bad: server error: HTTP 500 Internal Server Error"
    assert found[f"http://127.0.0.1:{silent}/slow"] == "bad: timeout: no answer within 2 seconds"
    assert found[f"http://localhost:{site.port}/ok"].startswith("bad: not checked: an internal address")
    # Our own pages are asked of the app, signed for a stored reader, never fetched from base_url.
    own = "https://tvtalk.example.org"
    assert found[f"{own}/unsubscribe?t=NLTOKEN0000"] == "ok: our own page: the app answers 200 for ada.reader@example.org"
    assert found[f"{own}/preferences?t=NLTOKEN0000"] == "ok: our own page: the app answers 200 for ada.reader@example.org"
    assert found[f"{own}/archive/"] == "ok: our own page: the app answers 200"
    ics = [u for u in found if u.startswith(f"{own}/archive/{WEEK}/calendar/")]
    assert ics and all(found[u] == "ok: published when the issue is sent" for u in ics)
    assert found["mailto:letters@tvtalk.example.org"] == "ok: a mail address: not checked"
    assert found["javascript:alert(1)"] == "bad: not a web address a reader's mail app can open"
    assert 'href="javascript:' not in page.split("<table>", 1)[1]  # listed as text, never a link to click
    assert sorted(u for u, s in found.items() if s.startswith("bad")) == sorted(
        [f"{base}/missing", f"{base}/broken", f"http://127.0.0.1:{silent}/slow", f"http://localhost:{site.port}/ok",
         "javascript:alert(1)"])
    assert f"{len(found)} links, 5 problems" in page


def test_answers_are_kept_for_the_session_until_asked_again(served_links, site):
    url, base, _ = served_links
    requests.get(url + "/links", timeout=30)
    asked = len(site.log)
    assert asked >= 5
    requests.get(url + "/links", timeout=30)
    assert len(site.log) == asked  # the second page asked no one
    requests.get(url + "/links?again=1", timeout=30)
    assert len(site.log) > asked


def test_without_check_hosts_nothing_internal_is_fetched(project, site, silent):
    links_project(project, site, silent, allow=False)
    preview = Preview(project / "config.toml", WEEK)
    from newsletter.preview_links import check_issue_links

    found = {link.url: status for link, status in check_issue_links(preview, None)}
    base = f"http://127.0.0.1:{site.port}"
    assert all(found[f"{base}/{p}"].detail.startswith("not checked: an internal address")
               for p in ("ok", "moved", "missing", "broken"))
    assert site.log == []
