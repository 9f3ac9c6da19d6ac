"""Speech set off by dialogue dashes, as Spanish, Portuguese and Italian papers print it, kept in their English
editions: `—It stopped the last day —says Ferraro—. It is a souvenir.` A dash opens the speech, a dash before the
attribution closes it, and the dash after the attribution opens it again to the paragraph's end. Russian and other
Slavic papers print it so too, the attribution after a comma and the speech going on after a spaced dash: `— I never
wanted it, says Kurbatov. — Tsars are boring.` The quote finder reads double marks, so these dashes are read as
marks, one character for one (offsets stay the body's)."""

from __future__ import annotations

import re

from .sentences import paragraph_spans
from .words import SPEECH_VERBS

# " —says Ferraro-Lenz—." / " —he recalls—," / " —she says, laughing—.": the attribution between two dashes.
_VERB_AFTER = r"(?:(?i:she|he|they)[ \t]+)?" + SPEECH_VERBS + r"\b"
_ATTRIBUTION = re.compile(r"(?<=\S)[ \t]+(?P<close>—)(?=" + _VERB_AFTER + ")"
                          r"[^—\n]{1,80}?(?P<reopen>—)(?=[.,;:]?[ \t]+\S|[.,;:]?\Z|[.,;:]?\n)")
# The closing dash of every _ATTRIBUTION and the verb after it: searched first, as the engine skips to each dash,
# where _ATTRIBUTION (opening on a look-behind) is tried at every character of the body.
_CLOSING_DASH = re.compile("—(?=" + _VERB_AFTER + ")")
# Where the speech before an attribution opened: a dash opening the paragraph or following a sentence's end.
_OPENING = re.compile(r"(?:\A|(?<=[.!?:][ \t])|(?<=\n))—(?=[ \t]?[\w¿¡“\"'‘])")


def dialogue_view(body: str) -> str:
    """`body` with the dialogue dashes of each paragraph that attributes speech between dashes read as double
    marks; else `body` itself."""
    if "—" not in body:
        return body
    if ("\n— " in body or "\n—\t" in body) and len(_SPACED_OPENING.findall(body)) >= _SPACED_PARAGRAPHS and \
            _SPACED_ATTRIBUTION.search(body):
        return _spaced_view(body)
    if not _CLOSING_DASH.search(body) or not _ATTRIBUTION.search(body):
        return body
    chars = list(body)
    for start, end in paragraph_spans(body):
        cursor = start
        for m in _ATTRIBUTION.finditer(body, start, end):
            opening = None
            for o in _OPENING.finditer(body, cursor, m.start("close")):
                opening = o.start()
            if opening is None:
                continue  # no dash opened this speech: a dash of punctuation, not dialogue
            # "fix it —says X—. It is…" is read "fix it” says X “ It is…": the mark takes the space before the
            # closing dash, and the stop after the attribution's dash, so no quote holds a stray stop or dash
            chars[opening], chars[m.start("close") - 1], chars[m.start("close")] = "“", "”", " "
            at = m.start("reopen")
            if body[m.end("reopen"):end].strip(" \t.,;:"):
                stop = at + 1 if body[at + 1:at + 2] in (".", ",", ";", ":") else at
                chars[at], chars[stop] = " ", "“"  # the speech goes on after the attribution, to the paragraph's end
            cursor = m.end()
    return "".join(chars)


# The Slavic way: a paragraph opening on a spaced dash is speech, and so is what follows ". — " in it; an attribution
# after the speech's comma or question mark closes it (`…a tsar, says Kurbatov.`, `…, the director says.`, `…? I ask.`).
_SPACED_OPENING = re.compile(r"^—[ \t]+(?=\S)", re.M)
_SPACED_PARAGRAPHS = 2  # two paragraphs of speech opening so: one may be a pull-out or a list's dash
_SPACED_ATTRIBUTION = re.compile(r"(?P<close>[,?!…])[ \t]+(?:" + SPEECH_VERBS + r"[ \t]+[^.!?\n—]{1,60}?|"
                                 r"(?:I|[Ss]he|[Hh]e|[Tt]he[ \t]+[a-z]+|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?)[ \t]+"
                                 r"(?:" + SPEECH_VERBS + r"|ask|say))[.,](?=[ \t]+—[ \t]|[ \t]*$)", re.M)  # "…? I ask."
_SPACED_REOPENING = re.compile(r"(?<=[.!?…])[ \t]+—[ \t]+(?=\S)")


def _spaced_view(body: str) -> str:
    """The Slavic dialogue dashes read as marks: each speech paragraph's opening dash opens, the punctuation before
    an attribution closes, and a dash after the attribution opens again (to the paragraph's end, as a quote that
    is never closed runs)."""
    chars = list(body)
    for start, end in paragraph_spans(body):
        opening = _SPACED_OPENING.match(body, start)
        if not opening or opening.end() > end:
            continue
        chars[start] = "“"
        for m in _SPACED_ATTRIBUTION.finditer(body, start, end):
            chars[m.end("close")] = "”"  # the space after the speech's comma: "…a tsar,” says Kurbatov."
            again = _SPACED_REOPENING.match(body, m.end())
            if again and again.end() <= end:
                chars[body.index("—", again.start())] = "“"
    return "".join(chars)
