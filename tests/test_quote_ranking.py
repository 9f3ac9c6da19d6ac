"""The lazy ranking of pull-quote candidates (newsletter/quote_ranking.py) picks exactly what ranking every candidate
picks, scoring only the best few: each candidate's ceiling is never below its score, whatever the weights, and a
candidate a glance rules out is one the rules exclude."""

import random
from datetime import date
from pathlib import Path

import pytest

from newsletter import quote_features as qf, quote_ranking, quote_weights
from newsletter.extract import sentences, understand
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

FICTION = sorted(f for f in Path(__file__).parent.glob("extract/fiction*/articles/**/*") if f.is_file())


@pytest.fixture(scope="module")
def understood():
    return [understand(read_interview(f)) for f in FICTION]


def _overlap(a, b) -> float:
    wa = {w.lower() for w in qf.WORD.findall(a.text)}
    wb = {w.lower() for w in qf.WORD.findall(b.text)}
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def diverse_from_the_full_ranking(sel, u, count):
    """The picks as they were made before the ranking was lazy: from the whole ranked list, one an answer first, then
    any that overlaps no pick (the rule of pull_quotes._diverse, written out here as it stood)."""
    pinned = [p for p in sel.picks if p.rule == "pinned"]
    count -= len(pinned)
    free = [c for c in sel.candidates
            if c.excluded is None and all(c.end <= p.start or c.start >= p.end for p in pinned)]
    picks = []
    for c in free:
        if len(picks) >= count:
            break
        if any(c.turn_index == p.turn_index or _overlap(c, p) > 0.5 for p in picks):
            continue
        picks.append(c)
    if len(picks) < count:
        for c in free:
            if len(picks) >= count:
                break
            if c not in picks and all(c.end <= p.start or c.start >= p.end for p in picks) \
                    and all(_overlap(c, p) <= 0.5 for p in picks):
                picks.append(c)
    return [(p.start, p.end, p.score, p.reasons) for p in pinned] + [(c.start, c.end, c.score, c.reasons) for c in picks]


def test_the_fiction_sets_are_there():
    assert len(FICTION) > 150


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_the_picks_are_those_of_ranking_every_candidate(understood, count):
    checked = 0
    for u in understood:
        sel = select_pull_quotes(u, count=count)
        got = [(p.start, p.end, p.score, p.reasons) for p in sel.picks]
        assert got == diverse_from_the_full_ranking(sel, u, count), u.interview.source
        checked += bool(got)
    assert checked > 100


def rankings_of(understood, monkeypatch):
    made = []
    init = quote_ranking.Ranking.__init__

    def keep(self, specs, ceilings, score, place):
        init(self, specs, ceilings, score, place)
        made.append((self, ceilings))

    monkeypatch.setattr(quote_ranking.Ranking, "__init__", keep)
    for u in understood:
        select_pull_quotes(u, count=3)
    return made


def test_a_ceiling_is_never_below_the_score_and_no_ceiling_means_excluded(understood, monkeypatch):
    bounded = ruled_out = 0
    for ranking, ceilings in rankings_of(understood, monkeypatch):
        for i, ceiling in enumerate(ceilings):
            c = ranking.candidate(i)
            if ceiling is None:
                assert c.excluded is not None, c.text
                ruled_out += 1
            elif c.excluded is None:
                assert c.score <= ceiling, c.text
                bounded += 1
    assert bounded > 500 and ruled_out > 500


def test_ceilings_hold_under_any_weights(understood, monkeypatch):
    """bench/fit_quotes.py swaps the weights while it runs: a ceiling reads them at each selection."""
    saved = dict(quote_weights.WEIGHTS)
    rng = random.Random(29)
    try:
        for _ in range(3):
            quote_weights.WEIGHTS.update({name: rng.uniform(-2.0, 2.0) for name in saved})
            for ranking, ceilings in rankings_of(understood[::4], monkeypatch):
                for i, ceiling in enumerate(ceilings):
                    c = ranking.candidate(i)
                    assert ceiling is None or c.excluded is not None or c.score <= ceiling, c.text
    finally:
        quote_weights.WEIGHTS.clear()
        quote_weights.WEIGHTS.update(saved)


ANSWERS = (
    "We moved the whole caravan of trucks up the coast before breakfast, and nobody had slept.",
    "The catering van broke down twice and the crew ate cold porridge on the beach. It rained sideways.",
    "I painted my own nails in the makeup chair while the director argued with a seagull about the light.",
    "My grandmother knitted the scarf I wear in the final scene, and she watched every take from a deckchair.",
    "You learn to love a wet costume. By the third week I stopped noticing the sand in my boots at all.",
    "Our stunt coordinator built a ramp out of pallets and sheer optimism, and somehow it held for forty jumps.",
    "The lighthouse keeper let us film inside for a crate of oranges. He wanted nothing else from anybody.",
    "Honestly, the hardest part was keeping a straight face when the goat wandered into the funeral scene.",
)
LONG = "".join(f"Tidewater Gazette: What happened on day {n} of the shoot?\n\nInes Varga: {a}\n\n"
               for n, a in enumerate(ANSWERS, 2))


def test_only_the_best_candidates_are_scored_until_the_whole_ranking_is_read(monkeypatch):
    made = []
    init = quote_ranking.Ranking.__init__
    monkeypatch.setattr(quote_ranking.Ranking, "__init__",
                        lambda self, *a: (init(self, *a), made.append(self))[0])
    u = understand(Interview(source="t", body=LONG, date=date(2026, 11, 24), title="Ines Varga on the coast shoot"))
    sel = select_pull_quotes(u, count=2)
    assert len(sel.picks) == 2
    (ranking,) = made
    assert 0 < len(ranking.scored) <= len(ranking.specs) / 2
    assert len(sel.candidates) == len(ranking.specs) == len(ranking.scored)


def _texts(seed: int, pieces: list[str], count: int = 20000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


# Each gate beside the pattern it lets be searched, and pieces to build lines of: the words the pattern looks for,
# their capitals, letters re.I folds onto ASCII ones (ſ, İ, ı), apostrophes and look-alikes.
GATES = [
    (qf._HELD_UP, lambda t: qf._holds(t, t.lower(), qf._HELD_UP_KEYS),
     ["of", "at", "on", "with", "behind", " ", "  ", "this", "these", "This", "THESE", "thiſ", "theſe", ".", "!", "…",
      "”", "’", "'", "x", "\n", "look "]),
    (qf._COMPLIMENT, lambda t: qf._holds(t, t.lower(), qf._COMPLIMENT_KEYS),
     ["nice", "kind", "Kind", "sweet", "lovely", "generous", " of you", " OF YOU", " of ", "you", "You", "you're",
      "you’re", " are", " too kind", " too", " ", ".", "ſweet", "\u212aind"]),
    (qf._TO_THE_INTERVIEWER, lambda t: qf._holds(t, t.lower(), qf._TO_THE_INTERVIEWER_KEYS),
     ["what you", "What You", " are", " just", " saying", " said", " say", "your", " advice", " readers", " tips",
      "good", "great", " question", "questions", "an", "a", " tough", "as", "like", " you", "you", "'ve", " have",
      " asked", " ask", "the way", "'re", "’re", " so", " right", "that's a", " hard", " one", " understand",
      " the reference", " the joke", " what I mean", " what I’m", " talking about", " guys", "y’all", "y'all", " ",
      ",", ".", "ſ", "İ", "ı", "ASK"]),
    (qf._LEANING, lambda t: qf._may_lean(t, (qf.WORD.findall(t) or [""])[0].lower(), t.lower()),
     ["Honestly", "well", "Oh", "yeah", "yes", "no", "um", "I'd say", "I’d say", ",", " ", "things like", "stuff like",
      "not really", "maybe", "of course", "a little", "both", "all of them", "none of", "about", "around", " a",
      " two", " 5", "I", "We", "they", " used to", " did", " can't", " won’t", " really", "Coffee", "The", "the",
      "heat", ", then", " then", " and", "." , "…", "—", "ſ", "İ", "ı", "yeſ", "thingſ", "x", "'", "’", "Look", "ha",
      "never say never", "Who knows", "we'll see", "We’ll just see", "time will tell", "watch this space",
      "You never know", " here", "!"]),
]


@pytest.mark.parametrize("rx, gate, pieces", GATES, ids=["held_up", "compliment", "to_the_interviewer", "leaning"])
def test_a_gate_lets_its_pattern_be_searched_wherever_it_can_match(rx, gate, pieces):
    found = 0
    for text in _texts(29, pieces) + [t.capitalize() for t in _texts(30, pieces)]:
        if (rx.match if rx is qf._LEANING else rx.search)(text):
            found += 1
            assert gate(text), text
    assert found > 100


LONG_ANSWERS = (
    "The ferry captain taught me to tie a bowline in the dark. I still practise it on my shoelaces before every "
    "audition. My agent thinks I have lost my mind over a piece of rope.",
    "We rebuilt the lighthouse kitchen in a warehouse outside the city. The paint was still wet on the first day of "
    "filming. Every jumper I own now smells faintly of turpentine and salt.",
)


def test_pins_and_short_interviews_pick_as_the_full_ranking_does():
    """A pin takes a place and its span; an interview with fewer answers than picks takes more than one from an
    answer, never overlapping."""
    body = "".join(f"Tidewater Gazette: What happened on day {n} of the shoot?\n\nInes Varga: {a}\n\n"
                   for n, a in enumerate(LONG_ANSWERS, 2))
    for pins in ((), (LONG_ANSWERS[1].split(". ")[1] + ".",)):
        u = understand(Interview(source="t", body=body, date=date(2026, 11, 24), pins=pins,
                                 title="Ines Varga on the coast shoot"))
        for count in (2, 3, 4):
            sel = select_pull_quotes(u, count=count)
            assert [(p.start, p.end, p.score, p.reasons) for p in sel.picks] == \
                diverse_from_the_full_ranking(sel, u, count)
            assert len(sel.picks) == count
            assert len({p.start for p in sel.picks}) == count
            assert (sel.picks[0].rule == "pinned") == bool(pins)


def words_before(text: str, at: int) -> str:
    before = text[max(0, at - sentences._LOOK_BACK):at]
    return before.rsplit(None, 1)[-1].lstrip(sentences._OPENERS) if before[-1:] and not before[-1].isspace() else ""


def test_a_stop_after_a_long_word_a_mark_or_a_digit_is_told_apart_as_reading_its_word_tells_it():
    """_shortens answers at once for a stop after no ASCII letter or after more letters than any abbreviation has;
    reading the word back to its start (as it did before) says the same at every place of every line."""
    pieces = ["Dr", "mr", "approx", "Sept", "U", "S", "p", "m", "No", "no", "J", "x", "abcdefg", "é", "(", "“", " ",
              ".", "5", "etc", "Thurs", "İ", "ſ", "a.b", "Corp"]
    checked = 0
    for text in _texts(31, pieces, 30000):
        for at in range(len(text) + 1):
            word = words_before(text, at)
            for following in ("A", "5"):
                expected = word.lower() in sentences.ABBREVIATIONS or \
                    word[1:2] in ("", ".") and sentences._DOTTED_LETTERS.match(word) is not None or \
                    (word.lower() == "no" and following.isdigit())
                assert sentences._shortens(text, at, following) == expected, (text, at, following)
                checked += expected
    assert checked > 1000
