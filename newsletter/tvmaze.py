"""The TV schedule from the public TVmaze API: real episodes for the shows in the week's interviews.

Terms respected: at most 20 calls per 10 seconds (throttled here), one
connection, responses cached in the state database for an hour, and every
issue that uses the data credits "Schedule data from TVmaze" with a link.
`airstamp` (UTC) is trusted over `airdate` + `airtime`, which is the network's
programming day and can be a day off after midnight.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import replace
from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests

from .model import AirDate, OneOff, ShowArt, Streaming
from .spoilers import EpisodeGuide

CACHE_SECONDS = 3600
# An episode list for the spoiler guard changes rarely (a moved airing is news days ahead): kept a day, so the
# preview's rebuilds, the editors' build and the send's build of one issue ask for it once.
GUIDE_CACHE_SECONDS = 24 * 3600
TVMAZE_SITE = "https://www.tvmaze.com/"  # where the credit links when a show's own page is not given


class ScheduleUnavailable(Exception):
    """The schedule service could not be reached or answered nonsense."""


class TvMaze:
    def __init__(self, api_url: str, web, store, pins: dict[str, int] | None = None,
                 clock=time.monotonic, sleep=time.sleep, now=time.time, max_calls: int = 20, per: float = 10.0):
        self.api_url = api_url.rstrip("/")
        self.web, self.store = web, store
        self.pins = {k.casefold(): v for k, v in (pins or {}).items()}
        self.clock, self.sleep, self.now = clock, sleep, now
        self.max_calls, self.per = max_calls, per
        self.calls: deque[float] = deque()
        self._lock = threading.Lock()
        self.requests_made = 0
        self._shows: dict[str, dict | None] = {}  # this client's lookups: the schedule and the posters ask once

    def _throttle(self) -> None:
        # Held while waiting, so callers on several threads still share one budget of 20 per 10 s.
        with self._lock:
            while True:
                t = self.clock()
                while self.calls and t - self.calls[0] >= self.per:
                    self.calls.popleft()
                if len(self.calls) < self.max_calls:
                    self.calls.append(t)
                    return
                self.sleep(self.per - (t - self.calls[0]))

    def get(self, path: str, max_age: float = CACHE_SECONDS, **params):
        """The JSON at `path` (None for a 404), from the cache when younger than `max_age` seconds (an hour)."""
        url = f"{self.api_url}{path}" + (f"?{urlencode(params)}" if params else "")
        cached = self.store.cached(url, max_age, now=self.now())
        if cached is not None:
            return json.loads(cached)
        self._throttle()
        self.requests_made += 1
        try:
            resp = self.web.get(url)
        except requests.RequestException as exc:
            raise ScheduleUnavailable(f"{exc.__class__.__name__}: {exc}") from None
        if resp.status_code == 404:
            self.store.save_cached(url, "null", now=self.now())
            return None
        if resp.status_code != 200:
            raise ScheduleUnavailable(f"HTTP {resp.status_code} from {url}")
        try:
            data = resp.json()
        except ValueError:
            raise ScheduleUnavailable(f"not JSON from {url}") from None
        self.store.save_cached(url, resp.text, now=self.now())
        return data

    def show(self, name: str) -> dict | None:
        """The TVmaze show for a name: a pinned id, else a remembered match, else a single search."""
        key = name.casefold()
        if key not in self._shows:
            self._shows[key] = self._lookup(name)
        return self._shows[key]

    def _lookup(self, name: str) -> dict | None:
        pinned = self.pins.get(name.casefold())
        if pinned:
            return self.get(f"/shows/{pinned}")
        remembered = self.store.show_lookup(name)
        if remembered is not None:
            return None if remembered.service_id is None else self.get(f"/shows/{remembered.service_id}")
        found = self.get("/singlesearch/shows", q=name)
        self.store.save_show_id(name, found["id"] if found else None)
        return found

    def next_episode(self, name: str) -> dict | None:
        """The show's next episode (`/shows/:id?embed=nextepisode`), or None when none is scheduled."""
        show = self.show(name)
        if not show:
            return None
        full = self.get(f"/shows/{show['id']}", embed="nextepisode") or {}
        return (full.get("_embedded") or {}).get("nextepisode")

    def episode_guide(self, name: str) -> EpisodeGuide | None:
        """The show and its whole episode list (`/shows/:id/episodes`), kept a day; None when no show matches."""
        show = self.show(name)
        if not show:
            return None
        episodes = self.get(f"/shows/{show['id']}/episodes", max_age=GUIDE_CACHE_SECONDS)
        return EpisodeGuide(show, episodes if isinstance(episodes, list) else [])

    def day_schedule(self, day: str, country: str = "US") -> list[dict]:
        """Every episode a country's networks air on one day (`/schedule?country=&date=`)."""
        return self.get("/schedule", country=country, date=day) or []

    def airings(self, name: str, start: datetime, end: datetime) -> list[AirDate]:
        """Episodes of the show airing in [start, end), in the network's own time zone."""
        show = self.show(name)
        if not show:
            return []
        episodes = self.get(f"/shows/{show['id']}/episodes") or []
        network = show.get("network") or None
        web = show.get("webChannel") or None
        tz = _zone(network) or _zone(web) or "UTC"
        out = []
        for ep in episodes:
            stamp = ep.get("airstamp")
            if not stamp:
                continue
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(ZoneInfo(tz))
            if not start <= when < end:
                continue
            label = f"S{ep.get('season')}E{ep.get('number')}" + (f" “{ep['name']}”" if ep.get("name") else "")
            # A web channel's episodes drop on a day; a network's air at a time in its zone.
            streaming = network is None and web is not None
            out.append(AirDate(
                show=show["name"], network=(network or web or {}).get("name"),
                when=Streaming(when.date()) if streaming else OneOff(when.date(), when.strftime("%H:%M"), tz),
                sentence=label, source="tvmaze", episode=label,
                runtime=ep.get("runtime") or show.get("runtime")))
        return out


def _zone(channel: dict | None) -> str | None:
    tz = ((channel or {}).get("country") or {}).get("timezone")
    if not tz:
        return None
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return tz


def schedule_airings(client: TvMaze, shows: list[str], start: datetime, days: int = 7) -> tuple[list[AirDate], list[str]]:
    """Airings of every named show in the window, and notes for the build summary; never raises."""
    end = start + timedelta(days=days)
    found: list[AirDate] = []
    notes: list[str] = []
    for name in sorted(set(shows), key=str.casefold):
        try:
            # Keep the name the articles use: it is the one subscribers follow.
            found.extend(replace(a, show=name) for a in client.airings(name, start, end))
        except ScheduleUnavailable as exc:
            notes.append(f"TV schedule unavailable ({exc}); air dates come from the articles only")
            break
    return found, notes


def show_art(client: TvMaze, shows: list[str]) -> tuple[list[ShowArt], list[str]]:
    """Each show's poster (the show's `image.medium`, a 210×295 portrait) and notes; never raises.

    Only the address is kept: the reader's mail client loads the picture from the service, so an address that is
    not public https (a loopback or private host, plain http) is left out with a note.
    """
    from .config_checks import plain_url
    from .web import names_internal_host

    art, notes = [], []
    for name in sorted(set(shows), key=str.casefold):
        try:
            show = client.show(name) or {}
        except ScheduleUnavailable as exc:
            notes.append(f"TV schedule unavailable ({exc}); the issue goes out without show images")
            break
        image = show.get("image") if isinstance(show.get("image"), dict) else {}
        url = image.get("medium") or image.get("original")
        if not isinstance(url, str) or not url:
            continue
        # The reader's mail client fetches the picture, not this program: no DNS lookup, only what the URL says.
        if not (url.startswith("https://") and plain_url(url)) or names_internal_host(url):
            notes.append(f"{name}: the TV schedule's image {url[:100]} is not a public https address; left out")
            continue
        page = show.get("url")
        art.append(ShowArt(name, url, page if isinstance(page, str) and page.startswith(TVMAZE_SITE)
                           and plain_url(page) else TVMAZE_SITE))
    return art, notes


def episode_guides(client: TvMaze, shows: list[str]) -> tuple[dict[str, EpisodeGuide], list[str]]:
    """Each named show's episode guide by its name folded to lower case, and notes; never raises."""
    guides: dict[str, EpisodeGuide] = {}
    for name in sorted(set(shows), key=str.casefold):
        try:
            guide = client.episode_guide(name)
        except ScheduleUnavailable as exc:
            return guides, [f"TV schedule unavailable ({exc}); the spoiler guard reads the articles only"]
        if guide is not None:
            guides[name.casefold()] = guide
    return guides, []
