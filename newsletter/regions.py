"""Where a reader or an airing is: a time zone's country, from the IANA database's own zone table.

A reader's region is the country of their time zone (`Europe/London` is GB); an airing's is the
country of the zone its listing is in, or of the TV schedule service's network. A zone with no
country (`UTC`, `Etc/GMT+5`) has no region.
"""

from __future__ import annotations

import functools
from pathlib import Path

SYSTEM_ZONE_TABLE = Path("/usr/share/zoneinfo/zone.tab")
# Old names still accepted for zones, which the table lists only under their new ones.
ALIAS_PREFIXES = {"US/": "US", "Canada/": "CA", "Australia/": "AU", "Brazil/": "BR", "Mexico/": "MX", "Chile/": "CL"}
ALIASES = {"GB": "GB", "GB-Eire": "GB", "Europe/Belfast": "GB", "Eire": "IE", "NZ": "NZ", "Japan": "JP",
           "Singapore": "SG", "Hongkong": "HK", "ROK": "KR", "PRC": "CN", "Israel": "IL", "Navajo": "US",
           "Asia/Calcutta": "IN", "Europe/Kiev": "UA", "Asia/Saigon": "VN", "Asia/Katmandu": "NP",
           "Asia/Rangoon": "MM", "America/Buenos_Aires": "AR", "Atlantic/Faeroe": "FO", "Pacific/Truk": "FM"}
# Crown dependencies watch the UK's channels at the UK's times: their readers wait for the UK airing.
SAME_BROADCASTS = {"GG": "GB", "JE": "GB", "IM": "GB"}


def _zone_table() -> str:
    try:
        from importlib.resources import files

        return (files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    except (ImportError, OSError):
        return SYSTEM_ZONE_TABLE.read_text(encoding="utf-8") if SYSTEM_ZONE_TABLE.is_file() else ""


@functools.cache
def _countries() -> dict[str, str]:
    table = {}
    for line in _zone_table().splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) >= 3:
                table[fields[2]] = fields[0]
    return table


def region_of_zone(tz: str | None) -> str | None:
    """The ISO 3166 country of an IANA zone (`America/Chicago` -> `US`), or None when it has none."""
    if not tz:
        return None
    found = _countries().get(tz) or ALIASES.get(tz)
    if found:
        return SAME_BROADCASTS.get(found, found)
    return next((code for prefix, code in ALIAS_PREFIXES.items() if tz.startswith(prefix)), None)
