"""The preview's link checker: every link of the issue as shown, with what answers at its end.

Links to the newsletter's own pages (unsubscribe, preferences, the archive) are asked of the public
app itself, in process, with a real signed link in place of the per-subscriber placeholder: they are
never fetched from `base_url`, which may not be serving yet. Every other web address goes through
`linkcheck.LinkChecker` (its fetch guard included); its answers are kept for the preview session,
so reloading the page asks no one again unless the editor asks to check again.
"""

from __future__ import annotations

import html

from .archive import PUBLIC_FILES
from .calendar_links import GOOGLE_CALENDAR
from .errors import NewsletterError
from .linkcheck import Link, LinkChecker, LinkStatus, issue_links
from .tokens import TOKEN_PLACEHOLDER
from .words import counted

SAMPLE_READER = "preview@example.invalid"  # whom own links are signed for when no subscriber is shown or stored


def check_issue_links(preview, subscriber: str | None, again: bool = False) -> list[tuple[Link, LinkStatus]]:
    """Each link of the issue as `subscriber` gets it, with its status; web answers come from the session's
    cache unless `again`."""
    snap = preview.snapshot
    rendered = snap.rendered(subscriber)
    links = issue_links(rendered.html, rendered.text)
    base = snap.cfg.newsletter.base_url.rstrip("/")
    own = [link.url for link in links if link.url.rstrip("/") == base or link.url.startswith(base + "/")]
    web = [link.url for link in links if link.url.startswith(("http://", "https://")) and link.url not in own
           and not link.url.startswith(GOOGLE_CALENDAR)]
    todo = [url for url in web if again or url not in preview.link_results]
    if todo:
        cfg = snap.cfg.preview
        preview.link_results.update(LinkChecker(cfg.check_hosts, cfg.link_timeout).check(todo))
    found = dict(preview.link_results) | own_link_statuses(snap, subscriber, own)
    return [(link, found.get(link.url) or _not_web(link.url)) for link in links]


def _not_web(url: str) -> LinkStatus:
    if url.startswith(GOOGLE_CALENDAR):
        # Made here from the airing, one per airing: asking Google about each would only be refused as a robot.
        return LinkStatus(url, True, None, "a Google Calendar link made from the airing: not fetched")
    if url.startswith("mailto:"):
        return LinkStatus(url, True, None, "a mail address: not checked")
    return LinkStatus(url, False, None, "not a web address a reader's mail app can open")


def own_link_statuses(snap, subscriber: str | None, urls: list[str]) -> dict[str, LinkStatus]:
    """The newsletter's own links, answered by the public app in process (signed for the reader shown)."""
    if not urls:
        return {}
    from .build import calendar_files
    from .deliver import list_id, signing_key
    from .public import create_app
    from .tokens import subscriber_token

    cfg = snap.cfg
    try:
        secret, _ = signing_key(cfg)
        client = create_app(cfg).test_client()
    except NewsletterError as exc:
        return {url: LinkStatus(url, False, None, f"not checked: {exc}") for url in urls}
    reader = subscriber or (snap.subscribers[0].email if snap.subscribers else SAMPLE_READER)
    token = subscriber_token(secret, reader, list_id(cfg))
    base = cfg.newsletter.base_url.rstrip("/")
    week = snap.issue.week
    published = {"issue.html", "issue.txt", "issue.json", *calendar_files(cfg, snap.issue)}
    out = {}
    for url in urls:
        path = url[len(base):].replace(TOKEN_PLACEHOLDER, token) or "/"
        status = client.get(path).status_code
        name = path.removeprefix(f"/archive/{week}/")
        if status == 404 and name != path and PUBLIC_FILES.match(name):
            # This week's files are public once it is sent; until then the app rightly says 404.
            ok = name in published
            out[url] = LinkStatus(url, ok, None, "published when the issue is sent" if ok else
                                  f"this week's build writes no {name}")
        else:
            out[url] = LinkStatus(url, status < 400, status, f"our own page: the app answers {status}"
                                  + (f" for {reader}" if TOKEN_PLACEHOLDER in url else ""))
    return out


def _anchor(url: str) -> str:
    """A web address as a link to open; anything else (mailto:, or what a template made) as text only."""
    shown = html.escape(url)
    return f'<a href="{shown}">{shown}</a>' if url.startswith(("https://", "http://")) else shown


def links_page(preview, subscriber: str | None, again: bool = False) -> str:
    """The body of the preview's Links page: a table of every link and its status, failures first."""
    rows = check_issue_links(preview, subscriber, again)
    rows.sort(key=lambda row: row[1].ok)
    bad = sum(1 for _, status in rows if not status.ok)
    cells = "".join(
        f"<tr class=\"{'ok' if status.ok else 'bad'}\"><td>{'✔' if status.ok else '✘'}</td>"
        f"<td>{_anchor(link.url)}"
        f"{'<br><small>' + html.escape(link.label) + '</small>' if link.label else ''}</td>"
        f"<td>{html.escape(', '.join(link.where))}</td><td>{html.escape(status.detail)}"
        + "".join(f"<br><small>{code} → {html.escape(to)}</small>" for code, to in status.redirects)
        + "</td></tr>" for link, status in rows)
    who = f"&amp;subscriber={html.escape(subscriber)}" if subscriber else ""
    return (f"<p>{counted(len(rows), 'link')}, {counted(bad, 'problem')}. Web links are asked once per preview "
            f'session; <a href="/links?again=1{who}">check again</a>.</p>'
            f"<table><tr><th></th><th>Link</th><th>In</th><th>Status</th></tr>{cells}</table>")
