"""A lightning round: prompts in capitals, each answered after a dash on the same line (`CATS / DOGS — Dogs.`,
`MOST USED EMOJI — The skull one.`), no question marks, no bold."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .cast import norm

if TYPE_CHECKING:
    from .layout import Para

# A prompt in capitals (two capitals in a row at least, no lower-case letter) before a dash and the answer.
CAPS_PROMPT = re.compile(r"\A(?P<q>(?=[^a-z\n]*[A-Z]{2})[A-Z0-9\"“'‘(][^a-z\n—–]{1,80}?)[ \t]+[—–][ \t]+(?=\S)")
_MIN_PROMPTS = 3  # three prompts make a round; one or two capitals before a dash are a name or a shout


def lightning_round(paras: list[Para], body: str) -> bool:
    """Whether the article's prompt paragraphs make a lightning round: three at least, each prompt different (a
    transcript's speaker in capitals, `JORJA FOX — …`, comes back)."""
    prompts = Counter(norm(body[p.segments[0][0]:p.segments[0][1]]) for p in paras if p.marked_by == "caps")
    return sum(prompts.values()) >= _MIN_PROMPTS and max(prompts.values()) == 1
