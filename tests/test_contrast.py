"""WCAG contrast: the arithmetic, the editor's [theme] colours, and every visible text in Chromium, light and dark."""

import dataclasses

import pytest

from newsletter.build import build
from newsletter.checks import browser_layout, contrast_check, find_chromium, run_checks, theme_check
from newsletter.config import load_config
from newsletter.render import BUILTIN_TEMPLATES
from newsletter.contrast import CONTRAST_SCRIPT, contrast_ratio, measure, parse_colour, theme_contrast

from .conftest import WEEK
from .test_email_quality import require


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # #777777 on white is the well-known borderline grey: 4.48:1, just under AA.
    assert contrast_ratio(parse_colour("#777")[:3], (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_colours_parse_in_the_forms_browsers_and_editors_write():
    assert parse_colour("#1f5f8b") == (31, 95, 139, 1.0)
    assert parse_colour("rgba(10, 20, 30, 0.5)") == (10.0, 20.0, 30.0, 0.5)
    assert parse_colour("rgb(10 20 30 / 25%)") == (10.0, 20.0, 30.0, 0.25)
    with pytest.raises(ValueError, match="papayawhip"):
        parse_colour("papayawhip")


def test_half_transparent_text_is_measured_over_its_background():
    texts = measure([{"text": "faint", "color": "rgba(0, 0, 0, 0.3)", "layers": ["rgb(255, 255, 255)"],
                      "canvas": "rgb(18, 18, 18)", "size": "16", "weight": "400"}])
    assert texts[0].background == (255, 255, 255)
    assert 1.5 < texts[0].ratio < 2.5 and not texts[0].ok


def test_large_text_needs_only_three_to_one():
    mid_grey = {"text": "t", "color": "rgb(128, 128, 128)", "layers": ["rgb(255, 255, 255)"],
                "canvas": "rgb(255, 255, 255)", "weight": "400"}
    small, large, bold = measure([{**mid_grey, "size": "16"}, {**mid_grey, "size": "24"},
                                  {**mid_grey, "size": "19", "weight": "700"}])
    assert 3.0 < small.ratio < 4.5
    assert (small.ok, large.ok, bold.ok) == (False, True, True)


def test_the_default_theme_passes(project):
    cfg = load_config(project / "config.toml")
    pairs = theme_contrast(dataclasses.asdict(cfg.theme))
    assert all(ok for _, _, ok in pairs), pairs
    assert theme_check(dataclasses.asdict(cfg.theme)).ok


def test_a_pale_theme_colour_is_named(project):
    cfg = load_config(project / "config.toml")
    theme = {**dataclasses.asdict(cfg.theme), "muted": "#b0b0b0"}
    result = theme_check(theme)
    assert not result.ok
    assert "theme.muted on theme.card" in result.detail and "[theme]" in result.detail


def test_dark_theme_colours_are_the_email_s_and_a_dim_one_is_caught_by_name(project):
    require(find_chromium(), "chromium")
    cfg = load_config(project / "config.toml")
    cfg.theme.dark_card, cfg.theme.dark_text = "#202a35", "#5a6470"
    result = build(cfg, WEEK)
    assert "background-color: #202a35 !important" in result.rendered.html
    theme = theme_check(dataclasses.asdict(cfg.theme))
    assert not theme.ok and "story text in dark mode (theme.dark_text on theme.dark_card)" in theme.detail
    checks = {r.name: r for r in run_checks(cfg, result)}
    dark = checks["contrast dark 375px"]
    assert not dark.ok and '"From the editor" 2.4:1 (needs 4.5:1)' in dark.detail
    assert checks["contrast light 375px"].ok, checks["contrast light 375px"].detail


def test_a_colour_name_the_config_allows_is_said_to_be_unchecked_not_a_crash(project):
    cfg = load_config(project / "config.toml")
    result = theme_check({**dataclasses.asdict(cfg.theme), "accent": "navy"})
    assert (result.ok, result.detail) == (True, "not checked: not a colour this check understands: 'navy' (use #rrggbb)")


def test_sample_issue_reads_in_light_and_dark_at_phone_and_desktop_widths(project):
    require(find_chromium(), "chromium")
    cfg = load_config(project / "config.toml")
    checks = {r.name: r for r in run_checks(cfg, build(cfg, WEEK))}
    for name in ("contrast light 375px", "contrast light 600px", "contrast dark 375px", "contrast dark 600px",
                 "theme contrast"):
        assert checks[name].ok, (name, checks[name].detail)
    assert "texts, lowest" in checks["contrast dark 375px"].detail


def test_a_planted_pale_colour_is_caught_and_named(project):
    require(find_chromium(), "chromium")
    cfg = load_config(project / "config.toml")
    cfg.theme.muted = "#b0b0b0"
    checks = {r.name: r for r in run_checks(cfg, build(cfg, WEEK))}
    light = checks["contrast light 375px"]
    assert not light.ok and '"Screen Weekly" 2.2:1 (needs 4.5:1)' in light.detail
    assert not checks["theme contrast"].ok
    # Dark mode overrides the muted colour, so only light fails.
    assert checks["contrast dark 375px"].ok, checks["contrast dark 375px"].detail


def test_the_white_footer_in_dark_mode_is_caught(project):
    """The regression issue 17 reported: a footer left white while its links turn light blue."""
    require(find_chromium(), "chromium")
    (project / "templates").mkdir()
    (project / "templates" / "_footer.mjml.j2").write_text(
        (BUILTIN_TEMPLATES / "_footer.mjml.j2").read_text(encoding="utf-8").replace(' css-class="card"', "", 1), encoding="utf-8")
    cfg = load_config(project / "config.toml")
    html = build(cfg, WEEK).rendered.html
    dark = contrast_check("dark", 375, browser_layout(html, 375, scheme="dark", script=CONTRAST_SCRIPT))
    assert not dark.ok
    assert '"Unsubscribe" 1.8:1 (needs 4.5:1)' in dark.detail
    light = contrast_check("light", 375, browser_layout(html, 375, script=CONTRAST_SCRIPT))
    assert light.ok, light.detail
