"""A post saved from a professional network, as a reader copies it out: the author's name over their headline and
the post's age (`**Name** · 1st`, `Actor | Voice`, `2h · Edited · 🌐`), the post itself in the first person with no
quote marks, its reaction counts, then the comments, each under its writer's name and title and over
`Like · Reply · 2h`."""

from __future__ import annotations

import re

from .layout import BELOW, Para, as_nobodys, as_speakers, classify
from .threads import POST

# The post's head: the author's name and their connection or follow mark, a headline line or none, and the age line.
_AUTHOR_HEAD = re.compile(r"(?P<b>\*\*|__)?(?P<name>[A-Z][^\n*_·•|@]{1,60}?)(?P=b)?[ \t]+[·•][ \t]+[^\n]{1,80}\n"
                          r"(?:[^\n]{1,200}\n)?[ \t]*\d{1,2}[ \t]?(?:[smhdw]|min|mo|yr)\b[ \t]*(?:[·•][^\n]*)?\Z")
# Where the post stops: the "…see more" the page folds it under, or its counts ("2,341 · 187 comments · 44 reposts").
_POST_END = re.compile(r"[ \t]*(?:…|\.\.\.)[ \t]*see more[ \t]*\Z|[^\n]{0,40}\b\d[\d,.]*[KkM]?[ \t]+(?:comments?|"
                       r"reposts?|shares?)\b[^\n]{0,60}\Z", re.I)
_HASHTAGS = re.compile(r"(?:[ \t]*#\w+)+[ \t]*\Z")  # the post's tags alone on their line: nobody's words
# A comment: its writer's name and title on the first line, the words, then the page's "Like · Reply · 1h".
_COMMENT_HEAD = re.compile(r"[ \t]*(?P<b>\*\*|__)?(?P<name>[A-Z][^\n*_·•|@]{1,60}?)(?P=b)?[ \t]+[·•][ \t]+[^\n]{1,120}"
                           r"\n")
_LINE_END = re.compile(r"\n")
_COMMENT_FOOT = re.compile(r"^[ \t]*Like[ \t]*[·•|][ \t]*Reply\b[^\n]*$", re.M)


def saved_post(paras: list[Para], body: str) -> list[Para]:
    """The author's post their words from its head to where it stops (its bare tags nobody's), and each comment
    under it its writer's, who neither asks nor answers (its name line and its `Like · Reply` line nobody's words).
    Any article without such a head and a comment under it, as it is."""
    head = next((i for i, p in enumerate(paras[:3]) if _AUTHOR_HEAD.match(body, p.start, p.end)), None)
    if head is None or _COMMENT_FOOT.search(body, paras[head].end) is None:
        return paras
    author = _AUTHOR_HEAD.match(body, paras[head].start, paras[head].end).group("name").strip()
    as_nobodys(paras[head])
    out, i = paras[:head + 1], head + 1
    while i < len(paras) and not _POST_END.match(body, paras[i].start, paras[i].end):
        if _HASHTAGS.match(body, paras[i].start, paras[i].end):
            as_nobodys(paras[i])
        else:
            as_speakers(paras[i], author, POST)
        out.append(paras[i])
        i += 1
    for p in paras[i:]:
        out += _comments(p, body)
    return out


def _comments(p: Para, body: str) -> list[Para]:
    """A paragraph of the comments in its parts: each comment's words its writer's, the lines around them nobody's."""
    parts, at = [], p.start
    for foot in _COMMENT_FOOT.finditer(body, p.start, p.end):
        lines = [at, *(m.end() for m in _LINE_END.finditer(body, at, foot.start()))]
        # the last name line before the foot: a rule or an ad may stand above it
        head = next((h for h in map(lambda s: _COMMENT_HEAD.match(body, s, foot.start()), reversed(lines)) if h), None)
        if head is None or not body[head.end():foot.start()].strip():
            continue
        words = classify(body, *_trimmed(body, head.end(), foot.start()))
        as_speakers(words, head.group("name").strip(), BELOW)
        parts += [_nobodys(body, at, head.end()), words, _nobodys(body, foot.start(), foot.end())]
        at = foot.end()
    if not parts:  # under the post, what is no comment is the page's: its counts, a rule, an advert
        as_nobodys(p)
        return [p]
    return [part for part in (*parts, _nobodys(body, at, p.end)) if part is not None]


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    text = body[start:end]
    return start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())


def _nobodys(body: str, start: int, end: int) -> Para | None:
    """The stretch as a paragraph of nobody's words, or None if it holds none."""
    if not body[start:end].strip():
        return None
    p = classify(body, *_trimmed(body, start, end))
    as_nobodys(p)
    return p
