"""Evidence that a run of capitalised words is not a person: a wire lead shouting in capitals, a character named
before "played by", a club's or a paper's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .occurrences import apart, occurrences
from .places import PLACE_NAMES
from .scan import CountedWhenAsked

# The last word of a newspaper, a network, a company or a building, never of a person's name ("Daily Variety",
# "Fox News", "American Museum", "Crime Lab").
INSTITUTION_WORDS = frozenset("""news times post daily weekly magazine journal tribune herald gazette network variety
reporter guide online channel radio television tv entertainment press chronicle digest studios pictures records
productions distribution distributors releasing media group inc corp company club museum mall lab laboratory center
centre hospital university college
school academy institute theater theatre hotel church festival awards ledger courier observer examiner
inquirer sentinel telegraph guardian bulletin
olympics games cup bowl championship championships marathon expo convention summit ceremony emmys oscars grammys
baftas globes""".split())  # the last lines: events ("the Winter Olympics", "the Super Bowl")
# The last word of a street's or a landscape's name, which soaps and dramas take as titles ("Marlowe Street",
# "Hollow Ridge") and few surnames are: a name ending on one is a place or a show, not a person.
PLACE_ENDINGS = frozenset("""street road avenue square terrace crescent boulevard ridge creek valley heights
springs harbour harbor cove canyon estate""".split())


_CAPS_SHARE = 0.6  # a paragraph this much in capitals is a wire story's shouted lead, not names in capitals


def in_mixed_case(paragraph: str) -> str:
    """A wire story's lead in capitals (`MIRANDA QUELCH, THE STAR OF…`) written as a name would be (`Miranda
    Quelch, The Star Of…`), so its names can be found; any other paragraph as it is."""
    sample = paragraph[:_CAPS_SAMPLE]
    capitals = sum(map(len, _CAPITALS.findall(sample)))  # counted by runs: a list of every letter costs more
    if capitals < _CAPS_SHARE * sum(map(len, _LETTERS.findall(sample))) or not capitals:
        return paragraph
    return re.sub(r"[A-Z][A-Z’'\-]+", lambda m: m.group().capitalize(), paragraph)


_CAPS_SAMPLE = 200  # characters enough to tell a shouted lead
_CAPITALS = re.compile(r"[A-Z]+")
_LETTERS = re.compile(r"[A-Za-z]+")


def played_by(body: str) -> frozenset[str]:
    """The names standing right before each "played by" (`Poor Martha, played by Alison Wright`): characters."""
    found: set[str] = set()
    for verb in _PLAYED_BY_WORDS:  # plain finds: most articles have none of them
        at = body.find(verb)
        while at != -1:
            before = _NAME_BEFORE.search(body, max(0, at - _NAME_REACH), at)
            if before:
                words = before.group(1).split()
                found.update(" ".join(words[i:]) for i in range(len(words) - 1))  # "Poor Martha" and "Martha …"
            at = body.find(verb, at + 1)
    return frozenset(found)


def actors_characters(body: str, spoken_by: CountedWhenAsked | None = None) -> frozenset[str]:
    """The names right after an actor's full name in the possessive (`William Okoro's Gil Brandt`,
    `Melinda Vance’s Lady Carrow`): the actor's character, as trade copy writes it. A show is named so too
    (`Doctor Who's Ida Penhallow`), so a name whose surname `spoken_by` counts as speaking is a person, not one."""
    found: set[str] = set()
    for mark in ("'s ", "’s "):  # plain finds: a pattern opening with a name is tried at every capital
        at = body.find(mark)
        while at != -1:
            named = _CHARACTER_AFTER.match(body, at + len(mark))  # first: most possessives ("it’s a") have none
            if named and _OWNER_BEFORE.search(body, max(0, at - _NAME_REACH), at) and \
                    not (spoken_by and spoken_by[named.group(1).split()[-1]]):
                found.add(named.group(1))
            at = body.find(mark, at + 1)
    return frozenset(found)


# "Okoro" of "William Okoro's": the owner must be a full name, so that "Netflix's Bill Marsh" names a person.
_OWNER_BEFORE = re.compile(r"(?<![\w’'])[A-Z][a-z][\w’'\-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'\-]*\Z")
_CHARACTER_AFTER = re.compile(r"((?:[A-Z][\w’'\-]*\s+){1,2}[A-Z][\w’'\-]*)(?![\w’'])")
_PLAYED_BY_WORDS = ("played by", "portrayed by", "voiced by")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*),?\s+\Z")
_NAME_REACH = 80  # characters before "played by" searched for the character's name


def only_in_institutions(name: str, body: str) -> bool:
    """Every time the body writes `name` as whole words, it goes on with the last word of a paper, a club or a
    building, or follows "the" as a place's name does ("the Kessler Black Box"; plain finds: a pattern per
    candidate name would be compiled for every name of every article)."""
    seen = False
    for at in occurrences(body, name):
        end = at + len(name)
        if end == len(body) or not (body[end].isalnum() or body[end] in "’'"):
            nxt = _NEXT_WORD.match(body, end)
            if (not nxt or nxt.group(1).lower() not in INSTITUTION_WORDS) and not _THE_BEFORE.search(body, max(0, at - _THE_REACH), at):
                return False
            seen = True
    return seen


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w’'.]*[ \t]+)?\Z")  # "the Kessler ", "the ": a thing's name follows
_THE_REACH = 30  # characters before a name searched for its "the"


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def a_place(words: Sequence[str]) -> bool:
    """Whether a run of capitalised words is a place's name ("Hong Kong", "Upper West Side", "East London"): made
    of the cities and countries the air-date tables know, the places below, and words places are named with; a
    person's name may hold one ("Sydney Vance")."""
    first = words[0].lower().strip(".")
    if first not in _PLACE_PARTS and first not in _PLACES_BY_FIRST_WORD:
        return False  # most runs: a person's first name (asked first: the check runs on every run of capitals)
    return _made_of_places(tuple(w.lower().strip(".") for w in words), 0)


def _made_of_places(words: tuple[str, ...], at: int) -> bool:
    if at == len(words):
        return True
    if words[at] in _PLACE_PARTS and _made_of_places(words, at + 1):
        return True
    return any(words[at:at + len(name)] == name and _made_of_places(words, at + len(name))
               for name in _PLACES_BY_FIRST_WORD.get(words[at], ()))


# Words places are named with, around a place's name or alone ("Upper West Side", "Cape Town", "North London").
_PLACE_PARTS = frozenset("""new city county street avenue park island beach hills valley lake river north south east
west upper lower central side heights village square bay harbor harbour port coast borough district end point springs
falls midtown downtown uptown cape town
latin middle caribbean scandinavia oceania pacific atlantic nordic baltic southern northern eastern western""".split())
# Places that are no local station's city and no country a schedule names its viewers in (places.py has those).
_OTHER_PLACES = """Africa|America|Asia|Europe|United States|Canada|Mexico|Brazil|Cuba|Jamaica|Rio|Rio de Janeiro|
São Paulo|Sao Paulo|Buenos Aires|Alaska|California|Florida|Hawaii|Texas|Jersey|York|Bronx|Queens|Bristol|Amsterdam|
Athens|Barcelona|Belgium|Berlin|Brussels|Budapest|Copenhagen|Greece|Hamburg|Helsinki|Istanbul|Lisbon|Madrid|Milan|
Moscow|Munich|Naples|Oslo|Paris|Poland|Prague|Rome|Russia|Stockholm|Vienna|Warsaw|Zurich|Beijing|Busan|China|
Kowloon|Kyoto|Osaka|Seoul|Shanghai|Taipei|Tokyo|Abuja|Accra|Cairo|Egypt|Ghana|Johannesburg|Kenya|Lagos|Nairobi"""


def _by_first_word(names: set[str]) -> dict[str, list[tuple[str, ...]]]:
    """Each name's words in lower case, listed under its first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names):
        words = tuple(w.lower().strip(".") for w in name.split())
        out.setdefault(words[0], []).append(words)
    return out


_PLACES_BY_FIRST_WORD = _by_first_word(PLACE_NAMES | set(_OTHER_PLACES.replace("\n", "").split("|")))


# Offices papers put before a name ("City Council Member Ada Ruiz", "State Senator Dan Okoro", "President Voss").
OFFICES = frozenset("""President Senator Sen. Governor Gov. Mayor Judge Justice Representative Rep. Congressman
Congresswoman Councilman Councilwoman Councillor Councilor Member Assemblyman Assemblywoman Secretary Ambassador
Sheriff Detective Officer Sergeant Sgt. Captain Capt. Professor Coach General Minister Commissioner Chancellor
Advocate""".split())


def without_office(name: str) -> str:
    """`Council Member Ada Ruiz` -> `Ada Ruiz`: the words up to the last office before the name dropped."""
    words = name.split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w in OFFICES), default=0)
    return " ".join(words[cut:]) if cut else name


def named_without_office(name: str) -> str:
    """`State Senator Dan Okoro` -> `Dan Okoro`; but `President Voss`, with only a surname left, stays whole: it is
    how the piece names him."""
    bare = without_office(name)
    return bare if " " in bare else name


def a_thing(name: str, body: str) -> bool:
    """Every time the body writes `name` whole (twice or more), "the" stands before it, with an adjective or two
    between ("the mysterious Harrow Queen"): a thing, a place or a title character, not a person interviewed."""
    at = apart(body, name) if name else []  # plain finds: the name's pattern was compiled per name
    return len(at) >= _HABIT_MENTIONS and all(_THE_HABIT.search(body, max(0, a - _HABIT_REACH), a) for a in at)


_THE_HABIT = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}\Z")
_HABIT_MENTIONS, _HABIT_REACH = 2, 40  # mentions that make a habit; characters before one searched for its "the"


def cast_in(name: str, body: str) -> bool:
    """`plays Dot in *Moon Bakers*`, `starred in _Moon Bakers_`: the name in italics is the work someone is in."""
    if f"*{name}" not in body and f"_{name}" not in body:
        return False  # the name is in no italics: no pattern compiled for it
    return re.search(_CAST_IN + r"[*_]{1,2}" + re.escape(name) + r"[*_]{1,2}", body) is not None


_CAST_IN = r"\b(?:plays|played|playing|stars|starred|starring|appears|appeared|role)\b[^.!?\n]{0,60}?\bin\s+"
