"""A floor under the scores on the real-article corpus (../shared/corpus), when it is present.

The corpus is third-party text kept outside the project; `bench/eval_corpus.py` scores it. These floors only
ever go up: raise them when the figures rise, never lower them to get green.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("eval_corpus", Path(__file__).resolve().parents[2] / "bench" /
                                               "eval_corpus.py")
eval_corpus = importlib.util.module_from_spec(_SPEC)
sys.modules["eval_corpus"] = eval_corpus  # dataclasses look their module up by name
_SPEC.loader.exec_module(eval_corpus)

ROOT = eval_corpus.default_corpus()
pytestmark = pytest.mark.skipif(not any(ROOT.glob("interviews*.jsonl")), reason=f"no shared corpus at {ROOT}")

FLOOR_TURNS = 0.97  # share of speaker checks right, all annotation files together
FLOOR_GOOD_TOP3 = 34 / 40  # share of interviews with an editor-acceptable pick in the top 3
MAX_FORBIDDEN = 0  # forbidden picks among the top 3, all interviews together
FLOOR_AIRDATES = 0.93  # share of air-date sentences fully right
# Of the airings, those printed with the annotated show (either name containing the other) and network: 27 and 40
# of 55 when first scored (main at 3ab6ea8); shows 45 once the sentence's own title, the listicle item's, the
# paragraph's and the article's most named show are read; 47, and networks 44, with the headline's names and
# the network rules (a possessive channel, no embedded player's host, short names, agreeing airings); shows 48 with
# a headline's rubric (`Returning Favorites: CSI`); 49 and 45 with a title after a word for a kind of show
# (`a new series Wild Game Kitchen`) and a release's service agreed among the show's other releases.
FLOOR_PRINTED_SHOW = 49 / 55
FLOOR_PRINTED_NETWORK = 45 / 55
MAX_REFUSED = 0  # files the loader refuses


@pytest.fixture(scope="module")
def report():
    return eval_corpus.evaluate(ROOT)


def test_turns_floor(report):
    t = report.total
    assert t.right / t.checks >= FLOOR_TURNS, report.misses


def test_pull_quote_floor(report):
    t = report.total
    assert t.forbidden <= MAX_FORBIDDEN
    assert t.with_good / t.interviews >= FLOOR_GOOD_TOP3


def test_air_date_floor(report):
    t = report.total
    assert t.dates_right / t.sentences >= FLOOR_AIRDATES


def test_printed_show_and_network_floor(report):
    t = report.total
    misses = [m for m in report.misses if m.startswith("PRINTED")]
    assert t.shows_right / t.airings >= FLOOR_PRINTED_SHOW, misses
    assert t.networks_right / t.airings >= FLOOR_PRINTED_NETWORK, misses


def test_refused_files_ceiling(report):
    assert report.total.refused <= MAX_REFUSED
