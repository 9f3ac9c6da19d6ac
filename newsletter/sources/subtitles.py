"""Captions saved as a subtitle file (SRT or WebVTT), read as the transcript they hold.

A subtitle file cuts speech into numbered, timed cues of a line or two, wherever the screen needed it, often
mid-sentence (`so season two you spend half of it in a` / `rowing boat how was that`). The cue numbers and timings
are not words, so a pull-quote could never be taken across two cues if they stayed in the text. Read here, the
cues' words run on with single spaces into one paragraph per speaker: a new paragraph at each `>>` (the captioner's
change of speaker) or each change of WebVTT voice (`<v Corey>`, written `Corey: …` as a transcript labels it).
Text outside the cues (a title line above them, a note below) stays as it is, one paragraph per block.
"""

from __future__ import annotations

import re

# "00:00:03,120 --> 00:00:06,000" (SRT) or "00:03.120 --> 00:06.000 align:start" (WebVTT, hours optional).
_TIMING = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
                     r"(?:[ \t][^\n]*)?\Z")
_MIN_CUES = 3  # one or two timings in a text may be quoted; a subtitle file has a cue every few seconds
# WebVTT's blocks that hold no speech: the file's own header, a comment, a style sheet, a region's settings. A
# comment block over the first cue, "NOTE" alone on its line then lines of text, is the recording's header (its
# title, when and for whom it was recorded, who took part): kept as text outside the cues, as a title line is.
_NOT_SPEECH = re.compile(r"(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|\Z)")
_VOICE = re.compile(r"<v(?:\.[\w.\-]+)?[ \t]+([^>\n]{1,60})>")  # WebVTT's voice tag: "<v Corey>", "<v.loud Ana>"
_TAG = re.compile(r"</?[a-z][^>\n]{0,60}>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>", re.I)  # <i>, <c.yellow>, <00:01.500>
_CHEVRON = re.compile(r"(?:^|(?<=\s))>>(?=\s|\Z)")
_BLOCKS = re.compile(r"\n[ \t]*\n\s*")


def captions_text(text: str) -> str | None:
    """The transcript a subtitle file's cues hold, one paragraph per speaker's run, with the text around the cues
    kept; None when `text` is not a subtitle file (fewer than a handful of timed cues)."""
    blocks = [b.strip("\n").split("\n") for b in _BLOCKS.split(text.strip())]
    if sum(any(_TIMING.match(line) for line in lines) for lines in blocks) < _MIN_CUES:
        return None
    reader = _Runs()
    for lines in blocks:
        timed = next((i for i, line in enumerate(lines) if _TIMING.match(line)), None)
        if timed is None:
            if lines[0].strip() == "NOTE" and len(lines) > 1 and not reader.paragraphs:
                reader.aside("\n".join(lines[1:]))  # a header over the cues: what the recording is, said by nobody
            elif not _NOT_SPEECH.match(lines[0]):
                reader.aside("\n".join(lines))
            continue
        if timed > 1:  # a title written right above the first cue's number, with no blank line between
            reader.aside("\n".join(lines[:timed - 1]))
        for line in lines[timed + 1:]:
            reader.line(line)
    return reader.text()


class _Runs:
    """The paragraphs being built: each speaker's run of words, and the text outside the cues between them."""

    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = []
        self.voice: str | None = None
        self.last_line = ""

    def aside(self, text: str) -> None:
        """Text outside the cues: a paragraph of its own, and whoever speaks next starts a new one."""
        self.paragraphs.append([text.strip()])
        self.paragraphs.append([])

    def line(self, raw: str) -> None:
        """One line of a cue: its words run on from the line before, unless a `>>` or a new voice opens a turn."""
        voice = _VOICE.search(raw)
        words = " ".join(_TAG.sub("", raw).split())
        if not words or words == self.last_line:
            return  # rolling captions show each line twice, once as it is written and once as it scrolls up
        self.last_line = words
        if voice and voice.group(1).strip() != self.voice:
            self.voice = voice.group(1).strip()
            self.paragraphs.append([f"{self.voice}:"])
        parts = _CHEVRON.split(words)
        self._run_on(parts[0])
        for part in parts[1:]:
            self.paragraphs.append([">>"])
            self._run_on(part)

    def _run_on(self, words: str) -> None:
        if not words.strip():
            return
        if not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append(words.strip())

    def text(self) -> str:
        return "\n\n".join(" ".join(words) for words in self.paragraphs if words)
