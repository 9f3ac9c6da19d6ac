"""Who speaks by name: the speech verbs a word of the body is the speaker of (`Okafor says`, `says her co-star Dev
Okafor`), counted from the places the word stands (the subject's evidence, subject.py)."""

from __future__ import annotations

import re
from typing import Iterator

from .occurrences import occurrences
from .scan import space_before
from .when import literal_trie
from .words import SPEECH_VERB_WORDS

_POSSESSIVE_END = re.compile(r"[’']s?\Z")
# "Okafor says", "Okafor happily says", "says Okafor": found from each speech verb, since scanning for the
# name before it from every word of the body costs ten times as much.
_VERB_FORMS = {v for w in SPEECH_VERB_WORDS for v in (w, w[0].upper() + w[1:])}
# One trie: 8x faster than (?i:…); the look-ahead at the first letters lets the engine skip to them (1.4x).
SPEECH_VERB = re.compile("(?=[" + "".join(sorted({v[0] for v in _VERB_FORMS})) + r"])(?<![\w’'])(?:"
                          + literal_trie(_VERB_FORMS) + r")\b")
_SPEAKER_BEFORE = re.compile(r"(?<![\w’'\-])([A-Za-z][\w’'\-]*),?\s+(?:\w+ly\s+)?\Z")
# "says Lena Voss": Voss; "says co-creator Anand Mehra": Mehra (a lower-case trade before the name is passed over).
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:her|his|the)\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:[A-Z][\w’'\-]*\s+){0,2}"
                            r"([A-Z][\w’'\-]*)|\s+([a-z][\w’'\-]*)")
_SPEAKER_REACH = 60  # characters before a verb searched for its speaker (a name, a comma, an adverb)
TOKEN_CHAR = re.compile(r"[\w’'\-]")
_TOKEN_MARKS = "_’'-"  # TOKEN_CHAR's characters beside the letters and digits (\w is str.isalnum and "_")


def is_token_char(char: str) -> bool:
    """TOKEN_CHAR.match(char) for one character, with no pattern run."""
    return char.isalnum() or char in _TOKEN_MARKS
_TOKEN_RUN = re.compile(r"[\w’'\-]*")


def spoken(body: str, word: str) -> int:
    """How many speech verbs have `word` as their speaker (speaker_of), found from the places the word stands."""
    verbs: dict[int, re.Match] = {}
    size, whole = len(word), all(map(is_token_char, word))
    for at in occurrences(body, word):
        if body[at].isascii() and body[at].isalpha() and (at == 0 or not is_token_char(body[at - 1])):
            after = body[at + size:at + size + 1]  # a speaker is a whole run of token characters: the word's own
            end = at + size if whole and not (after and is_token_char(after)) else _TOKEN_RUN.match(body, at).end()
            if bare(body[at:end]) == word:
                verbs.update((v.start(), v) for v in verbs_beside(body, at, end))
    return sum(bare(speaker) == word for speaker in (speaker_of(body, v) for v in verbs.values()) if speaker)


def speaker_of(body: str, verb: re.Match) -> str | None:
    """The word just before a speech verb (`Okafor says`) or, failing that, just after it (`says Okafor`)."""
    before = _SPEAKER_BEFORE.search(body, max(0, verb.start() - _SPEAKER_REACH), verb.start())
    if before:
        return before.group(1)
    after = _SPEAKER_AFTER.match(body, verb.end())
    return (after.group(1) or after.group(2)) if after else None


_AFTER_SPEAKER = re.compile(r",?\s+")  # what _SPEAKER_BEFORE allows between a speaker and its verb…
_ADVERB = re.compile(r"\w+ly\s+")  # …with an adverb
_LONGEST_VERB = max(map(len, _VERB_FORMS))
TAIL = min(3, *map(len, _VERB_FORMS))  # the last letters of a word tell most words from every speech verb
VERB_TAILS = frozenset(v[-TAIL:] for v in _VERB_FORMS)
_WORDS_BETWEEN = 5  # more than _SPEAKER_AFTER lets stand between a verb and its speaker ("says her co-star Dev Okafor")


def verbs_beside(body: str, at: int, end: int) -> Iterator[re.Match]:
    """Speech verbs whose speaker the word body[at:end] may be: after it (`Okafor says`, `Okafor happily says`), or
    before it with a few words between (`says Okafor`, `says Dev Okafor`). More than _SPEAKER_AFTER allows are
    tried (any words, up to _WORDS_BETWEEN): speaker_of then reads each verb's speaker exactly."""
    gap = _AFTER_SPEAKER.match(body, end)
    if gap:
        adverb = _ADVERB.match(body, gap.end())
        for start in (gap.end(), adverb.end()) if adverb else (gap.end(),):
            verb = SPEECH_VERB.match(body, start)
            if verb:
                yield verb
    verb_end = space_before(body, at)
    if verb_end == at:
        return
    words = words_before(body, at)
    if words is None:  # long words: the stretch may cut the farthest one, so walk back a character at a time
        yield from _walked_back(body, at, verb_end)
        return
    if not any(word[-TAIL:] in VERB_TAILS for word in words):
        return  # most places a name stands: no word before it ends as a speech verb can
    for word in words:
        # the stretch's own last letters, as the walk reads them: with the white space before a short last word
        # (`chimed in`), which the check above does not see
        if body[verb_end - TAIL:verb_end] in VERB_TAILS:
            yield from _verbs_ending(body, verb_end)
        verb_end = space_before(body, verb_end - len(word))


def _verbs_ending(body: str, verb_end: int) -> Iterator[re.Match]:
    """The speech verbs that end right at `verb_end`."""
    return (v for v in SPEECH_VERB.finditer(body, max(0, verb_end - _LONGEST_VERB - 1), verb_end + 1)
            if v.end() == verb_end)


def _walked_back(body: str, at: int, verb_end: int) -> Iterator[re.Match]:
    """verbs_beside's verbs before the word, read by walking back over the runs of non-space characters one by one."""
    for _ in range(_WORDS_BETWEEN + 1):
        if verb_end == at:
            return
        if body[verb_end - TAIL:verb_end] in VERB_TAILS:  # most words cannot end a speech verb: not searched
            yield from _verbs_ending(body, verb_end)
        word = verb_end
        while word > 0 and not body[word - 1].isspace():
            word -= 1
        at, verb_end = word, space_before(body, word)


_TAIL_REACH = 100  # characters before a word holding the words the walk back reads, as a rule


def words_before(body: str, at: int) -> list[str] | None:
    """The _WORDS_BETWEEN + 1 runs of non-space characters before `at` (fewer at the body's start), nearest first: one
    split of a short stretch, where walking back a character at a time costs several times as much. None when the
    stretch holds too few words to tell whether it cut the farthest one."""
    start = max(0, at - _TAIL_REACH)
    words = body[start:at].rsplit(None, _WORDS_BETWEEN + 1)
    if len(words) <= _WORDS_BETWEEN + 1 and start > 0:
        return None
    return words[:-(_WORDS_BETWEEN + 2):-1]


def bare(word: str) -> str:
    """`Gyllenhaal’s` counts as a mention of Gyllenhaal."""
    if word[-1] not in "s’'":  # most words: no possessive to take off, and no regex to run
        return word
    return _POSSESSIVE_END.sub("", word)
