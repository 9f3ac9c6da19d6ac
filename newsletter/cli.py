"""The `newsletter` command: a thin skin over the library.

Each command parses options, calls one library function and prints the result;
a NewsletterError becomes `Error: <what> (<hint>)` and a non-zero exit.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NewsletterError
from .words import counted


def _fail(exc: NewsletterError) -> None:
    click.echo(f"Error: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""), err=True)
    sys.exit(exc.exit_code)


def friendly(fn):
    """Turn user errors into one clear message and an exit code, never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        _report_first_run(echo=False)  # a note left by library calls before this command is not this command's
        try:
            return fn(*args, **kwargs)
        except NewsletterError as exc:
            _report_first_run()
            _fail(exc)
        finally:
            _report_first_run()
    return wrapper


def _followed(cfg) -> list[str]:
    """The shows subscribers follow: a command that makes the issue reads them here, so the build asks the TV
    schedule for their airings without reading the subscriber list itself."""
    from .subscribers import SubscriberStore

    return SubscriberStore.from_config(cfg).followed_shows()


def _to_make(cfg, week: str | None) -> tuple[str, list[str]]:
    """The week an issue is made for (checked first, so a mistyped week is the one error shown) and the
    followed shows its build looks up."""
    from .build import default_week
    from .weeks import parse_week

    week = week or default_week(cfg)
    parse_week(week)
    return week, _followed(cfg)


def _report_first_run(echo: bool = True) -> None:
    """Whichever command opened the subscriber store first says what the one-time roster import did."""
    if "newsletter.subscribers" in sys.modules:
        for note in sys.modules["newsletter.subscribers"].take_first_run_notes():
            if echo:
                click.echo(note, err=True)


def _config(path: str):
    from .config import load_config

    cfg = load_config(path)
    for warning in cfg.warnings:
        click.echo(f"Warning: {path}: {warning}", err=True)
    return cfg


def _warn(lines) -> None:
    lines = list(lines)
    for line in lines[:20]:
        click.echo(f"Warning: {line}", err=True)
    if len(lines) > 20:
        click.echo(f"Warning: … and {len(lines) - 20} more", err=True)


MAX_WORKERS = 32  # processes per machine for one send; past the provider's limit more only queue
FOLLOW_POLL = 2.0  # seconds a following worker waits between looks for a send to join

config_option = click.option("--config", "config_path", default="config.toml", show_default=True,
                             type=click.Path(dir_okay=False), help="The config file; paths in it are relative to it.")
week_option = click.option("--week", default=None, metavar="YYYY-Www",
                           help="ISO week of the issue (default: the current week in the newsletter's time zone).")


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

    cfg = _config(config_path)
    week, followed = _to_make(cfg, week)
    result = run_build(cfg, week, Path(out) if out else None, strict, followed=followed)
    _warn(result.warnings)
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
        _config(config_path)
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

    cfg = _config(config_path)
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

    _config(config_path)
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

    cfg = _config(config_path)
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

    cfg = _config(config_path)
    week, followed = _to_make(cfg, week)
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

    default_config = click.get_current_context().get_parameter_source("config_path").name == "DEFAULT"
    quotes = QuotesSection() if default_config and not Path(config_path).exists() else _config(config_path).quotes
    read_warnings: list[str] = []
    interview = read_interview(Path(file), warnings=read_warnings)
    u = understand(apply_overrides(interview, overrides_for(Path(file), read_warnings)))
    _warn(read_warnings)
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
    _warn(u.warnings)


@cli.command()
@config_option
@click.option("--week", default=None, metavar="YYYY-Www",
              help="ISO week of the issue (default: the last complete week, as the schedule sends).")
@click.option("--dry-run", is_flag=True, help="Show who would get the issue; send nothing, record nothing.")
@click.option("--status", is_flag=True, help="Show how many messages are pending, sent and failed.")
@click.option("--to", "to_address", default=None, metavar="ADDRESS",
              help="Send one test copy, marked [TEST], to ADDRESS; the ledger is not touched.")
@click.option("--strict", is_flag=True, help="Treat unusable content files and failing sources as errors.")
@click.option("--retry-failed", is_flag=True,
              help="Put the week's failed messages (not bounced addresses) back to pending, then send.")
@click.option("--force", is_flag=True,
              help="Send a week that is not over yet, or one whose send record survives a lost state database.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, MAX_WORKERS),
              help="Processes sending this issue together (more can join with `newsletter worker`).")
@friendly
def send(config_path, week, dry_run, status, to_address, strict, retry_failed, force, workers):
    """Send the week's issue to every subscriber exactly once; resumes an interrupted send.

    \b
    Example:
      newsletter send --week 2026-W48
      newsletter send --week 2026-W48 --status
      newsletter send --week 2026-W48 --retry-failed
      newsletter send --week 2026-W48 --workers 4
    """
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from .deliver import check_week_over, send_issue
    from .deliver.ledger import Ledger
    from .weeks import last_complete_week, parse_week

    cfg = _config(config_path)
    now = datetime.now(timezone.utc)
    if week:
        parse_week(week)
    week = week or last_complete_week(now.astimezone(ZoneInfo(cfg.newsletter.timezone)))
    if status:
        counts = Ledger.from_config(cfg).counts(week)
        click.echo(f"{week}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    if dry_run or to_address:
        from .deliver.dry_run import dry_run as run_dry, send_test
        if to_address:
            click.echo(send_test(cfg, week, to_address))
        else:
            click.echo(run_dry(cfg, week))
        return
    check_week_over(cfg, week, now, force)
    artefact = _checked_artefact(cfg, week, strict)
    if retry_failed:
        click.echo(f"{week}: {counted(Ledger.from_config(cfg).retry_failed(week), 'failed message')} back to pending")
    helpers: list = []

    def start_helpers():
        import subprocess

        # Their failures show in the ledger, which this process reports at the end.
        helpers.extend(subprocess.Popen([sys.executable, "-m", "newsletter", "worker", "--config", config_path,
                                         "--week", week], stdout=subprocess.DEVNULL) for _ in range(workers - 1))

    report = _send_with_progress(send_issue, cfg, week, strict, force, start_helpers, artefact)
    if helpers:
        if any(p.wait() for p in helpers):
            report.notes.append("a worker process stopped with an error; what it did not send stays due: run "
                                "`newsletter send` again")
        report.counts = Ledger.from_config(cfg).counts(week)  # with the other workers' batches
    _warn(report.notes)
    for email, error in report.failures:
        click.echo(f"Failed: {email}: {error}", err=True)
    click.echo(report.summary())
    if report.counts["failed"]:
        sys.exit(1)


def _checked_artefact(cfg, week, strict):
    """The built issue a send delivers (built first if never built), its slow checks reported; None when the
    week's send has started already (it goes on with what it snapshotted)."""
    from .build import built_issue
    from .deliver.ledger import Ledger
    from .gate import slow_report

    if Ledger.from_config(cfg).has_snapshot(week):
        return None
    artefact = built_issue(cfg, week, strict, followed=_followed(cfg))
    for r in slow_report(cfg, artefact):
        click.echo(f"Check {'ok' if r.ok else 'FAILED'}: {r.name}: {r.detail}", err=True)
    return artefact


def _send_with_progress(send_issue, cfg, week, strict, force, on_ready=None, artefact=None):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    if not sys.stderr.isatty():
        return send_issue(cfg, week, strict=strict, force=force, on_ready=on_ready, artefact=artefact)
    with Progress(TextColumn("Sending"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task("send", total=None)
        return send_issue(cfg, week, strict=strict, force=force, on_ready=on_ready, artefact=artefact,
                          progress=lambda done, total: bar.update(task, completed=done, total=total))


@cli.command()
@config_option
@click.option("--week", default=None, metavar="YYYY-Www",
              help="ISO week of the issue (default: the week the next scheduled run sends).")
@click.option("--request", is_flag=True,
              help="Build the issue and mail it to the editors with their approve links, as the schedule does.")
@friendly
def approve(config_path, week, request):
    """Approve the week's built issue, exactly as built (its content hash), for sending.

    Prints what the program was unsure of first. With `[schedule] approval = "required"`, `send`
    and `run` send only an approved issue; a rebuild with other content needs approving again.

    \b
    Example:
      newsletter preview --week 2026-W48    # look at it first
      newsletter approve --week 2026-W48
      newsletter approve --week 2026-W48 --request
    """
    from .approval import request_approval, review_notes
    from .build import build as run_build
    from .built_issues import load_built
    from .errors import NotApproved
    from .gate import approve as record_approval

    cfg = _config(config_path)
    week = _week_or_next_send(cfg, week)
    if request:
        result = run_build(cfg, week, followed=_followed(cfg))
        mailed = request_approval(cfg, load_built(cfg, week))
        click.echo(f"Mailed the {week} issue (content {result.hash[:12]}) to approve to {', '.join(mailed)}")
        return
    artefact = load_built(cfg, week)
    if artefact is None:
        raise NotApproved(f"the {week} issue has not been built, so there is nothing to approve", week,
                          hint=f"build it and look at it first: `newsletter preview --week {week}` or "
                               f"`newsletter build --week {week}`")
    _warn(f"unsure: {note}" for note in review_notes(cfg, artefact, slow=False))
    record_approval(cfg, week, artefact.hash, f"shell:{_user()}")
    click.echo(f"Approved {week} (content {artefact.hash[:12]}): it is sent exactly as built")


def _week_or_next_send(cfg, week):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from apscheduler.triggers.cron import CronTrigger

    from .scheduler import issue_week
    from .weeks import parse_week

    if week:
        parse_week(week)
        return week
    zone = ZoneInfo(cfg.newsletter.timezone)
    return issue_week(CronTrigger.from_crontab(cfg.schedule.cron, timezone=zone).get_next_fire_time(
        None, datetime.now(zone)))


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return "unknown"


@cli.command()
@config_option
@click.option("--week", default=None, metavar="YYYY-Www", help="Only this issue (default: every send in progress).")
@click.option("--follow", is_flag=True, help="Stay and join each new send as it starts, until SIGTERM.")
@friendly
def worker(config_path, week, follow):
    """Join the sends in progress as one more worker (on this or any machine sharing the state database).

    Claims batches from the ledger beside the other workers and exits when nothing is left
    (with --follow it waits for the next send); each subscriber still gets one copy. Start a
    send with `newsletter send` first.

    \b
    Example:
      newsletter worker --week 2026-W48
      newsletter worker --follow
    """
    import signal
    import threading

    from .deliver import work

    cfg = _config(config_path)
    if week:
        from .weeks import parse_week
        parse_week(week)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())  # stop between batches, claims given back
    while True:
        reports = work(cfg, week, stop=stop.is_set)
        for report in reports:
            for email, error in report.failures:
                click.echo(f"Failed: {email}: {error}", err=True)
            click.echo(report.summary())
        if not follow:
            if not reports:
                click.echo("Nothing to send: no issue has messages due")
            return
        if stop.wait(FOLLOW_POLL):
            return


@cli.command()
@config_option
@click.option("--older-than", "days", type=click.IntRange(min=1), default=None, metavar="DAYS",
              help="Compact sends finished longer ago than this (default: [state] compact_after_days).")
@click.option("--dry-run", is_flag=True, help="Only list what would be compacted.")
@friendly
def compact(config_path, days, dry_run):
    """Summarise finished sends' ledger rows: one row per issue instead of one per recipient.

    An issue is compacted once its send is over and nothing changed for the given days; it stays
    sent (never mailed again) and in the archive. `newsletter run` does this after each weekly send.

    \b
    Example:
      newsletter compact --dry-run
      newsletter compact --older-than 30
    """
    from datetime import timedelta

    from .deliver.compaction import compact as compact_ledger
    from .deliver.ledger import Ledger

    cfg = _config(config_path)
    days = days or cfg.state.compact_after_days
    if not days:
        click.echo("Compaction is off ([state] compact_after_days = 0); --older-than DAYS runs it once")
        return
    done = compact_ledger(Ledger.from_config(cfg), timedelta(days=days), dry_run=dry_run)
    for c in done:
        states = ", ".join(f"{n:,} {state}" for state, n in sorted(c.counts.items()))
        click.echo(f"{c.issue}: {'would compact' if dry_run else 'compacted'} {counted(c.rows, 'row')} ({states})")
    if not done:
        click.echo(f"Nothing to compact: no send finished more than {counted(days, 'day')} ago still has its rows")


@cli.group()
def subscribers():
    """Manage the subscribers (kept in the state database; CSV in and out).

    \b
    Example:
      newsletter subscribers add fan@example.org --name "A Fan" --timezone Europe/London
    """


_SHOWN = 20  # rejected rows printed one by one; the rest are counted


def _store(config_path):
    from .subscribers import SubscriberStore

    cfg = _config(config_path)
    return cfg, SubscriberStore.from_config(cfg)


@subscribers.command("list")
@click.option("--status", type=click.Choice(["all", "pending", "active", "unsubscribed", "bounced", "complained"]),
              default="all", show_default=True, help="Only subscribers with this status.")
@config_option
@friendly
def subscribers_list(status, config_path):
    """Print every subscriber: address, status, time zone, shows.

    \b
    Example:
      newsletter subscribers list --status active
    """
    _, store = _store(config_path)
    for batch in store.batches(None if status == "all" else status):
        click.echo("".join(f"{s.email}\t{s.status}\t{s.timezone or '-'}\t{';'.join(s.shows) or '-'}\n"
                           for s in batch), nl=False)


@subscribers.command("count")
@config_option
@friendly
def subscribers_count(config_path):
    """Print how many subscribers there are in each status.

    \b
    Example:
      newsletter subscribers count
    """
    _, store = _store(config_path)
    click.echo(", ".join(f"{k} {n}" for k, n in store.count().items()))


@subscribers.command("add")
@click.argument("address")
@click.option("--name", default="", help="Name for the To: header.")
@click.option("--timezone", default="", help="IANA time zone, e.g. Europe/London.")
@click.option("--shows", default="", help="Shows they follow, separated by ';'.")
@config_option
@friendly
def subscribers_add(address, name, timezone, shows, config_path):
    """Add a subscriber, or fill in one already there (a blank option changes nothing).

    Someone who unsubscribed, bounced or complained stays so: only they can come back,
    through the subscribe page, which asks them to confirm.

    \b
    Example:
      newsletter subscribers add fan@example.org --shows "Harbor Lights;Night Desk"
    """
    from .deliver.ledger import Ledger
    from .errors import RosterError
    from .subscribers.fields import LEFT, split_shows
    from .subscribers import change

    cfg, store = _store(config_path)
    c = change(address, name, timezone, split_shows(shows), detail="newsletter subscribers add")
    known = store.get(c.email)
    if (known is None and Ledger.from_config(cfg).is_suppressed(c.email)) or (known and known.status in LEFT):
        raise RosterError(f"{known.email if known else c.email} unsubscribed, bounced or complained before",
                          hint="they must subscribe again themselves through the subscribe page, "
                               "which asks them to confirm")
    sub, outcome = store.add(c)
    click.echo(f"{'Added' if outcome == 'added' else 'Updated' if outcome == 'updated' else 'Unchanged:'} "
               f"{sub.email}")


@subscribers.command("remove")
@click.argument("address")
@config_option
@friendly
def subscribers_remove(address, config_path):
    """Remove a subscriber and their consent record (use `forget` to erase them everywhere).

    \b
    Example:
      newsletter subscribers remove fan@example.org
    """
    from .deliver.ledger import Ledger
    from .errors import RosterError

    cfg, store = _store(config_path)
    if not store.remove(address):
        raise RosterError(f"{address} is not a subscriber", hint="check the spelling with `newsletter subscribers list`")
    withdrawn = Ledger.from_config(cfg).withdraw(address, "removed from the subscribers")  # a running send skips them
    click.echo(f"Removed {address}" + (f" (and from {counted(withdrawn, 'unsent issue')})" if withdrawn else ""))


@subscribers.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Report what would change; change nothing.")
@config_option
@friendly
def subscribers_import(file, dry_run, config_path):
    """Merge a CSV (ours, or a Mailchimp, listmonk or Buttondown export) into the subscribers.

    A blank cell never overwrites; someone who left stays so; unknown columns are kept as
    attributes; rows that cannot be used are reported with their line and left out.

    \b
    Example:
      newsletter subscribers import new-signups.csv --dry-run
    """
    from .deliver.ledger import Ledger
    from .subscribers import import_csv

    cfg, store = _store(config_path)
    report = import_csv(store, Path(file), dry_run, suppressed=Ledger.from_config(cfg).suppressed_hashes())
    for line in report.rejected[:_SHOWN]:
        click.echo(f"Rejected {file} {line}", err=True)
    if len(report.rejected) > _SHOWN:
        click.echo(f"Rejected … and {len(report.rejected) - _SHOWN} more", err=True)
    click.echo(("Would import: " if dry_run else "Imported: ") + report.summary())


@subscribers.command("export")
@click.option("--out", type=click.Path(dir_okay=False), default=None, help="Write to this file (default: print).")
@config_option
@friendly
def subscribers_export(out, config_path):
    """Write every subscriber as CSV that is safe to open in a spreadsheet and imports again unchanged.

    \b
    Example:
      newsletter subscribers export --out subscribers/export.csv
    """
    from .files import atomic_writer
    from .subscribers import export_csv

    _, store = _store(config_path)
    if out is None:
        export_csv(store, click.get_text_stream("stdout"))
        return
    with atomic_writer(Path(out)) as fh:
        n = export_csv(store, fh)
    click.echo(f"Exported {counted(n, 'subscriber')} to {out}", err=True)


@subscribers.command("forget")
@click.argument("address")
@config_option
@friendly
def subscribers_forget(address, config_path):
    """Erase a person from the subscribers and the send ledger, keeping only a hashed suppression entry.

    \b
    Example:
      newsletter subscribers forget fan@example.org
    """
    from .deliver.ledger import Ledger
    from .subscribers import forget

    cfg, store = _store(config_path)
    forget(store, Ledger.from_config(cfg), address)
    click.echo(f"Forgot {address}; they stay unsubscribed")


def main():
    cli(prog_name="newsletter")


if __name__ == "__main__":
    main()
