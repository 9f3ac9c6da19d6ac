"""Words in quotation marks that nobody says: a title in quotes, as American papers print them (`"CSI: Crime Scene
Investigation"`, `"Summer Stories: The Mall,"`), and a phrase the journalist holds at arm's length inside a sentence
(`faces "likely death at the hands of the killer"`). Both stay in the narration around them."""

from __future__ import annotations

import re

from .words import SPEECH_VERBS

# Words a title leaves in lower case between its capitalised ones.
_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for with from by as vs vs. de la le du von van "
                         "into over upon".split())
_MAX_TITLE_WORDS = 10  # a longer run in capitals is a shouted sentence, not a title
_WORD = re.compile(r"[^\s—–]+")
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS}|call(?:s|ed)?|describ(?:es|ed))\b")
_SENTENCE_REACH = 300  # characters back to the start of the sentence holding the quote


def a_title(words: str) -> bool:
    """`CSI: Crime Scene Investigation`, `Summer Stories: The Mall,`, `'CSI'`: every word capitalised but the small
    ones, no full stop or question at the end."""
    text = words.strip().rstrip(",")
    if not text or text[-1] in ".!?…" or text[0].islower():
        return False
    found = []
    for word in _WORD.finditer(text):  # a long quote is read only as far as shows it is longer than a title
        if len(found) == _MAX_TITLE_WORDS:
            return False
        found.append(word.group())
    capitalised = [w for w in found if w.lstrip("(\"'‘“")[:1].isupper() or w[:1].isdigit()]
    return bool(capitalised) and len(found) <= _MAX_TITLE_WORDS and \
        all(w in capitalised or w.lower() in _SMALL_WORDS for w in found)


def a_title_in_prose(words: str) -> bool:
    """a_title, the sentence's full stop allowed inside the closing mark, where American papers put it when the
    title ends the sentence (`her book, “Salt In The Rigging.”`)."""
    return a_title(words.removesuffix("."))


def held_at_arms_length(body: str, mark_start: int, words: str) -> bool:
    """A phrase starting in lower case whose opening mark stands inside the journalist's sentence, after a word
    (`faces "likely death…"`), not after a colon, a comma or a full stop that would hand over to a speaker, in a
    sentence that reports nobody's words (`the director told her she needed "a stare that sinks ships."`)."""
    before = body[max(0, mark_start - 2):mark_start]
    if not (words[:1].islower() and len(before) == 2 and before[1] == " " and before[0].isalpha()):
        return False
    sentence = body[max(0, mark_start - _SENTENCE_REACH):mark_start]
    sentence = sentence[sentence.rfind(". ") + 1:]
    return _SPEECH.search(sentence) is None
