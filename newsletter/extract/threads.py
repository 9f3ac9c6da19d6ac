"""A social thread reprinted in an article: each post under its poster's name, handle and age
(`**Marisol Quenby-Adair** @marisolqa · 2h`), numbered through the thread (`1/6`), and replies quoted below it
(`> **@isoldes_compass**: …`, `> > **Name** @handle: …` for a reply to a reply)."""

from __future__ import annotations

import re

from .layout import BELOW, Para, classify

# "**Marisol Quenby-Adair** @marisolqa · 2h", "Dev Raghunathan (@devwrites) · Mar 3": a post's head, a whole line.
# An unrolled export's reply hangs indented under what it answers ("  ↳ Name (@handle.bsky.social) · 19:09"), a
# quote-post says who quoted ("Quoted by Name (@handle) · 19:23"); a handle may carry its server's domain.
_POST_HEAD = re.compile(r"(?P<reply>[ \t]*↳[ \t]*)?(?:(?:Quoted|Reposted) by[ \t]+)?(?P<b>\*\*|__)?"
                        r"(?P<name>[^\s*_@#>↳][^\n*@:]{0,49}?)(?P=b)?[ \t]+\(?@(?P<handle>\w[\w.\-]{0,59})\)?"
                        r"[ \t]+[·•][ \t]*[^\n]{1,30}[ \t]*(?:\n|\Z)")
# "1/6 ", "1/ ", "(1/6) ", "🧵 1/ " (the thread's emoji before its first number)
_NUMBERING = re.compile(r"[ \t]*(?:🧵[ \t]*)?(?:\d{1,2}/\d{0,2}|\(\d{1,2}/\d{1,2}\))[ \t]+(?=\S)")
_HEAD_LINE = re.compile(r"^" + _POST_HEAD.pattern, re.M)
_NAME_TRIM = re.compile(r"[^\w.'’)]+\Z")  # a display name's emoji and symbols after it ("Dee 📺"): no part of it
# A reply quoted under the thread: "**@isoldes_compass**:", "**Dev Raghunathan** @devwrites:", "**Name**:".
_REPLY_HEAD = re.compile(r"(?P<b>\*\*|__)(?P<name>@\w{1,30}|[^\s*_:@][^\n*_:@]{0,49}?)(?P=b)"
                         r"(?:[ \t]+\(?@(?P<handle>\w{1,30})\)?)?[ \t]*:[ \t]*(?=\S)")
_MIN_POSTS = 2  # one post's head may be an embed's; two make a thread
POST = "post"  # how a post of the thread is marked: its poster's words, one paragraph each
ASKED = "asked"  # a post someone else replies to under it (`↳`): a fan putting a question to the thread's poster
# A line of an unrolled export that is no one's words: a rule between its parts, a post's counts ("💬 212  🔁 88  ♥ 1.4K").
_RULE_LINE = re.compile(r"^[ \t]*[─━═—–\-=_~]{5,}[ \t]*$", re.M)
_COUNTS_LINE = re.compile(r"^[ \t]*(?:[^\w\s:.,·•]{1,2}[ \t]*\d[\d.,]*[KkMm]?[ \t]*){2,}$", re.M)


def _post_head(body: str, start: int, end: int) -> re.Match | None:
    """_POST_HEAD.match(body, start, end), tried only where an `@` stands on the paragraph's first line: every head
    has its handle there, and the pattern's lazy name is otherwise tried at fifty lengths on every paragraph."""
    at = body.find("@", start, end)
    if at == -1 or body.find("\n", start, at) != -1:
        return None
    return _POST_HEAD.match(body, start, end)


def unrolled_thread(paras: list[Para], body: str) -> list[Para]:
    """A thread unrolled to text by an export tool, written with no blank line between a post and the replies
    hanging under it: each paragraph split at every post's head line, every rule and every line of counts, so each
    post, reply and count line is read as a paragraph of its own. Where no paragraph holds a head line after its
    first line, the paragraphs as they are."""
    if "@" not in body:
        return paras
    heads = [m.start() for m in _HEAD_LINE.finditer(body)]
    if len(heads) < _MIN_POSTS or not any(p.start < at < p.end for at in heads for p in paras):
        return paras
    cuts = set(heads) | {m.start() for rx in (_RULE_LINE, _COUNTS_LINE) for m in rx.finditer(body)}
    cuts |= {m.end() + 1 for m in _RULE_LINE.finditer(body)}
    parts = []
    for p in paras:
        bounds = [p.start, *sorted(at for at in cuts if p.start < at < p.end), p.end]
        pieces = [(a, a + len(body[a:b].rstrip())) for a, b in zip(bounds, bounds[1:]) if body[a:b].strip()]
        parts += [p] if len(pieces) == 1 else [classify(body, a, b) for a, b in pieces]
    return parts


def thread_posts(paras: list[Para], body: str) -> None:
    """Each post of a reprinted thread its poster's (the head line is nobody's words, the numbering neither), each
    reply quoted under it its replier's, who neither asks nor answers; any other paragraph after the first post is
    the writer's, never the last poster's voice running on (pure: edits `paras` in place)."""
    if "@" not in body:
        return  # every post's head has its handle's `@`: no paragraph is read for one
    heads = [i for i, p in enumerate(paras) if _post_head(body, p.start, p.end)]
    if len(heads) < _MIN_POSTS:
        return
    posts, above = set(), None
    for i in heads:
        head, p = _post_head(body, paras[i].start, paras[i].end), paras[i]
        name = _NAME_TRIM.sub("", head.group("name"))
        if head.end() < p.end:  # the post on the lines under its head, in one paragraph
            post = p
            _as_post(p, name, head.end(), body)
            posts.add(i)
        elif i + 1 < len(paras) and i + 1 not in heads:
            post = paras[i + 1]
            p.kind, p.label, p.content_start, p.content_end = "stage", None, p.start, p.end
            _as_post(post, name, post.start, body)
            posts.add(i + 1)
        else:
            continue
        if head.group("reply") and above is not None and above.label != post.label:
            above.marked_by = ASKED  # answered under it by someone else: the post puts a question to them
        above = None if head.group("reply") else post
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
