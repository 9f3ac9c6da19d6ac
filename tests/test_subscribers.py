"""The subscriber store and CSV in and out of it."""

import csv
import io
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from newsletter.config import load_config
from newsletter.deliver.ledger import Ledger
from newsletter.errors import InvalidSubscriber, RosterError
from newsletter.subscribers import SubscriberStore, change, export_csv, forget, import_csv
from newsletter.tokens import address_hash

from .conftest import write

HEADER = "email,name,timezone,shows,status,joined\n"


@pytest.fixture
def cfg(project):
    return load_config(project / "config.toml")


@pytest.fixture
def store(cfg):
    return SubscriberStore.from_config(cfg)


def everyone(store):
    return {s.email: s for batch in store.batches(None) for s in batch}


def test_first_run_imports_the_roster_csv_once(cfg, project):
    store = SubscriberStore.from_config(cfg)
    assert store.count() == {"pending": 0, "active": 4, "unsubscribed": 1, "bounced": 0, "complained": 0}
    ada = store.get("ADA.reader@example.org")
    assert (ada.name, ada.timezone, ada.shows, ada.joined) == ("Ada Reader", "America/New_York",
                                                               ("Harbor Lights", "Night Desk"), "2026-01-12")
    assert [(e.status, e.source) for e in store.history("ada.reader@example.org")] == [("active", "roster-csv")]
    # Editing the old file afterwards changes nothing: the database is the list now.
    (project / "subscribers" / "subscribers.csv").write_text(HEADER + "new@example.org,,,,active,\n")
    assert SubscriberStore.from_config(cfg).get("new@example.org") is None


def test_add_normalises_and_deduplicates_case_insensitively(store):
    sub, outcome = store.add(change("Ann.Lee@EXAMPLE.org", "Ann", "Europe/Paris", ["Ridgeline"]))
    assert (sub.email, outcome) == ("Ann.Lee@example.org", "added")  # domain normalised, local part as written
    sub, outcome = store.add(change("ann.lee@example.org", "Ann Lee", "", ["Ridgeline", "Night Desk"]))
    assert outcome == "updated" and sub.email == "ann.lee@example.org"  # the latest spelling, one row
    assert (sub.name, sub.timezone, sub.shows) == ("Ann Lee", "Europe/Paris", ("Ridgeline", "Night Desk"))
    assert sum(1 for e in everyone(store) if e.lower() == "ann.lee@example.org") == 1


@pytest.mark.parametrize("email, tz, reason", [
    ("not-an-address", "", "must have an @-sign"),
    ("a@example.org", "Mars/Base", 'timezone "Mars/Base" is not an IANA time zone name'),
])
def test_bad_values_are_refused_with_the_reason(email, tz, reason):
    with pytest.raises(InvalidSubscriber, match=reason):
        change(email, timezone=tz)


def test_someone_who_left_is_never_made_active_by_add_or_import_only_by_confirming(store, tmp_path):
    assert store.set_status("bo.watcher@example.org", "unsubscribed", "unsubscribe-link", "one-click")
    sub, outcome = store.add(change("bo.watcher@example.org", "Bo W.", status="active"))
    assert outcome == "left" and sub.status == "unsubscribed" and sub.name == "Bo W."
    report = import_csv(store, write(tmp_path / "old.csv", HEADER + "bo.watcher@example.org,,,,active,\n"))
    assert report.summary() == "0 added, 0 updated, 0 unchanged, 0 rejected, 1 had left and stay so"
    assert store.get("bo.watcher@example.org").status == "unsubscribed"
    store.confirm("bo.watcher@example.org", detail="double opt-in link confirmed")
    history = [(e.previous, e.status, e.source) for e in store.history("bo.watcher@example.org")]
    assert history == [(None, "active", "roster-csv"), ("active", "unsubscribed", "unsubscribe-link"),
                       ("unsubscribed", "active", "confirm")]


def test_import_merges_blank_never_overwrites_unknown_columns_become_attributes(store, tmp_path):
    src = write(tmp_path / "new.csv", """
        email,name,timezone,shows,status,joined,referrer,plan
        fresh@example.org,Fresh,,,active,2026-11-01,podcast,
        ada.reader@example.org,,,,,,,gold
        nope,Bad,,,active,,,
        bo.watcher@example.org,Bo Watcher,America/Los_Angeles,,active,2026-03-02,,
        x@example.org,X,Nowhere/City,,active,,,
        y@example.org,Y,,,sleeping,,,
        """)
    dry = import_csv(store, src, dry_run=True)
    assert (dry.added, dry.updated, dry.unchanged) == (1, 1, 1)
    assert store.get("fresh@example.org") is None and store.get("ada.reader@example.org").attributes == {}
    report = import_csv(store, src)
    assert report.summary() == "1 added, 1 updated, 1 unchanged, 3 rejected"
    assert [r.split(":")[0] for r in report.rejected] == ["line 4", "line 6", "line 7"]
    assert "Nowhere/City" in report.rejected[1] and "sleeping" in report.rejected[2]
    ada = store.get("ada.reader@example.org")
    assert (ada.name, ada.timezone, ada.shows, ada.attributes) == (
        "Ada Reader", "America/New_York", ("Harbor Lights", "Night Desk"), {"plan": "gold"})
    assert store.get("fresh@example.org").attributes == {"referrer": "podcast"}
    assert store.count()["active"] == 5  # nothing stored was lost


def test_one_unsubscribe_changes_one_row_and_loses_nobody(store, tmp_path):
    import_csv(store, write(tmp_path / "more.csv", "email,name,favourite\n" +
                            "".join(f"fan{i}@example.org,Fan {i},show {i}\n" for i in range(5)) +
                            "broken,,\nfan1@example.org,,\n"))
    before = everyone(store)
    assert store.set_status("fan3@example.org", "unsubscribed", "unsubscribe-link")
    after = everyone(store)
    assert set(after) == set(before) and after["fan0@example.org"].attributes == {"favourite": "show 0"}
    assert [e for e in after if after[e] != before[e]] == ["fan3@example.org"]
    assert not store.set_status("nobody@example.org", "unsubscribed", "unsubscribe-link")


def test_reimporting_an_old_csv_never_brings_back_someone_forgotten(cfg, store, tmp_path):
    ledger = Ledger.from_config(cfg)
    forget(store, ledger, "ada.reader@example.org")
    report = import_csv(store, write(tmp_path / "old.csv", HEADER + "ada.reader@example.org,Ada,,,active,\n"),
                        suppressed=ledger.suppressed_hashes())
    assert report.added == 0 and "line 2: ada.reader@example.org unsubscribed" in report.rejected[0]
    assert store.get("ada.reader@example.org") is None


@pytest.mark.parametrize("name, text, expected", [
    ("mailchimp", "Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,CONFIRM_TIME,TIMEZONE,TAGS\n"
                  "mc@example.org,Mia,Chen,2,2025-04-01 10:00:00,2025-04-01 10:05:00,Europe/Berlin,\"vip\"\n",
     ("Mia Chen", "Europe/Berlin", "active", "2025-04-01", {"MEMBER_RATING": "2", "OPTIN_TIME": "2025-04-01 10:00:00",
                                                           "TAGS": "vip"})),
    ("mailchimp-unsubscribed", "Email Address,First Name,Last Name,UNSUB_TIME,UNSUB_REASON\n"
                               "gone@example.org,Gus,,2025-06-01 09:00:00,Too many emails\n",
     ("Gus", None, "unsubscribed", "today", {"UNSUB_TIME": "2025-06-01 09:00:00", "UNSUB_REASON": "Too many emails"})),
    ("listmonk", "uuid,email,name,attributes,status,created_at,updated_at\n"
                 "6b5c,lm@example.org,Lee Ma,\"{\"\"city\"\": \"\"Oslo\"\"}\",blocklisted,2024-01-02 03:04:05+00,"
                 "2024-02-01 00:00:00+00\n",
     ("Lee Ma", None, "unsubscribed", "2024-01-02", {"uuid": "6b5c", "city": "Oslo",
                                                    "updated_at": "2024-02-01 00:00:00+00"})),
    ("buttondown", "email,creation_date,subscriber_type,notes,metadata,tags\n"
                   "bd@example.org,2023-09-09T12:00:00Z,unactivated,met at a panel,\"{\"\"name\"\": \"\"x\"\"}\",\n",
     ("", None, "pending", "2023-09-09", {"notes": "met at a panel", "name": "x"})),
])
def test_exports_of_other_services_import_without_hand_editing(store, tmp_path, name, text, expected):
    report = import_csv(store, write(tmp_path / f"{name}.csv", text))
    assert report.added == 1 and not report.rejected
    email = next(c for c in text.splitlines()[1].split(",") if "@" in c)
    sub = store.get(email)
    if expected[3] == "today":  # no join date in the file: the day it entered the store
        expected = expected[:3] + (datetime.now(timezone.utc).date().isoformat(),) + expected[4:]
    assert (sub.name, sub.timezone, sub.status, sub.joined, sub.attributes) == expected


def test_a_file_without_an_email_column_is_a_clear_error(store, tmp_path):
    with pytest.raises(RosterError, match="no email column"):
        import_csv(store, write(tmp_path / "x.csv", "name,address\nA,a@example.org\n"))


def test_export_neutralises_formulas_and_imports_again_unchanged(store, tmp_path):
    store.add(change("-dash@example.org", '=HYPERLINK("http://evil")', attributes={"note": "+1", "q": "'quoted"}))
    store.add(change("at@example.org", "@SUM(A1)", shows=["-2"]))
    store.add(change("tick@example.org", "'Tis Me"))
    store.set_status("eli.couch@example.org", "complained", "webhook-postmark")
    out = io.StringIO()
    assert export_csv(store, out) == 8
    rows = {r["email"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert "-dash@example.org" not in rows and rows["'-dash@example.org"]["name"] == "'=HYPERLINK(\"http://evil\")"
    assert rows["at@example.org"]["name"] == "'@SUM(A1)" and rows["at@example.org"]["shows"] == "'-2"
    assert rows["tick@example.org"]["name"] == "''Tis Me"
    before = everyone(store)
    report = import_csv(store, write(tmp_path / "export.csv", out.getvalue()))
    assert report.summary() == "0 added, 0 updated, 8 unchanged, 0 rejected"
    assert everyone(store) == before
    assert before["-dash@example.org"].attributes == {"note": "+1", "q": "'quoted"}
    assert before["tick@example.org"].name == "'Tis Me"


def test_forget_removes_the_subscriber_and_their_ledger_rows_keeping_a_hash(cfg, store):
    from newsletter.deliver import send_issue
    from .conftest import WEEK
    send_issue(cfg, WEEK)
    ledger = Ledger.from_config(cfg)
    assert forget(store, ledger, "ada.reader@example.org")
    assert store.get("ada.reader@example.org") is None and ledger.counts(WEEK).sent == 3
    assert ledger.is_suppressed("ada.reader@example.org")
    with ledger.engine.connect() as conn:
        dump = " ".join(str(r) for t in ("deliveries", "suppressions", "subscribers", "subscriber_events")
                        for r in conn.execute(sa.text(f"select * from {t}")))
    assert "ada.reader" not in dump and address_hash("ada.reader@example.org") in dump


def test_readers_stream_in_batches_and_count_by_status(store):
    for i in range(12):
        store.add(change(f"s{i:02d}@example.org", shows=["Night Desk"] if i % 2 else []))
    sizes = [len(b) for b in store.batches("active", size=5)]
    assert sizes == [5, 5, 5, 1] and sum(sizes) == store.count()["active"] == 16
    assert store.followed_shows() == ["Copper County", "Harbor Lights", "Night Desk", "Ridgeline"]
    token_prefix = address_hash("s07@example.org")[:32]
    assert store.by_hash_prefix(token_prefix).email == "s07@example.org"
    assert store.by_hash_prefix("zz") is None


def test_the_commands_report_the_first_run_import_once_and_keep_leavers_out(project, tmp_path):
    from .test_cli import run
    (project / "subscribers" / "subscribers.csv").write_text(
        HEADER + "ada.reader@example.org,Ada,,,active,\nnope,Bad,,,active,\n")
    first = run(["subscribers", "count"], project)
    assert first.returncode == 0 and first.stdout.strip() == (
        "pending 0, active 1, unsubscribed 0, bounced 0, complained 0")
    assert "1 added, 0 updated, 0 unchanged, 1 rejected" in first.stderr
    assert "Not imported:" in first.stderr and "subscribers.csv line 3: " in first.stderr
    again = run(["subscribers", "count"], project)
    assert again.stderr == ""
    run(["subscribers", "add", "bo@example.org", "--name", "Bo"], project)
    store = SubscriberStore.from_config(load_config(project / "config.toml"))
    store.set_status("bo@example.org", "unsubscribed", "unsubscribe-link")
    refused = run(["subscribers", "add", "BO@example.org"], project)
    assert refused.returncode == 1 and "Error: bo@example.org unsubscribed, bounced or complained before" \
        in refused.stderr
    out = tmp_path / "export.csv"
    assert run(["subscribers", "export", "--out", str(out)], project).returncode == 0
    assert out.read_text().splitlines()[1:] == [
        f"ada.reader@example.org,Ada,,,active,{store.get('ada.reader@example.org').joined},",
        f"bo@example.org,Bo,,,unsubscribed,{store.get('bo@example.org').joined},"]
    back = run(["subscribers", "import", str(out)], project)
    assert back.stdout.strip() == "Imported: 0 added, 0 updated, 2 unchanged, 0 rejected"


@pytest.mark.parametrize("address", [
    "Ann.Lee@EXAMPLE.org", "o'neil+news@Example.co.uk", "x@münchen.de", "a..b@example.org", ".a@example.org",
    "a@example", "a@-bad.org", "a" * 65 + "@example.org", "a@" + "b" * 250 + ".org", "ünï@example.org",
    "a b@example.org", "!#$%&'*+/=?^_`{|}~-@example.org", "a@[127.0.0.1]", "trailing.@example.org", "@example.org",
])
def test_the_fast_path_agrees_with_full_validation(address):
    from newsletter.subscribers.fields import _validated, normalise_email

    def outcome(check):
        try:
            return check(address)
        except ValueError:
            return "refused"
    assert outcome(normalise_email) == outcome(_validated)


def test_shows_mode_is_one_of_its_choices_wherever_it_is_written(store, tmp_path):
    path = write(tmp_path / "modes.csv", """
        email,name,shows,shows_mode,attributes
        a@example.org,A,Harbor Lights,Only,
        b@example.org,B,Harbor Lights,everything,
        c@example.org,C,Harbor Lights,,"{""shows_mode"": ""sometimes""}"
        d@example.org,D,Harbor Lights,,"{""shows_mode"": ""first""}"
        """)
    report = import_csv(store, path)
    assert report.rejected == [
        "line 3: b@example.org: shows_mode 'everything' is not one of first, only (fix the value and run again)",
        "line 4: c@example.org: shows_mode 'sometimes' is not one of first, only (fix the value and run again)"]
    assert store.get("a@example.org").shows_mode == "only" and store.get("a@example.org").attributes == {
        "shows_mode": "only"}
    assert store.get("d@example.org").shows_mode == "first" and store.get("b@example.org") is None
    with pytest.raises(InvalidSubscriber, match="a@example.org: shows_mode 'all' is not one of first, only"):
        store.update("a@example.org", shows_mode="all")
    assert store.get("a@example.org").shows_mode == "only"  # unchanged


def test_a_bad_shows_mode_in_the_old_roster_is_named_by_file_and_line(project):
    from .test_cli import run
    (project / "subscribers" / "subscribers.csv").write_text(
        "email,name,shows,shows_mode\nada.reader@example.org,Ada,Night Desk,later\n")
    first = run(["subscribers", "count"], project)
    assert "Not imported: " in first.stderr and "subscribers.csv line 2: ada.reader@example.org: shows_mode " \
        "'later' is not one of first, only" in first.stderr


def test_a_status_no_service_uses_is_refused_with_its_line(store, tmp_path):
    path = write(tmp_path / "list.csv", HEADER + "ann@example.org,Ann,,,subscribed,\nbo@example.org,Bo,,,vip,\n")
    report = import_csv(store, path)
    assert report.added == 1 and len(report.rejected) == 1
    assert "line 3" in report.rejected[0] and 'status "vip" is not one of active, pending' in report.rejected[0]
    assert store.get("ann@example.org").status == "active" and store.get("bo@example.org") is None


def test_every_status_has_the_words_other_services_use_for_it():
    from newsletter.model import SUBSCRIBER_STATUSES
    from newsletter.subscribers.csvfile import STATUS_WORDS

    assert set(STATUS_WORDS) == set(SUBSCRIBER_STATUSES)
    assert all(status in words for status, words in STATUS_WORDS.items())  # our own export's word reads back


def test_a_status_changed_by_hand_in_the_database_is_an_error_naming_it(project, cfg, store):
    from newsletter.errors import StateError
    from newsletter.subscribers.store import subscribers

    with store.engine.begin() as conn:
        conn.execute(subscribers.update().where(subscribers.c.email == "cleo.fan@example.org").values(status="paused"))
    with pytest.raises(StateError) as caught:
        store.get("cleo.fan@example.org")
    assert caught.value.message == 'the state database has subscriber cleo.fan@example.org in an unknown status (paused)'
    assert "set them to one of pending, active, unsubscribed, bounced, complained" in caught.value.hint
    with pytest.raises(StateError, match=r"has 1 subscriber in an unknown status \(paused\)"):
        store.count()
    with pytest.raises(StateError):
        everyone(store)
    from .test_cli import run
    listed = run(["subscribers", "list"], project)
    assert listed.returncode == 1 and "Traceback" not in listed.stderr
    assert "Error: the state database has subscriber cleo.fan@example.org in an unknown status (paused)" in listed.stderr


def test_add_sets_the_choice_from_the_command_line_and_refuses_another(project, cfg):
    from .test_cli import run

    done = run(["subscribers", "add", "ada.reader@example.org", "--shows-mode", "only"], project)
    assert done.returncode == 0 and done.stdout.strip() == "Updated ada.reader@example.org"
    assert SubscriberStore.from_config(cfg).get("ada.reader@example.org").shows_mode == "only"
    kept = run(["subscribers", "add", "ada.reader@example.org", "--name", "Ada R."], project)
    assert kept.returncode == 0 and SubscriberStore.from_config(cfg).get("ada.reader@example.org").shows_mode == "only"
    refused = run(["subscribers", "add", "ada.reader@example.org", "--shows-mode", "all"], project)
    assert refused.returncode == 2 and "'all' is not one of 'first', 'only'" in refused.stderr
