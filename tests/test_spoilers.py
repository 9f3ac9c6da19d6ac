"""The spoiler guard: the right variant for readers in two zones, from the article's text and from TVmaze."""

import email
import json
from datetime import UTC, date, datetime
from email import policy

import pytest

from newsletter.build import build
from newsletter.config import load_config
from newsletter.deliver import send_issue
from newsletter.model import EpisodeAiring, Spoiler
from newsletter.preview import Preview
from newsletter.spoilers import unaired

from .conftest import WEEK, write

# Sent Monday 2026-11-30 at 13:00 UTC (08:00 in New York, the sample's send time): after Sunday's US airing, a
# week before the UK one.
SENT = datetime(2026, 11, 30, 13, 0, tzinfo=UTC)
QUOTE = "I read the last page of the script twice and then I had to go for a long walk"


def add_interview(project, episode: str, when: str) -> None:
    write(project / "content" / "2026-11-25-ivy-hale.md", f"""
        ---
        title: "Ivy Hale says goodbye to the lighthouse"
        date: 2026-11-25
        outlet: Screen Weekly
        url: https://screen.example.com/ivy-hale-tidewater
        show: Tidewater
        interviewee: Ivy Hale
        ---
        Ivy Hale has played keeper Rosa Penhale on *Tidewater* since its first night. We talked about {episode}. {when}

        **Screen Weekly: How did you take the news?**

        Ivy Hale: {QUOTE}, because nothing about this ending is what the audience expects.

        **Where did you shoot the last scene?**

        Ivy Hale: On the real cliff at dawn, with the whole crew wrapped in blankets and nobody saying a word.
        """)


def parts(project, address, week=WEEK):
    raw = (project / "outbox" / week / f"{address}.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    text, html = [p.get_content() for p in msg.iter_parts()]
    return msg["Subject"], " ".join(text.split()), html


def send(project, mode="fold", at=SENT):
    cfg = load_config(project / "config.toml")
    cfg.spoilers.mode = mode
    (project / "content" / "notes" / f"{WEEK}.md").unlink()  # it names every story of the week
    build(cfg, WEEK)
    send_issue(cfg, WEEK, now=lambda: at)
    return cfg


TEXT_ONLY = ("The Season 2 finale airs Sunday, Nov. 29 at 9 p.m. ET on HBO. Tidewater airs in the UK on Sky Atlantic "
             "on Monday, Dec. 7 at 9 p.m.")


def test_from_the_articles_own_dates_a_us_reader_sees_it_and_a_uk_reader_gets_the_fold(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    send(project)
    _, text, html = parts(project, "ada.reader@example.org")  # New York: aired last night
    assert QUOTE in text and QUOTE in html and "Ivy Hale says goodbye to the lighthouse" in html
    assert "spoilers" not in text.lower()
    subject, text, html = parts(project, "cleo.fan@example.org")  # London: airs next Monday
    notice = "Contains spoilers for the season 2 finale of Tidewater (airs Mon, Dec 7 in your region)."
    assert notice in html and "CONTAINS SPOILERS for the season 2 finale of Tidewater (airs Mon, Dec 7 in your region)" in text
    assert QUOTE not in text and QUOTE not in html
    assert "goodbye to the lighthouse" not in html  # a headline can spoil too: the story is named plainly
    assert "Ivy Hale on Tidewater" in html and "https://screen.example.com/ivy-hale-tidewater" in text
    assert QUOTE not in subject


def test_hold_leaves_it_out_of_the_uk_readers_issue_and_says_so(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    send(project, mode="hold")
    subject, text, html = parts(project, "cleo.fan@example.org")
    assert subject == "TV Talk Weekly: Mara Quinlan, Dev Okafor and 3 more"  # the held story is not counted
    assert parts(project, "ada.reader@example.org")[0] == "TV Talk Weekly: Mara Quinlan, Dev Okafor and 4 more"
    assert QUOTE not in html and "Held back until it airs where you are: Ivy Hale on Tidewater" in html
    assert ("HELD BACK UNTIL IT AIRS WHERE YOU ARE * Ivy Hale on Tidewater: spoilers for the season 2 finale of "
            "Tidewater (airs Mon, Dec 7 in your region)") in text
    assert "Mara Quinlan" in html  # the rest of the issue is there


def test_off_shows_it_to_everyone(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    send(project, mode="off")
    assert QUOTE in parts(project, "cleo.fan@example.org")[1]


def test_the_preview_shows_a_readers_variant(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    snapshot = Preview(project / "config.toml", WEEK).snapshot
    assert "CONTAINS SPOILERS" in snapshot.rendered("cleo.fan@example.org").text
    assert QUOTE in " ".join(snapshot.rendered("ada.reader@example.org").text.split())


TIDEWATER = {
    "id": 5150, "url": "https://www.tvmaze.com/shows/5150/tidewater", "name": "Tidewater", "type": "Scripted",
    "language": "English", "genres": ["Drama"], "status": "Running", "runtime": 60, "averageRuntime": 60,
    "premiered": "2025-10-05", "ended": None, "officialSite": None, "schedule": {"time": "21:00", "days": ["Sunday"]},
    "rating": {"average": None}, "weight": 60,
    "network": {"id": 8, "name": "HBO", "country": {"name": "United States", "code": "US",
                                                   "timezone": "America/New_York"}, "officialSite": None},
    "webChannel": None, "dvdCountry": None, "externals": {"tvrage": None, "thetvdb": None, "imdb": None},
    "image": None, "summary": None, "updated": 1764000000,
    "_links": {"self": {"href": "https://api.tvmaze.com/shows/5150"}},
}


def episode(id_, season, number, name, airdate, stamp):
    """One entry of `/shows/:id/episodes` as TVmaze writes it."""
    return {"id": id_, "url": f"https://www.tvmaze.com/episodes/{id_}/tidewater-{season}x{number:02d}",
            "name": name, "season": season, "number": number, "type": "regular", "airdate": airdate,
            "airtime": "21:00", "airstamp": stamp, "runtime": 60, "rating": {"average": None}, "image": None,
            "summary": None, "_links": {"self": {"href": f"https://api.tvmaze.com/episodes/{id_}"},
                                        "show": {"href": "https://api.tvmaze.com/shows/5150", "name": "Tidewater"}}}


EPISODES = [episode(90004, 2, 4, "Fog Bell", "2026-11-22", "2026-11-23T02:00:00+00:00"),
            episode(90005, 2, 5, "Low Water", "2026-11-29", "2026-11-30T02:00:00+00:00"),
            episode(90006, 2, 6, "Keeper's Log", "2026-12-06", "2026-12-07T02:00:00+00:00")]


@pytest.fixture
def tvmaze(httpserver, project):
    log = []

    def handler(request):
        from werkzeug import Response

        log.append(request.path)
        if request.path == "/singlesearch/shows" and request.args.get("q", "").lower() == "tidewater":
            return Response(json.dumps(TIDEWATER), content_type="application/json")
        if request.path == "/shows/5150/episodes":
            return Response(json.dumps(EPISODES), content_type="application/json")
        if request.path == "/shows/5150":
            return Response(json.dumps(TIDEWATER), content_type="application/json")
        return Response(json.dumps({"name": "Not Found", "message": "", "code": 0, "status": 404}), status=404,
                        content_type="application/json")

    httpserver.expect_request("").respond_with_handler(handler)
    config = project / "config.toml"
    config.write_text(config.read_text().replace('provider = "none"', 'provider = "tvmaze"').replace(
        'api_url = "https://api.tvmaze.com"', f'api_url = "{httpserver.url_for("").rstrip("/")}"'))
    return log


def test_with_tvmaze_the_episode_list_dates_it_and_the_uk_waits_as_the_article_says(project, tvmaze):
    add_interview(project, "Season 2, Episode 5", "British viewers will have to wait until later in the winter.")
    cfg = send(project)
    _, text, _ = parts(project, "ada.reader@example.org")
    assert QUOTE in text and "spoilers" not in text.lower()
    _, text, html = parts(project, "cleo.fan@example.org")
    assert "Contains spoilers for Tidewater S2E5 (not aired in your region yet)." in html
    assert "CONTAINS SPOILERS for Tidewater S2E5 (not aired in your region yet)" in text and QUOTE not in text
    # A second build of the week asks the service for nothing it has: the episode list is kept a day.
    asked = tvmaze.count("/shows/5150/episodes")
    build(cfg, WEEK, out=project / "trial")
    assert asked == 1 and tvmaze.count("/shows/5150/episodes") == 1


def test_with_tvmaze_an_episode_still_to_air_at_home_is_folded_for_everyone(project, tvmaze):
    add_interview(project, "Season 2, Episode 6", "")
    send(project)
    for address, when in (("ada.reader@example.org", "Sun, Dec 6"), ("cleo.fan@example.org", "Mon, Dec 7")):
        _, text, _ = parts(project, address)  # 9 p.m. in New York is 2 a.m. the next day in London
        assert f"CONTAINS SPOILERS for Tidewater S2E6 (airs {when} in your region)" in text and QUOTE not in text


US = EpisodeAiring("US", datetime(2026, 11, 30, 2, tzinfo=UTC), network="HBO")


@pytest.mark.parametrize("airings, later, zone, at, expect", [
    ((US,), (), "America/New_York", datetime(2026, 11, 30, 1, 59, tzinfo=UTC), "2026-11-29 21:00"),
    ((US,), (), "America/New_York", datetime(2026, 11, 30, 2, 0, tzinfo=UTC), None),  # it has begun
    ((US,), (), "Europe/London", datetime(2026, 11, 30, 3, tzinfo=UTC), None),  # no UK airing: the home one counts
    ((US,), ("GB",), "Europe/London", datetime(2026, 11, 30, 3, tzinfo=UTC), "later"),
    ((US, EpisodeAiring("GB", None, date(2026, 12, 7))), (), "Europe/London", datetime(2026, 12, 7, 23, tzinfo=UTC),
     "2026-12-08 00:00"),  # a day-only airing: aired once that day is over where the reader is
    ((EpisodeAiring("*", datetime(2026, 12, 4, 8, tzinfo=UTC), network="Netflix"),), ("GB",), "Europe/London",
     datetime(2026, 12, 4, 7, tzinfo=UTC), "2026-12-04 08:00"),  # everywhere at once
    ((), (), "Europe/London", datetime(2026, 12, 4, tzinfo=UTC), None),  # no airing known: not guarded
])
def test_the_decision_takes_the_clock(airings, later, zone, at, expect):
    verdict = unaired(Spoiler("S2E5", "Season 2, Episode 5", airings, later), zone, at)
    got = None if verdict is None else "later" if verdict.airs is None else f"{verdict.airs:%Y-%m-%d %H:%M}"
    assert got == expect


def send_next_week(project, cfg) -> None:
    """Week 49's issue, with an interview of its own, sent the Tuesday after the UK airing of the finale."""
    write(project / "content" / "2026-12-01-omar-reyes.md", """
        ---
        title: "Omar Reyes on Night Desk"
        date: 2026-12-01
        outlet: The Broadcast Ledger
        show: Night Desk
        interviewee: Omar Reyes
        ---
        **What is the night shift like?**

        Omar Reyes: The coffee runs out at three and the stories start arriving at four, every single night we shoot.
        """)
    build(cfg, "2026-W49")
    send_issue(cfg, "2026-W49", now=lambda: datetime(2026, 12, 8, 13, tzinfo=UTC))  # the UK airing was last night


def test_a_held_story_comes_in_the_next_issue_to_those_it_was_held_from(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    send_next_week(project, send(project, mode="hold"))
    _, cleo, _ = parts(project, "cleo.fan@example.org", "2026-W49")
    assert QUOTE in cleo and "Omar Reyes" in cleo and "HELD BACK" not in cleo
    _, ada, ada_html = parts(project, "ada.reader@example.org", "2026-W49")
    assert "Ivy Hale" not in ada and "Ivy Hale" not in ada_html and "Omar Reyes" in ada  # she had it last week


@pytest.mark.parametrize("us_airing, sent, had_it", [
    # Sent on Tuesday, a day after its planned Monday morning: the Monday night US airing had been, so New York
    # had the story then, and must not get it again.
    ("Monday, Nov. 30", datetime(2026, 12, 1, 13, tzinfo=UTC), True),
    # Sent on Sunday afternoon, before its planned Monday: the Sunday night US airing was still to come, so New
    # York was held back, and must get it the next week.
    ("Sunday, Nov. 29", datetime(2026, 11, 29, 20, tzinfo=UTC), False),
])
def test_who_was_held_back_is_judged_when_the_issue_went_not_when_it_was_planned(project, us_airing, sent, had_it):
    add_interview(project, "the Season 2 finale", f"The Season 2 finale airs {us_airing} at 9 p.m. ET on HBO. "
                                                  "Tidewater airs in the UK on Sky Atlantic on Monday, Dec. 7 at 9 p.m.")
    send_next_week(project, send(project, mode="hold", at=sent))
    assert (QUOTE in parts(project, "ada.reader@example.org")[1]) is had_it
    assert (QUOTE in parts(project, "ada.reader@example.org", "2026-W49")[1]) is not had_it  # once, and only once
    assert QUOTE in parts(project, "cleo.fan@example.org", "2026-W49")[1]


def test_inspect_shows_the_episode_and_where_it_airs(project):
    from click.testing import CliRunner

    from newsletter.cli import cli

    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    result = CliRunner().invoke(cli, ["inspect", str(project / "content" / "2026-11-25-ivy-hale.md")])
    assert result.exit_code == 0
    assert ("Episode:\n  the season 2 finale (from “Season 2 finale”)\n        airs: US 2026-11-29T21:00:00-05:00 on HBO; "
            "GB 2026-12-07T21:00:00+00:00 on Sky Atlantic") in result.output


def test_the_folded_variant_still_scores_low_in_spamassassin(project):
    import shutil

    from newsletter.checks import spam_report

    from .test_email_quality import require

    require(shutil.which("spamassassin"), "spamassassin")
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    send(project)
    raw = (project / "outbox" / WEEK / "cleo.fan@example.org.eml").read_bytes()
    assert b"CONTAINS SPOILERS" in raw  # the folded variant is the one scored
    report = spam_report(raw)
    assert report.score <= 1.0, report.rules
    assert not {"MPART_ALT_DIFF", "HTML_FONT_LOW_CONTRAST", "MIME_HTML_ONLY"} & set(report.rules)


def test_only_my_shows_with_its_one_story_held_does_not_say_none_of_my_shows(project):
    from newsletter.subscribers import SubscriberStore

    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    cfg = load_config(project / "config.toml")
    build(cfg, WEEK)  # imports the sample subscribers
    SubscriberStore.from_config(cfg).update("cleo.fan@example.org", shows=["Tidewater"], shows_mode="only")
    send(project, mode="hold")
    _, text, _ = parts(project, "cleo.fan@example.org")
    assert "Only the shows you follow this week (Tidewater)." in text and "None of the shows" not in text
    assert "HELD BACK UNTIL IT AIRS WHERE YOU ARE * Ivy Hale on Tidewater" in text


def test_a_week_of_carried_stories_only_mails_nobody_who_had_them(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    cfg = send(project, mode="hold")
    build(cfg, "2026-W49")  # no new interview: only the story held back from the UK readers last week
    send_issue(cfg, "2026-W49", now=lambda: datetime(2026, 12, 8, 13, tzinfo=UTC))
    outbox = project / "outbox" / "2026-W49"
    assert (outbox / "cleo.fan@example.org.eml").exists() and QUOTE in parts(project, "cleo.fan@example.org",
                                                                               "2026-W49")[1]
    assert not (outbox / "ada.reader@example.org.eml").exists()  # she had it in W48: no empty issue for her


def test_a_held_story_still_comes_when_the_week_between_was_not_sent(project):
    add_interview(project, "the Season 2 finale", TEXT_ONLY)
    cfg = send(project, mode="hold")
    build(cfg, "2026-W49")  # built, never sent (too thin, or not approved)
    write(project / "content" / "2026-12-08-omar-reyes.md", """
        ---
        title: "Omar Reyes on Night Desk"
        date: 2026-12-08
        outlet: The Broadcast Ledger
        show: Night Desk
        interviewee: Omar Reyes
        ---
        **What is the night shift like?**

        Omar Reyes: The coffee runs out at three and the stories start arriving at four, every single night we shoot.
        """)
    build(cfg, "2026-W50")
    send_issue(cfg, "2026-W50", now=lambda: datetime(2026, 12, 14, 13, tzinfo=UTC))
    assert QUOTE in parts(project, "cleo.fan@example.org", "2026-W50")[1]  # held from her in W48, aired since
    assert QUOTE not in parts(project, "ada.reader@example.org", "2026-W50")[1]  # she had it in W48
