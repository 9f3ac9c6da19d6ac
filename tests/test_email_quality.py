"""Quality bars of the real email: size, spam score (SpamAssassin) and layout (headless Chromium).

Locally these skip with a reason when the tool is missing; in CI (CI set) a missing tool fails.
"""

import email
import os
import re
import shutil
from email import policy

import pytest

from newsletter.build import build
from newsletter.checks import (SIZE_LIMIT_BYTES, browser_layout, find_chromium, run_checks, sample_message,
                               spam_report, static_checks)
from newsletter.config import load_config

from .conftest import WEEK, write


def require(found, tool):
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is not installed, and CI must run this test (.ci/run installs it)")
        pytest.skip(f"{tool} is not installed (apt-get install {tool})")


ANSWER = ("I spent the whole winter on that boat, and by the end I knew every rope by its first name. "
          "My hands were raw, my coat was never dry, and I would go back tomorrow if they asked me. ")


def write_long_interviews(content, count: int = 15, shows: bool = False) -> None:
    """`count` interviews with long answers (of `Show N` in their front matter when `shows`)."""
    for i in range(count):
        show = f"show: Show {i}" if shows else ""
        write(content / f"extra-{i:02d}.md", f"""
            ---
            title: "Actor {i} on a very long and winding road through a show called Show {i}"
            date: 2026-11-2{i % 7 + 3}
            outlet: Outlet {i}
            url: https://outlet{i}.example.org/interview-{i}
            interviewee: Actor Number{i}
            {show}
            ---
            Q: What was the hardest part of the season?

            A: In season {i} {ANSWER * 4}

            Q: And the best part?

            A: Episode {i}. {ANSWER * 3}
            """)


@pytest.fixture
def big_issue(project):
    """The largest issue the product builds: 15 interviews with long answers, three pull-quotes each."""
    write_long_interviews(project / "content")
    cfg = load_config(project / "config.toml")
    cfg.build.max_interviews, cfg.quotes.per_interview = 15, 3
    return cfg, build(cfg, WEEK)


def test_largest_issue_stays_under_the_clipping_limit(big_issue):
    cfg, result = big_issue
    assert len(result.issue.stories) == 15
    size = len(result.rendered.html.encode("utf-8"))
    assert size < SIZE_LIMIT_BYTES, f"{size} bytes"
    assert all(r.ok for r in static_checks(result.rendered.html))


def test_text_part_carries_the_same_quotes_airings_and_links(project):
    cfg = load_config(project / "config.toml")
    result = build(cfg, WEEK)
    msg = email.message_from_bytes(sample_message(cfg, result), policy=policy.default)
    plain, html = [p.get_content() for p in msg.iter_parts()]
    flat = " ".join(plain.split())
    for story in result.issue.stories:
        for q in story.pull_quotes:
            text = " ".join(re.sub(r"[*_]", "", q.text).rstrip(",").split())
            assert text[:60] in flat.replace("’", "'") or text[:60] in flat
    for air in result.issue.air_dates:
        assert air.show in flat
    for url in re.findall(r'href="(https://[^"]+)"', html):
        assert url.replace("&amp;", "&") in plain


def test_spam_score(project):
    require(shutil.which("spamassassin"), "spamassassin")
    cfg = load_config(project / "config.toml")
    report = spam_report(sample_message(cfg, build(cfg, WEEK)))
    assert report.score <= 1.0, report.rules
    assert report.forbidden == []


def test_spam_check_can_fail_on_an_html_only_message(project):
    require(shutil.which("spamassassin"), "spamassassin")
    raw = ("From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\nContent-Type: text/html\r\n\r\n"
           "<html><body><p>Buy now</p></body></html>\r\n").encode()
    report = spam_report(raw)
    assert "MIME_HTML_ONLY" in report.forbidden and "MISSING_DATE" in report.forbidden


def test_layout_in_a_real_browser_phone_and_desktop(big_issue):
    require(find_chromium(), "chromium")
    cfg, result = big_issue
    checks = {r.name: r for r in run_checks(cfg, result)}
    assert checks["phone width"].ok, checks["phone width"].detail
    assert checks["first pull-quote"].ok, checks["first pull-quote"].detail
    shots = result.out_dir / "screenshots"
    assert (shots / "phone-375.png").stat().st_size > 10_000
    assert (shots / "desktop-600.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    layout = browser_layout(result.rendered.html, 375)
    assert layout["links"] and all(u.startswith(("https://", "mailto:")) for u in layout["links"]
                                   if not u.startswith("#"))
    jumps = [u for u in layout["links"] if u.startswith("#")]
    assert len(jumps) == 16  # "In this issue": 15 stories and the airings, each landing on its id
    assert all(f'id="{u[1:]}"' in result.rendered.html for u in jumps)


def test_a_jump_to_a_missing_id_fails_the_links_check(project):
    cfg = load_config(project / "config.toml")
    html = build(cfg, WEEK).rendered.html
    assert {r.name: r for r in static_checks(html)}["links"].ok
    broken = {r.name: r for r in static_checks(html.replace('id="story-2"', 'id="story-two"'))}["links"]
    assert not broken.ok and "pointing at no id in the email: #story-2" in broken.detail


def test_layout_check_catches_a_page_wider_than_a_phone(project):
    require(find_chromium(), "chromium")
    cfg = load_config(project / "config.toml")
    html = build(cfg, WEEK).rendered.html.replace("</body>", '<div style="width:900px">wide</div></body>')
    layout = browser_layout(html, 375)
    assert layout["scrollWidth"] > layout["innerWidth"]
