"""Which show an airing is of, as the newsletter prints it beside the date (pure).

An airing sentence names its show itself (`*Quayside* airs…`, `Ridgeline returns Sunday`, a listings header
`Ridgeline (Friday, 9pm, NBC)`); when it names none, the show is the one its paragraph or its listicle item is
about, else the one the article is about: the show its headline and body name most, not the first title quoted
anywhere (a film in a list of credits, a protest banner, a scare-quoted word).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..model import AirDate
from .air_not_shows import commenter, place_heading, without_country
from .channels import find_channels
from .literals import LinePattern
from .scan import led_by_first
from .schedule_rows import row_title
from .show_subject import TITLE_RUN, addressed, show_subject, taken_up
from .title_words import marked_title_like, shouted as _shouted, title_like

_MAX_CANDIDATES = 40  # an article's titles counted through its body: a long transcript sets off hundreds
_LEAD_CHARS = 3000  # the titles a body sets off are looked for in its lead, where a piece names what it is about
_EPISODE_REACH = 40  # how far before a title `episode titled` can stand
# A sentence's opening word that is no part of the title after it (`But Ridgeline returns…`).
_OPENERS = frozenset({"but", "and", "so", "now", "then", "plus", "also", "still", "meanwhile", "yet", "or"})
# What stands before a sentence's words in a transcript or a translation: `[00:05:15] RUTH:`, `[TN: `; a fact
# table's label cell (`| Transmission | Harbor Lights begins…`).
_RUN = TITLE_RUN
_LEAD_IN = re.compile(r"^(?:\[[\d:.]+\]\s*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)?:\s+)?|\[(?:TN|NB|Note):\s*"
                      r"|\|[ \t]*[A-Z][^|\n]{0,39}\|[ \t]*)")
# Set-off text: italics, bold, quotation marks, a link's text; straight single quotes only around a capital that
# is no word's apostrophe (`the 'Harbor Lights' finale`, not `Reyes' 'big' night`). Each kind is read from its opening
# mark, which the pattern reads first and checks behind (with the character before a `*`, `_` or `‘`): the engine
# skips to the marks, where a look-behind or a look-ahead first has it try every character.
_MARKED = led_by_first(r"[<*_“\"‘'\[](?:(?<=<)(?P<tag>i|em|b|strong|cite)>(?P<t1>[^<]{1,120}?)</(?P=tag)>"
                       r"|(?<=\*)(?<![\w*]\*)\*(?P<t2>[^*\n]{1,120}?)\*\*(?![\w*])"
                       r"|(?<=\*)(?<![\w*]\*)(?P<t3>[^*\n]{1,120}?)\*(?![\w*])"
                       r"|(?<=_)(?<!\w_)(?P<t4>[^_\n]{1,120}?)_(?!\w)"
                       r"|(?<=“)(?P<t5>[^“”\n]{1,120}?)”|(?<=\")(?P<t6>[^\"\n]{1,120}?)\""
                       r"|(?<=[‘'])(?<!\w[‘'])(?P<t7>[A-Z](?:[^‘’'\n]|['’](?=\w)){0,118}?)[’'](?!\w)"
                       r"|(?<=\[)(?P<t8>[^\]\n]{1,120}?)\]\()")
# An episode's title, quoted before or after the word (`the "Goodbye, Ferry" episode of…`, `episode "Tidewater"`,
# `the finale, "Low Tide",`).
_EPISODE_BEFORE = led_by_first(r"\b(?:episodes?|finale|case|chapter|instal?lment)(?:\s+(?:titled|called|named|entitled))?"
                               r",?\s*[\"“‘'*_<]*$", re.I)
_EPISODE_AFTER = re.compile(r"^[\"”’'*_>/a-z]*,?\s+(?:episode|instal?lment|chapter)\b", re.I)
# A title that says who someone is (`the "Ridgeline" star`, `the *Ridgeline* alum`): a person, not the airing.
_PERSON_AFTER = re.compile(r"^[\"”’'*_>/a-z]*\s+(?:star|stars|actor|actress|alum|alumna|alumnus|creator|producer|"
                           r"showrunner|fans?|co-?star|veteran)\b", re.I)
# `Harbor Lights is on ITV1…`, `Harbor Lights is back on Sunday`: a title, then `is on`/`is back`.
# (not `Philippa is back as Prudence`: a player back in a role)
_IS_ON = re.compile(r"^(?P<t>.+?)\s+(?:is|are)\s+(?:(?:also|now|still)\s+)?"
                    r"(?:on|back(?!\s+as\b)|out|available|streaming)\b")
_GENRE_TITLE = re.compile(r"\b(?:series|show|drama|sitcom|comedy|thriller|telenovela|saga|soap|documentary|docuseries|"
                          r"miniseries|programme|program|special|(?:episodes?|seasons?)\s+of),?\s+(?P<t>[A-Z0-9][\w.'’&!:-]*(?:\s+(?:(?:of|the|and|&)"
                          r"\s+)*[A-Z0-9][\w.'’&!:-]*)*)")
# A listings header: `Ridgeline (Friday, 9pm/ET, NBC)`.
_HEADER = re.compile(r"^(?P<t>[^()]{1,60}?)\s*\((?=[^)]*(?:\d|day\b|night\b))")
# The title a clause ends on: `His appearance on The Late Hour`, `reminder that Hollowmere`.
_TRAILING = re.compile(r"(?:^|\s)(?:on|of|that|in|to|for|when)\s+(?P<t>[A-Z0-9][\w.'’&!:-]*(?:\s+(?:(?:of|the|and|&)\s+)*"
                       r"[A-Z0-9][\w.'’&!:-]*)*)$")
_OWNER = re.compile(r"^(?P<owner>[^'’]+)['’]s\s+(?P<rest>.+)$")  # `Channel 8's Lion City Kitchen`
_NEXT = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?:next|new|all-new|brand-new|latest)\s+(?=[A-Z])")  # `The next Celebrity Quiz is on…`: its title
_PART_TAIL = re.compile(r"\s+(?:season|series|part|volume|chapter)s?\s+\S+$", re.I)  # `Ledger season two`
# A heading holding a date (`**Warsaw, 3 November 2026**`): a press release's dateline, not an item's title.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b")
_SECTION = re.compile(r"[A-Z]{6,}$")  # `TRANSMISSION`, `UPDATE`: a section's heading in capitals, not a title
# A news site's box headings set off in bold (`**Summary**` over its bullet points): never a show.
_BOX_HEADINGS = frozenset({"summary", "highlights", "key points", "in brief", "at a glance", "in short", "the gist"})
# A heading alone on its line: `**Ridgeline**`, `## Ridgeline`, `<strong>Ridgeline</strong>`; numbered or not.
_HEADING = LinePattern(r"[ \t]*(?:#{1,6}[ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__|<(?:b|strong)>)?[ \t]*"
                       r"(?:\d{1,2}[.)][ \t]+)?"
                       r"(?P<t>[^\n*<>#]{1,80}?)[ \t]*(?:\*\*|__|</(?:b|strong)>)?[ \t]*$")
# A Markdown heading led by a title set off (`## *Brinecliff Kings*, season 2`): the item's show, what follows it aside.
_TITLE_HEADING = re.compile(r"^#{1,6}[ \t]+[*_](?P<t>[A-Z0-9][^*_\n]{0,79}?)[*_](?![*_])", re.M)
# Where a headline puts a show's name: after `on`/`to`/`of`/a colon or comma, before a colon or comma, or before a
# word for an airing or a cast member (`Harbor Lights Series Finale`); not before a possessive, which is as often a
# person's; looked ahead, so that spots may overlap.
_AFTER_SPOT = re.compile(rf"(?:\b(?i:on|to|of|in)\s+|[:,]\s+|--\s+|^)(?=({_RUN}))")
# What stands around a show's name in running text: `on`, `watch`, `the season of`, a channel's possessive
# (`Pellham's Ember County`) before; `season`, `fans`, an aside saying what it is (`, ITV's six-part thriller`), a
# listing's channel and time (`**Ballroom Nights** (BBC One, 6.45pm)`) after.
_SHOW_BEFORE = led_by_first(r"\b(?:(?:season|series|episodes?|finale|premiere|cast|set|fans)\s+(?:[\w-]+\s+)?of|on|"
                            r"watch|watching)\s+(?:the\s+)?$|\b[A-Z][\w+]*['’]s\s+$", re.I)
_SHOW_AFTER = re.compile(r"\s+(?:season|series|episodes?|finale|premiere|fans|cast|writers|producers|stars?|creator|"
                         r"reunion|revival)\b|(?:[*_\"”’]+|</\w+>)?,\s+(?:[\w'’+-]+\s+){1,4}?(?:drama|thriller|sitcom|comedy|saga|soap|"
                         r"miniseries)(?![\w'’])|(?:\*\*|__|</\w+>)?\s*(?:<\w+>|[*_])?\s*\([^)\n]{0,40}\d", re.I)
_LONGER_NAME = re.compile(r"\w|\s+[A-Z][a-z]")  # `Sara Lund` goes on past `Sara`
_CONTEXT_REACH = 40
_RUBRIC = re.compile(r"([\w ]{1,30}):\s+")  # `Preview: …`, `Returning Favorites: …`: what kind of piece it is
_BEFORE_SPOT = re.compile(rf"(?<![\w'’.-])(?=({_RUN})[:,])")
_SHOW_WORD_SPOT = re.compile(rf"(?<![\w'’.-])(?=({_RUN})\s+(?:Series|Season|Finale|Premiere|Star|Stars|Preview|Recap|"
                             rf"Reunion|Cast)\b)")
# Headline words that say what kind of piece it is or what happens, never a show's name by themselves.
_HEADLINE_WORDS = frozenset({"the", "a", "an", "on", "to", "of", "in", "for", "with", "and", "at", "back", "new",
                             "report", "video", "preview", "review", "exclusive", "watch", "returns", "return",
                             "returning", "finale", "premiere", "season", "series", "star", "stars", "this", "week",
                             "weekend", "tonight", "first", "look", "interview", "update", "recap", "episode",
                             "favorites", "favourites", "why", "how", "what", "who", "when", "is", "are", "will",
                             "says", "talks", "gets", "it", "its", "her", "his", "their", "our", "your", "my",
                             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                             "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"})


def named_show(sentence: str, not_shows: Iterable[str] = (), not_subjects: Iterable[str] = ()) -> str | None:
    """The show an airing sentence names: the title before its verb (`Ridgeline returns…`), else a schedule row's
    (`7.30  Ridgeline (S)`), else the first title it sets off that is no episode's, person's or channel's (`Lifetime's
    "Harbor Lights"`), else a listings header's (`Ridgeline (Friday, 9pm, NBC)`), else one after a word for a kind of
    show (`the new series Ridgeline`); never one of `not_shows` (the piece's people and outlet) set off, nor a subject
    in `not_subjects` (the interviewee, the outlet; a page may take a show's name for a speaker's)."""
    clean = _LEAD_IN.sub("", _plain(sentence))
    tune_in = _TUNE_IN.match(clean) if ":" in clean[:_TUNE_IN_REACH] else None
    fans = addressed(clean) if " fans" in clean[:_FANS_REACH] else None
    subject = tune_in.group("t") if tune_in and title_like(tune_in.group("t")) else \
        fans if fans and title_like(fans) else _subject(clean)
    if subject and subject.casefold() not in {n.casefold() for n in not_subjects if n}:
        return subject
    excluded = {n.casefold() for n in not_shows if n}
    for found in (row_title(sentence), *marked_titles(sentence), _header(clean), _after_genre(clean),
                  taken_up(clean)):
        if found and found.casefold() not in excluded:
            return found
    return None


# A tune-in line's rubric, then the show before a comma (`Tune in: Night Sister, Tuesday at 9.35pm on RTÉ One`).
_TUNE_IN = re.compile(r"(?i:tune[- ]in|how to watch|where to watch|watch it|catch it)\s*:\s*(?P<t>[^,;:]{1,60}?),\s")
_FANS_REACH = 70  # `Ridgeline fans:` opens the line: a title of up to eight words and the word
_TUNE_IN_REACH = 20  # the rubric's colon stands within this of the line's start (`Where to watch :` is 16)


def _after_genre(clean: str) -> str | None:
    """`a new series Wild Game Kitchen`, `the Danish thriller Kold Havn`, `every episode of Silver Spatulas`: a title
    right after a word for a kind of show or its parts (not a day, a month or a channel: `the show Sunday`)."""
    for m in _GENRE_TITLE.finditer(clean):
        found = m.group("t")
        if title_like(found) and found.split()[0].lower() not in _HEADLINE_WORDS:
            return found
    return None


_LINK, _TAG = re.compile(r"\[([^\]]*)\]\([^)]*\)"), re.compile(r"<[^<>]*>")
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~[^~]*~~")


def _plain(sentence: str) -> str:
    # Each pattern runs only where its mark stands: a title is read for every set-off phrase of every sentence
    text = _LINK.sub(r"\1", sentence) if "](" in sentence else sentence
    text = _TAG.sub(" ", text) if "<" in text else text
    text = html.unescape(text) if "&" in text else text
    text = _EMPHASIS.sub("", text) if "*" in text or "_" in text or "~" in text else text
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(_SPEAKER_LABEL.sub("", text, count=1).split())


# A transcript's speaker before the sentence ("PRESENTER: The Slate Quarter returns…"), or a box's label in capitals
# set off by a bar ("FOR YOUR CONSIDERATION | The Slate Quarter airs…"): not part of its subject.
_SPEAKER_LABEL = re.compile(r"\A[ \t]*[A-Z][A-Z.'\- ]{1,30}(?::|[ \t]\|)[ \t]+(?=\S)")


def _subject(clean: str) -> str | None:
    """The title a sentence opens on before its verb, with an opening `But`/`And` dropped; a clause before the verb
    (`While Harbor Lights won't be`) gives the title it ends on after `of`/`on` (`His appearance on The Late Hour`)."""
    words = clean.split(maxsplit=1)
    if len(words) == 2 and words[0].lower().strip(",") in _OPENERS:
        clean = words[1]
    on = _IS_ON.match(clean)
    channels = tuple(c.name for c in find_channels(clean))
    capital = re.search(r"\b[A-Z]", clean) if clean[:1].islower() else None  # `reminder that Hollowmere airs`
    for found in (show_subject(clean), on and on.group("t").strip("\"' "), on and _after_comma(on.group("t")),
                  capital and show_subject(clean[capital.start():]), *_after_commas(clean)):
        found = found and _PART_TAIL.sub("", _OWNER.sub(_unowned, without_country(_NEXT.sub("", found.strip("\"' ,")))))
        if not found or found.endswith(channels):  # `Morocco's 2M airs…`: the channel leads, not the show
            continue
        if title_like(found) or _shouted_title(found, clean):
            return found
        if title_like(found.split(",")[0]):
            return found.split(",")[0]  # `Copper Kettle, starring…`: the title before its appositive
        part = _TRAILING.search(found)
        if part and title_like(part.group("t")):
            return part.group("t")
    return None


def _after_comma(found: str) -> str | None:
    """`Don't forget, an all-new Juniper Hill is on`: the words after a clause's last comma, where one stands."""
    return found.rsplit(", ", 1)[1] if ", " in found else None


def _shouted_title(found: str, clean: str) -> bool:
    """`HIGH SUMMER premieres Monday`, `All episodes of HOLLOWAY SOUND premiere`: a press release's title in capitals
    as the subject of a sentence in lower case (a line all in capitals is a heading)."""
    return _shouted(found.split()) and any(c.islower() for c in clean) and title_like(found.title())


def _unowned(m: re.Match) -> str:
    """`Mediacorp Channel 8's Lion City Kitchen` is Lion City Kitchen; `TV Azteca's Azteca Uno` no title at all."""
    if not _ends_on_channel(m.group("owner")):
        return m.group(0)
    return "" if _ends_on_channel(m.group("rest")) else m.group("rest")


def _ends_on_channel(text: str) -> bool:
    found = find_channels(text)
    return bool(found) and found[-1].end >= len(text.rstrip()) - 1


# A phrase a sentence opens on before its comma, no title's appositive: `As a reminder,`, `In other news,`.
_LEAD_PHRASE = re.compile(r"(?:As|In|For|Just|Also|Remember|Reminder|Heads\s+up|Good\s+news|Don['’]t\s+forget)\b")


def _after_commas(clean: str):
    """`Thanks to the cast, Harbor Lights airs Thursday`: the subject of a clause after a comma."""
    for cut in re.finditer(r"[,;]\s+", clean):
        before = clean[:cut.start()]
        if not re.search(r"\b[a-z][\w'’]*$", before) or _LEAD_PHRASE.match(before):  # `The finale, "Ebbe", airs`:
            # an appositive; but `As a reminder, Harbor Lights returns`
            yield show_subject(clean[cut.end():])


def marked_titles(text: str, in_sentence: bool = True, labels: bool = True) -> list[str]:
    """The titles a text sets off (italics, bold, quotes, a link's text), in order: capitalised, short, and not an
    episode's title (quoted next to `episode`), a scare-quoted word (`"awful"`), someone's words (`"I cried."`) or
    part of a compound word (`*Strictly*-style`);
    in an airing's sentence (`in_sentence`) not a title that says who someone is (`the "Dockside" star`); with
    `labels`, not one opening a line before a colon (`*TV Weekly*:`, a speaker's label; a headline has none)."""
    out = []
    for m in _MARKED.finditer(text):
        raw = next(g for g in m.group("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8") if g is not None)
        found = _plain(raw).strip().strip("\"'").rstrip(",").strip()
        if found.endswith(".") and not re.search(r"\b[A-Z]\.$", found):
            found = found[:-1]  # `"Ridgeline."` as American style quotes a title before a full stop (not `C.S.I.`)
        if not marked_title_like(found) or found[-1] in "?:;":
            continue
        after = text[m.end():]
        if labels and (m.start() == 0 or text[m.start() - 1] == "\n") and re.match(r"[*_]{0,3}[ \t]*:", after):
            continue  # `*TV Weekly*: What surprised you?`: a speaker's label, `*Note*:` a note's
        episode = _EPISODE_BEFORE.search(text, max(0, m.start() - _EPISODE_REACH), m.start()) or \
            _EPISODE_AFTER.match(after)
        if episode or in_sentence and _PERSON_AFTER.match(after) or commenter(found, after) or after[:1] == "-":
            continue
        out.append(found)
    return out


def _header(clean: str) -> str | None:
    m = _HEADER.match(clean)
    return m.group("t").strip() if m and title_like(m.group("t").strip()) else None


def article_show(title: str | None, body: str, named: Sequence[str], not_shows: Iterable[str] = ()) -> str | None:
    """The show an article is about: the first title its headline sets off that its body names too; else of the
    titles its headline sets off, the shows its airing sentences name
    (`named`), the names in its headline that its body repeats as a show's, and the titles its lead sets off, the
    one the headline and body name most often on its own (`Thrones` inside `Game of Thrones` is no mention of
    `Thrones`; the headline's first on a tie); not a person of the piece (`not_shows`, which an airing's own
    subject may still be: a guess at the interviewee can be a show's name) or a channel."""
    excluded = {n.casefold() for n in not_shows if n}
    headline = [c for c in marked_titles(title or "", False, False) if c.casefold() not in excluded]
    if headline and _count(headline[0], body):
        return headline[0]  # `Ines Roe on 'Harbor Lights'`: the title the headline sets off, when the body names it
    lead = [c for c in marked_titles(body[:_LEAD_CHARS], False) if not _SECTION.match(c)
            and c.casefold() not in _BOX_HEADINGS]
    candidates = [*headline, *named, *_headline_names(title or "", body), *lead]
    kept = (c for c in candidates if c in named or c.casefold() not in excluded and not _names_person(c, excluded))
    counts = {c: _count(c, body) + _count(c, title or "") for c in list(dict.fromkeys(kept))[:_MAX_CANDIDATES]}
    best, best_count = None, 0
    for found, count in counts.items():
        count -= sum(n for longer, n in counts.items() if longer != found and _count(found, longer))
        if count > best_count:
            best, best_count = found, count
    return best


def _names_person(found: str, people: set[str]) -> bool:
    """`Jorja`, `DE LA FUENTE`, `Jorja Fox's`: a candidate whose words are all of a person's name, or one with more."""
    low = found.casefold().removesuffix("'s").removesuffix("’s")
    return any(set(low.split()) <= set(p.split()) or p in low for p in people if p)


def _headline_names(title: str, body: str) -> list[str]:
    """Names a headline gives a show by where they stand, of up to four capitalised words: before `Finale`,
    `Season`, `Star`… or after a rubric (`Harbor Lights Series Finale This Weekend`, `Returning Favorites: Harbor
    Lights`) when the body names them; after `on`/`to`/`of`/a colon or before a colon (`Back on Harbor Lights, but…`,
    `RETURNS TO HARBOR LIGHTS!`) when the body speaks of them as a show's."""
    out = []
    spots = [(m.group(1), rx) for rx in (_AFTER_SPOT, _BEFORE_SPOT, _SHOW_WORD_SPOT) for m in rx.finditer(title)]
    rubric = _RUBRIC.match(title)
    if rubric and all(w.lower() in _HEADLINE_WORDS for w in rubric.group(1).split()):
        spots.insert(0, (title[rubric.end():], _RUBRIC))  # `Returning Favorites: Harbor Lights`
    for run, rx in spots:
        words = run.split()
        while rx in (_BEFORE_SPOT, _SHOW_WORD_SPOT) and words and words[-1].lower().strip(",.:") in _HEADLINE_WORDS:
            words.pop()  # `Harbor Lights Series Finale`: the name ends before the words for the airing
        for size in range(min(len(words), 4), 0, -1):
            part = " ".join(words[:size] if rx in (_AFTER_SPOT, _RUBRIC) else words[-size:]).rstrip(",.!?'’")
            part = re.sub(r"['’]s?$", "", part)
            first, *rest = part.split() or [""]
            if first.lower() in _HEADLINE_WORDS and not (first in ("The", "THE") and rest) or \
                    part.split()[-1].lower() in _HEADLINE_WORDS:
                continue  # but `The Winter Ledger: a review`
            if len(part) > 1 and title_like(part) and (rx in (_SHOW_WORD_SPOT, _RUBRIC) and _count(part, body) or
                                                        named_as_show(part, body)):
                out.append(part)
                break
    return out


def named_as_show(name: str, body: str) -> bool:
    """Whether the body names `name` as a show (`on Harbor Lights`, `the second season of Harbor Lights`,
    `Harbor Lights fans`), not only as a person or a place (`the return of Sara Lund`, `in Bakersfield`)."""
    at = body.find(name)
    while at != -1:
        end = at + len(name)
        whole = not (at and body[at - 1].isalnum() or _LONGER_NAME.match(body, end))
        if whole and (_SHOW_BEFORE.search(body, max(0, at - _CONTEXT_REACH), at) or _SHOW_AFTER.match(body, end)):
            return True
        at = body.find(name, end)
    return False


def _count(name: str, text: str) -> int:
    """How often `name` stands in `text` as whole words (counted plainly first: most names stand nowhere)."""
    count, at = 0, text.find(name)
    while at != -1:
        end = at + len(name)
        count += not (at and text[at - 1].isalnum() or end < len(text) and text[end].isalnum())
        at = text.find(name, end)
    return count


def _heading_above(body: str, at: int) -> str | None:
    """The title of the listicle item a sentence stands under: the last heading line before it, when the article
    has two or more such headings (`**Ridgeline**` … `**Tidewater**`)."""
    headings = sorted([m for _, m in _HEADING.matches(body) if title_like(m.group("t").strip()) and m.group(0).strip()
                       != m.group("t").strip() and not _SECTION.match(m.group("t").strip())
                       and not _DATED.search(m.group("t"))]
                      + [*_TITLE_HEADING.finditer(body)], key=lambda m: m.start())
    above = [m for m in headings if m.end() <= at]
    found = above[-1].group("t").strip() if len(headings) >= 2 and above else None
    return None if found and place_heading(found) else found  # `### Canada`, `## Friday`: a round-up's section


def with_shows(air_dates: Sequence[AirDate], body: str, title: str | None, given: str | None,
               not_shows: Iterable[str] = (), key: Iterable[str] = ()) -> tuple[list[AirDate], str | None]:
    """The airings with the show each is of, and the article's show: `given` (the front matter's) when there is
    one; else each airing's own (`named_show`), the listicle item's it stands under, the last one its paragraph
    named before it, or the article's (`article_show`). `not_shows`: the piece's people and outlet; `key`: its
    interviewee and outlet, never a sentence's subject."""
    people = [n for n in not_shows if n]
    # a given show the body never names, where the article names one of its own, is a column's (`series: What's On
    # Tonight`), not the show's
    named = bool(given and _count(given, body))
    own = [] if named else [named_show(a.sentence, people, key) or _read_there(a) for a in air_dates]
    show = None if named else article_show(title, body, [s for s in own if s], people)
    if given and not show:  # the sentence's own title where it names one (as air dates read it), else the given show
        return [a if title_like(a.show) else replace(a, show=named_show(a.sentence, people, key) or given)
                for a in air_dates], given
    out = []
    for air, found in zip(air_dates, own):
        at = air.sentence_start if air.sentence_start is not None else -1
        if not found and at >= 0:
            # the show an earlier airing of its paragraph named, else its listicle item's, else the one its paragraph
            # or the article names
            found = _named_before(body, at, [s for s in own if s] + _set_off_before(body, at)) or \
                _heading_above(body, at) or _named_before(body, at, [show or ""])
        out.append(replace(air, show=found or show))
    return out, given or show


def _read_there(air: AirDate) -> str | None:
    """The show the reading of the airing's own line gave, where that line names it (a grid's row or note, `Almrausch:
    ab sofort in der BR Mediathek.`), for a line named_show finds no title in; not a show carried from elsewhere."""
    return air.show if air.show and air.show in air.sentence and title_like(air.show) else None


def _set_off_before(body: str, at: int) -> list[str]:
    """The titles its paragraph sets off before `at` (`TVP2 has dropped *Dom pod Lipami*. The remaining episodes
    go to TVP VOD on Sunday.`)."""
    return marked_titles(body[body.rfind("\n\n", 0, at) + 1:at], False)


def _named_before(body: str, at: int, shows: list[str]) -> str | None:
    """The show its paragraph named last before `at` (`Harbor Lights is on ITV1 on Mondays. The finale is on…`)."""
    start = body.rfind("\n\n", 0, at) + 1
    best, where = None, -1
    for show in dict.fromkeys(s for s in shows if s):
        spot = body.rfind(show, start, at)
        if spot > where:
            best, where = show, spot
    return best
