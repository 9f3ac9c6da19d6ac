"""One person written two ways in one article (a lede's `Jorjan Fox`, the body's `Jorja Fox`)."""

from __future__ import annotations

from .words import edit_distance_at_most_one
from .scan import first_names_before


def usual_spelling(name: str, body: str) -> str:
    """The spelling of a name the article uses most (a lede's `Jorjan Fox` is the body's `Jorja Fox`)."""
    words = name.split()
    if len(words) != 2:
        return name
    forms = first_names_before(words[-1], body)
    variants = {f for f in forms if f != words[0] and edit_distance_at_most_one(f.lower(), words[0].lower())}
    best = max(variants, key=forms.count, default=None)
    return f"{best} {words[-1]}" if best and forms.count(best) > forms.count(words[0]) else name


def merge_spellings(scores: dict[str, float], body: str) -> dict[str, float]:
    """`Jorjan Fox` and `Jorja Fox` in one article are one person: keep the spelling the body uses most."""
    merged = dict(scores)
    names = list(scores)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            wa, wb = a.split(), b.split()
            if a in merged and b in merged and len(wa) == len(wb) and wa[-1] == wb[-1] and wa != wb and \
                    all(edit_distance_at_most_one(x.lower(), y.lower()) for x, y in zip(wa, wb)):
                keep, drop = (a, b) if body.count(a) >= body.count(b) else (b, a)
                merged[keep] = max(merged[keep], merged[drop]) + min(merged[keep], merged[drop]) / 2
                del merged[drop]
    return merged
