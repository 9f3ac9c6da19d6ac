"""Plain text set in short lines, as a scanned page, a wire story or an email keeps it. Read as it would be printed:
a paragraph's hard-wrapped lines are one run of text (a quote or a sentence runs on across the line ends), and a
speaker's label that starts a line inside a paragraph starts a turn of its own. The stored body keeps its lines:
the reading text differs only in white space, character for character."""

from __future__ import annotations

import re

# A speaker's label at a line's start: `SCREEN WEEKLY:`, `MARCHBANKS:`, `Mia (Year 8):`, `**MARCHBANKS:**`, after a
# tape's timecode too (`[01:00:14:20] JUNO:`), or inside a block quote (`> **Q:**`, an interview a post quotes).
_LABEL_LINE = re.compile(r"^(?=[A-Z*_\[(>])(?:>[ \t]?)*(?:[\[(]\d{1,2}(?::\d{2}){1,3}[\])][ \t]+)?(?P<b>\*\*|__)?[A-Z][\w.'’\-]*(?:[ \t]+[A-Z0-9][\w.'’\-]*){0,3}"
                         r"(?:[ \t]*\([^)\n]{1,40}\))?(?:(?P=b):|:(?P=b)|(?(b)(?!)|:))[ \t]", re.M)
_MARGIN_AFTER = re.compile(r"(?:\s*\n[ \t>]*)*\s*\Z")
_MIN_LABEL_LINES = 2  # one "Note: …" at a line's start is prose; two labels make the lines a transcript's turns
# Lines that are laid out, not wrapped: list items, block quotes, headings, table rows, dashes of dialogue,
# timestamps and chat lines.
# A row with dot leaders ("Edith Vane ........ Imelda Osei") is a cast list's or a contents page's, laid out too, and
# so is a social post's head line ("Dee (@dee.bsky.social) · 19:05"), its words on the lines under it.
_LAID_OUT = re.compile(r"^[ \t]*(?:[-*+•>#|—–\[<]|\d{1,3}[.)][ \t]|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4})|"
                       r"[ \t](?:\.[ \t]?){4,}[ \t]*\S|[ \t]\(?@\w[\w.\-]*\)?[ \t]+[·•][ \t]", re.M)
_MIN_WRAPPED, _MAX_WRAPPED = 25, 100  # characters in a wrapped line: a name or a cue number alone is shorter
_TERMINAL = re.compile(r"[.!?:…\"”’')\]]\s*\Z")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def unwrapped(text: str) -> str:
    """`text` with the line ends inside each hard-wrapped paragraph read as spaces (same length, same offsets);
    a line that starts with a speaker's label keeps its line end, where split_at_labels starts a turn."""
    if "\n" not in text:
        return text
    out, at = [], 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        out.append(_joined(text[at:end]))
        if brk:
            out.append(brk.group())
            at = brk.end()
    joined = "".join(out)
    return text if joined == text else joined


def _joined(part: str) -> str:
    lines = part.split("\n")
    if len(lines) < 2 or _LAID_OUT.search(part):
        return part
    labelled = {m.start() for m in _LABEL_LINE.finditer(part)}
    if len(labelled) >= _MIN_LABEL_LINES:  # a transcript's turns, each wrapped: join within each
        cuts = sorted(labelled | {0, len(part) + 1})
        return "\n".join(_joined(part[a:b - 1]) for a, b in zip(cuts, cuts[1:]))
    wrapped = lines[:-1]
    if any(not _MIN_WRAPPED <= len(line) <= _MAX_WRAPPED for line in wrapped):
        return part
    if 2 * sum(_TERMINAL.search(line) is None for line in wrapped) < len(wrapped):
        return part  # most lines end a sentence: a line per thought, as a chat or a poem sets them
    return part.replace("\n", " ")


def laid_out(part: str) -> bool:
    """Whether a run of lines is set out line by line (a list, a block quote, a table, a dialogue, timestamps) or
    holds a speaker's label at a line's start: lines that are no prose wrapped to a width."""
    return _LAID_OUT.search(part) is not None or _LABEL_LINE.search(part) is not None


def split_at_labels(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Paragraph spans, each cut before every line inside it that starts with a speaker's label, where at least
    two lines of it do (`SCREEN WEEKLY: How…?` then `MARCHBANKS: By accident…` in one wrapped block)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if text.find("\n", start, end) == -1:
            out.append((start, end))
            continue
        starts = [m.start() for m in _LABEL_LINE.finditer(text, start, end)]
        if len(starts) < _MIN_LABEL_LINES or starts == [start]:
            out.append((start, end))
            continue
        cuts = sorted({start, *starts, end})
        # each part without the blank quote margin that parted it from the next ("> **Q:** …\n>")
        out.extend((a, len(_MARGIN_AFTER.sub("", text[a:b])) + a) for a, b in zip(cuts, cuts[1:])
                   if text[a:b].strip(" \t\n>"))
    return out
