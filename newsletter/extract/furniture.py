"""Paragraphs said by nobody: a stage direction, a rule between parts, an editor's note, a post's hashtags, a
translator's credit, a heading that only numbers a question, a tape transcript's production cue, a chat log's server
notice, a paywall's box, and a web page's furniture between the parts of one article."""

from __future__ import annotations

import re

from .literals import LinePattern
from .openings import ByOpening
from .scan import led_by_first

_RULE = re.compile(r"\A(?:[-*_][ \t]*){3,}\Z")  # "---", "* * *": a rule between parts, said by nobody
# "EDIT: Going to answer for an hour", "UPDATE 2:": a poster's or an editor's note on the piece, not speech.
_NOTE = re.compile(r"\A(?:\*\*|__)?(?:EDIT|Edit|UPDATE|Update|ETA)(?:[ \t]*\d)?[ \t]*:")
_STAGE = re.compile(r"\A[\[(][^\])]{1,200}[\])]\Z")
# A web page's furniture between the parts of one article: "Page 2 of 3", "Continued on page 2 »", "« Previous page",
# "Advertisement", "Related: …" (a link to another story), "Watch the trailer below:" over an embed (pointing at it:
# "Watch the first episode again and you'll see it" is an answer). Said by nobody, and no break in whoever is speaking.
_PAGE_FURNITURE = re.compile(r"\A[*_]{0,2}(?:Page \d+ of \d+|(?:«|&laquo;)?[ \t]*Previous page\b.*|Continued on page \d+\b.*|"
                             r"Advertisement|ADVERTISEMENT|Related:[^\n]{0,150}|Read more:[^\n]{0,150}|"
                             r"(?:Watch|See|Listen to|Check out)\s+(?:the|our|a|her|his|their)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:trailer|video|clip|teaser|interview|episode|promo)\b"
                             r"(?:[^\n.?]{0,60}\b(?:below|above|here|now)\b[^\n.?]{0,20}[:.!]?|[^\n.?]{0,60}:))[*_]{0,2}\Z")
# A phone page's lines between the parts of an article ("Tap to continue reading", under its "Advertisement" too,
# "Continue reading below") and its link to another story ("MORE FROM POPLOOP: 14 TV Moms…"): the page's, nobody's.
# Kept out of NOBODYS: asked only of a paragraph with one of _READ_ON_WORDS near its start, and compiled once, not
# into every opening character's alternation.
_READ_ON = re.compile(r"\A[*_]{0,2}(?:(?:Advertisement|ADVERTISEMENT)[ \t]*\n[ \t]*)?"
                      r"(?:(?:Tap|Click|Scroll)(?: here)? to (?:continue|keep) reading|Continue reading(?: below)?|"
                      r"(?:Story|Article) continues below(?: (?:this )?advert(?:isement)?)?|"
                      r"(?:MORE FROM|More from|MORE ON|ALSO ON)[ \t][^\n:]{1,40}:[^\n]{0,150})[*_]{0,2}\Z")
_READ_ON_WORDS = ("reading", "continues below", "MORE ", "More from", "ALSO ON")
_READ_ON_REACH = 48  # characters: an advert's line and the tap line under it, or the footer's head
# A fan translator's or transcriber's credit closing the piece: "That's all! Translation by kuyuwatcher.", its own
# sentence ("It was translated by my sister" is an answer).
_CREDIT = re.compile(r"\A(?:[^\n]{0,40}[.!?…][ \t]+)?(?:Translation|Translated|Transcription|Transcribed|Subtitles|Subbed|Typed up)"
                     r"\s+by\s+[^\n]{1,60}\Z", re.I)
# A heading that only numbers what follows ("## 16.", "### Question 5", "**7.**"): the piece's layout, said by nobody
_NUMBER_HEADING = re.compile(r"\A(?:#{1,6}[ \t]*|\*\*|__)(?:(?:No\.|Number|Question|Part)[ \t]*)?\d{1,3}[.):]?(?:\*\*|__)?\Z",
                             re.I)
# A production cue in a tape's or a script's transcript ("SUPER: JUNO ABERNATHY-KWAME", "NAT SOUND: gulls", "B-ROLL:
# the dock at dusk", "TUNE-IN: …"): what the editor sees or hears, said by nobody. Capitals only: "Music: …" is prose.
_CUE = re.compile(r"\A(?:SUPER|CHYRON|LOWER THIRD|CG|GFX|GRAPHICS?|NAT SOUND|NATS|NAT SOT|B-ROLL|B ROLL|BROLL|SOT|"
                  r"SFX|MUSIC|TUNE-IN|TUNE IN|SLATE|TITLE CARD|ON SCREEN|ON-SCREEN)[ \t]*:")
# A chat log's server notices and session lines ("[21:05] *** kestrel_fan has joined #show", "Session Start: …"):
# the program's, nobody's words.
_CHAT_NOTICE = re.compile(r"\A(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*)?(?:\*\*\*|-!-)[ \t]|\ASession (?:Start|Close|Ident):")
# A paywall's box cutting the article off: "This article is for subscribers only.", "You've read 3 of your 3 free
# articles this month. Subscribe…", "Subscribe now · Already a subscriber? Log in".
_PAYWALL = re.compile(r"\A[*_]{0,2}(?:This (?:article|story|content|interview) is (?:for|available to|exclusive to) "
                      r"(?:paying )?(?:subscribers|members)\b|You(?:'ve|’ve| have) read \d+ of your \d+ free\b|"
                      r"Subscribe (?:now|today|to (?:read|continue))\b|Already a (?:subscriber|member)\?|"
                      # a magazine's offer ("Subscribe to Screen Weekly and get 12 issues for £12.")
                      r"Subscribe\b[^\n]{0,60}?\b(?:issues?|trial|save)\b)", re.I)
# A magazine's promo for its next issue ("NEXT WEEK: Win a day on set!", "**Coming up:** …"): in capitals or bold,
# since "Next week: Rome." may answer a question.
_PROMO = re.compile(r"\A(?:(?:NEXT WEEK|NEXT ISSUE|NEXT TIME|COMING UP|COMING SOON|ALSO INSIDE|DON[’']T MISS)[!:]|"
                    r"(?:\*\*|__)(?i:next week|next issue|coming up|coming soon|also inside|don[’']t miss)[!:]?(?:\*\*|__))")
# A repost's box saying where the piece comes from and who translated it ("> **Source:** *Télé Hebdo*, n° 1547.
# Interview by …"), or an archive's note on how it came ("> Archive note: this came as an email…"): the poster's
# note, nobody's speech ("> Note:" alone may be a speaker's own aside)
_CITED_FROM = re.compile(r"\A(?:>[ \t]?)+[*_]{0,2}(?:Source|Sources|Originally published|Translated by|Translation|Via|"
                         r"(?:Archive|Archivist['’]?s|Editor['’]?s|Site|Webmaster['’]?s|Webmistress['’]?s|"
                         r"Transcriber['’]?s|Poster['’]?s)[ \t]+note)[*_]{0,2}[ \t]*:", re.I)
# A box's heading set in bold over a listing or a link, or a warning over the piece ("**WATCH IT**", "**RELATED:
# Northern dramas to watch**", "**SPOILER WARNING: Do not read until…**"): the page's, nobody's speech. The heading
# ends the bold or takes a colon: "**Related to that, what did you think?**" is a question.
_BOX_HEAD = re.compile(r"\A(?:\*\*|__)(?i:watch it|tune in|(?:how|where|when) to watch|related(?: stories| articles)?|"
                       r"read (?:more|also|next)|also read|see also|spoilers? (?:alert|warning|ahead)|fast facts|"
                       r"at a glance|trending|recommended|don[’']t miss)(?::|\*\*|__)")
_HASHTAGS = re.compile(r"\A(?:#[^\s#][^#\n]{0,40}){2,}\Z")  # a post's tags ("#lanternfall #bram achterberg"): nobody's words


def chat_notice(text: str) -> bool:
    """Whether `text` opens on a chat log's server notice or session line."""
    return _CHAT_NOTICE.match(text) is not None


NOBODYS = (_STAGE, _RULE, _NOTE, _HASHTAGS, _PAGE_FURNITURE, _CREDIT, _NUMBER_HEADING, _CUE, _CHAT_NOTICE, _PAYWALL,
           _PROMO, _CITED_FROM, _BOX_HEAD)
# Every paragraph of every article is asked: each pattern is tried only on the characters it can open with, and the
# translator's credit, which may open on anything, only on a paragraph holding its "by" (re.I matches b and y to
# their two ASCII cases only).
_LED = ByOpening(tuple(rx for rx in NOBODYS if rx is not _CREDIT))


def said_by_nobody(text: str) -> bool:
    """Whether a whole paragraph is one of these, whoever is speaking around it."""
    return _LED.match(text) or _holds_by(text) and _CREDIT.match(text) is not None or \
        any(word in text[:_READ_ON_REACH] for word in _READ_ON_WORDS) and _READ_ON.match(text) is not None


def _holds_by(text: str) -> bool:
    """`"by" in text.lower()`, with no lower-case copy of the paragraph made (B and Y are the only characters whose
    lower case holds b or y)."""
    return "by" in text or "By" in text or "BY" in text or "bY" in text


# A wiki's or a paper's list of sources, from its heading to the end: the titles it quotes are articles', not
# anyone's speech (`↑ Kvist, Maren. "The girl with the rake". *Nordlys Weekly*, 2022.`).
_SOURCES_WORDS = ("References", "Sources", "Notes and references", "Footnotes", "Citations", "Bibliography",
                  "External links")
_SOURCES_HEADING = LinePattern(r"[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?(?:" + "|".join(_SOURCES_WORDS) +
                               r")(?:\*\*|__)?[ \t]*:?[ \t]*$")


def sources_start(body: str) -> int:
    """Where an article's closing list of sources begins (its heading), else the body's end."""
    start = len(body)
    for start, _ in _SOURCES_HEADING.matches(body):
        pass  # the last such heading: a "Notes" section may come before the references
    return start


# "Edited and condensed for clarity.": the editor's note on an interview, the journalist's words wherever it stands
_EDITED = led_by_first(r"\b(edited (?:and condensed )?for (?:length|clarity)|condensed for)\b", re.I)
EDITED_HOLDS = "ed for"  # in every match, in letters re.I matches only to their ASCII cases (not i, k or s)


def edited_note(text: str) -> bool:
    """_EDITED.search(text), run only on a text holding EDITED_HOLDS in some case: led by `e` and `c`, the search
    stops at nearly every word of every paragraph."""
    return EDITED_HOLDS in text.lower() and _EDITED.search(text) is not None
