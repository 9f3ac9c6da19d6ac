"""The date the folder loader reads from a one-line front matter, for the date-format tests."""

from newsletter.sources.folder import read_interview


def dated(tmp_path, written):
    """The date read from `date: "<written>"` in a minimal Markdown file, and the loader's warnings."""
    f = tmp_path / "a.md"
    f.write_text(f"---\ndate: \"{written}\"\ntitle: T\n---\nBody.\n", encoding="utf-8")
    warnings: list[str] = []
    return read_interview(f, warnings=warnings).date, warnings
