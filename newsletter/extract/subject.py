"""Whom a piece is about, from the evidence of its title, lead and body, when no label says so."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Interview
from .cast import NAME_WORD, UPPER, _after_first_name, norm, people_named, short_form
from .nicknames import goes_by, plays_a_part
from .headlines import headline_of, named_in_headline, owns_a_name
from .sentences import paragraph_spans
from .spellings import merge_spellings, usual_spelling
from .introduced import introduced_by_trade
from .lede import LEDE_PARAGRAPHS, called_by_first_name, lede_spans, lede_text
from .characters import bracket_pairs, played_after, roles_on_shows
from .literals import finditer_each
from .occurrences import apart, occurrences
from .scan import CountedWhenAsked, findall_led, stands_after
from .spoken_by import bare, is_token_char, spoken
from .not_names import (INSTITUTION_WORDS, PLACE_ENDINGS, a_thing, actors_characters, cast_in, named_without_office,
                        only_in_institutions, played_by)
from .subject_weights import LEAST_EVIDENCE, WEIGHTS
from .words import COMMON_WORDS, TITLE_WORDS

FULL_NAME = re.compile(rf"(?<![\w’'])({NAME_WORD}(?:\s+[{UPPER}]\.)?\s+{NAME_WORD})")
_FIRST_NAME_MENTIONS = 2  # a first name written this often stands for the person the title names in full
# Evidence counted up to where more says no more: a full name written out three times, a surname ten times, five
# speech verbs; past these, length of article rather than subject.
_FULL_NAMES_COUNTED, _MENTIONS_COUNTED, _QUOTES_COUNTED = 3, 10, 5
MIN_SUBJECT_SCORE = LEAST_EVIDENCE  # below this no candidate has enough evidence to be named as the interviewee
Evidence = dict[str, float]  # a candidate's evidence, by the feature names of subject_weights.WEIGHTS
_MOSTLY_ITALIC = 2  # times in italics, and more than half its mentions, that make a name a title
_TITLE_SPAN_WORDS = 6  # an italic span this short may be a title; a longer one is a standfirst set in italics


def guess_interviewee(interview: Interview, body: str, speakers: list[str] = (),
                      least: float = MIN_SUBJECT_SCORE) -> tuple[str | None, float]:
    """The person with the most evidence of being the subject: named in the title and lead, their surname
    kept up through the body, and quoted with speech verbs; never the byline, the outlet or a title in italics.
    `speakers`: the full names on a transcript's labels, candidates wherever the lead leaves them out; `least`: the
    evidence needed (less where `A:` labels already say that someone is interviewed)."""
    return pick_subject(subject_evidence(interview, body, speakers), body, least)


def subject_evidence(interview: Interview, body: str, speakers: list[str] = ()) -> dict[str, Evidence | None]:
    """Each candidate name's evidence features; None for a name a rule rules out (a rank, the byline, a title…)."""
    title = headline_of(interview)
    # The first paragraphs with words: an HTML body's view leaves blank stretches between its blocks.
    spans = paragraph_spans(body)
    index = _BodyIndex.of(body)
    called = called_by_first_name(title, body, index.spoken_by)
    evidence = _evidence_in(title, lede_text(body, spans[:LEDE_PARAGRAPHS]), body, interview, index, speakers, called)
    if not any(f is not None for n, f in evidence.items() if n not in speakers):
        # a paper's masthead, dateline, headline and byline name nobody it is about: the lead is further down
        evidence = _evidence_in(title, lede_text(body, lede_spans(body, spans)), body, interview, index, speakers,
                                called)
    return evidence


def _evidence_in(title: str, lede: str, body: str, interview: Interview, index: _BodyIndex, speakers: list[str],
                 called: dict[str, str]) -> dict[str, Evidence | None]:
    """Each candidate's evidence, from the title, the lead `lede`, the labels' `speakers` and those `called` by
    first name."""
    candidates = _with_body_forms(people_named(title), body) + people_named(lede) + \
        [n for n in speakers if len(n.split()) > 1] + list(called)
    return {name: _subject_features(name, title, lede, body, interview, index, called.get(name))
            for name in dict.fromkeys(candidates)}


def evidence_score(features: Evidence | None, weights: dict[str, float] = WEIGHTS) -> float:
    """The weighted sum of a candidate's evidence; 0.0 for a name ruled out."""
    return 0.0 if features is None else sum(weights[k] * v for k, v in features.items())


def pick_subject(evidence: dict[str, Evidence | None], body: str, least: float = MIN_SUBJECT_SCORE,
                 weights: dict[str, float] = WEIGHTS) -> tuple[str | None, float]:
    """The best-evidenced candidate and its lead over the next as a share of its score; (None, 0.0) below `least`."""
    scores = merge_spellings({name: evidence_score(f, weights) for name, f in evidence.items()}, body)
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=scores.get, default=None)
    if not best or scores[best] < least:
        return None, 0.0
    margin = (ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)) / ranked[0]
    return named_without_office(usual_spelling(best, body)), margin


def _with_body_forms(names: list[str], body: str) -> list[str]:
    """A headline's `Ann Dowd Deconstructs` stands for the `Ann Dowd` the body names."""
    out = []
    for name in names:
        words = name.split()
        if name in body or len(words) < 3:
            out.append(name)
            continue
        out.extend(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
                   if (j - i) < len(words) and " ".join(words[i:j]) in body)
    return out


_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
# Whole-body patterns open with a literal or a look-ahead at their first letters, not with `\b` or a look-behind:
# the regex engine can then skip to candidate positions instead of trying every character (3-13x faster).
# "Lena Voss (Ines Roe)" or "Ines Roe (Lena Voss)": an actor and a character, in either order.
# Ranks and titles that characters carry and the people interviewed about them do not.
_RANKS = frozenset("""captain capt sergeant sgt detective det lieutenant lt officer agent undersheriff sheriff deputy
inspector constable commander major colonel admiral corporal chief aunt auntie uncle grandma grandpa granny nana
father mother sister brother""".split())  # and the family words of a character's name ("Aunt Lydia")
_PLAYING = re.compile(r"(?=[ac])\b(?:as|character)\s+((?:[\w’'\-]+[ \t]+){0,3}[\w’'\-]+)")
_PLAYING_LEADS = ("as", "character")  # what each match of _PLAYING starts with
# A name set off whole in quote marks (‘Poker Face,’ “Night Desk”) is a title, the way articles without italics
# write them; the apostrophe’s look-alike ’ is allowed inside (‘Grey’s Anatomy’).
# 'Better Call Saul' in plain marks too. The mark is read first and checked behind each alternative, so the engine
# skips to the marks (an alternative opening on a class has it try every character).
_QUOTED_NAME = re.compile(r"[‘“\"'](?:(?<=[‘“\"])([A-Z][^‘“”\"\n]{1,60}?)[,.!?]?[’”\"](?![\w’'])"
                          r"|(?<=')(?<![\w’']')([A-Z][^'‘“”\"\n]{1,60}?)[,.!?]?'(?![\w’']))")
_QUOTE_OPENINGS = ("‘", "“", '"', "'")  # what a match of _QUOTED_NAME opens with, right before the name it sets off
_LABEL_COLON = re.compile(r"[ \t]*:")  # "*Grange*: …" is a speaker's label set in italics, not a title
# Spans in *stars* or _underscores_, one pattern each, read together (scan.finditer_each: each skips to its mark).
_ITALIC_SPANS = (re.compile(r"\*(?<![*\w]\*)(?!\*)([^*\n]{1,80}?)(?<!\*)\*(?![*\w])"),
                 re.compile(r"_(?<![_\w]_)(?!_)([^_\n]{1,80}?)(?<!_)_(?![_\w])"))

# Words that only a show's name stands before: `Night Desk star Lena Voss`, `Night Desk airs`, `Night Desk's finale`.
_SHOW_AFTER = re.compile(r"(?:['’]s)?\s+(?:star|co-?star|airs|aired|premieres|premiered|showrunner|creator|finale|"
                         r"premiere|season\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|spin-?off|"
                         r"reboot|revival|is\s+renewed|was\s+renewed|was\s+cancell?ed|"
                         # "…begins on TG4 on Wednesday", "…returns tonight": a broadcast's start (a person "returns
                         # to the stage")
                         r"(?:begins|starts|continues|returns|debuts)\s+(?:on|at|this|next|tonight|tomorrow|"
                         # "…returns Wednesday, September 30", "…returns Fridays at 9": a slot and a date, not a
                         # person's comeback ("returns Thursday to the stage")
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?=,|\s+(?:at|on|nights?)\b)|"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+\d+)\b)\b")

# `the BBC One drama Blue Light Row`, `the hit sitcom Fair Game`: a genre's noun right before the name makes it a title.
_GENRES = ("drama", "sitcom", "soap", "thriller", "telenovela", "miniseries", "docuseries", "series", "serial",
           "procedural")
_GENRE_BEFORE = re.compile(r"\b(?:the|a|an|hit|new|its|his|her|their)\s+(?:[A-Z0-9][\w’'-]*\s+){0,3}(?:[a-z-]+\s+)?"
                           r"(?:" + "|".join(_GENRES) + r")\s+\Z")
_GENRE_REACH = 60  # characters: an article, a channel of a few words, an adjective and the genre
_CLOSING_TAG = 10  # characters of `</strong>`, the longest emphasis tag a title closes with
def _used_as_title(name: str, text: str) -> bool:
    for at in occurrences(text, name):  # one anchored match each: no pattern compiled per name, no scan per word
        end = at + len(name)
        end += len(text[end:end + 2]) - len(text[end:end + 2].lstrip("*_"))  # "*Saltmarsh Abbey* begins on…"
        if text.startswith("</", end):  # "<b>Coldwater Station</b> returns…": a scraped page's closing tag
            end = text.find(">", end, end + _CLOSING_TAG) + 1 or end
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "’'")) and \
                (_SHOW_AFTER.match(text, end) or _after_genre(text, at)):
            return True
    return False


def _called_by(name: str, body: str, index: _BodyIndex) -> str:
    """The word the body calls a candidate by: their surname, or another short form where it never stands alone."""
    words = name.split()
    # "Chow" of Chow Ka-yan: a hyphenated given name in lower case after the hyphen follows the family name
    # …and "Annika" of Annika Oyelowo-Strand in a fan archive that never writes her surname alone
    surname = short_form(name, body) if _GIVEN_NAME_LAST.fullmatch(words[-1]) or not index.words[words[-1]] \
        else words[-1]
    if surname == words[-1] and not index.words[surname] and len(words) > 1 and plays_a_part(words[0], body):
        surname = words[0]  # the headline's Ines Abernathy-Soto, whom the body calls Ines ("Ines plays…")
    return goes_by(name, body) or surname  # "Wilfred Pemberthy, known to everyone … as Bill"


def _stands_alone(word: str, body: str) -> bool:
    """Whether the body writes `word` once not as the last word of another name: a headline's `Lane Change:` is
    no one the body calls Lane when every Lane is `Marigold Lane`, a show."""
    return any(not _after_first_name(body, at) for at in occurrences(body, word))


def _after_genre(text: str, at: int) -> bool:
    """_GENRE_BEFORE.search(text, max(0, at - _GENRE_REACH), at), searched only where a genre's noun and white space
    end right at `at` (every match ends so): a search tries the pattern at each of the characters before."""
    before = text[max(0, at - _GENRE_REACH):at]
    bare_end = before.rstrip()  # what \s+\Z leaves: str.isspace is the engine's \s
    return len(bare_end) < len(before) and bare_end.endswith(_GENRES) and \
        _GENRE_BEFORE.search(text, max(0, at - _GENRE_REACH), at) is not None


# ... and a byline on a line of its own, as a wire story or a paper files it ("By Petra Hale", "(Reporting by …")
_CREDIT_BY = re.compile(r"(?:\b(?:prepared|compiled|produced|photographed|edited|transcribed|translated|styled|"
                        r"photos?|photographs?|pictures?|images?|illustrations?|reporting|writing)[ \t]+|"
                        r"(?:\A|\n)[ \t]*(?:\*\*|__|[*_])?)by[ \t]+(?:\*\*|__|[*_])?\Z", re.I)
_CREDIT_REACH = 24  # characters before a name where a credit's "prepared by " (and its emphasis) stands


def _only_credited(name: str, body: str) -> bool:
    """Whether the body writes `name` in full only right after "by" (a credit: prepared, photographed, edited by)."""
    found = False
    for at in occurrences(body, name):
        if not _CREDIT_BY.search(body, max(0, at - _CREDIT_REACH), at):
            return False
        found = True
    return found


def column_of(name: str, title: str) -> bool:
    """The headline is a column's name then the person it is given to, whole (`What's in my bag: Anouk
    Rasmussen-Tembo`, `My TV week — Oriel Ampofo-Harland`): hers, though the page never writes her name again."""
    return title.endswith(name) and _COLUMN_HEAD.search(title, 0, len(title) - len(name)) is not None


_COLUMN_HEAD = re.compile(r"[A-Za-z’'?!)][ \t]*(?::|—|–|\|)[ \t]*\Z")


def _quoted_in(name: str, title: str) -> bool:
    """The headline sets `name` off in quote marks as a whole: `Bob Odenkirk On 'Better Call Saul'`."""
    return name in title and any(name == (a or b) for a, b in _QUOTED_NAME.findall(title))


@dataclass
class _BodyIndex:
    """Counts read off a body once, so scoring each candidate name costs no scan of the body."""

    words: "CountedWhenAsked"
    in_italics: Counter
    italic_spans: tuple[str, ...]  # the text of each span set in italics (not a label's)
    spoken_by: "CountedWhenAsked"
    playing: tuple[str, ...]  # the words after each "as", "character" and in brackets after a name
    played: tuple[str, ...]  # the capitalised words after each "plays", "played", "role of"
    pairs: tuple[tuple[str, str], ...]  # "Lena Voss (Ines Roe)": an actor and a character, in either order
    quoted: "_QuotedWhole"  # whole runs of capitalised words set off in quote marks: titles
    characters: frozenset[str] = frozenset()  # before ", played by", after "William Okoro's"
    lean: int | None = None  # which side of `pairs` the article quotes more (see _character_in_pairs), once read

    @classmethod
    def of(cls, body: str) -> "_BodyIndex":
        spans = tuple(m.group(1) for m in finditer_each(_ITALIC_SPANS, body) if not _LABEL_COLON.match(body, m.end()))
        italics = Counter(bare(w) for span in spans for ws in [_TOKEN.findall(span)]
                          if len(ws) <= _TITLE_SPAN_WORDS for w in ws)
        spoken_by = CountedWhenAsked(body, spoken)  # one count for the candidates and the actors' characters
        return cls(CountedWhenAsked(body, _mentions), italics, spans, spoken_by,
                   tuple(findall_led(_PLAYING, body, _PLAYING_LEADS)), played_after(body),
                   tuple((a.strip(), b.strip()) for a, b in bracket_pairs(body)),
                   _QuotedWhole(body), played_by(body) | actors_characters(body, spoken_by) | roles_on_shows(body))


class _QuotedWhole:
    """The runs of capitalised words a body sets off whole in quote marks, read when first asked about a name that
    stands right after a quote mark: most names asked about never do, and the read costs a tenth of the turns."""

    def __init__(self, body: str):
        self.body, self.found = body, None

    def __contains__(self, name: str) -> bool:
        if not stands_after(self.body, name, _QUOTE_OPENINGS):
            return False
        if self.found is None:
            self.found = frozenset(a or b for a, b in _QUOTED_NAME.findall(self.body))
        return name in self.found


def _mentions(body: str, word: str) -> int:
    """How often `word` stands in the body as a whole word of _TOKEN (`Voss’s` counts for Voss): from each place it
    starts a token; a token that ends with the word itself is the word, read with no pattern."""
    count, size, itself = 0, len(word), bare(word) == word and all(map(is_token_char, word))
    for at in occurrences(body, word):
        if _starts_token(body, at):
            after = body[at + size:at + size + 1]
            count += itself if not after or not is_token_char(after) else \
                bare(_TOKEN.match(body, at).group()) == word
    return count


def _starts_token(body: str, at: int) -> bool:
    """findall reads a run of token characters from its first ASCII letter to its end: `x-Voss` is one word."""
    if not body[at].isascii() or not body[at].isalpha():
        return False
    before = at - 1
    while before >= 0 and is_token_char(body[before]):
        if body[before].isascii() and body[before].isalpha():
            return False
        before -= 1
    return True


_GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _subject_features(name: str, title: str, lede: str, body: str, interview: Interview,
                      index: _BodyIndex, called: str | None = None) -> Evidence | None:
    words = name.split()
    if words[0].lower().strip(".") in _RANKS:
        return None  # "Undersheriff Ecklie", "Captain Ines Roe": a character's rank
    if any(w.lower().strip(".") in COMMON_WORDS and w.lower() not in ("will", "may", "mark", "star") for w in words):
        return None
    for press in (interview.byline, interview.outlet):
        if press and (norm(name) == norm(press) or norm(words[-1]) == norm(press.split()[-1])):
            return None
    surname = called or _called_by(name, body, index)
    mentions = index.words[surname]
    if mentions and (index.in_italics[surname] >= mentions or
                     index.in_italics[surname] >= _MOSTLY_ITALIC and 2 * index.in_italics[surname] > mentions
                     and not index.spoken_by[surname]):  # *Seinfeld* in italics, and Seinfeld quoted speaking
        return None  # (mostly) inside italics: a show or film title, though an italic lead may set it roman
    if _only_credited(name, body):
        return None  # "Prepared by Ann Bell, Corran Media", "Photographs by …": whoever made the page, not its subject
    if index.in_italics[surname] and (len(apart(body, name)) <= sum(span.count(name) for span in index.italic_spans) or
                                      cast_in(name, body)):
        # the whole name only ever in italics (*Les Saisons de Lilou*), whatever its last word alone is; or the work
        # someone is cast in ("plays Commander Dot in *Moon Bakers*"), however often it stands in roman after
        return None
    ending = words[-1].lower().strip(".’'")
    if ending in INSTITUTION_WORDS or ending in PLACE_ENDINGS and not index.spoken_by[words[-1]]:
        return None  # a paper, a network or a place (a soap's street, never quoted speaking: not "Lane says")
    if all(index.words[w.lower()] for w in words) and not index.spoken_by[words[-1]]:
        # "Left Off", "Instant Watch": words the article also writes in lower case, so not a name, unless
        # someone of that name speaks ("…,” says Mark Strong).
        return None
    if name in index.quoted or _quoted_in(name, title) or index.in_italics[surname] and owns_a_name(name, title, body):
        return None  # ‘Poker Face’ set off like a title; *Ferris Lane*, in "Ferris Lane's Corinna Weatherby", a show
    titled = named_in_headline(name, title) or called is not None
    if not index.words[words[-1]] and not (surname != words[-1] and (
            index.spoken_by[surname] or titled and (index.words[surname] >= _FIRST_NAME_MENTIONS and
                                                     _stands_alone(surname, body) or plays_a_part(surname, body)))) \
            and not column_of(name, title):
        # "Spoiler Chat", "Leftovers Premieres": a headline's capitals; a person's surname comes back, or the first
        # name they are quoted by ("things Annika said"), or the first name a fan's post about the person its title
        # names calls them by ("Benedetta came out…") or casts in a part ("Ines plays Detective Ruth Calloway")
        return None
    if a_thing(name, body):
        return None  # "the Harrow Queen", "the mysterious Harrow Queen": what the article writes with "the" is no one
    if only_in_institutions(name, body):
        return None  # "Hungry Bachelors" stands only in "the Hungry Bachelors Club": a club, not a person
    if all(w.lower().strip(".’'") in TITLE_WORDS for w in words):
        return None  # `Night Desk`, `Harbor Lights`: every word an everyday word, so a title
    if _used_as_title(name, title) or _used_as_title(name, body):
        return None  # "Night Desk star Lena Voss", "Night Desk airs on…": a show, not a person
    # "as Lydia", "(Julia Holden)": a character, not a person who was interviewed; "who plays Captain Ines Roe"
    # says so outright.
    if any(_starts_with(after, name) for after in index.played) or name in index.characters:
        return None
    return {"title": 1.0 if titled else 0.0, "lead": 1.0 if name in lede else 0.0,
            "full_names": min(_FULL_NAMES_COUNTED, len(apart(body, name))),
            "surname_mentions": min(_MENTIONS_COUNTED, mentions),
            "quoted": min(_QUOTES_COUNTED, index.spoken_by[surname]),
            "trade": 1.0 if introduced_by_trade(name, lede) else 0.0,
            "character": sum(name in after and _starts_with(after, name) for after in index.playing)
            + _character_in_pairs(name, index)}


def _character_in_pairs(name: str, index: _BodyIndex) -> int:
    """How often `name` stands in brackets beside an actor as their character, or outside brackets beside the
    actor in them. Articles write both "Lena Voss (Ines Roe)" and "Ines Roe (Lena Voss)"; the side the article
    quotes more often is the actors', and with no quotes to tell, neither side counts."""
    def spoken(text: str) -> int:
        return index.spoken_by[text.split()[-1]]
    if not any(_ends_with(a, name) or _ends_with(b, name) for a, b in index.pairs):
        return 0  # on neither side of any pair, whichever side is the characters'
    if index.lean is None:  # the same for every candidate: read once
        index.lean = sum((spoken(a) > spoken(b)) - (spoken(a) < spoken(b)) for a, b in index.pairs)
    lean = index.lean
    if lean == 0:
        return 0
    return sum(_ends_with(b if lean > 0 else a, name) for a, b in index.pairs)


def _ends_with(text: str, name: str) -> bool:
    return text == name or text.endswith(" " + name)


def _starts_with(after: str, name: str) -> bool:
    """`Captain Ines Roe on…` names Ines Roe (a rank or title may come first)."""
    return after.startswith(name) or after.split(None, 1)[-1].startswith(name)
