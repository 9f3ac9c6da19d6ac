"""words_of reads a candidate's words as bytes; it must give exactly WORD.findall's list on any text."""

import random

import pytest

from newsletter.quote_words import WORD, words_of

# Word characters, every kind of separator the byte path treats differently (NUL, curly marks, other non-ASCII
# letters and spaces, digits, ASCII control characters that str.split() would also split on).
_ALPHABET = "aZq'’ \x00—é\u00a0İ1._\n\t“”\x1c\x85"


@pytest.mark.parametrize("seed", range(4))
def test_words_of_is_word_findall_on_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 16)))
        assert words_of(text) == WORD.findall(text), repr(text)


@pytest.mark.parametrize("text, words", [
    ("I’m not scared — well, maybe a ‘little’.", ["I’m", "not", "scared", "well", "maybe", "a", "little’"]),  # the opening mark is no word character
    ("Don't stop at 9pm", ["Don't", "stop", "at", "pm"]),
    ("Café au lait", ["Caf", "au", "lait"]),
    ("", []),
])
def test_words_of_known_lines(text: str, words: list[str]) -> None:
    assert words_of(text) == words
