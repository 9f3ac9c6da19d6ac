"""A speech, a statement or a letter printed in full after the journalist's introduction, without quote marks:
every paragraph of it is the speaker's, until the journalist takes up the story again."""

from __future__ import annotations

import re

from ..model import Interview
from .cast import people_named
from .layout import ITALIC_WHOLE, Para
from .pronouns import OUTSIDE_QUOTES
from .scan import led_by_first
from .words import whole_word_pattern

# How an introduction hands over to a text printed whole: "Here is her speech in full", "Read his full remarks
# below", "the statement, as she delivered it", "Her speech, verbatim:", "His remarks, as prepared for delivery:".
_IN_FULL = led_by_first(r"\b(?:in full|(?:full|complete|entire)\s+(?:text|speech|remarks|statement|transcript|letter)|"
                      r"(?:speech|remarks|statement|letter|eulogy|toast|tribute|address)\b[^.!?\n]{0,60}?"
                      r"(?:\bbelow\b|\bverbatim\b|\bunedited\b|as (?:she|he|they) (?:delivered|gave|wrote) it|as prepared))"
                      r"[^.!?\n]{0,60}[.:]?[ \t]*\Z", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b")
_QUOTE_OPENS = ("“", '"', "‘")
_MAX_INTRO_PARAGRAPHS = 8  # a news story's opening: a handover further down is a quote's, in an article about it


def speech_in_full(paras: list[Para], body: str, interview: Interview) -> None:
    """`Here is her speech in full, as she delivered it.` then unquoted paragraphs in the first person: each is
    the speaker's (as a labelled turn, stage notes such as `[laughter]` apart), up to the first paragraph that is
    the journalist's again (the speaker in the third person, quote marks, an italic footer, a heading)."""
    cue = next((i for i, p in enumerate(paras[:_MAX_INTRO_PARAGRAPHS])
                if p.kind == "plain" and _IN_FULL.search(body, _last_statement(body, p.start, p.end), p.end)), None)
    if cue is None or cue + 1 >= len(paras):
        return
    speaker = _speaker(body, paras[:cue + 1], interview)
    first = paras[cue + 1]
    if speaker is None or first.kind != "plain" or not _in_own_voice(body, first, speaker):
        return
    for p in paras[cue + 1:]:
        if p.kind == "stage":
            continue
        if p.kind != "plain" or not _in_own_voice(body, p, speaker):
            break
        p.kind, p.label, p.content_start, p.content_end = "label", speaker, p.start, p.end


def _last_statement(body: str, start: int, end: int) -> int:
    """Where a match of _IN_FULL in body[start:end] can start: after the last stop before the paragraph's closing
    stop. No match holds a stop but that one (it ends the paragraph), so searching a whole opening paragraph from
    every letter it may open on only found it there."""
    stop = end
    while stop > start and body[stop - 1] in " \t":
        stop -= 1
    if stop > start and body[stop - 1] in ".:":
        stop -= 1
    return max(start, *(body.rfind(mark, start, stop) + 1 for mark in ".!?"))


def _speaker(body: str, intro: list[Para], interview: Interview) -> str | None:
    """Who the speech is by: the person of the introduction (the front matter's, the lead's, the headline's, in
    that order of trust) whose surname the handover's paragraph repeats, else the first of them."""
    handover = body[intro[-1].start:intro[-1].end]
    named = [n for n in (interview.interviewee,) if n] + \
        [n for p in intro for n in people_named(body[p.start:p.end])] + people_named(interview.title or "")
    for name in named:
        if whole_word_pattern(name.split()[-1]).search(handover):
            return name
    return named[0] if named else None


def _in_own_voice(body: str, p: Para, speaker: str) -> bool:
    """A paragraph of the speech: not opened by a quote mark, not naming the speaker in the third person outside
    quotes, not an italic note; a short one in no person at all ("Oh my God. Okay.") still belongs."""
    text = body[p.start:p.end]
    if text.lstrip("*_ ").startswith(_QUOTE_OPENS) or ITALIC_WHOLE.match(text) or text.startswith("#"):
        return False
    own = OUTSIDE_QUOTES.sub(" ", text)
    third_person = whole_word_pattern(speaker.split()[-1]).search(own) is not None
    return not third_person or _FIRST_PERSON.search(own) is not None and not _reported(own, speaker)


def _reported(text: str, speaker: str) -> bool:
    """`Ferreira-Holt later told reporters…`: the speaker's surname opening a sentence, as the journalist writes."""
    return re.search(rf"(?:\A|[.!?]\s+){re.escape(speaker.split()[-1])}\b", text) is not None
