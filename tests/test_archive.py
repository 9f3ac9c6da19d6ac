"""The public archive against the running server: only what was sent, no local paths, an Atom feed."""

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
import requests

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import send_issue

from .test_public import SECRET, running

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def built(project, monkeypatch):
    monkeypatch.setenv("NEWSLETTER_SECRET", SECRET)
    cfg = load_config(project / "config.toml")
    build(cfg, "2026-W48")
    out = cfg.resolve(cfg.build.out)
    shutil.copytree(out / "2026-W48", out / "2026-W47")  # built, never sent
    return cfg


def test_nothing_is_public_until_it_is_sent(built):
    with running(built) as base:
        assert "2026-W48" not in requests.get(base + "/archive/", timeout=5).text
        assert requests.get(base + "/archive/2026-W48/issue.html", timeout=5).status_code == 404
        feed = ET.fromstring(requests.get(base + "/archive/feed.xml", timeout=5).content)
        assert feed.findall(ATOM + "entry") == []


def test_the_archive_lists_and_serves_only_sent_issues(built, project):
    send_issue(built, "2026-W48")
    with running(built) as base:
        listing = requests.get(base + "/archive/", timeout=5).text
        assert "2026-W48" in listing and "2026-W47" not in listing
        assert "kitchen scene" in requests.get(base + "/archive/2026-W48/issue.html", timeout=5).text
        for path in ("/archive/2026-W47/issue.html", "/archive/2026-W47/issue.json"):
            assert requests.get(base + path, timeout=5).status_code == 404
        ics = requests.get(base + "/archive/2026-W48/calendar/harbor-lights-20261202T2200.ics", timeout=5)
        assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR")
        data = requests.get(base + "/archive/2026-W48/issue.json", timeout=5)
        assert data.status_code == 200 and str(project) not in data.text
        issue = json.loads(data.text)
        assert len(issue["interviews"]) == 5 and "warnings" not in issue
        assert {i["source"] for i in issue["interviews"]} >= {"2026-11-23-mara-quinlan.txt"}
        assert all("/" not in i["source"] for i in issue["interviews"])


def test_an_atom_feed_of_the_sent_issues(built):
    send_issue(built, "2026-W48")
    with running(built) as base:
        resp = requests.get(base + "/archive/feed.xml", timeout=5)
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(resp.content)
    assert feed.tag == ATOM + "feed" and feed.find(ATOM + "title").text == "TV Talk Weekly"
    (entry,) = feed.findall(ATOM + "entry")
    subject = json.loads((built.resolve(built.build.out) / "2026-W48" / "issue.json").read_text())["subject"]
    assert entry.find(ATOM + "title").text == subject
    assert entry.find(ATOM + "link").get("href") == "https://tvtalk.example.org/archive/2026-W48/issue.html"
    assert entry.find(ATOM + "id").text and entry.find(ATOM + "updated").text.startswith("20")
    assert feed.find(ATOM + "updated").text == entry.find(ATOM + "updated").text


def test_a_web_node_without_the_build_folder_serves_the_archive_from_the_database(built):
    send_issue(built, "2026-W48")
    out = built.resolve(built.build.out)
    html = (out / "2026-W48" / "issue.html").read_text()
    ics = (out / "2026-W48" / "calendar" / "harbor-lights-20261202T2200.ics").read_bytes()
    shutil.rmtree(out)  # another machine: the state database is shared, the disk is not
    with running(built) as base:
        assert "2026-W48" in requests.get(base + "/archive/", timeout=5).text
        page = requests.get(base + "/archive/2026-W48/issue.html", timeout=5)
        assert page.status_code == 200 and page.text == html
        assert page.headers["Content-Type"] == "text/html; charset=utf-8"
        cal = requests.get(base + "/archive/2026-W48/calendar/harbor-lights-20261202T2200.ics", timeout=5)
        assert cal.content == ics and cal.headers["Content-Type"].startswith("text/calendar")
        data = json.loads(requests.get(base + "/archive/2026-W48/issue.json", timeout=5).text)
        assert len(data["interviews"]) == 5 and "warnings" not in data
        assert requests.get(base + "/archive/2026-W48/artefact.json", timeout=5).status_code == 404
        feed = ET.fromstring(requests.get(base + "/archive/feed.xml", timeout=5).content)
        assert feed.find(ATOM + "entry/" + ATOM + "title").text == data["subject"]


def test_a_sent_week_built_before_the_database_kept_builds_is_copied_in_once_listed(built):
    import sqlalchemy as sa

    from newsletter.built_issues import BuiltIssues, built_files, built_issues

    send_issue(built, "2026-W48")
    store = BuiltIssues.from_config(built)
    with store.engine.begin() as conn:  # as an earlier release left it: files on disk only
        conn.execute(built_files.delete())
        conn.execute(built_issues.delete())
    out = built.resolve(built.build.out)
    (out / "2026-W48" / "screenshots").mkdir()
    (out / "2026-W48" / "screenshots" / "phone.png").write_bytes(b"not public")
    with running(built) as base:
        assert "2026-W48" in requests.get(base + "/archive/", timeout=5).text
    assert store.weeks() == {"2026-W48"}  # the never-sent 2026-W47 stays where it is
    with store.engine.connect() as conn:
        names = set(conn.execute(sa.select(built_files.c.name).where(built_files.c.week == "2026-W48")).scalars())
    assert {"issue.html", "issue.txt", "issue.json", "artefact.json"} <= names
    assert not {n for n in names if not n.startswith("issue.") and n != "artefact.json" and
                not n.startswith("calendar/")}
    assert store.file("2026-W48", "issue.html") == (out / "2026-W48" / "issue.html").read_bytes()


def test_a_sent_week_whose_old_build_cannot_be_read_is_left_out_and_the_rest_still_served(built, caplog,
                                                                                           monkeypatch):
    from newsletter import archive
    from newsletter.built_issues import BuiltIssues, built_files, built_issues

    monkeypatch.setattr(archive, "_UNREADABLE", set())  # said once per process: start this test afresh

    send_issue(built, "2026-W48")
    send_issue(built, "2026-W47")
    store = BuiltIssues.from_config(built)
    with store.engine.begin() as conn:  # W47 as an earlier release left it, its artefact cut short on disk
        conn.execute(built_files.delete().where(built_files.c.week == "2026-W47"))
        conn.execute(built_issues.delete().where(built_issues.c.week == "2026-W47"))
    (built.resolve(built.build.out) / "2026-W47" / "artefact.json").write_text('{"version": 1, "iss')
    with running(built) as base:
        for _ in range(2):
            listing = requests.get(base + "/archive/", timeout=5)
            assert listing.status_code == 200
            assert "2026-W48" in listing.text and "2026-W47" not in listing.text
        assert requests.get(base + "/archive/feed.xml", timeout=5).status_code == 200
        assert requests.get(base + "/archive/2026-W48/issue.html", timeout=5).status_code == 200
        assert requests.get(base + "/archive/2026-W47/issue.html", timeout=5).status_code == 404
    said = [r.getMessage() for r in caplog.records if r.name == "newsletter.archive"]
    assert len(said) == 1 and said[0].startswith("2026-W47 is left out of the archive: ")
    assert "artefact.json: the built issue cannot be read" in said[0]


def test_building_a_sent_week_again_leaves_the_archive_with_the_issue_as_it_went_out(built, project):
    from newsletter.built_issues import BuiltIssues

    send_issue(built, "2026-W48")
    store = BuiltIssues.from_config(built)
    sent_html = store.file("2026-W48", "issue.html")
    write_note = project / "content" / "notes" / "2026-W48.md"
    write_note.parent.mkdir(parents=True, exist_ok=True)
    write_note.write_text("A line the editor added after the issue went out.\n", encoding="utf-8")
    again = build(built, "2026-W48")
    on_disk = (again.out_dir / "issue.html").read_bytes()
    assert b"added after the issue went out" in on_disk and on_disk != sent_html
    assert store.file("2026-W48", "issue.html") == sent_html
    assert again.warnings[-1].startswith("2026-W48 was sent already: the archive keeps the issue as it went out")
    with running(built) as base:
        served = requests.get(base + "/archive/2026-W48/issue.html", timeout=5).content
    assert served == sent_html


def test_a_sent_week_built_before_builds_kept_an_artefact_stays_in_the_archive(built):
    from newsletter.built_issues import BuiltIssues, built_files, built_issues

    send_issue(built, "2026-W48")
    store = BuiltIssues.from_config(built)
    with store.engine.begin() as conn:  # as the first releases left it: issue files on disk, no artefact.json
        conn.execute(built_files.delete())
        conn.execute(built_issues.delete())
    out = built.resolve(built.build.out) / "2026-W48"
    (out / "artefact.json").unlink()
    with running(built) as base:
        assert "2026-W48" in requests.get(base + "/archive/", timeout=5).text
        served = requests.get(base + "/archive/2026-W48/issue.html", timeout=5)
        assert served.status_code == 200 and served.content == (out / "issue.html").read_bytes()
        feed = ET.fromstring(requests.get(base + "/archive/feed.xml", timeout=5).content)
        assert [e.find(ATOM + "id").text.rsplit("/", 2)[-2] for e in feed.findall(ATOM + "entry")] == ["2026-W48"]
    assert store.weeks() == {"2026-W48"} and store.artefact("2026-W48") is None  # public files only
    # Never-sent W47, built the same old way, stays out.
    assert "2026-W47" not in store.weeks()


def test_the_archive_asks_the_ledger_about_built_weeks_through_an_index(built):
    from newsletter.deliver.ledger import Ledger

    send_issue(built, "2026-W48")
    ledger = Ledger.from_config(built)
    assert ledger.sent_issues({"2026-W48", "2026-W47"}) == {"2026-W48": ledger.sent_issues()["2026-W48"]}
    with ledger.engine.connect() as conn:  # one index lookup per week, however many rows were ever sent
        plan = " ".join(row[-1] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT max(updated_at) FROM deliveries WHERE issue = '2026-W48' AND state = 'sent'"))
    assert "USING COVERING INDEX ix_deliveries_issue_state_updated" in plan


def test_an_old_build_with_a_name_the_table_cannot_keep_is_left_out_not_a_broken_page(built, caplog, monkeypatch):
    from newsletter import archive
    from newsletter.built_issues import BuiltIssues, built_files, built_issues

    monkeypatch.setattr(archive, "_UNREADABLE", set())
    send_issue(built, "2026-W48")
    send_issue(built, "2026-W47")
    store = BuiltIssues.from_config(built)
    with store.engine.begin() as conn:  # W47 from disk only, with a calendar file named as no build names one now
        conn.execute(built_files.delete().where(built_files.c.week == "2026-W47"))
        conn.execute(built_issues.delete().where(built_issues.c.week == "2026-W47"))
    (built.resolve(built.build.out) / "2026-W47" / "calendar" / ("x" * 200 + ".ics")).write_text("BEGIN:VCALENDAR")
    with running(built) as base:
        listing = requests.get(base + "/archive/", timeout=5)
        assert listing.status_code == 200 and "2026-W48" in listing.text and "2026-W47" not in listing.text
    said = [r.getMessage() for r in caplog.records if r.name == "newsletter.archive"]
    assert len(said) == 1 and "a file name of 213 characters" in said[0]
