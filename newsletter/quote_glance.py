"""What a candidate pull-quote shows at a glance: its first word, its ends, its length and where it stands.

These are read for every candidate before its text is searched: the ranking (`quote_ranking.py`) works out from them
the most a candidate can score, and the rules they alone can apply (a question, an opening that points back, a line
cut off) rule it out without a search. `quote_features` reads the same facts for its rules and features.
"""

from __future__ import annotations

import re

from .frozen import frozen
from .quote_words import rare_words

# Openers that continue something said before: the quote would not stand alone.
DANGLING = {"and", "but", "so", "that", "that's", "that’s", "or", "because", "also", "plus", "like", "then",
            "which", "too", "nor", "though", "anyway", "besides"}
# Interjections answer the question before going on ("Yeah, we shot it on a real sub."): editors sometimes keep them.
INTERJECTIONS = {"yes", "yeah", "well", "oh", "no", "um", "uh", "okay", "ok", "right", "exactly", "absolutely",
                 "sure", "definitely", "totally", "god", "wow", "look", "listen"}
# The speaker as the subject of the opening words: the line needs no referent from outside it.
SPEAKER = {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "my", "we", "we're", "we’re",
           "we've", "we’ve", "we'd", "we’d", "we'll", "we’ll", "our"}
# Third persons and demonstratives whose referent would be outside the quote, contracted too ("He'd have…").
# Not "There's": it states that something exists ("There's a man whose whole job is…") and points at nothing.
POINTING = {"him", "her", "them", "his", "their", "this", "these", "those", "he", "she", "they",
            *(p + a + t for p in ("he", "she", "they") for a in "'’" for t in ("s", "re", "d", "ll", "ve"))}
IT = {"it", "it's", "it’s"}  # opens on a thing named before, or a dummy subject
# A time told before, opening a line: "Since then, I've…", "During that time she…", "At that point…", "From then on…"
TIME_TOLD_BEFORE = (r"(?:Ever\s+)?(?:Since|Until|Till|By|From|After|Before|During|At|Around)\s+(?:then|that(?:\s+(?:"
                    r"time|point|moment|day|night|week|month|year|season|stage))?)\b(?![’'])")
TERMINAL = (".", "!", "…")
SHORT_ANSWER_WORDS = 60  # an answer this short is mostly its own highlight


@frozen  # built for every candidate ranked
class Context:
    """Where a candidate stands: its place in the answer and in the article."""

    pair: bool  # two sentences
    first_in_answer: bool  # the first sentence of an answer to a question
    featured: bool  # the outlet printed it in the lead or elsewhere too
    quoted_comma: bool  # “…,” she says: a comma before the closing mark ends the quote
    in_prose: bool = False  # a quote the journalist chose to print inside their own prose
    turn_words: int = 0  # length of the answer or quote it comes from
    opens_turn: bool = False  # the first words of its answer or quote
    closes_turn: bool = False  # the last words of its answer or quote
    clause: bool = False  # a clause of a sentence too long to print whole
    after_reply: bool = False  # follows a one- or two-word reply that opens its answer ("Loud. I was in…")


# The features read off a candidate's length, its first word, whether it exclaims, where it stands and how many of
# its words are rare, in the order placed_features gives them: cheap enough to work out for every candidate before
# its text is searched. quote_ranking.ceiling adds up the same tests written out for speed: change both together
# (tests/test_speed_picks.py holds them equal).
PLACED = ("one_breath", "long_but_fine", "exclamation", "it_opener", "interjection_opener", "speaker_opener",
          "two_sentences", "ends_at_comma", "first_in_answer", "answer_on_speaker", "quoted_in_prose", "short_answer",
          "opens_turn", "closes_turn", "clause", "after_reply", "concrete")


def placed_features(words: list[str], first: str, plain: str, ctx: Context) -> tuple[float, ...]:
    """The values of the PLACED features of a line of `words` opening on `first` (lower case)."""
    n = len(words)
    return (1.0 if 9 <= n <= 20 else 0.0,
            1.0 if 20 < n <= 25 else 0.0,
            1.0 if "!" in plain else 0.0,
            1.0 if first in IT else 0.0,
            1.0 if first in INTERJECTIONS else 0.0,
            1.0 if first in SPEAKER else 0.0,
            1.0 if ctx.pair else 0.0,
            1.0 if ctx.quoted_comma else 0.0,
            1.0 if ctx.first_in_answer else 0.0,
            # An answer that opens on its speaker ("I am terrible at…") restates itself; others lean on the question.
            1.0 if ctx.first_in_answer and first in SPEAKER else 0.0,
            1.0 if ctx.in_prose else 0.0,
            1.0 if 0 < ctx.turn_words <= SHORT_ANSWER_WORDS else 0.0,
            1.0 if ctx.opens_turn else 0.0,
            1.0 if ctx.closes_turn else 0.0,
            1.0 if ctx.clause else 0.0,
            1.0 if ctx.after_reply else 0.0,
            min(1.0, 2.0 * rare_words(words) / n) if n else 0.0)


def ruled_out_at_a_glance(plain: str, first: str, quoted_comma: bool, typed_lower: bool = False) -> bool:
    """Whether exclusion() rules the line out (`first`: its first word in lower case; `quoted_comma` and
    `typed_lower` as exclusion() is given them) by a test that reads no more than its first and last characters,
    its first word and whether it asks: what a ranking tries before searching."""
    return "?" in plain or starts_mid_sentence(plain, typed_lower) or opens_on_a_direction(plain) or \
        first in POINTING or first in DANGLING or \
        unclosed(plain, quoted_comma)


def starts_mid_sentence(plain: str, typed_lower: bool = False) -> bool:
    """The line opens in lower case (not a chat's, `typed_lower`), on punctuation that goes on from words before
    it, or on an editor's bracket in lower case."""
    # "[otherwise] it would…": the editor's bracket stands in for the words of the sentence before it
    return (plain[:1].islower() and not typed_lower) or plain[:1] in ",;:—–-" or \
        (plain[:1] == "[" and plain[1:2].islower())


def opens_on_a_direction(plain: str) -> bool:
    """The line opens on a script's or transcript's note of what the speaker does, in brackets and lower case
    ("(leaning in, whispering) I'm not allowed to say."): the words after it are played to the room."""
    return plain[:1] == "(" and plain[1:2].islower()


def unclosed(plain: str, quoted_comma: bool) -> bool:
    """The line stops without a full stop, an exclamation or an ellipsis (closing marks after it aside), and not on
    the comma before an attribution (`quoted_comma`)."""
    return not plain.rstrip("”\"’' )]").endswith(TERMINAL) and not quoted_comma


def first_word(plain: str, words: list[str]) -> str:
    """The first word in lower case, an editor's capital in brackets read with the rest of it (`[H]is` is "his")."""
    if plain[:1] == "[" and (m := _BRACKETED_CAPITAL.match(plain)):
        return (m.group(1) + m.group(2)).lower()
    return words[0].lower() if words else ""


_BRACKETED_CAPITAL = re.compile(r"\[([A-Z])\]([a-z’']*)")
