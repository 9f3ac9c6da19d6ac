"""Quotes signed on the line under them, as production notes, press releases and blurbs print them:

    "Greta is a woman who trusts numbers…"

    — Ophelia Brandvold (Greta Lindqvist)

The quote names nobody inside it; the dash line below says whose it is (`— Name`, `— Name, director`,
`— Name (Character)`), and is itself nobody's words. A quickfire or a blurb may sign on the quote's own line:
`"Terrifying. Magnificent. My boss." - **Selorm Agbeko** (Kojo)`."""

from __future__ import annotations

import re

from .layout import SIGNED, Para

# "— Kasper Lindeberg-Ohlsson, director", "– Ophelia Brandvold (Greta Lindqvist)", "—Annika Svärd-Mbeki": a whole
# line, its dash first.
_SIGNATURE = re.compile(r"[ \t]*(?:\*|_)?[—–―]{1,2}|[ \t]*(?:\*|_)?--?(?=[ \t])")
_SIGNER = re.compile(r"[ \t]*(?:\*\*|__|[*_])?(?P<name>[^\W\d_][\w’'.\-]*(?:[ \t]+[^\W\d_][\w’'.\-]*){1,3})"
                     r"(?:\*\*|__|[*_])?(?:,[ \t]*[^\n,().!?;:]{1,60}){0,2}(?:[ \t]*\([^\n()]{1,60}\))?\.?[ \t]*[*_]?[ \t]*\Z")
_OPENS = "“\""
_CLOSES = "”\""
_LONGEST_SIGNATURE = 120  # characters: a name, a trade or a character; a longer dash line is a sentence


def signed_quotes(paras: list[Para], body: str) -> None:
    """Each paragraph that is one whole quotation, with a dash line under it naming one person (in the paragraph's
    last line or the paragraph after it), is that person's words inside the marks; the dash line is narration, and
    the signed speaker neither asks nor answers (pure: edits `paras` in place)."""
    signed: list[Para] = []
    statement_above(paras, body)
    for i, p in enumerate(paras):
        signed.append(p)
        if p.kind == "plain" and body[p.start] not in _OPENS:
            _signed_after(body, p, signed)
        # a critic's blurb set as a block quote: `> "…" — *The Outlet*`
        opens = p.content_start if p.kind == "blockquote" else p.start
        if p.kind not in ("plain", "blockquote") or body[opens] not in _OPENS:
            continue
        last_line = body.rfind("\n", p.start, p.end)
        below = signer_of(body, last_line + 1, p.end) if last_line != -1 else None
        if below is None:  # `"…" - **Name** (Character)`: signed on the quote's own line, after its closing mark
            last_line = max(body.rfind(c, p.start + 1, p.end) for c in _CLOSES) + 1
            below = signer_of(body, last_line, p.end) if last_line > p.start + 1 else None
        after = None
        # a block quote is signed inside it: a line under one cites where it was said ("- *The Lantern*, June")
        if below is None and p.kind == "plain" and i + 1 < len(paras) and paras[i + 1].kind in ("plain", "bold"):
            after = paras[i + 1]
            below = signer_of(body, after.start, after.end)
        quote_end = p.end if after else _end_of_text(body, p.start, last_line)
        if below is None or body[quote_end - 1] not in _CLOSES or \
                any(c in _OPENS + _CLOSES for c in body[opens + 1:quote_end - 1]):
            continue  # no signature, or not one whole quotation above it
        if after is None:  # the signature on the quote's last line: a paragraph of its own
            after = Para(last_line + 1, p.end, "plain")
            signed.append(after)
        after.kind, after.label, after.content_start, after.content_end = "writer", None, after.start, after.end
        p.kind, p.label, p.marked_by = "label", below, SIGNED
        p.end, p.content_start, p.content_end = quote_end, opens + 1, quote_end - 1
    paras[:] = signed


# The heading over someone's own statement in a booklet, a programme or a press kit: "IN HER OWN WORDS",
# "### In his own words", "A note from the director", "Statement".
_STATEMENT_HEAD = re.compile(r"(?:#{1,6}[ \t]*|\*\*|__)?(?:in (?:her|his|their|my) own words|a (?:note|letter|message|word)"
                             r" from [^\n]{1,60}|(?:artist'?s |director'?s |personal )?statement)[ \t:]*(?:\*\*|__)?[ \t]*\Z",
                             re.I)


def statement_above(paras: list[Para], body: str) -> None:
    """`IN HER OWN WORDS`, first-person paragraphs with no quote marks, then `— Name` on a line of its own: the
    paragraphs between the heading and the signature are the signer's words, who neither asks nor answers; the
    signature is nobody's (pure: edits `paras` in place)."""
    for i, p in enumerate(paras):
        signer = signer_of(body, p.start, p.end) if p.kind in ("plain", "bold") and body[p.start] in "—–―-" else None
        if signer is None:
            continue
        j = i
        while j > 0 and paras[j - 1].kind == "plain" and body[paras[j - 1].start] not in _OPENS:
            j -= 1
        if j == i or j == 0 or not _STATEMENT_HEAD.match(body, paras[j - 1].start, paras[j - 1].end):
            continue
        for words in paras[j:i]:
            words.kind, words.label, words.marked_by = "label", signer, SIGNED
            words.content_start, words.content_end = words.start, words.end
        p.kind, p.label, p.content_start, p.content_end = "writer", None, p.start, p.end


_TAIL_DASH = re.compile(r"(?<=[.!?…])[ \t]+[—–―][ \t]*(?=\S)")  # "…a bicycle bell. — Ansel Kippax-Oduro, director"
_A_DASH = re.compile("[—–―]")  # one stands in every match of _TAIL_DASH


def _signed_after(body: str, p: Para, signed: list[Para]) -> None:
    """An oral history's paragraph of someone's words signed at its end, outside any quote marks ("We shot nights
    for nine weeks. — Tallulah Fenn-Adebayo"): the words are the signer's, the signature nobody's."""
    dash = None
    if not _A_DASH.search(body, p.start, p.end):
        return  # most paragraphs: no dash at all, and _TAIL_DASH, led by a look-behind, is tried at every character
    for dash in _TAIL_DASH.finditer(body, p.start, p.end):
        pass  # the last dash: the signature follows it
    who = signer_of(body, dash.start(), p.end) if dash else None
    if who is None:
        return
    signed.append(Para(dash.start(), p.end, "writer", content_start=dash.start(), content_end=p.end))
    p.kind, p.label, p.marked_by = "label", who, SIGNED
    p.end, p.content_start, p.content_end = dash.start(), p.start, dash.start()


def signer_of(body: str, start: int, end: int) -> str | None:
    """The person a dash line names, or None when the stretch is no signature."""
    if end - start > _LONGEST_SIGNATURE or "\n" in body[start:end]:
        return None
    dash = _SIGNATURE.match(body, start, end)
    signer = _SIGNER.match(body, dash.end(), end) if dash else None
    if signer is None or not all(w[0].isupper() for w in signer.group("name").split()):
        return None  # "— Not really, thanks": a dialogue dash's reply, not a name
    return signer.group("name")


def _end_of_text(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1].isspace():
        end -= 1
    return end
