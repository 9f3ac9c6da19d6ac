"""The editor's note of the week: a short Markdown file, read at build time and rendered safely.

The note lives in `[build] notes` (by default `content/notes/`) as `YYYY-Www.md`. Only a small,
mail-safe part of Markdown is understood (paragraphs, emphasis, links, lists, line breaks, code);
raw HTML is shown as text, never passed through, and links go only to https or mailto addresses.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from markdown_it import MarkdownIt

from .errors import ContentError

MAX_NOTE_CHARS = 4000  # a note is a few paragraphs; a longer file is a mistake and would crowd out the issue
_SAFE_LINK = ("https://", "mailto:")
# Mail clients drop <style> more often than inline styles, so the few block elements are styled in place.
_BLOCK_STYLES = {"<p>": '<p style="margin:0 0 12px 0">', "<ul>": '<ul style="margin:0 0 12px 0;padding-left:24px">',
                 "<ol>": '<ol style="margin:0 0 12px 0;padding-left:24px">'}


def _markdown() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["emphasis", "link", "list", "newline", "entity", "escape", "backticks", "autolink"])
    md.validateLink = lambda url: url.strip().lower().startswith(_SAFE_LINK)
    return md


_MD = _markdown()


def note_path(folder: Path, week: str) -> Path:
    """Where the note of `week` is read from."""
    return folder / f"{week}.md"


def read_note(folder: Path, week: str) -> str:
    """The Markdown of the week's note, or "" when there is none (raises ContentError naming the file)."""
    path = note_path(folder, week)
    if not path.is_file():
        return ""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        raise ContentError(str(path), "the editor's note is not UTF-8 text", hint="save it as UTF-8") from None
    if len(text) > MAX_NOTE_CHARS:
        raise ContentError(str(path), f"the editor's note has {len(text)} characters, more than {MAX_NOTE_CHARS}",
                           hint="shorten it to a few paragraphs")
    return text


def note_html(markdown: str) -> str:
    """The note as HTML: everything in it escaped but the Markdown itself."""
    out = _MD.render(markdown)
    for tag, styled in _BLOCK_STYLES.items():
        out = out.replace(tag, styled)
    return out.strip()


def note_text(markdown: str, width: int = 78) -> str:
    """The note as plain text: paragraphs wrapped, list items marked, each link's address after its words."""
    blocks: list[tuple[str, bool]] = []  # (text, follows an item of the same list)
    prefixes: list[str] = []
    counters: list[int] = []
    same_list = False
    for tok in _MD.parse(markdown):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            counters.append(0 if tok.type == "bullet_list_open" else 1)
            same_list = len(counters) > 1  # a nested list goes on under its item
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            counters.pop()
            same_list = bool(counters)  # after a nested list its parent list goes on
        elif tok.type == "list_item_open":
            n = counters[-1]
            prefixes.append("* " if n == 0 else f"{n}. ")
            if n:
                counters[-1] += 1
        elif tok.type == "inline":
            lead = "  " * max(len(counters) - 1, 0) + (prefixes.pop() if prefixes else "")
            blocks.append((_fill(_inline_text(tok.children or []), width, lead, len(counters)), same_list))
            same_list = bool(counters)
    # A list's items stay together; paragraphs and separate lists are set apart by a blank line.
    return "".join(("\n" if together else "\n\n") * bool(i) + text for i, (text, together) in enumerate(blocks))


def _fill(text: str, width: int, lead: str, depth: int) -> str:
    rest = " " * len(lead) if depth else ""
    return "\n".join(textwrap.fill(line, width=width, initial_indent=lead if i == 0 else rest,
                                   subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)
                     for i, line in enumerate(text.split("\n")))


def _inline_text(children) -> str:
    parts: list[str] = []
    href, start = None, 0
    for tok in children:
        if tok.type in ("text", "code_inline"):
            parts.append(tok.content)
        elif tok.type == "softbreak":
            parts.append(" ")
        elif tok.type == "hardbreak":
            parts.append("\n")
        elif tok.type == "link_open":
            href, start = tok.attrs.get("href", ""), len(parts)
        elif tok.type == "link_close" and href:
            address, words = href.removeprefix("mailto:"), "".join(parts[start:]).strip()
            if words in (href, address):
                parts[start:] = [address]  # an autolink: its words are the address
            else:
                parts.append(f" ({address})")
            href = None
    return "".join(parts)
