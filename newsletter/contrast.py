"""WCAG contrast of the email's text: the editor's theme colours, and every visible text in a real browser.

`theme_contrast` is pure: the pairs of `[theme]` colours the templates put together.
`browser_contrast` lays the issue out in headless Chromium, light and dark, at phone and
desktop widths, and measures each visible text against the background actually behind it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# WCAG 2.x level AA: 4.5:1 for body text, 3:1 for large text (24 px, or 18.66 px bold).
AA_NORMAL = 4.5
AA_LARGE = 3.0
LARGE_PX = 24.0
LARGE_BOLD_PX = 18.66
BOLD_WEIGHT = 700
HEADER_TEXT = "#ffffff"  # the masthead's name and week, written on the accent colour
SCHEMES = ("light", "dark")
WIDTHS = (375, 600)

# (text key, background key, what it is, large): each pair the built-in templates draw.
THEME_PAIRS = (
    ("text", "card", "story text", False),
    ("muted", "card", "credits and footer", False),
    ("accent", "card", "links", False),
    (HEADER_TEXT, "accent", "the masthead's week", False),
    ("dark_text", "dark_card", "story text in dark mode", False),
    ("dark_accent", "dark_card", "links in dark mode", False),
)


@dataclass(frozen=True)
class Measured:
    """One visible text as the browser drew it."""
    text: str
    colour: tuple[float, float, float]
    background: tuple[float, float, float]
    size_px: float
    weight: int

    @property
    def large(self) -> bool:
        return self.size_px >= LARGE_PX or (self.size_px >= LARGE_BOLD_PX and self.weight >= BOLD_WEIGHT)

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.colour, self.background)

    @property
    def ok(self) -> bool:
        return self.ratio >= (AA_LARGE if self.large else AA_NORMAL)


def parse_colour(value: str) -> tuple[float, float, float, float]:
    """`#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()` or `rgba()` as (r, g, b, alpha) with r, g, b in 0..255."""
    value = value.strip()
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) in (6, 8) and re.fullmatch(r"[0-9a-fA-F]+", digits):
            alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
            return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), alpha)
    m = re.fullmatch(r"rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)", value)
    if m:
        a = m.group(4)
        alpha = 1.0 if a is None else float(a[:-1]) / 100 if a.endswith("%") else float(a)
        return (float(m.group(1)), float(m.group(2)), float(m.group(3)), alpha)
    raise ValueError(f"not a colour this check understands: {value!r} (use #rrggbb)")


def over(top: tuple, below: tuple[float, float, float]) -> tuple[float, float, float]:
    """`top` (r, g, b, alpha) composited over an opaque colour."""
    a = top[3]
    return tuple(top[i] * a + below[i] * (1 - a) for i in range(3))


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of an sRGB colour (0..255 channels)."""
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def theme_contrast(theme: dict) -> list[tuple[str, float, bool]]:
    """Each theme pair the templates draw: (description naming the keys, ratio, passes AA)."""
    out = []
    for fg_key, bg_key, what, large in THEME_PAIRS:
        fg = parse_colour(theme.get(fg_key, fg_key))
        bg = parse_colour(theme[bg_key])
        ratio = contrast_ratio(over(fg, bg[:3]), bg[:3])
        name = f"theme.{fg_key}" if fg_key in theme else fg_key
        out.append((f"{what} ({name} on theme.{bg_key})", ratio, ratio >= (AA_LARGE if large else AA_NORMAL)))
    return out


def measure(report: list[dict]) -> list[Measured]:
    """The browser's raw report (colours as CSS strings, backgrounds innermost first) as `Measured` texts."""
    out = []
    for item in report:
        below = parse_colour(item["canvas"])[:3]
        for layer in reversed(item["layers"]):
            below = over(parse_colour(layer), below)
        colour = over(parse_colour(item["color"]), below)
        out.append(Measured(item["text"], colour, below, float(item["size"]), int(item["weight"])))
    return out


# Walks every text node of the issue inside the measuring iframe; `d` is its document.
# Backgrounds are collected from the text's element outwards until an opaque one.
CONTRAST_SCRIPT = """
  var dark = w.matchMedia('(prefers-color-scheme: dark)').matches;
  var scheme = (d.querySelector('meta[name=color-scheme]') || {}).content || '';
  var canvas = dark && scheme.indexOf('dark') >= 0 ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
  var walker = d.createTreeWalker(d.body, NodeFilter.SHOW_TEXT), node, texts = [];
  while ((node = walker.nextNode())) {
    var text = node.nodeValue.replace(/\\s+/g, ' ').trim();
    if (!text) continue;
    var range = d.createRange(); range.selectNodeContents(node);
    var seen = Array.from(range.getClientRects()).some(function (r) { return r.width > 0 && r.height > 0; });
    var el = node.parentElement, cs = w.getComputedStyle(el);
    if (!seen || cs.visibility !== 'visible' || parseFloat(cs.opacity) === 0) continue;
    var layers = [];
    for (var e = el; e; e = e.parentElement) {
      var bg = w.getComputedStyle(e).backgroundColor;
      if (bg === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(bg)) continue;
      layers.push(bg);
      if (!/rgba/.test(bg)) break;
    }
    texts.push({text: text.slice(0, 80), color: cs.color, layers: layers, canvas: canvas,
                size: parseFloat(cs.fontSize), weight: parseInt(cs.fontWeight, 10) || 400});
  }
  out.contrast = {dark: dark, texts: texts};
"""

