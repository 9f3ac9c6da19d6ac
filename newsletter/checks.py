"""Quality checks of a built issue: size against Gmail's clipping, alt texts, links, spam score, layout, contrast.

The static checks are pure functions of the HTML. `spam_report` runs SpamAssassin
and `browser_layout` a headless Chromium when they are installed; both say so
plainly when they are not.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import contrast
from .errors import CheckFailed

GMAIL_CLIP_BYTES = 102 * 1024
SIZE_LIMIT_BYTES = 90 * 1024  # our bar: well under Gmail's clip, leaving room for what providers add
FORBIDDEN_SPAM_RULES = ("MIME_HTML_ONLY", "MPART_ALT_DIFF", "HTML_FONT_LOW_CONTRAST", "HTML_IMAGE_ONLY",
                        "MISSING_DATE", "MISSING_MID")


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str


@dataclass
class SpamReport:
    score: float
    rules: dict[str, float] = field(default_factory=dict)

    @property
    def forbidden(self) -> list[str]:
        return [r for r in self.rules if r.startswith(FORBIDDEN_SPAM_RULES)]


def static_checks(html: str) -> list[CheckResult]:
    """Size, alt text, links and language of one rendered HTML part."""
    size = len(html.encode("utf-8"))
    imgs = re.findall(r"<img\b[^>]*>", html, re.I)
    no_alt = [i for i in imgs if not re.search(r"\balt=", i, re.I)]
    links = re.findall(r"<a\b[^>]*\bhref=\"([^\"]*)\"", html, re.I)
    insecure = [u for u in links if not u.startswith(("https://", "mailto:", "#"))]
    # "In this issue" jumps within the email: each must land on an id the email has.
    dangling = [u for u in links if u.startswith("#") and not re.search(f'\\bid="{re.escape(u[1:])}"', html)]
    lang = re.search(r"<html[^>]*\blang=\"([^\"]*)\"", html)
    return [
        CheckResult("size", size <= SIZE_LIMIT_BYTES,
                    f"{size / 1024:.1f} KB of HTML (limit {SIZE_LIMIT_BYTES // 1024} KB; "
                    f"Gmail clips at about {GMAIL_CLIP_BYTES // 1024} KB)"),
        CheckResult("alt text", not no_alt, f"{len(imgs)} images, {len(no_alt)} without alt"),
        CheckResult("links", bool(links) and not insecure and not dangling,
                    f"{len(links)} links" + (f", not https: {', '.join(insecure[:3])}" if insecure else ", all https")
                    + (f", pointing at no id in the email: {', '.join(dangling[:3])}" if dangling else "")),
        CheckResult("language", bool(lang) and lang.group(1) not in ("", "und"),
                    f'<html lang="{lang.group(1) if lang else ""}">'),
    ]


def spam_report(eml: bytes) -> SpamReport | None:
    """SpamAssassin's score with local rules only (`spamassassin -L -t`), or None when it is not installed."""
    exe = shutil.which("spamassassin")
    if not exe:
        return None
    out = subprocess.run([exe, "-L", "-t"], input=eml, capture_output=True, timeout=120).stdout.decode("utf-8",
                                                                                                     "replace")
    m = re.search(r"Content analysis details:\s+\((-?[\d.]+) points", out)
    if not m:
        raise CheckFailed("could not read SpamAssassin's report")
    table = out[m.end():]
    rules = {name: float(pts) for pts, name in re.findall(r"^\s*(-?\d+(?:\.\d+)?)\s+([A-Z][A-Z0-9_]+)\s", table, re.M)}
    return SpamReport(float(m.group(1)), rules)


# Headless Chromium will not make a window narrower than 500 px, so the issue is laid out in an
# iframe of the exact width and measured from the page around it.
_FRAME = """<!doctype html><html><body style="margin:0">
<iframe id="f" style="border:0;width:%(width)dpx;height:%(height)dpx" srcdoc="%(srcdoc)s"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument, w = this.contentWindow;
  var q = d.querySelector('.pull-quote div') || d.querySelector('.pull-quote');
  var r = q ? q.getBoundingClientRect() : null;
  var out = {scrollWidth: d.documentElement.scrollWidth, innerWidth: w.innerWidth, innerHeight: w.innerHeight,
             quoteTop: r ? r.top : null, quoteBottom: r ? r.bottom : null,
             links: Array.from(d.querySelectorAll('a')).map(function (a) { return a.getAttribute('href'); })};
  %(script)s
  var pre = document.createElement('pre'); pre.id = 'nl-measure'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script></body></html>"""

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--disable-extensions", "--mute-audio"]


# Blink's preferredColorScheme setting: what `prefers-color-scheme` matches.
COLOUR_SCHEMES = {"dark": 0, "light": 1}


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def browser_layout(html: str, width: int, height: int = 900, screenshot: Path | None = None,
                   scheme: str = "light", script: str = "") -> dict | None:
    """Render in headless Chromium at `width` px: page width, viewport, first pull-quote position, link targets.

    `scheme` is the reader's colour scheme ("light" or "dark"); `script` adds JavaScript run on the
    laid-out issue (`d` its document, `w` its window) that adds keys to `out`.
    Saves a screenshot when asked. None when no Chromium is installed.
    """
    exe = find_chromium()
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "frame.html"
        page.write_text(_FRAME % {"width": width, "height": height, "srcdoc": html_lib.escape(html, quote=True),
                                  "script": script}, encoding="utf-8")
        base = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                f"--blink-settings=preferredColorScheme={COLOUR_SCHEMES[scheme]}"]
        dom = subprocess.run([*base, f"--window-size={max(width, 500) + 20},{height + 20}",
                              "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
                             capture_output=True, timeout=120).stdout.decode("utf-8", "replace")
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            clean = Path(tmp) / "issue.html"
            clean.write_text(html, encoding="utf-8")
            subprocess.run([*base, f"--window-size={width},{height}", f"--screenshot={screenshot}", clean.as_uri()],
                           capture_output=True, timeout=120)
    m = re.search(r'<pre id="nl-measure">(.*?)</pre>', dom, re.S)
    if not m:
        raise CheckFailed("Chromium did not report the page's layout")
    return json.loads(html_lib.unescape(m.group(1)))


def sample_message(cfg, build) -> bytes:
    """The issue as one subscriber's .eml (development key), for the spam check."""
    from .deliver.one import Letter, compose
    from .tokens import DEV_SECRET

    letter = Letter(build.issue.week, build.issue.subject, build.rendered.text, build.rendered.html)
    return compose(cfg, letter, "reader@example.org", "Sample Reader", DEV_SECRET).raw


def run_checks(cfg, build) -> list[CheckResult]:
    """Every check on a built issue; screenshots go to OUT/WEEK/screenshots/ when Chromium is installed."""
    from dataclasses import asdict

    return static_checks(build.rendered.html) + [theme_check(asdict(cfg.theme))] + slow_checks(cfg, build)


def theme_check(theme: dict) -> CheckResult:
    """WCAG AA contrast of the `[theme]` colours the templates draw together, naming the keys that fail."""
    try:
        pairs = contrast.theme_contrast(theme)
    except ValueError as exc:  # a colour name CSS knows (the config allows them) but this check does not
        return CheckResult("theme contrast", True, f"not checked: {exc}")
    bad = [f"{what} {ratio:.1f}:1" for what, ratio, ok in pairs if not ok]
    low = min(ratio for _, ratio, _ in pairs)
    return CheckResult("theme contrast", not bad,
                       f"below {contrast.AA_NORMAL}:1: {'; '.join(bad)} (change these colours in [theme])" if bad
                       else f"lowest {low:.1f}:1 (AA needs {contrast.AA_NORMAL}:1)")


def contrast_check(scheme: str, width: int, page: dict) -> CheckResult:
    """WCAG AA contrast of every visible text in one browser layout, naming each text that fails."""
    texts = contrast.measure(page["contrast"]["texts"])
    if page["contrast"]["dark"] != (scheme == "dark"):
        return CheckResult(f"contrast {scheme} {width}px", False, f"Chromium did not switch to the {scheme} scheme")
    bad = {}
    for m in texts:
        if not m.ok:
            bad.setdefault(m.text, m)
    low = min((m.ratio for m in texts), default=0.0)
    detail = (f"{len(texts)} texts, lowest {low:.1f}:1" if not bad else "; ".join(
        f'"{t[:50]}" {m.ratio:.1f}:1 (needs {contrast.AA_LARGE if m.large else contrast.AA_NORMAL}:1)'
        for t, m in list(bad.items())[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else ""))
    return CheckResult(f"contrast {scheme} {width}px", bool(texts) and not bad, detail)


def spam_check(cfg, build) -> CheckResult:
    """SpamAssassin's verdict on one subscriber's copy: at most 1 point and no forbidden rule."""
    try:
        report = spam_report(sample_message(cfg, build))
    except CheckFailed as exc:
        return CheckResult("spam score", False, f"could not run: {exc.message}")
    if report is None:
        return CheckResult("spam score", True, "skipped: SpamAssassin is not installed")
    bad = report.forbidden
    return CheckResult("spam score", report.score <= 1.0 and not bad,
                       f"{report.score:.1f} points" + (f"; rules: {', '.join(bad)}" if bad else ""))


def slow_checks(cfg, build) -> list[CheckResult]:
    """SpamAssassin's score and the layout in Chromium, each skipped (and saying so) when its tool is missing."""
    results = [spam_check(cfg, build)]
    shots = build.out_dir / "screenshots"
    html, script = build.rendered.html, contrast.CONTRAST_SCRIPT
    phone = browser_layout(html, 375, screenshot=shots / "phone-375.png", script=script)
    if phone is None:
        results.append(CheckResult("layout", True, "skipped: Chromium is not installed"))
        return results
    desk = browser_layout(html, 600, screenshot=shots / "desktop-600.png", script=script)
    results.append(CheckResult("phone width", phone["scrollWidth"] <= phone["innerWidth"],
                               f"page {phone['scrollWidth']} px wide in a {phone['innerWidth']} px screen"))
    top = desk["quoteBottom"]
    results.append(CheckResult("first pull-quote", top is not None and top <= desk["innerHeight"],
                               f"ends {top} px down a {desk['innerHeight']} px desktop window"
                               if top is not None else "no pull-quote in the issue"))
    results.append(CheckResult("screenshots", True, f"{shots}/phone-375.png, desktop-600.png"))
    results += [contrast_check("light", 375, phone), contrast_check("light", 600, desk)]
    results += [contrast_check("dark", w, browser_layout(html, w, scheme="dark", script=script))
                for w in contrast.WIDTHS]
    return results
