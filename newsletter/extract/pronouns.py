"""Whom a pronoun stands for: the gender the article itself gives each person, and the people a paragraph names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .cast import SPEAKER_NAME, Cast, short_form
from .literals import finditer_each
from .quote_spans import holds_speech
from .scan import led_by_first
from .sentences import last_sentence
from .words import SPEECH_VERBS, whole_word_pattern

OUTSIDE_QUOTES = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_QUOTED_STRETCHES = tuple(re.compile(alternative) for alternative in OUTSIDE_QUOTES.pattern.split("|"))
ROLE_NOUNS = r"(?:(?:co-?)?(?:actress|actor|star|actor-director|performer|comedian|director|producer|showrunner|" \
             r"host|creator|writer|singer|filmmaker|executive producer|president|executive|chairman|chairwoman|" \
             r"spokesman|spokeswoman|spokesperson|publicist|representative|manager|agent|" \
             r"heartthrob|galã|leading man|leading lady|starlet|ingénue|thespian))"  # co-star, co-host…
# The people a subject has by relation ("her mother", "his coach"): someone else, whose words are their own.
KIN = r"(?:mother|father|mum|mom|dad|sister|brother|son|daughter|wife|husband|partner|fianc[ée]e?|friend|aunt|uncle|" \
      r"cousin|grandmother|grandfather|niece|nephew|sibling|twin|colleague|boss|coach|mentor|teacher)"
LEADING_CLAUSE = r"[A-Z][^,.!?“”\"\n]{0,79},\s+"  # "Asked whether she would miss it, she was brisk:"
_GENDERED = led_by_first(r"\b(?:(she|her|hers|herself)|(he|him|his|himself))\b", re.I)
_GENDERS_KEPT = 64  # one per article of a week's run, asked for each quote paragraph of its article
_GENDER_WINDOW = 160  # characters after a mention where the pronoun that refers to that person usually falls
_GENDER_MENTIONS = 40  # enough mentions to tell, and a bound on the work for a long article


_OPENING_PRONOUN = re.compile(r"\s*(?:(She)|He)\b")


def pronoun_for(before: str, subject: str, body: str) -> bool:
    """The sentence opens on the pronoun the article gives the subject: "She learned the drums, “but I…”"."""
    m = _OPENING_PRONOUN.match(before)
    return m is not None and gender_in(subject, body) == ("f" if m.group(1) else "m")


@lru_cache(maxsize=1)
def _unquoted(body: str) -> str:
    """The body with quoted words blanked (same length), made once however many people need it."""
    pieces, end = [], 0
    for q in finditer_each(_QUOTED_STRETCHES, body):  # OUTSIDE_QUOTES.sub, each mark skipped to on its own
        pieces += (body[end:q.start()], " " * (q.end() - q.start()))
        end = q.end()
    return "".join(pieces) + body[end:]


def gender_in(name: str, body: str) -> str | None:
    """The gender the article itself gives a person: the pronoun that follows where they are the subject
    ("Varga plays the smuggler; he learned…", "Fox, 39, says she…"), quoted words left out (they speak of others)."""
    return _gender_told(name, body, _GENDER_EVIDENCE)


def gender_leaning(name: str, body: str) -> str | None:
    """As gender_in, on a single mention the article gives it (enough to say a "he" is not her)."""
    return _gender_told(name, body, 1)


def _gender_told(name: str, body: str, evidence: int) -> str | None:
    titled, in_full = _title_gender(name, body)
    if in_full:
        return titled  # "Mrs Tokunbo Ajayi-Grant": the title says
    tally = {"f": 0, "m": 0}
    body = _unquoted(body)
    for n, end in enumerate(_told_ends(short_form(name, body), body)):
        if n >= _GENDER_MENTIONS:
            break
        g = _GENDERED.search(body, end, end + _GENDER_WINDOW)
        if g and not _ANOTHER_SUBJECT.match(body, end, g.start()):
            tally["f" if g.group(1) else "m"] += 1
    f, m = tally["f"], tally["m"]
    return "f" if f >= evidence and f >= 2 * m else "m" if m >= evidence and m >= 2 * f else titled


def _told_ends(word: str, body: str) -> Iterator[int]:
    """Where each match of re.finditer(whole_word(word) + _TOLD_AFTER.pattern, body) ends: the name's pattern
    compiled once a name (whole_word_pattern), not again with what follows it for every article."""
    for m in whole_word_pattern(word).finditer(body):
        after = _TOLD_AFTER.match(body, m.end())
        if after:
            yield after.end()


_TOLD_AFTER = re.compile(r"(?:['’]s)?(?=(?:,\s+\d{1,3},)?,?\s+[a-z])")  # a name as a sentence's subject
# A name reporting what someone else is ("Vos says Lind is “…,” which she disputes"): the pronoun after is the other's
_ANOTHER_SUBJECT = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:says|said|thinks|thought|reckons|insists|claims)\s+(?:that\s+)?"
                              r"[A-Z][\w’'\-]+\s+(?:is|was|has|had)\b")
_GENDER_EVIDENCE = 2  # mentions followed by her (his) pronoun that settle a person's gender
_ANY_PRONOUN = re.compile(r"\b(?:(they|them|their|theirs|themselves|themself)|she|her|hers|herself|he|him|his|"
                          r"himself)\b", re.I)


@lru_cache(maxsize=_GENDERS_KEPT)
def singular_they(name: str, body: str) -> bool:
    """The article calls this person "they" ("River Okonkwo-Lind has been asked about their pronouns…"): the first
    pronoun after their mentions is they/their at least twice, twice as often as she or he."""
    unquoted = _unquoted(body)
    tally = [0, 0]
    for n, m in enumerate(whole_word_pattern(short_form(name, unquoted)).finditer(unquoted)):
        if n >= _GENDER_MENTIONS:
            break
        g = _ANY_PRONOUN.search(unquoted, m.end(), m.end() + _GENDER_WINDOW)
        if g:
            tally[0 if g.group(1) else 1] += 1
    return tally[0] >= _GENDER_EVIDENCE and tally[0] >= 2 * tally[1]


def _title_gender(name: str, body: str) -> tuple[str | None, bool]:
    """The gender a title before the person's name gives, and whether it stood before her full name: a title
    before the surname alone may be a relative's ("his mother, Mrs Okafor"), so the pronouns come first."""
    words = name.split()
    found = None
    for rest, gender in _titled(body).get(words[-1], {}).items():
        if len(rest) > 1 and list(rest) == words[-len(rest):]:
            return gender, True
        found = found or gender
    return found, False


_HER_TITLES = frozenset("Mrs Ms Miss Madam Dame Lady".split())
# a plain find before the full pattern, one alternative per first letter (`\b` first: tried at every character)
_TITLE_WORD = led_by_first(r"\b(?:Mrs?|Ms|Miss|Madam|Dame|Lady|Sir|Lord)\b")
_TITLED = led_by_first(r"\b(?P<title>Mrs|Mr|Ms|Miss|Madam|Dame|Lady|Sir|Lord)\.?\s+(?P<rest>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)")


@lru_cache(maxsize=_GENDERS_KEPT)
def _titled(body: str) -> dict[str, dict[tuple[str, ...], str]]:
    """The titled names of `body` by surname, each with the gender its title gives; read once per body, asked
    once per person."""
    if not _TITLE_WORD.search(body):
        return {}
    titled: dict[str, dict[tuple[str, ...], str]] = {}
    for m in _TITLED.finditer(body):
        rest = tuple(m.group("rest").split())
        titled.setdefault(rest[-1], {}).setdefault(rest, "f" if m.group("title") in _HER_TITLES else "m")
    return titled


@lru_cache(maxsize=_GENDERS_KEPT)
def subject_gender(subject: str, body: str) -> str | None:
    """The subject's gender: as gender_in reads it, else the pronoun the narration mostly uses (a profile says
    "she" of its subject far more than it names her: `She is 38… she sets down her fork…`)."""
    found = gender_in(subject, body)
    if found:
        return found
    unquoted = _unquoted(body)
    f, m = (len(GENDERED_WORD[g].findall(unquoted)) for g in ("f", "m"))
    dominant = "f" if f >= _DOMINANT * max(m, 1) else "m" if m >= _DOMINANT * max(f, 1) else None
    # …unless a mention of her is followed by the other pronoun ("…, who plays the postmistress. “…,” she says."):
    # then the pronouns at large are others' (a problem page's replies, a Q&A's answers speaking of men throughout)
    return None if dominant and gender_leaning(subject, body) not in (dominant, None) else dominant


_DOMINANT = 4  # a profile's pronouns for its subject outnumber those for anyone else this many times over


def gender_of(person: str | None, genders: dict[str, str | None], body: str) -> str | None:
    """gender_in, asked once per person and article (`genders` keeps the answers)."""
    if person and person not in genders:
        genders[person] = gender_in(person, body)
    return genders.get(person) if person else None


def by_gender(recent: list[str], gender: str, genders: dict[str, str | None], body: str,
              nearby: str = "", local_only: bool = False) -> str | None:
    """Whom "she" or "he" stands for: someone of that gender named earlier in the same paragraph, else someone
    named there whose gender the article never shows ("Producer Carol Mendelsohn came clean. “…,” she says."),
    else (unless `local_only`) the person of that gender last mentioned anywhere before."""
    local = _named_in_paragraph(nearby, recent, body)
    for wanted in (gender, None):
        found = next((person for person in local if gender_of(person, genders, body) == wanted), None)
        if found:
            return found
        # "Her screen son, Clive Armitage, who played…": a name set off after a role is a person, and so is
        # one a "who" clause introduces ("Beatrix Oyenuga, who plays his sister, was less kind.")
        found = next((m.group(1) for rx in (_SET_OFF, _WHO_INTRODUCED) for m in reversed(list(rx.finditer(nearby)))
                      if gender_of(m.group(1), genders, body) == wanted), None)
        if found:
            return found
    if local_only:
        return None
    return next((person for person in reversed(recent) if gender_of(person, genders, body) == gender), None)


_WHO_INTRODUCED = re.compile(r"\b([A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+),\s+(?:the\s+[\w\-]+\s+)?who\s")
_SET_OFF = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\w’'\-]+\s+){0,3}?[a-z][\w\-]*,\s+"
                      r"(?:(?:Mrs|Mr|Ms|Miss|Dr|Chief)\.?\s+)?([A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+),")


def _named_in_paragraph(text: str, recent: list[str], body: str = "") -> list[str]:
    """People `text` names, the last named first: those already met, and new ones its trade introduces
    ("exec producer Carol Mendelsohn"; a bare capitalised pair may be a show or a paper); a name in italics
    ("confirmed to *Fandom Wire Daily*") last, as a paper's or a show's is likelier than a person's."""
    found = {person: text.rfind(short_form(person, body)) for person in recent if names(text, person, body)}
    for m in _BY_TRADE.finditer(text):
        found.setdefault(m.group("name"), m.start("name"))
    return sorted(found, key=lambda person: (f"*{person}*" in text or f"_{person}_" in text, -found[person]))


# Led by a look-ahead at the letters it opens with in either case (`\b` first: tried at every character).
_BY_TRADE = led_by_first(rf"\b(?:(?i:{ROLE_NOUNS}),?|played by|voiced by|portrayed by)\s+"
                       rf"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,2}})")
def names(text: str, person: str, body: str = "") -> bool:
    """Whether `text` names `person` by the word `body` calls them by (the surname unless it says otherwise)."""
    return bool(person.split()) and whole_word_pattern(short_form(person, body)).search(text) is not None


def about_subject(text: str, subject: str, cast: Cast) -> bool:
    """A short heading or line that speaks of the subject (by name or as he/she) and of nobody else."""
    if len(text.split()) > _HEADING_WORDS or holds_speech(text):
        return False
    others = [n for n in cast.names if n != subject and names(text, n)] or _others_named(text, subject)
    return not others and (names(text, subject) or _SUBJECT_PRONOUN.search(text) is not None or
                           (text.rstrip().endswith("?") and _ASKED_ABOUT.search(text) is not None))


def ends_on_subject(text: str, subject: str, cast: Cast, body: str) -> bool:
    """Narration whose last sentence speaks of the subject, by name or by the pronoun the article gives them, and
    of nobody else (`…Ivory Street is her first leading role.`): a quote paragraph after it, naming nobody, is
    the subject's, as profiles run on."""
    if holds_speech(text):
        return False
    last = last_sentence(text)
    # nobody else in the whole paragraph: "Her co-star Rhett Okabe remembers the first day. Everyone knew Voss
    # would be a star." hands the quote after it to him
    if names_someone_else(text, subject, cast):
        return False
    if names(last, subject, body):
        return True
    gender = subject_gender(subject, body)
    return gender is not None and GENDERED_WORD[gender].search(last) is not None


# "as he later says in the film:", "she says in episode two": a character's line, whoever plays it.
_IN_A_ROLE = re.compile(r"\b(?:in|on)\s+(?:the\s+|an?\s+|this\s+|its\s+)?(?:film|movie|show|series|episode|trailer|pilot|"
                        r"finale|clip|scene|play|musical|premiere)\b|\bepisode\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
                        re.I)
# The narration before such a quote says she speaks ("she explains", "she signs", "she says"): a paragraph that
# only describes her ("He keeps bees himself now.") may go on to anyone's words.
_HANDS_OVER = re.compile(r"\b(?i:she|he|they)\s+(?:" + SPEECH_VERBS + r"|signs|signed)\b")
_ROLE_REACH = 120  # characters before the quote mark: the sentence that hands over to it
_SOMEONES_WORDS = re.compile(rf"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+\s+)?(?:{KIN}|{ROLE_NOUNS})\b")


def hands_over_to_subject(body: str, start: int, mark: int, subject: str, cast: Cast) -> bool:
    """A quote after narration in its own paragraph that says the subject speaks ("Sign language, she explains, is
    her first language. “I dream in sign.”"), asks her something or hands over to her with a colon, and brings in
    nobody else: hers, unless it is a role's line."""
    # "…what does the show mean to her? “My grandmother…”", "And her one kitchen rule: “Never…”" (not "her mother
    # gave her one piece of advice: “…”": the relation's words)
    lead_in = body[start:mark].rstrip(" \t*_")
    asked = lead_in.endswith("?") or lead_in.endswith(":") and not _SOMEONES_WORDS.search(last_sentence(lead_in))
    return (asked or _HANDS_OVER.search(body, start, mark) is not None or
            _acts_last(body[start:mark], subject)) and \
        _IN_A_ROLE.search(body, max(start, mark - _ROLE_REACH), mark) is None and \
        ends_on_subject(body[start:mark], subject, cast, body)


def _acts_last(text: str, subject: str) -> bool:
    """The narration's last sentence has the subject, by surname, doing something (`…, and Voss had to find a way
    to play it.`): a quote straight after it in the same paragraph carries on in her words."""
    last = last_sentence(text.rstrip(" \t*_"))
    return re.search(rf"(?:^|, and |; )(?:[A-Z]\w+ )?{re.escape(subject.split()[-1])} [a-z]", last) is not None


def names_someone_else(text: str, subject: str, cast: Cast) -> bool:
    """`text` names someone of the cast other than the subject, or brings in a new person by their trade; people
    named only in an aside about someone (see `without_asides`) do not count."""
    text = without_asides(text)
    return any(n != subject and names(text, n) for n in cast.names) or bool(_others_named(text, subject))


# Where narration names people who are not the ones acting in it: a work's title set in italics (`*De Vaart*`,
# `<em>Salt Road</em>`), a relative clause about someone (`Mara, who married the cricketer Jon Bell last year,
# laughs`) and the topic of a question put to someone (`Asked about her co-star Tom Reyes, she smiled`).
_ASIDES = re.compile(r"(?<![*\w])\*[^*\n]{1,80}\*(?!\*)|(?<![_\w])_[^_\n]{1,80}_(?![_\w])|<(i|em)>[^<]{1,80}</(?:i|em)>|, who\b[^,.;!?“”\"\n]{1,120},"
                     r"|\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Tt]alking|[Ss]peaking)\s+(?:about|on|of)\s+[^,.;!?“”\"\n]{1,80},")


def without_asides(text: str) -> str:
    """`text` with its asides (titles in italics, relative clauses, topics of a question) blanked out, to see
    whom the narration has speak or act."""
    return _ASIDES.sub(lambda m: " " * len(m.group(0)), text) if ("*" in text or "_" in text or "<" in text or
                                                                    "," in text) else text


def _others_named(text: str, subject: str) -> list[str]:
    """People `text` introduces by their trade other than the subject, known to the cast or not ("Her co-star
    Ansel Brook"): a capitalised run alone may be a show (*Night Desk*), a trade before it makes it a person."""
    return [m.group("name") for m in _BY_TRADE.finditer(text) if m.group("name").split()[-1] != subject.split()[-1]]


GENDERED_WORD = {"f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
                  "m": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
_SUBJECT_PRONOUN = re.compile(r"\b(?:She|He|Her|His)\b")
# "What does she hope audiences take from it?": a question in the narration about him or her, answered next
_ASKED_ABOUT = re.compile(r"\b(?:she|he|her|his|him)\b", re.I)


_HEADING_WORDS = 15  # a heading's length at most; a longer paragraph is prose with its own speakers


def a_person(name: str, body: str) -> bool:
    """A pronoun, a full name, or one word the article writes after a first name (`Voss` of `Lena Voss`): not
    `Everyone`, `Filming` or `Netflix`, which start sentences of what happened."""
    return " " in name or name.lower() in _PERSON_PRONOUNS or Cast.expand(name, body) != name


def speaks_of_subject(before: str, subject: str, body: str) -> bool:
    """The words before a quote name the subject or open on her pronoun ("Fox found comfort in “…”"), and do not
    open on someone else doing something ("Kelly stood by her decision to interview Jones, tweeting, “…”")."""
    if not (names(before, subject, body) or pronoun_for(before, subject, body)):
        return False
    m = _OPENED_BY_NAME.match(before)
    return m is None or m.group("a").lower() in _PERSON_PRONOUNS or names(m.group("a"), subject, body)


_PERSON_PRONOUNS = frozenset("he she they i her him".split())
_OPENED_BY_NAME = re.compile(rf"\A\s*(?:{LEADING_CLAUSE})?(?P<a>{SPEAKER_NAME})\s+[a-z]")


# Someone a paper does not name: "a BBC spokesperson said", "“…,” an insider told us", "one commenter asked"
UNNAMED = (r"(?:[Aa]n?|[Oo]ne) (?:[A-Z][\w&’'\-]* ){0,2}(?:(?:spokes(?:person|woman|man)|insider|source|representative|"
           r"photographer|commenter|publicist)|(?:pal|friend|neighbour|neighbor|relative|colleague)"
           # someone close to the person the piece is about speaks for them, not as them: "A pal of the star said:"
           r"(?= (?:of|close to) (?:the|her|his) [a-z]+ (?:said|says|told|added|claimed|revealed)\b)"
           r"(?: (?:of|close to) (?:the|her|his) [a-z]+)?)")


def of_their_gender(speaker: str | None, name: str | None, subject: str | None,
                    genders: dict[str, str | None]) -> str | None:
    """`speaker`, unless it is the subject and the quote's own "she" or "he" (`name`) is the gender the article
    gives them not (`genders`): "“…,” she said." is never the words of a subject the article calls he."""
    told = genders.get(subject) if subject else None
    if speaker == subject and told and name in _SHE_HE and _SHE_HE[name] != told:
        return None
    return speaker


_SHE_HE = {"she": "f", "he": "m"}
