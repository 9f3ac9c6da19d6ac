"""The `newsletter` command: a thin skin over the library.

Each command parses options, calls one library function and prints the result;
a NewsletterError becomes `Error: <what> (<hint>)` and a non-zero exit.

    cli.py              the group, and building, previewing, checking, serving, scheduling
    cli_send.py         send, approve, worker, compact
    cli_subscribers.py  subscribers list/count/add/remove/import/export/forget
    cli_common.py       what they share (errors, config, warnings, options)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .cli_common import config_option, friendly, read_config, warn_lines, week_option, week_to_make
from .cli_send import approve, compact, send, worker
from .cli_subscribers import subscribers
from .words import counted


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsletter")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              envvar="NEWSLETTER_LOG_FORMAT",
              help="json: every line on stderr (warnings, errors, job and access logs) as one JSON object.")
@click.pass_context
def cli(ctx, log_format):
    """Build and send a weekly newsletter of TV actors' interviews.

    \b
    Example:
      newsletter build --week 2026-W48 && newsletter send --week 2026-W48
      newsletter --log-format json send
    """
    if log_format == "json" and ctx.invoked_subcommand:
        _log_as_json(ctx)


def _log_as_json(ctx) -> None:
    import time

    from .logformat import JsonLines, finished

    started, stream = time.monotonic(), JsonLines(sys.stderr, ctx.invoked_subcommand)
    real, sys.stderr = sys.stderr, stream

    def close():
        exc = sys.exc_info()[1]
        code = exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else (1 if exc else 0)
        finished(stream, started, code)
        sys.stderr = real

    ctx.call_on_close(close)


@cli.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@friendly
def init(directory):
    """Start a newsletter in DIRECTORY (default: here): config, sample week, templates, subscribers.

    Writes a commented config.toml, a week of sample interviews in content/, the default
    templates in templates/ (the build prefers them over the packaged ones) and subscribers/
    with a sample CSV and its README. Writes nothing if any of those files is already there.

    \b
    Example:
      newsletter init my-newsletter && cd my-newsletter && newsletter build --week 2026-W48
    """
    from .build import shown_path
    from .project import SAMPLE_WEEK, init_project

    dest = Path(directory)
    written = init_project(dest)
    click.echo(f"Created a newsletter in {shown_path(dest) if dest != Path('.') else 'this folder'}: "
               f"{counted(len(written), 'file')}")
    for folder in ("config.toml", "content/", "templates/", "subscribers/"):
        click.echo(f"  {shown_path(dest / folder)}{'/' if folder.endswith('/') else ''}")
    go = f"cd {directory} && " if dest != Path(".") else ""
    click.echo(f"Next: {go}newsletter build --week {SAMPLE_WEEK} && newsletter send --week {SAMPLE_WEEK}")


@cli.command()
@config_option
@week_option
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Output folder (default: [build] out from the config).")
@click.option("--strict", is_flag=True, help="Treat unusable content files and failing sources as errors.")
@friendly
def build(config_path, week, out, strict):
    """Build one week's issue: issue.html, issue.txt and issue.json under OUT/WEEK/.

    \b
    Example:
      newsletter build --week 2026-W48
    """
    from .build import build as run_build

    cfg = read_config(config_path)
    week, followed = week_to_make(cfg, week)
    result = run_build(cfg, week, Path(out) if out else None, strict, followed=followed)
    warn_lines(result.warnings)
    click.echo(result.summary())


@cli.command()
@config_option
@week_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (keep it local).")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@friendly
def preview(config_path, week, host, port):
    """Serve the week's issue locally as subscribers will see it, rebuilding on every change.

    Phone and desktop widths, dark mode, plain text, HTML source, the issue as one subscriber
    sees it, this week's interviews with their picks and runners-up, checks and the archive.

    \b
    Example:
      newsletter preview --week 2026-W48
    """
    from .preview import serve

    if not Path(config_path).is_file():
        read_config(config_path)
    serve(Path(config_path), week, host, port, echo=click.echo)


@cli.command()
@config_option
@click.option("--host", default=None, help="Address to listen on (default: [server] host, 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port to listen on (default: [server] port).")
@click.option("--public-url", default=None, metavar="URL",
              help="Where links in confirmation mails point (default: this server with the outbox provider on "
                   "127.0.0.1, else [newsletter] base_url).")
@friendly
def serve(config_path, host, port, public_url):
    """Serve the public pages: subscribe (double opt-in), unsubscribe, preferences, archive, webhooks.

    With the outbox provider, confirmation mails are .eml files under the outbox folder's
    confirmations/, and their links point at this server, so a subscription can be tried locally.

    \b
    Example:
      NEWSLETTER_SECRET=... newsletter serve --port 8080
      newsletter serve --public-url http://localhost:8080
    """
    from .serving import serve as run_serve

    cfg = read_config(config_path)
    run_serve(cfg, host or cfg.server.host, cfg.server.port if port is None else port, echo=click.echo,
              warn=lambda line: click.echo(line, err=True), public_url=public_url)


@cli.command()
@config_option
@friendly
def run(config_path):
    """Run the weekly schedule: gather daily, build and send each week's issue at [schedule] cron.

    Jobs are kept in the state database; SIGTERM stops a send cleanly between batches.

    \b
    Example:
      NEWSLETTER_SECRET=... newsletter run
    """
    from .scheduler import run as run_scheduler

    read_config(config_path)
    run_scheduler(config_path, echo=click.echo)


@cli.command()
@config_option
@friendly
def doctor(config_path):
    """Check that this project can send: config, secrets, state database, templates, provider credentials.

    The provider gets a call that changes nothing (SMTP: connect and log in; the HTTP APIs: read
    the account or domain). Each problem says what to fix; exits 1 if there is one.

    \b
    Example:
      POSTMARK_TOKEN=... newsletter doctor
    """
    from .doctor import diagnose

    findings = diagnose(Path(config_path))
    for f in findings:
        click.echo(f"{'ok  ' if f.ok else 'FAIL'} {f.name}: {f.detail}" + (f"\n     fix: {f.fix}" if f.fix else ""))
    if not all(f.ok for f in findings):
        sys.exit(1)


@cli.command()
@config_option
@click.option("--count", default=4, show_default=True, help="How many upcoming runs to list.")
@friendly
def schedule(config_path, count):
    """Print the next run times of the scheduled jobs, in the newsletter's time zone.

    \b
    Example:
      newsletter schedule --count 3
    """
    from .scheduler import issue_week, next_runs

    cfg = read_config(config_path)
    for name, times in next_runs(cfg, count).items():
        click.echo(f"{name}:")
        for t in times:
            extra = f"  (sends {issue_week(t)})" if name == "weekly issue" else ""
            click.echo(f"  {t:%a %Y-%m-%d %H:%M %Z}{extra}")


@cli.command()
@config_option
@week_option
@friendly
def check(config_path, week):
    """Build the week's issue and check it: size, alt texts, links, spam score, layout, text contrast.

    Contrast (WCAG AA) is measured light and dark at 375 and 600 px, and for the [theme] colours.
    Spam score needs SpamAssassin; layout and contrast need Chromium; each check says when it was skipped.
    Screenshots are saved under OUT/WEEK/screenshots/.

    \b
    Example:
      newsletter check --week 2026-W48
    """
    from .build import build as run_build
    from .checks import run_checks

    cfg = read_config(config_path)
    week, followed = week_to_make(cfg, week)
    result = run_build(cfg, week, followed=followed)
    failed = 0
    for r in run_checks(cfg, result):
        failed += not r.ok
        click.echo(f"{'ok  ' if r.ok else 'FAIL'} {r.name}: {r.detail}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the issue.json fields plus turns, quotes, candidates).")
@click.option("--count", type=int, default=None, help="How many pull-quotes to pick (default: [quotes] per_interview).")
@config_option
@friendly
def inspect(file, as_json, count, config_path):
    """Show what the program understood of one interview file (with the editor's overrides.toml beside it).

    Pull-quotes are picked as the issue picks them, within the config's [quotes] word limits (the defaults when
    there is no config.toml here and --config is not given).

    \b
    Example:
      newsletter inspect content/2026-11-23-mara-quinlan.txt
    """
    from .assemble import pick_quotes
    from .config import QuotesSection
    from .extract import understand
    from .extract.roles import MIN_CONFIDENCE
    from .overrides import apply_overrides, overrides_for
    from .serialize import inspect_json
    from .sources.folder import read_interview
    from .spoilers import describe, spoiler_for

    default_config = click.get_current_context().get_parameter_source("config_path").name == "DEFAULT"
    quotes = QuotesSection() if default_config and not Path(config_path).exists() else read_config(config_path).quotes
    read_warnings: list[str] = []
    interview = read_interview(Path(file), warnings=read_warnings)
    u = understand(apply_overrides(interview, overrides_for(Path(file), read_warnings)))
    warn_lines(read_warnings)
    sel = pick_quotes(u, quotes, count)
    if as_json:
        click.echo(json.dumps(inspect_json(u, sel), indent=2, ensure_ascii=False))
        return
    iv = u.interview
    click.echo(f"Title:       {iv.title or '(none)'}\nDate:        {iv.date}\nOutlet:      {iv.outlet or '(unknown)'}\n"
               f"Interviewee: {u.interviewee or '(unknown)'} (confidence {u.confidence:.2f}"
               f"{', not sure: no pull-quotes' if u.confidence < MIN_CONFIDENCE else ''})\n"
               f"Show:        {u.show or '(unknown)'}")
    click.echo("\nTurns:")
    for t in u.turns:
        text = t.text if len(t.text) < 90 else t.text[:87] + "..."
        click.echo(f"  [{t.role:<11}] {t.speaker or '-':<22} {text}")
    if u.quotes:
        click.echo("\nQuotes:")
        for q in u.quotes:
            click.echo(f"  {q.speaker or '(unattributed)':<22} “{q.text}”")
    click.echo("\nPull-quotes:")
    for p in sel.picks:
        click.echo(f"  {p.score:5.2f} [{p.rule}] {p.text}\n        " + "; ".join(p.reasons))
    click.echo("\nRunners-up:")
    picked = {(p.start, p.end) for p in sel.picks}
    for c in [c for c in sel.candidates if (c.start, c.end) not in picked][:5]:
        why = c.excluded or "; ".join(c.reasons)
        click.echo(f"  {c.score:5.2f} {c.text[:80]}\n        {why}")
    click.echo("\nAir dates:")
    for a in u.air_dates:
        click.echo(f"  {a.show or '?'} · {a.network or '?'} · {a.kind} · {a.weekday or a.day or ''} "
                   f"{a.local_time or ''} {a.tz or ''}\n        from: {a.sentence}")
    if not u.air_dates:
        click.echo("  (none found)")
    click.echo(f"\nEpisode:\n  {describe(spoiler_for(u))}")
    warn_lines(u.warnings)


for _command in (send, approve, worker, compact, subscribers):
    cli.add_command(_command)


def main():
    cli(prog_name="newsletter")


if __name__ == "__main__":
    main()
