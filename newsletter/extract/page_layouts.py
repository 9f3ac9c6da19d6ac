"""Layouts where the way paragraphs are set out tells who speaks, read after each paragraph's kind is known: an
email answered under the questions quoted back, one-letter question and answer labels in another language, a
speech printed in full, and readers' comments under an article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Interview
from .cast import norm
from .chat import chat_head, placeholder
from .exchanges import ends_with_question
from .furniture import chat_notice
from .layout import BELOW, Para, classify, trusted_marks
from .letters import read_letter
from .signatures import signed_quotes
from .speeches import speech_in_full
from .saved_posts import saved_post
from .threads import thread_posts, unrolled_thread
from .forum_pages import forum_posts
from .recordings import played_on_air
from .sections import conversations, people_sections
from .scan import led_by_first

QUOTED_REPLY = "quoted"  # the style of a question quoted back in an email reply


def read_layouts(paras: list[Para], body: str, asking: set[str], interview: Interview) -> None:
    """The layouts of a whole article that the paragraph kinds alone do not tell (pure: edits `paras` and
    `asking` in place)."""
    paras[:] = [message for p in paras for message in chat_messages(p, body)]
    read_letter(paras, body, asking, interview.byline)
    quoted_questions(paras, body, asking)
    letter_labels(paras, body)
    speech_in_full(paras, body, interview)
    comments_below(paras, body)
    chat_bots(paras, body)
    paras[:] = [line for p in paras for line in chat_lines(p, body)]
    paras[:] = saved_post(unrolled_thread(paras, body), body)
    thread_posts(paras, body)
    forum_posts(paras, body)
    played_on_air(paras, body)
    people_sections(paras, body)
    conversations(paras, body)
    signed_quotes(paras, body)


_MIN_QUOTED_QUESTIONS = 2  # one block quote that asks may be a quoted tweet; two answered ones make a reply


def quoted_questions(paras: list[Para], body: str, asking: set[str]) -> None:
    """`> Is there a medical consultant on set?` then her plain answer: an emailed interview answered under each
    question, the mail quoted back. Block quotes are questions where at least two that ask are answered by the
    plain paragraph after them, and most block quotes ask; a block quote a colon hands over to ("…, wrote in a note
    to the crew:") is someone's words at length, as it is elsewhere."""
    quotes = [(p, after) for before, p, after in zip([None, *paras], paras, paras[1:]) if p.kind == "blockquote"
              and not (before and body[before.start:before.end].rstrip(" *_").endswith(":"))]
    answered = [p for p, after in quotes if after.kind == "plain" and
                ends_with_question(body[p.content_start:p.content_end])]
    if len(answered) < _MIN_QUOTED_QUESTIONS or 2 * len(answered) < len(quotes) + (paras[-1].kind == "blockquote"):
        return
    for p, after in quotes:
        if after.kind == "plain":  # "> Hi, thanks for doing this. First: …?" set apart as a bold question is
            p.kind, p.style = "bold", QUOTED_REPLY
    asking.add(QUOTED_REPLY)


# One-letter question and answer labels in the languages interviews are translated from, the asking one first:
# pregunta/respuesta and pergunta/resposta (P/R), question/réponse (Q/R), domanda/risposta (D/R), Frage/Antwort
# (F/A), vraag/antwoord (V/A), fråga/svar (F/S), pytanie/odpowiedź (P/O), soru/cevap (S/C).
_LETTER_MARKS = ("", "dash", "line", "bold")  # "P:", "P —", "P" on its own line, "**P** …": not a poster's handle
_LETTER_PAIRS = (("p", "r"), ("q", "r"), ("d", "r"), ("f", "a"), ("v", "a"), ("f", "s"), ("p", "o"), ("s", "c"))


def letter_labels(paras: list[Para], body: str) -> None:
    """`**P:**` asks and `**R:**` answers, as `Q:` and `A:` do: where an article's one-letter labels are exactly
    such a pair and the asking letter's turns end in questions, they are read as the question and answer labels.
    Elsewhere one letter is someone's initial (`R:` for Ruth)."""
    labelled = [p for p in paras if p.kind == "label" and p.marked_by in _LETTER_MARKS]
    letters = Counter(norm(p.label or "") for p in labelled if len(norm(p.label or "")) == 1)
    pair = next((pair for pair in _LETTER_PAIRS if set(letters) == set(pair)), None)
    if pair is None or any(len(norm(p.label or "")) > 1 for p in labelled):
        return
    asks = [p for p in labelled if norm(p.label or "") == pair[0]]
    if 2 * sum(ends_with_question(body[p.content_start:p.content_end]) for p in asks) < len(asks):
        return  # the first letter does not ask: a pair of initials
    for p in labelled:
        p.label = "Q" if norm(p.label or "") == pair[0] else "A"


# The head of the readers' comments under an article: "## 3 comments", "**Comments (12)**", "Reader responses",
# "Join the discussion", "Leave a reply".
_COMMENTS_HEAD = led_by_first(r"(?:#{1,6}[ \t]*|\*\*|__)?(?:(?:\d+[ \t]+)?(?:reader[s’']*[ \t]+)?(?:comments?|responses?|"
                              r"replies|join the (?:discussion|conversation)|leave a (?:reply|comment)|discussion)"
                              r"(?:[ \t]*\(\d+\))?|\d+[ \t]+(?:comments?|responses?|replies|thoughts)[ \t]+(?:on|to)[ \t]+"
                              r"[^\n]{1,150})[ \t:]*(?:\*\*|__)?[ \t]*\Z", re.I)  # "3 thoughts on “…”": a blog's
# A blog's comment header: "**Ken from Dursley** says:", its date on the next line ("May 7, 2024 at 3:12 pm").
_SAYS_HEAD = re.compile(r"(?:\d{1,3}\.[ \t]+)?(?P<b>\*\*|__)?(?P<label>[^\s*_:][^\n*_:]{0,39}?)(?P=b)?[ \t]+says:[ \t]*"
                        r"(?:\n[ \t]*[^\n]{0,40}\b\d{1,2}:\d{2}[^\n]{0,10})?(?:\n|\Z)|"
                        # Blogger's: "**deputybiscuitfan said...**" over the comment, its time stamp under it
                        r"(?P<b2>\*\*|__)?(?P<label2>[^\s*_:][^\n*_:]{0,39}?)[ \t]+said(?:\.\.\.|…)(?P=b2)?[ \t]*(?:\n|\Z)")

# What a comments head can open with: its heading or bold marks, a count's digit, or the first letter of "reader",
# "responses", "replies", "comments", "join", "leave", "discussion" in either case (none of them folds to another
# letter under re.I). A paragraph opening on anything else is not tried (most paragraphs of every article).
_COMMENTS_OPENINGS = frozenset("#*_CcDdJjLlRr")


def may_head_comments(first: str) -> bool:
    """Whether a paragraph opening on `first` may be a comments head (_COMMENTS_HEAD)."""
    return first in _COMMENTS_OPENINGS or first.isdecimal()


def comments_below(paras: list[Para], body: str) -> None:
    """`## 3 comments`, then `**hivemind_harriet** · 2 hours ago` (or a blog's `Ken says:`) over each comment:
    readers writing under the article, not a thread with its subject (whose posts would stand above the head too).
    Their comments are theirs, but they neither ask nor answer: the interview is the article above."""
    head = next((i for i, p in enumerate(paras) if may_head_comments(body[p.start:p.start + 1]) and
                 _COMMENTS_HEAD.match(body, p.start, p.end)), None)
    if head is None or any(p.marked_by == "comment" for p in paras[:head]):
        return
    for p in paras[head + 1:]:
        says = _SAYS_HEAD.match(body, p.start, p.end) if p.kind in ("plain", "boldlead") else None
        if says:
            p.kind, p.label = "label", says.group("label") or says.group("label2")
            p.content_start = min(says.end(), p.end)
            p.content_end, p.segments = p.end, ()
        if says or p.kind == "label" and p.marked_by == "comment":
            p.marked_by = BELOW


def chat_bots(paras: list[Para], body: str) -> None:
    """A chat server's bot (`HollowBot`: `@reedwarbler_ has reached Level 5`) announces, in nobody's voice: its
    messages are narration, and it neither asks nor answers; so is a messenger's `<Media omitted>`."""
    for p in paras:
        if p.kind == "label" and p.marked_by == "chat":
            head = chat_head(body[p.start:p.end])
            if head and (head[2] or placeholder(body[p.content_start:p.content_end])):
                p.kind, p.label, p.content_start, p.content_end = "stage", None, p.start, p.end


def chat_lines(p: Para, body: str) -> list[Para]:
    """A chat message's lines, each a turn of its poster's: a chat writes one thought to a line, often with no full
    stop (`the mud. you think you know mud and you do not know mud`), so a line is the unit a quote is taken from.
    Any other paragraph is returned as it is."""
    if p.kind != "label" or p.marked_by != "chat" or "\n" not in body[p.content_start:p.content_end]:
        return [p]
    lines, at = [], p.content_start
    while at < p.content_end:
        stop = body.find("\n", at, p.content_end)
        stop = p.content_end if stop == -1 else stop
        if body[at:stop].strip():
            lines.append(replace(p, start=at if lines else p.start, end=stop, content_start=at, content_end=stop))
        at = stop + 1
    return lines or [p]


_MIN_MESSAGES = 2  # one line opening on a time is a time; two are an exported chat written with no blank lines


def chat_messages(p: Para, body: str) -> list[Para]:
    """A chat exported with no blank line between its messages (as messengers write them): the paragraph split
    at each line that opens a message, each part read as a message of its own; any other paragraph as it is."""
    if "\n" not in body[p.start:p.end]:
        return [p]  # nearly every paragraph: one line
    heads = [m.start() for m in _LINE_ON_TIME.finditer(body, p.start, p.end) if chat_head(body[m.start():p.end])]
    if len(heads) < _MIN_MESSAGES:
        return [p]
    # the server's notices between messages ("[21:05] *** kestrel_fan has joined") are lines of their own
    heads = sorted({*heads, *(m.start() for m in _LINE_ON_TIME.finditer(body, p.start, p.end)
                              if chat_notice(body[m.start():p.end]))})
    bounds = ([p.start] if heads[0] > p.start else []) + heads + [p.end]
    parts = [classify(body, a, a + len(body[a:b].rstrip())) for a, b in zip(bounds, bounds[1:])]
    trusted_marks(parts, body)
    messages = sum(part.kind == "label" and part.marked_by == "chat" for part in parts)
    return parts if messages >= _MIN_MESSAGES else [p]


_LINE_ON_TIME = re.compile(r"^[\[(]?\d", re.M)  # a line opening on a time or a date, as an exported message does
