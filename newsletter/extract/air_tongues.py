"""A schedule line kept in its own language inside an English edition (a translated interview, a round-up quoting a
guide), read as the English reader reads: `ProSieben zeigt die Staffel ab dem 14. März immer mittwochs um 21.15 Uhr`
is `ProSieben shows die Staffel from 14 March every Wednesdays at 21.15`. Only the words that say when and that a
channel shows something are put in English (days, months, `at`, `from`, `every`, the verbs of showing); the rest
stays as written and is read as a name or skipped.

German, Dutch, French, Italian and Spanish: each is asked for only where its clock's own mark stands (`Uhr`, `uur`,
`alle 21`, `à 21h`, `a las 22`), so an English text is never changed.
"""

from __future__ import annotations

import re

from ..model import WEEKDAYS

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _table(days: str, months: str, words: dict[str, str], weekly: str = "") -> dict[str, str]:
    """A language's words (lower case) for days (Monday first), months (January first) and the rest; `weekly`: its
    plural or adverb days (`mittwochs`, `zaterdags`, `lundis`), read as English plurals."""
    out = {w: e for w, e in zip(days.split(), WEEKDAYS)}
    out.update((w, e + "s") for w, e in zip(weekly.split(), WEEKDAYS))
    out.update(zip(months.split(), _MONTHS))
    out.update(words)
    return out


_GERMAN = _table("montag dienstag mittwoch donnerstag freitag samstag sonntag",
                 "januar februar märz april mai juni juli august september oktober november dezember",
                 {"um": "at", "ab": "from", "ab dem": "from", "vom": "from", "am": "on", "immer": "every",
                  "jeden": "every", "jede": "every", "zeigt": "shows", "sendet": "airs", "läuft": "airs",
                  "wiederholt": "repeats", "startet": "starts", "uhr": "", "sonnabend": "Saturday"},
                 "montags dienstags mittwochs donnerstags freitags samstags sonntags")
_DUTCH = _table("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
                "januari februari maart april mei juni juli augustus september oktober november december",
                {"om": "at", "vanaf": "from", "op": "on", "elke": "every", "iedere": "every", "uur": "",
                 "zendt": "airs", "vertoont": "shows", "start": "starts", "herhaalt": "repeats"},
                "maandags dinsdags woensdags donderdags vrijdags zaterdags zondags")
_FRENCH = _table("lundi mardi mercredi jeudi vendredi samedi dimanche",
                 "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                 {"à": "at", "dès le": "from", "à partir du": "from", "tous les": "every",
                  "chaque": "every", "diffuse": "airs", "rediffuse": "repeats"},
                 "lundis mardis mercredis jeudis vendredis samedis dimanches")
_ITALIAN = _table("lunedì martedì mercoledì giovedì venerdì sabato domenica",
                  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
                  {"alle": "at", "dal": "from", "ogni": "every", "trasmette": "airs", "va in onda": "airs",
                   "in onda": "airs", "su": "on"})
_SPANISH = _table("lunes martes miércoles jueves viernes sábado domingo", "",  # (`8 de marzo`: when.py reads it)
                  {"a las": "at", "desde el": "from", "a partir del": "from", "todos los": "every", "cada": "every",
                   "emite": "airs", "horas": "", "sábados": "Saturdays", "domingos": "Sundays",
                   # a strip, `de lunes a viernes`: Monday to the day it names
                   **{f"{de}lunes a {d}": f"Monday to {e}" for de in ("", "de ") for d, e in (
                       ("jueves", "Thursday"), ("viernes", "Friday"), ("sábado", "Saturday"), ("domingo", "Sunday"))}})
# Each language's clock mark, tried in that order; a cheap literal test first, the pattern only where it stands.
_MARKS = ((" Uhr", re.compile(r"\d\s+Uhr\b"), _GERMAN), (" uur", re.compile(r"\d\s+uur\b"), _DUTCH),
          ("à ", re.compile(r"\bà\s+\d{1,2}\s?h"), _FRENCH), ("alle ", re.compile(r"\balle\s+\d{1,2}[.:]\d\d"), _ITALIAN),
          ("a las ", re.compile(r"\ba\s+las\s+\d"), _SPANISH))
_PATTERNS: dict[int, re.Pattern] = {}
_DATE_STOP = re.compile(r"\b(\d{1,2})\.(?=\s+[A-Za-zÀ-ÿ])")  # German `14. März`: the day's stop, not a sentence's


def _pattern(table: dict[str, str]) -> re.Pattern:
    key = id(table)
    if key not in _PATTERNS:  # longest first: `ab dem` before `ab`
        words = sorted(table, key=len, reverse=True)
        _PATTERNS[key] = re.compile(r"(?<![\w])(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                                    + r")(?![\w])", re.I)
    return _PATTERNS[key]


def in_english(text: str) -> str:
    """`text` with a foreign schedule's words of when and of showing in English; `text` itself when it holds no
    foreign clock (almost every text)."""
    for literal, clock, table in _MARKS:
        if literal in text and clock.search(text):
            said = _pattern(table).sub(lambda m: table[" ".join(m.group(1).lower().split())], text)
            return _DATE_STOP.sub(r"\1", said) if table is _GERMAN else said
    return text
