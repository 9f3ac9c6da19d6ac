"""Names a handle or a folder spells: `TobyAnsell_Official`, `ruairi_p`, `r.pennefather`."""

from __future__ import annotations

import re

HANDLE_LEAST_LETTERS = 7  # a full name this short ("Al Ng") turns up inside other words and handles by chance


# A name set in capitals, as a chat's or a programme's header gives it: "Chat with RUAIRI PENNEFATHER (Lt. Cass Imber)"
CAPS_NAME = re.compile(r"\b([A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){1,2})\b")
_HANDLE_PARTS = re.compile(r"[_.]+")


def initialled_in(handle: str, people: list[str]) -> str | None:
    """The one person a handle of a first name and an initial names (`Ruairi_P`, `r.pennefather`), or None."""
    parts = [name_letters(part) for part in _HANDLE_PARTS.split(handle) if part]
    if len(parts) != 2 or (len(parts[0]) == 1) == (len(parts[1]) == 1):
        return None
    named = {p for p in people if len(p.split()) > 1 and (
        (len(parts[1]) == 1 and name_letters(p.split()[0]) == parts[0] and name_letters(p.split()[-1])[:1] == parts[1]) or
        (len(parts[0]) == 1 and name_letters(p.split()[-1]) == parts[1] and name_letters(p.split()[0])[:1] == parts[0]))}
    return named.pop() if len(named) == 1 else None


def spelled_in(person: str, keys: list[str]) -> bool:
    """Whether a full name's letters stand inside one of `keys` (name_letters of a handle or a folder)."""
    letters = name_letters(person)
    return len(person.split()) > 1 and len(letters) >= HANDLE_LEAST_LETTERS and any(letters in k for k in keys)


def name_letters(text: str) -> str:
    """The letters of a name, handle or folder in lower case: `TobyAnsell_Official` -> `tobyansellofficial`."""
    return "".join(filter(str.isalpha, text.lower()))  # the letters kept by the builtin's loop, not one of bytecode
