"""The letters and words names are written in, shared by the cast and the nickname readers."""

from __future__ import annotations

import re

from .words import word_led

# Letters of names in the Latin scripts articles print (Inès, Łukasz, Søren), by case.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸƠƯĨŨ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺľłńňōőœŕřśşšţťūůűųźżžạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưĩũ"  # Vietnamese's too: Nguyễn Thị Ngọc Lan
# One word of a name, with capitals inside (McBride, DeShawn, O’Neil) and hyphenated parts (Marc-André): at least one
# lower-case letter (an acronym is not a name), and it ends where the letters end, so `McBride` is never `Mc`.
AFTER_CAPITAL = (rf"[{LOWER}]*(?:[’'\-]?[{UPPER}][{LOWER}]+|[’'\-][{LOWER}]+)*"
                 rf"(?:(?<=s)[’'])?(?![\w’'\-])")  # "Voss’ car": a possessive apostrophe alone, after an s
NAME_WORD = rf"(?=[{UPPER}][{UPPER}’'\-]*[{LOWER}])[{UPPER}]{AFTER_CAPITAL}"


def name_after(written: str, text: str) -> re.Match | None:
    """re.search(word_led(written) + _NAME_AFTER.pattern, text), by plain finds and one pattern compiled once: a
    pattern per name, holding every letter of NAME_WORD's classes, cost more to compile than the whole search."""
    if not WORD_CHAR.match(written):
        return re.search(word_led(written) + _NAME_AFTER.pattern, text)
    return first_after(written, text, _NAME_AFTER)


def first_after(written: str, text: str, rest: re.Pattern, edge: re.Pattern | None = None) -> re.Match | None:
    """`rest` matched right after the first `written` in `text` where it matches, `written` not preceded by a
    character `edge` matches (default: a word character): what re.search of a look-behind for `edge`, `written`
    escaped and `rest` finds, by plain finds and patterns compiled once. A pattern built per name is compiled anew
    for every name of every article, and NAME_WORD's letter classes make that compile cost more than the search."""
    edge = edge or WORD_CHAR
    at = text.find(written)
    while at != -1:
        if at == 0 or not edge.match(text, at - 1):
            m = rest.match(text, at + len(written))
            if m:
                return m
        at = text.find(written, at + 1)
    return None


_NAME_AFTER = re.compile(rf"\s+({NAME_WORD})(?![\w’'\-])")
WORD_CHAR = re.compile(r"\w")  # one word character, matched at a place
WORD_EDGE = re.compile(r"\b")  # a word's edge at a place, matched with no pattern built around the word
# A character a name word never follows (a letter, a digit, an apostrophe or a hyphen): `(?<![\w’'\-])`
NAME_EDGE = re.compile(r"[\w’'\-]")
NO_EDGE = re.compile(r"(?!)")  # first_after's edge where any character may stand before the name
