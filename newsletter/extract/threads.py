"""A social thread reprinted in an article: each post under its poster's name, handle and age
(`**Marisol Quenby-Adair** @marisolqa · 2h`), numbered through the thread (`1/6`), and replies quoted below it
(`> **@isoldes_compass**: …`, `> > **Name** @handle: …` for a reply to a reply)."""

from __future__ import annotations

import re

from .layout import BELOW, Para

# "**Marisol Quenby-Adair** @marisolqa · 2h", "Dev Raghunathan (@devwrites) · Mar 3": a post's head, a whole line.
_POST_HEAD = re.compile(r"(?P<b>\*\*|__)?(?P<name>[^\s*_@#>][^\n*_@]{0,49}?)(?P=b)?[ \t]+\(?@(?P<handle>\w{1,30})\)?"
                        r"[ \t]+[·•][ \t]*[^\n]{1,30}[ \t]*(?:\n|\Z)")
_NUMBERING = re.compile(r"[ \t]*(?:\d{1,2}/\d{0,2}|\(\d{1,2}/\d{1,2}\))[ \t]+(?=\S)")  # "1/6 ", "1/ ", "(1/6) "
# A reply quoted under the thread: "**@isoldes_compass**:", "**Dev Raghunathan** @devwrites:", "**Name**:".
_REPLY_HEAD = re.compile(r"(?P<b>\*\*|__)(?P<name>@\w{1,30}|[^\s*_:@][^\n*_:@]{0,49}?)(?P=b)"
                         r"(?:[ \t]+\(?@(?P<handle>\w{1,30})\)?)?[ \t]*:[ \t]*(?=\S)")
_MIN_POSTS = 2  # one post's head may be an embed's; two make a thread
POST = "post"  # how a post of the thread is marked: its poster's words, one paragraph each


def _post_head(body: str, start: int, end: int) -> re.Match | None:
    """_POST_HEAD.match(body, start, end), tried only where an `@` stands on the paragraph's first line: every head
    has its handle there, and the pattern's lazy name is otherwise tried at fifty lengths on every paragraph."""
    at = body.find("@", start, end)
    if at == -1 or body.find("\n", start, at) != -1:
        return None
    return _POST_HEAD.match(body, start, end)


def thread_posts(paras: list[Para], body: str) -> None:
    """Each post of a reprinted thread its poster's (the head line is nobody's words, the numbering neither), each
    reply quoted under it its replier's, who neither asks nor answers; any other paragraph after the first post is
    the writer's, never the last poster's voice running on (pure: edits `paras` in place)."""
    heads = [i for i, p in enumerate(paras) if _post_head(body, p.start, p.end)]
    if len(heads) < _MIN_POSTS:
        return
    posts = set()
    for i in heads:
        head, p = _post_head(body, paras[i].start, paras[i].end), paras[i]
        if head.end() < p.end:  # the post on the lines under its head, in one paragraph
            _as_post(p, head.group("name"), head.end(), body)
            posts.add(i)
        elif i + 1 < len(paras) and i + 1 not in heads:
            p.kind, p.label, p.content_start, p.content_end = "stage", None, p.start, p.end
            _as_post(paras[i + 1], head.group("name"), paras[i + 1].start, body)
            posts.add(i + 1)
    for i, p in enumerate(paras[heads[0]:], heads[0]):
        if i in posts or p.kind == "stage":
            continue
        reply = _REPLY_HEAD.match(body, p.content_start, p.content_end) if p.kind == "blockquote" else None
        if reply:
            p.kind, p.label, p.marked_by, p.content_start = "label", reply.group("name").strip(), BELOW, reply.end()
        elif p.kind in ("plain", "bold"):
            p.kind, p.label, p.content_start, p.content_end = "writer", None, p.start, p.end


def _as_post(p: Para, name: str, start: int, body: str) -> None:
    numbered = _NUMBERING.match(body, start, p.end)
    p.kind, p.label, p.marked_by = "label", name.strip(), POST
    p.content_start, p.content_end, p.weak = numbered.end() if numbered else start, p.end, False
