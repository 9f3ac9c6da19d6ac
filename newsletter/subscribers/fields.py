"""One subscriber's fields checked and normalised: address, time zone, status, shows, name.

Validation happens once, when a value enters the store (an import, `add`, a form);
everything that reads the store afterwards trusts it.
"""

from __future__ import annotations

import functools
import re
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from email_validator import EmailNotValidError, validate_email

from ..model import SHOWS_MODE_KEY, SHOWS_MODES, SUBSCRIBER_STATUSES, ShowsMode, SubscriberStatus

STATUSES = SUBSCRIBER_STATUSES
# Someone in one of these left or cannot be mailed: only a confirmed new opt-in makes them active again.
LEFT: tuple[SubscriberStatus, ...] = ("unsubscribed", "bounced", "complained")


# A plain ASCII dot-atom local part: what nearly every address has. email-validator accepts exactly
# these (and more), so such an address only needs its domain checked, and a list has few domains.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_MAX_LOCAL, _MAX_ADDRESS = 64, 254  # RFC 5321 limits, in octets (ASCII here, so characters)


def normalise_email(address: str) -> str:
    """A valid address in its normal form (domain lower-cased); ValueError with the reason otherwise.

    Validating costs about 46 µs an address, most of it the domain: an import of a million rows
    checks each domain once and each plain local part with one regular expression.
    """
    address = address.strip()
    local, at, domain = address.rpartition("@")
    if at and len(local) <= _MAX_LOCAL and len(address) <= _MAX_ADDRESS and _PLAIN_LOCAL.fullmatch(local):
        return f"{local}@{_normal_domain(domain)}"
    return _validated(address)


@functools.lru_cache(maxsize=4096)
def _normal_domain(domain: str) -> str:
    return _validated(f"a@{domain}").partition("@")[2]


def _validated(address: str) -> str:
    try:
        # No SMTPUTF8: a non-ASCII local part cannot be sent through every provider, so it is refused here,
        # where the person adding it can see why; a non-ASCII domain is kept and sent in its IDNA form.
        info = validate_email(address.strip(), check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None
    return f"{info.local_part}@{info.domain.lower()}"


def email_key(address: str) -> str:
    """The key two spellings of one address share: addresses are compared case-insensitively."""
    return address.casefold()


def check_timezone(tz: str | None) -> str | None:
    """An IANA time zone name as given (None when blank); ValueError naming it otherwise."""
    tz = (tz or "").strip()
    if not tz:
        return None
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'timezone "{tz}" is not an IANA time zone name') from None
    return tz


def check_status(status: str) -> SubscriberStatus:
    """A status as written (any case, spaces around); ValueError naming it when it is not one of STATUSES."""
    status = status.strip().lower()
    if status not in STATUSES:
        raise ValueError(f'status "{status}" is not one of {", ".join(STATUSES)}')
    return cast(SubscriberStatus, status)


def check_shows_mode(mode) -> ShowsMode:
    """One of SHOWS_MODES, whatever its case; ValueError naming the value otherwise."""
    word = mode.strip().lower() if isinstance(mode, str) else mode
    if word not in SHOWS_MODES:
        raise ValueError(f'{SHOWS_MODE_KEY} {mode!r} is not one of {", ".join(SHOWS_MODES)}')
    return word


def checked_attributes(attributes: dict) -> dict:
    """Free attributes with the one the product reads (`shows_mode`) checked; ValueError naming a bad one."""
    out = dict(attributes)
    if out.get(SHOWS_MODE_KEY) not in (None, ""):
        out[SHOWS_MODE_KEY] = check_shows_mode(out[SHOWS_MODE_KEY])
    return out


def split_shows(text: str) -> tuple[str, ...]:
    """Shows written as `A;B`, each trimmed, blanks dropped."""
    return tuple(s.strip() for s in (text or "").split(";") if s.strip())


def clean_name(text: str) -> str:
    return " ".join((text or "").split())
