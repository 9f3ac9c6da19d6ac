"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

import pytest

from newsletter import build
from newsletter.errors import ContentError
from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 24)


def interview(body: str, title: str | None = None, source: str = "story.md") -> Interview:
    return Interview(source=source, body=body, date=DAY, title=title)


def test_a_role_noun_said_in_a_piece_that_names_nobody_is_nobody_in_particular():
    # "the actress said" with no cast at all and no subject: nothing to resolve it to (this had stopped the build)
    u = understand(interview("The rehearsal ran late into the night.\n\n“I never looked back at the old house,” "
                             "the actress said.\n\n“I still dream of it,” she added."))
    assert u.interviewee is None
    assert [t.speaker for t in u.turns if t.role != "narration"] == [None, None]


def test_she_after_a_quote_nobody_was_followed_to_is_nobody():
    u = understand(interview("Rain fell on the set.\n\n“It was a long day,” she said, and left."))
    assert [t.speaker for t in u.turns if t.role != "narration"] == [None]


def test_one_article_the_rules_fail_on_is_left_out_with_a_warning_and_the_rest_kept(monkeypatch):
    real = build.understand

    def failing(iv):
        if iv.source == "odd.md":
            raise IndexError("list index out of range")
        return real(iv)

    monkeypatch.setattr(build, "understand", failing)
    good = interview("Q: Why?\n\nTova Lindqvist: Because the crew stayed.", "Tova Lindqvist talks", "good.md")
    warnings: list[str] = []
    understood = build.understand_each([interview("Anything.", source="odd.md"), good], warnings)
    assert [u.interview.source for u in understood] == ["good.md"]
    assert warnings == ["odd.md: left out: the program failed reading it (IndexError: list index out of range); "
                        "please report this file"]
    with pytest.raises(ContentError, match="odd.md: left out: the program failed reading it"):
        build.understand_each([interview("Anything.", source="odd.md"), good], [], strict=True)
