"""Weights of the interviewee evidence (subject._subject_features), set by hand before any fit: a name in the title
3, in the lead 1, each full name written out 1, each surname mention 0.5, each speech verb 1, introduced by trade
2, each time it stands as a character -2; the least evidence to name anyone 3. `python bench/fit_subject.py`
measures these against a fit; `--write` replaces them with the fitted ones (do not edit by hand then)."""

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
