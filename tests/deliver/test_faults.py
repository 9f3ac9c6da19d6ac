"""Faults real mail servers produce, scripted on a real local SMTP server (aiosmtpd) and the fake providers:
no subscriber lost, no message multiplied, nobody suppressed for a fault that is not theirs."""

import re

import pytest
import sqlalchemy as sa

from newsletter.config import load_config
from newsletter.deliver import prepare, send_issue
from newsletter.deliver.judge import BREAKER_STREAK, OUTAGE_LIMIT
from newsletter.deliver.ledger import Ledger
from newsletter.deliver.tables import deliveries
from newsletter.deliver.transport import make_transport
from newsletter.providers.smtp import SmtpTransport
from newsletter.errors import ConfigError, SendStopped

from ..conftest import WEEK, FakeClock
from ..smtp_server import Recorder, SmtpServer, free_port
from .test_smtp import messages, smtp_project

SAMPLE = ["ada.reader@example.org", "bo.watcher@example.org", "cleo.fan@example.org", "eli.couch@example.org"]


def roster(project, emails):
    (project / "subscribers" / "subscribers.csv").write_text(
        "email,name,timezone,shows,status,joined\n" + "".join(f"{e},Fan,,,active,2026-01-01\n" for e in emails))


def fans(project, n):
    """A roster of n subscribers fan000@example.org, fan001@... ; returns their addresses."""
    emails = [f"fan{i:03d}@example.org" for i in range(n)]
    roster(project, emails)
    return emails


def use_smtp_in_config_file(project, port):
    """Point the project's config.toml at the local SMTP server, for tests that run the CLI."""
    (project / "config.toml").write_text((project / "config.toml").read_text().replace(
        'provider = "outbox"', 'provider = "smtp"').replace('host = "localhost"', 'host = "127.0.0.1"').replace(
        "port = 587", f"port = {port}").replace('security = "starttls"', 'security = "none"'))
    return str(project / "config.toml")


def rows(cfg):
    with Ledger.from_config(cfg).engine.connect() as conn:
        return {r.email: (r.state, r.attempts) for r in conn.execute(
            sa.select(deliveries.c.email, deliveries.c.state, deliveries.c.attempts).where(deliveries.c.issue == WEEK))}


@pytest.mark.parametrize("step, answer, cause", [
    ("rcpt_answer", "550 5.7.1 Relaying denied", "relaying to the recipients"),
    ("mail_answer", "553 5.7.1 Sender address rejected: not owned by user", "refused the sender "),
    ("data_answer", "550 5.7.1 Message content rejected", "the message content"),
    ("rcpt_answer", "554 Relay access denied", "relaying to the recipients"),
])
def test_a_refusal_not_about_the_mailbox_stops_and_suppresses_nobody(project, monkeypatch, step, answer, cause):
    rec = Recorder()
    setattr(rec, step, answer)
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        with pytest.raises(SendStopped, match=cause) as stopped:
            send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
        assert answer.split(" ", 1)[1] in stopped.value.message and "nobody was suppressed" in stopped.value.hint
        ledger = Ledger.from_config(cfg)
        assert not any(ledger.is_suppressed(e) for e in SAMPLE)
        assert rows(cfg) == {e: ("pending", 0) for e in SAMPLE}  # the refused try did not count either
        setattr(rec, step, None)  # the operator fixes the relay
        report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 4
    assert rec.deliveries_per_recipient() == {e: 1 for e in SAMPLE}


def test_smtp_answers_are_sorted_by_step_and_enhanced_code():
    answers = {"r0@example.org": "550 5.1.1 No such user", "r1@example.org": "550 Mailbox unavailable",
               "r2@example.org": "552 5.2.2 Mailbox full", "r3@example.org": "551 5.1.6 Moved"}

    class PerRecipient(Recorder):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address in answers:
                return answers[address]
            return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    with SmtpServer(PerRecipient()) as srv:
        t = SmtpTransport("127.0.0.1", srv.port, "none", sender="news@example.org")
        receipts = t.send(messages(5), "k")
        t.close()
    assert [(r.status, r.hard_bounce) for r in receipts] == [
        ("permanent", True), ("permanent", True), ("permanent", False), ("permanent", True), ("sent", False)]
    assert t.connections == 1


@pytest.mark.parametrize("streak", [None, 3], ids=["default", "configured"])
def test_breaker_stops_when_every_recipient_gets_the_same_refusal(project, monkeypatch, streak):
    emails = fans(project, 40)
    rec = Recorder()
    rec.rcpt_answer = "550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown"
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        if streak:
            cfg.delivery.breaker_streak = streak
        with pytest.raises(SendStopped, match=f"{streak or BREAKER_STREAK} recipients in a row"):
            send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert rec.commands.count("RCPT") == (streak or BREAKER_STREAK)
    ledger = Ledger.from_config(cfg)
    assert not any(ledger.is_suppressed(e) for e in emails)
    assert rows(cfg) == {e: ("pending", 0) for e in emails}


def test_postmark_sender_signature_error_stops_and_suppresses_nobody(project, httpserver, monkeypatch):
    from .fake_providers import Postmark
    from .test_http_providers import setup

    fake = Postmark()
    fake.every_message_error = (300, "Invalid 'From' address: sender signature not verified.")
    cfg = setup(project, httpserver, monkeypatch, "postmark", fake)
    with pytest.raises(SendStopped, match="Postmark 300"):
        send_issue(cfg, WEEK)
    ledger = Ledger.from_config(cfg)
    assert not any(ledger.is_suppressed(e) for e in SAMPLE)
    assert rows(cfg) == {e: ("pending", 0) for e in SAMPLE}
    fake.every_message_error = None
    assert send_issue(cfg, WEEK).counts.sent == 4 and fake.counts() == {e: 1 for e in SAMPLE}


def test_internationalised_domain_goes_out_in_idna_form(project, monkeypatch):
    roster(project, ["fan@exämple.org", "cleo.fan@example.org"])
    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 2
    assert rec.deliveries_per_recipient() == {"fan@xn--exmple-cua.org": 1, "cleo.fan@example.org": 1}
    raw = next(raw for rcpt, _, raw in rec.messages if rcpt.startswith("fan@"))
    assert b"To: Fan <fan@xn--exmple-cua.org>" in raw


def test_an_unencodable_address_fails_alone(project, monkeypatch):
    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        ledger = Ledger.from_config(cfg)
        prepare(cfg, WEEK, ledger)
        with ledger.engine.begin() as conn:  # a row an older version let in
            variant = conn.execute(sa.select(deliveries.c.variant).limit(1)).scalar()
            conn.execute(deliveries.insert().values(issue=WEEK, email="fän@example.org", name="", variant=variant,
                                                    state="pending", attempts=0, not_before=0.0))
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 4 and report.counts.failed == 1 and report.remaining == 0
    assert report.failures[0][0] == "fän@example.org" and "SMTPUTF8" in report.failures[0][1]
    assert rec.deliveries_per_recipient() == {e: 1 for e in SAMPLE}


def test_an_outage_pauses_with_growing_waits_and_counts_against_no_row(project, monkeypatch):
    rec = Recorder()
    srv = SmtpServer(rec)  # its port is reserved, but nothing listens yet: connections are refused
    cfg = smtp_project(project, srv.port, monkeypatch)
    cfg.delivery.max_attempts = 2
    clock = FakeClock()

    def sleep(seconds):
        clock.sleep(seconds)
        if len(clock.slept) == 5:
            srv.controller.start()  # the relay is back

    try:
        report = send_issue(cfg, WEEK, clock=clock, sleep=sleep)
    finally:
        srv.controller.stop()
    assert report.counts.sent == 4 and report.counts.failed == 0
    assert all(b > a for a, b in zip(clock.slept, clock.slept[1:]))  # each wait longer than the last
    assert rows(cfg) == {e: ("sent", 1) for e in SAMPLE}
    assert rec.deliveries_per_recipient() == {e: 1 for e in SAMPLE}


def test_a_long_outage_stops_the_send_with_every_row_pending(project, monkeypatch):
    cfg = smtp_project(project, free_port(), monkeypatch)  # nothing ever listens there
    clock = FakeClock()
    with pytest.raises(SendStopped, match="unavailable") as stopped:
        send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert "ConnectionRefusedError" in stopped.value.message
    assert OUTAGE_LIMIT <= clock.t - 1000.0 < OUTAGE_LIMIT + 200
    assert rows(cfg) == {e: ("pending", 0) for e in SAMPLE}


def test_the_configured_outage_limit_stops_the_send_sooner(project, monkeypatch):
    cfg = smtp_project(project, free_port(), monkeypatch)
    cfg.delivery.outage_limit = 300
    clock = FakeClock()
    with pytest.raises(SendStopped, match="unavailable"):
        send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert 300 <= clock.t - 1000.0 < 300 + 200


def test_retry_failed_puts_failed_rows_back_but_not_bounced_ones(project, monkeypatch):
    from click.testing import CliRunner

    from newsletter.cli import cli

    rec = Recorder(defer_once={"ada.reader@example.org"}, refuse={"bo.watcher@example.org"})
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        cfg.delivery.max_attempts = 1  # ada's one 451 makes her row failed
        report = send_issue(cfg, WEEK)
        assert report.counts.failed == 2 and report.counts.sent == 2
        config = use_smtp_in_config_file(project, srv.port)
        result = CliRunner().invoke(cli, ["send", "--config", config, "--week", WEEK,
                                          "--retry-failed", "--force"])
    assert "1 failed message back to pending" in result.output
    assert result.exit_code == 1, result.output  # bo.watcher's bounce still counts as failed
    assert f"{WEEK}: sent 1 (3 in all), failed 1" in result.output
    assert rec.deliveries_per_recipient() == {"ada.reader@example.org": 1, "cleo.fan@example.org": 1,
                                              "eli.couch@example.org": 1}


def test_login_refused_mid_send_keeps_the_receipts_already_received(project, monkeypatch):
    emails = fans(project, 25)
    users = {"ed": "pw"}
    rec = Recorder(drop_every=7)
    rec.on_data = lambda rcpt: users.update(ed="changed") if len(rec.messages) == 7 else None
    with SmtpServer(rec, users=users) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        cfg.delivery.smtp.username = "ed"
        monkeypatch.setenv("SMTP_PASSWORD", "pw")
        with pytest.raises(ConfigError, match="refused the login"):
            send_issue(cfg, WEEK)
        assert [e for e, (state, _) in rows(cfg).items() if state == "sent"] == emails[:7]
        users["ed"] = "pw"
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 25 and report.reconciled == 0
    assert rec.deliveries_per_recipient() == {e: 1 for e in emails}


def test_a_non_ascii_local_part_is_refused_when_added(project):
    from click.testing import CliRunner

    from newsletter.cli import cli

    result = CliRunner().invoke(cli, ["subscribers", "add", "fän@example.org", "--config",
                                      str(project / "config.toml")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "Internationalized characters before the @-sign are not supported" in result.output
    assert "fän" not in (project / "subscribers" / "subscribers.csv").read_text()


def test_an_unfinished_week_is_refused_without_force(project, monkeypatch):
    from datetime import datetime, timezone

    from newsletter.deliver import check_week_over
    from newsletter.errors import DeliveryError

    cfg = load_config(project / "config.toml")
    cfg.delivery.provider = "smtp"
    sunday_night = datetime(2026, 11, 30, 4, 59, tzinfo=timezone.utc)  # 23:59 on Sunday in New York
    with pytest.raises(DeliveryError, match=r"2026-W48 is not over yet \(it ends on Sunday 2026-11-29\)"):
        check_week_over(cfg, WEEK, sunday_night)
    check_week_over(cfg, WEEK, datetime(2026, 11, 30, 5, 1, tzinfo=timezone.utc))  # Monday there: over
    check_week_over(cfg, WEEK, sunday_night, force=True)
    cfg.delivery.provider = "outbox"
    check_week_over(cfg, WEEK, sunday_night)  # the outbox mails nobody


def test_send_refuses_a_future_week_and_defaults_to_the_last_complete_one(project, monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from click.testing import CliRunner

    from newsletter.cli import cli
    from newsletter.weeks import last_complete_week

    rec = Recorder()
    with SmtpServer(rec) as srv:
        smtp_project(project, srv.port, monkeypatch)
        config = use_smtp_in_config_file(project, srv.port)
        future = CliRunner().invoke(cli, ["send", "--config", config, "--week", "2030-W10"])
        default = CliRunner().invoke(cli, ["send", "--config", config])
    assert future.exit_code == 1 and "Error: 2030-W10 is not over yet" in future.output
    last = last_complete_week(datetime.now(ZoneInfo("America/New_York")))
    # The sample content is all in 2026-W48, so the last complete week has no interviews now.
    assert default.exit_code == 1 and f"Error: the {last} issue has no interviews: nothing was sent" in default.output
    assert rec.count() == 0


def test_an_issue_without_interviews_is_never_mailed(project):
    from newsletter.errors import DeliveryError

    cfg = load_config(project / "config.toml")
    with pytest.raises(DeliveryError, match="the 2026-W40 issue has no interviews"):
        send_issue(cfg, "2026-W40")
    assert not Ledger.from_config(cfg).has_snapshot("2026-W40")
    assert not (project / "outbox" / "2026-W40").exists()


def test_pacing_counts_accepted_messages_not_refused_attempts(project, httpserver, monkeypatch):
    from .fake_providers import Postmark
    from .test_http_providers import setup

    fake = Postmark(script=[429, 500])
    cfg = setup(project, httpserver, monkeypatch, "postmark", fake)
    cfg.delivery.hourly_cap = 4
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 4 and fake.counts() == {e: 1 for e in SAMPLE}
    assert clock.t - 1000.0 < 600  # the two refusals did not use up the hour's four messages
    assert rows(cfg) == {e: ("sent", 2) for e in SAMPLE}  # the 500 counted as an attempt, the 429 did not


def test_retry_after_pauses_the_whole_send(project, httpserver, monkeypatch):
    from .fake_providers import Resend
    from .test_http_providers import setup

    subs = [(f"fan{i:03d}@example.org", "") for i in range(250)]
    fake = Resend(script=[0, 429])  # the second batch is throttled
    cfg = setup(project, httpserver, monkeypatch, "resend", fake, subs)
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 250 and fake.counts() == {e: 1 for e, _ in subs}
    assert clock.slept == [2.0] and fake.calls == 4  # one pause for everyone, then the three batches left
    assert set(rows(cfg).values()) == {("sent", 1)}


def test_a_full_disk_ends_in_a_clear_error(project, monkeypatch):
    from newsletter.state import engine_for, state_url
    from newsletter.errors import StateError

    cfg = load_config(project / "config.toml")
    engine = engine_for(state_url(cfg))
    Ledger.from_config(cfg)
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def no_room(dbapi_conn, _record):  # SQLite's own "database or disk is full" once the file would grow
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    sa.event.listen(engine, "connect", no_room)
    engine.dispose()
    with pytest.raises(StateError, match="database or disk is full") as full:
        send_issue(cfg, WEEK)
    assert "free disk space" in full.value.hint
    sa.event.remove(engine, "connect", no_room)
    engine.dispose()
    assert send_issue(cfg, WEEK).counts.sent == 4  # nothing half-written stood in the way


def test_rows_in_an_unknown_state_end_in_a_clear_error(project):
    from click.testing import CliRunner

    from newsletter.cli import cli

    cfg = load_config(project / "config.toml")
    send_issue(cfg, WEEK)
    with Ledger.from_config(cfg).engine.begin() as conn:
        conn.execute(deliveries.update().where(deliveries.c.email == "ada.reader@example.org").values(state="bogus"))
    result = CliRunner().invoke(cli, ["send", "--config", str(project / "config.toml"), "--week", WEEK, "--status"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Error: the state database has 1 row of 2026-W48 in an unknown state (bogus)" in result.output


@pytest.mark.parametrize("setting", ["rate = -1", "rate = inf", "rate = nan", "hourly_cap = -3"])
def test_bad_pacing_values_end_in_a_clear_error(project, setting):
    from click.testing import CliRunner

    from newsletter.cli import cli

    config = project / "config.toml"
    key = setting.split(" = ")[0]
    config.write_text(re.sub(rf"(?m)^{key} = .*$", setting, config.read_text(), count=1))
    result = CliRunner().invoke(cli, ["send", "--config", str(config), "--week", WEEK])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"delivery.{key}:" in result.output and result.output.startswith("Error: ")


def test_a_slow_answer_is_waited_for_not_multiplied(project, monkeypatch):
    rec = Recorder()
    rec.data_delay = 0.6
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        cfg.delivery.smtp.timeout = 0.2  # commands answer at once; only the end of DATA is slow
        cfg.delivery.smtp.data_timeout = 5.0
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 4 and report.unknown == 0
    assert rec.deliveries_per_recipient() == {e: 1 for e in SAMPLE}


# A server that keeps its answer to the final dot back past any wait of the client's, until the send loop
# waits for the retry; from then on it answers at once, and the client waits for that answer as long as a
# real one would. Only the first wait is short (the test's speed); the retry's is ample even on a loaded
# machine, where a 0.1 s wait for an answer that comes "at once" was sometimes too short (2 runs in 50 failed).
KEPT_BACK = 30.0
FIRST_WAIT, RETRY_WAIT = 0.1, 10.0


def no_answer_until_the_retry(project, monkeypatch, rec, port, clock):
    """The config, the transport and the loop's `sleep` for a server that answers no final dot until the retry."""
    rec.data_delay = KEPT_BACK
    cfg = smtp_project(project, port, monkeypatch)
    cfg.delivery.smtp.data_timeout = FIRST_WAIT
    transport = make_transport(cfg, WEEK)

    def sleep(seconds):
        clock.sleep(seconds)
        rec.data_delay = 0
        transport.data_timeout = RETRY_WAIT

    return cfg, transport, sleep


def test_no_answer_after_handing_over_is_retried_once_later_with_the_same_message_id(project, monkeypatch):
    rec = Recorder()
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg, transport, sleep = no_answer_until_the_retry(project, monkeypatch, rec, srv.port, clock)
        report = send_issue(cfg, WEEK, transport=transport, clock=clock, sleep=sleep)
    assert report.counts.sent == 4 and report.unknown == 4
    assert report.summary().endswith("no answer 4")
    assert clock.slept and clock.slept[0] >= 900  # a long wait before the one retry
    assert rec.deliveries_per_recipient() == {e: 2 for e in SAMPLE}
    assert all(len(ids) == 1 for ids in rec.ids_per_recipient().values())


def test_the_configured_unknown_wait_sets_when_the_one_retry_goes(project, monkeypatch):
    rec = Recorder()
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg, transport, sleep = no_answer_until_the_retry(project, monkeypatch, rec, srv.port, clock)
        cfg.delivery.unknown_wait = 120
        report = send_issue(cfg, WEEK, transport=transport, clock=clock, sleep=sleep)
    assert report.counts.sent == 4 and 120 - 5 <= clock.slept[0] <= 120


def test_no_answer_twice_fails_the_row_instead_of_sending_again(project, monkeypatch):
    rec = Recorder()
    rec.data_delay = KEPT_BACK  # never within the client's wait, however late the client starts waiting
    clock = FakeClock()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        roster(project, ["cleo.fan@example.org"])
        cfg.delivery.smtp.data_timeout = FIRST_WAIT
        report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.failed == 1 and report.unknown == 2
    assert "no answer twice" in report.failures[0][1]
    assert rec.deliveries_per_recipient() == {"cleo.fan@example.org": 2}


def test_an_http_read_timeout_is_unknown_not_a_failure_of_the_batch(project, httpserver, monkeypatch):
    import time

    from newsletter.providers.http_api import HttpTransport

    from .fake_providers import Postmark
    from .test_http_providers import setup

    fake = Postmark()
    slow = {"calls": 0}

    def handler(request):
        slow["calls"] += 1
        answer = fake.handler(request)
        if slow["calls"] == 1:
            time.sleep(0.6)  # accepted, but the answer comes too late
        return answer

    cfg = setup(project, httpserver, monkeypatch, "postmark", fake)
    httpserver.clear()
    httpserver.expect_request("/email/batch", method="POST").respond_with_handler(handler)
    monkeypatch.setattr(HttpTransport, "timeout", (5, 0.2))
    clock = FakeClock()

    def sleep(seconds):
        clock.sleep(seconds)
        time.sleep(0.6)  # the test server answers one call at a time: let the slow one finish

    report = send_issue(cfg, WEEK, clock=clock, sleep=sleep)
    assert report.counts.sent == 4 and report.unknown == 4
    assert slow["calls"] == 2  # the batch once, and its one retry after the long wait
    assert clock.slept[0] >= 900


def test_who_leaves_during_a_send_is_not_mailed(project, monkeypatch):
    emails = fans(project, 30)
    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)

        def webhook(rcpt):
            if rcpt == "fan000@example.org":  # a complaint and an unsubscribe arrive while batch one goes out
                Ledger.from_config(cfg).suppress("fan015@example.org", "complained")  # already marked sending
                Ledger.from_config(cfg).suppress("fan025@example.org", "unsubscribed")  # still pending

        rec.on_data = webhook
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 28 and report.counts.skipped == 2
    assert set(rec.deliveries_per_recipient()) == set(emails) - {"fan015@example.org", "fan025@example.org"}
    assert rows(cfg)["fan015@example.org"][0] == "skipped" and rows(cfg)["fan025@example.org"][0] == "skipped"


def test_someone_removed_before_a_resume_is_not_mailed(project, monkeypatch):
    from click.testing import CliRunner

    from newsletter.cli import cli

    emails = fans(project, 30)
    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        first = send_issue(cfg, WEEK, stop=lambda: rec.count() >= 10)
        assert first.remaining == 20
        removed = CliRunner().invoke(cli, ["subscribers", "remove", "fan020@example.org", "--config",
                                           str(project / "config.toml")])
        assert removed.exit_code == 0 and "and from 1 unsent issue)" in removed.output
        report = send_issue(cfg, WEEK)
    assert report.counts.sent == 29 and report.counts.skipped == 1
    assert "fan020@example.org" not in rec.deliveries_per_recipient()


@pytest.mark.parametrize("loss", ["deleted", "truncated", "folder removed"])
def test_a_lost_state_database_does_not_resend_the_week(project, monkeypatch, loss):
    import shutil

    from click.testing import CliRunner

    from newsletter.cli import cli
    from newsletter.state import dispose_engines
    from newsletter.errors import DeliveryError

    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        assert send_issue(cfg, WEEK).counts.sent == 4
        dispose_engines()
        db = project / "state" / "newsletter.db"
        if loss == "deleted":
            for f in db.parent.glob("newsletter.db*"):
                f.unlink()
        elif loss == "truncated":
            db.write_bytes(b"")
            for f in db.parent.glob("newsletter.db-*"):
                f.unlink()
        else:
            shutil.rmtree(db.parent)
        with pytest.raises(DeliveryError, match=f"{WEEK} was already sent .* the state database has no record"):
            send_issue(cfg, WEEK)
        assert rec.count() == 4
        config = use_smtp_in_config_file(project, srv.port)
        again = CliRunner().invoke(cli, ["send", "--config", config, "--week", WEEK])
        assert again.exit_code == 1 and "--force" in again.output and rec.count() == 4
        forced = CliRunner().invoke(cli, ["send", "--config", config, "--week", WEEK, "--force"])
    assert forced.exit_code == 0, forced.output
    assert rec.deliveries_per_recipient() == {e: 2 for e in SAMPLE}  # forced: everyone again, as asked


def test_a_state_folder_deleted_mid_send_neither_frees_the_lock_nor_resends(project, monkeypatch):
    import shutil

    from newsletter.state import dispose_engines
    from newsletter.errors import DeliveryError, SendInProgress

    emails = fans(project, 30)
    rec = Recorder()
    with SmtpServer(rec) as srv:
        cfg = smtp_project(project, srv.port, monkeypatch)
        ledger = Ledger.from_config(cfg)
        with ledger.lock(WEEK):
            shutil.rmtree(project / "state")  # a cleanup job while a send holds the lock
            dispose_engines()  # the second send starts afresh, as another process would
            with pytest.raises(SendInProgress):
                send_issue(cfg, WEEK, ledger=Ledger.from_config(cfg))
        first = send_issue(cfg, WEEK, stop=lambda: rec.count() >= 10)
        assert first.remaining == 20
        dispose_engines()
        shutil.rmtree(project / "state")
        with pytest.raises(DeliveryError, match="already sent"):
            send_issue(cfg, WEEK)
    assert rec.count() == 10 and set(rec.deliveries_per_recipient()) == set(emails[:10])


@pytest.mark.parametrize("provider", ["sendgrid", "mailgun"])
def test_each_provider_call_is_recorded_before_the_next(project, httpserver, monkeypatch, provider):
    from .fake_providers import Mailgun, SendGrid
    from .test_http_providers import PATHS, setup

    subs = [(f"fan{i:03d}@example.org", ["", "Europe/London", "America/Los_Angeles"][i % 3]) for i in range(60)]
    fake = {"sendgrid": SendGrid, "mailgun": Mailgun}[provider](script=[0, 500])  # the second call fails
    cfg = setup(project, httpserver, monkeypatch, provider, fake, subs)
    unrecorded = []

    def handler(request):
        # A kill now would resend whoever the provider took but the ledger does not say `sent`.
        states = rows(cfg)
        unrecorded.append(sorted(e for e in fake.counts() if states[e][0] != "sent"))
        return fake.handler(request)

    httpserver.clear()
    httpserver.expect_request(PATHS[provider], method="POST").respond_with_handler(handler)
    clock = FakeClock()
    report = send_issue(cfg, WEEK, clock=clock, sleep=clock.sleep)
    assert report.counts.sent == 60 and fake.counts() == {e: 1 for e, _ in subs}
    assert fake.calls == 4 and unrecorded == [[], [], [], []]  # one call per variant, the failed one again
