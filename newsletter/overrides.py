"""The editor's overrides: `overrides.toml` beside the content, one table per file name.

Each table may hold `pin` (exact sentences to pick), `ban` (text never to pick), `interviewee` and `show`
(corrections of what the program understood). They apply to every file type, on top of front matter;
the folder source, `inspect` and the preview's buttons all go through here.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from pathlib import Path

from .errors import ContentError
from .files import write_atomic
from .model import Interview

OVERRIDES = "overrides.toml"
LISTS = ("pin", "ban")
VALUES = ("interviewee", "show")


def read_overrides(path: Path, warnings: list[str]) -> dict:
    """{file name: table} from an overrides.toml; a file that does not parse is a warning, and ignored."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        warnings.append(f"{path}: not valid TOML ({exc}); editor overrides ignored")
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def apply_overrides(interview: Interview, entry: dict) -> Interview:
    """The interview with one file's overrides applied: pins and bans added, interviewee and show replaced."""
    if not entry:
        return interview
    values = {k: str(entry[k]).strip() for k in VALUES if isinstance(entry.get(k), str) and entry[k].strip()}
    return replace(interview, pins=interview.pins + strs(entry.get("pin")),
                   bans=interview.bans + strs(entry.get("ban")), **values)


def overrides_for(file: Path, warnings: list[str]) -> dict:
    """The overrides table of one content file, read from the overrides.toml in its folder."""
    return read_overrides(file.parent / OVERRIDES, warnings).get(file.name, {})


def record_override(file: Path, key: str, value: str) -> None:
    """Write one override for `file` into its folder's overrides.toml (atomically): a pin or ban is added,
    an interviewee or show replaced. The file is rewritten in a plain form (comments in it are not kept)."""
    if key not in LISTS + VALUES:
        raise ContentError(str(file), f"no override called {key!r}", hint=f"use one of {', '.join(LISTS + VALUES)}")
    path = file.parent / OVERRIDES
    warnings: list[str] = []
    data = read_overrides(path, warnings)
    if warnings:
        raise ContentError(str(path), warnings[0].split(": ", 1)[-1], hint="fix the file by hand first")
    entry = data.setdefault(file.name, {})
    if key in LISTS:
        items = list(strs(entry.get(key)))
        entry[key] = items + ([value] if value not in items else [])
    else:
        entry[key] = value
    write_atomic(path, _toml(data))


def _toml(data: dict) -> str:
    # JSON's string escapes are all valid in TOML basic strings, so json.dumps quotes keys and values safely.
    parts = ["# Editor overrides, one table per content file: pin, ban, interviewee, show.\n"]
    for name, entry in sorted(data.items()):
        lines = [f"\n[{json.dumps(name, ensure_ascii=False)}]\n"]
        for key, value in entry.items():
            if isinstance(value, list):
                value = "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
            else:
                value = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else json.dumps(value)
            lines.append(f"{json.dumps(key)} = {value}\n")
        parts.extend(lines)
    return "".join(parts)


def strs(value) -> tuple[str, ...]:
    """One string or a list of them, as a tuple of strings (None: empty)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)
