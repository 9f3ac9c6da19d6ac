"""The weekly schedule (`newsletter run`): APScheduler 3 with cron triggers in the newsletter's time zone.

Jobs live in the state database, so a restart keeps them. Any number of schedulers may
run on machines sharing that database: a lock in it elects one leader that runs the jobs,
and a standby takes over within LEADER_POLL seconds when the leader stops. The weekly job builds
and sends the last complete ISO week; it is idempotent through the send ledger,
so two schedulers, a restart mid-send or a manual `newsletter send` the same
day never send twice. A missed run is made up once if the machine is back
within `misfire_grace_time`, and skipped with a logged reason after it.
"""

from __future__ import annotations

import html
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MISSED
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.triggers.cron import CronTrigger

from .config import Config, load_config
from .weeks import last_complete_week, parse_week, week_of
from .words import counted

log = logging.getLogger("newsletter.run")
UTC = ZoneInfo("UTC")
WEEKLY_ID = "weekly-issue"
GATHER_ID = "daily-gather"
APPROVAL_ID = "approval-round"
APPROVAL_CRON = "0 * * * *"  # hourly: the lead time is in hours, and a held issue waits at most an hour
HELD_FLAG = "held-week"  # the week whose issue waits for approval past its send time
STOP = threading.Event()  # set by SIGTERM: sends stop between batches
LEADER = "scheduler-leader"  # the lock name that elects the one scheduler running the jobs
LEADER_POLL = 5.0  # seconds between a standby scheduler's tries to take over
LEADER_CHECK = 2.0  # seconds between the leader's checks that it still holds the lock (below LEADER_POLL)
# A new leader waits this long before its first job: a leader that lost the lock has noticed and exited by then.
LEADER_SETTLE = 2 * LEADER_CHECK + 1.0
LOST_LEADER_EXIT = 75  # EX_TEMPFAIL: the leader lost its database; a supervisor restarts it as a standby


@dataclass
class JobOutcome:
    job: str
    week: str
    outcome: str
    detail: dict

    def line(self, seconds: float) -> str:
        """One structured log line: what, how many, how long, outcome."""
        return json.dumps({"job": self.job, "week": self.week, "outcome": self.outcome,
                           "seconds": round(seconds, 2), **self.detail}, sort_keys=True)


class WallClockCron(CronTrigger):
    """A cron trigger that fires once per local wall-clock time.

    When clocks go back, the hour that repeats shows the same wall-clock times twice; APScheduler's
    CronTrigger fires a job due in it at both. This one fires at the first and skips the second.
    A time that a spring-forward change skips still fires once, at the same distance past the
    change (APScheduler's own behaviour, kept).
    """

    def get_next_fire_time(self, previous_fire_time, now):
        """The next fire time after `previous_fire_time` whose wall-clock time is later than its."""
        fire = super().get_next_fire_time(previous_fire_time, now)
        while fire is not None and previous_fire_time is not None \
                and fire.replace(tzinfo=None) <= previous_fire_time.astimezone(self.timezone).replace(tzinfo=None):
            fire = super().get_next_fire_time(fire, max(now.astimezone(UTC), fire.astimezone(UTC)))
        return fire


def weekly_trigger(cron: str, zone: ZoneInfo) -> WallClockCron:
    """The trigger of a scheduled job: `cron` (crontab) in the newsletter's time zone."""
    return WallClockCron.from_crontab(cron, timezone=zone)


def issue_week(now: datetime) -> str:
    """The last complete ISO week before `now` (Monday to Sunday)."""
    return last_complete_week(now)


def weekly_issue(config_path: str, now: datetime | None = None) -> JobOutcome:
    """Build and send the last complete week's issue; a thin week is skipped or folded into the next.

    A send under way is resumed as it was snapshotted; with approval required the issue built for the
    editors is the one sent, once approved, and held (with a note to the editors) until then.
    """
    from .deliver.ledger import Ledger

    started = time.monotonic()
    cfg = load_config(config_path)
    zone = ZoneInfo(cfg.newsletter.timezone)
    week = issue_week((now or datetime.now(zone)).astimezone(zone))
    artefact = None
    if not Ledger.from_config(cfg).has_snapshot(week):
        artefact, outcome = _issue_to_send(cfg, week)
        if outcome is not None:
            log.info(outcome.line(time.monotonic() - started))
            return outcome
    outcome = _send(cfg, week, artefact)
    log.info(outcome.line(time.monotonic() - started))
    _compact(cfg)
    return outcome


def _compact(cfg: Config) -> None:
    """The weekly housekeeping after a send: finished sends older than [state] compact_after_days summarised."""
    from .deliver.compaction import compact
    from .deliver.ledger import Ledger

    if not cfg.state.compact_after_days:
        return
    started = time.monotonic()
    done = compact(Ledger.from_config(cfg), timedelta(days=cfg.state.compact_after_days))
    if done:
        log.info(JobOutcome("compact-ledger", ",".join(c.issue for c in done), "compacted",
                            {"rows": sum(c.rows for c in done)}).line(time.monotonic() - started))


def _issue_to_send(cfg: Config, week: str):
    """(the built issue to send, None), or (None, the outcome) when the week is thin and so not sent."""
    from .artefact import Artefact
    from .build import build, make_issue
    from .built_issues import load_built
    from .subscribers import SubscriberStore

    if cfg.schedule.approval == "required":
        built = load_built(cfg, week)
        if built is not None:
            return built, None  # what the editors were shown, never a fresh gather
    issue, warnings = make_issue(cfg, week, followed=SubscriberStore.from_config(cfg).followed_shows())
    if len(issue.stories) < cfg.schedule.min_interviews:
        return None, _thin_week(cfg, week, issue)
    result = build(cfg, week, issue=issue, warnings=warnings)  # gathered once: the files and the send agree
    return Artefact(result.issue, result.hash, result.warnings), None


def _thin_week(cfg: Config, week: str, issue) -> JobOutcome:
    """Fold a thin week into the next issue (or skip it) and tell the editors."""
    from .build import fold_key, issue_period
    from .store import Store

    fold = cfg.schedule.thin_week == "fold"
    if fold:
        nxt = week_of(parse_week(week).end + timedelta(days=1))
        Store.from_config(cfg).set_flag(fold_key(nxt), week_of(issue_period(cfg, week).start))
    _tell_editors(cfg, week, f"The {week} issue was not sent: it has {counted(len(issue.stories), 'interview')}, "
                             f"fewer than [schedule] min_interviews = {cfg.schedule.min_interviews}. "
                             + ("Its interviews will go out with next week's issue." if fold else
                                "Its interviews will not be sent."))
    return JobOutcome(WEEKLY_ID, week, "folded" if fold else "skipped",
                      {"interviews": len(issue.stories), "minimum": cfg.schedule.min_interviews})


def _send(cfg: Config, week: str, artefact) -> JobOutcome:
    """Send the built issue through the checks and the approval gate; a held or refused one tells the editors."""
    from .deliver import send_issue
    from .errors import IssueRefused, NotApproved

    detail = {}
    if artefact is not None:
        issue = artefact.issue
        detail["interviews"] = len(issue.stories)
        if issue.period_start != parse_week(week).start:
            detail["since"] = issue.period_start.isoformat()
        from .gate import slow_report
        failed = [r.name for r in slow_report(cfg, artefact) if not r.ok]
        if failed:
            detail["checks_failed"] = failed  # reported, not refused: the quick checks are the gate
    try:
        report = send_issue(cfg, week, stop=STOP.is_set, artefact=artefact)
    except (NotApproved, IssueRefused) as exc:
        held = isinstance(exc, NotApproved)
        if held:
            _hold(cfg, week, artefact)
        _tell_editors(cfg, week, f"The {week} issue was not sent: {exc.message}. To send it: {exc.hint}"
                                 + (" (once approved it goes out within the hour)." if held else "."),
                      "held" if held else "refused")
        return JobOutcome(WEEKLY_ID, week, "held" if held else "refused", {**detail, "reason": exc.message})
    return JobOutcome(WEEKLY_ID, week, "stopped" if report.remaining else "sent", {**report.counts.as_dict(), **detail})


def _hold(cfg: Config, week: str, artefact) -> None:
    """Remember the held week for the hourly approval job; mail the editors this content if nobody has it yet."""
    from .approval import request_approval, review_sent
    from .store import Store

    Store.from_config(cfg).set_flag(HELD_FLAG, week)
    if artefact is not None and review_sent(cfg, week) != artefact.hash:
        request_approval(cfg, artefact)


def approval_round(config_path: str, now: datetime | None = None) -> JobOutcome:
    """Hourly, with approval required: within `approval_lead` hours of the send, build the issue and mail it
    to the editors (once per week); and send a held issue as soon as it is approved."""
    from .approval import request_approval, review_sent
    from .build import build, make_issue
    from .built_issues import load_built
    from .deliver.ledger import Ledger
    from .gate import approval_of
    from .store import Store
    from .subscribers import SubscriberStore

    started = time.monotonic()
    cfg = load_config(config_path)
    zone = ZoneInfo(cfg.newsletter.timezone)
    now = (now or datetime.now(zone)).astimezone(zone)
    held = Store.from_config(cfg).flag(HELD_FLAG) if cfg.schedule.approval == "required" else None
    built = load_built(cfg, held) if held else None
    if built is not None and approval_of(cfg, held) == built.hash:
        Store.from_config(cfg).set_flag(HELD_FLAG, "")
        outcome = _send(cfg, held, built)
        log.info(outcome.line(time.monotonic() - started))
        return outcome
    send_at = weekly_trigger(cfg.schedule.cron, zone).get_next_fire_time(None, now)
    week = issue_week(send_at)
    outcome = JobOutcome(APPROVAL_ID, week, "idle", {})
    if cfg.schedule.approval == "required" and send_at - now <= timedelta(hours=cfg.schedule.approval_lead) \
            and review_sent(cfg, week) is None and not Ledger.from_config(cfg).has_snapshot(week):
        issue, warnings = make_issue(cfg, week, followed=SubscriberStore.from_config(cfg).followed_shows())
        if len(issue.stories) >= cfg.schedule.min_interviews:  # a thin week is the send job's to fold or skip
            result = build(cfg, week, issue=issue, warnings=warnings)
            mailed = request_approval(cfg, load_built(cfg, week))
            outcome = JobOutcome(APPROVAL_ID, week, "requested", {"editors": len(mailed), "hash": result.hash[:12]})
            log.info(outcome.line(time.monotonic() - started))
    return outcome


def daily_gather(config_path: str) -> JobOutcome:
    """Fetch feeds and pages so the week is complete when the issue is built."""
    from .build import gather

    started = time.monotonic()
    cfg = load_config(config_path)
    week = week_of(datetime.now(ZoneInfo(cfg.newsletter.timezone)).date())
    interviews, warnings = gather(cfg, parse_week(week))
    outcome = JobOutcome(GATHER_ID, week, "ok", {"interviews": len(interviews), "warnings": len(warnings)})
    log.info(outcome.line(time.monotonic() - started))
    return outcome


def _tell_editors(cfg: Config, week: str, text: str, what: str = "skipped") -> None:
    """A short note to the editors through the configured transport."""
    from .deliver.one import Letter, send_one

    letter = Letter(f"{week}-note", f"{cfg.newsletter.name}: {week} {what}", text + "\n", f"<p>{html.escape(text)}</p>")
    send_one(cfg, letter, [(to, "Editors") for to in cfg.editor_addresses()], f"{week}-note-{what}")


def start_scheduler(cfg: Config, config_path: str):
    """A started background scheduler with the weekly and daily jobs, kept in the state database.

    Jobs already stored with the same trigger are kept as they are, so a run
    missed while the machine was down is still due (and made up within the grace
    period); a changed cron or time zone in the config replaces the stored job, and a
    stored job the config no longer asks for is removed.
    """
    from apscheduler.schedulers.background import BackgroundScheduler

    from .state import state_engine

    zone = ZoneInfo(cfg.newsletter.timezone)
    scheduler = BackgroundScheduler(timezone=zone, jobstores={"default": SQLAlchemyJobStore(engine=state_engine(cfg))})
    scheduler.add_listener(lambda event: log.warning(json.dumps(
        {"job": event.job_id, "outcome": "missed", "scheduled": event.scheduled_run_time.isoformat(),
         "reason": "the machine was down past misfire_grace_time; skipped"})), EVENT_JOB_MISSED)
    scheduler.start(paused=True)
    args = [str(Path(config_path).resolve())]
    jobs = [(WEEKLY_ID, weekly_issue, cfg.schedule.cron, "build and send the weekly issue"),
            (GATHER_ID, daily_gather, cfg.schedule.gather_cron, "gather feeds and pages")]
    if cfg.schedule.approval == "required":
        jobs.append((APPROVAL_ID, approval_round, APPROVAL_CRON, "ask the editors to approve; send once approved"))
    wanted = {job_id for job_id, *_ in jobs}
    for stale in scheduler.get_jobs():
        if stale.id not in wanted:
            scheduler.remove_job(stale.id)
    for job_id, func, cron, label in jobs:
        trigger = weekly_trigger(cron, zone)
        stored = scheduler.get_job(job_id)
        # repr, not str: it names the time zone, so a changed [newsletter] timezone replaces the job too
        if stored is None or repr(stored.trigger) != repr(trigger) or list(stored.args) != args \
                or stored.misfire_grace_time != cfg.schedule.misfire_grace_time:
            scheduler.add_job(func, trigger, args=args, id=job_id, name=label, replace_existing=True,
                              max_instances=1, coalesce=True, misfire_grace_time=cfg.schedule.misfire_grace_time)
    scheduler.resume()
    return scheduler


def next_runs(cfg: Config, count: int = 4, now: datetime | None = None) -> dict[str, list[datetime]]:
    """The next run times of each job, in the newsletter's time zone."""
    zone = ZoneInfo(cfg.newsletter.timezone)
    now = (now or datetime.now(zone)).astimezone(zone)
    out = {}
    for name, cron in (("weekly issue", cfg.schedule.cron), ("daily gather", cfg.schedule.gather_cron)):
        trigger = weekly_trigger(cron, zone)
        times, prev = [], None
        at = now
        for _ in range(count):
            nxt = trigger.get_next_fire_time(prev, at)
            times.append(nxt)
            prev, at = nxt, nxt + timedelta(seconds=1)
        out[name] = times
    return out


def run(config_path: str, echo=print) -> None:
    """Run the scheduler until SIGTERM or Ctrl-C; SIGTERM lets a send stop cleanly between batches."""
    import signal

    from .deliver.ledger import Ledger
    from .errors import SendInProgress

    cfg = load_config(config_path)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    signal.signal(signal.SIGTERM, lambda signum, frame: STOP.set())
    ledger = Ledger.from_config(cfg)
    said = False
    try:
        while not STOP.is_set():
            try:
                # One leader per state database: the lock dies with its process (or its database
                # connection), and a standby scheduler takes over at its next try.
                with ledger.lock(LEADER) as lost:
                    echo("Leading: this scheduler runs the jobs")
                    _lead(cfg, config_path, echo, lost)
                return
            except SendInProgress:
                if not said:
                    echo("Standing by: another scheduler on this state database runs the jobs; taking over if "
                         "it stops")
                    said = True
                STOP.wait(LEADER_POLL)
    except KeyboardInterrupt:
        STOP.set()


def _lead(cfg: Config, config_path: str, echo, lost) -> None:
    """Run the jobs while this scheduler leads; `lost()` says why it no longer may (None while it may)."""
    if STOP.wait(LEADER_SETTLE):
        return
    scheduler = start_scheduler(cfg, config_path)
    for name, times in next_runs(cfg, 1).items():
        echo(f"Next {name}: {times[0]:%a %Y-%m-%d %H:%M %Z}")
    checked = time.monotonic()
    try:
        while not STOP.wait(1.0):
            if time.monotonic() - checked >= LEADER_CHECK:
                checked = time.monotonic()
                why = lost()
                if why:
                    _step_down(scheduler, why, echo)
    except KeyboardInterrupt:
        STOP.set()
    finally:
        scheduler.shutdown(wait=True)  # a running send sees STOP and ends after its batch


def _step_down(scheduler, why: str, echo) -> None:
    """Stop leading at once: another scheduler may hold the lock by now, and a job still running here
    (a gather, a send) would run beside its. The process ends; a supervisor starts it again as a standby."""
    import os
    import sys

    echo(f"Stepping down: {why}; exiting so no job runs twice (restart to stand by)")
    log.error(json.dumps({"leader": "stepped down", "reason": why}))
    STOP.set()  # a send between batches stops here rather than after its next batch
    scheduler.shutdown(wait=False)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(LOST_LEADER_EXIT)  # not SystemExit: that would wait for the job threads to finish
