"""Plain finds and short walks that stand in for whole-body pattern scans in the subject index (subject.py).

Each says which pattern or count it stands for; tests/extract/test_fast_scans.py holds each equal to it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _compiler, _constants as _c, _parser
from typing import Callable, Iterable

from .occurrences import every_start, occurrences

_FIRST_NAME_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_BOUNDARY = re.compile(r"\b")


def first_names_before(surname: str, body: str) -> list[str]:
    r"""re.findall(r"\b([A-Z][a-z’'\-]+) " + re.escape(surname) + r"\b", body), read back from each place the
    surname stands rather than tried at every capital letter of the body."""
    forms, end, target = [], 0, " " + surname
    at = body.find(target)
    while at != -1:
        tail = at
        while tail > 0 and body[tail - 1] in _FIRST_NAME_TAIL:
            tail -= 1
        first, after = tail - 1, at + len(target)  # the capital, and the end of the surname
        if end <= first < tail < at and "A" <= body[first] <= "Z" and _BOUNDARY.match(body, first) \
                and _BOUNDARY.match(body, after):
            forms.append(body[first:at])
            end = after
        at = body.find(target, at + 1)
    return forms


def word_before(text: str, at: int) -> int | None:
    """Where the run of word characters that white space separates from `at` starts, if there is one."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start if start < end < at else None


def words_back(body: str, at: int, n: int) -> int:
    """Where the n-th run of non-space characters before `at` starts."""
    for _ in range(n):
        while at > 0 and body[at - 1].isspace():
            at -= 1
        while at > 0 and not body[at - 1].isspace():
            at -= 1
    return at


class CountedWhenAsked:
    """A count per word, made when the word is first asked for: the index is asked about a handful of names, and
    counting for every word of the body (all its words, all its speech verbs) cost a fifth of understanding."""

    def __init__(self, body: str, count: Callable[[str, str], int]):
        self.body, self.count = body, count
        self.counts: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        if word not in self.counts:
            self.counts[word] = self.count(self.body, word)
        return self.counts[word]


def stands_after(text: str, word: str, marks: str | tuple[str, ...]) -> bool:
    """any(mark + word in text for mark in marks) for single-character marks: read at the places `word` stands (the
    ones the subject's other tests of a name read too), rather than one search of the text per mark."""
    return any(at and text[at - 1] in marks for at in occurrences(text, word))


def space_before(body: str, at: int) -> int:
    """Where the white space that ends at `at` starts."""
    while at > 0 and body[at - 1].isspace():
        at -= 1
    return at


def match_starts(rx: re.Pattern, text: str) -> list[int]:
    """Every place in `text` where `rx` matches, overlapping ones too (finditer skips those inside a match)."""
    starts = []
    m = rx.search(text)
    while m:
        starts.append(m.start())
        m = rx.search(text, m.start() + 1)
    return starts


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every place in `text` where one of `literals` starts, in order (overlapping ones too). For a long list most
    texts hold none of: one search led by the literals' rare letters says so, where a find per literal reads the
    text once for each."""
    return _starts(text, literals) if _any_of(literals).search(text) else []


def _starts(text: str, literals: Iterable[str]) -> list[int]:
    return sorted(at for literal in literals for at in every_start(text, literal))


@lru_cache(maxsize=8)
def _any_of(literals: tuple[str, ...]) -> re.Pattern:
    from .when import any_literal  # when.py reads its own patterns with this module's help
    return re.compile(any_literal(literals))


def findall_led(rx: re.Pattern, text: str, leads: Iterable[str]) -> list:
    """rx.findall(text) for a pattern every match of which starts with one of the literals `leads` and is never
    empty, tried only where those start: a scan of the whole body tries the pattern at every letter it may open on."""
    found, pos = [], 0
    for at in _starts(text, leads):  # a few short words: a find each
        if at < pos:
            continue
        m = rx.match(text, at)
        if m:
            found.append(m.group(rx.groups and 1) if rx.groups <= 1 else m.groups())
            pos = m.end()
    return found


def led_by_first(source: str, flags: int = 0) -> re.Pattern:
    """The pattern `source`, opened by a look-ahead at the characters a match of it can start with.

    An alternation whose branches start with different letters, or a pattern opening with `\\b`, is tried by the
    engine at every character; a leading class lets it skip to where a match can start (times 2 to 4 faster on
    prose). The class is read off the parsed pattern, so it stays right as the pattern changes; a pattern it cannot
    read (one that may match empty, or opens on `.` or a negated class) is compiled as it is.

    A pattern with no group to capture, every match of which opens on a literal (after `\\b` or not), is instead
    written as one alternative per first character (`by_first_character`): the engine, which tries every branch of
    an alternation at every letter a look-ahead lets through, then skips straight to those characters and tries
    only what opens with each (2-3 times faster again on the air-date pre-tests). One the engine skips ahead in as
    written is compiled as written: a look-ahead before it has the engine try it at every character again."""
    try:
        parsed = _parser.parse(source, flags)
        firsts, nullable, skips = *opening_members(parsed.data, flags), _skips_ahead(parsed)
        grouped = by_first_character(parsed, flags)
    except (re.error, TypeError, ValueError):
        firsts, nullable, grouped, skips = None, True, None, False
    if grouped is not None:
        rx = re.compile(grouped, flags & ~re.IGNORECASE)  # each alternative keeps re.I for itself
    elif firsts is None or nullable or skips:
        rx = re.compile(source, flags)
    else:
        rx = re.compile("(?=[" + "".join(sorted(firsts)) + "])(?:" + source + ")", flags)
    _READ_FROM[rx.pattern] = (source, flags)
    return rx


def _skips_ahead(parsed) -> bool:
    """Whether the engine reads a literal or a set of first characters off the pattern's opening, to skip to."""
    flags = parsed.state.flags
    return bool(_compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags))


# What each pattern led_by_first wrote was written from (filled as modules define their patterns, so no larger
# than their number): tests hold each to its source, and a reader can see what a rewritten pattern says.
_READ_FROM: dict[str, tuple[str, int]] = {}


def is_led(rx: re.Pattern) -> bool:
    """Whether led_by_first wrote `rx`."""
    return rx.pattern in _READ_FROM


def read_from(rx: re.Pattern) -> tuple[str, int]:
    """The source and flags led_by_first wrote `rx` from."""
    return _READ_FROM[rx.pattern]


def by_first_character(parsed, flags: int) -> str | None:
    """The parsed pattern as one alternation led by literals, the alternatives opening on each character in the
    order the pattern tries them (the others fail on that character), so it finds the same matches; None when it
    has a group (the order of groups would change) or an opening that is not a literal or a class of literals,
    with a word boundary before it or not.

    The engine skips to the characters an alternation of literal-led branches opens with (`_compile_info`), and
    at each one tries its branches, each failing at once on a first literal that differs. A boundary before the
    first character is checked after it (`\\bwe` is `w(?<!\\ww)e`); under re.I each case of the first character
    opens its own alternatives (`W`, `w`), and the rest keeps re.I for itself."""
    if parsed.state.groups > 1 or parsed.state.flags & ~(flags | re.UNICODE) or flags & ~_KEPT_FLAGS:
        return None  # a group, a flag set inside the pattern for all of it, or one the alternatives cannot keep
    ignore_case = bool(flags & re.IGNORECASE)
    openings = _openings(list(parsed.data), ignore_case)
    if openings is None or len(openings) > _MOST_OPENINGS:
        return None
    by_first: dict[str, list[str]] = {}
    for first, bounded, rest in openings:
        rest_source = _source(rest)
        by_first.setdefault(first, []).append(
            (_boundary_before(first) if bounded else "") +
            (f"(?i:{rest_source})" if ignore_case and rest_source else rest_source))
    if len(by_first) < 2:
        return None  # one first character: the engine already skips to it
    return "|".join(re.escape(first) + (alternatives[0] if len(alternatives) == 1 else
                                        "(?:" + "|".join(alternatives) + ")")
                    for first, alternatives in by_first.items())


def group_free(source: str, flags: int = 0) -> str:
    """`source` with its groups written as non-capturing ones: where it matches and how far are the same, so a test of
    whether it matches anywhere may be led by its first characters (`by_first_character` takes no groups). ValueError
    for what the writer cannot write back (a back-reference needs its group)."""
    return _source(_ungrouped(_parser.parse(source, flags).data))


def _ungrouped(items) -> list:
    out = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            av = (None, av[1], av[2], _ungrouped(av[3]))
        elif op is _c.BRANCH:
            av = (av[0], [_ungrouped(branch) for branch in av[1]])
        elif op in _REPEAT_SUFFIX:
            av = (av[0], av[1], _ungrouped(av[2]))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            av = (av[0], _ungrouped(av[1]))
        elif op is _c.ATOMIC_GROUP:
            av = _ungrouped(av)
        out.append((op, av))
    return out


_KEPT_FLAGS = re.UNICODE | re.MULTILINE | re.DOTALL | re.IGNORECASE  # what the written alternation keeps as it was
_MOST_OPENINGS = 500  # alternatives a pattern is multiplied out into, at most: past it, it is left as it is
# Every character re.I matches to each character a first literal may be (tests hold this to the engine's own
# matching over every code point): both cases of an ASCII letter, and the few others Unicode folds into one.
_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
_UNCASED = frozenset("’‘“”–—…«»")  # marks beyond ASCII a first literal may be, which have no case


def _cases(char: str) -> str | None:
    """The characters re.I lets a literal `char` match; None for one whose cases are not known here."""
    if char.isascii():
        return _FOLDS.get(char.lower(), char.lower() + char.upper()) if char.isalpha() else char
    return char if char in _UNCASED else None


def _boundary_before(char: str) -> str:
    """`\\b` before `char`, checked right after it: a word character must not follow one, another must."""
    return ("(?<!\\w" if re.match(r"\w", char) else "(?<=\\w") + re.escape(char) + ")"


def _openings(items: list, ignore_case: bool, bounded: bool = False) -> list[tuple[str, bool, list]] | None:
    """The parsed sequence `items` as alternatives in the order it tries them, each a first character, whether a
    word boundary stands before it, and the rest: alternations and classes of literals at the front are multiplied
    out (`(?:ab|c)d` is `abd|cd`, `[xy]z` is `xz|yz`, and under re.I `a` is `a` and `A`). None when it opens on
    anything else."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op is _c.AT and av is _c.AT_BOUNDARY:
        return _openings(rest, ignore_case, True)
    if op is _c.LITERAL or op is _c.IN and all(iop is _c.LITERAL for iop, _ in av):
        chars = [chr(av)] if op is _c.LITERAL else [chr(iav) for _, iav in av]
        cases = [_cases(char) if ignore_case else char for char in chars]
        if None in cases:
            return None
        # one character is read: which of them it is, the order of the alternatives does not matter
        return [(char, bounded, rest) for char in dict.fromkeys("".join(cases))]
    if op is _c.BRANCH:
        found = []
        for branch in av[1]:
            more = _openings(list(branch) + rest, ignore_case, bounded)
            if more is None or len(found) + len(more) > _MOST_OPENINGS:
                return None
            found += more
        return found
    if op is _c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _openings(list(av[3]) + rest, ignore_case, bounded)
    return None


_AT = {_c.AT_BEGINNING: "^", _c.AT_BEGINNING_STRING: r"\A", _c.AT_BOUNDARY: r"\b", _c.AT_NON_BOUNDARY: r"\B",
       _c.AT_END: "$", _c.AT_END_STRING: r"\Z"}
_FLAG_LETTERS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x", re.ASCII: "a"}
_REPEAT_SUFFIX = {_c.MAX_REPEAT: "", _c.MIN_REPEAT: "?", _c.POSSESSIVE_REPEAT: "+"}


def _source(items) -> str:
    """A parsed sequence written back as a pattern (only what a pattern without groups holds; ValueError else)."""
    return "".join(map(_item_source, items))


def _item_source(item) -> str:
    op, av = item
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        negate = av[:1] == [(_c.NEGATE, None)]
        members = [_member(iop, iav) for iop, iav in (av[1:] if negate else av)]
        if None in members:
            raise ValueError(f"a class member the writer does not know: {av}")
        return "[" + "^" * negate + "".join(members) + "]"
    if op is _c.AT and av in _AT:
        return _AT[av]
    if op is _c.BRANCH:
        return "(?:" + "|".join(map(_source, av[1])) + ")"
    if op is _c.SUBPATTERN and av[0] is None:
        if (av[1] | av[2]) & ~sum(_FLAG_LETTERS):
            raise ValueError(f"a scoped flag the writer does not know: {av[1] | av[2]}")
        on, off = ("".join(letter for flag, letter in _FLAG_LETTERS.items() if flags & flag) for flags in av[1:3])
        return "(?" + on + ("-" + off if off else "") + ":" + _source(av[3]) + ")"
    if op in _REPEAT_SUFFIX:
        low, high, inner = av
        return "(?:" + _source(inner) + "){" + str(low) + "," + ("" if high == _c.MAXREPEAT else str(high)) + "}" \
            + _REPEAT_SUFFIX[op]
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, inner = av
        return "(?" + "<" * (direction < 0) + ("=" if op is _c.ASSERT else "!") + _source(inner) + ")"
    if op is _c.ATOMIC_GROUP:
        return "(?>" + _source(av) + ")"
    raise ValueError(f"a pattern item the writer does not know: {op}")


_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w",
            _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S"}


def opening_members(items, flags: int) -> tuple[set[str] | None, bool]:
    """The class members a match of the parsed sequence `items` can start with (None: unknown), and whether it
    can match empty."""
    found: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # takes no character: the next item's come first
        if op is _c.LITERAL:
            return found | {re.escape(chr(av))}, False
        if op is _c.IN:
            members = [_member(iop, iav) for iop, iav in av]
            return (None, False) if None in members else (found | set(members), False)
        if op is _c.BRANCH:
            branches = [opening_members(branch, flags) for branch in av[1]]
            if any(f is None for f, _ in branches):
                return None, False
            found |= set().union(*(f for f, _ in branches))
            if not any(n for _, n in branches):
                return found, False
        elif op is _c.SUBPATTERN:
            inner, nullable = opening_members(av[3], flags | av[1])
            if inner is not None and av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                inner = either_case(inner)  # `(?i:…)` inside: its letters open a match in either case
            if inner is None:
                return None, False
            found |= inner
            if not nullable:
                return found, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inner, nullable = opening_members(av[2], flags)
            if inner is None:
                return None, False
            found |= inner
            if av[0] > 0 and not nullable:
                return found, False
        else:
            return None, False
    return found, True


def either_case(members: set[str]) -> set[str] | None:
    """Class members that are single characters, with every character re.I matches to each; None for a range or a
    category, or a character whose cases are not known here."""
    out: set[str] = set()
    for member in members:
        char = member[-1]
        if re.escape(char) != member:
            return None
        cases = _cases(char)
        if cases is None:
            return None
        out.update(map(re.escape, cases))
    return out


def _member(op, av) -> str | None:
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    return _CLASSES.get(av) if op is _c.CATEGORY else None
