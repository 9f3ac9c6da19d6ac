"""Whose archive an article comes from: a fan site or a folder named after one person ("JorjaFox+website",
`inesroe.net`, `fans-of-ines-roe/`) keeps that person's interviews, so in a piece with several guests of equal
standing that person is the one the archive's readers came for."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Iterable
from urllib.parse import urlsplit

from .handles import name_letters, spelled_in


def archive_star(source: str, people: Iterable[str]) -> str | None:
    """The one person of `people` (full names) whom a folder of `source`, or its web site, is named after; None when
    none or several are. The file's own name is left out: a slug names a piece's guests, not its archive."""
    folders = _folder_keys(source)
    hits = [p for p in people if spelled_in(p, folders)]
    return hits[0] if len(set(hits)) == 1 else None


def _folder_keys(source: str) -> list[str]:
    """The letters of each folder above the file, or of the web site's host and folders, in lower case."""
    parts = urlsplit(source)
    if parts.scheme in ("http", "https"):
        folders = [parts.hostname or ""] + parts.path.strip("/").split("/")[:-1]
    else:
        folders = list(PurePosixPath(source.replace("\\", "/")).parent.parts)
    return [name_letters(f) for f in folders if f]
