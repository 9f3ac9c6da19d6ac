"""How a config key is declared: a dataclass field with its default and one line of doc.

The config schema (`newsletter/config.py`) is made of such dataclasses, and so
are the settings a provider or a source kind declares in its own module: the
schema picks those up from the registries, so adding one edits no config code.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from typing import Any, Callable


def setting(text: str, default: Any = dataclasses.MISSING, *, key: str | None = None,
            schema: Callable[[], Any] | None = None, **kw: Any) -> Any:
    """A documented config field: `text` is its doc line (config.toml and README carry it too).

    `key` is its TOML name when that is not a Python name (`from`); `schema` gives its type at
    validation time, for a field whose shape depends on what is registered (providers, source kinds).
    """
    meta: dict[str, Any] = {"doc": text}
    if key:
        meta["key"] = key
    if schema:
        meta["schema"] = schema
    if default is dataclasses.MISSING:
        return field(metadata=meta, **kw)
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda: type(default)(default), metadata=meta)
    return field(default=default, metadata=meta, **kw)
