import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from newsletter.config import load_config
from newsletter.errors import RenderError
from newsletter.model import AirDate, Interview, Issue, PullQuote, Story, Understanding
from newsletter.render import TOKEN, RenderSettings, check_mjml, render_issue

from .conftest import REPO, write

EVIL = "<script>alert(1)</script> {{ 7*7 }} {% if %} <mj-text>x</mj-text> & more"


def issue_with(text: str = "I loved every freezing second of it, and I would do it again.", title="T") -> Issue:
    iv = Interview(source="t", body=text, date=date(2026, 11, 24), title=title, outlet="Outlet",
                   url="https://example.org/a")
    u = Understanding(iv, "Ann Lee", "Harbor Lights", (), (), ())
    pq = PullQuote(text, "Ann Lee", 0, len(text), 3.0)
    air = AirDate("Harbor Lights", "NBC", "recurring",
                  datetime(2026, 12, 2, 22, 0, tzinfo=ZoneInfo("America/New_York")), None, "Wednesday",
                  "22:00", "America/New_York", "Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.")
    return Issue("2026-W48", date(2026, 11, 23), date(2026, 11, 29), "Subject", "Preheader",
                 (Story(u, (pq,)),), (air,))


@pytest.fixture
def settings():
    return RenderSettings.from_config(load_config(REPO / "config.toml"))


def test_html_has_language_title_preheader_and_dark_mode(settings):
    html = render_issue(issue_with(), settings).html
    assert '<html lang="en"' in html
    assert "<title>Subject</title>" in html
    assert re.search(r'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Preheader</div>', html)
    assert 'name="color-scheme" content="light dark"' in html
    assert "prefers-color-scheme: dark" in html
    assert "“I loved every freezing second of it, and I would do it again.”" in html


def test_article_text_is_escaped_never_executed(settings):
    r = render_issue(issue_with(EVIL, title=EVIL), settings)
    assert "<script>" not in r.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.html
    assert "{{ 7*7 }}" in r.html and "49" not in r.html
    assert "&lt;mj-text&gt;" in r.html
    assert "<script>alert(1)</script> {{ 7*7 }}" in r.text  # plain text is not HTML: shown as written


def test_text_part_wrapped_and_carries_quotes_airings_links(settings):
    text = render_issue(issue_with(), settings, reader_tz="America/Los_Angeles").text
    assert all(len(line) <= 78 for line in text.splitlines() if "https://" not in line)
    assert "I loved every freezing second" in text
    assert "Wed, Dec 2 · 10 p.m. ET (7 p.m. PT), and every Wednesday" in " ".join(text.split())
    assert f"https://tvtalk.example.org/unsubscribe?t={TOKEN}" in text


def test_reader_time_zone_across_midnight(settings):
    text = render_issue(issue_with(), settings, reader_tz="Europe/London").text
    assert "Wed, Dec 2 · 10 p.m. ET (Thu 3 a.m. GMT)" in " ".join(text.split())


def test_editor_override_template_wins(tmp_path, settings):
    write(tmp_path / "_footer.mjml.j2", '<mj-section><mj-column><mj-text>Custom footer {{ links.unsubscribe }}'
                                        '</mj-text></mj-column></mj-section>')
    html = render_issue(issue_with(), replace(settings, templates=tmp_path)).html
    assert "Custom footer" in html


def test_unsupported_mjml_and_missing_alt_fail_clearly():
    with pytest.raises(RenderError, match="mj-html-attributes"):
        check_mjml("<mjml><mj-head><mj-html-attributes/></mj-head></mjml>")
    with pytest.raises(RenderError, match="mj-bogus"):
        check_mjml("<mjml><mj-body><mj-bogus/></mj-body></mjml>")
    with pytest.raises(RenderError, match="no alt text"):
        check_mjml('<mjml><mj-body><mj-image src="https://x/y.png"/></mj-body></mjml>')


def test_broken_override_template_names_file_and_line(tmp_path, settings):
    write(tmp_path / "_header.mjml.j2", "<mj-section>\n{{ oops( }}\n</mj-section>")
    with pytest.raises(RenderError) as info:
        render_issue(issue_with(), replace(settings, templates=tmp_path))
    assert "_header.mjml.j2" in info.value.message and "line 2" in info.value.message


@pytest.mark.parametrize("line, message", [
    ("{{ nope.title }}", "'nope' is undefined"),
    ("{{ stories + 1 }}", 'can only concatenate list (not "int") to list'),
    ('{% include "_missing.mjml.j2" %}', "template _missing.mjml.j2 not found"),
], ids=["undefined", "runtime", "include"])
def test_every_template_error_names_its_file_and_line(tmp_path, settings, line, message):
    write(tmp_path / "_story.mjml.j2", "<mj-section><mj-column>\n<mj-text>ok</mj-text>\n" + line +
          "\n</mj-column></mj-section>")
    with pytest.raises(RenderError) as info:
        render_issue(issue_with(), replace(settings, templates=tmp_path))
    assert info.value.message == f"{tmp_path / '_story.mjml.j2'}, line 3: {message}"


def test_an_unknown_mjml_tag_names_its_template_and_the_tag_meant(tmp_path, settings):
    write(tmp_path / "_footer.mjml.j2", "<mj-section><mj-column>\n<mj-txt>Bye</mj-txt>\n</mj-column></mj-section>")
    with pytest.raises(RenderError) as info:
        render_issue(issue_with(), replace(settings, templates=tmp_path))
    assert info.value.message == f"{tmp_path / '_footer.mjml.j2'}, line 2: <mj-txt> is not an MJML tag mjml-python knows"
    assert info.value.hint.startswith("did you mean <mj-text>? the tags it knows: mj-accordion, ")
    assert "mj-attributes" not in info.value.hint.split("knows:")[0]


def test_an_unsupported_mjml_tag_points_at_what_to_use_instead(tmp_path, settings):
    write(tmp_path / "issue.mjml.j2", "<mjml><mj-head>\n<mj-html-attributes></mj-html-attributes>\n</mj-head>"
          "<mj-body></mj-body></mjml>")
    with pytest.raises(RenderError) as info:
        render_issue(issue_with(), replace(settings, templates=tmp_path))
    assert info.value.message == (f"{tmp_path / 'issue.mjml.j2'}, line 2: <mj-html-attributes> is not supported "
                                  "by mjml-python")
    assert info.value.hint == "set attributes with <mj-attributes> or an mj-class instead"


def test_rendering_is_pure(settings):
    assert render_issue(issue_with(), settings) == render_issue(issue_with(), settings)


def test_calendar_links_say_what_they_do(settings):
    html = render_issue(issue_with(), settings).html
    assert re.search(r'<a href="https://[^"]+\.ics">Add to calendar</a> · <a href="https://calendar\.google\.com/[^"]+">'
                     r'Google Calendar</a>', html)
    assert ">.ics<" not in html


def test_pull_quotes_credit_a_speaker_once_and_never_the_one_the_header_names(settings):
    base = issue_with(title="A long talk")
    story = base.stories[0]
    text = "I loved every freezing second of it, and I would do it again."
    quotes = (story.pull_quotes[0], PullQuote(text, "Ann Lee", 0, len(text), 2.0),
              PullQuote(text, "Bo Park", 0, len(text), 2.0), PullQuote(text, "Bo Park", 0, len(text), 1.0))
    r = render_issue(replace(base, stories=(replace(story, pull_quotes=quotes),)), settings)
    assert r.html.count('class="quote-rule"') == 4
    assert "— Ann Lee" not in r.html and r.html.count("— Bo Park") == 1
    assert "— Ann Lee" not in r.text and r.text.count("— Bo Park") == 1
    assert "Ann Lee · Harbor Lights · Outlet" in r.text


def test_meta_line_leaves_out_what_the_title_says(settings):
    r = render_issue(issue_with(title="Ann Lee on Harbor Lights"), settings)
    lines = r.text.splitlines()
    assert lines[lines.index("Ann Lee on Harbor Lights") + 1] == "Outlet"
