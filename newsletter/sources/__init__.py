"""Sources: each gathers the interviews of a period from one place.

A source is any object with ``gather(period) -> GatherResult``. A kind of source
(the `type` of a `[[sources]]` table) is one module in this folder that calls
`register_source(SourceKind(...))` with:

    name      the `type` value that picks it
    settings  a dataclass of its table's keys (a `SourceSettings`, each key a `setting` with its
              default and doc line); the config schema picks it up, so no config code changes
    make      `make(settings, cfg, web, store) -> Source`
    uses_web  whether it needs the shared web client and store (feeds do; folders do not)
    watched   optional: `watched(settings, cfg) -> [paths]` the preview server reloads on

Every module here is imported when the kinds are first asked for, so a JSON Feed source is
one new module (plus its tests, and its keys in config.toml and README, which a test checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from ..model import Interview, Period
from ..registry import Registry
from ..settings import setting

# The built-in kinds in the order the docs and messages list them; modules added later follow.
_BUILTIN = ("folder", "feed")


@dataclass
class GatherResult:
    interviews: list[Interview] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Source(Protocol):
    name: str

    def gather(self, period: Period) -> GatherResult: ...


@dataclass
class SourceSettings:
    """The keys of every `[[sources]]` table; each kind's settings add their own."""

    type: str = setting('"folder" (local files) or "feed" (RSS/Atom URL).', "")
    name: str = setting("A name for messages; defaults to the path or URL.", "")
    outlet: str = setting("Outlet to credit when an article does not name one.", "")

    def problems(self, key: str) -> list[str]:
        """What the types alone cannot say is wrong, each under its dotted key (`sources[0].path`)."""
        return []


@dataclass(frozen=True)
class SourceKind:
    """One kind of source, as its module declares it."""

    name: str
    settings: type  # a SourceSettings subclass
    make: Callable[[Any, Any, Any, Any], Source]
    uses_web: bool = False
    watched: Callable[[Any, Any], list[Path]] = lambda settings, cfg: []


_REGISTRY: Registry[SourceKind] = Registry(__name__, _BUILTIN)
register_source = _REGISTRY.register
unregister_source = _REGISTRY.unregister
source_kinds = _REGISTRY.all  # every registered kind by `type`, the built-in ones first


def make_source(section: SourceSettings, cfg, web=None, store=None) -> Source:
    """Build the source a `[[sources]]` table describes (kinds that use the web get the shared client and store)."""
    return source_kinds()[section.type].make(section, cfg, web, store)
