"""A newsletter's Q&A, written as a letter: the writer's greeting and sign-off around questions led by dashes."""

from __future__ import annotations

import re

from .layout import Para


def read_letter(paras: list[Para], body: str, asking: set[str], byline: str | None) -> None:
    """The dashed statements put as questions and the writer's sign-off of a Q&A written as a letter."""
    dashed_statements(paras, asking)
    signed_off(paras, body, byline)


def dashed_statements(paras: list[Para], asking: set[str]) -> None:
    """`— You spent time in real kitchens.` where dashes lead the journalist's lines and the answers are plain: a
    dashed statement is put to the guest as a question, as a bold one is. Where answers are dashed too (the French
    way), a dashed line that asks nothing may be an answer, and stays as it is."""
    if "dash" not in asking or any(p.kind == "bold" and p.style == "dash" and after.style == "dash"
                                   for p, after in zip(paras, paras[1:])):
        return
    for p in paras:
        if p.style == "dash" and p.kind == "plain":
            p.kind = "bold"


_SIGN_OFF_WORDS = {"x", "xx", "xxx", "xo", "xoxo", "love", "cheers", "best", "thanks", "until", "next", "time", "yours",
                   "ciao", "bye"}
_MAX_SIGN_OFF_WORDS = 4
_MAX_SIGN_OFF_CHARS = 60  # four words, a writer's full name among them
_WORD = re.compile(r"[\w’'.]+")


def signed_off(paras: list[Para], body: str, byline: str | None) -> None:
    """A letter's sign-off by its writer (`x Margo`, `Love, Margo`) is the writer's, and so are the closing words
    just before it, unless they directly follow a question (then they are its answer)."""
    if not byline:
        return
    first = byline.split()[0]
    for i, p in enumerate(paras):
        if p.end - p.start > _MAX_SIGN_OFF_CHARS:
            continue  # the cheap test first: nearly every paragraph is longer than a sign-off
        words = _WORD.findall(body, p.start, p.end)
        if len(words) > _MAX_SIGN_OFF_WORDS or first not in words or \
                not all(w == first or w in byline.split() or w.lower() in _SIGN_OFF_WORDS for w in words):
            continue
        p.kind = "writer"
        if i >= 2 and paras[i - 1].kind == "plain" and paras[i - 2].kind not in ("bold", "label"):
            paras[i - 1].kind = "writer"
