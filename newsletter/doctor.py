"""`newsletter doctor`: is this project ready to send? Each finding says what to fix.

It checks the config, the secrets the config names, the state database, the templates and the
provider's credentials (with a call that changes nothing, where the provider has one). It writes
nothing: a state database that does not exist yet is reported, not made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .config import Config, load_config
from .errors import NewsletterError
from .words import counted

PROBE_SECONDS = 10  # a provider that does not answer a read in this long is reported as unreachable
# A call per provider that reads and changes nothing, and how its key goes with it.
_PROBES = {
    "postmark": ("/server", lambda key: {"headers": {"X-Postmark-Server-Token": key, "Accept": "application/json"}}),
    "sendgrid": ("/v3/scopes", lambda key: {"headers": {"Authorization": f"Bearer {key}"}}),
    "mailgun": ("/v3/domains/{domain}", lambda key: {"auth": ("api", key)}),
    "resend": ("/domains", lambda key: {"headers": {"Authorization": f"Bearer {key}"}}),
}


@dataclass
class Finding:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def diagnose(config_path: Path) -> list[Finding]:
    """Every check, in order; stops after the config when the config cannot be read."""
    try:
        cfg = load_config(config_path)
    except NewsletterError as exc:
        return [Finding("config", False, exc.message, exc.hint or "")]
    found = [Finding("config", True, f"{config_path} is valid" + (
        f"; {counted(len(cfg.warnings), 'warning')}: " + "; ".join(cfg.warnings) if cfg.warnings else ""))]
    for check in (_signing_key, _state_database, _templates, _provider):
        try:
            found.append(check(cfg))
        except NewsletterError as exc:
            found.append(Finding(check.__name__.strip("_").replace("_", " "), False, exc.message, exc.hint or ""))
    return found


def _signing_key(cfg: Config) -> Finding:
    var = cfg.security.secret_env
    if cfg.secret(var):
        return Finding("signing key", True, f"{var} is set")
    if cfg.delivery.provider == "outbox":
        return Finding("signing key", True, f"{var} is not set: the outbox signs links with the development key",
                       f"export {var}=<a long random string> before sending real mail")
    return Finding("signing key", False, f"{var} is not set: the {cfg.delivery.provider} provider will not send",
                   f"export {var}=<a long random string>")


def _state_database(cfg: Config) -> Finding:
    import sqlalchemy as sa

    from .state import engine_for

    if not cfg.state.url:
        path = cfg.resolve(cfg.state.path)
        if not path.exists():
            return Finding("state database", True, f"{path} does not exist yet; the first command creates it")
        url = f"sqlite:///{path}"
    else:
        url = cfg.state.url
    engine = engine_for(url)  # not open_state: a look must not migrate (or create) the database
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as exc:
        return Finding("state database", False, f"cannot open it: {getattr(exc, 'orig', None) or exc}",
                       "check [state] path or url, and that the database server is running")
    finally:
        engine.dispose()
    return Finding("state database", True, f"{engine.url.render_as_string(hide_password=True)} answers")


def _templates(cfg: Config) -> Finding:
    from .artefact import load_artefact
    from .render import BUILTIN_TEMPLATES, RenderSettings, render_issue, template_problem

    folder = cfg.resolve(cfg.build.templates)
    names = sorted({p.name for p in BUILTIN_TEMPLATES.glob("*.j2")} |
                   ({p.name for p in folder.glob("*.j2")} if folder.is_dir() else set()))
    problem = template_problem(folder, names)
    if problem:
        return Finding("templates", False, problem, "fix the template at the line named, or delete it to use "
                                                    "the packaged one")
    out = cfg.resolve(cfg.build.out)
    weeks = sorted(p for p in out.iterdir() if p.is_dir()) if out.is_dir() else []
    artefact = load_artefact(weeks[-1]) if weeks else None
    if artefact is None:
        return Finding("templates", True, f"{len(names)} templates parse (build an issue to render them too)")
    render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    return Finding("templates", True, f"{len(names)} templates parse and render {weeks[-1].name}")


def _provider(cfg: Config) -> Finding:
    from .deliver.transport import make_transport

    provider = cfg.delivery.provider
    name = f"provider {provider}"
    if provider == "outbox":
        folder = cfg.resolve(cfg.delivery.outbox.path)
        there = next(p for p in (folder, *folder.parents) if p.exists())  # made on the first send
        if not there.is_dir() or not os.access(there, os.W_OK):
            return Finding(name, False, f"cannot write to {there}", "fix [delivery.outbox] path or the folder's "
                                                                    "permissions")
        return Finding(name, True, f"writes .eml files to {folder} (mails nobody)")
    try:
        transport = make_transport(cfg, "doctor")
    except NewsletterError as exc:  # a key variable that is not set, named
        return Finding(name, False, exc.message, exc.hint or "")
    try:
        return _probe_smtp(cfg, transport) if provider == "smtp" else _probe_http(cfg, transport.key)
    finally:
        transport.close()


def _probe_smtp(cfg: Config, transport) -> Finding:
    import smtplib

    s = cfg.delivery.smtp
    name = "provider smtp"
    try:
        transport._connect().quit()  # connect, TLS, EHLO, AUTH: everything a send does before MAIL FROM
    except smtplib.SMTPAuthenticationError as exc:
        return Finding(name, False, f"{s.host}:{s.port} refused the login of {s.username}: {exc.smtp_code}",
                       f"check delivery.smtp.username and the password in {s.password_env}")
    except (smtplib.SMTPException, OSError) as exc:
        return Finding(name, False, f"cannot talk to {s.host}:{s.port}: {exc}",
                       "check delivery.smtp host, port and security")
    return Finding(name, True, f"{s.host}:{s.port} accepts the connection" + (" and the login" if s.username else ""))


def _probe_http(cfg: Config, key: str) -> Finding:
    import requests

    provider = cfg.delivery.provider
    section = getattr(cfg.delivery, provider)
    path, auth = _PROBES[provider]
    url = section.api_url.rstrip("/") + path.format(domain=getattr(section, "domain", ""))
    name = f"provider {provider}"
    try:
        resp = requests.get(url, timeout=PROBE_SECONDS, **auth(key))
    except requests.RequestException as exc:
        return Finding(name, False, f"cannot reach {url}: {exc.__class__.__name__}",
                       f"check delivery.{provider}.api_url and the network")
    if provider == "resend" and resp.status_code == 401 and _json(resp).get("name") == "restricted_api_key":
        # A sending-only key: Resend knows it, and it may send; reading the domains is all it may not do.
        return Finding(name, True, f"{url} knows the key in {section.key_env} (a sending-only key)")
    if resp.status_code in (401, 403):
        return Finding(name, False, f"{url} refused the key in {section.key_env} (HTTP {resp.status_code})",
                       f"put a valid {provider} API key in {section.key_env}")
    if resp.status_code != 200:
        return Finding(name, False, f"{url} answered HTTP {resp.status_code}",
                       f"check delivery.{provider}.api_url" + (" and domain" if provider == "mailgun" else ""))
    return Finding(name, True, f"{url} accepts the key in {section.key_env}")


def _json(resp) -> dict:
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
