"""A registry of plug-in modules: every module of a package registers what it adds when imported.

Providers (`providers/`) and kinds of source (`sources/`) use one each, so a new
one is a new module in that folder and nothing else in the code.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Generic, Protocol, TypeVar


class Named(Protocol):
    name: str


T = TypeVar("T", bound=Named)


class Registry(Generic[T]):
    """What the modules of one package registered, by name."""

    def __init__(self, package: str, builtin: tuple[str, ...]):
        self.package = package
        self.builtin = builtin  # listed first, in this order (docs and messages list them so)
        self._items: dict[str, T] = {}
        self._imported = False

    def register(self, item: T) -> T:
        """Add (or replace) one item; called by its module when imported."""
        self._items[item.name] = item
        return item

    def unregister(self, name: str) -> None:
        """Forget one item (for tests that register a throwaway one)."""
        self._items.pop(name, None)

    def all(self) -> dict[str, T]:
        """Every registered item by name, the built-in ones first (the package's modules are imported once)."""
        if not self._imported:
            for info in pkgutil.iter_modules(sys.modules[self.package].__path__):
                importlib.import_module(f"{self.package}.{info.name}")
            self._imported = True
        ordered = [n for n in self.builtin if n in self._items] + [n for n in self._items if n not in self.builtin]
        return {n: self._items[n] for n in ordered}
