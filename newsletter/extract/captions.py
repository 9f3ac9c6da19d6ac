"""Captions of a video: each change of speaker marked `>>`, often with no name."""

from __future__ import annotations

import re

from .cast import people_named
from .layout import Para

# "Host: Kenji Farrow. Guest: Ana Ruiz, who plays…": a transcript's header naming whose turns its marks open.
_CAST_LINE = re.compile(r"\b(?P<part>(?i:host|presenter|interviewer|guest))s?[ \t]*:[ \t]*"
                        r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})")
_WORDS = re.compile(r"\w")
_MIN_CHEVRON_TURNS = 4  # a lone ">>" is a Markdown quote within a quote; captions change speaker all the way down


def chevron_turns(paras: list[Para], body: str) -> None:
    """Captions mark each change of speaker with `>>` and no name. With two voices, the host and the guest its
    header names, the marks alternate between them, the host first (a show opens on its host); with no header,
    captions from end to end alternate between the one asking and the one asked, the host first."""
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
    if any(p.kind != "blockquote" for p in changes):
        return  # the captions name their speakers
    if len(names) < 2:
        if not _all_captions(paras, changes, body):
            return  # quotes within quotes among other paragraphs: whose voice is whose would be a guess
        # unnamed, the two sides are still the one asking and the one asked, the guest maybe named in the header
        header = body[paras[0].start:changes[0].start] if paras[0] is not changes[0] else ""
        names = {"host": "Q", "guest": _guest_in_header(header, body[changes[0].start:]) or "A"}
    for i, p in enumerate(changes):
        p.kind, p.label = "label", names["host" if i % 2 == 0 else "guest"]


def _all_captions(paras: list[Para], changes: list[Para], body: str) -> bool:
    """Whether every paragraph from the first `>>` on opens on one or is a sound (`[music]`): captions from end to
    end, as a subtitle file's cues read, not an email's quoted lines between its own."""
    after = paras[paras.index(changes[0]):]
    return all(p in changes or p.kind == "stage" or not _WORDS.search(body, p.start, p.end) for p in after)


_WELCOMED_TO = re.compile(r"\b(?:to|on|watching)\s+\Z")  # "welcome back to backstage pass": the show, not a guest


def _guest_in_header(header: str, captions: str) -> str | None:
    """The one person the header (the video's title) names whom the captions speak of too, other than the show the
    host welcomes viewers to; auto-captions write names in lower case (`sunniva haraldsen-price welcome`)."""
    spoken = captions.lower()
    found = []
    for name in people_named(header):
        m = re.search(r"(?<![\w’'\-])" + re.escape(name.lower()) + r"(?![\w’'\-])", spoken)
        if m and not _WELCOMED_TO.search(spoken, 0, m.start()):
            found.append(name)
    return found[0] if len(found) == 1 else None
