"""Weights of the interviewee evidence (subject._subject_features), set by hand: a name in the title 3, in the lead
1, each full name written out 1, each surname mention 0.5, each speech verb 1, introduced by trade 2, each time it
stands as a character -2; the least evidence to name anyone 3. `python bench/fit_subject.py` measures them against
a fit on every annotated set, leave-one-source-out too, and `--write` replaces them with the fitted ones.
They are kept over the fit (2026-11-27, 114 interviews): the fitted weights (title about 7, character about -1.4)
tie end to end on every set (interviewee, turns, picks) and leave-one-source-out, guess one candidate more in fiction3,
yet name the character a title names in tests/extract/test_turns.py's invented pieces, which the sets hardly hold."""

WEIGHTS = {
    "title": 3.0,
    "lead": 1.0,
    "full_names": 1.0,
    "surname_mentions": 0.5,
    "quoted": 1.0,
    "trade": 2.0,
    "character": -2.0,
}
LEAST_EVIDENCE = 3.0
