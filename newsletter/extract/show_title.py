"""The show an interview is about when nothing else says: the first title the headline or the lead sets in
italics or quotes that is a title at all (not a speaker's label, a person of the piece, a note or someone's words)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cast import norm

_ITALIC_TITLE = re.compile(r"(?<![\w*])(?:_\*\*|\*\*_|_|\*)(?P<t>[A-Z][^_*\n]{1,60}?)(?:\*\*_|_\*\*|_|\*)(?![\w*])")
# An apostrophe inside a word ('The Handmaid's Tale') neither ends a quoted title nor starts one (`CBS' 'CSI'`).
_QUOTED_TITLE = re.compile(r"(?<!\w)[‘“'\"](?P<t>[A-Z](?:[^‘’“”'\"\n]|['’](?=\w)){1,60}?)[’”'\"](?!\w)")
_MAX_TITLE_WORDS = 6  # longer italics or quotes in a headline are a phrase or someone's words
_MAX_CLAUSE_WORDS = 3  # 'Thirty years ago this fall,': a quote this long before a comma is someone's words
_LEAD_CHARS = 1500  # the lead, where a piece names its show
_LABEL_AFTER = re.compile(r"[*_]{0,3}[ \t]*:")  # `*TV Weekly*: What surprised you?`: a speaker's label
# Italic words that head a note, not a title: `*Note*: …`, `_Update:_ …`
_NOTE_WORDS = frozenset({"note", "notes", "update", "updated", "editor's note", "editor’s note", "spoiler",
                         "spoilers", "warning", "correction", "related", "read more", "watch", "photo", "photos",
                         "credit", "bottom line", "the verdict", "verdict", "disclaimer"})
_CREDIT_OPENING = frozenset({"courtesy", "photo", "photos", "photograph", "image", "credit", "via", "source",
                             "pictured", "above", "top", "left", "right"})  # `_Courtesy of Vertical_` under a picture
# Someone's words in a headline, `Reyes: 'I was terrified'`, open on a pronoun or end on punctuation; a title
# does neither (`'Harbor Lights'`).
_SPEECH_OPENING = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "we", "we're",
                             "we’re", "you", "you're", "you’re", "it's", "it’s", "my", "our", "he", "she", "they",
                             "there's", "there’s", "this", "that", "it", "if", "don't", "don’t"})


def show_from_text(title: str | None, body: str, not_shows: Iterable[str] = ()) -> str | None:
    """The first italicised or quoted title in the headline or the lead that can be a show's: `not_shows` are
    the piece's people and outlet (an italic label `*TV Weekly*:` names the magazine, not its show). The title is
    the stored headline, the body the reading text."""
    excluded = {norm(n) for n in not_shows if n}
    for text, labelled in ((title, False), (body[:_LEAD_CHARS], True)):
        if not text:
            continue
        for rx in (_ITALIC_TITLE, _QUOTED_TITLE):
            for m in rx.finditer(text):
                found = m.group("t").strip()
                if found.endswith(",") and len(found.split()) < _MAX_CLAUSE_WORDS:
                    found = found[:-1]  # 'CSI,' as American style quotes a title before a comma
                if _is_title(found, text, m.start() if labelled else -1, m.end(), excluded):
                    return found
    return None


def _is_title(found: str, text: str, start: int, after: int, excluded: set[str]) -> bool:
    words = found.split()
    if not words or len(words) > _MAX_TITLE_WORDS or norm(found) in excluded or found.lower() in _NOTE_WORDS:
        return False
    if (start == 0 or start > 0 and text[start - 1] == "\n") and _LABEL_AFTER.match(text, after):
        return False  # a label opens its paragraph of the body (a headline's `'Elevation': …` is a title)
    if found[-1] in "!?,;:" or found[-1] == "." and len(words) >= _MAX_CLAUSE_WORDS:
        return False  # 'Oh yeah, I work on it.' (but 'C.S.I.'); `*Note:*`, `*Verdict:*` head what follows
    return words[0].lower() not in _SPEECH_OPENING and words[0].lower() not in _CREDIT_OPENING
