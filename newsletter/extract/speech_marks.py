"""Single quote marks used for speech, as British, Irish, Australian and Singaporean papers print it.

`'I was terrified,' she said.` and `She told us: ‘It was the best year.’` are speech in those papers, where
an American paper would use double marks. The quote finder reads double marks only, so an article that speaks
in single marks gets a view of its body with those marks (and only those: apostrophes stay) turned into
double ones, one character for one, so every offset into the view is an offset into the body.
"""

from __future__ import annotations

import re

from .dialogue_dashes import dialogue_view
from .quoted_titles import a_title
from .sentences import paragraph_spans
from .words import SPEECH_VERBS

_MARK = re.compile("['‘’]")
_BEFORE_OPENING = set(" \t\n(*>—–-")  # a space, a bracket, emphasis, a tag's end or a dash before `'We`
_BEFORE_CLOSING = set(".,;:!?…—–-\"”")  # the sentence's own punctuation before `,'` (or `;'`, as some print it)
_AFTER_WORD_CLOSING = set(".,;:!?)")  # `'the best year'.`: punctuation after a closing mark that follows a word
_DOUBLE = re.compile(r"[“”\"]")
# What every closed quote in single marks ends on but for `'a title'.`; apostrophes never follow punctuation. One
# pattern per mark, the punctuation checked behind it: led by one literal, the engine skips through a body several
# times faster than it tests each character against a class (`[.,!?…]['’]` stopped at every comma and full stop).
_CLOSING_AFTER_PUNCTUATION = tuple(re.compile(mark + r"(?<=[.,!?…]" + mark + r")(?![\w])") for mark in "'’")
_CLOSING_LATER = re.compile(rf"[{re.escape(''.join(sorted(_BEFORE_CLOSING)))}]['’](?![\w])")  # as _closes takes it
_GUILLEMETS = str.maketrans("«»", "“”")  # a French paper's speech marks, one character for one
_REVERSED_GUILLEMETS = str.maketrans("»«", "“”")  # a German or Danish paper's (`»Ja«, sagt sie`)
_MIN_QUOTES = 2  # closed quotes in single marks: one alone may be a title ('CSI' is aired…)
# Words cut short at their start that a mark opens (`'cause`, `rock 'n' roll`): never the start of a quote.
_ELISIONS = frozenset("n cause cos coz em til bout tis twas round fraid kay".split())
_WORD = re.compile(r"[\w.&:+-]+")


# "**Odile Marchetti** said:": a name in bold before its speech verb, the bold no part of who says it.
_BOLD_SPEAKER = re.compile(r"(\*\*|__)(?P<name>[A-Z][^*_\n]{1,60}?)\1(?=[ \t]+" + SPEECH_VERBS + r"\b)")
# Its closing marks and the verb after them, which every match holds, one pattern per mark: searched for first, the
# engine skipping to each literal mark, where _BOLD_SPEAKER reads up to 60 characters from every opening mark (and an
# alternation of the two marks is tried at every character).
_BOLD_THEN_VERB = {mark: re.compile(re.escape(mark) + r"[ \t]+" + SPEECH_VERBS + r"\b") for mark in ("**", "__")}


def _unbolded(m: re.Match) -> str:
    return f"  {m.group('name')}  "  # spaces for the marks: every offset stays the body's


def speech_view(body: str) -> str:
    """`body` with its speech's single marks as double ones when the article quotes in single marks (more closed
    quotes in single marks than in double ones), and French guillemets (`« … »`) and German marks (`„…“`) as
    double marks; else `body`. A
    quote left open at its paragraph's end stays open, as papers print a quote that runs on to the next."""
    if "«" in body and "»" in body:
        body = body.translate(_REVERSED_GUILLEMETS if body.find("»") < body.find("«") else _GUILLEMETS)
    if "”" in body and "“" not in body:
        body = _same_mark_paired(body)
    if "„" in body:
        body = _low_opened(body)
    body = dialogue_view(body)
    if any(mark in body and rx.search(body) for mark, rx in _BOLD_THEN_VERB.items()):
        body = _BOLD_SPEAKER.sub(_unbolded, body)
    if sum(len(rx.findall(body)) for rx in _CLOSING_AFTER_PUNCTUATION) < _MIN_QUOTES:
        return body  # most articles: no `,'` or `.’` at all, so nothing to mark (one scan, not one per mark)
    chars = list(body)
    closed = sum(_mark_paragraph(body, start, end, chars) for start, end in paragraph_spans(body))
    if closed < _MIN_QUOTES or len(_DOUBLE.findall(body)) // 2 >= closed:
        return body
    return "".join(chars)


def _low_opened(body: str) -> str:
    """German and Central European speech marks (`„…“`) as English ones (`“…”`): each low mark opens, and the
    first high one after it in its paragraph closes."""
    chars = list(body)
    for m in _LOW_OPENING.finditer(body):
        close = body.find("“", m.end())
        stop = body.find("\n\n", m.end())
        if close != -1 and (stop == -1 or close < stop):
            chars[m.start()], chars[close] = "“", "”"
    return "".join(chars)


_LOW_OPENING = re.compile("„")
# A Finnish or Swedish paper's speech marks: the same mark opens and closes (`”Lapland changed that.”`). Read
# only in an article with no opening mark of the English kind, and where the mark opens a word at least once.
_SAME_MARK_OPENS = re.compile(r"(?:^|(?<=[\s(—–-]))”(?=\w)", re.M)
_SAME_MARK = re.compile("”")


def _same_mark_paired(body: str) -> str:
    """`body` with each paragraph's `”` marks taken in pairs, the first of each pair opening (`“`), when the
    article opens quotes with `”`; else `body`."""
    if _SAME_MARK_OPENS.search(body) is None:
        return body
    chars = list(body)
    for start, end in paragraph_spans(body):
        marks = [m.start() for m in _SAME_MARK.finditer(body, start, end)]
        for at in marks[0::2] if len(marks) % 2 == 0 else ():
            chars[at] = "“"
    return "".join(chars)


def _mark_paragraph(body: str, start: int, end: int, chars: list[str]) -> int:
    """Marks one paragraph's speech marks in `chars`; returns how many quotes it closes."""
    opened, closed, since, close_at = False, 0, start, None
    for m in _MARK.finditer(body, start, end):
        at = m.start()
        if opened and _ends_title(body, since, at):
            chars[since - 1] = body[since - 1]  # a title, not speech: its marks stay as printed
            opened = False
        elif (at == close_at or _closes(body, at, start)) if opened else _opens(body, at, start, end):
            chars[at] = "”" if opened else "“"
            closed += opened
            opened, since = not opened, at + 1
            close_at = _small_quote_end(body, since, end) if opened and body[since:since + 1].islower() else None
    return closed


def _opens(body: str, at: int, start: int, end: int) -> bool:
    """An opening mark: at a paragraph's start or after a space, a bracket or a dash, before a capital (`'We`,
    `‘I`, `'(Sara) has…`); after a comma or colon before any letter (`…in her 20s, 'but I always…`); or after a
    space before a small letter when the paragraph closes a quote after punctuation later (`There were 'at least
    200 of us,' she says`). Not `'70s`, `'cause` or `rock 'n' roll`."""
    if body[at] == "’" or at + 1 >= len(body):
        return False
    rest = body[at + 1:at + 4]
    after = (rest[1:] if rest[:2] in (' "', " “") else rest).lstrip("([\"“")[:1]  # `' "Juvie" was…`
    if not after.isalpha():
        return False
    if at == start or body[at - 1] in _BEFORE_OPENING:
        if after.isupper():
            return True
    if at >= 2 and body[at - 1] in " \t" and body[at - 2] in ",:;":
        return True
    word = _WORD.match(body, at + 1)
    return (body[at - 1] in " \t" and word is not None and word.group(0).casefold() not in _ELISIONS
            and _small_quote_end(body, at + 1, end) is not None)


def _small_quote_end(body: str, at: int, end: int) -> int | None:
    """Where a quote opened before a small letter at `at` closes: the first mark after the sentence's own
    punctuation (`'at least 300 of us,' she says`) or after a word (`called it 'the hardest rewrite of my
    career' and`; a scare quote, `'new normal'`, closes there too); None when none does, or when a quote of its own
    opens first (`say 'ello to everyone. 'It's…`: an elision)."""
    found = [m.end() - 1 for m in (_CLOSING_LATER.search(body, at, end), _WORD_END_MARK.search(body, at, end)) if m]
    close = min(found, default=None)
    return None if close is None or _SENTENCE_OPENING.search(body, at, close) else close


_WORD_END_MARK = re.compile(r"(?<=\w)['’](?=[\s.,;:!?)])")  # `'new normal' on`, `'…of my career' and`
_SENTENCE_OPENING = re.compile(r"(?<=\s)['‘](?=[A-Z])")  # ` 'It's…`: a quote of its own opens


def _closes(body: str, at: int, start: int) -> bool:
    """A closing mark: after the sentence's own punctuation (`,'` `.’` `?'`), or after a word when punctuation
    follows; never an apostrophe inside a word (`show's`) or a plural's (`actors' union`)."""
    if body[at] == "‘" or at == start:
        return False
    before, after = body[at - 1], body[at + 1] if at + 1 < len(body) else " "
    if before in _BEFORE_CLOSING:
        return not (after.isalnum() or after == "_")
    return (before.isalnum() or before == "_") and after in _AFTER_WORD_CLOSING


def _ends_title(body: str, since: int, at: int) -> bool:
    """A mark after a word closing a title in single marks (`'CSI: Crime Scene Investigation' know`): the words
    since the opening mark are a title's, and a space follows."""
    if at + 1 >= len(body) or not body[at + 1].isspace() or not body[at - 1].isalnum():
        return False
    return a_title(body[since:at])


def reports_a_quote(sentence: str) -> bool:
    """`“…I said to myself…,” she said.`: the sentence is a quote and its attribution, whose speaker goes on by the
    quote before (carried), not someone the narration shows doing something; its "I" is inside her words. A sentence
    found by its stops may start inside the quote: a closing mark before any opening one counts too."""
    text = sentence.lstrip()
    if text[:1] in "“\"":
        return True
    close = text.find("”")
    if close >= 0 and not 0 <= text.find("“") < close:
        return True
    straight = text.find('"')
    return straight > 0 and not text[straight - 1].isspace()  # `…episodes," she said.`: it closes
