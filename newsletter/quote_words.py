"""The words of a candidate pull-quote, each distinct word classified once.

First person, feeling words and "you" are whole words, told from the words `\\b` sees (runs of \\w); a WORD token
(`I'm`) holds one or more of them. Whether a token is long and rare, capitalised as a name, or one of the words
the spoken-line rules look for (`quote_speech.spoken_bits`) is a fact of the token alone. Each is worked out once per
distinct token and remembered (an article's vocabulary, a week's in a few rounds), so a candidate's words are read
by look-ups, not by scans of its text: one pass over its tokens gives the flags every word-level rule reads.
"""

from __future__ import annotations

import re
from functools import lru_cache, reduce
from operator import or_

from .extract.words import COMMON_WORDS
from .quote_speech import SPOKEN_BITS, spoken_bits

WORD = re.compile(r"[A-Za-z’']+")  # a candidate's words, as every pull-quote rule counts them
_WORD_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_BEYOND_WORDS, _APOSTROPHES = re.compile(r"[^\WA-Za-z]"), re.compile(r"[’']")  # \w outside WORD (digit, _, é); marks inside
FIRST_PERSON = re.compile(r"(?=[Imwuo])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself|we|we're|we’re|our|us)")
EMOTION = re.compile(r"(?=[lhstcjpeanimgfwdbLHSTCJPEANIMGFWDB])"
                     r"(?:lov\w*|hate\w*|scar\w*|terrif\w*|cr(?:y|ied|ying)|laugh\w*|thrill\w*|heartbr\w*|proud|"
                     r"excit\w*|nervous|afraid|happ(?:y|iest|ier)|joy\w*|amazing|incredibl\w*|honou?r\w*|miss\w*|"
                     r"grateful|wonderful|beautiful|fun|dream\w*|fear\w*|magic\w*|wild|devastat\w*|brav\w*|"
                     r"hope\w*|heart|tears?|pride|cherish\w*|adore\w*|panic\w*|shock\w*|delight\w*)", re.I)
YOU = re.compile(r"(?=[yY])you(?:'re|’re|'ve|’ve|r)?", re.I)
_DISTINCT_WORDS = 4096  # words remembered by each table below
# A token's kinds as bits above quote_speech's own, so one OR over a candidate's tokens carries both.
_FIRST_PERSON_BIT, _FEELING_BIT, _YOU_BIT = SPOKEN_BITS << 1, SPOKEN_BITS << 2, SPOKEN_BITS << 3


def word_flags(words: list[str]) -> int:
    """The flags of a candidate's WORD tokens taken together (one look-up a token): quote_speech's spoken-word bits,
    and whether a token holds a first-person word, a feeling word or a 'you'."""
    return reduce(or_, map(_FLAGS.__getitem__, words), 0)


def word_facts(plain: str, words: list[str], flags: int) -> tuple[bool, int, int, bool]:
    """Whether a whole word (run of \\w) of the line is first person, its distinct feeling words, its "you"s, and
    whether it holds a digit (`flags`: word_flags(words)). A line holding no word character but ASCII letters (most)
    has each whole word inside a WORD token, split at its apostrophes: the tokens' flags say which kinds it holds,
    and only a kind it holds is counted."""
    if _BEYOND_WORDS.search(plain) is None:
        return (flags & _FIRST_PERSON_BIT != 0,
                len({f for word in words for f in _TOKEN_KINDS[word][1]}) if flags & _FEELING_BIT else 0,
                sum(_TOKEN_KINDS[word][2] for word in words) if flags & _YOU_BIT else 0, False)
    first_person, feelings, you = False, set(), False
    runs = _WORD_RUN.findall(plain)
    for speaker, feeling, to_you in set(map(_RUN_KINDS.__getitem__, runs)):  # few distinct: most words are none
        first_person = first_person or speaker
        feelings.update(feeling)
        you = you or to_you
    return first_person, len(feelings), sum(_RUN_KINDS[run][2] for run in runs) if you else 0, \
        _DIGIT.search(plain) is not None


def rare_words(words: list[str]) -> int:
    """How many of the words are long and not common ones."""
    return sum(map(_RARE.__getitem__, words))


def names_after_first(words: list[str]) -> bool:
    """Whether a word after the first is capitalised as a name is (not a common word or `I`)."""
    return any(map(_NAMED.__getitem__, words[1:]))


@lru_cache(maxsize=_DISTINCT_WORDS)
def _word_kinds(run: str) -> tuple[bool, tuple[str, ...], int]:
    """Whether a whole word is first person, the feeling word it is (lower case) if any, and whether it is 'you'."""
    return (FIRST_PERSON.fullmatch(run) is not None, (run.lower(),) if EMOTION.fullmatch(run) else (),
            int(YOU.fullmatch(run) is not None))


def _token_kinds(token: str) -> tuple[bool, tuple[str, ...], int]:
    """_word_kinds of the whole words of a WORD token (`I'm` holds `I` and `m`), taken together."""
    kinds = [_RUN_KINDS[run] for run in _APOSTROPHES.split(token) if run]
    return any(k[0] for k in kinds), tuple(f for k in kinds for f in k[1]), sum(k[2] for k in kinds)


def _token_flags(token: str) -> int:
    speaker, feeling, to_you = _TOKEN_KINDS[token]
    return spoken_bits(token) | (_FIRST_PERSON_BIT if speaker else 0) | (_FEELING_BIT if feeling else 0) | \
        (_YOU_BIT if to_you else 0)


def _rare(word: str) -> bool:
    """A long word that is not a common one."""
    return word.lower() not in COMMON_WORDS and len(word) > 3


def _named(word: str) -> bool:
    """Capitalised as a name is, and not a common word or `I`."""
    return word[:1].isupper() and word.lower() not in COMMON_WORDS and word != "I"


class _Remembered(dict):
    """What `fn` says of each word, remembered (up to _DISTINCT_WORDS words, then begun again): read with the
    dict's own lookup, which costs a fraction of an lru_cache's (that reorders its list on every hit)."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, word: str):
        if len(self) >= _DISTINCT_WORDS:
            self.clear()
        value = self[word] = self.fn(word)
        return value


_RUN_KINDS, _TOKEN_KINDS, _FLAGS, _RARE, _NAMED = (
    _Remembered(f) for f in (_word_kinds, _token_kinds, _token_flags, _rare, _named))


# words_of's tables: every byte that is no WORD character becomes a space. The second keeps NUL, which stands for
# the curly apostrophe while the text is read as bytes.
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalpha() or c == ord("'")) else 32 for c in range(256))
_WORD_BYTES_NUL = _WORD_BYTES[:1].replace(b" ", b"\0") + _WORD_BYTES[1:]


def words_of(text: str) -> list[str]:
    """WORD.findall(text), read as bytes: the regex engine tries every character (about half the pull-quote
    stage's word counting); translating the bytes and splitting on spaces takes a third of that for plain text."""
    if text.isascii():
        return text.encode().translate(_WORD_BYTES).decode().split()
    if "\0" in text:
        return WORD.findall(text)
    # Each other character becomes one `?`, a space after translation; the curly apostrophe rides as NUL.
    return text.replace("’", "\0").encode("ascii", "replace").translate(_WORD_BYTES_NUL).decode() \
        .replace("\0", "’").split()
