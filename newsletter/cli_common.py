"""What every command shares: user errors as one line and an exit code, the config, warnings, common options."""

from __future__ import annotations

import functools
import sys

import click

from .errors import NewsletterError


def fail(exc: NewsletterError) -> None:
    """Print `Error: <what> (<hint>)` on stderr and exit with the error's code."""
    click.echo(f"Error: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""), err=True)
    sys.exit(exc.exit_code)


def friendly(fn):
    """Turn user errors into one clear message and an exit code, never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        report_first_run(echo=False)  # a note left by library calls before this command is not this command's
        try:
            return fn(*args, **kwargs)
        except NewsletterError as exc:
            report_first_run()
            fail(exc)
        finally:
            report_first_run()
    return wrapper


def followed_shows(cfg) -> list[str]:
    """The shows subscribers follow: a command that makes the issue reads them here, so the build asks the TV
    schedule for their airings without reading the subscriber list itself."""
    from .subscribers import SubscriberStore

    return SubscriberStore.from_config(cfg).followed_shows()


def week_to_make(cfg, week: str | None) -> tuple[str, list[str]]:
    """The week an issue is made for (checked first, so a mistyped week is the one error shown) and the
    followed shows its build looks up."""
    from .build import default_week
    from .weeks import parse_week

    week = week or default_week(cfg)
    parse_week(week)
    return week, followed_shows(cfg)


def report_first_run(echo: bool = True) -> None:
    """Whichever command opened the subscriber store first says what the one-time roster import did."""
    if "newsletter.subscribers" in sys.modules:
        for note in sys.modules["newsletter.subscribers"].take_first_run_notes():
            if echo:
                click.echo(note, err=True)


def read_config(path: str):
    """The config at `path`, its warnings printed on stderr."""
    from .config import load_config

    cfg = load_config(path)
    for warning in cfg.warnings:
        click.echo(f"Warning: {path}: {warning}", err=True)
    return cfg


def warn_lines(lines) -> None:
    """Print warnings on stderr, the first 20 one by one and the rest counted."""
    lines = list(lines)
    for line in lines[:20]:
        click.echo(f"Warning: {line}", err=True)
    if len(lines) > 20:
        click.echo(f"Warning: … and {len(lines) - 20} more", err=True)


config_option = click.option("--config", "config_path", default="config.toml", show_default=True,
                             type=click.Path(dir_okay=False), help="The config file; paths in it are relative to it.")
week_option = click.option("--week", default=None, metavar="YYYY-Www",
                           help="ISO week of the issue (default: the current week in the newsletter's time zone).")
