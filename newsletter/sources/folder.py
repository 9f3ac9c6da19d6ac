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
from .frontmatter import Unreadable, read_date, read_meta
from .subtitles import captions_text

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".srt", ".vtt")
_WIRE = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ?", re.ASCII)
# Bigger than any article (a long transcript is ~200 KB): a file this size is a dump or a mistake, and reading it
# would hold up the whole build.
DEFAULT_MAX_FILE_MB = 10.0
_NAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})[-_ ]")
_FRONT = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*\n?", re.S)
# A first line that opens front matter: when _FRONT does not match, it was never closed (not a file without one).
_FRONT_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n")

# Real archives spell the same fields many ways; the first one present wins.
_ALIASES = {
    "title": ("newstitle", "headline", "title"),  # archives put the outlet in `title` and the headline in `newstitle`
    "date": ("date", "newsdate", "published", "pubdate", "publishdate", "published_at", "publish_date", "created",
             "created_at"),
    "url": ("url", "newsurl", "link"),
    "outlet": ("outlet", "newssource", "source", "publication"),
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
_DATE_LINE_CHARS = 60  # a line that is only a date ("September 28, 2013", "Posted: 28/09/2013 10:15")
_DATE_LABEL = re.compile(r"\A(?:date|published|posted|updated)(?: on)?\s*:?\s*", re.I)
_HEAD_LINES = 3  # a title and a date stand in the first lines or not at all


def _read_plain_text(file: Path, text: str, outlet: str | None, guesses: dict[str, list[str]]) -> Interview:
    """A `.txt` article saved as a reader sees it: a title line and a date line in any usual form, then the
    text; failing a date line, the date in the file name (each guess warned)."""
    lines = text.split("\n")
    found = _date_line(lines)
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


def _date_line(lines: list[str]) -> tuple[str | None, int, date, str | None] | None:
    """The first of the first few filled lines that is only a date (`September 28, 2013`, `Posted: 28/09/2013`):
    the title line before it when it is the second, its index, the date and the note on how it was read."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_HEAD_LINES]
    for n, i in enumerate(filled):
        line = _DATE_LABEL.sub("", lines[i].strip().strip("*_#").strip())
        if len(line) > _DATE_LINE_CHARS:
            continue
        read = _dated(line)
        if read:
            return (lines[filled[0]].strip() if n == 1 else None), i, *read
    return None


# A transcript's header dates it after its place: "Harbour Hotel, Leeds, March 3, 2025". The date is the line's
# end after a comma; the place before it is never a sentence (no verb is looked for: the line is short and alone).
_PLACE_PARTS = re.compile(r",[ \t]+")


def _dated(line: str) -> tuple[date, str | None] | None:
    """The date a short header line is, or ends with after a place and a comma; None when it is not one."""
    cuts = [0] + [m.end() for m in _PLACE_PARTS.finditer(line)]
    for cut in cuts:
        try:
            return read_date(line[cut:])
        except Unreadable:
            continue
    return None


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
    if fields["date"] is None:
        named = _NAME_DATE.match(file.name)
        if not named:
            raise ContentError(str(file), "no date in the front matter (add `date: YYYY-MM-DD`)")
        fields["date"] = named.group(1)  # Jekyll's `_posts/2023-01-25-title.md`
        guesses.setdefault("date from the file name", []).append(
            f"{file}: no date in the front matter; took {named.group(1)} from the file name")
    body = _paragraphed(text[m.end():].strip())
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
    named = _NAME_DATE.match(file.name)
    if not named:
        raise ContentError(str(file), "no front matter with a date (start the file with --- and a `date:` line)",
                           hint="or name the file after its date, as in 2026-11-24-mara-quinlan.md")
    guesses.setdefault("date from the file name", []).append(
        f"{file}: no front matter; took {named.group(1)} from the file name")
    heading = _HEADING_TITLE.match(text)
    body = _paragraphed(text[heading.end():].strip() if heading else text.strip())
    title = (heading.group("atx") or heading.group("setext")).strip() if heading else None
    headline = None if heading else _HEADLINE_OVER_BYLINE.match(body)
    if headline:  # a pasted story: its headline on a line of its own, then "By Name, Courts Correspondent"
        title, body = headline.group("title").strip(), body[headline.end():]
    byline = _BYLINE_LINE.match(body)
    if byline:
        body = body[byline.end():].strip()
    if not body:
        raise ContentError(str(file), "no article text")
    return Interview(source=str(file), body=body, date=_parse_date(named.group(1), file, guesses), title=title,
                     outlet=outlet, byline=byline.group("by").strip() if byline else None)


def _undeclared_date(file: Path, body: str, guesses: dict[str, list[str]]) -> date:
    """A page without a publication date in its metadata: the date line it shows near its top, else the one in
    its file name (each a guess, warned); else it is refused."""
    found = _date_line(body.split("\n"))
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
                     url=page.url, outlet=page.site or outlet, byline=page.author)


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
    try:
        day, note = read_date(value)
    except Unreadable as exc:
        raise ContentError(str(file), str(exc)) from None
    if note:
        guesses.setdefault("date not YYYY-MM-DD", []).append(f"{file}: {note}")
    return day


def _make(settings: FolderSettings, cfg, web=None, store=None) -> FolderSource:
    return FolderSource(cfg.resolve(settings.path), name=settings.name or settings.path,
                        outlet=settings.outlet or None, max_file_mb=settings.max_file_mb)


register_source(SourceKind("folder", FolderSettings, _make,
                           watched=lambda settings, cfg: [cfg.resolve(settings.path)]))
