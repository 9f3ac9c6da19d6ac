"""The editor's preview: a local web server that shows the week's issue as subscribers will see it.

It watches the config, the content folders and the templates, rebuilds within a
second of a change, and keeps serving the last good issue when a rebuild fails
(the error is shown on the page). Bound to 127.0.0.1 unless told otherwise. The page around
each view is `preview_html`; the editor's actions (pin, ban, correct, approve, test) are `preview_actions`.
"""

from __future__ import annotations

import hmac
import html
import json
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

from .assemble import pick_quotes
from .build import default_week, make_issue
from .checks import CheckResult, sample_message, spam_report, static_checks
from .config import load_config
from .errors import CheckFailed, NewsletterError
from .personal import ONLY, shows_mode
from .preview_html import MAX_WIDTH, MIN_WIDTH, copyable, error_box, page, toolbar_width, warning_box
from .render import RenderSettings, render_issue
from .sources import source_kinds
from .subscribers import SubscriberStore

MAX_FORM = 16 * 1024  # an action's form is a few hundred bytes
PICKER_SIZE = 200  # subscribers offered in the "As" menu; any other address works in ?subscriber=
WIDTH_PRESETS = {320: "Small phone 320", 375: "Phone 375", 414: "Large phone 414", 600: "Desktop 600", 800: "Wide 800"}
RUNNERS_UP = 3  # picked beyond the issue's own, so the interviews page offers the editor alternatives to pin


@dataclass
class Snapshot:
    """The last good build and what the preview shows of it."""

    cfg: object
    issue: object
    settings: RenderSettings
    subscribers: list = field(default_factory=list)  # the picker's choices: the first PICKER_SIZE active ones
    cache: dict = field(default_factory=dict)
    store: object = None
    warnings: list = field(default_factory=list)  # the config's and the build's: skipped files and the like

    def rendered(self, subscriber: str | None):
        sub = next((s for s in self.subscribers if s.email == subscriber), None)
        if sub is None and subscriber and self.store is not None:
            try:
                sub = self.store.get(subscriber)
            except NewsletterError:
                sub = None
        tz = (sub.timezone if sub else None) or self.cfg.newsletter.timezone
        shows = sub.shows if sub else ()
        only = sub is not None and shows_mode(sub) == ONLY
        key = (tz, shows, only)
        if key not in self.cache:
            self.cache[key] = render_issue(self.issue, self.settings, reader_tz=tz, shows=shows, only=only)
        return self.cache[key]


class Preview:
    """Builds, watches and rebuilds; the HTTP handler reads `snapshot`, `error` and `version`."""

    def __init__(self, config_path: Path, week: str | None = None, interval: float = 0.25):
        self.config_path = Path(config_path)
        self.week = week
        self.interval = interval
        self.snapshot: Snapshot | None = None
        self.error: str | None = None
        self.version = 0
        self._fingerprint = None
        self._stop = threading.Event()
        self.form_token = secrets.token_urlsafe(24)  # in every form; a page elsewhere cannot read it
        self.link_results: dict = {}  # the link checker's answers, kept for the session (preview_links.py)
        self.rebuild()

    def watched(self) -> list[Path]:
        paths = [self.config_path]
        cfg = self.snapshot.cfg if self.snapshot else None
        if cfg is not None:
            kinds = source_kinds()
            paths += [path for s in cfg.sources for path in kinds[s.type].watched(s, cfg)]
            paths += [cfg.resolve(cfg.build.templates)]
        return paths

    def fingerprint(self) -> tuple:
        stamps = []
        for root in self.watched():
            files = [root] if root.is_file() else (sorted(root.rglob("*")) if root.is_dir() else [])
            for f in files:
                try:
                    st = f.stat()
                    stamps.append((str(f), st.st_mtime_ns, st.st_size))
                except OSError:
                    continue
        return tuple(stamps)

    def rebuild(self) -> None:
        """Build again; on failure keep the last good snapshot and remember the error."""
        # Taken before building: an edit made during the build is then seen as a change, not lost.
        before = self.fingerprint()
        try:
            cfg = load_config(self.config_path)
            week = self.week or default_week(cfg)
            store = SubscriberStore.from_config(cfg)
            issue, warnings = make_issue(cfg, week, followed=store.followed_shows())
            settings = RenderSettings.from_config(cfg)
            subscribers = next(store.batches("active", PICKER_SIZE), [])
            snap = Snapshot(cfg, issue, settings, subscribers, store=store,
                            warnings=[f"{self.config_path}: {w}" for w in cfg.warnings] + list(warnings))
            snap.rendered(None)  # render now, so a template error shows up as a failed rebuild
            self.snapshot, self.error = snap, None
        except NewsletterError as exc:
            self.error = str(exc)
        except Exception as exc:  # a preview must survive anything an editor's edit can cause
            self.error = f"{exc.__class__.__name__}: {exc}"
        self.version += 1
        self._fingerprint = before

    def watch(self) -> None:
        while not self._stop.wait(self.interval):
            if self.fingerprint() != self._fingerprint:
                self.rebuild()

    def stop(self) -> None:
        self._stop.set()


def make_server(preview: Preview, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """An HTTP server for the preview; call serve_forever() on it."""

    class Handler(_Handler):
        pass

    Handler.preview = preview
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    preview: Preview

    def log_message(self, *args):  # quiet: the terminal shows rebuilds, not every request
        pass

    def do_GET(self):
        url = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        routes = {"/": self.page_shell, "/issue.html": self.page_issue, "/issue.txt": self.page_text,
                  "/source": self.page_source, "/mjml": self.page_mjml, "/interviews": self.page_interviews,
                  "/checks": self.page_checks, "/links": self.page_links, "/__version": self.page_version}
        if url.path.startswith("/archive"):
            return self.page_archive(url.path[len("/archive"):].strip("/"))
        handler = routes.get(url.path)
        if handler is None:
            return self.send(404, "text/plain", "not found")
        snap = self.preview.snapshot
        if snap is None and url.path not in ("/", "/__version"):
            return self.send(503, "text/html", page("Preview", error_box(self.preview.error)))
        return handler(q)

    def do_POST(self):
        """An editor's action from a page: pin or ban a pull-quote, correct an interviewee or show, approve."""
        from .preview_actions import act

        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_FORM or not self._same_origin():
            return self.send(403, "text/plain", "refused: not a form of this preview")
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8", "replace")).items()}
        if not hmac.compare_digest(form.get("token", "").encode(), self.preview.form_token.encode()):
            return self.send(403, "text/plain", "refused: the form is stale; reload the page")
        if self.preview.snapshot is None:
            return self.send(503, "text/plain", "no issue built yet")
        try:
            done = act(self.preview, form)
        except NewsletterError as exc:
            return self.send(400, "text/html", page("Not done", f"<p>{html.escape(str(exc))}</p>"))
        self.preview.rebuild()
        self.send_response(303)
        back = "/interviews" if form.get("action") not in ("approve", "send_test") else "/"
        self.send_header("Location", f"{back}?done={quote(done)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _same_origin(self) -> bool:
        """A request from this preview's own pages: Host is the address served, Origin (when sent) matches it.

        The Host check keeps out a web page that rebinds its own name to 127.0.0.1."""
        host, port = self.server.server_address[:2]
        allowed = {f"{name}:{port}" for name in (host, "127.0.0.1", "localhost", "[::1]")}
        origin = self.headers.get("Origin")
        return self.headers.get("Host", "") in allowed and (origin is None or
                                                            origin.removeprefix("http://") in allowed)

    def send(self, status: int, ctype: str, body: str, download: str | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        if download:
            self.send_header("Content-Disposition", f'attachment; filename="{download}"')
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def page_version(self, q):
        self.send(200, "application/json", json.dumps({"version": self.preview.version, "error": self.preview.error}))

    def page_shell(self, q):
        snap = self.preview.snapshot
        subs = snap.subscribers if snap else []
        sub = q.get("subscriber", "")
        width = str(toolbar_width(q.get("width")))
        dark = q.get("dark", "")
        options = "".join(f'<option value="{html.escape(s.email)}"{" selected" if s.email == sub else ""}>'
                          f"{html.escape(s.name or s.email)} ({html.escape(s.timezone or 'newsletter time')})</option>"
                          for s in subs)
        title = html.escape(snap.issue.subject) if snap else "Preview"
        presets = "".join(f'<option value="{w}" label="{label}">' for w, label in WIDTH_PRESETS.items())
        body = f"""
<form class="bar" method="get">
  <strong>{title}</strong>
  <label>Width <input type="number" name="width" min="{MIN_WIDTH}" max="{MAX_WIDTH}" value="{width}" list="widths"
    onchange="this.form.submit()"> px</label><datalist id="widths">{presets}</datalist>
  <label><input type="checkbox" name="dark" value="1"{" checked" if dark else ""} onchange="this.form.submit()"> Dark</label>
  <label>As <select name="subscriber" onchange="this.form.submit()"><option value="">Everyone</option>{options}</select></label>
  <a href="/issue.html?subscriber={html.escape(sub)}&amp;download=1">Download HTML</a>
</form>
{self.form("approve", "", "", "Approve this issue as shown") if snap else ""}
{self.form("send_test", "", "", "Send me a test", True) if snap else ""}
{f'<p class="done">{html.escape(q["done"])}</p>' if q.get("done") else ""}
{error_box(self.preview.error)}{warning_box(snap.warnings if snap else [])}
<iframe title="The issue" style="width:{width}px"
  src="/issue.html?subscriber={html.escape(sub)}&amp;dark={html.escape(dark)}"></iframe>"""
        self.send(200, "text/html", page("Preview", body, live=True))

    def page_issue(self, q):
        out = self.preview.snapshot.rendered(q.get("subscriber")).html
        if q.get("dark"):
            out = out.replace("@media (prefers-color-scheme: dark)", "@media all")
        download = f"{self.preview.snapshot.issue.week}.html" if q.get("download") else None
        self.send(200, "text/html", out, download=download)

    def page_text(self, q):
        self.send(200, "text/plain", self.preview.snapshot.rendered(q.get("subscriber")).text)

    def page_source(self, q):
        src = self.preview.snapshot.rendered(q.get("subscriber")).html
        self.send(200, "text/html", page("HTML source", copyable(src)))

    def page_mjml(self, q):
        src = self.preview.snapshot.rendered(q.get("subscriber")).mjml
        self.send(200, "text/html", page("MJML source", copyable(src)))

    def page_interviews(self, q):
        snap = self.preview.snapshot
        parts = []
        for story in snap.issue.stories:
            u = story.understanding
            sel = pick_quotes(u, snap.cfg.quotes, count=snap.cfg.quotes.per_interview + RUNNERS_UP)
            picked = {(p.start, p.end) for p in story.pull_quotes}
            best = [c for c in sel.candidates if c.excluded is None][:8]
            src = u.interview.source
            rows = "".join(
                f"<li class=\"{'pick' if (c.start, c.end) in picked else 'runner'}\">"
                f"<b>{c.score:.2f}</b> {html.escape(c.text)}<br><small>{html.escape('; '.join(c.reasons))}</small>"
                f"{self.form('pin', src, c.text, 'Pin')}{self.form('ban', src, c.text, 'Ban')}</li>"
                for c in best)
            parts.append(f"<h2>{html.escape(u.interview.title or u.interviewee or src)}</h2>"
                         f"<p>{html.escape(u.interviewee or '?')} (confidence {u.confidence:.2f}) · "
                         f"{html.escape(u.show or '?')} · {html.escape(src)}</p>"
                         f"{self.form('interviewee', src, u.interviewee or '', 'Correct interviewee', True)}"
                         f"{self.form('show', src, u.show or '', 'Correct show', True)}<ol>{rows}</ol>")
        self.send(200, "text/html", page("This week's interviews", "".join(parts), live=True))

    def form(self, action: str, source: str, value: str, label: str, editable: bool = False) -> str:
        """A one-button form posting an editor's action, with this preview's form token."""
        kind = "text" if editable else "hidden"
        return (f'<form method="post" action="/act" class="act"><input type="hidden" name="token" '
                f'value="{self.preview.form_token}"><input type="hidden" name="action" value="{action}">'
                f'<input type="hidden" name="source" value="{html.escape(source)}">'
                f'<input type="{kind}" name="value" value="{html.escape(value)}"><button>{label}</button></form>')

    def page_checks(self, q):
        snap = self.preview.snapshot
        results = static_checks(snap.rendered(None).html)
        if "spam" not in snap.cache:  # SpamAssassin takes seconds: once per build
            snap.cache["spam"] = _spam_check(snap)
        results.append(snap.cache["spam"])
        rows = "".join(f"<li>{'✔' if r.ok else '✘'} <b>{html.escape(r.name)}</b>: {html.escape(r.detail)}</li>"
                       for r in results)
        self.send(200, "text/html", page("Checks", f"<ul>{rows}</ul><p>Browser layout and screenshots: "
                                                    "run <code>newsletter check</code>.</p>", live=True))

    def page_links(self, q):
        from .preview_links import links_page

        body = links_page(self.preview, q.get("subscriber") or None, again=bool(q.get("again")))
        self.send(200, "text/html", page("Links", body))

    def page_archive(self, week: str):
        snap = self.preview.snapshot
        out = snap.cfg.resolve(snap.cfg.build.out) if snap else None
        if not out or not out.is_dir():
            return self.send(200, "text/html", page("Archive", "<p>No issues built yet.</p>"))
        weeks = sorted((p.name for p in out.iterdir() if (p / "issue.html").is_file()), reverse=True)
        if week:
            if week not in weeks:
                return self.send(404, "text/plain", "no such issue")
            return self.send(200, "text/html", (out / week / "issue.html").read_text(encoding="utf-8"))
        items = "".join(f'<li><a href="/archive/{w}">{w}</a></li>' for w in weeks)
        self.send(200, "text/html", page("Archive", f"<ul>{items}</ul>"))


def _spam_check(snap: Snapshot) -> CheckResult:
    from types import SimpleNamespace

    try:
        report = spam_report(sample_message(snap.cfg, SimpleNamespace(issue=snap.issue, rendered=snap.rendered(None))))
    except CheckFailed as exc:
        return CheckResult("spam score", False, f"could not run: {exc.message}")
    if report is None:
        return CheckResult("spam score", True, "skipped: SpamAssassin is not installed")
    bad = report.forbidden
    rules = ", ".join(f"{name} {points:+.1f}" for name, points in report.rules.items())
    return CheckResult("spam score", report.score <= 1.0 and not bad,
                       f"{report.score:.1f} points; rules: {rules or 'none'}"
                       + (f"; not allowed: {', '.join(bad)}" if bad else ""))


def serve(config_path: Path, week: str | None, host: str, port: int, echo=print) -> None:
    """Run the preview until interrupted."""
    preview = Preview(config_path, week)
    try:
        server = make_server(preview, host, port)
    except OSError as exc:
        raise NewsletterError(f"cannot listen on {host}:{port}: {exc.strerror}",
                              hint="choose another port with --port") from None
    watcher = threading.Thread(target=preview.watch, daemon=True)
    watcher.start()
    echo(f"Previewing at http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)")
    if preview.error:
        echo(f"Warning: {preview.error}")
    for line in preview.snapshot.warnings if preview.snapshot else []:
        echo(f"Warning: {line}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
        server.server_close()


__all__ = ["Preview", "make_server", "serve"]
