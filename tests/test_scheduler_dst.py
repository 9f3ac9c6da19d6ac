"""The schedule across clock changes and config changes: real APScheduler, a real job store, and a clock
moved through the hour that repeats (clocks back) and the hour that is skipped (clocks forward)."""

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import time_machine
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.scheduler import GATHER_ID, WEEKLY_ID, daily_gather, start_scheduler, weekly_trigger

UTC = timezone.utc
LONDON, NEW_YORK = ZoneInfo("Europe/London"), ZoneInfo("America/New_York")
RUN_WAIT = 8.0  # seconds of real time a due job gets to run (a thin week's build and note)


def fire_times(cron: str, zone: ZoneInfo, start: datetime, count: int) -> list[str]:
    """The trigger's next `count` fire times as the scheduler asks for them (each just after the last)."""
    trigger, prev, now, out = weekly_trigger(cron, zone), None, start, []
    for _ in range(count):
        prev = trigger.get_next_fire_time(prev, now)
        out.append(prev.isoformat())
        now = prev.astimezone(UTC) + timedelta(milliseconds=5)
    return out


@pytest.mark.parametrize("zone, cron, start, expected", [
    # London goes back at 02:00 BST on 25 Oct 2026: 01:30 happens twice, the job runs at the first.
    (LONDON, "30 1 * * sun", datetime(2026, 10, 24, tzinfo=LONDON),
     ["2026-10-25T01:30:00+01:00", "2026-11-01T01:30:00+00:00"]),
    # New York goes back at 02:00 EDT on 1 Nov 2026.
    (NEW_YORK, "30 1 * * sun", datetime(2026, 10, 31, tzinfo=NEW_YORK),
     ["2026-11-01T01:30:00-04:00", "2026-11-08T01:30:00-05:00"]),
    # An hourly job passes the repeated hour once: 01:00 EDT, then 02:00 EST (01:00 EST is skipped).
    (NEW_YORK, "0 * * * *", datetime(2026, 11, 1, 0, 30, tzinfo=NEW_YORK),
     ["2026-11-01T01:00:00-04:00", "2026-11-01T02:00:00-05:00", "2026-11-01T03:00:00-05:00"]),
    # London goes forward at 01:00 GMT on 29 Mar 2026: 01:30 does not exist, the job runs once, at 02:30 BST.
    (LONDON, "30 1 * * sun", datetime(2026, 3, 28, tzinfo=LONDON),
     ["2026-03-29T01:30:00+00:00", "2026-04-05T01:30:00+01:00"]),
    # New York goes forward at 02:00 EST on 8 Mar 2026.
    (NEW_YORK, "30 2 * * sun", datetime(2026, 3, 7, tzinfo=NEW_YORK),
     ["2026-03-08T02:30:00-05:00", "2026-03-15T02:30:00-04:00"]),
])
def test_each_wall_clock_time_fires_once_across_a_clock_change(zone, cron, start, expected):
    assert fire_times(cron, zone, start, len(expected)) == expected


def set_schedule(project, zone: str, cron: str):
    config = project / "config.toml"
    text = config.read_text().replace('timezone = "America/New_York"', f'timezone = "{zone}"')
    config.write_text(text.replace('cron = "0 8 * * mon"', f'cron = "{cron}"'))
    assert f'timezone = "{zone}"' in config.read_text() and f'cron = "{cron}"' in config.read_text()
    return str(config)


def run_through(config: str, start: datetime, moves: list[datetime]) -> tuple[list[datetime], datetime]:
    """Run the real scheduler from `start`, moving the clock to one second before each of `moves`; the run
    times of the weekly job, and its next run time at the end."""
    ran: list[datetime] = []

    def executed(event):
        if event.job_id == WEEKLY_ID:
            ran.append(event.scheduled_run_time)

    with time_machine.travel(start, tick=True) as clock:
        scheduler = start_scheduler(load_config(config), config)
        scheduler.add_listener(executed, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        try:
            for at in moves:
                clock.move_to(at - timedelta(seconds=1))
                scheduler.wakeup()
                runs, deadline = len(ran), time.monotonic() + RUN_WAIT
                while time.monotonic() < deadline and len(ran) == runs:
                    time.sleep(0.1)
            next_run = scheduler.get_job(WEEKLY_ID).next_run_time
        finally:
            scheduler.shutdown(wait=True)
    return ran, next_run


@pytest.mark.parametrize("zone, first", [
    ("Europe/London", datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),  # 01:30 BST; 01:30 GMT an hour later
    ("America/New_York", datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),  # 01:30 EDT; 01:30 EST an hour later
])
def test_the_weekly_job_runs_once_in_the_repeated_hour(project, zone, first):
    config = set_schedule(project, zone, "30 1 * * sun")
    ran, next_run = run_through(config, first - timedelta(minutes=5), [first, first + timedelta(hours=1)])
    assert [t.astimezone(UTC) for t in ran] == [first]
    assert next_run.astimezone(UTC) == first + timedelta(days=7, hours=1)  # next Sunday 01:30, winter time


@pytest.mark.parametrize("zone, cron, first", [
    ("Europe/London", "30 1 * * sun", datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),  # no 01:30 GMT: 02:30 BST
    ("America/New_York", "30 2 * * sun", datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),  # no 02:30 EST: 03:30 EDT
])
def test_the_weekly_job_runs_once_in_the_skipped_hour(project, zone, cron, first):
    config = set_schedule(project, zone, cron)
    before_change = first - timedelta(minutes=31)  # the scheduler was up before the clocks went forward
    ran, next_run = run_through(config, before_change, [first, first + timedelta(hours=1)])
    assert [t.astimezone(UTC) for t in ran] == [first]
    assert next_run.astimezone(UTC) == first + timedelta(days=7, hours=-1)  # next Sunday, summer time


def stored_jobs(config: str) -> list[str]:
    engine = sa.create_engine(Ledger.from_config(load_config(config)).url)
    try:
        with engine.connect() as conn:
            return sorted(row[0] for row in conn.execute(sa.text("SELECT id FROM apscheduler_jobs")))
    finally:
        engine.dispose()


def start_and_stop(config: str):
    scheduler = start_scheduler(load_config(config), config)
    try:
        return {job.id: (repr(job.trigger), job.next_run_time) for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=True)


def test_a_changed_time_zone_or_cron_replaces_the_stored_job(project):
    with time_machine.travel(datetime(2026, 11, 26, 12, tzinfo=UTC)):
        config = set_schedule(project, "America/New_York", "0 8 * * mon")
        first = start_and_stop(config)
        assert first[WEEKLY_ID][1] == datetime(2026, 11, 30, 8, tzinfo=NEW_YORK)
        config = set_schedule(project, "Europe/London", "0 8 * * mon")
        moved = start_and_stop(config)
        assert "Europe/London" in moved[WEEKLY_ID][0]
        assert moved[WEEKLY_ID][1].astimezone(UTC) == datetime(2026, 11, 30, 8, tzinfo=UTC)
        assert moved[GATHER_ID][1].astimezone(UTC) == datetime(2026, 11, 27, 6, tzinfo=UTC)
        (project / "config.toml").write_text((project / "config.toml").read_text().replace(
            'cron = "0 8 * * mon"', 'cron = "0 9 * * tue"'))
        recron = start_and_stop(config)
        assert recron[WEEKLY_ID][1] == datetime(2026, 12, 1, 9, tzinfo=LONDON)
    assert stored_jobs(config) == sorted([GATHER_ID, WEEKLY_ID])  # one row each: replaced, not added


def test_a_job_the_config_no_longer_asks_for_is_removed(project):
    config = str(project / "config.toml")
    text = (project / "config.toml").read_text()
    assert 'approval = "auto"' in text
    (project / "config.toml").write_text(text.replace('approval = "auto"', 'approval = "required"'))
    assert "approval-round" in start_and_stop(config)
    (project / "config.toml").write_text(text)
    scheduler = start_scheduler(load_config(config), config)
    scheduler.add_job(daily_gather, "interval", hours=1, args=[config], id="retired-job")  # an older version's
    scheduler.shutdown(wait=True)
    assert "retired-job" in stored_jobs(config)
    assert sorted(start_and_stop(config)) == sorted([GATHER_ID, WEEKLY_ID])
    assert stored_jobs(config) == sorted([GATHER_ID, WEEKLY_ID])
