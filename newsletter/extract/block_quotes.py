"""Whose words a block quote gives: an embedded post's poster, whoever the paragraph before hands over to, a
source that paragraph cites, else the one speaking or the one the piece is about."""

from __future__ import annotations

import re

from .cast import Cast, last_mention
from .exchanges import ends_with_question
from .layout import Para
from .sentences import last_sentence

EMBEDDED_POST = re.compile(r"pic\.twitter\.com|twitter\.com/|x\.com/|instagram\.com/|tiktok\.com/|—\s*[^\n]{1,60}"
                            r"\(@\w+\)|\bA (?:photo|video|post) (?:posted|shared) by [^\n]{1,60}\(@[\w.]+\)")
# An Instagram embed's last line, under its caption: "A photo posted by Name (@name) on Jun 9, 2016".
_POST_SIGNATURE = re.compile(r"\s*(?:>\s*)?A (?:photo|video|post) (?:posted|shared) by [^\n]{1,60}\(@[\w.]+\)")


def embedded_post(body: str, p: Para, following: Para | None) -> bool:
    """A block quote that is an embedded post, or the caption of one its signature follows: the poster's words."""
    return EMBEDDED_POST.search(body, p.content_start, p.content_end) is not None or (
        following is not None and following.kind == "blockquote" and
        _POST_SIGNATURE.match(body, following.content_start, following.content_end) is not None)


_TRAILING_MARKUP = re.compile(r"(?:\s|[*_]|</\w+>)+\Z")
_PERSON_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er|[Hh]is|[Tt]hem|[Tt]heir|I|[Ww]e|[Uu]s)\b")
# "Asked about the finale, the star replied:": a performer the piece calls by trade or age is a person too
_PERFORMER = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:actress|actor|star|performer|comedian|singer|"
                        r"\d{1,2}-year-old)\b")


def block_quote_speaker(body: str, previous: Para | None, cast: Cast, current: tuple[str | None, str] | None,
                        interviewee: str | None) -> str | None:
    """The speaker of a block quote: whoever the paragraph before introduced, none when that paragraph cites a
    source and no person, the one a question before it asks (a panel's answer set as a quote under the moderator's
    labelled question), else the one speaking before it, else the person the piece is about."""
    return _introduced(body, previous, cast) or (
        None if _cites_nobody(body, previous) else _asked(body, previous, cast, current, interviewee) or
        current and current[0] or interviewee)


# A question opening on whom it asks: "Itzel, your character…?"
_ADDRESSED = re.compile(r"[*_]{0,2}([A-Z][\w’'\-]+)[*_]{0,2},[ \t]")


def _asked(body: str, previous: Para | None, cast: Cast, current: tuple[str | None, str] | None,
           interviewee: str | None) -> str | None:
    """Who answers the asking side's question just before: the one it addresses by name, else the one interviewed."""
    if previous is None or current is None or current[1] != "interviewer" or \
            not ends_with_question(body[previous.content_start:previous.content_end]):
        return None
    called = _ADDRESSED.match(body, previous.content_start, previous.content_end)
    return called and cast.find(called.group(1)) or interviewee


def _introduced(body: str, previous: Para | None, cast: Cast) -> str | None:
    """The person a paragraph ending in a colon hands over to ("…, he told us:")."""
    if previous is None:
        return None
    text = _text_of(body, previous)
    if not text.endswith(":"):
        return None
    if TOPIC_LEAD.match(last_sentence(text)):
        return None  # "Of her on-screen brother, Halvard Okoro, she said:": he is what she speaks of
    return last_mention(text, cast, None)


# A topic a sentence opens on before its speaker ("Of her on-screen brother, Halvard Okoro, she said:"): what she
# speaks of, never who speaks nor the antecedent of her "she".
TOPIC_LEAD = re.compile(r"\A\s*(?:Of|About|On)\s+[^,.:“”\"\n]{1,60},(?:\s+[^,.:“”\"\n]{1,60},)?\s+"
                        r"(?=(?:she|he|they)\s+[a-z]+(?:\s+[a-z]+)?\s*:\s*\Z)")


def _cites_nobody(body: str, previous: Para | None) -> bool:
    """A paragraph ending in a colon that hands over to no person ("A music blog pointed out an odd promotion:"):
    the block quote after it is that source's text, nobody's speech; but a transcript is the speech of the one
    speaking before it."""
    if previous is None:
        return False
    text = _text_of(body, previous)
    last = last_sentence(text)  # the sentence that hands over: earlier ones may be about anyone
    return text.endswith(":") and not _PERSON_WORD.search(last) and not _PERFORMER.search(last) and \
        "transcript" not in last.lower()  # "From the press pool's transcript:": a record of the one speaking


def _text_of(body: str, p: Para) -> str:
    """A paragraph's text without the emphasis or closing tags after its last word (`…promotion:</p>`)."""
    return _TRAILING_MARKUP.sub("", body[p.start:p.end])
