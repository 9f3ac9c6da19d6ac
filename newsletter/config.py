"""The typed config schema and its loader.

Each section is a dataclass; each field has a default and one line of doc in
its metadata. `load_config` reads TOML, checks every key, collects every
problem with its dotted key, and raises one `ConfigError` listing them all.
Unknown keys are warnings with a "did you mean" suggestion.
Secrets never live in the file: fields ending in ``_env`` name the
environment variable that holds them.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError
from .settings import setting as _doc
from .words import counted

@dataclass
class NewsletterSection:
    name: str = _doc("The newsletter's name, shown in the header and the From name.", "TV Talk Weekly")
    from_addr: str = _doc('Sender address (From): "editors@example.org" or "TV Talk <editors@example.org>" (that '
                          'name is the From name unless `name` is set).', "editors@example.org", key="from")
    reply_to: str = _doc("Where replies go (Reply-To); empty means From.", "")
    timezone: str = _doc("IANA time zone of the newsletter: weeks and the schedule use it.", "America/New_York")
    base_url: str = _doc("Public https URL for unsubscribe, preferences and archive links.", "https://newsletter.example.org")
    language: str = _doc("Language of the email, for <html lang>.", "en")
    postal_address: str = _doc("Postal address printed in the footer (required by anti-spam law).", "")
    editors: list[str] = _doc("Editors' addresses: notes about the schedule and issues to approve go here; "
                              "empty means reply_to, else from.", [])


@dataclass
class ScheduleSection:
    cron: str = _doc('When the weekly issue goes out: crontab "min hour day month weekday", in newsletter.timezone.', "0 8 * * mon")
    misfire_grace_time: int = _doc("Seconds after a missed send time within which it still runs.", 21600)
    gather_cron: str = _doc("When feeds and pages are gathered (crontab), so the week is complete at send time.",
                            "0 6 * * *")
    min_interviews: int = _doc("Fewer interviews than this and the week is thin: a note goes to the editors.", 1)
    thin_week: Literal["skip", "fold"] = _doc('A thin week is "skip"ped, or "fold"ed into the next issue.', "fold")
    approval: Literal["auto", "required"] = _doc('"auto" sends each issue that passes its checks; "required" '
                                                 "sends only what an editor approved.", "auto")
    approval_lead: int = _doc("With approval required: hours before the send time the issue is built and mailed "
                              "to the editors to approve.", 24)


@dataclass
class DeliverySection:
    """[delivery]'s own keys; `delivery_schema()` adds one table per registered provider."""

    provider: str = _doc("Which provider sends the mail.", "outbox")
    rate: float = _doc("Messages per second at most (0 = no limit).", 0.0)
    hourly_cap: int = _doc("Messages per hour at most (0 = no limit).", 0)
    max_attempts: int = _doc("Attempts per message before a transient failure counts as failed.", 5)
    breaker_streak: int = _doc("Recipients in a row refused with the same permanent answer that stop the send "
                               "(it is about the server or sender, not them).", 10)
    outage_limit: float = _doc("Seconds the server may stay unreachable before the send stops, rows kept pending.",
                               3600.0)
    unknown_wait: float = _doc("Seconds before the one retry of a message handed over without an answer.", 900.0)
    none_of_my_shows: Literal["note", "skip"] = _doc('A reader who chose "only my shows", in a week without any of '
                                                     'them, gets a short "note" or is skipped ("skip").', "note")


def delivery_schema() -> type:
    """[delivery] as the registered providers make it: `provider` one of their names, a table for each."""
    from .deliver.providers import providers

    return _delivery_class(tuple(providers().values()))


@functools.lru_cache(maxsize=None)
def _delivery_class(registered: tuple) -> type:
    names = tuple(p.name for p in registered)
    return dataclasses.make_dataclass("DeliverySection", [
        ("provider", Literal[names], _doc(" | ".join(names) + ".", "outbox")),
        *[(p.name, p.settings, _doc(f"{p.title} settings.", default_factory=p.settings)) for p in registered],
    ], bases=(DeliverySection,))


class Tagged:
    """The schema of a table whose `type` key picks its kind's settings (a `[[sources]]` entry)."""

    def __init__(self, kinds: typing.Callable[[], dict[str, type]]):
        self.kinds = kinds


def _source_schema() -> Any:
    from .sources import source_kinds

    return list[Tagged(lambda: {name: kind.settings for name, kind in source_kinds().items()})]


@dataclass
class SubscribersSection:
    path: str = _doc("A roster CSV from before subscribers lived in the state database; imported once, on first run.",
                     "subscribers/subscribers.csv")


@dataclass
class StateSection:
    path: str = _doc("SQLite file for the subscribers, the send ledger and caches, relative to the config file.",
                     "state/newsletter.db")
    url: str = _doc("SQLAlchemy database URL; overrides path when set (e.g. postgresql://...).", "")
    compact_after_days: int = _doc("Days after a finished send before its per-recipient ledger rows become one "
                                   "summary row (0: never).", 90)


@dataclass
class QuotesSection:
    per_interview: int = _doc("Pull-quotes shown per interview.", 2)
    per_issue: int = _doc("Pull-quotes in the whole issue at most.", 20)
    min_words: int = _doc("Shortest pull-quote, in words.", 8)
    max_words: int = _doc("Longest pull-quote, in words.", 35)


@dataclass
class BuildSection:
    out: str = _doc("Where built issues go, relative to the config file.", "build")
    templates: str = _doc("Folder of template overrides, relative to the config file.", "templates")
    max_interviews: int = _doc("Interviews per issue at most (newest first).", 15)
    notes: str = _doc("Folder of the editor's notes, one Markdown file per week (2026-W48.md), relative to the "
                      "config file.", "content/notes")


@dataclass
class ThemeSection:
    accent: str = _doc("Header and link colour.", "#1f5f8b")
    background: str = _doc("Page background colour.", "#f3f1ec")
    card: str = _doc("Background of each story.", "#ffffff")
    text: str = _doc("Body text colour.", "#1d1d1f")
    muted: str = _doc("Credits and footer colour (keep it readable: contrast matters to spam filters).", "#55575c")
    rule: str = _doc("Line between stories.", "#e2ded6")
    font: str = _doc("Font stack.", "Georgia, 'Times New Roman', serif")
    logo_url: str = _doc("https URL of a logo shown above the name; empty for none.", "")
    dark_background: str = _doc("Page background in dark mode (readers whose mail app is dark).", "#111316")
    dark_card: str = _doc("Background of each section in dark mode.", "#1d1f24")
    dark_text: str = _doc("Text colour in dark mode.", "#e8e6e3")
    dark_accent: str = _doc("Link and pull-quote rule colour in dark mode.", "#8fc3ff")
    dark_rule: str = _doc("Line between sections in dark mode.", "#3a3d44")


@dataclass
class AirdatesSection:
    provider: Literal["none", "tvmaze"] = _doc('"tvmaze" adds real episodes from the TVmaze API; "none" uses the articles only.',
                                                "none")
    api_url: str = _doc("Base URL of the TV schedule API (point it at a test server for staging).",
                        "https://api.tvmaze.com")
    pins: dict = _doc("Show name -> TVmaze id, for names that match the wrong show.", {})


@dataclass
class ServerSection:
    host: str = _doc("Address `newsletter serve` listens on; 127.0.0.1 keeps it local (put a proxy in front).",
                     "127.0.0.1")
    port: int = _doc("Port `newsletter serve` listens on.", 8080)
    webhook_secret_env: str = _doc("Environment variable holding the shared secret of the Postmark and SendGrid "
                                   "webhooks (?key=… or basic-auth password).", "NEWSLETTER_WEBHOOK_SECRET")
    mailgun_signing_key_env: str = _doc("Environment variable holding Mailgun's webhook signing key.",
                                        "MAILGUN_WEBHOOK_SIGNING_KEY")
    threads: int = _doc("Worker threads answering requests (slow clients never hold one: requests are read first).", 4)
    timeout: int = _doc("Seconds an idle or stalled connection is kept open.", 30)
    connection_limit: int = _doc("Open connections at most; more wait in the listen queue.", 100)
    trusted_proxy: str = _doc("Address of your reverse proxy, whose X-Forwarded-For/-Proto are believed; "
                              "empty believes none.", "")
    subscribes_per_hour: int = _doc("Subscribe requests per client address per hour; more get the usual page and "
                                    "no mail.", 20)
    confirmations_per_day: int = _doc("Confirmation mails per email address per 24 hours; more are not sent.", 3)
    sendgrid_public_key: str = _doc("SendGrid's signed event webhook verification key (base64, from Mail Settings); "
                                    "empty refuses SendGrid webhooks.", "")


@dataclass
class SecuritySection:
    secret_env: str = _doc("Environment variable holding the key that signs unsubscribe links.", "NEWSLETTER_SECRET")


@dataclass
class Config:
    newsletter: NewsletterSection = _doc("About the newsletter itself.", default_factory=NewsletterSection)
    sources: list = _doc("Where interviews come from.", default_factory=list, schema=_source_schema)
    schedule: ScheduleSection = _doc("When the weekly issue goes out.", default_factory=ScheduleSection)
    delivery: DeliverySection = _doc("How mail is sent.", default_factory=lambda: delivery_schema()(),
                                     schema=delivery_schema)
    subscribers: SubscribersSection = _doc("The subscriber roster.", default_factory=SubscribersSection)
    state: StateSection = _doc("Where the state database lives.", default_factory=StateSection)
    quotes: QuotesSection = _doc("Pull-quote selection.", default_factory=QuotesSection)
    build: BuildSection = _doc("Build output and templates.", default_factory=BuildSection)
    airdates: AirdatesSection = _doc("Where air dates come from besides the articles.", default_factory=AirdatesSection)
    theme: ThemeSection = _doc("Colours and fonts of the email.", default_factory=ThemeSection)
    server: ServerSection = _doc("The public subscribe/unsubscribe pages.", default_factory=ServerSection)
    security: SecuritySection = _doc("Signing of links.", default_factory=SecuritySection)
    root: Path = field(default=Path("."), metadata={"internal": True})
    warnings: list[str] = field(default_factory=list, metadata={"internal": True})

    def resolve(self, relative: str) -> Path:
        """A path from the config, taken relative to the config file's folder."""
        p = Path(relative).expanduser()
        return p if p.is_absolute() else self.root / p

    def editor_addresses(self) -> list[str]:
        """Where notes to the editors go: [newsletter] editors, else reply_to, else from."""
        n = self.newsletter
        return list(n.editors) or [n.reply_to or n.from_addr]

    def secret(self, env_name: str) -> str | None:
        """The value of the environment variable a ``*_env`` key names."""
        return os.environ.get(env_name) or None


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _toml_key(f: dataclasses.Field) -> str:
    return f.metadata.get("key", f.name)


def _fields(cls: type) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


def _hints(cls: type) -> dict[str, Any]:
    """Each field's type; a field whose shape depends on what is registered says so in its metadata."""
    hints = typing.get_type_hints(cls)
    for f in _fields(cls):
        if "schema" in f.metadata:
            hints[f.name] = f.metadata["schema"]()
    return hints


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def section(self, cls: type, data: Any, key: str) -> Any:
        if not isinstance(data, dict):
            self.problems.append(f"{key}: expected a table, got {_describe(data)}")
            return cls()
        hints = _hints(cls)
        known = {_toml_key(f): f for f in _fields(cls)}
        for name in data:
            if name not in known:
                close = difflib.get_close_matches(name, list(known), n=1)
                hint = f' (did you mean "{close[0]}"?)' if close else ""
                self.warnings.append(f"{_join(key, name)}: unknown key, ignored{hint}")
        values = {}
        for tkey, f in known.items():
            if tkey in data:
                before = len(self.problems)
                value = self.value(hints[f.name], data[tkey], _join(key, tkey))
                # A wrong value is reported once: its default stands in, so the checks of meaning that run
                # next do not report it again as some other problem.
                scalar = not dataclasses.is_dataclass(hints[f.name]) and typing.get_origin(hints[f.name]) is not list
                if len(self.problems) == before or not scalar or not _has_default(f):
                    values[f.name] = value
        try:
            return cls(**values)
        except TypeError:
            missing = [_toml_key(f) for f in _fields(cls) if f.default is dataclasses.MISSING
                       and f.default_factory is dataclasses.MISSING and f.name not in values]
            for m in missing:
                self.problems.append(f"{_join(key, m)}: required key is missing")
            return None

    def tagged(self, tp: Tagged, data: Any, key: str) -> Any:
        """A table checked against the settings of the kind its `type` names; None when there is no such kind."""
        if not isinstance(data, dict):
            self.problems.append(f"{key}: expected a table, got {_describe(data)}")
            return None
        kinds = tp.kinds()
        if "type" not in data:
            self.problems.append(f"{key}.type: required key is missing")
            return None
        if not isinstance(data["type"], str) or data["type"] not in kinds:
            self.problems.append(f"{key}.type: expected one of {', '.join(kinds)}, got {_describe(data['type'])}")
            return None
        own = {_toml_key(f) for f in _fields(kinds[data["type"]])}
        # One table may carry every kind's keys (the sample config does): another kind's are checked, then unused.
        foreign = {}
        for kind in kinds.values():
            hints = _hints(kind)
            foreign |= {_toml_key(f): hints[f.name] for f in _fields(kind) if _toml_key(f) not in own | set(foreign)}
        for name in foreign.keys() & data.keys():
            self.value(foreign[name], data[name], _join(key, name))
        return self.section(kinds[data["type"]], {k: v for k, v in data.items() if k not in foreign}, key)

    def value(self, tp: Any, data: Any, key: str) -> Any:
        origin = typing.get_origin(tp)
        if dataclasses.is_dataclass(tp):
            return self.section(tp, data, key)
        if isinstance(tp, Tagged):
            return self.tagged(tp, data, key)
        if origin is list:
            (item,) = typing.get_args(tp)
            if not isinstance(data, list):
                self.problems.append(f"{key}: expected a list, got {_describe(data)}")
                return []
            # An item that could not be read stays as None (its problem is reported), so the next keep their index.
            return [self.value(item, v, f"{key}[{i}]") for i, v in enumerate(data)]
        if origin is Literal:
            choices = typing.get_args(tp)
            if data not in choices:
                self.problems.append(f"{key}: expected one of {', '.join(choices)}, got {_describe(data)}")
                return choices[0]
            return data
        if tp is dict:
            if not isinstance(data, dict):
                self.problems.append(f"{key}: expected a table, got {_describe(data)}")
                return {}
            bad = [k for k, v in data.items() if not isinstance(v, int) or isinstance(v, bool)]
            for k in bad:
                self.problems.append(f'{key}."{k}": expected an integer id, got {_describe(data[k])}')
            return {k: v for k, v in data.items() if k not in bad}
        if tp is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if tp is float and isinstance(data, float) and not math.isfinite(data):
            self.problems.append(f"{key}: expected a finite number, got {data}")
            return 0.0
        if tp is str and isinstance(data, str) and _CONTROL.search(data):
            # A line break in a value that reaches a mail header would add a header (Bcc:) to every message.
            self.problems.append(f"{key}: contains a line break or control character; write it on one line")
            return ""
        if tp in _TYPE_NAMES and (not isinstance(data, tp) or (tp is int and isinstance(data, bool))):
            self.problems.append(f"{key}: expected {_TYPE_NAMES[tp]}, got {_describe(data)}")
            return tp()
        return data


def _has_default(f: dataclasses.Field) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# A URL that goes into headers, attributes and CSS as it is: scheme, host, then only URL-safe characters.
_PUBLIC_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~!$&()*+,;=:@%/-]*)?$")
_COLOUR = re.compile(r"^(#[0-9A-Fa-f]{3,8}|[A-Za-z]{3,30}|(rgb|hsl)a?\([0-9., %]+\))$")
_FONT = re.compile(r"^[A-Za-z0-9 ,'\"-]+$")


def plain_url(url: str) -> bool:
    """Whether a URL can go into headers, attributes and CSS as it is (scheme, host, URL-safe characters)."""
    return bool(_PUBLIC_URL.match(url))


def _url_checks(cfg: Config, problems: list[str]) -> None:
    """URLs that end up in mail headers, links and CSS: well formed, https, nothing that could break out."""
    base = cfg.newsletter.base_url
    if not _PUBLIC_URL.match(base):
        problems.append(f'newsletter.base_url: "{base}" is not a plain URL (https://host/path, with no spaces, '
                        'quotes or angle brackets)')
    elif not base.startswith("https://") and not base.startswith("http://127.0.0.1"):
        problems.append(f'newsletter.base_url: must start with https:// (links in email must be secure), got "{base}"')
    logo = cfg.theme.logo_url
    if logo and not (logo.startswith("https://") and _PUBLIC_URL.match(logo)):
        problems.append(f'theme.logo_url: "{logo}" is not a plain https URL')


def _theme_checks(cfg: Config, problems: list[str]) -> None:
    """Theme values are written into the email's CSS: colours and a font stack, nothing else."""
    for f in _fields(ThemeSection):
        value = getattr(cfg.theme, f.name)
        if f.name == "font" and not _FONT.match(value):
            problems.append(f'theme.font: "{value}" is not a font stack (names, quotes, commas and spaces only)')
        elif f.name not in ("font", "logo_url") and not _COLOUR.match(value):
            problems.append(f'theme.{f.name}: "{value}" is not a CSS colour (use #rrggbb)')


def _range_checks(cfg: Config, problems: list[str]) -> None:
    """Numbers outside what the code can use would crash a run long after the config was read."""
    if not 0 < cfg.server.port < 65536:
        problems.append(f"server.port: expected 1 to 65535, got {cfg.server.port}")
    for key, val in (("server.threads", cfg.server.threads), ("server.timeout", cfg.server.timeout),
                     ("server.connection_limit", cfg.server.connection_limit),
                     ("server.subscribes_per_hour", cfg.server.subscribes_per_hour),
                     ("server.confirmations_per_day", cfg.server.confirmations_per_day)):
        if val < 1:
            problems.append(f"{key}: expected a positive integer, got {val}")
    for key, val in (("delivery.hourly_cap", cfg.delivery.hourly_cap),
                     ("schedule.misfire_grace_time", cfg.schedule.misfire_grace_time),
                     ("schedule.min_interviews", cfg.schedule.min_interviews),
                     ("schedule.approval_lead", cfg.schedule.approval_lead),
                     ("state.compact_after_days", cfg.state.compact_after_days)):
        if val < 0:
            problems.append(f"{key}: must be 0 or more, got {val}")
    if cfg.delivery.outage_limit <= 0:
        problems.append(f"delivery.outage_limit: expected a positive number of seconds, got {cfg.delivery.outage_limit}")
    for f in _fields(type(cfg.delivery)):
        settings = getattr(cfg.delivery, f.name)
        if hasattr(settings, "problems"):  # a provider's table that checks its own values
            problems.extend(settings.problems(f"delivery.{f.name}"))
    _delivery_guards(cfg.delivery, problems)


# Below these the guards would do harm: a streak of one stops a whole send for one dead address, and a
# retry sooner than a minute after an unanswered hand-over lands while a slow server may still deliver it.
MIN_BREAKER_STREAK = 2
MIN_UNKNOWN_WAIT = 60.0


def _delivery_guards(d, problems: list[str]) -> None:
    if d.breaker_streak < MIN_BREAKER_STREAK:
        problems.append(f"delivery.breaker_streak: expected {MIN_BREAKER_STREAK} or more (one refusal is about "
                        f"one address, not the server), got {d.breaker_streak}")
    if d.unknown_wait < MIN_UNKNOWN_WAIT:
        problems.append(f"delivery.unknown_wait: expected {MIN_UNKNOWN_WAIT:g} seconds or more (a retry sooner may "
                        f"cross the first copy still on its way), got {d.unknown_wait:g}")


def _semantic_checks(cfg: Config, problems: list[str]) -> None:
    """Checks across values that the types alone cannot express."""
    from apscheduler.triggers.cron import CronTrigger

    n = cfg.newsletter
    try:
        ZoneInfo(n.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f'newsletter.timezone: unknown time zone "{n.timezone}" (use an IANA name such as "Europe/London")')
    if not _EMAIL.match(n.from_addr):
        problems.append(f'newsletter.from: "{n.from_addr}" is not an email address (write "editors@example.org" or '
                        '"TV Talk <editors@example.org>")')
    if n.reply_to and not _EMAIL.match(n.reply_to):
        problems.append(f'newsletter.reply_to: "{n.reply_to}" is not an email address')
    for i, editor in enumerate(n.editors):
        if not _EMAIL.match(editor):
            problems.append(f'newsletter.editors[{i}]: "{editor}" is not an email address')
    _url_checks(cfg, problems)
    if cfg.server.sendgrid_public_key:
        from .deliver.providers.sendgrid import load_sendgrid_key
        try:
            load_sendgrid_key(cfg.server.sendgrid_public_key)
        except ValueError as exc:
            problems.append(f"server.sendgrid_public_key: {exc}; paste the verification key SendGrid shows")
    _theme_checks(cfg, problems)
    _range_checks(cfg, problems)
    for key, cron in (("schedule.cron", cfg.schedule.cron), ("schedule.gather_cron", cfg.schedule.gather_cron)):
        try:
            CronTrigger.from_crontab(cron, timezone=ZoneInfo("UTC"))
        except ValueError as exc:
            problems.append(f'{key}: "{cron}" is not a crontab expression ({exc})')
    if not cfg.sources:
        problems.append("sources: no [[sources]] configured; add one with type = \"folder\" and path")
    for i, s in enumerate(cfg.sources):
        if s is not None:
            problems.extend(s.problems(f"sources[{i}]"))
    q = cfg.quotes
    if q.min_words < 1 or q.max_words < q.min_words:
        problems.append(f"quotes.max_words: must be at least quotes.min_words ({q.min_words}), got {q.max_words}")
    for key, val in (("quotes.per_interview", q.per_interview), ("quotes.per_issue", q.per_issue),
                     ("build.max_interviews", cfg.build.max_interviews), ("delivery.max_attempts", cfg.delivery.max_attempts)):
        if val < 1:
            problems.append(f"{key}: expected a positive integer, got {val}")
    if cfg.delivery.rate < 0:
        problems.append(f"delivery.rate: must be 0 (no limit) or more, got {cfg.delivery.rate}")


_NAMED_ADDRESS = re.compile(r'^\s*"?([^"<>]*?)"?\s*<([^<>]*)>\s*$')


def split_address(value: str) -> tuple[str, str]:
    """("TV Talk", "editors@example.org") from "TV Talk <editors@example.org>"; ("", value) from a bare address."""
    m = _NAMED_ADDRESS.match(value)
    return (m.group(1).strip(), m.group(2).strip()) if m else ("", value.strip())


def _complete(cfg: Config, data: dict) -> None:
    """Fill in what one value implies for another: the From name from an address written with one."""
    shown, cfg.newsletter.from_addr = split_address(cfg.newsletter.from_addr)
    given = data.get("newsletter")
    if shown and not (isinstance(given, dict) and "name" in given):
        cfg.newsletter.name = shown


def _key_of(problem: str) -> str:
    return problem.split(":", 1)[0]


def _covered(problem: str, reported: list[str]) -> bool:
    """A check of meaning about a key already reported adds nothing: nor does one about a part of it, about
    its list, or about another key of a list item (`sources[0]`) that already has a wrong value."""
    key = _key_of(problem)
    for other in map(_key_of, reported):
        item = other[:other.index("]") + 1] if "]" in other else other
        if key == other or key.startswith((other + ".", other + "[", item + ".")) or other.startswith(key + "["):
            return True
    return False


def parse_config(data: dict, root: Path) -> Config:
    """Validate an already-parsed TOML table into a Config (raises ConfigError).

    Types and meanings are checked in one pass: every problem is reported at once, each by its dotted key.
    """
    checker = _Checker()
    cfg = checker.section(Config, data, "")
    _complete(cfg, data)
    meaning: list[str] = []
    _semantic_checks(cfg, meaning)
    problems = checker.problems + [p for p in meaning if not _covered(p, checker.problems)]
    if problems:
        raise ConfigError(f"{counted(len(problems), 'problem')} in the config:\n  " + "\n  ".join(problems),
                          problems=problems)
    cfg.root = root
    cfg.warnings = checker.warnings
    return cfg


def load_config(path: str | os.PathLike) -> Config:
    """Read and validate a config file; every problem is reported at once."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"config file {p} not found",
                          hint="run from your newsletter's folder or pass --config FILE")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text", hint="save the config file as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}", hint="fix the syntax at the line named") from None
    try:
        return parse_config(data, p.resolve().parent)
    except ConfigError as exc:
        exc.message = f"{p}: {exc.message}"
        raise


def iter_documented_keys(cls: type = Config, prefix: str = "") -> typing.Iterator[tuple[str, str]]:
    """Every (dotted key, doc line) of the schema; used to check config.toml and README.

    A `[[sources]]` key shared by several kinds (`name`) comes once, with the first kind's doc.
    """
    hints = _hints(cls)
    seen: set[str] = set()
    for f in _fields(cls):
        key = _join(prefix, _toml_key(f))
        tp = hints[f.name]
        if typing.get_origin(tp) is list:
            (tp,) = typing.get_args(tp)
        parts = list(tp.kinds().values()) if isinstance(tp, Tagged) else [tp]
        for part in parts:
            if dataclasses.is_dataclass(part):
                for item in iter_documented_keys(part, key):
                    if item[0] not in seen:
                        seen.add(item[0])
                        yield item
            elif key not in seen:
                seen.add(key)
                yield key, f.metadata["doc"]
