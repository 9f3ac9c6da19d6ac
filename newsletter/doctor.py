"""`newsletter doctor`: is this project ready to send? Each finding says what to fix.

It checks the config, the secrets the config names, the state database, the templates and the
provider's credentials (with a call that changes nothing, where the provider has one). It writes
nothing: a state database that does not exist yet is reported, not made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import Config, load_config
from .errors import NewsletterError
from .words import counted

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


def _state_url(cfg: Config) -> str | None:
    """The state database's URL; None for a SQLite file not created yet."""
    if cfg.state.url:
        return cfg.state.url
    path = cfg.resolve(cfg.state.path)
    return f"sqlite:///{path}" if path.exists() else None


def _state_database(cfg: Config) -> Finding:
    import sqlalchemy as sa

    from .state import engine_for

    url = _state_url(cfg)
    if url is None:
        return Finding("state database", True, f"{cfg.resolve(cfg.state.path)} does not exist yet; the first command "
                                               "creates it")
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


def _last_built(cfg: Config):
    """(the newest built issue, where it was read) as `send` and the archive would read it: the copy kept in the
    state database (what an editor approved), else the newest build/WEEK/ of a release before that; None when
    nothing was built. Read without migrating or writing anything."""
    import sqlalchemy as sa

    from .artefact import ARTEFACT_NAME, load_artefact, read_artefact
    from .built_issues import built_files, built_issues
    from .state import engine_for

    url = _state_url(cfg)
    if url is not None:
        engine = engine_for(url)
        try:
            with engine.connect() as conn:
                week = conn.execute(sa.select(sa.func.max(built_issues.c.week))).scalar()
                body = week and conn.execute(sa.select(built_files.c.body).where(
                    built_files.c.week == week, built_files.c.name == ARTEFACT_NAME)).scalar()
        except sa.exc.SQLAlchemyError:
            body = None  # no built_issues table yet: a database of an earlier release
        finally:
            engine.dispose()
        if body:
            where = f"built_files {week}/{ARTEFACT_NAME}"
            return read_artefact(body.decode("utf-8"), where, week), f"{week} as kept in the state database"
    out = cfg.resolve(cfg.build.out)
    weeks = sorted(p for p in out.iterdir() if p.is_dir()) if out.is_dir() else []
    artefact = load_artefact(weeks[-1]) if weeks else None
    return (artefact, f"{weeks[-1].name} from {weeks[-1]}") if artefact else None


def _templates(cfg: Config) -> Finding:
    from .render import BUILTIN_TEMPLATES, RenderSettings, render_issue, template_problem

    folder = cfg.resolve(cfg.build.templates)
    names = sorted({p.name for p in BUILTIN_TEMPLATES.glob("*.j2")} |
                   ({p.name for p in folder.glob("*.j2")} if folder.is_dir() else set()))
    problem = template_problem(folder, names)
    if problem:
        return Finding("templates", False, problem, "fix the template at the line named, or delete it to use "
                                                    "the packaged one")
    last = _last_built(cfg)
    if last is None:
        return Finding("templates", True, f"{len(names)} templates parse (build an issue to render them too)")
    artefact, where = last
    render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    return Finding("templates", True, f"{len(names)} templates parse and render {where}")


def _provider(cfg: Config) -> Finding:
    """The provider's own harmless call (its module's `probe`), with the transport a send would use."""
    from .providers import providers
    from .deliver.transport import make_transport

    provider = providers()[cfg.delivery.provider]
    name = f"provider {provider.name}"
    try:
        transport = make_transport(cfg, "doctor")
    except NewsletterError as exc:  # a key variable that is not set, named
        return Finding(name, False, exc.message, exc.hint or "")
    try:
        if provider.probe is None:
            return Finding(name, True, "no harmless call to try it with: the first send shows whether it works")
        return Finding(name, *provider.probe(cfg, transport))
    finally:
        transport.close()
