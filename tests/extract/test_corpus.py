"""The labelled fictional corpus in tests/corpus: every turn right, no forbidden pick, ever."""

import json
from pathlib import Path

import pytest

from newsletter.extract import understand
from newsletter.model import AIR_KINDS, ROLES
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.folder import read_interview

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LABELS = [json.loads(line) for line in (CORPUS / "interviews.jsonl").read_text().splitlines()]


def _norm(text: str) -> str:
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.replace("*", "").replace("_", "").split()).casefold()


def test_corpus_covers_every_format():
    assert len(LABELS) >= 15
    assert {a["format"] for a in LABELS} == {"qa-labeled", "qa-bold-questions", "transcript-multi", "prose-quotes",
                                             "mixed"}


@pytest.mark.parametrize("ann", LABELS, ids=[a["path"].rsplit("/", 1)[-1] for a in LABELS])
def test_every_turn_has_the_right_speaker_and_role(ann):
    u = understand(read_interview(CORPUS / "articles" / ann["path"]))
    assert u.interviewee == ann["interviewee"]
    assert {t.role for t in u.turns} <= set(ROLES) and {a.kind for a in u.air_dates} <= set(AIR_KINDS)
    body = u.interview.body
    wrong = []
    for check in ann["checks"]:
        pos = body.find(check["contains"])
        assert pos != -1, f"label text not in the article: {check['contains']!r}"
        turn = next((t for t in u.turns if t.start <= pos < t.end), None)
        got = (turn.role, turn.speaker) if turn else None
        want = (check["role"], check["speaker"])
        if got is None or got[0] != want[0] or (want[0] in ("interviewee", "other") and got[1] != want[1]):
            wrong.append(f"{check['contains']!r}: want {want}, got {got}")
    assert wrong == []


@pytest.mark.parametrize("ann", LABELS, ids=[a["path"].rsplit("/", 1)[-1] for a in LABELS])
def test_no_forbidden_pick_and_a_good_one_in_the_top_three(ann):
    u = understand(read_interview(CORPUS / "articles" / ann["path"]))
    picks = select_pull_quotes(u, count=3).picks
    for p in picks:
        assert u.interview.body[p.start:p.end] == p.text
        assert not any(_norm(b) in _norm(p.text) or _norm(p.text) in _norm(b) for b in ann["bad_pull_quotes"]), p.text
    assert any(_norm(g) in _norm(p.text) or _norm(p.text) in _norm(g) for p in picks for g in ann["good_pull_quotes"])
