"""The other ways a channel's name is written (pure, for channels.py): with or without the space before its number
(`Net5`, `Net 5`; `RTL 4`, `RTL4`), and with each word capitalised where the table writes it in lower case (`kabel
eins`, `Kabel Eins`)."""

from __future__ import annotations

import re

# A name's letters then its number: three letters at least, so `TV2`, `E4` and `W9` (read in too many other ways
# with a space) keep their one spelling.
_NUMBERED = re.compile(r"([A-Za-z]{3,}) ?(\d{1,2})")


def spelled_otherwise(names: dict[str, tuple], kept: frozenset[str]) -> dict[str, tuple]:
    """`names` (a channel's name -> what the table says of it) with the other spellings of each added beside it, as
    the same channel; a spelling the table already has, and the names in `kept` (those that are also words), stay
    as they are."""
    out = dict(names)
    for name, value in names.items():
        if name in kept:
            continue
        numbered = _NUMBERED.fullmatch(name)
        others = [f"{numbered.group(1)}{' ' if ' ' not in name else ''}{numbered.group(2)}"] if numbered else []
        if " " in name and all(w.isalpha() and w.islower() for w in name.split()):
            others.append(name.title())  # `kabel eins`
        for other in others:
            out.setdefault(other, value)
    return out
