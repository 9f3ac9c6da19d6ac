"""Whether a stretch of words can be a show's name (pure): capitalised words (and `of`, `the`, `&`…), not a pronoun,
a numbered part, a shouted heading or a channel's name."""

from __future__ import annotations

import re
from functools import lru_cache

from .channels import find_channels

MAX_TITLE_WORDS = 8  # a longer stretch of italics or quotes is a phrase or someone's words, not a show's name
# Words a title may keep in lower case (`Night Owls with Dara Finch`, `Marchetti & Sons`, `Asagao no Ie`).
MINOR = frozenset({"of", "the", "and", "a", "an", "in", "on", "at", "to", "for", "with", "from", "&", "or", "by",
                   "de", "la", "le", "el", "los", "las", "del", "y", "no", "vs", "vs.",
                   # other languages' links between a title's words (`Kona ya Tatu`, `Uma Família das Arábias`,
                   # `Il Commissario di Notte`, `Das Haus und der Fluss`), none of them an English word a title ends on
                   "ya", "wa", "za", "da", "das", "dos", "di", "du", "des", "von", "der", "und", "et", "och"})
_NUMBERED_PART = re.compile(r"(?:episode|season|series|part|chapter|volume|book)\s+(?:\d+|[ivx]+|one|two|three|four|"
                            r"five|six|seven|eight|nine|ten)\b", re.I)  # `Episode 20`: which part, not the show
PRONOUNS = frozenset({"we", "i", "you", "it", "they", "he", "she", "this", "that", "these", "those", "there"})


def title_like(text: str | None) -> bool:
    """Whether a stretch of words can be a show's name: capitalised words (and `of`, `the`, `&`…), not a
    pronoun, not a channel's name, at most eight words (`Harbor Lights`, not `While Harbor Lights won't be`)."""
    words = (text or "").split()
    if not words or len(words) > MAX_TITLE_WORDS or words[0].lower() in PRONOUNS and len(words) == 1 or \
            not any(c.isalpha() for c in text) or too_short(words):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()) or _NUMBERED_PART.match(text) or shouted(words):
        return False
    if dated(words):
        return False  # `November 2`, `Beginning Monday`: a date a clause opened on, not a title
    if words[-1].lower() in MINOR or re.search(r"['’]s?$", words[-1]):
        return False  # `BBC One and`, `Lifetime's`: the title goes on, or is a possessive's
    if any(not (w[0].isupper() or w[0].isdigit() or not w[0].isalpha() or w.lower() in MINOR) for w in words):
        return False
    return not is_channel(text)


_DATE_MOST_WORDS = 5  # `Beginning Monday, Nov. 23, 2026`
_DATE_LEADS = frozenset({"beginning", "starting", "from", "until", "through"})
# The words a date is written in (`Sunday, September 13`, `Beginning Monday, Nov. 23`); a title of these alone with a
# figure or a word that leads a date in is one (`Wednesday`, `March On` may be a show's name).
_DATE_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                         "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "on", *_DATE_LEADS})


def dated(words: list[str]) -> bool:
    """`November 2`, `Beginning Monday`, `Thursday, Dec. 17`: words that only say when."""
    if len(words) > _DATE_MOST_WORDS or words[0].lower().strip(",.") not in _DATE_WORDS:
        return False
    rest = [w.lower().strip(",.") for w in words]
    return len(words) > 1 and all(w in _DATE_WORDS or w.rstrip("stndrh").isdigit() for w in rest) and \
        any(w in _DATE_LEADS or w[:1].isdigit() for w in rest)


def too_short(words: list[str]) -> bool:
    """`Oh`, `Q`: one word of fewer than three letters is an interjection or a letter (but `ER`, `QI`)."""
    return len(words) == 1 and len(words[0].strip(".!?")) < 3 and not (len(words[0]) == 2 and words[0].isupper())


def shouted(words: list[str]) -> bool:
    """`FOR IMMEDIATE RELEASE`, `JORJA FOX`: two or more long words in capitals are a heading or a name, not a
    title (`CSI: NY` is)."""
    if sum(map(str.isupper, words)) < 2:
        return False  # (most titles: no two words in capitals, so no two long ones; asked of every title read)
    long = [w for w in words if sum(c.isalpha() for c in w) >= 3]
    return len(long) >= 2 and all(w.isupper() for w in long)


@lru_cache(maxsize=4096)
def is_channel(text: str) -> bool:
    """`CBS`, `The NHK BS`, `Lifetime's`: the words are a channel's name (with an article or a possessive)."""
    bare = re.sub(r"^(?:the|a)\s+|['’]s?$", "", text.strip(), flags=re.I).strip()
    found = find_channels(bare)
    return bool(found) and sum(c.end - c.start for c in found) >= len(bare) - 1


_LISTING = re.compile(r",\s.*\d|\d.*,\s")  # a comma and a figure: `Sunday, Sept 28, 10/9c`, not `Catch-22`
# Set-off words that are a transcript's or an editor's note, not a title: `*Unintelligible*`, `[*laughs*]`.
_NOTE_WORDS = frozenset({"unintelligible", "inaudible", "crosstalk", "laughs", "laughter", "laughing", "applause",
                         "sic", "sighs", "pause", "music", "why", "what", "how", "yes", "no", "okay", "ok", "note",
                         "update", "spoiler", "spoilers", "photo", "watch", "related", "video"})
# A word no title has after its first (`'Public Life Is Horrible, It's Awful'` is someone's words).
_SPEECH_WORDS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "it's", "it’s", "you're", "you’re",
                           "we're", "we’re", "don't", "don’t", "can't", "can’t"})
# A picture's credit set in italics under it (`_Courtesy of Northlight_`, `*Photo: Netflix*`), not a title.
_CREDIT = re.compile(r"courtesy\b|(?:photo(?:graph)?s?|images?|pictures?|credits?)(?:\s+(?:by|via|from)\b|\s*:)|"
                     # a translator's or a reporter's credit (`*Translated from Finnish by …*`)
                     r"(?:translated|adapted|additional\s+reporting|reporting|edited)\s+(?:from\s+\w+\s+)?by\b", re.I)


# The articles that open a title in a language that capitalises only a title's first word (`La frontera azul`, `El
# último tranvía`, `Il commissario`, `Les enfants du port`), none of them an English word that opens a sentence
# (German capitalises its nouns, so its titles need no exception).
_FOREIGN_ARTICLES = frozenset({"La", "El", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Os", "Um", "Uma",
                               "Una", "Une", "Het", "Een"})
_SENTENCE_CASE_WORDS = 5  # a longer phrase in italics after `La` is a quoted sentence, not a title


def marked_title_like(found: str) -> bool:
    """A title set off in italics or quotes may keep more words in lower case than running text (`Aangan ki
    Dhoop`, `Les Sentinelles du Rhône`), but opens on a capital, has a letter, and is mostly capitalised; it is
    no channel and no person's shouted name."""
    words = found.split()
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][0].isupper() or words[0].lower() in PRONOUNS:
        return False
    capital = sum(w[0].isupper() or w[0].isdigit() for w in words)
    lower = sum(w[0].islower() and w.lower() not in MINOR for w in words)
    if _LISTING.search(found):
        return False  # `**RETURNS Sunday, Sept 28, 10/9c, CBS**`: a listing line set in bold
    if words[0] in _FOREIGN_ARTICLES and len(words) <= _SENTENCE_CASE_WORDS:
        lower, capital = 0, len(words)  # `*La frontera azul*`, `*El último tranvía*`: titled as its language writes titles
    if too_short(words) or lower > 1 or capital <= lower or words[-1].lower() in MINOR or shouted(words):
        return False
    if len(words) == 1 and words[0].lower() in MINOR or not any(c.isalpha() for c in found):
        return False
    if found.lower() in _NOTE_WORDS or _CREDIT.match(found):
        return False
    if any(w.lower().strip(",.") in _SPEECH_WORDS for w in words[1:]):
        return False
    return not is_channel(found)
