"""A Q&A written as a letter: a newsletter's greeting and sign-off around questions led by dashes, and an emailed
reply printed with its headers."""

from __future__ import annotations

import re

from .layout import Para, as_nobodys, as_speakers


def read_letter(paras: list[Para], body: str, asking: set[str], byline: str | None) -> None:
    """The dashed statements put as questions and the writer's sign-off of a Q&A written as a letter."""
    dashed_statements(paras, asking)
    signed_off(paras, body, byline)
    emailed_reply(paras, body)


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


# An email's headers as a mail program prints them, quoted or not: "From: Name <address>", then "To:", "Sent:"…
_HEADER_FROM = re.compile(r"(?:>[ \t]*)?From:[ \t]*(?P<name>[^<\n]*?)[ \t]*(?:<[^>\n]*>)?[ \t]*(?:\n|$)")
_HEADER_NEXT = re.compile(r"^(?:>[ \t]*)?(?:To|Sent|Date|Subject|Cc):", re.M)


def emailed_reply(paras: list[Para], body: str) -> None:
    """An emailed interview printed with its headers (`From: Ravi Okafor` / `To:` / `Sent:` / `Subject:`, in one
    paragraph or a line each): the headers are nobody's words, and the note that opens the mail under them is its
    sender's ("Hi Clementine, sorry for the hour…"), not the journalist's narration; the questions and answers
    below keep their own layout."""
    if "From:" not in body:
        return  # every header's: no paragraph is tried
    for i, p in enumerate(paras):
        header = _HEADER_FROM.match(body, p.start, p.end)
        if not header or not header.group("name"):
            continue
        last = i + 1
        while last < len(paras) and _HEADER_NEXT.match(body, paras[last].start, paras[last].end):
            last += 1  # "Date: …" and "Subject: …" read as paragraphs of their own
        if last == i + 1 and not _HEADER_NEXT.search(body, header.end(), p.end):
            continue  # "From: the archive, a photograph…": a credit, no mail
        for part in paras[i:last]:
            as_nobodys(part)
        note = paras[last] if last < len(paras) else None
        if note is not None and note.kind == "plain" and not body[note.start:note.end].rstrip().endswith("?"):
            as_speakers(note, header.group("name"), "email")
