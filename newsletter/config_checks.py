"""The config's checks of meaning: what each value's type alone cannot say (addresses, URLs, colours, ranges).

Each problem starts with its dotted key and says what to write instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .schema import schema_fields

if TYPE_CHECKING:
    from .config import Config

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
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
    for f in schema_fields(type(cfg.theme)):
        value = getattr(cfg.theme, f.name)
        if f.name == "font" and not _FONT.match(value):
            problems.append(f'theme.font: "{value}" is not a font stack (names, quotes, commas and spaces only)')
        elif f.name not in ("font", "logo_url") and not _COLOUR.match(value):
            problems.append(f'theme.{f.name}: "{value}" is not a CSS colour (use #rrggbb)')


_HOST = re.compile(r"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$")


def _preview_checks(cfg: Config, problems: list[str]) -> None:
    """The link checker's hosts are matched by name: a URL or a path there would silently match nothing."""
    for i, host in enumerate(cfg.preview.check_hosts):
        if not _HOST.match(host):
            problems.append(f'preview.check_hosts[{i}]: "{host}" is not a host or host:port (write "wiki.internal" '
                            'or "10.0.0.5:8080", without a scheme or path)')
    if not 0 < cfg.preview.link_timeout <= MAX_LINK_TIMEOUT:
        problems.append(f"preview.link_timeout: expected more than 0 and at most {MAX_LINK_TIMEOUT:g} seconds, "
                        f"got {cfg.preview.link_timeout:g}")


MAX_LINK_TIMEOUT = 60.0  # beyond a minute the preview's page would wait longer than anyone looks at it


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
    for f in schema_fields(type(cfg.delivery)):
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


def semantic_checks(cfg: Config, problems: list[str]) -> None:
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
        from .providers.sendgrid import load_sendgrid_key
        try:
            load_sendgrid_key(cfg.server.sendgrid_public_key)
        except ValueError as exc:
            problems.append(f"server.sendgrid_public_key: {exc}; paste the verification key SendGrid shows")
    _theme_checks(cfg, problems)
    _range_checks(cfg, problems)
    _preview_checks(cfg, problems)
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
