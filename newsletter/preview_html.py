"""The preview's page pieces (see preview.py): the page around every view with its toolbar and live
reload, the error and warning boxes, a copyable source, and the width the toolbar asks for."""

from __future__ import annotations

import html

from .words import counted

# The narrowest phones in use and the widest a desktop mail app's reading pane gets.
MIN_WIDTH, MAX_WIDTH = 320, 1200
DEFAULT_WIDTH = 600  # a desktop mail app's reading pane: the width the email is designed at


def error_box(error: str | None) -> str:
    if not error:
        return ""
    return (f'<div class="error"><b>The last rebuild failed; showing the last good issue.</b>'
            f"<pre>{html.escape(error)}</pre></div>")


def warning_box(warnings: list[str]) -> str:
    """Every warning of the build, as `newsletter build` prints them: files skipped or read leniently, and why."""
    if not warnings:
        return ""
    items = "".join(f"<li>{html.escape(w)}</li>" for w in warnings)
    return (f'<details class="warnings" open><summary><b>{counted(len(warnings), "warning")}</b> '
            f"(files skipped or read leniently are named here)</summary><ul>{items}</ul></details>")


def page(title: str, body: str, live: bool = False) -> str:
    reload_js = """<script>
let seen = null;
async function poll() {
  try { const v = await (await fetch('/__version')).json();
        if (seen !== null && v.version !== seen) location.reload(); seen = v.version; } catch (e) {}
  setTimeout(poll, 500);
}
poll();
</script>""" if live else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:0;background:#eee}} .bar{{padding:8px 12px;background:#222;color:#fff}}
.bar a{{color:#9cf}} iframe{{display:block;margin:16px auto;height:85vh;border:1px solid #ccc;background:#fff}}
.error{{background:#fee;border:1px solid #c00;margin:12px;padding:8px}}
.warnings{{background:#ffd;border:1px solid #b90;margin:12px;padding:8px}} .pick{{background:#dfd}}
form.act{{display:inline;margin:0 4px}} tr.bad{{background:#fee}} td{{padding:2px 8px;vertical-align:top}}
h1,h2,p,ol,ul,pre{{margin-left:16px;margin-right:16px}}</style></head>
<body><nav class="bar"><b>newsletter preview</b> · <a href="/">Issue</a> · <a href="/issue.txt">Plain text</a>
· <a href="/source">HTML source</a> · <a href="/mjml">MJML source</a> · <a href="/interviews">Interviews</a>
· <a href="/checks">Checks</a> · <a href="/links">Links</a> · <a href="/archive/">Archive</a></nav>
{body}{reload_js}</body></html>"""


def toolbar_width(value: str | None) -> int:
    """The preview's width in px from the toolbar: any whole number from MIN_WIDTH to MAX_WIDTH, else DEFAULT_WIDTH."""
    return min(max(int(value), MIN_WIDTH), MAX_WIDTH) if value and value.isdigit() else DEFAULT_WIDTH


def copyable(source: str) -> str:
    """A source shown as text with a button that copies it."""
    return (f'<p><button onclick="navigator.clipboard.writeText(document.getElementById(\'src\').textContent)">'
            f'Copy</button></p><pre id="src">{html.escape(source)}</pre>')
