"""Regenerate the README's pictures: the sample issue in headless Chromium, light and dark, phone and desktop.

The issue is built the way a new user builds it: `newsletter init` into a temp folder, then the
build of the sample week. Run it after changing the templates or the sample content:

    python docs/screenshot.py            # writes docs/issue-375.png, issue-375-dark.png, issue-600.png, ...
    python docs/screenshot.py --out DIR
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from newsletter.build import build
from newsletter.checks import CHROMIUM_FLAGS, COLOUR_SCHEMES, find_chromium
from newsletter.config import load_config
from newsletter.project import SAMPLE_WEEK, init_project

WIDTHS = (375, 600)  # a phone, where most readers open it, and the email's full width on a desktop
HEIGHT = 2400  # enough for the masthead, the editor's note, the contents and the first stories


def shot_name(width: int, scheme: str) -> str:
    return f"issue-{width}{'' if scheme == 'light' else '-' + scheme}.png"


def screenshots(out: Path) -> list[Path]:
    """Build the sample issue in a fresh project and save it at each width in each colour scheme under `out`."""
    exe = find_chromium()
    if not exe:
        sys.exit("chromium is not installed (apt-get install chromium)")
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        init_project(project)
        html = build(load_config(project / "config.toml"), SAMPLE_WEEK, followed=()).out_dir / "issue.html"
        out.mkdir(parents=True, exist_ok=True)
        for scheme, setting in COLOUR_SCHEMES.items():
            for width in WIDTHS:
                path = (out / shot_name(width, scheme)).resolve()
                subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                                f"--blink-settings=preferredColorScheme={setting}", f"--window-size={width},{HEIGHT}",
                                f"--screenshot={path}", html.as_uri()], capture_output=True, timeout=120, check=True)
                written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    for path in screenshots(parser.parse_args().out):
        print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
