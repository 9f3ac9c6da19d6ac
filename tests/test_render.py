import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from newsletter.config import load_config
from newsletter.errors import RenderError
from newsletter.model import AirDate, Interview, Issue, PullQuote, Slot, Story, Understanding
from newsletter.render import RenderSettings, check_mjml, render_issue
from newsletter.tokens import TOKEN_PLACEHOLDER

from .conftest import REPO, write

EVIL = "<script>alert(1)</script> {{ 7*7 }} {% if %} <mj-text>x</mj-text> & more"


def issue_with(text: str = "I loved every freezing second of it, and I would do it again.", title="T") -> Issue:
    iv = Interview(source="t", body=text, date=date(2026, 11, 24), title=title, outlet="Outlet",
                   url="https://example.org/a")
    u = Understanding(iv, "Ann Lee", "Harbor Lights", (), (), ())
    pq = PullQuote(text, "Ann Lee", 0, len(text), 3.0)
    air = AirDate("Harbor Lights", "NBC",
                  Slot("Wednesday", "22:00", "America/New_York",
                       next=datetime(2026, 12, 2, 22, 0, tzinfo=ZoneInfo("America/New_York"))),
                  "Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.")
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
    assert f"https://tvtalk.example.org/unsubscribe?t={TOKEN_PLACEHOLDER}" in text


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


def test_the_editors_note_is_markdown_with_everything_else_escaped(settings):
    note = ("A **big** week. <script>alert(1)</script> <img src=x onerror=alert(1)> {{ 7*7 }}\n\n"
            "- [our site](https://tvtalk.example.org/about)\n- [bad](javascript:alert(1))\n\n"
            "Write to <letters@tvtalk.example.org>.")
    r = render_issue(replace(issue_with(), note=note), settings)
    assert "From the editor" in r.html and "<strong>big</strong>" in r.html
    assert "<script>" not in r.html and "<img" not in r.html and "&lt;img src=x" in r.html
    assert "javascript:" not in r.html.replace("[bad](javascript:alert(1))", "")
    assert '<a href="https://tvtalk.example.org/about">our site</a>' in r.html
    assert '<a href="mailto:letters@tvtalk.example.org">letters@tvtalk.example.org</a>' in r.html
    assert "{{ 7*7 }}" in r.html and "49" not in r.html
    part = r.text.split("FROM THE EDITOR\n\n", 1)[1].split("\n---", 1)[0]
    assert part.splitlines() == [
        "A big week. <script>alert(1)</script> <img src=x onerror=alert(1)> {{ 7*7 }}", "",
        "* our site (https://tvtalk.example.org/about)", "* [bad](javascript:alert(1))", "",
        "Write to letters@tvtalk.example.org."]


def test_no_note_no_editors_section(settings):
    r = render_issue(issue_with(), settings)
    assert "From the editor" not in r.html and "FROM THE EDITOR" not in r.text


def test_in_this_issue_links_to_each_story_and_the_airings(settings):
    base = issue_with(title="First talk")
    second = replace(base.stories[0], understanding=replace(
        base.stories[0].understanding, interview=replace(base.stories[0].interview, title="Second <b>talk</b>")))
    r = render_issue(replace(base, stories=(base.stories[0], second)), settings)
    contents = r.html.split("In this issue", 1)[1].split("</tbody>", 1)[0]
    assert re.findall(r'<a href="#([a-z0-9-]+)" title="([^"]*)" style="white-space:nowrap">([^<]*)</a>', contents) == [
        ("story-1", "First talk", "Ann Lee"), ("story-2", "Second &lt;b&gt;talk&lt;/b&gt;", "Ann Lee"),
        ("on-air", "On air this week", "On air this week")]
    for anchor in ("story-1", "story-2", "on-air"):
        assert r.html.count(f'id="{anchor}"') == 1
    assert "IN THIS ISSUE\n\n1. First talk\n2. Second <b>talk</b>\n3. On air this week\n" in r.text


def test_a_single_story_needs_no_contents(settings):
    r = render_issue(replace(issue_with(), air_dates=()), settings)
    assert "In this issue" not in r.html and "IN THIS ISSUE" not in r.text


def test_text_part_labels_calendar_links_and_lists_the_addresses_after_the_airings(settings):
    r = render_issue(issue_with(), settings)
    section = r.text.split("ON AIR THIS WEEK\n", 1)[1]
    airing, links = section.split("Calendar links:\n", 1)
    assert "Add to calendar [1] · Google Calendar [2]" in " ".join(airing.split())
    assert "https://" not in airing
    ics, google = links.splitlines()[:2]
    assert re.fullmatch(r"\[1\] https://tvtalk\.example\.org/archive/2026-W48/calendar/[A-Za-z0-9-]+\.ics", ics)
    assert google.startswith("[2] https://calendar.google.com/calendar/render?action=TEMPLATE")
