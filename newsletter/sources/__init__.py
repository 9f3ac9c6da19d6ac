"""Sources: each gathers the interviews of a period from one place.

A source is any object with ``gather(period) -> GatherResult``; adding a kind
of source means adding one module and one entry in `SOURCE_TYPES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..model import Interview, Period


@dataclass
class GatherResult:
    interviews: list[Interview] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Source(Protocol):
    name: str

    def gather(self, period: Period) -> GatherResult: ...


def make_source(section, cfg, web=None, store=None) -> Source:
    """Build the source a `[[sources]]` table describes (feeds need the shared web client and store)."""
    from .feed import FeedSource
    from .folder import FolderSource

    if section.type == "folder":
        return FolderSource(cfg.resolve(section.path), name=section.name or section.path, outlet=section.outlet or None,
                            max_file_mb=section.max_file_mb)
    return FeedSource(section.url, web, store, name=section.name or section.url, outlet=section.outlet or None,
                      keywords=tuple(section.keywords), allow_hosts=tuple(section.allow_hosts))
