"""Each reader's own issue: everyone gets their followed shows first; a reader who chose "only my shows"
gets only the stories and airings of those shows (pure).

The choice is kept with the subscriber (the `shows_mode` attribute, set on the preferences page). In a
week with none of their shows such a reader gets a short note or nothing, as `[delivery] none_of_my_shows`
says.
"""

from __future__ import annotations

from dataclasses import replace

from .assemble import preheader, subject_line
from .model import Issue, ShowsMode, Subscriber

FIRST: ShowsMode = "first"
ONLY: ShowsMode = "only"
MODES: dict[ShowsMode, str] = {FIRST: "My shows first, then everything else", ONLY: "Only my shows"}


def shows_mode(subscriber: Subscriber) -> ShowsMode:
    """The reader's choice; "first" unless they chose "only" and follow at least one show."""
    return ONLY if subscriber.shows_mode == ONLY and subscriber.shows else FIRST


def _follows(shows) -> set[str]:
    return {s.casefold() for s in shows}


def has_my_shows(issue: Issue, shows) -> bool:
    """Whether any story of the issue is about a followed show."""
    followed = _follows(shows)
    return any((s.understanding.show or "").casefold() in followed for s in issue.stories)


def only_my_shows(issue: Issue, shows, name: str) -> Issue:
    """The issue cut to the followed shows' stories and airings, its subject and preheader made from them.

    With none of the shows in it the issue has no stories; the templates then say so in a short note, without
    the editor's note: it introduces stories this reader does not get (with some of their shows it stays, as the
    editor's word on the week).
    """
    followed = _follows(shows)
    stories = tuple(s for s in issue.stories if (s.understanding.show or "").casefold() in followed)
    airings = tuple(a for a in issue.air_dates if (a.show or "").casefold() in followed)
    if not stories:
        return replace(issue, stories=(), air_dates=airings, note="",
                       subject=f"{name}: none of your shows this week",
                       preheader="None of the shows you follow had an interview this week.")
    names = [s.understanding.interviewee for s in stories if s.understanding.interviewee]
    return replace(issue, stories=stories, air_dates=airings, subject=subject_line(name, names),
                   preheader=preheader(name, stories))
