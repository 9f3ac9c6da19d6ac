"""Setups: lines whose point is the sentence after them, which a pull-quote would leave out.

An anecdote's setup ("I was stung eleven times in the first month." before "The twelfth time I understood…") and a
quote cut at its attribution's comma whose next quote goes on about it ("“I got a lot of letters after that,” she
said. “Most of them were in capitals.”") are set up to be finished; printed alone, they stop before their point.
"""

from __future__ import annotations

import re

from .quote_features import comments_back
from .quote_words import words_of

# The sentence after a line taking up its count or its time again: "The twelfth time…", "The next morning…".
_RESUMES = re.compile(r"[”\"’']?\s+(?:The|By the|On the)\s+(?:next|following|second|third|fourth|fifth|sixth|"
                      r"seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|last)\s+(?:time|day|morning|"
                      r"night|week|take|attempt|try|one)\b")
# After “…,” the attribution closing its sentence and the speaker's next quote opening on a capital, in the same
# paragraph: “…last night,” she said. “Most of them…”
_ATTRIBUTION_THEN_QUOTE = re.compile(r"[^.!?“”\"\n]{1,80}?[.:][ \t]*[“\"](?=[A-Z])")
# "Most of them were…", "I won't repeat any of it.": the next quote's first words take up what the line named.
_OF_WHAT_WAS_SAID = re.compile(r"(?:\S+\s+){0,4}?(?:of|about) (?:them|it|that|those|these)\b")
_NEXT_SENTENCE = re.compile(r"[^.!?…\n]{1,200}")  # the next quote's first sentence, as far as it is read


def sets_up(body: str, end: int, answer_end: int, quoted_comma: bool) -> bool:
    """Whether the line ending at `end` (its answer or quote ends at `answer_end`; `quoted_comma`: it ends on a
    comma before its attribution) sets up the sentence after it: a count or a time taken up again, or a next quote
    that opens on what the line said."""
    if end < answer_end and _RESUMES.match(body, end, answer_end):
        return True
    after = _ATTRIBUTION_THEN_QUOTE.match(body, end + 1) if quoted_comma else None
    if after is None:
        return False
    following = _NEXT_SENTENCE.match(body, after.end()).group()
    return comments_back(following, words_of(following)) or _OF_WHAT_WAS_SAID.match(following) is not None
