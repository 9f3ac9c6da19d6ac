"""Rendering speed: a 15-interview issue, and personalised messages for 100,000 subscribers.

Prints, each beside a baseline measured in the same run:
- full build of a 15-interview issue (gather to HTML), and one MJML compile with
  mjml-python beside the official Node `mjml` (npm) compiling the same MJML,
  when node and npm are available (installed into a temporary folder);
- personalised messages per second prepared on one core (fill per subscriber,
  bytes included), beside building a stdlib EmailMessage per subscriber.
Usage: python bench/render_speed.py [SUBSCRIBERS]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from pathlib import Path

import mjml

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import envelope
from newsletter.deliver.mime import prepare_message
from newsletter.tokens import TOKEN_PLACEHOLDER

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2026-W48"
ANSWER = ("I spent the whole winter on that boat, and by the end I knew every rope by its first name. "
          "My hands were raw, my coat was never dry, and I would go back tomorrow if they asked me. ")


def project(tmp: Path) -> Path:
    shutil.copy(ROOT / "config.toml", tmp / "config.toml")
    shutil.copytree(ROOT / "content", tmp / "content")
    shutil.copytree(ROOT / "subscribers", tmp / "subscribers")
    for i in range(10):
        (tmp / "content" / f"extra-{i}.md").write_text(
            f"---\ntitle: Actor {i} on Show {i}\ndate: 2026-11-2{i % 7 + 3}\noutlet: Outlet {i}\n"
            f"url: https://outlet{i}.example.org/a\ninterviewee: Actor Number{i}\n---\n"
            f"Q: What was the hardest part?\n\nA: In season {i} {ANSWER * 3}\n\nQ: And the best?\n\nA: {i}. {ANSWER * 2}\n")
    return tmp / "config.toml"


def node_mjml_ms(source: str, runs: int = 20) -> float | None:
    if not (shutil.which("node") and shutil.which("npm")):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tmp, "mjml"],
                              capture_output=True, timeout=600)
        if done.returncode != 0:
            return None
        (Path(tmp) / "in.mjml").write_text(source)
        script = f"""
const mjml2html = require({json.dumps(tmp + '/node_modules/mjml')});
const fs = require('fs');
const src = fs.readFileSync({json.dumps(tmp + '/in.mjml')}, 'utf8');
(async () => {{
  await mjml2html(src);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < {runs}; i++) {{ await mjml2html(src); }}
  console.log(Number(process.hrtime.bigint() - t0) / 1e6 / {runs});
}})();
"""
        out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=600)
        return float(out.stdout.strip()) if out.returncode == 0 else None


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = load_config(project(Path(tmp)))
        t0 = time.perf_counter()
        result = build(cfg, WEEK)
        t_build = time.perf_counter() - t0
        src = result.rendered.mjml
        t0 = time.perf_counter()
        for _ in range(50):
            mjml.mjml2html(src, disable_comments=True)
        t_py = (time.perf_counter() - t0) / 50 * 1000
        node = node_mjml_ms(src)
        print(f"15-interview issue: full build {t_build * 1000:.0f} ms ({len(result.issue.stories)} interviews, "
              f"{len(result.rendered.html) / 1024:.1f} KB HTML)")
        print(f"MJML compile: mjml-python {t_py:.2f} ms" +
              (f", Node mjml {node:.2f} ms (x{node / t_py:.0f} slower)" if node else ", Node mjml: not available"))

        env = envelope(cfg, WEEK)
        prepared = prepare_message(env, result.issue.subject, result.rendered.text, result.rendered.html)
        now = datetime.now(timezone.utc)
        token = "T" * 25 + "." + "k" * 24
        t0 = time.perf_counter()
        total = 0
        for i in range(n):
            total += len(prepared.fill(f"fan{i:06d}@example.org", f"Fan {i}", token, now).raw)
        fast = n / (time.perf_counter() - t0)
        m = min(n, 2000)
        t0 = time.perf_counter()
        for i in range(m):
            msg = EmailMessage(policy=policy.SMTP)
            msg["From"], msg["To"], msg["Subject"] = env.sender, f"fan{i}@example.org", result.issue.subject
            msg.set_content(result.rendered.text.replace(TOKEN_PLACEHOLDER, token))
            msg.add_alternative(result.rendered.html.replace(TOKEN_PLACEHOLDER, token), subtype="html")
            msg.as_bytes()
        slow = m / (time.perf_counter() - t0)
        print(f"personalised messages prepared: {fast:,.0f}/s over {n:,} subscribers "
              f"({total / n / 1024:.1f} KB each); stdlib EmailMessage per subscriber: {slow:,.0f}/s "
              f"(x{fast / slow:.0f}); target 5,000/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
