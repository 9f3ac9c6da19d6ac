"""The public archive: the issues that were sent, their files without local paths, and an Atom feed of them.

A week built but never sent is not public; `issue.json` is served without the
build's warnings and with each interview's source reduced to its file name. The
files come from the state database (`built_issues.py`), so any machine sharing it
serves the same archive; a sent week built before the database kept builds is
copied there from its folder the first time the archive is listed.
"""

from __future__ import annotations

import json
import logging
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

from .built_issues import BuiltIssues
from .config import Config
from .errors import NewsletterError

# The files of a week that are public; anything else in the build folder (screenshots, previews) is not.
PUBLIC_FILES = re.compile(r"^(issue\.html|issue\.txt|issue\.json|calendar/[A-Za-z0-9._-]+\.ics)$")
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50  # a feed reader wants the recent issues, not every one
log = logging.getLogger("newsletter.archive")
_UNREADABLE: set[str] = set()  # weeks already reported: the archive is listed on every request


def sent_weeks(cfg: Config, ledger, built: BuiltIssues) -> list[tuple[str, datetime]]:
    """(week, when its last message went) of every sent issue whose build is kept, newest first."""
    stored = built.weeks()
    out = cfg.resolve(cfg.build.out)
    # Only weeks with a build can be listed: asking the ledger about those alone keeps a request's cost to a few
    # index lookups, not a pass over every row ever sent.
    folders = {p.name for p in out.iterdir() if (p / "issue.html").is_file()} if out.is_dir() else set()
    return sorted(((week, when) for week, when in ledger.sent_issues(stored | folders).items()
                   if week in stored or _adopted(built, week, out / week)), reverse=True)


def _adopted(built: BuiltIssues, week: str, folder: Path) -> bool:
    """Whether a sent week's folder held a build, now copied into the database. One whose build cannot be read
    stays out of the archive (said once in the log), so the other weeks are still served."""
    try:
        return built.adopt(week, folder, public_only=True)
    except NewsletterError as exc:  # unreadable, or more than the table can keep
        if week not in _UNREADABLE:
            _UNREADABLE.add(week)
            log.warning("%s is left out of the archive: %s", week, exc)
        return False


def public_issue_json(body: bytes) -> str:
    """An issue.json as the public may read it: no warnings, no paths of the machine that built it."""
    data = json.loads(body.decode("utf-8"))
    data.pop("warnings", None)
    for interview in data.get("interviews", []):
        source = interview.get("source") or ""
        if not source.startswith(("https://", "http://")):
            interview["source"] = Path(source).name
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def atom_feed(cfg: Config, weeks: list[tuple[str, datetime]], built: BuiltIssues) -> bytes:
    """An Atom (RFC 4287) feed of the sent issues, newest first."""
    ET.register_namespace("", ATOM_NS)
    base = cfg.newsletter.base_url.rstrip("/")
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _text(feed, "title", cfg.newsletter.name)
    _text(feed, "id", f"{base}/archive/")
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="self", href=f"{base}/archive/feed.xml")
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="alternate", href=f"{base}/archive/")
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _text(author, "name", cfg.newsletter.name)
    _text(feed, "updated", _stamp(weeks[0][1] if weeks else datetime(1970, 1, 1, tzinfo=timezone.utc)))
    for week, when in weeks[:FEED_ENTRIES]:
        issue = json.loads((built.file(week, "issue.json") or b"{}").decode("utf-8"))
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(entry, "title", issue.get("subject") or week)
        _text(entry, "id", f"{base}/archive/{week}/")
        ET.SubElement(entry, f"{{{ATOM_NS}}}link", rel="alternate", type="text/html",
                      href=f"{base}/archive/{week}/issue.html")
        _text(entry, "updated", _stamp(when))
        _text(entry, "summary", issue.get("preheader") or "")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}").text = text


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
