"""The weekly build as named stages: gather -> extract -> select -> render -> write.

Only `gather` and `write` touch the disk or the network; the stages between
take data and return data, with the clock passed in.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from . import calendar_links
from .assemble import assemble_issue, send_time
from .artefact import ARTEFACT_NAME, Artefact, artefact_text, content_hash, issue_data, issue_from_data
from .built_issues import BuiltIssues, load_built
from .config import BuildSection, Config
from .errors import ConfigError, ContentError, DeliveryError
from .extract import understand
from .files import write_all_atomic
from .model import Interview, Issue, Period
from .note import note_path, read_note
from .render import RenderSettings, Rendered, render_issue
from .serialize import issue_json
from .sources import make_source, source_kinds
from .tokens import TOKEN_PLACEHOLDER
from .weeks import current_week, parse_week
from .words import counted


@dataclass
class Build:
    """What one build produced."""

    issue: Issue
    rendered: Rendered
    out_dir: Path
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    hash: str = ""

    def summary(self) -> str:
        """One line of counts, then each file written (calendar files as one line)."""
        n_quotes = sum(len(s.pull_quotes) for s in self.issue.stories)
        head = (f"Built {self.issue.week}: {counted(len(self.issue.stories), 'interview')}, "
                f"{counted(n_quotes, 'pull-quote')}, {counted(len(self.issue.air_dates), 'airing')}"
                + (f" ({counted(len(self.warnings), 'warning')})" if self.warnings else ""))
        lines = [f"  {shown_path(p)}" for p in self.files if p.parent == self.out_dir]
        ics = [p for p in self.files if p.parent != self.out_dir]
        if ics:
            lines.append(f"  {shown_path(ics[0].parent)}{os.sep} ({counted(len(ics), 'calendar file')})")
        return "\n".join([head, *lines])


def shown_path(path: Path) -> str:
    """A path as a person typed it: relative to the current folder when under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def gather(cfg: Config, period, strict: bool = False) -> tuple[list[Interview], list[str]]:
    """Stage 1: every interview dated in the period, from every configured source, duplicates dropped.

    Sources are gathered concurrently (the web client keeps to a few requests per host).
    """
    from concurrent.futures import ThreadPoolExecutor

    web = store = None
    kinds = source_kinds()
    if any(kinds[s.type].uses_web for s in cfg.sources):
        from .store import Store
        from .web import Web
        web, store = Web(), Store.from_config(cfg)
    sources = [make_source(section, cfg, web, store) for section in cfg.sources]
    try:
        with ThreadPoolExecutor(max_workers=min(8, max(1, len(sources)))) as pool:
            results = list(pool.map(lambda src: src.gather(period), sources))
    finally:
        if web is not None:
            web.close()
    interviews, warnings, seen = [], [], set()
    for result in results:
        warnings.extend(result.warnings)
        for iv in result.interviews:
            keys = {iv.url, hashlib.sha256(iv.body.encode("utf-8")).hexdigest()} - {None}
            if keys & seen:
                continue  # the same article through two feeds
            seen |= keys
            interviews.append(iv)
    if strict and warnings:
        raise ContentError(warnings[0].split(": ", 1)[0], warnings[0].split(": ", 1)[-1],
                           hint=f"{counted(len(warnings), 'problem')} while gathering; fix them or build without --strict")
    return interviews, warnings


def default_week(cfg: Config, now: datetime | None = None) -> str:
    zone = ZoneInfo(cfg.newsletter.timezone)
    return current_week((now or datetime.now(zone)).astimezone(zone))


def issue_period(cfg: Config, week: str) -> Period:
    """The days an issue covers: its ISO week, from the first thin week folded into it (`run` records folds)."""
    from .store import Store

    period = parse_week(week)
    folded = Store.from_config(cfg).flag(fold_key(week))
    if folded and parse_week(folded).start < period.start:
        period = Period(parse_week(folded).start, period.end)
    return period


def understand_each(interviews: Sequence[Interview], warnings: list[str], strict: bool = False) -> list:
    """Each interview understood; one the program fails on (a fault of ours, not the file's) is left out with a
    warning naming it, so one odd article never stops the week's issue. With `strict` the failure stops the build."""
    understood = []
    for iv in interviews:
        try:
            understood.append(understand(iv))
        except Exception as exc:  # noqa: BLE001 - any fault in the rules, reported with the file that showed it
            why = f"left out: the program failed reading it ({type(exc).__name__}: {exc})"
            if strict:
                raise ContentError(iv.source, why, hint="please report this file; build without --strict to "
                                                        "send the issue without it") from exc
            warnings.append(f"{iv.source}: {why}; please report this file")
    return understood


def fold_key(week: str) -> str:
    """The state flag naming the first thin week folded into `week`'s issue."""
    return f"folded-into:{week}"


def make_issue(cfg: Config, week: str, strict: bool = False, *, followed: Sequence[str]) -> tuple[Issue, list[str]]:
    """The one plan of a week's issue for every command: its period (folds included), gathered, understood
    and selected.

    `followed` are the shows subscribers follow (the command reads them from the subscriber list): the TV
    schedule is asked for their airings too, even in a week without interviews about them.
    """
    period = issue_period(cfg, week)
    interviews, warnings = gather(cfg, period, strict)
    understood = understand_each(interviews, warnings, strict)
    sent_at = send_time(cfg.schedule.cron, period, cfg.newsletter.timezone)
    shown = [u.show for u in understood if u.show]
    schedule, art, notes, guides = fetch_schedule(cfg, shown + list(followed), sent_at, art_for=shown,
                                                  guides_for=episode_shows(understood))
    issue = assemble_issue(week, period, understood, schedule=tuple(schedule), sent_at=sent_at,
                           name=cfg.newsletter.name, quotes=cfg.quotes, max_interviews=cfg.build.max_interviews,
                           guides=guides)
    if cfg.spoilers.mode == "hold":
        issue = replace(issue, stories=issue.stories + held_last_week(cfg, week))
    note, problem = editors_note(cfg, week, strict)
    in_issue = {(s.understanding.show or "").casefold() for s in issue.stories}
    art = tuple(a for a in art if a.show.casefold() in in_issue)
    return replace(issue, note=note, art=art), warnings + notes + problem + list(issue.warnings)


def held_last_week(cfg: Config, week: str) -> tuple:
    """The stories the last issue sent (in the weeks a story may be carried for) held back from some readers until
    their episode aired (`spoilers.carried_stories`, judged at the moment that issue was rendered for its readers,
    which is not its planned send time when it went early or late). A week skipped or never sent in between
    carries nothing of its own: its readers never had it."""
    from .deliver.ledger import Ledger
    from .spoilers import MAX_CARRIED_WEEKS, carried_stories
    from .weeks import week_of

    ledger = Ledger.from_config(cfg)
    for back in range(1, MAX_CARRIED_WEEKS + 2):
        before = week_of(parse_week(week).start - timedelta(days=7 * back))
        if ledger.has_snapshot(before):
            artefact = load_built(cfg, before)
            return carried_stories(artefact.issue if artefact else None, ledger.snapshot_at(before))
    return ()


def editors_note(cfg: Config, week: str, strict: bool = False) -> tuple[str, list[str]]:
    """The week's note from `[build] notes` and any warning about it; an unusable note is left out.

    A `[build] notes` that names a file, or a folder that is not there (other than the default, which a
    project without notes need not have), is a ConfigError: a mistyped path would drop every note unseen.
    """
    folder = cfg.resolve(cfg.build.notes)
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f'build.notes: "{cfg.build.notes}" ({folder}) is a file, not a folder of notes',
                          hint=f"name the folder that holds {week}.md")
    if not folder.exists() and cfg.build.notes != BuildSection.notes:
        raise ConfigError(f'build.notes: the folder "{cfg.build.notes}" ({folder}) does not exist',
                          hint="create it, or fix the path (relative to the config file)")
    misnamed = [p for p in sorted(folder.glob(f"{week}.*")) if p.suffix != ".md"] if folder.is_dir() else []
    warnings = [f"{p}: not read as the editor's note; name it {note_path(folder, week).name}" for p in misnamed]
    try:
        return read_note(folder, week), warnings
    except ContentError as exc:
        if strict:
            raise
        return "", warnings + [f"{exc} (the issue goes out without it)"]


def episode_shows(understood) -> list[str]:
    """The shows of interviews that name an episode: the spoiler guard asks the TV schedule for their episodes."""
    from .episodes import discussed_episode, reading_text

    return [u.show for u in understood if u.show and discussed_episode(
        reading_text(u.view.text if u.view is not None else u.interview.body), u.interview.date, u.interview.title)]


def fetch_schedule(cfg: Config, shows: list[str], sent_at: datetime, art_for: list[str] = (),
                   guides_for: list[str] = ()):
    """Real episodes from the TV schedule service for the week after the send, the posters of the shows in
    `art_for` and the episode guides of those in `guides_for`; ([], [], notes, {}) when the service is off or
    down."""
    if cfg.airdates.provider != "tvmaze" or not shows:
        return [], [], [], {}
    from .store import Store
    from .tvmaze import TvMaze, episode_guides, schedule_airings, show_art
    from .web import Web

    web = Web(per_host=1)  # the API's terms: one connection
    try:
        client = TvMaze(cfg.airdates.api_url, web, Store.from_config(cfg), cfg.airdates.pins)
        airings, notes = schedule_airings(client, shows, sent_at)
        if notes:  # the service is down: asking again for the pictures would only wait again
            return airings, [], notes, {}
        art, art_notes = show_art(client, list(art_for))
        guides, guide_notes = episode_guides(client, list(guides_for))
        return airings, art, notes + art_notes + guide_notes, guides
    finally:
        web.close()


def build(cfg: Config, week: str | None = None, out: Path | None = None, strict: bool = False,
          issue: Issue | None = None, warnings: list[str] | None = None, followed: Sequence[str] = ()) -> Build:
    """Build one week's issue: issue.html, issue.txt, issue.json and the artefact `send` delivers, under OUT/WEEK/.

    Pass an `issue` already made (and its `warnings`) to write it without gathering again; otherwise it is
    made here, with the `followed` shows' airings looked up too (see `make_issue`).
    """
    week = week or default_week(cfg)
    if issue is None:
        issue, warnings = make_issue(cfg, week, strict, followed=followed)
    warnings = list(issue.warnings) if warnings is None else warnings
    # Rendered from the issue as the artefact keeps it, so a send renders exactly these bytes.
    issue = issue_from_data(json.loads(json.dumps(issue_data(issue))))
    rendered = render_issue(issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    digest = content_hash(issue, rendered)
    out_dir = (out or cfg.resolve(cfg.build.out)) / week
    built_at = datetime.now(UTC).isoformat(timespec="seconds")
    # The archive copy is public: its links lead to pages that ask for an address, not to anyone's token.
    files = {
        "issue.html": public_copy(rendered.html),
        "issue.txt": public_copy(rendered.text),
        "issue.json": json.dumps(issue_json(issue), indent=2, ensure_ascii=False) + "\n",
        ARTEFACT_NAME: artefact_text(Artefact(issue, digest, warnings, built_at)),
    }
    files.update(calendar_files(cfg, issue))
    store = None
    if out is None or out.resolve() == cfg.resolve(cfg.build.out).resolve():  # a trial build elsewhere is not the issue
        if _send_started(cfg, week):
            warnings = [*warnings, f"{week} was sent already: the archive keeps the issue as it went out, and this "
                                   f"build is only in {shown_path(out_dir)}"]
        else:
            store = BuiltIssues.from_config(cfg)
            store.check(week, files)  # before anything is written: a refusal leaves the last build whole
    # The folder and the database change together: each file is renamed into place only once the database
    # has committed, and a failed write or commit leaves both as they were.
    def record() -> None:
        if store is not None:
            store.save(week, digest, built_at, files)

    write_all_atomic({out_dir / name: data for name, data in files.items()}, then=record)
    written = [out_dir / name for name in files]
    return Build(issue, rendered, out_dir, written, warnings, digest)


def calendar_files(cfg: Config, issue: Issue) -> dict[str, bytes]:
    """The .ics file of each timed airing, by its name in the week's folder (`calendar/<slug>.ics`)."""
    domain = cfg.newsletter.from_addr.rsplit("@", 1)[-1]
    now = datetime.now(ZoneInfo("UTC"))
    files = {}
    for air in issue.air_dates:
        data = calendar_links.ics(air, domain, now)
        if data:
            files[f"calendar/{calendar_links.slug(air)}.ics"] = data
    return files


def _send_started(cfg: Config, week: str) -> bool:
    """Whether the week's recipients were recorded: from then on its stored build is the one that went out."""
    from .deliver.ledger import Ledger

    return Ledger.from_config(cfg).has_snapshot(week)


def built_issue(cfg: Config, week: str, strict: bool = False, *, followed: Sequence[str]) -> Artefact:
    """The week's built issue as `send` delivers it; a week never built is built first, exactly as `build` does
    (`followed` as for `make_issue`).

    Refused when the templates, theme or config now render it differently from what was built.
    """
    artefact = load_built(cfg, week)
    if artefact is None:
        result = build(cfg, week, strict=strict, followed=followed)
        return Artefact(result.issue, result.hash, result.warnings)
    rendered = render_issue(artefact.issue, RenderSettings.from_config(cfg), reader_tz=cfg.newsletter.timezone)
    if content_hash(artefact.issue, rendered) != artefact.hash:
        raise DeliveryError(f"the {week} issue built {artefact.built_at or 'earlier'} (kept in the state database) no "
                            "longer renders as it was built (the templates, theme or [newsletter] settings changed "
                            "since): nothing was sent",
                            hint=f"build it again with `newsletter build --week {week}`, look at it, then send")
    return artefact


def public_copy(text: str) -> str:
    """A rendered issue with the per-subscriber token removed from its links."""
    return text.replace(f"?t={TOKEN_PLACEHOLDER}", "")
