"""`newsletter init`: a new project that builds and sends out of the box.

The project is the packaged skeleton (a commented config.toml, a week of sample interviews,
subscribers/ with a sample CSV and its README, templates/README.md) plus the packaged default
templates as editable files. Nothing is written when any of those files is already there.
"""

from __future__ import annotations

from pathlib import Path

from .errors import NewsletterError
from .files import write_atomic
from .render import BUILTIN_TEMPLATES

SKELETON = Path(__file__).parent / "skeleton"
SAMPLE_WEEK = "2026-W48"  # the week of the sample interviews


def project_files() -> dict[str, Path]:
    """Each file of a new project (its path in the project) and the packaged file it is copied from."""
    files = {p.relative_to(SKELETON).as_posix(): p for p in sorted(SKELETON.rglob("*")) if p.is_file()}
    files |= {f"templates/{p.name}": p for p in sorted(BUILTIN_TEMPLATES.glob("*.j2"))}
    return files


def init_project(dest: Path) -> list[Path]:
    """Write a new project into `dest` (made if missing); returns the files written.

    Refuses, writing nothing, when any file it would write exists already.
    """
    files = project_files()
    taken = sorted(name for name in files if (dest / name).exists())
    if taken:
        raise NewsletterError(f"{dest} already has {', '.join(taken[:3])}{' …' if len(taken) > 3 else ''}: "
                              "nothing was written",
                              hint="run `newsletter init NEW-FOLDER` to start a project in a folder of its own")
    written = []
    for name, source in files.items():
        write_atomic(dest / name, source.read_bytes())
        written.append(dest / name)
    return written
