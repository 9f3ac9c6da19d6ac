"""The part of a piece where it gives its people's full names: the title, the first paragraphs and a tape's
captions."""

from __future__ import annotations

import re


def lead_context(title: str | None, body: str, spans: list[tuple[int, int]]) -> str:
    """The title and the first paragraphs, where a piece gives its people's full names: three paragraphs, or more
    short ones up to _LEAD_CONTEXT characters (a programme's header lines, "Presenter: …" and "Guest: …")."""
    lead: list[str] = []
    for start, end in spans:
        if len(lead) >= _LEAD_PARAS and sum(map(len, lead)) >= _LEAD_CONTEXT:
            break
        lead.append(body[start:end])
    # A tape's captions name each speaker in full where they first speak, however far in ("[SUPER: THOMASINA
    # ACKROYD-VALE — …]" over "THOMASINA: …")
    captions = _CAPTION.findall(body) if "SUPER" in body or "CHYRON" in body or "LOWER THIRD" in body else []
    return "\n".join(filter(None, [title or "", *lead, *captions]))


_CAPTION = re.compile(r"\b(?:SUPER|CHYRON|LOWER THIRD)[ \t]*:[ \t]*[^\n\]]{1,120}")


_LEAD_PARAS, _LEAD_CONTEXT = 3, 300
