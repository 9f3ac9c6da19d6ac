"""The commands that mail an issue and keep its ledger: `send`, `approve`, `worker` and `compact`."""

from __future__ import annotations

import sys

import click

from .cli_common import config_option, followed_shows, friendly, read_config, warn_lines
from .words import counted

MAX_WORKERS = 32  # processes per machine for one send; past the provider's limit more only queue
FOLLOW_POLL = 2.0  # seconds a following worker waits between looks for a send to join


@click.command()
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

    cfg = read_config(config_path)
    now = datetime.now(timezone.utc)
    if week:
        parse_week(week)
    week = week or last_complete_week(now.astimezone(ZoneInfo(cfg.newsletter.timezone)))
    if status:
        counts = Ledger.from_config(cfg).counts(week)
        click.echo(f"{week}: " + ", ".join(f"{k} {v}" for k, v in counts.as_dict().items()))
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
    warn_lines(report.notes)
    for email, error in report.failures:
        click.echo(f"Failed: {email}: {error}", err=True)
    click.echo(report.summary())
    if report.counts.failed:
        sys.exit(1)


def _checked_artefact(cfg, week, strict):
    """The built issue a send delivers (built first if never built), its slow checks reported; None when the
    week's send has started already (it goes on with what it snapshotted)."""
    from .build import built_issue
    from .deliver.ledger import Ledger
    from .gate import slow_report

    if Ledger.from_config(cfg).has_snapshot(week):
        return None
    artefact = built_issue(cfg, week, strict, followed=followed_shows(cfg))
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


@click.command()
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

    cfg = read_config(config_path)
    week = _week_or_next_send(cfg, week)
    if request:
        result = run_build(cfg, week, followed=followed_shows(cfg))
        mailed = request_approval(cfg, load_built(cfg, week))
        click.echo(f"Mailed the {week} issue (content {result.hash[:12]}) to approve to {', '.join(mailed)}")
        return
    artefact = load_built(cfg, week)
    if artefact is None:
        raise NotApproved(f"the {week} issue has not been built, so there is nothing to approve", week,
                          hint=f"build it and look at it first: `newsletter preview --week {week}` or "
                               f"`newsletter build --week {week}`")
    warn_lines(f"unsure: {note}" for note in review_notes(cfg, artefact, slow=False))
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


@click.command()
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

    cfg = read_config(config_path)
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


@click.command()
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

    cfg = read_config(config_path)
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
