"""A channel named in the possessive (`KHCW's annual Yule log`, `Channel 4's Walter Presents strand`): whether the
name says where an airing is. channels.py asks, for a name with `'s` right after it."""

from __future__ import annotations

import re

# `comes to Channel 4's Walter Presents strand on All 4`: the channel owns a strand or a slot, and the airing is on
# the service named after it (not a day: `BBC One's drama on Sunday`).
_OWNS_ANOTHER = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,4}?(?:on|via)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]")
# `KHCW's annual Yule log runs Christmas morning`: the channel's own programme, and when it is on.
_RUNS_ITS_OWN = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,4}?(?:runs|airs|goes\s+out|is\s+on)\s+"
                           r"(?=[A-Z\d]|(?:from|at|on|every|each)\s)")


def owns_another(text: str, end: int) -> bool:
    """Whether the possessive at `end` owns a strand or slot that another service named after it carries."""
    return _OWNS_ANOTHER.match(text, end) is not None


def runs_its_own(text: str, end: int) -> bool:
    """Whether the possessive at `end` names the channel's own programme and then when it runs."""
    return _RUNS_ITS_OWN.match(text, end) is not None
