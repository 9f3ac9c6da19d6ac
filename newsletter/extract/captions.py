"""Captions of a video: each change of speaker marked `>>`, often with no name."""

from __future__ import annotations

import re

from .layout import Para

# "Host: Kenji Farrow. Guest: Ana Ruiz, who plays…": a transcript's header naming whose turns its marks open.
_CAST_LINE = re.compile(r"\b(?P<part>(?i:host|presenter|interviewer|guest))s?[ \t]*:[ \t]*"
                        r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})")
_MIN_CHEVRON_TURNS = 4  # a lone ">>" is a Markdown quote within a quote; captions change speaker all the way down


def chevron_turns(paras: list[Para], body: str) -> None:
    """Captions mark each change of speaker with `>>` and no name. With two voices, the host and the guest its
    header names, the marks alternate between them, the host first (a show opens on its host)."""
    changes = [p for p in paras if body.startswith(">>", p.start) and not body.startswith(">>>", p.start)]
    if len(changes) < _MIN_CHEVRON_TURNS:
        return  # too few to be captions: a quote within a quote
    names: dict[str, str] = {}
    for p in paras:
        if p.end > changes[0].start:
            break
        for m in _CAST_LINE.finditer(body, p.start, p.end):
            names.setdefault("guest" if m.group("part").lower() == "guest" else "host", m.group("name"))
        if p.kind == "label" and names:  # "Host: Kenji Farrow. Guest: …": the header, not the host speaking
            p.kind, p.label, p.content_start, p.content_end = "plain", None, p.start, p.end
    if len(names) < 2 or any(p.kind != "blockquote" for p in changes):
        return  # whose voice is whose would be a guess, or the captions name their speakers
    for i, p in enumerate(changes):
        p.kind, p.label = "label", names["host" if i % 2 == 0 else "guest"]
