"""Counts in words that agree in number: "1 interview", "2 interviews"."""

from __future__ import annotations

# Nouns whose plural is not the singular plus "s".
_IRREGULAR = {"variant": "variants", "address": "addresses", "this": "these"}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun in the number `n` asks for."""
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {plural or _IRREGULAR.get(noun) or noun + 's'}"
