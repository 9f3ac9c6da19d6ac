"""TVmaze client against a real local HTTP server answering in TVmaze's JSON shapes."""

import json
import re
import shutil
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from newsletter.build import build
from newsletter.checks import SIZE_LIMIT_BYTES, find_chromium, run_checks, sample_message, spam_report, static_checks
from newsletter.config import load_config
from newsletter.store import ShowLookup, Store
from newsletter.tvmaze import ScheduleUnavailable, TvMaze
from newsletter.web import Web

from .conftest import WEEK, FakeClock
from .test_email_quality import require, write_long_interviews

NY = ZoneInfo("America/New_York")
HARBOR = {
    "id": 4242, "url": "https://www.tvmaze.com/shows/4242/harbor-lights", "name": "Harbor Lights",
    "type": "Scripted", "language": "English", "genres": ["Drama"], "status": "Running", "runtime": 60,
    "premiered": "2024-09-18", "schedule": {"time": "22:00", "days": ["Wednesday"]},
    "network": {"id": 1, "name": "NBC", "country": {"name": "United States", "code": "US",
                                                   "timezone": "America/New_York"}, "officialSite": None},
    "webChannel": None, "externals": {"tvrage": None, "thetvdb": None, "imdb": None},
    "image": {"medium": "https://static.tvmaze.com/uploads/images/medium_portrait/412/1031534.jpg",
              "original": "https://static.tvmaze.com/uploads/images/original_untouched/412/1031534.jpg"},
}
RIDGELINE = {
    "id": 777, "url": "https://www.tvmaze.com/shows/777/ridgeline", "name": "Ridgeline", "type": "Scripted",
    "language": "English", "status": "Running", "runtime": None, "schedule": {"time": "", "days": ["Friday"]},
    "network": None, "webChannel": {"id": 347, "name": "Peacock", "country": None},
    "image": None,  # TVmaze has no poster for every show
}
HARBOR_EPISODES = [
    {"id": 1, "name": "The Breakwater", "season": 3, "number": 7, "type": "regular", "airdate": "2026-11-25",
     "airtime": "22:00", "airstamp": "2026-11-26T03:00:00+00:00", "runtime": 60},
    {"id": 2, "name": "Gale Warning", "season": 3, "number": 8, "type": "regular", "airdate": "2026-12-02",
     "airtime": "22:00", "airstamp": "2026-12-03T03:00:00+00:00", "runtime": 60},
    # A late-night special: the network's programming day (airdate) is the 3rd, the UTC date the 4th,
    # and in New York it is 12:35 a.m. on the 4th.
    {"id": 3, "name": "After Hours", "season": 3, "number": 9, "type": "insignificant_special",
     "airdate": "2026-12-03", "airtime": "24:35", "airstamp": "2026-12-04T05:35:00+00:00", "runtime": 30},
]
RIDGELINE_EPISODES = [
    {"id": 9, "name": "Whiteout", "season": 2, "number": 1, "airdate": "2026-12-04", "airtime": "",
     "airstamp": "2026-12-04T08:00:00+00:00", "runtime": 52},
]


def serve_api(httpserver, log=None, harbor=HARBOR):
    def handler(request):
        if log is not None:
            qs = request.query_string.decode()
            log.append(request.path + (f"?{qs}" if qs else ""))
        path, q = request.path, request.args.get("q", "").lower()
        body = None
        if path == "/singlesearch/shows":
            body = {"harbor lights": harbor, "ridgeline": RIDGELINE}.get(q)
        elif path == "/shows/4242":
            body = harbor if request.args.get("embed") != "nextepisode" else \
                {**harbor, "_embedded": {"nextepisode": HARBOR_EPISODES[1]}}
        elif path == "/schedule" and request.args.get("country") == "US":
            body = [{**HARBOR_EPISODES[1], "show": harbor}] if request.args.get("date") == "2026-12-02" else []
        elif path == "/shows/4242/episodes":
            body = HARBOR_EPISODES
        elif path == "/shows/777/episodes":
            body = RIDGELINE_EPISODES
        from werkzeug import Response
        if body is None:
            return Response(json.dumps({"name": "Not Found", "message": "", "code": 0, "status": 404}), status=404,
                            content_type="application/json")
        return Response(json.dumps(body), content_type="application/json")
    httpserver.expect_request("").respond_with_handler(handler)


@pytest.fixture
def store(tmp_path):
    return Store(sa.create_engine(f"sqlite:///{tmp_path / 's.db'}"))


def client(httpserver, store, **kw):
    return TvMaze(httpserver.url_for(""), Web(retries=0), store, **kw)


def test_episodes_in_the_window_use_airstamp_and_the_networks_zone(httpserver, store):
    serve_api(httpserver)
    start = datetime(2026, 11, 30, 8, tzinfo=NY)
    airs = client(httpserver, store).airings("Harbor Lights", start, datetime(2026, 12, 7, 8, tzinfo=NY))
    assert [(a.episode, a.start.isoformat(), a.weekday, a.local_time, a.tz, a.source) for a in airs] == [
        ("S3E8 “Gale Warning”", "2026-12-02T22:00:00-05:00", "Wednesday", "22:00", "America/New_York", "tvmaze"),
        ("S3E9 “After Hours”", "2026-12-04T00:35:00-05:00", "Friday", "00:35", "America/New_York", "tvmaze"),
    ]
    assert airs[1].day.isoformat() == "2026-12-04"  # not the programming day 2026-12-03
    assert airs[0].network == "NBC" and airs[0].runtime == 60


def test_streaming_show_has_no_fixed_time(httpserver, store):
    serve_api(httpserver)
    start = datetime(2026, 11, 30, tzinfo=timezone.utc)
    (air,) = client(httpserver, store).airings("Ridgeline", start, datetime(2026, 12, 7, tzinfo=timezone.utc))
    assert (air.kind, air.network, air.start, air.local_time, air.day.isoformat()) == (
        "streaming", "Peacock", None, None, "2026-12-04")


def test_matches_are_remembered_and_responses_cached(httpserver, store):
    log = []
    serve_api(httpserver, log)
    start, end = datetime(2026, 11, 30, tzinfo=NY), datetime(2026, 12, 7, tzinfo=NY)
    client(httpserver, store).airings("Harbor Lights", start, end)
    client(httpserver, store).airings("Harbor Lights", start, end)
    # The second run searches no more: the match is remembered, and the episodes come from the cache.
    assert log == ["/singlesearch/shows?q=Harbor+Lights", "/shows/4242/episodes", "/shows/4242"]
    fresh = client(httpserver, store, now=lambda: __import__("time").time() + 7200)  # cache older than an hour
    fresh.airings("Harbor Lights", start, end)
    assert log[3:] == ["/shows/4242", "/shows/4242/episodes"]


def test_a_show_not_found_is_remembered_as_not_found(httpserver, store):
    log = []
    serve_api(httpserver, log)
    assert store.show_lookup("No Such Show") is None  # never looked up
    assert client(httpserver, store).show("No Such Show") is None
    assert store.show_lookup("No Such Show") == ShowLookup(None)
    assert client(httpserver, store).show("No Such Show") is None
    assert log == ["/singlesearch/shows?q=No+Such+Show"]  # the second asks nothing
    client(httpserver, store).show("Harbor Lights")
    assert store.show_lookup("harbor lights") == ShowLookup(4242)


def test_pinned_id_wins_over_search(httpserver, store):
    log = []
    serve_api(httpserver, log)
    c = client(httpserver, store, pins={"Harbour Lights UK": 4242})
    assert c.show("Harbour Lights UK")["name"] == "Harbor Lights"
    assert log == ["/shows/4242"]


def test_unknown_show_gives_nothing(httpserver, store):
    serve_api(httpserver)
    start = datetime(2026, 11, 30, tzinfo=NY)
    assert client(httpserver, store).airings("No Such Show", start, datetime(2026, 12, 7, tzinfo=NY)) == []


def test_throttle_twenty_calls_per_ten_seconds(httpserver, store):
    serve_api(httpserver)
    clock = FakeClock()
    c = client(httpserver, store, clock=clock, sleep=clock.sleep)
    for i in range(45):
        c.get("/shows/4242", n=i)  # distinct URLs: no cache hits
    assert c.requests_made == 45
    assert sum(clock.slept) >= 20.0  # calls 21-40 waited for the first window, 41-45 for the second


def test_failing_api_is_unavailable_not_a_crash(httpserver, store):
    httpserver.expect_request("").respond_with_data("down", status=503)
    with pytest.raises(ScheduleUnavailable, match="HTTP 503"):
        client(httpserver, store).get("/shows/4242")


def test_build_merges_the_schedule_and_credits_tvmaze(project, httpserver):
    serve_api(httpserver)
    cfg = load_config(project / "config.toml")
    cfg.airdates.provider, cfg.airdates.api_url = "tvmaze", httpserver.url_for("")
    result = build(cfg, WEEK)
    harbor = [a for a in result.issue.air_dates if a.show == "Harbor Lights"]
    assert [(a.source, a.episode) for a in harbor] == [("tvmaze", "S3E8 “Gale Warning”"),
                                                       ("tvmaze", "S3E9 “After Hours”")]
    assert any(a.source == "text" and a.show == "Night Desk" for a in result.issue.air_dates)
    assert "Schedule data from TVmaze" in result.rendered.html and "https://www.tvmaze.com/" in result.rendered.html
    assert "S3E8 “Gale Warning”" in result.rendered.text


def test_the_commands_look_up_the_shows_subscribers_follow(project, httpserver):
    """The build reads no subscriber list: `newsletter build` passes it the followed shows, whose airings
    the schedule is asked for even when no interview of the week is about them."""
    from click.testing import CliRunner

    from newsletter.cli import cli

    log = []
    serve_api(httpserver, log)
    with (project / "subscribers" / "subscribers.csv").open("a") as f:
        f.write("fay.fan@example.org,Fay Fan,,Moonbase Nine,active,2026-10-01\n")
    config = project / "config.toml"
    config.write_text(config.read_text().replace('provider = "none"', 'provider = "tvmaze"')
                      .replace('api_url = "https://api.tvmaze.com"', f'api_url = "{httpserver.url_for("")}"'))
    build(load_config(config), WEEK)
    assert "/singlesearch/shows?q=Moonbase+Nine" not in log  # the library builds from what it is given
    result = CliRunner().invoke(cli, ["build", "--config", str(config), "--week", WEEK])
    assert result.exit_code == 0, result.output
    assert "/singlesearch/shows?q=Moonbase+Nine" in log


def test_build_without_the_api_falls_back_to_the_articles_and_says_so(project, httpserver):
    httpserver.expect_request("").respond_with_data("down", status=500)
    cfg = load_config(project / "config.toml")
    cfg.airdates.provider, cfg.airdates.api_url = "tvmaze", httpserver.url_for("")
    result = build(cfg, WEEK)
    assert any(w.startswith("TV schedule unavailable") for w in result.warnings)
    assert {a.source for a in result.issue.air_dates} == {"text"} and len(result.issue.air_dates) == 4
    assert "TVmaze" not in result.rendered.html


def test_next_episode_and_day_schedule(httpserver, store):
    serve_api(httpserver)
    c = client(httpserver, store)
    assert c.next_episode("Harbor Lights")["name"] == "Gale Warning"
    (ep,) = c.day_schedule("2026-12-02")
    assert ep["show"]["name"] == "Harbor Lights" and ep["airstamp"] == "2026-12-03T03:00:00+00:00"
    assert c.day_schedule("2026-12-05") == []


def test_throttle_holds_across_threads(httpserver, store):
    import threading
    import time as _time
    serve_api(httpserver)
    c = client(httpserver, store, max_calls=5, per=1.0)
    stamps = []
    real_get = c.web.get

    def timed_get(url, headers=None):
        stamps.append(_time.monotonic())
        return real_get(url, headers)
    c.web.get = timed_get
    threads = [threading.Thread(target=lambda i=i: [c.get("/shows/4242", n=f"{i}-{k}") for k in range(4)])
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stamps.sort()
    assert len(stamps) == 16
    assert all(stamps[i + 5] - stamps[i] >= 0.95 for i in range(len(stamps) - 5))  # never 6 within a second


def tvmaze_on(project, httpserver):
    cfg = load_config(project / "config.toml")
    cfg.airdates.provider, cfg.airdates.api_url = "tvmaze", httpserver.url_for("")
    return cfg


def test_a_story_shows_its_shows_poster_with_alt_text_and_tvmaze_is_credited(project, httpserver):
    serve_api(httpserver)
    result = build(tvmaze_on(project, httpserver), WEEK)
    assert [(a.show, a.image, a.page) for a in result.issue.art] == [
        ("Harbor Lights", HARBOR["image"]["medium"], HARBOR["url"])]  # Ridgeline's image is null: none
    html = result.rendered.html
    (img,) = re.findall(r"<img\b[^>]*>", html)
    assert f'src="{HARBOR["image"]["medium"]}"' in img and 'alt="Harbor Lights poster"' in img
    assert 'width="64"' in img
    # beside the title of the Harbor Lights story, the first, in the same cell
    beside = html.split(img, 1)[1].split("</td>", 1)[0]
    assert 'id="story-1"' in beside and "Mara Quinlan on Harbor Lights" in beside
    assert '<a href="https://www.tvmaze.com/">Show images from TVmaze</a>' in html
    assert "Show images from TVmaze: https://www.tvmaze.com/" in result.rendered.text
    assert all(r.ok for r in static_checks(html))
    shown = json.loads((result.out_dir / "issue.json").read_text())["show_art"]
    assert shown == [{"show": "Harbor Lights", "image": HARBOR["image"]["medium"], "page": HARBOR["url"]}]


@pytest.mark.parametrize("image", ["https://127.0.0.1/poster.jpg", "https://10.1.2.3/poster.jpg",
                                   "https://localhost/poster.jpg", "http://static.tvmaze.com/poster.jpg",
                                   'https://static.tvmaze.com/a.jpg" onerror="alert(1)'])
def test_a_poster_that_is_not_at_a_public_https_address_is_left_out_and_said(project, httpserver, image):
    serve_api(httpserver, harbor={**HARBOR, "image": {"medium": image, "original": image}})
    result = build(tvmaze_on(project, httpserver), WEEK)
    assert result.issue.art == ()
    assert "<img" not in result.rendered.html and "Show images from TVmaze" not in result.rendered.html
    assert [w for w in result.warnings if w.startswith("Harbor Lights: the TV schedule's image")
            and "not a public https address; left out" in w]


def test_posters_are_judged_without_looking_their_host_up(project, httpserver, monkeypatch):
    """The reader's mail client fetches a poster, not the program: a build makes no DNS lookup for it."""
    import socket

    looked_up, real = [], socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: looked_up.append(host) or real(host, *a, **k))
    serve_api(httpserver, harbor=HARBOR)
    result = build(tvmaze_on(project, httpserver), WEEK)
    assert [a.image for a in result.issue.art] == [HARBOR["image"]["medium"]]
    assert "static.tvmaze.com" not in looked_up


def test_no_posters_when_the_schedule_service_is_off_or_down(project, httpserver):
    result = build(load_config(project / "config.toml"), WEEK)
    assert result.issue.art == () and "<img" not in result.rendered.html
    httpserver.expect_request("").respond_with_data("down", status=500)
    result = build(tvmaze_on(project, httpserver), WEEK)
    assert result.issue.art == () and "<img" not in result.rendered.html
    assert len([w for w in result.warnings if "TV schedule unavailable" in w]) == 1  # said once, not per show


def test_fifteen_interviews_with_posters_stay_under_gmails_clipping_limit(project, httpserver):
    for sample in (p for p in (project / "content").iterdir() if p.is_file()):
        sample.unlink()  # fifteen interviews of fifteen shows, each with a poster
    write_long_interviews(project / "content", shows=True)

    def handler(request):
        from werkzeug import Response
        name = request.args.get("q", "")
        if request.path == "/singlesearch/shows" and name.startswith("Show "):
            n = int(name.split()[1])
            image = f"https://static.tvmaze.com/uploads/images/%s/1/{n}.jpg"
            show = {**HARBOR, "id": 5000 + n, "name": name, "url": f"https://www.tvmaze.com/shows/{5000 + n}/show-{n}",
                    "image": {"medium": image % "medium_portrait", "original": image % "original_untouched"}}
            return Response(json.dumps(show), content_type="application/json")
        if request.path.startswith("/shows/") and request.path.endswith("/episodes"):
            return Response("[]", content_type="application/json")
        return Response(json.dumps({"name": "Not Found", "message": "", "code": 0, "status": 404}), status=404,
                        content_type="application/json")

    httpserver.expect_request("").respond_with_handler(handler)
    cfg = tvmaze_on(project, httpserver)
    cfg.build.max_interviews, cfg.quotes.per_interview = 15, 3
    result = build(cfg, WEEK)
    assert len(result.issue.stories) == 15 and len(result.issue.art) == 15
    html = result.rendered.html
    assert len(re.findall(r'<img\b[^>]*alt="Show \d+ poster"', html)) == 15
    size = len(html.encode("utf-8"))
    assert size < SIZE_LIMIT_BYTES, f"{size} bytes"
    assert all(r.ok for r in static_checks(html))


def test_with_posters_the_issue_still_scores_as_clean_mail_and_reads_in_light_and_dark(project, httpserver):
    require(shutil.which("spamassassin"), "spamassassin")
    require(find_chromium(), "chromium")
    serve_api(httpserver)
    cfg = tvmaze_on(project, httpserver)
    result = build(cfg, WEEK)
    assert result.issue.art
    report = spam_report(sample_message(cfg, result))
    assert report.score <= 0.0 and report.forbidden == [], report.rules  # no worse than the issue without images
    checks = {r.name: r for r in run_checks(cfg, result)}
    for name in ("contrast light 375px", "contrast light 600px", "contrast dark 375px", "contrast dark 600px",
                 "phone width", "first pull-quote"):
        assert checks[name].ok, (name, checks[name].detail)
