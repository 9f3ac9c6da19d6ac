"""Regenerate the README's picture (docs/issue-375.png): the sample issue at phone width, in headless Chromium.

The issue is built the way a new user builds it: `newsletter init` into a temp folder, then the
build of the sample week. Run it after changing the templates or the sample content:

    python docs/screenshot.py            # writes docs/issue-375.png
    python docs/screenshot.py --out x.png
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from newsletter.build import build
from newsletter.checks import CHROMIUM_FLAGS, find_chromium
from newsletter.config import load_config
from newsletter.project import SAMPLE_WEEK, init_project

WIDTH = 375  # a phone, where most readers open it
HEIGHT = 2400  # enough for the header, the first stories and their pull-quotes


def screenshot(out: Path) -> Path:
    """Build the sample issue in a fresh project and save its screenshot at `out`."""
    exe = find_chromium()
    if not exe:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        init_project(project)
        html = build(load_config(project / "config.toml"), SAMPLE_WEEK).out_dir / "issue.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={WIDTH},{HEIGHT}",
                        f"--screenshot={out.resolve()}", html.as_uri()], capture_output=True, timeout=120, check=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "issue-375.png")
    out = screenshot(parser.parse_args().out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {WIDTH}×{HEIGHT})")


if __name__ == "__main__":
    main()
