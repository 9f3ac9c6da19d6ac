"""Interviews from files in a folder: wire `.txt`, `.md` with front matter, `.html` pages."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import yaml

from ..errors import ContentError
from ..model import Interview
from . import GatherResult, Period
from .article_page import extract_page

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
OVERRIDES = "overrides.toml"
_WIRE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ?", re.ASCII)
# What YAML and TOML loaders raise besides their own errors: a value they reject (`date: 2026-11-31`
# is a ValueError, `!!int many` too) or nesting deeper than Python's stack.
_LOADER_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)
_FRONT = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*\n?", re.S)

# Real archives spell the same fields many ways; the first one present wins.
_ALIASES = {
    "title": ("newstitle", "headline", "title"),  # archives put the outlet in `title` and the headline in `newstitle`
    "date": ("date", "newsdate", "published"),
    "url": ("url", "newsurl", "link"),
    "outlet": ("outlet", "newssource", "source", "publication"),
    "byline": ("byline", "author", "newsauthor", "newsreporter", "reporter"),
    "show": ("show", "series"),
    "interviewee": ("interviewee", "guest"),
    "pins": ("pin", "pins", "pull_quotes"),
    "bans": ("ban", "bans", "never_pick"),
}


class FolderSource:
    """Every interview file in one folder (not recursive), dated inside the period."""

    def __init__(self, path: Path, name: str | None = None, outlet: str | None = None):
        self.path = Path(path)
        self.name = name or str(path)
        self.outlet = outlet

    def gather(self, period: Period) -> GatherResult:
        result = GatherResult()
        if not self.path.is_dir():
            result.warnings.append(f"source {self.name}: folder {self.path} not found (check [[sources]] path)")
            return result
        overrides = _overrides(self.path / OVERRIDES, result.warnings)
        for file in sorted(self.path.iterdir()):
            if file.suffix.lower() not in SUFFIXES or not file.is_file():
                continue
            try:
                interview = read_interview(file, default_outlet=self.outlet)
            except ContentError as exc:
                result.warnings.append(str(exc))
                continue
            extra = overrides.get(file.name, {})
            if extra:
                interview = replace(interview, pins=interview.pins + _strs(extra.get("pin")),
                                    bans=interview.bans + _strs(extra.get("ban")))
            if interview.date in period:
                result.interviews.append(interview)
        return result


def _overrides(path: Path, warnings: list[str]) -> dict:
    """The editor's pins and bans for files that have no front matter (wire .txt, .html pages).

    `overrides.toml` beside the content: one table per file name, with `pin` and `ban` lists.
    """
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        warnings.append(f"{path}: not valid TOML ({exc}); editor overrides ignored")
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def read_interview(file: Path, default_outlet: str | None = None) -> Interview:
    """Read one interview file; raises ContentError naming the file and the reason."""
    raw = file.read_bytes()
    if not raw.strip():
        raise ContentError(str(file), "empty file")
    if b"\x00" in raw[:8192]:
        raise ContentError(str(file), "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(str(file), f"not UTF-8 text (bad byte at offset {exc.start})",
                           hint="save the file as UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    suffix = file.suffix.lower()
    if suffix == ".txt":
        return _read_wire(file, text, default_outlet)
    if suffix in (".html", ".htm"):
        return _read_html(file, text, default_outlet)
    return _read_markdown(file, text, default_outlet)


def _read_wire(file: Path, text: str, outlet: str | None) -> Interview:
    m = _WIRE.match(text)
    if not m:
        raise ContentError(str(file), "no date: a wire .txt file must start with `date YYYY-MM-DD `")
    day = _parse_date(m.group(1), file)
    body = text[m.end():].strip()
    if not body:
        raise ContentError(str(file), "no article text after the date")
    return Interview(source=str(file), body=body, date=day, outlet=outlet)


def _read_markdown(file: Path, text: str, outlet: str | None) -> Interview:
    m = _FRONT.match(text)
    if not m:
        raise ContentError(str(file), "no front matter with a date (start the file with --- and a `date:` line)")
    try:
        meta = tomllib.loads(m.group(2)) if m.group(1) == "+++" else yaml.safe_load(m.group(2))
    except _LOADER_ERRORS as exc:
        why = (str(exc).splitlines() or [exc.__class__.__name__])[0]
        raise ContentError(str(file), f"front matter is not valid: {why}") from None
    if not isinstance(meta, dict):
        raise ContentError(str(file), "front matter is not a table of keys")
    fields = {name: _first(meta, keys) for name, keys in _ALIASES.items()}
    if fields["date"] is None:
        raise ContentError(str(file), "no date in the front matter (add `date: YYYY-MM-DD`)")
    body = text[m.end():].strip()
    if not body:
        raise ContentError(str(file), "no article text after the front matter")
    return Interview(
        source=str(file), body=body, date=_parse_date(fields["date"], file),
        title=_str(fields["title"]), url=_str(fields["url"]),
        outlet=_str(fields["outlet"]) or outlet, byline=_str(fields["byline"]),
        show=_str(fields["show"]), interviewee=_str(fields["interviewee"]),
        pins=_strs(fields["pins"]), bans=_strs(fields["bans"]),
    )


def _read_html(file: Path, text: str, outlet: str | None) -> Interview:
    page = extract_page(text)
    if page.date is None:
        raise ContentError(str(file), "no publication date in the page's metadata")
    if not page.body:
        raise ContentError(str(file), "no article text found in the page")
    return Interview(source=str(file), body=page.body, date=page.date, title=page.title,
                     url=page.url, outlet=page.site or outlet, byline=page.author)


def _first(meta: dict, keys: tuple[str, ...]):
    for k in keys:
        if meta.get(k) not in (None, ""):
            return meta[k]
    return None


def _str(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _strs(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _parse_date(value, file: Path) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ContentError(str(file), f'date "{value}" is not YYYY-MM-DD') from None
