"""The lead of a piece, where it says whom it is about: its first paragraphs of prose (past a paper's masthead,
dateline, headline and byline when those name nobody it could be about), and the people a title calls by first
name whom the body names in full."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .cast import NAME_WORD, Cast, short_form
from .not_names import in_mixed_case
from .scan import CountedWhenAsked
from .spoken_by import spoken
from .words import COMMON_WORDS, TITLE_WORDS

LEDE_PARAGRAPHS = 3  # the title and the first paragraphs say whom the piece is about
_EMPHASIS_MARKS = re.compile(r"[*_]")
_ROLE_REACH = 60  # characters before a name searched for "played", "as": a trade's words and a character's rank


def called_by_first_name(title: str, body: str, spoken_by: Mapping[str, int] | None = None) -> dict[str, str]:
    """Full names whose first name alone the title gives ("What Noa Said About That Ending"), when the body writes
    the name in full and then calls them by that first name: the name by which the evidence is counted.
    `spoken_by`: how many speech verbs each word is the speaker of, when the caller counts them already."""
    found = {}
    spoken_by = spoken_by if spoken_by is not None else CountedWhenAsked(body, spoken)
    for m in re.finditer(NAME_WORD, title):
        first = m.group(0)
        if first.lower() in COMMON_WORDS or first.lower() in TITLE_WORDS or first in title.split(":")[0].split() \
                and len(title.split(":")[0].split()) == 1:
            continue
        if not spoken_by[first]:
            continue  # never quoted by that name: no fuller name looked for (most of a title's words)
        full = Cast.expand(first, body)
        at = body.find(full)
        if full != first and full.split()[0] == first and len(full.split()) == 2 and at != -1 and \
                full not in title and short_form(full, body) == first and \
                not _ROLE_BEFORE.search(body, max(0, at - _ROLE_REACH), at):
            found[full] = first
    return found


# "who has played feisty barmaid Stacey Wragg", "as Ruth Calloway": a character's name, not the person's
_ROLE_BEFORE = re.compile(r"\b(?:plays|played|playing|as|character|role of)\b[^.!?\n]{0,40}\Z")


def lede_text(body: str, spans: list[tuple[int, int]]) -> str:
    """The paragraphs `spans`, as the lead is read for names: emphasis marks out, capitals as names."""
    return " |\n".join(in_mixed_case(_EMPHASIS_MARKS.sub("", body[s:e])) for s, e in spans)


def lede_spans(body: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first LEDE_PARAGRAPHS paragraphs of prose, and the short lines among them: a paper's masthead, dateline,
    headline and byline ("THE SOUTHLAND COURIER", "By GRETA HOLLOWAY") stand above a story's first sentence."""
    spans, prose = [], 0
    for s, e in paragraphs:
        spans.append((s, e))
        prose += len(body[s:e].split()) >= _PROSE_WORDS or body[s:e].rstrip(" *_”\"’'")[-1:] in ".!?"
        if prose >= LEDE_PARAGRAPHS or len(spans) >= _LEDE_REACH:
            break
    return spans


_PROSE_WORDS = 12  # a line this long is a sentence, punctuated or not; a masthead or a byline is shorter
_LEDE_REACH = 8  # paragraphs at most: a page of headings is no lede
