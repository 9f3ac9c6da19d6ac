"""Chat exports: each message under a line giving its time and its poster, as chat servers and messengers write
them out (`[8/16/2025 8:02 PM] TessaQuill`, `16/08/2025, 20:02 - Tessa: …`, `[20:02] <tessa> …`)."""

from __future__ import annotations

import re

# The time of a message, its date first where the export gives one: "[8/16/2025 8:02 PM]", "16/08/2025, 20:02 -",
# "[2025-08-16 20:02:11]", "[20:02]".
_STAMP = (r"[\[(]?(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
          r"[\])]?(?:[ \t]+[-–])?[ \t]+")
_DATED = re.compile(r"[\[(]?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_HANDLE = r"[\w.@#’'|\-]+(?:[ \t]+[\w.@#’'|\-]+){0,3}"
# Poster then the message on the lines below (Discord's export), or after a colon on the same line (messengers),
# or in angle brackets (IRC): the colon form is trusted only with a date, as "[00:01:15] HOST:" is a podcast's.
_HEAD = re.compile(rf"\A(?P<stamp>{_STAMP})(?:<(?P<irc>{_HANDLE})>[ \t]+(?=\S)|"
                   rf"(?P<label>{_HANDLE}?)(?P<tag>[ \t]+(?:\[BOT\]|BOT|APP))?[ \t]*(?P<end>\n|:[ \t]+)(?=[ \t]*\S))")
# A chat server's bot posts announcements, in nobody's voice: "HollowBot", "Carl-bot", "Tally [BOT]".
_BOT = re.compile(r"(?:(?<![A-Z])BOT|Bot|[-_ ]bot|\Abot)\Z")
# What a messenger writes in place of a message it did not export: nobody's words.
_PLACEHOLDER = re.compile(r"[ \t]*(?:<(?:Media|attached:?)[^>\n]{0,60}>|This message was deleted|"
                          r"You deleted this message|Missed (?:voice|video) call|(?:image|video|audio|sticker|GIF|document) omitted)"
                          r"[ \t]*\Z", re.I)


def placeholder(text: str) -> bool:
    """Whether a chat message is what the messenger wrote in place of one (`<Media omitted>`, `This message was
    deleted`), not anyone's words."""
    return _PLACEHOLDER.match(text) is not None


def chat_head(text: str) -> tuple[str, int, bool] | None:
    """The poster of a chat message, where the message starts, and whether the poster is a bot; None when the
    paragraph does not open as an exported message does."""
    m = _HEAD.match(text)
    if m is None:
        return None
    if m.group("irc"):
        return m.group("irc"), m.end(), bool(_BOT.search(m.group("irc")))
    if m.group("end") != "\n" and not _DATED.match(m.group("stamp")):
        return None
    label = m.group("label")
    return label, m.end(), bool(m.group("tag")) or bool(_BOT.search(label))
