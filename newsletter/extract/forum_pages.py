"""A message board's topic page saved as text (phpBB, vBulletin): each post under an author block — the poster's
handle, a rank, `Joined:`/`Posts:`/`Location:` fields — then `Posted: … Post subject: …`, the message, a signature
after a rule of underscores and `Back to top`. The first post (often a fan typing up a magazine interview) is read as
the article; every later post is its poster's, who neither asks nor answers."""

from __future__ import annotations

import re

from .layout import BELOW, Para, as_nobodys, as_speakers

# Fields of a poster's profile printed beside each post; two or more in a row make an author block.
_PROFILE_FIELDS = frozenset({"joined", "posts", "location", "registered", "member since", "reputation", "rank",
                             "from", "gender", "age", "join date", "karma", "thanks"})
_MIN_FIELDS = 2  # one `Location:` line may be a caption's; two profile fields make an author block
_MIN_POSTS = 2  # a topic page shows at least the opening post and a reply
# The board's furniture around a message: the post's date line, the way back up, a quoted message (its text is a
# copy of an earlier post), the column heads over the first post.
_FURNITURE = re.compile(r"(?:Posted:|Post subject:|Back to top|Quote:|Originally Posted by|Author[ \t]+Message)",
                        re.I)
_BOARD_FURNITURE = re.compile(r"^[ \t]*(?:Posted:|Back to top)", re.M)  # a board's page, not a fact box
_SIGNATURE_RULE = re.compile(r"_{5,}[ \t]*(?:\n|\Z)")  # phpBB's rule between a message and its poster's signature


def forum_posts(paras: list[Para], body: str) -> None:
    """Mark a saved topic page's author blocks and furniture as nobody's words, and each post after the first as
    its poster's words (edits `paras` in place, reading nothing else); any other article is left as it is."""
    blocks = _author_blocks(paras)
    if len(blocks) < _MIN_POSTS or not _BOARD_FURNITURE.search(body):
        return  # two boxes of a profile's fields ("Joined: series 3", "From: Galway") are no message board
    for n, (first, last) in enumerate(blocks):
        handle = _handle(paras[first - 1], body) if first else None
        for p in paras[max(first - 1, 0):last + 1]:
            as_nobodys(p)
        stop = blocks[n + 1][0] - 1 if n + 1 < len(blocks) else len(paras)
        for p in paras[last + 1:stop]:
            text = body[p.start:p.end]
            if _FURNITURE.match(text) or _SIGNATURE_RULE.match(text) or p.kind == "stage":
                as_nobodys(p)
            elif n and handle and p.kind in ("plain", "label"):
                # a reply is its poster's, "lol classic Mira", and no part of the interview typed up above
                as_speakers(p, handle, BELOW)


def _author_blocks(paras: list[Para]) -> list[tuple[int, int]]:
    """(first, last) index of each run of profile-field paragraphs (`Joined: 14 Mar 2004`, `Posts: 3822`)."""
    blocks, run = [], []
    for i, p in enumerate(paras + [Para(0, 0, "plain")]):
        if p.kind == "label" and (p.label or "").strip().lower() in _PROFILE_FIELDS:
            run.append(i)
            continue
        if len(run) >= _MIN_FIELDS:
            blocks.append((run[0], run[-1]))
        run = []
    return blocks


def _handle(p: Para, body: str) -> str | None:
    """The poster's handle: the first line over the profile fields that is not a column head (a rank follows it)."""
    for line in body[p.start:p.end].split("\n"):
        line = line.strip()
        if line and not _FURNITURE.match(line):
            return line
    return None
