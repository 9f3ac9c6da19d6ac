"""Voices a page's layout or its lede tells apart: a mailbag column's readers, whose letters are set as questions and
signed at their end ("…Who's right? - Leona, Winnipeg"), and its columnist, whose answers are the column's own voice;
and the host a guest spot's write-up says the subject talked to, who asks her questions."""

from __future__ import annotations

import re

from ..model import Interview, Turn
from .scan import led_by_first


def page_voices(turns: list[Turn], interview: Interview, body: str, interviewee: str | None) -> list[Turn]:
    """The turns with a mailbag's letters and answers and a guest spot's host told apart (see signed_letters and
    hosts_ask)."""
    return hosts_ask(signed_letters(turns, interview.byline, interviewee), interview, body)


# A letter's signature after its last sentence: a dash, a first name (an initial or a second name may follow) and
# the writer's town after a comma, at the paragraph's end, its emphasis closed after it.
_SIGNATURE = re.compile(r"[.?!][ \t]+[-–—][ \t]*(?P<who>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)?"
                        r",[ \t]*[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,2})[ \t]*[*_]*[ \t]*\Z")
_LETTERS = 2  # signed questions that make a page a mailbag: one may be a quoted sign-off
_SIGNATURE_REACH = 60  # characters at a question's end read for its signature


def signed_letters(turns: list[Turn], byline: str | None, interviewee: str | None) -> list[Turn]:
    """The turns with each signed question given to its writer ("Leona, Winnipeg", as other) and the unclaimed
    answers to the columnist (`byline`, as narration), in a piece that interviews nobody and asks two questions or
    more signed so; else the turns as they are."""
    if interviewee is not None:
        return turns
    signed = {i: m.group("who") for i, t in enumerate(turns) if t.role == "interviewer"
              for m in [_SIGNATURE.search(t.text[-_SIGNATURE_REACH:])] if m}
    if len(signed) < _LETTERS:
        return turns
    return [Turn(signed[i], "other", t.text, t.start, t.end) if i in signed else
            Turn(byline, "narration", t.text, t.start, t.end) if t.role == "interviewee" and t.speaker is None else t
            for i, t in enumerate(turns)]


# "…tells Gideon Marsh her mum…", "told presenters Hamish Gatley and…": whom the subject talked to, in the lede
_TOLD = led_by_first(r"\b(?:tells|told)[ \t]+(?:(?:the[ \t]+)?(?:hosts?|presenters?|anchors?)[ \t]+)?"
                   r"(?P<a>[A-Z][\w’'\-]+[ \t]+[A-Z][\w’'\-]+)")
# "Marsh opened by asking whether…", "Gatley asked how long…": the narration reporting them asking a question
_ASKING = re.compile(r"[^.!?“”\"\n]{0,60}?\b(?:asked|asking|asks)[ \t]+(?:(?:her|him|them)[ \t]+)?"
                     r"(?:what|whether|if|how|why|who|when|where|about)\b")
_LEDE_CHARS = 600  # the title and the lede, where a write-up says whom its subject talked to


def hosts_ask(turns: list[Turn], interview: Interview, body: str) -> list[Turn]:
    """The turns with the quoted lines of the host a guest spot's write-up says the subject told ("…tells Gideon
    Marsh…"), and reports asking her a question ("Marsh opened by asking whether…"), as the interviewer's."""
    if not any(t.role == "other" and t.speaker for t in turns):
        return turns
    lede = f"{interview.title or ''}\n{body[:_LEDE_CHARS]}"
    if "tells " not in lede and "told " not in lede:  # every match holds one: no search of most ledes
        return turns
    told = {m.group("a") for m in _TOLD.finditer(lede)}
    hosts = {name for name in told if _asks(name.split()[-1], body)}
    return [Turn(t.speaker, "interviewer", t.text, t.start, t.end) if t.role == "other" and t.speaker in hosts else t
            for t in turns] if hosts else turns


def _asks(surname: str, body: str) -> bool:
    """Whether the narration reports `surname` asking a question in the sentence it opens on them."""
    at = body.find(surname + " ")
    while at != -1:
        if _ASKING.match(body, at + len(surname)):
            return True
        at = body.find(surname + " ", at + 1)
    return False
