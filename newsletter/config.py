"""The typed config schema and its loader.

Each section is a dataclass; each field has a default and one line of doc in
its metadata. `load_config` reads TOML, checks every key, collects every
problem with its dotted key, and raises one `ConfigError` listing them all.
Unknown keys are warnings with a "did you mean" suggestion.
Secrets never live in the file: fields ending in ``_env`` name the
environment variable that holds them.

    config.py         the sections and `Config`; [delivery] and [[sources]] grow with the
                      registered providers and source kinds
    schema.py         checking TOML against such dataclasses (types, unknown keys)
    config_checks.py  the checks of meaning (addresses, URLs, colours, ranges)
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .config_checks import semantic_checks
from .errors import ConfigError
from .schema import Checker, Tagged, documented_keys
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
    from .providers import providers

    return _delivery_class(tuple(providers().values()))


@functools.lru_cache(maxsize=None)
def _delivery_class(registered: tuple) -> type:
    names = tuple(p.name for p in registered)
    return dataclasses.make_dataclass("DeliverySection", [
        ("provider", Literal[names], _doc(" | ".join(names) + ".", "outbox")),
        *[(p.name, p.settings, _doc(f"{p.title} settings.", default_factory=p.settings)) for p in registered],
    ], bases=(DeliverySection,))


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
class SpoilersSection:
    mode: Literal["fold", "hold", "off"] = _doc(
        'An interview about an episode not yet aired in a reader\'s region: "fold" shows it without its title and '
        'pull-quotes under a spoiler notice, "hold" leaves it out until a later issue, "off" shows it.', "fold")


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
class PreviewSection:
    check_hosts: list[str] = _doc("Hosts (host or host:port) on this machine or a private network whose links the "
                                  "preview's link checker may fetch; other links are fetched only when public.", [])
    link_timeout: float = _doc("Seconds the link checker waits for each link to answer.", 5.0)


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
    spoilers: SpoilersSection = _doc("The spoiler guard.", default_factory=SpoilersSection)
    server: ServerSection = _doc("The public subscribe/unsubscribe pages.", default_factory=ServerSection)
    preview: PreviewSection = _doc("The editor's preview (`newsletter preview`).", default_factory=PreviewSection)
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
    checker = Checker()
    cfg = checker.section(Config, data, "")
    _complete(cfg, data)
    meaning: list[str] = []
    semantic_checks(cfg, meaning)
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
    """Every (dotted key, doc line) of the schema; used to check config.toml and README."""
    return documented_keys(cls, prefix)
