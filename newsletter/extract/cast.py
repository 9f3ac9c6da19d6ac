"""Who is who in an interview: labels and mentions resolved to full names."""

from __future__ import annotations

import re
from functools import lru_cache

from .name_words import AFTER_CAPITAL, LOWER, NAME_WORD, UPPER, name_after
from .nicknames import nicknamed
from .handles import CAPS_NAME, initialled_in, name_letters, spelled_in
from .not_names import OFFICES, a_place, named_without_office
from .scan import led_by_first
from .words import COMMON_WORDS, edit_distance_at_most_one, whole_word_pattern, word_led

_NON_WORD = re.compile(r"[^\w\s&+]")
_PARTICLES = {"de", "van", "von", "da", "la", "le", "del", "di", "of", "the", "and", "&"}
# Names and labels repeat through an article (every turn's label is matched against every person), and these
# are pure functions of their strings: remembering recent answers makes resolving a long transcript cheap.
_REMEMBERED = 8192


@lru_cache(maxsize=_REMEMBERED)
def norm(name: str) -> str:
    """Lower case, no punctuation, single spaces: the form names are compared in."""
    return " ".join(_NON_WORD.sub("", name.replace("’", "'")).lower().split())


def display_name(label: str) -> str:
    """How a label is shown as a name: `JORJA FOX` -> `Jorja Fox`; acronyms like `ET` stay."""
    label = " ".join(label.split()).strip(" .")
    words = label.split()
    if label.isupper() and any(len(w) > 3 for w in words):
        return " ".join((w.lower() if i else w.capitalize()) if w.lower() in _PARTICLE_WORDS else
                        w if len(w) <= 2 else _capitalized(w) for i, w in enumerate(words))
    return label


def _capitalized(word: str) -> str:
    """`BRENNAN-MOSS` -> `Brennan-Moss`, `O'NEIL` -> `O'Neil`: each part of a word after a hyphen or apostrophe."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


@lru_cache(maxsize=_REMEMBERED)
def initials(name: str) -> str:
    return "".join(w[0] for w in norm(name).split() if w not in _PARTICLES)


def _initials_by_part(name: str) -> str:
    """`mvt` for Marcus Velasquez-Thorne: each part of a double-barrelled name has its own initial."""
    return "".join(w[0] for w in re.split(r"[\s\-‐]+", name.lower()) if w and norm(w) not in _PARTICLES)


@lru_cache(maxsize=_REMEMBERED)
def match_strength(label: str, name: str) -> int:
    """How surely `label` stands for `name`: 3 exact, 2 initials/surname/first name, 1 short form, 0 no."""
    lab, full = norm(label), norm(name)
    if not lab or not full:
        return 0
    if lab == full:
        return 3
    if " " in lab and lab.split(" ", 1)[0] in _HONORIFIC_WORDS:
        lab = lab.split(" ", 1)[1]  # "Ms Lindgren-Obi:", "Dr. Ellis": the surname with its title
    words = full.split()
    if len(words) > 1:
        if lab in (words[-1], words[0]) or (len(lab) >= 2 and lab in (initials(name), _initials_by_part(name))):
            return 2
        if " " in lab and full.endswith(" " + lab) and lab.split()[0] in _PARTICLE_WORDS:
            return 2  # "DE LA FUENTE" for Mercedes de la Fuente: a surname with its particles
        if len(lab.split()) == 2 and len(words) == 3 and full.endswith(" " + lab) and words[0] not in NOT_NAME_WORDS:
            return 2  # "Wei Lin" for Tan Wei Lin: the given name of a name written surname first
        if full.startswith(lab + " ") or len(words) > 2 and " " not in lab and lab in words[1:-1]:
            return 1  # "Qistina" of Nur Qistina Adlina Hamdan: a given name a long name's bearer goes by
        if _first_and_initials(label, name):
            return 2  # "Tomasz W-H": a phone's contact name, the first name and the surname's initials
    return 0


_MIN_PET_NAME = 3  # letters: "Dom", "Kat", "Chris"; two ("Al", "Jo") would match too many first names
_SURNAME_INITIALS = re.compile(r"(?:[^\W\d_]\.?[ \t]*[\-‐]?[ \t]*){1,3}\Z")  # "W-H", "W.H.", "WH", "W."


def _first_and_initials(label: str, name: str) -> bool:
    """`Tomasz W-H` for Tomasz Wierzbicki-Hart, `Ana R.` for Ana Ruiz: the first name in full, then one initial for
    each part of the surname (or one for the whole), as a messenger shows a contact."""
    first, _, rest = label.strip().partition(" ")
    words = name.split()
    if not rest or not _SURNAME_INITIALS.match(rest.strip()) or norm(first) != norm(words[0]):
        return False
    letters = [c.lower() for c in rest if c.isalpha()]
    parts = [w for w in re.split(r"[\s\-‐]+", " ".join(words[1:])) if w and norm(w) not in _PARTICLES]
    return letters in ([w[0].lower() for w in parts], [parts[0][0].lower()] if parts else [])


class Cast:
    """The people (and outlets) of one interview, in order of first appearance."""

    def __init__(self, known: list[str] | None = None, context: str = ""):
        self.names: list[str] = []
        self.context = context  # title and lead: where full names of short labels are found
        for name in known or []:
            self.add(name)

    def add(self, name: str) -> str:
        name = named_without_office(name) if name else name  # "State Senator Dan Okoro": the office is no name
        longer = next((n for n in self.names if norm(n).startswith(norm(name) + " ")), None) if name else None
        if longer and " " in name:
            return longer  # "Nur Qistina" of Nur Qistina Adlina Hamdan: the name cut short, not someone else
        if name and all(norm(n) != norm(name) for n in self.names):
            self.names.append(name)
        return name

    def find(self, label: str, avoid: str | None = None) -> str | None:
        """The known name `label` stands for, preferring someone other than `avoid` when ambiguous."""
        key = (label, avoid, len(self.names))  # asked again and again; names are only added: one size, one cast
        found = self.__dict__.setdefault("_found", {})
        if key not in found:
            found[key] = self._find(label, avoid)
        return found[key]

    def _find(self, label: str, avoid: str | None) -> str | None:
        scored = [(match_strength(label, n), n) for n in self.names]
        best = max((s for s, _ in scored), default=0)
        if best == 0:
            return None
        top = [n for s, n in scored if s == best]
        if len(top) > 1 and avoid in top:
            top.remove(avoid)
        return top[0]

    def resolve(self, label: str, avoid: str | None = None) -> str:
        """The full name for a label, registering a new person when it is unknown."""
        found = self.find(label, avoid)
        if found:
            return found
        named = self.named_in_context(label)
        if named:
            return self.add(named)
        return self.add(self._expand(display_name(label)))

    def _capitals(self) -> list[str]:
        """The names the title and lead write in capitals, as names (read once: the context does not change)."""
        if "_capital_names" not in self.__dict__:
            self.__dict__["_capital_names"] = [display_name(n) for n in CAPS_NAME.findall(self.context)]
        return self.__dict__["_capital_names"]

    def named_in_context(self, label: str) -> str | None:
        """The full name the title or lead gives for a label: by surname, first name, initials (`J.F.`),
        or a one-letter misspelling (`Jorga Fox`, `KAYO` for `Kao`)."""
        people = self.__dict__.get("_people")
        if people is None:  # read once: the context does not change, and a long Q&A resolves many labels
            people = self.__dict__["_people"] = people_named(self.context)
        scored = [(match_strength(label, p), p) for p in people]
        best = max((sc for sc, _ in scored), default=0)
        if best >= 2:
            return _unglued([p for sc, p in scored if sc == best])
        if not any(c.isspace() for c in label):  # "u/TobyAnsell_Official", "ines_roe": a handle spelling a name
            handled = [p for p in people if spelled_in(p, [name_letters(label)])]
            if len(handled) == 1:
                return handled[0]
            # "DOM" for Dominic Achterberg-Wray: the first name cut short, as fans and friends say it
            short, capitals = norm(label), self._capitals()
            cut = [p for p in people + capitals if len(short) >= _MIN_PET_NAME and norm(p).startswith(short) and " " in p]
            shortest = norm(min(cut, key=len, default="")).split()
            if cut and all(norm(p).split()[0] == shortest[0] and shortest[-1] in norm(p).split() for p in cut):
                return min(cut, key=len)  # one person, with or without the middle name a fact file adds
            initialled = initialled_in(label, people + capitals)
            if initialled:
                return initialled
        lab = norm(display_name(label)).split()
        for person in people:
            words = norm(person).split()
            if len(lab) == len(words) and all(edit_distance_at_most_one(a, b) for a, b in zip(lab, words)) \
                    and sum(a != b for a, b in zip(lab, words)) == 1 and min(map(len, lab)) >= 3:
                return person
            if len(lab) == 1 and len(lab[0]) >= 4 and (edit_distance_at_most_one(lab[0], words[-1]) or
                                                        edit_distance_at_most_one(lab[0], words[0])):
                return person  # `Holis:` for Hollis, as `KAYO` for Kao
        return None

    def _expand(self, name: str) -> str:
        # A first label of just a surname ("FOX:") gets the full name the lead gives.
        return self.expand(name, self.context)

    def expand_cached(self, name: str, text: str) -> str:
        """`expand`, remembered per name: a long article names the same people many times."""
        cache = self.__dict__.setdefault("_expanded", {})
        if name not in cache:
            cache[name] = self.expand(name, text)
        return cache[name]

    def first_in_full(self, word: str, text: str) -> tuple[int, str] | None:
        """Where `text` first writes `word` after the first names that go with it ("your scenes with Greta
        Solvang"), and that full name; remembered per word, so asking for each paragraph of a long article stays
        linear."""
        cache = self.__dict__.setdefault("_in_full", {})
        if word not in cache:
            m = _words_before(word, text)
            cache[word] = (m.end(), Cast.expand(word, text[:m.end() + len(word)])) if m else None
        return cache[word]

    @staticmethod
    def expand(name: str, text: str) -> str:
        """`Pruitt` -> `Walt Pruitt` when `text` names them in full."""
        if " " in name or not text:
            return name
        written = name.capitalize() if name.isupper() else name
        nick = nicknamed(written, text)
        if nick:  # Pimchanok "Mint" Charoenwong, Earvin "Magic" Johnson: the name the nickname sits in
            return f"{nick[0]} {nick[1]}"
        m = _words_before(written, text)
        before = m.group(1).split() if m else []
        if before and _POSSESSIVE.search(before[0]):
            before = before[1:]  # "Nikita's Melinda Clarke": a show's possessive, then the person
        if before and before[0] not in ("The", "A", "Her", "His", "Their", "Our", "My") and \
                before[0].lower() not in NOT_NAME_WORDS and before[-1] not in OFFICES:
            return f"{' '.join(before)} {written}"
        if len(before) == 2:
            return f"{before[1]} {written}"
        after = name_after(written, text)
        if after:  # a first name ("Jorja:") that the lead gives in full ("Jorja Fox")
            return f"{written} {after.group(1)}"
        upper = written.upper()
        if upper not in text:
            return name  # both patterns below hold the name in capitals: none compiled for the many it is not in
        caps = re.search(r"\b([A-Z][A-Z’'\-]+)\s+" + re.escape(upper) + r"\b", text)
        if caps and caps.group(1).lower() not in NOT_NAME_WORDS and caps.group(1).lower() not in COMMON_WORDS:
            return f"{caps.group(1).capitalize()} {written}"  # a wire story's "BERNARD OAKES, THE STAR OF…"
        caps = re.search(word_led(upper) + r"\s+([A-Z][A-Z’'\-]*[A-Z])\b(?![ \t]+[A-Z])", text)
        if caps and caps.group(1).lower() not in NOT_NAME_WORDS and caps.group(1).lower() not in COMMON_WORDS:
            return f"{written} {_capitalized(caps.group(1))}"  # a tape's caption "SUPER: JUNO ABERNATHY-KWAME"
        return name


def _unglued(names: list[str]) -> str:
    """The first of equally good names, or the full name a longer one ends in: a title in title case glues a
    place and a trade to the name (`Lawrenceville Baker Rosaura Dunkley`) that the lede writes bare."""
    first = names[0]
    if len(names) > 1:
        bare = [n for n in names[1:] if " " in n and first.endswith(" " + n) and first.count(" ") - n.count(" ") >= 2]
        if bare:
            return bare[0]
    return first


def _words_before(written: str, text: str) -> re.Match | None:
    """The one or two name words right before the first whole-word `written` in `text` that has any: plain finds
    and one pattern compiled once, since a pattern per name would be compiled for every label of every article."""
    at = text.find(written)
    while at != -1:
        end = at + len(written)
        if (end == len(text) or not (text[end].isalnum() or text[end] == "_")) and at > 0:
            m = _NAME_WORDS_BEFORE.search(text, max(0, at - _NAME_REACH), at)
            if m:
                return m
        at = text.find(written, at + 1)
    return None


# A speaker as a sentence names them: one to three capitalised words, not a sentence's first word ("The", "When").
SPEAKER_NAME = rf"(?!(?:The|But|And|So|When|As|Then|In|On|It|Its|Her|His|Their|Our|My|This|That|If|Now|Still|Yet|For|With|Asked|Pressed|Speaking|Talking|Looking|Recalling)\b)(?:Ó\s+)?[{UPPER}][\w’'\-]+(?:\s+(?:Ó\s+)?[{UPPER}][\w’'\-]+){{0,2}}"
# "Anthony E. Zuiker": a middle initial between the first name and the surname is part of the name
_NAME_WORDS_BEFORE = re.compile(rf"(?<![\w’'\-])((?:{NAME_WORD}\s+){{1,2}}(?:[{UPPER}]\.\s+)?)\Z")
_NAME_REACH = 80  # characters before a surname searched for the first names that go with it
_PARTICLE_WORDS = ("de", "van", "von", "da", "del", "della", "di", "du", "des", "dos", "der", "le", "la")
# A run of capitalised words (with middle initials and name particles), the raw material of a person's name.
# Its first word (a NAME_WORD or an initial) opens on the capital it reads first, the character before that checked
# behind it: the engine skips to the capitals, where a look-behind first has it try every character.
_CAP_RUN = led_by_first(rf"[{UPPER}](?<![\w’'.].)(?:(?=[{UPPER}’'\-]*[{LOWER}]){AFTER_CAPITAL}|\.)"
                        rf"(?:[ \t]+(?:{NAME_WORD}|[{UPPER}]\.|(?:{'|'.join(_PARTICLE_WORDS)}|Ó)\b)){{1,12}}")
# "Ó" of Pádraig Ó Laoghaire: the Irish particle is one capital letter and no full stop
_POSSESSIVE = re.compile(r"[’']s?\Z")
_POSSESSIVE_ENDS = ("’", "'", "’s", "'s")  # what a text ends with where _POSSESSIVE finds something: no search run
# Words that start or end a capitalised run in a headline but never belong to a name.
NOBODY_IN_PARTICULAR = frozenset("somebody someone everybody everyone nobody anybody anyone".split())
# What a headline in title case has its subject do, capitalised right after the name ("Lena Voss Reveals Why…",
# "(Plus: Lena Voss Answers Our Questions)"): the end of the name, never a surname.
HEADLINE_VERBS = frozenset("""reveals answers shares admits confesses discusses explains recalls remembers teases
spills dishes opens addresses responds reflects previews unpacks describes details insists jokes gushes hints
confirms announces defends denies speaks weighs breaks looks
goes gets heads joins leaves steps takes makes signs lands""".split())  # and a move's ("… Goes Back To Nights")
NOT_NAME_WORDS = frozenset("""with and on the of in at for to from about by as talks talk says tells chats
interview interviews exclusive meet meets why how what who when where is are was actor actress director
host hosts creator creators showrunner producer season episode finale premiere series show movie film new our your
five minutes minute q a part one two three mr mrs ms miss mx dr prof chief sir dame dear hello hi welcome please
thanks thank
co-star costar co-stars co-creator co-host co-writer co-producer writer comedian singer narrator
moderator panelist panellist presenter anchor reporter
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december tonight today tomorrow yesterday
but so yet still now then while if although though after before since because meanwhile also even just only
here there""".split()) | NOBODY_IN_PARTICULAR | HEADLINE_VERBS  # the last two lines: a sentence's first word
# before a surname ("But Mendelsohn says"); and words that name nobody ("Somebody asked her…")

_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DATE_GOES_ON = re.compile(r"\.|[ \t]+\d")


# Common words that are also first names, so they do not break a run of capitalised words.
_NAME_LIKE = frozenset({"will", "may", "mark", "rose", "grace", "bill", "ray", "art", "guy", "pat", "don", "joy",
                        "june", "hope", "star", "dawn", "faith", "sky", "summer", "rich", "jack", "frank"})


def people_named(text: str) -> list[str]:
    """Every distinct full name (two to four capitalised words) in `text`, in order of first appearance.

    A run of capitalised words is cut at possessives (`Breaking Bad's Jonathan Banks` -> `Jonathan Banks`)
    and at headline words (`Five Minutes With David Duchovny` -> `David Duchovny`). Places are not people.
    """
    seen: dict[str, None] = {}
    for m in _CAP_RUN.finditer(text):
        segment: list[str] = []
        words = m.group(0).split()
        if words[-1].endswith(_POSSESSIVE_ENDS):  # "Jorja Fox’s role": the person's own; "Bad's Jonathan Banks" is not
            words[-1] = _POSSESSIVE.sub("", words[-1])
        if words[-1].lower() in _MONTH_ABBREVIATIONS and _DATE_GOES_ON.match(text, m.end()):
            words.pop()  # "Bakersfield Jan. 13": a date, not a surname
        for k, word in enumerate([*words, None]):
            if word is not None and not segment and word.lower() in _MONTH_NAMES and k + 2 == len(words):
                segment.append(word)  # "June Okwuosa-Blake": a month's name is a first name before a surname alone
            elif word is None or _breaks_name(word):
                if 2 <= len(segment) <= 4 and not segment[-1].endswith(".") and not a_place(segment):
                    seen.setdefault(" ".join(segment), None)
                segment = []
            else:
                segment.append(word)
    return list(seen)


_MONTH_NAMES = frozenset("april may june august".split())  # months that are also women's first names


def _breaks_name(word: str) -> bool:
    low = word.lower().strip(".")
    return low in NOT_NAME_WORDS or (low in COMMON_WORDS and low not in _NAME_LIKE) or \
        word.endswith(_POSSESSIVE_ENDS) or low in _I_CONTRACTED


# "I'm Toby Ansell, AMA": the speaker, not part of a name
_I_CONTRACTED = frozenset("i" + mark + ending for mark in "'’" for ending in ("m", "d", "ve", "ll"))


@lru_cache(maxsize=_REMEMBERED)
def short_form(name: str, body: str) -> str:
    """The word an article calls a person by after naming them in full: the surname, or the first word of a name
    written family name first ("Han" of Han Seo-yeon), when the article never uses the last word on its own and
    uses the first at least twice."""
    words = name.split()
    if len(words) < 2 or not body:
        return words[-1] if words else name
    first, last = words[0], words[-1]
    if not (first[:1].isupper() and first[1:2].islower()) or first.lower() in COMMON_WORDS:
        return last  # "The Long Take", "TV Guide": an outlet's first word is nobody's name
    # The surname alone, not after a first name: hers, or another's of the same family ("Tobi Okafor-Lund" beside
    # "Adaeze Okafor-Lund", whom the article then calls by their first names)
    # "Yun-seul-ssi": a given name with a suffix of address is how someone speaks to her, not what the article calls her
    alone_last = sum(1 for m in whole_word_pattern(last).finditer(body)
                     if body[m.end():m.end() + 1] != "-" and not _after_first_name(body, m.start()))
    if alone_last:
        return last
    alone_first = sum(1 for m in whole_word_pattern(first).finditer(body) if not body.startswith(words[1], m.end() + 1))
    return first if alone_first >= _SHORT_FORM_USES else last


def _after_first_name(body: str, at: int) -> bool:
    """Whether a capitalised word that is not an everyday one or a title (`Ms Voss`) stands right before `at`."""
    m = _WORD_BEFORE.search(body, max(0, at - _NAME_REACH), at)
    return m is not None and m.group(1).lower() not in COMMON_WORDS and m.group(1) not in HONORIFICS


# Titles papers put before a surname ("said Ms Voss", "Dr Okafor"): a person's title, never their first name.
HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lady Lord Madam".split())
_HONORIFIC_WORDS = frozenset(norm(h) for h in HONORIFICS)


_WORD_BEFORE = led_by_first(rf"(?<![\w’'\-])({NAME_WORD})[ \t]+\Z")
_SHORT_FORM_USES = 2  # uses of a first word alone that make it what the article calls someone


def last_mention(text: str, cast: Cast, last: str | None) -> str | None:
    """The person named last in `text` (known people only), else `last`."""
    best_pos = -1
    for name in cast.names:
        for form in {name, name.split()[-1]}:
            if form not in text:
                continue  # every match holds the word itself
            for m in whole_word_pattern(form).finditer(text):
                if m.start() > best_pos:
                    best_pos, last = m.start(), name
    return last
