"""List items and gallery captions inside a paragraph: a list written with single line breaks reads as one."""

from __future__ import annotations

import re


def list_item_at(body: str, start: int, at: int) -> int | None:
    """Where the list item or gallery caption holding `at` starts, if the paragraph from `start` is a list (a list
    written with single line breaks reads as one paragraph)."""
    if not _LIST_ITEM.match(body, start):
        return None
    line = body.rfind("\n", start, at) + 1 or start
    return line if _LIST_ITEM.match(body, line) else start


NEW_ITEM = re.compile(r"\n[ \t]*(?:[-*•+][ \t]|\d{1,2}[.)][ \t])")  # the next item of a list on its own line
# An item of a list, or a gallery's numbered caption: "- ", "* ", "3. ", "**2/8** ".
_LIST_ITEM = re.compile(r"[-*•+][ \t]|\d{1,2}[.)][ \t]|(?:\*\*|__)?\d{1,2}[ \t]*/[ \t]*\d{1,2}(?:\*\*|__)?[ \t]")
