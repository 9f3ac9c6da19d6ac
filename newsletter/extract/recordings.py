"""Recordings a broadcast plays between its live turns: a drama clip (`CLIP (THE SERIES, SERIES 2): BRONWEN: …`),
listeners' voices (`VOX POP 1: …`), an archive recording. Their voices neither ask nor answer the guest; a clip's
line is its character's, named by the label inside the clip's own."""

from __future__ import annotations

import re

from .layout import PLAYED, Para
from .scan import led_by_first

# Labels a transcript gives what it plays rather than who speaks live (US news transcripts write SOUNDBITE, SOT).
_RECORDING = led_by_first(r"(?:clip|vox[ \t-]?pops?(?:[ \t]*\d{1,2})?|archive(?:[ \t]+recording)?|recording|"
                          r"soundbite|sound[ \t]bite|sot|actuality|montage)\Z", re.I)
# "BRONWEN: You can have…" at the start of a clip's words: the character speaking in it.
_INNER_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z.'’\- ]{1,30}?|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]*:[ \t]+(?=\S)")


def played_on_air(paras: list[Para], body: str) -> None:
    """Mark each recording's label as outside the interview, its line the voice the clip names (pure: edits
    `paras` in place)."""
    for p in paras:
        if p.kind != "label" or not _RECORDING.match((p.label or "").strip()):
            continue
        inner = _INNER_LABEL.match(body, p.content_start, p.content_end)
        if inner:
            p.label, p.content_start = inner.group("name").strip(), inner.end()
        if p.label.isupper():  # nobody the cast knows: printed as a name is ("Vox Pop 1"), not shouted
            p.label = p.label.title()
        p.marked_by, p.weak = PLAYED, False
