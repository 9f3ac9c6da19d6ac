"""Interviews from files in a folder: wire `.txt`, `.md` with front matter, `.html` pages, `.srt`/`.vtt` captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..errors import ContentError
from ..model import Interview, Period
from ..overrides import OVERRIDES, apply_overrides, read_overrides, strs as _strs
from ..settings import setting
from . import GatherResult, SourceKind, SourceSettings, register_source
from .article_page import extract_page
from .charsets import NotText, decode
from .date_lines import date_line
from .date_order import NAME_DATE as _NAME_DATE, day_or_month_first
from .frontmatter import DAY_COULD_LEAD, Unreadable, read_date, read_meta
from .subtitles import captions_text

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".srt", ".vtt")
_WIRE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ?", re.ASCII)
# Bigger than any article (a long transcript is ~200 KB): a file this size is a dump or a mistake, and reading it
# would hold up the whole build.
DEFAULT_MAX_FILE_MB = 10.0
# Exporters leave blank lines or an HTML comment above the front matter; YAML may end it with `...`.
_ABOVE_FRONT = r"\A(?:\ufeff)?(?:[ \t]*\n|[ \t]*<!--.*?-->[ \t]*\n)*"
_FRONT = re.compile(_ABOVE_FRONT + r"(---|\+\+\+)[ \t]*\n(.*?)\n(?:\1[ \t]*\n?|\.\.\.[ \t]*(?:\n|\Z))", re.S)
# A first line that opens front matter: when _FRONT does not match, it was never closed (not a file without one).
_FRONT_OPEN = re.compile(_ABOVE_FRONT + r"(---|\+\+\+)[ \t]*\n", re.S)

# Real archives spell the same fields many ways; the first one present wins.
_ALIASES = {
    "title": ("newstitle", "headline", "title"),  # archives put the outlet in `title` and the headline in `newstitle`
    "date": ("date", "newsdate", "published", "pubdate", "publishdate", "published_at", "publish_date", "created",
             "created_at"),
    "url": ("url", "newsurl", "link"),
    "outlet": ("outlet", "newssource", "source", "publication", "site", "site_name", "publisher", "magazine"),
    "byline": ("byline", "author", "newsauthor", "newsreporter", "reporter"),
    "show": ("show", "series"),
    "dek": ("dek", "subtitle", "subhead", "standfirst", "strapline", "deck"),
    "interviewee": ("interviewee", "guest"),
    "pins": ("pin", "pins", "pull_quotes"),
    "bans": ("ban", "bans", "never_pick"),
}


@dataclass
class FolderSettings(SourceSettings):
    path: str = setting("For folders: directory of .txt/.md/.html interviews, relative to the config file.", "")
    max_file_mb: float = setting("For folders: a file bigger than this many megabytes is skipped with a warning.",
                                 DEFAULT_MAX_FILE_MB)

    def problems(self, key: str) -> list[str]:
        found = [] if self.path else [f'{key}.path: required when type = "folder"']
        if self.max_file_mb <= 0:
            found.append(f"{key}.max_file_mb: expected a size above 0, got {self.max_file_mb:g}")
        return found


class FolderSource:
    """Every interview file in one folder (not recursive), dated inside the period."""

    def __init__(self, path: Path, name: str | None = None, outlet: str | None = None,
                 max_file_mb: float = DEFAULT_MAX_FILE_MB):
        self.path = Path(path)
        self.name = name or str(path)
        self.outlet = outlet
        self.max_file_mb = max_file_mb

    def gather(self, period: Period) -> GatherResult:
        result = GatherResult()
        if not self.path.is_dir():
            result.warnings.append(f"source {self.name}: folder {self.path} not found (check [[sources]] path)")
            return result
        overrides = read_overrides(self.path / OVERRIDES, result.warnings)
        guesses: dict[str, list[str]] = {}
        for file in sorted(self.path.iterdir()):
            if file.suffix.lower() not in SUFFIXES or not file.is_file():
                continue
            try:
                interview = _read(file, self.outlet, self.max_file_mb, guesses)
            except ContentError as exc:
                result.warnings.append(str(exc))
                continue
            interview = apply_overrides(interview, overrides.get(file.name, {}))
            if interview.date in period:
                result.interviews.append(interview)
        result.warnings.extend(_fold(guesses))
        return result


def _fold(guesses: dict[str, list[str]]) -> list[str]:
    """One warning per kind of guess, naming the files (a scraped archive repeats the same quirk in every file)."""
    folded = []
    for kind, notes in guesses.items():
        if len(notes) == 1:
            folded.append(notes[0])
        else:
            shown = "; ".join(notes[:3]) + ("; ..." if len(notes) > 3 else "")
            folded.append(f"{len(notes)} files: {kind}, read leniently: {shown}")
    return folded


def read_interview(file: Path, default_outlet: str | None = None, warnings: list[str] | None = None,
                   max_file_mb: float | None = None) -> Interview:
    """Read one interview file; raises ContentError naming the file and the reason.

    Front matter and dates that are not as the format wants are read leniently;
    each guess is appended to `warnings` as a message naming the file. A file
    over `max_file_mb` megabytes is refused without being read.
    """
    guesses: dict[str, list[str]] = {}
    interview = _read(Path(file), default_outlet, max_file_mb, guesses)
    if warnings is not None:
        warnings.extend(note for notes in guesses.values() for note in notes)
    return interview


def _read(file: Path, default_outlet: str | None, max_file_mb: float | None,
          guesses: dict[str, list[str]]) -> Interview:
    """The interview `file` holds; a numeric date that reads either way (`04/01/2026`) read day first where the file's
    name says so (`2026-01-04-…`) or the piece is from a country that writes the day first (its outlet's, or that of
    every channel it names: a Dublin paper's is 4 January)."""
    interview = _read_file(file, default_outlet, max_file_mb, guesses)
    notes = guesses.get(_NOT_ISO, [])
    if not (notes and notes[-1].startswith(f"{file}: ") and DAY_COULD_LEAD in notes[-1]):
        return interview
    day = day_or_month_first(interview, file.name)
    if day != interview.date:
        notes[-1] = f"{file}: date read day first as {day.isoformat()}, as its file name or its country says"
    return replace(interview, date=day)


_NOT_ISO = "date not YYYY-MM-DD"


def _read_file(file: Path, default_outlet: str | None, max_file_mb: float | None,
               guesses: dict[str, list[str]]) -> Interview:
    try:
        size = file.stat().st_size
        if max_file_mb is not None and size > max_file_mb * 1_000_000:
            raise ContentError(str(file), f"{size / 1_000_000:.1f} MB, over the {max_file_mb:g} MB limit; skipped",
                               hint="raise [[sources]] max_file_mb if this file is a real article")
        raw = file.read_bytes()
    except OSError as exc:
        raise ContentError(str(file), f"cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ContentError(str(file), "empty file")
    try:
        decoded = decode(raw)
    except NotText as exc:
        raise ContentError(str(file), str(exc), hint="save the file as UTF-8 text") from None
    if decoded.guess:
        guesses.setdefault("encoding guessed", []).append(f"{file}: {decoded.guess}")
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():  # a byte-order mark and nothing else
        raise ContentError(str(file), "empty file")
    suffix = file.suffix.lower()
    if suffix in (".txt", ".srt", ".vtt"):  # captions saved as subtitles: their cues read as a transcript
        return _read_wire(file, captions_text(text) or text, default_outlet, guesses)
    if suffix in (".html", ".htm"):
        return _read_html(file, text, default_outlet, guesses)
    return _read_markdown(file, text, default_outlet, guesses)


def _read_wire(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    m = _WIRE.match(text)
    if not m:
        return _read_plain_text(file, text, outlet, guesses)
    day = _parse_date(m.group(1), file, {})
    title, body = None, text[m.end():]
    alone = _TITLE_LINE.match(body) if not text[:m.end()].endswith(" ") else None
    if alone:  # "date 2026-11-24" on its own line, then a headline and a blank line
        title, body = alone.group(1).strip(), body[alone.end():]
    return _plain(file, body, day, title, outlet)


# A headline: one line, not ending as a sentence does, with a blank line after it.
_TITLE_LINE = re.compile(r"\A[ \t]*\n?[ \t]*([^\n]{1,150}?(?<![.!?”\"]))[ \t]*\n[ \t]*\n")


def _read_plain_text(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    """A `.txt` article saved as a reader sees it: a title line and a date line in any usual form, then the
    text; failing a date line, the date in the file name (each guess warned)."""
    lines = text.split("\n")
    found = date_line(lines)
    if found:
        title, i, day, note = found
        guesses.setdefault("date not YYYY-MM-DD", []).append(
            f"{file}: no `date YYYY-MM-DD` line; read the date from line {i + 1}, {lines[i].strip()!r}"
            + (f" ({note})" if note else ""))
        return _plain(file, "\n".join(lines[i + 1:]), day, title, outlet)
    named = _NAME_DATE.match(file.name)
    if not named:  # a guess from the file's own time could put it in the wrong week unseen: refused instead
        raise ContentError(str(file), "no date: a .txt file must start with `date YYYY-MM-DD `, give the date on "
                           "one of its first lines, or be named after its date (2026-11-24-….txt)")
    guesses.setdefault("date from the file name", []).append(
        f"{file}: no date line in the text; took {named.group(1)} from the file name")
    board = _BOARD_TITLE.match(text)
    if board:  # a message board's saved topic page: the topic is the title, the board the outlet
        return _plain(file, text[board.end():], _parse_date(named.group(1), file, guesses), board.group("topic"),
                      outlet or board.group("board"))
    return _plain(file, text, _parse_date(named.group(1), file, guesses), None, outlet)


# The first line of a message board's topic page as the browser titled it: "Fan Forum :: View topic - Topic".
_BOARD_TITLE = re.compile(r"\A[ \t]*(?P<board>[^\n:]{1,80}?)[ \t]+::[ \t]+View topic[ \t]+[-–][ \t]+"
                          r"(?P<topic>[^\n]{1,150}?)[ \t]*(?:\n|\Z)")




def _plain(file: Path, body: str, day: date, title: str | None, outlet: str | None) -> Interview:
    body = _paragraphed(body.strip())
    byline = _BYLINE.match(body)
    if byline:  # "By Dana Whitlock" on a line of its own: the journalist, not a name the article is about
        body = body[byline.end():]
    if not body:
        raise ContentError(str(file), "no article text after the date")
    return Interview(source=str(file), body=body, date=day, outlet=outlet, title=title,
                     byline=byline.group("by").strip() if byline else None)


# "By Dana Whitlock", "By DANA WHITLOCK, Staff Writer", "by Dana Whitlock and Sam Oyelaran | Harbor Post": the
# first line of a plain-text body when it is only that; what follows a comma or a bar is a title or an outlet, and
# never ends as a sentence does ("By December, the cast knew." is the article's first line).
_BYLINE = re.compile(r"\A[*_]*[Bb][Yy][ \t]+(?P<by>[A-Z][\w.’'\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w.’'\-]*){0,5})"
                     r"[*_]*(?:[ \t]*[,|][^\n]{0,60}(?<![.!?]))?[ \t]*(?:\n[ \t]*\n[ \t]*|\Z)")


def _read_markdown(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    m = _FRONT.match(text)
    if not m:
        opened = _FRONT_OPEN.match(text)
        if opened:
            raise ContentError(str(file), f"the front matter opened on line 1 with {opened.group(1)} is never closed",
                               hint=f"end it with a line of {opened.group(1)} before the article")
        return _read_bare_markdown(file, text, outlet, guesses)
    try:
        meta, note = read_meta(m.group(2), m.group(1))
    except Unreadable as exc:
        raise ContentError(str(file), str(exc).splitlines()[0]) from None
    if note:
        guesses.setdefault("front matter not valid YAML", []).append(f"{file}: {note}")
    fields = {name: _first(meta, keys) for name, keys in _ALIASES.items()}
    rest = text[m.end():]
    if fields["date"] in (None, ""):
        fields["date"], rest = _date_elsewhere(file, rest, guesses, "no date in the front matter",
                                               "no date in the front matter (add `date: YYYY-MM-DD`)")
    body = _paragraphed(rest.strip())
    if not body:
        raise ContentError(str(file), "no article text after the front matter")
    return Interview(
        source=str(file), body=body, date=_parse_date(fields["date"], file, guesses),
        title=_str(fields["title"]), url=_str(fields["url"]),
        outlet=_str(fields["outlet"]) or outlet, byline=_str(fields["byline"]),
        show=_str(fields["show"]), interviewee=_str(fields["interviewee"]),
        pins=_strs(fields["pins"]), bans=_strs(fields["bans"]), dek=_str(fields["dek"]),
    )


# A first line that is a Markdown heading: `# Title`, or `Title` underlined with `===` or `---`.
# The same on a line of its own, whatever follows it ("By Niamh Carrow, Courts Correspondent" over a date line).
_BYLINE_LINE = re.compile(_BYLINE.pattern.replace(r"(?:\n[ \t]*\n[ \t]*|\Z)", r"(?:\n|\Z)"))
# A headline alone on the first line, no sentence's stop at its end, with a byline under it after a blank line.
_HEADLINE_OVER_BYLINE = re.compile(r"\A(?P<title>[^\n]{1,200}(?<![.!?:;,]))[ \t]*\n[ \t]*\n(?=[*_]*[Bb][Yy][ \t]+[A-Z])")
_HEADING_TITLE = re.compile(r"\A[ \t]*(?:#{1,6}[ \t]+(?P<atx>[^\n]+?)[ \t#]*|(?P<setext>[^\n]+)\n[=-]{3,}[ \t]*)(?:\n|\Z)")


def _read_bare_markdown(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    """A Markdown file with no front matter: dated by its file name (`2026-11-24-….md`), titled by its heading."""
    heading = _HEADING_TITLE.match(text)
    body = _paragraphed(text[heading.end():].strip() if heading else text.strip())
    title = (heading.group("atx") or heading.group("setext")).strip() if heading else None
    headline = None if heading else _HEADLINE_OVER_BYLINE.match(body)
    if headline:  # a pasted story: its headline on a line of its own, then "By Name, Courts Correspondent"
        title, body = headline.group("title").strip(), body[headline.end():]
    byline = _BYLINE_LINE.match(body)
    if byline:
        body = body[byline.end():].strip()
    day, body = _date_elsewhere(file, body, guesses, "no front matter",
                                "no front matter with a date (start the file with --- and a `date:` line)",
                                "or name the file after its date, as in 2026-11-24-mara-quinlan.md")
    if not body.strip():
        raise ContentError(str(file), "no article text")
    return Interview(source=str(file), body=body.strip(), date=_parse_date(day, file, guesses), title=title,
                     outlet=outlet, byline=byline.group("by").strip() if byline else None)


def _date_elsewhere(file: Path, text: str, guesses: dict[str, list[str]], what: str, refusal: str,
                    hint: str | None = None) -> tuple[str | date, str]:
    """The date of a Markdown file whose front matter gives none: its file name's (Jekyll's `_posts/2023-01-25-
    title.md`), else a line of its first few that is only a date (taken out of the text); else it is refused."""
    named = _NAME_DATE.match(file.name)
    if named:
        guesses.setdefault("date from the file name", []).append(
            f"{file}: {what}; took {named.group(1)} from the file name")
        return named.group(1), text
    lines = text.split("\n")
    found = date_line(lines)
    if not found:
        raise ContentError(str(file), refusal, hint=hint)
    _, i, day, note = found
    guesses.setdefault("date not YYYY-MM-DD", []).append(
        f"{file}: {what}; read the date from the article's line {lines[i].strip()!r}" + (f" ({note})" if note else ""))
    return day, "\n".join(lines[:i] + lines[i + 1:])


def _undeclared_date(file: Path, body: str, guesses: dict[str, list[str]]) -> date:
    """A page without a publication date in its metadata: the date line it shows near its top, else the one in
    its file name (each a guess, warned); else it is refused."""
    found = date_line(body.split("\n"))
    named = _NAME_DATE.match(file.name)
    if not found and not named:
        raise ContentError(str(file), "no publication date in the page's metadata, near its top or in its name")
    day = found[2] if found else _parse_date(named.group(1), file, guesses)
    guesses.setdefault("date guessed", []).append(
        f"{file}: no publication date in the page's metadata; took {day.isoformat()} from "
        + ("the date shown near its top" if found else "its file name"))
    return day


def _read_html(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    page = extract_page(text)
    if page.date is None:
        page = replace(page, date=_undeclared_date(file, page.body or "", guesses))
    if not page.body:
        raise ContentError(str(file), "no article text found in the page")
    return Interview(source=str(file), body=page.body, date=page.date, title=page.title,
                     url=page.url, outlet=page.site or outlet, byline=page.author, dek=page.dek)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ONE_LINE_PARAGRAPHS = 4  # lines, at least, before a body with no blank line is read as one paragraph per line
# A line's end that ends a paragraph: a stop, a closing mark, or the time after a speaker's name in a recorder's
# export ("Mara Quint  00:01:08", whose speech is on the next line).
_ENDS_PARAGRAPH = re.compile(r"(?:[.!?:…\"”’'*)\]]|\b\d{1,2}:\d{2}(?::\d{2})?[\])]?:?)\s*\Z")
_SPEAKER_AND_TIME = re.compile(r"[A-Z][^\n]{0,60}?[ \t][\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?:?[ \t]*\Z")
_WRAP_WIDTH = 90  # hard-wrapped prose keeps its lines under this; a scrape's one-line paragraphs run longer


def _paragraphed(body: str) -> str:
    """A body with no blank line between its paragraphs (scrapes and copy-pastes put one per line) with a blank
    line after each; hard-wrapped prose (short lines that run on mid-sentence) and anything else as it is."""
    if body.count("\n") + 1 < _ONE_LINE_PARAGRAPHS or _BLANK_LINE.search(body):
        return body
    lines = body.split("\n")
    ended = sum(_ENDS_PARAGRAPH.search(line) is not None for line in lines)
    long = sum(len(line) > _WRAP_WIDTH for line in lines)
    if ended < 0.7 * len(lines) and long < 0.5 * len(lines):
        return body
    # A speaker's line stays with the speech under it, as a recorder's export with blank lines has it.
    return "".join(line + ("\n" if _SPEAKER_AND_TIME.match(line) else "\n\n") for line in lines).rstrip("\n")


def _first(meta: dict, keys: tuple[str, ...]):
    """The first of `keys` present, in any case (`Date:`, `Title:` as some exporters write them)."""
    folded = {str(k).lower(): v for k, v in meta.items()}
    for k in keys:
        if folded.get(k) not in (None, ""):
            return folded[k]
    return None


def _str(value) -> str | None:
    return str(value).strip() or None if value is not None else None


def _parse_date(value, file: Path, guesses: dict[str, list[str]]) -> date:
    if isinstance(value, list) and len(value) == 1:  # `date: [2025-03-03]`, as some exporters write every field
        value = value[0]
    try:
        day, note = read_date(value)
    except Unreadable as exc:
        raise ContentError(str(file), str(exc)) from None
    if note:
        guesses.setdefault(_NOT_ISO, []).append(f"{file}: {note}")
    return day


def _make(settings: FolderSettings, cfg, web=None, store=None) -> FolderSource:
    return FolderSource(cfg.resolve(settings.path), name=settings.name or settings.path,
                        outlet=settings.outlet or None, max_file_mb=settings.max_file_mb)


register_source(SourceKind("folder", FolderSettings, _make,
                           watched=lambda settings, cfg: [cfg.resolve(settings.path)]))
