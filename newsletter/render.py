"""Render: an Issue to MJML (Jinja2, autoescaped) to HTML, and to plain text from the same data.

Rendering is per variant (a reader's time zone and followed shows), not per
subscriber: per-subscriber fields are left as `TOKEN_PLACEHOLDER`s in links
and filled in by delivery.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
import textwrap
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import jinja2
import mjml

from . import calendar_links, typeset
from .errors import RenderError
from .model import WEEKDAYS, AirDate, Issue, OneOff, Slot, Streaming, When
from .note import note_html, note_text
from .personal import only_my_shows
from .spoilers import Unaired, guard_issue
from .tokens import TOKEN_PLACEHOLDER

BUILTIN_TEMPLATES = Path(__file__).parent / "templates"
# mjml-python silently drops what it does not know; these are the tags it supports.
MJML_TAGS = {"mjml", "mj-head", "mj-body", "mj-title", "mj-preview", "mj-attributes", "mj-all", "mj-class", "mj-style",
             "mj-font", "mj-breakpoint", "mj-raw", "mj-section", "mj-column", "mj-group", "mj-wrapper", "mj-text",
             "mj-image", "mj-button", "mj-divider", "mj-spacer", "mj-table", "mj-social", "mj-social-element",
             "mj-navbar", "mj-navbar-link", "mj-hero", "mj-accordion", "mj-accordion-element",
             "mj-accordion-title", "mj-accordion-text", "mj-carousel", "mj-carousel-image", "mj-include"}
ON_AIR = "On air this week"  # the airings' heading, also their entry in "In this issue"
UNSUPPORTED_TAGS = {"mj-html-attributes", "mj-selector", "mj-html-attribute"}


@dataclass(frozen=True)
class RenderSettings:
    name: str
    base_url: str
    language: str
    postal_address: str
    theme: dict
    templates: Path | None  # editor overrides; built-ins fill the gaps
    spoilers: str = "fold"  # [spoilers] mode

    @classmethod
    def from_config(cls, cfg) -> "RenderSettings":
        n = cfg.newsletter
        return cls(n.name, n.base_url.rstrip("/"), n.language, n.postal_address,
                   dataclasses.asdict(cfg.theme), cfg.resolve(cfg.build.templates), cfg.spoilers.mode)


@dataclass(frozen=True)
class Rendered:
    html: str
    text: str
    mjml: str
    subject: str = ""  # this variant's subject (only my shows, a story held back, change it)


def environment(templates: Path | None, autoescape: bool) -> jinja2.Environment:
    """A Jinja2 environment reading the editor's templates first, then the built-ins.

    Shared across renders (one issue can have hundreds of variants) while the editor's folder
    is unchanged; adding, editing or removing an override gives a fresh one.
    """
    return _environment(templates, autoescape, _listing(templates))


def _listing(folder: Path | None) -> tuple:
    if folder is None or not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()))


@functools.lru_cache(maxsize=16)
def _environment(templates: Path | None, autoescape: bool, _listing: tuple) -> jinja2.Environment:
    loaders = [jinja2.FileSystemLoader(str(templates))] if templates and templates.is_dir() else []
    loaders.append(jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=autoescape,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters["wrap"] = _wrap
    env.filters["cite"] = lambda link: f" · {link['label']} [{link['ref']}]"
    return env


def _wrap(text: str, width: int = 78, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(str(text), width=width, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def links(base_url: str, token: str = TOKEN_PLACEHOLDER, week: str = "") -> dict:
    """Where a reader's unsubscribe, preferences and archive links point, and the week's whole issue online."""
    return {"unsubscribe": f"{base_url}/unsubscribe?t={token}",
            "preferences": f"{base_url}/preferences?t={token}",
            "archive": f"{base_url}/archive/",
            "full_issue": f"{base_url}/archive/{week}/issue.html"}


def context(issue: Issue, settings: RenderSettings, reader_tz: str | None = None,
            shows: tuple[str, ...] = (), token: str = TOKEN_PLACEHOLDER, only: bool = False,
            at: datetime | None = None) -> dict:
    """The plain data every template sees; with `only`, the issue cut to the followed `shows`; stories about an
    episode not aired in the reader's region at `at` (default: the issue's send time) folded or held."""
    only = only and bool(shows)
    if only:
        issue = only_my_shows(issue, shows, settings.name)
    guarded = guard_issue(issue, reader_tz, settings.spoilers, at, settings.name)
    issue = guarded.issue
    followed = {s.casefold() for s in shows}
    stories = sorted(issue.stories, key=lambda s: (bool(followed) and (s.understanding.show or "").casefold()
                                                    not in followed))
    posters = {a.show.casefold(): a for a in issue.art}
    views = [story_view(s, guarded.folded.get(s.interview.source)) | {"anchor": f"story-{n}",
                              "art": art_view(posters.get((s.understanding.show or "").casefold()))}
             for n, s in enumerate(stories, 1)]
    airings = airing_views(issue.air_dates, reader_tz, f"{settings.base_url}/archive/{issue.week}/calendar")
    return {
        "newsletter": {"name": settings.name, "base_url": settings.base_url, "language": settings.language,
                       "postal_address": settings.postal_address},
        "theme": settings.theme,
        "issue": {"week": issue.week, "subject": issue.subject, "preheader": issue.preheader,
                  "period_label": period_label(issue)},
        "note": {"html": note_html(issue.note), "text": note_text(issue.note)} if issue.note else None,
        "stories": views,
        "contents": [{"title": v["title"], "name": v["interviewee"] or v["show"] or v["title"],
                      "anchor": v["anchor"]} for v in views]
                    + ([{"title": ON_AIR, "name": ON_AIR, "anchor": "on-air"}] if airings else []),
        "on_air": ON_AIR,
        "airings": airings,
        "calendar_links": [link for a in airings for link in a["links"]],
        "credit_tvmaze": any(a.source == "tvmaze" for a in issue.air_dates),
        "credit_art": any(v["art"] for v in views),
        "links": links(settings.base_url, token, issue.week),
        "only_mine": {"shows": list(shows)} if only else None,
        "held": [{"name": " on ".join(filter(None, (s.understanding.interviewee, s.understanding.show))) or "An interview",
                  "spoiler": spoiler_notice(s, v)} for s, v in guarded.held],
    }


def spoiler_notice(story, verdict: Unaired) -> str:
    """`Harbor Lights S3E8 (airs Wed, Dec 2 in your region)`: what a folded or held story would spoil, and when."""
    show = story.understanding.show
    label = f"{show} {verdict.label}" if show and not verdict.label.startswith("the ") else verdict.label
    if show and verdict.label.startswith("the "):
        label = f"{verdict.label} of {show}"
    if verdict.airs is None:
        return f"{label} (not aired in your region yet)"
    return f"{label} (airs {verdict.airs:%a, %b} {verdict.airs.day} in your region)"


def story_view(story, unaired: Unaired | None = None) -> dict:
    """A story as templates show it; one folded for spoilers (`unaired`) has a plain title, no pull-quotes and a
    `spoiler` notice, since a headline or a quote can give the episode away as well as the interview."""
    u = story.understanding
    iv = u.interview
    plain = " on ".join(filter(None, [u.interviewee, u.show])) or "Interview"
    title = typeset.plain(plain if unaired else iv.title or plain)
    return {"title": title, "url": iv.url if iv.url and iv.url.startswith("https://") else None,
            "outlet": iv.outlet, "interviewee": u.interviewee, "show": u.show, "date": iv.date.isoformat(),
            "meta": [m for m in (u.interviewee, u.show, iv.outlet) if m and m.casefold() not in title.casefold()],
            "quotes": [] if unaired else quote_views(story.pull_quotes, u.interviewee),
            "spoiler": spoiler_notice(story, unaired) if unaired else None}


def art_view(art) -> dict | None:
    """A show's poster as the story shows it: its address, alt text and the page its credit links to."""
    if art is None:
        return None
    return {"src": art.image, "alt": f"{art.show} poster", "page": art.page}


def quote_views(quotes, interviewee: str | None) -> list[dict]:
    """Pull-quotes with a `credit` only where the reader does not already know the speaker.

    The story's header names its interviewee, and a speaker credited once is not credited again
    under the next quote of theirs.
    """
    named, out = {(interviewee or "").casefold()}, []
    for q in quotes:
        key = (q.speaker or "").casefold()
        out.append({"text": typeset.pull_quote(q.text), "speaker": q.speaker,
                    "credit": q.speaker if key and key not in named else None})
        named.add(key)
    return out


def airing_views(air_dates, reader_tz: str | None, calendar_url: str) -> list[dict]:
    """Each airing as templates show it; its calendar links numbered through the issue (`[1]`, `[2]`), so the
    plain-text part can list the long addresses once, after the airings, and not in the middle of them."""
    views, n = [], 0
    for air in air_dates:
        view = airing_view(air, reader_tz, calendar_url)
        view["links"] = []
        for label, url in (("Add to calendar", view["ics"]), ("Google Calendar", view["google"])):
            if view["ics"] and url:
                n += 1
                view["links"].append({"ref": n, "label": label, "url": url})
        views.append(view)
    return views


def airing_view(air: AirDate, reader_tz: str | None, calendar_url: str = "") -> dict:
    when = when_text(air.when, reader_tz)
    if air.episode:
        when += f" · {air.episode}"
    timed = air.start is not None
    return {"show": air.show, "network": air.network, "kind": air.kind, "when": when,
            "ics": f"{calendar_url}/{calendar_links.slug(air)}.ics" if timed and calendar_url else None,
            "google": calendar_links.google_link(air)}


def when_text(when: When, reader_tz: str | None) -> str:
    """How the email says when: the moment in the reader's zone when there is one, else the day, else what is
    known of it."""
    if when.start and when.tz:
        moment = typeset.airing_time(when.start, when.tz, reader_tz)
        if not isinstance(when, Slot):
            return moment
        return moment + f", and {'every ' + when.weekday if when.weekday else days_text(when.days)} (regular slot)"
    match when:
        case Streaming(day=None, weekly=weekly):
            return f"streaming{' every ' + weekly if weekly else ''}"
        case Streaming(day=day):
            return f"{day:%a, %b} {day.day} (streaming)"
        case OneOff(day=day) if day is not None:
            return f"{day:%a, %b} {day.day}"
    if isinstance(when, Slot) and when.days:
        return days_text(when.days)
    return when.weekday or "date to be announced"


def days_text(days: tuple[str, ...]) -> str:
    """A strip's days as a listing says them: `every day`, `Monday to Friday`, `Saturdays and Sundays`."""
    if len(days) == len(WEEKDAYS):
        return "every day"
    at = [WEEKDAYS.index(d) for d in days]
    for k in range(len(at) if len(at) > 2 else 0):  # a run, perhaps over the weekend: `Sunday to Thursday`
        run = at[k:] + at[:k]
        if all((a + 1) % 7 == b for a, b in zip(run, run[1:])):
            return f"{WEEKDAYS[run[0]]} to {WEEKDAYS[run[-1]]}"
    plural = [d + "s" for d in days]
    return " and ".join([", ".join(plural[:-1]), plural[-1]] if len(plural) > 1 else plural)


def period_label(issue: Issue) -> str:
    a, b = issue.period_start, issue.period_end
    lead = "Weeks" if (b - a).days > 6 else "Week"  # a thin week folded in makes two
    if a.month == b.month:
        return f"{lead} of {a:%B} {a.day}–{b.day}, {b.year}"
    return f"{lead} of {a:%b} {a.day} – {b:%b} {b.day}, {b.year}"


def render_issue(issue: Issue, settings: RenderSettings, reader_tz: str | None = None,
                 shows: tuple[str, ...] = (), only: bool = False, at: datetime | None = None) -> Rendered:
    """HTML and plain text of one variant of the issue (pure: same input, same output).

    A variant is the reader's time zone and followed shows (first in the issue), and `only` for a reader who
    wants nothing but those shows (`personal.only_my_shows`). The spoiler guard judges airings at `at`, by default
    the issue's planned send time (so every rendering of a build, its content hash included, agrees).
    """
    ctx = context(issue, settings, reader_tz, shows, only=only, at=at)
    try:
        source = environment(settings.templates, autoescape=True).get_template("issue.mjml.j2").render(ctx)
        text = environment(settings.templates, autoescape=False).get_template("issue.txt.j2").render(ctx)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"{_where(exc)}template {exc.name} not found",
                          hint=f"put {exc.name} in {settings.templates or 'the templates folder'} or fix the "
                               "name that includes it") from None
    except (jinja2.TemplateError, *_TEMPLATE_FAULTS) as exc:
        raise RenderError(f"{_where(exc)}{getattr(exc, 'message', None) or exc}") from None
    check_mjml(source, settings.templates)
    try:
        html = mjml.mjml2html(source, disable_comments=True)
    except ValueError as exc:
        raise RenderError(f"MJML could not be compiled: {exc}",
                          hint="check the MJML in your templates/ overrides") from None
    return Rendered(html, _tidy_text(text), source, ctx["issue"]["subject"])


# What an expression in a template can raise at render time (`{{ stories + 1 }}`, `{{ x[5] }}`): the
# template's fault, reported with its file and line like any template error.
_TEMPLATE_FAULTS = (TypeError, ValueError, AttributeError, LookupError, ArithmeticError)


def _where(exc: BaseException) -> str:
    """ "FILE, line N: " of a template error; runtime errors carry it only in the traceback Jinja rewrote."""
    filename, lineno = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if not filename:
        for frame, line in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):
                filename, lineno = frame.f_code.co_filename, line  # the innermost template frame wins
    if not filename:
        return ""
    return f"{filename}, line {lineno}: " if lineno else f"{filename}: "


def template_problem(templates: Path | None, names: list[str]) -> str | None:
    """The first template (the editor's, else the packaged one) that does not parse, with its file and line."""
    env = environment(templates, autoescape=True)
    for name in names:
        try:
            env.get_template(name)
        except jinja2.TemplateError as exc:
            return f"{_where(exc)}{getattr(exc, 'message', None) or exc}"
    return None


def _find_tag(tag: str, templates: Path | None) -> str:
    """ "FILE, line N" of the first use of a tag in the editor's templates, else in the built-ins."""
    for folder in filter(None, (templates, BUILTIN_TEMPLATES)):
        for path in sorted(folder.glob("*.j2")) if folder.is_dir() else ():
            for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                if f"<{tag}" in line:
                    return f"{path}, line {n}: "
    return ""


def check_mjml(source: str, templates: Path | None = None) -> None:
    """Fail on tags mjml-python would silently mangle or drop, and on images without alt text."""
    for tag in sorted(set(re.findall(r"<(mj-[a-z-]+)", source))):
        if tag in UNSUPPORTED_TAGS:
            raise RenderError(f"{_find_tag(tag, templates)}<{tag}> is not supported by mjml-python",
                              hint="set attributes with <mj-attributes> or an mj-class instead")
        if tag not in MJML_TAGS:
            close = difflib.get_close_matches(tag, sorted(MJML_TAGS), n=1)
            raise RenderError(f"{_find_tag(tag, templates)}<{tag}> is not an MJML tag mjml-python knows",
                              hint=(f"did you mean <{close[0]}>? " if close else "") + "the tags it knows: "
                              + ", ".join(sorted(MJML_TAGS - {"mjml"})))
    for img in re.findall(r"<mj-image\b[^>]*>", source):
        if "alt=" not in img:
            raise RenderError(f"an <mj-image> has no alt text: {img[:80]}", hint="add alt=\"…\" to every image")


def _tidy_text(text: str) -> str:
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
