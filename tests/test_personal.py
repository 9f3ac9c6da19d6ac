"""Each reader's own issue: "only my shows" in two time zones, and the week with none of them."""

import email
from email import policy

import pytest

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import prepare, send_issue
from newsletter.deliver.ledger import Ledger
from newsletter.render import RenderSettings, render_issue
from newsletter.subscribers import SubscriberStore

from .conftest import WEEK


def parts(project, address):
    raw = (project / "outbox" / WEEK / f"{address}.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    text, html = [p.get_content() for p in msg.iter_parts()]
    return msg["Subject"], text, html


def choose(cfg, address, shows, mode="only", timezone=None):
    store = SubscriberStore.from_config(cfg)
    store.update(address, shows=shows, shows_mode=mode, **({"timezone": timezone} if timezone else {}))


@pytest.fixture
def cfg(project):
    (project / "content" / "notes" / f"{WEEK}.md").unlink()  # it names every story of the week
    cfg = load_config(project / "config.toml")
    build(cfg, WEEK)  # imports the sample subscribers too
    return cfg


def test_only_my_shows_in_two_time_zones(project, cfg):
    choose(cfg, "ada.reader@example.org", ["Harbor Lights", "Night Desk"])  # New York
    choose(cfg, "cleo.fan@example.org", ["Harbor Lights"], timezone="Europe/London")
    send_issue(cfg, WEEK)
    subject, text, html = parts(project, "ada.reader@example.org")
    assert subject == "TV Talk Weekly: Mara Quinlan and Dev Okafor"
    assert "Mara Quinlan on Harbor Lights" in html and "Dev Okafor on the late shift at Night Desk" in html
    for other in ("Theo Marsh", "Lena Voss", "Ridgeline panel", "The Long Table on ABC"):
        assert other not in html and other not in text
    assert "Only the shows you follow this week (Harbor Lights, Night Desk)" in " ".join(text.split())
    assert "Wed, Dec 2 · 10 p.m. ET" in text and "Thu, Dec 3 · 9 p.m. ET" in text
    subject, text, html = parts(project, "cleo.fan@example.org")
    assert subject == "TV Talk Weekly: Mara Quinlan"
    assert "Night Desk" not in text and "Dev Okafor" not in html
    assert "Wed, Dec 2 · 10 p.m. ET (Thu 3 a.m. GMT)" in text  # her zone, and the day where it differs
    # Everyone else keeps the whole issue, their shows first.
    subject, text, _ = parts(project, "eli.couch@example.org")
    assert subject == "TV Talk Weekly: Mara Quinlan, Dev Okafor and 3 more" and "Theo Marsh" in text


def test_a_week_without_any_of_my_shows_is_a_short_note_or_nothing(project, cfg):
    choose(cfg, "bo.watcher@example.org", ["A Show Not This Week"])
    send_issue(cfg, WEEK)
    subject, text, html = parts(project, "bo.watcher@example.org")
    assert subject == "TV Talk Weekly: none of your shows this week"
    assert "None of the shows you follow (A Show Not This Week) had an interview this week." in " ".join(text.split())
    assert "https://tvtalk.example.org/archive/2026-W48/issue.html" in text and "Mara Quinlan" not in html
    assert "ON AIR THIS WEEK" not in text


def test_skip_sends_nothing_to_them_and_says_how_many(project, cfg):
    cfg.delivery.none_of_my_shows = "skip"
    choose(cfg, "bo.watcher@example.org", ["A Show Not This Week"])
    added, warnings = prepare(cfg, WEEK, Ledger.from_config(cfg))
    assert added == 3  # of the four active readers
    assert warnings[-1] == ('1 reader on "only my shows" get no issue this week: none of their shows is in it '
                            '([delivery] none_of_my_shows = "skip")')
    send_issue(cfg, WEEK)
    assert not (project / "outbox" / WEEK / "bo.watcher@example.org.eml").exists()


def test_only_without_shows_is_the_whole_issue(project, cfg):
    settings = RenderSettings.from_config(cfg)
    issue = build(cfg, WEEK).issue
    assert render_issue(issue, settings, shows=(), only=True) == render_issue(issue, settings)


@pytest.fixture
def noted(project):
    """The sample week with its editor's note."""
    cfg = load_config(project / "config.toml")
    build(cfg, WEEK)
    return cfg


def test_the_editors_note_stays_in_an_issue_of_only_my_shows(project, noted):
    choose(noted, "ada.reader@example.org", ["Harbor Lights"])
    send_issue(noted, WEEK)
    _, text, html = parts(project, "ada.reader@example.org")
    assert "FROM THE EDITOR" in text and "From the editor" in html and "Mara Quinlan on Harbor Lights" in html


def test_a_week_with_only_the_note_for_them_follows_the_none_of_my_shows_rule(project, noted):
    choose(noted, "bo.watcher@example.org", ["A Show Not This Week"])
    send_issue(noted, WEEK)
    subject, text, html = parts(project, "bo.watcher@example.org")
    assert subject == "TV Talk Weekly: none of your shows this week"
    assert "FROM THE EDITOR" not in text and "From the editor" not in html and "paper snow" not in text
    assert "None of the shows you follow (A Show Not This Week) had an interview this week." in " ".join(text.split())


def test_the_note_alone_is_no_reason_to_mail_a_reader_on_skip(project, noted):
    noted.delivery.none_of_my_shows = "skip"
    choose(noted, "bo.watcher@example.org", ["A Show Not This Week"])
    send_issue(noted, WEEK)
    assert not (project / "outbox" / WEEK / "bo.watcher@example.org.eml").exists()
    assert (project / "outbox" / WEEK / "ada.reader@example.org.eml").exists()
