"""The internet-facing pages (`newsletter serve`): subscribe with double opt-in, unsubscribe
(RFC 8058 one-click), preferences, the archive, and provider webhooks for bounces and complaints.

Every form is protected by a double-submit CSRF cookie; every link carries a
signed token checked in constant time; a bad token gets a plain error page and
changes nothing. A confirmation link subscribes only through its page's button,
once; the subscribe form is rate-limited per client and per address, with the
usual answer over a limit. Served by `serving.py`, on 127.0.0.1 unless configured; what every
route shares (the page, the CSRF cookie, reading tokens) is `public_site.Site`.
"""

from __future__ import annotations

import hashlib
import html
import secrets
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from flask import Flask, Response, abort, request

from .archive import PUBLIC_FILES, atom_feed, public_issue_json, sent_weeks
from .config import Config
from .deliver.one import Letter, send_one
from .personal import FIRST, MODES
from .public_site import MAX_FIELD, MAX_TOKEN, Site
from .subscribers.fields import normalise_email
from .tokens import BadToken, sign
from .webhooks import MAX_BODY as MAX_WEBHOOK_BODY, BadWebhook, WebhookRefused, WebhookRequest, read_webhook

CONFIRM_SECONDS = 2 * 24 * 3600
HOUR, DAY = 3600, 24 * 3600
ARCHIVE_TYPES = {"html": "text/html", "txt": "text/plain", "ics": "text/calendar"}  # what PUBLIC_FILES lets through
# On every response, the archive's issues included: they show images (https) and inline styles, nothing runs.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(cfg: Config, now=time.time) -> Flask:
    """The WSGI app for one newsletter."""
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024  # forms are small; anything bigger is not ours
    site = Site.from_config(cfg, now)

    # A link that is damaged, forged, expired or used: a plain page saying so, and nothing changed.
    app.register_error_handler(BadToken, lambda exc: site.error(exc.message + ". " + exc.hint))

    @app.after_request
    def security_headers(resp: Response) -> Response:
        for header, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(header, value)
        return resp

    for routes in (_health_routes, _subscribe_routes, _confirm_routes, _approve_routes, _member_routes,
                   _preferences_routes, _archive_routes, _webhook_routes):
        routes(app, site)
    return app


def _health_routes(app: Flask, site: Site) -> None:
    """`/` and `/healthz`: whether the state database answers."""
    ledger = site.ledger

    @app.get("/")
    @app.get("/healthz")
    def healthz():
        """For a load balancer or a supervisor: 200 while the state database answers, 503 when it does not."""
        try:
            with ledger.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.SQLAlchemyError:
            return Response('{"status": "unavailable", "state_database": "not answering"}\n', status=503,
                            mimetype="application/json")
        return Response('{"status": "ok"}\n', mimetype="application/json")


def _subscribe_routes(app: Flask, site: Site) -> None:
    """The subscribe form, which mails a confirmation link (rate-limited)."""
    cfg, now, secret, lid, state, page, error, field, csrf_field, csrf_ok, check_inbox = (
        site.cfg, site.now, site.secret, site.lid, site.state, site.page, site.error, site.field, site.csrf_field,
        site.csrf_ok, site.check_inbox)

    @app.get("/subscribe")
    def subscribe_form():
        token, hidden = csrf_field()
        return page("Subscribe", f"""<p>One email a week: the best lines from TV interviews and when the shows are on.</p>
<form method="post" action="/subscribe">{hidden}
<label>Email <input type="email" name="email" required maxlength="{MAX_FIELD}"></label>
<label>Time zone (optional) <input name="timezone" maxlength="64" placeholder="Europe/London"></label>
<button type="submit">Subscribe</button></form>""", csrf=token)

    @app.post("/subscribe")
    def subscribe():
        if not csrf_ok():
            return error("The form expired. Please go back, reload the page and try again.", 403)
        # Over a limit the answer is the usual one and nothing is mailed: no one learns whom the limit hit.
        if not state.hit("subscribe", request.remote_addr or "-", cfg.server.subscribes_per_hour, HOUR, now()):
            return check_inbox()
        try:
            email = normalise_email(field("email"))
        except ValueError as exc:
            return error(f"That address does not look right: {exc}")
        tz = field("timezone")
        if tz:
            try:
                ZoneInfo(tz)
            except (ZoneInfoNotFoundError, ValueError):
                return error(f'"{tz}" is not a time zone we know; leave it empty or use a name like Europe/London.')
        link = sign(secret, "confirm", email, lid, expires=int(now()) + CONFIRM_SECONDS,
                    extra={"z": tz, "i": round(now(), 3), "n": secrets.token_urlsafe(8)})
        if state.hit("confirmation", email.casefold(), cfg.server.confirmations_per_day, DAY, now()):
            _send_confirmation(cfg, secret, email, f"{cfg.newsletter.base_url.rstrip('/')}/confirm?t={link}")
        return check_inbox()


def _confirm_routes(app: Flask, site: Site) -> None:
    """The confirmation link: a page with a button, which subscribes once."""
    now, name, ledger, store, state, page, error, confirmation = (
        site.now, site.name, site.ledger, site.store, site.state, site.page, site.error, site.confirmation)

    @app.get("/confirm")
    def confirm_form():
        # A GET changes nothing: mail scanners fetch links before anyone clicks them.
        token = request.args.get("t", "")[:MAX_TOKEN]
        claims = confirmation(token)
        return page("Confirm your subscription", f"""<p>Send {html.escape(name)} to {html.escape(claims["e"])} every week?</p>
<form method="post" action="/confirm"><input type="hidden" name="t" value="{html.escape(token)}">
<button type="submit">Yes, subscribe me</button></form>""")

    @app.post("/confirm")
    def confirm():
        token = request.form.get("t", "")[:MAX_TOKEN]
        claims = confirmation(token)
        email = claims["e"]
        left = ledger.suppressed_at(email)
        if left is not None and left > claims.get("i", 0):
            return error("You unsubscribed after asking for this link, so it no longer works. "
                         "To come back, subscribe again.")
        if not state.first_use("confirm", token, claims["x"], now()):
            return error("This link has already been used. You are subscribed; nothing more to do.")
        ledger.unsuppress(email)  # they asked again after leaving, and confirmed: that is consent
        store.confirm(email, timezone=claims.get("z") or None, detail="double opt-in link confirmed")
        return page("You're subscribed", f"<p>{html.escape(email)} will get the next issue.</p>")


def _approve_routes(app: Flask, site: Site) -> None:
    """An editor's approve link: a page with a button, which approves once."""
    cfg, now, secret, state, page = site.cfg, site.now, site.secret, site.state, site.page

    @app.get("/approve")
    def approve_form():
        # A GET changes nothing: mail scanners fetch links before any editor reads them.
        from .approval import read_link

        token = request.args.get("t", "")[:MAX_TOKEN]
        claims = read_link(cfg, secret, token, now())
        return page(f"Approve the {claims['w']} issue", f"""<p>Send the {html.escape(claims["w"])} issue exactly as it
was mailed to you (content {html.escape(claims["h"][:12])}) to every subscriber at the scheduled time?</p>
<form method="post" action="/approve"><input type="hidden" name="t" value="{html.escape(token)}">
<button type="submit">Approve this issue</button></form>""")

    @app.post("/approve")
    def approve():
        from .approval import approve_from_link

        claims = approve_from_link(cfg, state, secret, request.form.get("t", "")[:MAX_TOKEN], now())
        return page("Approved", f"<p>The {html.escape(claims['w'])} issue (content {html.escape(claims['h'][:12])}) "
                                "is approved. If it is rebuilt with other content, it needs approving again.</p>")


def _member_routes(app: Flask, site: Site) -> None:
    """Unsubscribing: a page with a button, and RFC 8058 one-click."""
    name, ledger, store, page, subscriber_for = site.name, site.ledger, site.store, site.page, site.subscriber_for

    @app.get("/unsubscribe")
    def unsubscribe_form():
        token = request.args.get("t", "")
        if not token:
            return page("Unsubscribe", "<p>Use the unsubscribe link at the bottom of any issue.</p>")
        sub, _ = subscriber_for(token)
        who = html.escape(sub.email) if sub else "this address"
        return page("Unsubscribe", f"""<p>Stop sending {html.escape(name)} to {who}?</p>
<form method="post" action="/unsubscribe?t={html.escape(token)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>""")

    @app.post("/unsubscribe")
    def unsubscribe():
        # RFC 8058: a POST with List-Unsubscribe=One-Click unsubscribes at once, with no cookie, no login and
        # no redirect; the signed token in the URL is the authority.
        sub, prefix = subscriber_for(request.args.get("t", ""))
        if sub is not None:
            ledger.suppress(sub.email, "unsubscribed")
            store.set_status(sub.email, "unsubscribed", "unsubscribe-link", "one-click (RFC 8058)"
                             if request.form.get("List-Unsubscribe") == "One-Click" else "unsubscribe page")
        else:  # the token alone is the authority, whatever the store says
            ledger.suppress_token_hash(prefix, "unsubscribed")
        return page("You're unsubscribed", "<p>You will get no more issues. Sorry to see you go.</p>")


def _preferences_routes(app: Flask, site: Site) -> None:
    """A subscriber's preferences: the shows they follow and their time zone."""
    store, page, error, field, csrf_field, csrf_ok, subscriber_for = (
        site.store, site.page, site.error, site.field, site.csrf_field, site.csrf_ok, site.subscriber_for)

    @app.route("/preferences", methods=["GET", "POST"])
    def preferences():
        token = request.args.get("t", "")
        sub, _ = subscriber_for(token)
        if sub is None:
            return error("You are not subscribed any more.", 404)
        note = ""
        if request.method == "POST":
            if not csrf_ok():
                return error("The form expired. Please go back, reload the page and try again.", 403)
            tz = field("timezone")
            shows = tuple(s.strip()[:100] for s in field("shows").split(";") if s.strip())[:50]
            if tz:
                try:
                    ZoneInfo(tz)
                except (ZoneInfoNotFoundError, ValueError):
                    return error(f'"{tz}" is not a time zone we know.')
            mode = field("shows_mode") or FIRST
            if mode not in MODES:
                return error(f'"{mode}" is not a choice of this form. Please reload the page and choose again.')
            sub = store.update(sub.email, timezone=tz or None, shows=shows, shows_mode=mode) or sub
            note = "<p><strong>Saved.</strong></p>"
        csrf, hidden = csrf_field()
        chosen = sub.shows_mode
        modes = "".join(f'<label><input type="radio" name="shows_mode" value="{m}"{" checked" if m == chosen else ""}> '
                        f"{label}</label>" for m, label in MODES.items())
        return page("Your preferences", f"""{note}<form method="post" action="/preferences?t={html.escape(token)}">{hidden}
<label>Shows you follow (separated by ;) <input name="shows" maxlength="{MAX_FIELD}" value="{html.escape(';'.join(sub.shows))}"></label>
<fieldset><legend>Your issue</legend>{modes}</fieldset>
<label>Time zone <input name="timezone" maxlength="64" value="{html.escape(sub.timezone or '')}"></label>
<button type="submit">Save</button></form>""", csrf=csrf)


def _archive_routes(app: Flask, site: Site) -> None:
    """The sent issues: a list, an Atom feed, and each issue's public files."""
    cfg, ledger, built, page = site.cfg, site.ledger, site.built, site.page

    @app.get("/archive/")
    def archive():
        items = "".join(f'<li><a href="/archive/{w}/issue.html">{w}</a></li>'
                        for w, _ in sent_weeks(cfg, ledger, built))
        return page("Past issues", (f"<ul>{items}</ul>" if items else "<p>No issues yet.</p>")
                    + '<p><a href="/archive/feed.xml">Atom feed</a></p>')

    @app.get("/archive/feed.xml")
    def archive_feed():
        return Response(atom_feed(cfg, sent_weeks(cfg, ledger, built), built), mimetype="application/atom+xml")

    @app.get("/archive/<week>/<path:name>")
    def archive_file(week: str, name: str):
        # Only what was sent is public, and of it only the issue's own files.
        if not PUBLIC_FILES.match(name) or week not in dict(sent_weeks(cfg, ledger, built)):
            abort(404)
        body = built.file(week, name)
        if body is None:
            abort(404)
        if name == "issue.json":
            return Response(public_issue_json(body), mimetype="application/json")
        return Response(body, mimetype=ARCHIVE_TYPES[name.rsplit(".", 1)[-1]])


def _webhook_routes(app: Flask, site: Site) -> None:
    """`POST /webhooks/<provider>`: bounces and complaints, read by the provider's module."""
    now, ledger, store, state, webhook_keys = site.now, site.ledger, site.store, site.state, site.webhook_keys

    @app.post("/webhooks/<provider>")
    def webhook(provider: str):
        request.max_content_length = MAX_WEBHOOK_BODY
        auth = request.authorization
        try:
            addresses = read_webhook(provider, WebhookRequest(
                request.get_data(cache=False), request.headers, request.args, auth.password if auth else None,
                webhook_keys, lambda token, until: state.first_use("webhook", token, until, now()), now()))
        except WebhookRefused:
            return Response("forbidden\n", status=403, mimetype="text/plain")
        except BadWebhook as exc:
            return Response(f"bad request: {exc}\n", status=400, mimetype="text/plain")
        for email, reason in addresses:
            ledger.suppress(email, reason)
            try:
                store.set_status(email, reason if reason in ("bounced", "complained") else "unsubscribed",
                                 f"webhook-{provider}")
            except ValueError:
                pass  # an address the provider reports that is not one (suppressed by hash all the same)
        return Response("ok\n", mimetype="text/plain")


def _send_confirmation(cfg: Config, secret: bytes, email: str, link: str) -> None:
    text = (f"Please confirm that you want {cfg.newsletter.name} at {email}:\n\n{link}\n\n"
            "If you did not ask for it, ignore this email and nothing will happen.\n")
    body = (f"<p>Please confirm that you want {html.escape(cfg.newsletter.name)} at {html.escape(email)}:</p>"
            f'<p><a href="{html.escape(link)}">Confirm my subscription</a></p>'
            "<p>If you did not ask for it, ignore this email and nothing will happen.</p>")
    letter = Letter("confirm", f"Confirm your subscription to {cfg.newsletter.name}", text, body)
    send_one(cfg, letter, [(email, "")], hashlib.sha256(link.encode()).hexdigest(), folder="confirmations",
             secret=secret)


def app_from_env() -> Flask:
    """The app for a WSGI server: the config file comes from NEWSLETTER_CONFIG (default ./config.toml).

    A WSGI server may listen anywhere, so the link-signing secret is required here.
    Example: waitress-serve --call 'newsletter.public:app_from_env'
    """
    import os

    from .config import load_config
    from .serving import check_signing_secret

    cfg = load_config(os.environ.get("NEWSLETTER_CONFIG", "config.toml"))
    check_signing_secret(cfg, "0.0.0.0", print)
    return create_app(cfg)


__all__ = ["create_app", "app_from_env"]
