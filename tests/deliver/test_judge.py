"""The judge maps every receipt status to a ledger state (typed vocabularies on both sides)."""

import random
from dataclasses import fields

import pytest

from newsletter.deliver.judge import UNKNOWN_WAIT, judge
from newsletter.deliver.claims import Claimed, Outcome
from newsletter.deliver.reports import LedgerCounts
from newsletter.deliver.tables import STATES
from newsletter.deliver.transport import STATUSES, Receipt

# What each answer makes of a row tried for the first time (`withdrawn` never reaches the judge).
EXPECTED = {"sent": "sent", "transient": "pending", "permanent": "failed", "unknown": "unknown",
            "outage": "pending", "stop": "pending", "untried": "pending"}


def test_the_table_covers_every_status_and_names_only_ledger_states():
    assert set(EXPECTED) | {"withdrawn"} == set(STATUSES)
    assert set(EXPECTED.values()) <= set(STATES)


def test_the_ledger_counts_have_one_field_per_state_in_order():
    assert tuple(f.name for f in fields(LedgerCounts)) == STATES
    counts = LedgerCounts(pending=1, sending=2, sent=3, failed=4, skipped=5, unknown=6)
    assert (counts.total, counts.remaining) == (21, 1 + 2 + 6)
    assert counts.as_dict() == dict(zip(STATES, range(1, 7))) and list(counts.as_dict()) == list(STATES)


@pytest.mark.parametrize("status", sorted(EXPECTED))
def test_each_status_gives_its_state(status):
    row = Claimed("fan@example.org", "Fan", "v1", attempts=0, state="pending")
    verdict = judge([Receipt(row.email, status, provider_id="p1", error="answer")], {row.email: row},
                    max_attempts=3, now=100.0, rng=random.Random(1))
    (outcome,) = verdict.outcomes
    assert isinstance(outcome, Outcome) and outcome.state == EXPECTED[status]
    counted = status not in ("outage", "stop", "untried")  # not the recipient's doing: no attempt used
    assert outcome.attempts == (1 if counted else 0)
    assert outcome.error == (None if status == "sent" else "answer")
    if status == "unknown":
        assert outcome.not_before == 100.0 + UNKNOWN_WAIT


def test_a_second_silence_fails_the_row():
    row = Claimed("fan@example.org", "Fan", "v1", attempts=1, state="unknown")
    verdict = judge([Receipt(row.email, "unknown", error="timeout")], {row.email: row}, 3, 0.0, random.Random(1))
    assert [(o.state, o.attempts) for o in verdict.outcomes] == [("failed", 2)]


def test_a_hard_bounce_is_named_for_suppression_not_written():
    row = Claimed("gone@example.org", "Gone", "v1", attempts=0, state="pending")
    verdict = judge([Receipt(row.email, "permanent", error="550 5.1.1", hard_bounce=True)], {row.email: row}, 3, 0.0,
                    random.Random(1))
    assert verdict.hard_bounces == [row.email] and [o.state for o in verdict.outcomes] == ["failed"]
