"""Extract: what an interview says, who says it, and when the show is on (pure functions)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Interview, Understanding
from .airdates import find_air_dates
from .turns import extract_turns

_ITALIC_TITLE = re.compile(r"(?<![\w*])(?:_\*\*|\*\*_|_|\*)(?P<t>[A-Z][^_*\n]{1,60}?)(?:\*\*_|_\*\*|_|\*)(?![\w*])")
_QUOTED_TITLE = re.compile(r"[‘“'\"](?P<t>[A-Z][^‘’“”'\"\n]{1,60}?)[’”'\"]")


def understand(interview: Interview) -> Understanding:
    """Turns, quotes, interviewee, show and air dates of one interview."""
    result = extract_turns(interview)
    warnings = list(result.warnings)
    show = interview.show
    air_dates = find_air_dates(interview.body, interview.date, show, warnings)
    if show is None:
        show = next((a.show for a in air_dates if a.show), None) or _show_from_text(interview)
        air_dates = [a if a.show else replace(a, show=show) for a in air_dates]
    if result.interviewee is None:
        warnings.append("could not tell who is interviewed, so no pull-quotes; add `interviewee:` to the front matter")
    unattributed = sum(q.speaker is None for q in result.quotes)
    if unattributed:
        warnings.append(f"{unattributed} quote(s) could not be attributed to anyone and are never used as pull-quotes")
    filled = replace(interview, outlet=interview.outlet or result.outlet)
    return Understanding(filled, result.interviewee, show, tuple(result.turns), tuple(result.quotes),
                         tuple(air_dates), tuple(warnings))


def _show_from_text(interview: Interview) -> str | None:
    """The first italicised or quoted title in the headline or the lead."""
    lead = interview.body[:1500]
    for text in filter(None, (interview.title, lead)):
        for rx in (_ITALIC_TITLE, _QUOTED_TITLE):
            m = rx.search(text)
            if m and len(m.group("t").split()) <= 6:
                return m.group("t").strip()
    return None
