"""The evidence for who is interviewed is a feature vector times the weights in extract/subject_weights.py (fitted
by bench/fit_subject.py): the vector's shape, the rules that give no candidate, and the decisions the weights
make on invented articles, which the hand weights made before them."""

import importlib
import sys
from datetime import date
from pathlib import Path

import pytest

from newsletter.extract import subject_weights
from newsletter.extract.subject import (MIN_SUBJECT_SCORE, evidence_score, guess_interviewee, pick_subject,
                                        subject_evidence)
from newsletter.model import Interview

HAND_WEIGHTS = {"title": 3.0, "lead": 1.0, "full_names": 1.0, "surname_mentions": 0.5, "quoted": 1.0, "trade": 2.0,
                "character": -2.0}


def _iv(body: str, title: str, byline: str | None = None) -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 27), title=title, byline=byline,
                     outlet="Quay Weekly")


# The subject in the title and the lead, a co-star quoted more often: the title decides.
TITLED = _iv("Wren Aldous spent six winters on a ferry drama, and she is not done with boats.\n\n"
             "Her co-star Jory Tambe dropped by. “We never slept,” says Tambe. “The deck was always wet,” Tambe says.\n\n"
             "“I loved every cold morning of it,” says Aldous. Aldous still keeps the captain's whistle.",
             "Wren Aldous looks back on six winters at sea")
# No name in the title: the lead introduces its subject by trade, and the character she plays stands "as" her.
BY_TRADE = _iv("The actor Ottoline Brask has a new series about a lighthouse keeper, and she plays her as Greta Moll.\n\n"
               "Greta Moll is stubborn, Brask says. “Greta Moll would never leave the rock.” Greta Moll lives alone.\n\n"
               "“I read the script on a train and missed my stop,” says Brask.",
               "A keeper of the light")
# One passing name and nothing else: not enough evidence to name anyone.
PASSING = _iv("The new season opens on a wet Tuesday. Director Pell Sandor shot most of it at night.\n\n"
              "The town looks grey, the harbour looks greyer, and nobody smiles until the fourth episode.",
              "What to expect when the fog comes back")


def test_every_candidate_has_the_features_the_weights_name_and_ruled_out_names_have_none():
    iv = _iv("Detective Ines Roe is the character; Marisa Quell plays her. Quell talks to Tobin Reyes.\n\n"
             "“I like her stubbornness,” says Quell.", "Marisa Quell on Ines Roe", byline="Tobin Reyes")
    evidence = subject_evidence(iv, iv.body)
    assert list(evidence["Marisa Quell"]) == list(subject_weights.WEIGHTS)
    assert evidence["Marisa Quell"]["title"] == 1.0 and evidence["Marisa Quell"]["quoted"] == 1
    assert evidence["Tobin Reyes"] is None  # the byline
    assert "Detective Ines Roe" in evidence and evidence["Detective Ines Roe"] is None  # a character's rank
    assert evidence_score(None) == 0.0


def test_the_weights_file_names_every_feature_and_keeps_the_signs_of_the_evidence():
    assert list(subject_weights.WEIGHTS) == list(HAND_WEIGHTS)
    assert all(isinstance(v, float) for v in subject_weights.WEIGHTS.values())
    assert subject_weights.WEIGHTS["character"] <= 0 and all(
        v >= 0 for n, v in subject_weights.WEIGHTS.items() if n != "character")
    assert MIN_SUBJECT_SCORE == subject_weights.LEAST_EVIDENCE > 0


def test_a_score_is_the_weighted_sum_of_the_features_and_the_guess_is_the_best_scored():
    evidence = subject_evidence(TITLED, TITLED.body)
    features = evidence["Wren Aldous"]
    assert evidence_score(features) == pytest.approx(sum(subject_weights.WEIGHTS[n] * v for n, v in features.items()))
    assert evidence_score(features, HAND_WEIGHTS) == 3.0 + 1.0 + 1 + 0.5 * 3 + 1
    assert guess_interviewee(TITLED, TITLED.body) == pick_subject(evidence, TITLED.body)


@pytest.mark.parametrize("weights", [HAND_WEIGHTS, subject_weights.WEIGHTS], ids=["hand", "file"])
@pytest.mark.parametrize("iv, least, named", [(TITLED, MIN_SUBJECT_SCORE, "Wren Aldous"),
                                              (BY_TRADE, MIN_SUBJECT_SCORE, "Ottoline Brask"),
                                              (PASSING, MIN_SUBJECT_SCORE, None),
                                              (PASSING, 1.0, "Pell Sandor")],  # `A:` labels lower the bar to 1.0
                         ids=["title", "trade", "too-little", "answer-labels"])
def test_the_weights_in_the_file_make_the_decisions_the_hand_weights_made(weights, iv, least, named):
    assert pick_subject(subject_evidence(iv, iv.body), iv.body, least, weights)[0] == named


def test_the_fit_ranks_the_interviewee_first_and_holds_the_signs_of_the_evidence(monkeypatch):
    np = pytest.importorskip("numpy")  # the `test` extra has it; bench/fit_subject.py needs it
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "bench"))
    fresh = [m for m in ("fit_subject", "eval_corpus") if m not in sys.modules]
    try:
        _fit_ranks_the_interviewee_first(np, importlib.import_module("fit_subject"))
    finally:
        for module in fresh:  # imported here from bench/, and forgotten afterwards
            sys.modules.pop(module, None)


def _fit_ranks_the_interviewee_first(np, fit_subject) -> None:
    names = fit_subject.NAMES
    # Two interviews of three candidates: the interviewee has the title, and stands once as a character (which
    # would make that evidence for, were its sign not held); a rival has more mentions (which would make them
    # evidence against).
    row = np.zeros((3, len(names)))
    row[0, names.index("title")] = row[0, names.index("character")] = 1.0
    row[1, names.index("surname_mentions")] = 0.6
    row[2, names.index("lead")] = 1.0
    weights = fit_subject.fit((np.stack([row, row]), np.ones((2, 3), bool), np.array([[1.0, 0, 0]] * 2)))
    assert (row @ np.array([weights[n] for n in names])).argmax() == 0
    assert weights["title"] > 0 and weights["character"] == 0.0 and weights["surname_mentions"] == 0.0
