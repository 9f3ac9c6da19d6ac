"""The JSON other tools read: `issue.json` and `inspect --json` (documented in README)."""

from __future__ import annotations

from .model import AirDate, Issue, PullQuote, Spoiler, Understanding
from .pull_quotes import Selection


def air_date_json(a: AirDate) -> dict:
    return {"show": a.show, "network": a.network, "kind": a.kind,
            "start": a.start.isoformat() if a.start else None,
            "date": a.day.isoformat() if a.day else None,
            "weekday": a.weekday, "local_time": a.local_time, "tz": a.tz,
            "sentence": a.sentence, "source": a.source, "episode": a.episode}


def pull_quote_json(q: PullQuote) -> dict:
    return {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end, "score": q.score}


def episode_json(sp: Spoiler | None) -> dict | None:
    """The episode an interview discusses and its airings by region (the spoiler guard's input), or None."""
    if sp is None:
        return None
    return {"label": sp.label, "evidence": sp.evidence, "later_in": list(sp.later_in),
            "airings": [{"region": a.region, "start": a.start.isoformat() if a.start else None,
                         "date": a.day.isoformat() if a.day else None, "network": a.network, "source": a.source}
                        for a in sp.airings]}


def interview_json(u: Understanding, picks: tuple[PullQuote, ...], episode: Spoiler | None = None) -> dict:
    iv = u.interview
    return {"title": iv.title, "date": iv.date.isoformat(), "source": iv.source, "url": iv.url,
            "outlet": iv.outlet, "interviewee": u.interviewee, "show": u.show,
            "pull_quotes": [pull_quote_json(q) for q in picks], "episode": episode_json(episode)}


def issue_json(issue: Issue) -> dict:
    """What `build` writes to issue.json."""
    return {"week": issue.week,
            "period": {"start": issue.period_start.isoformat(), "end": issue.period_end.isoformat()},
            "subject": issue.subject, "preheader": issue.preheader, "note": issue.note,
            "interviews": [interview_json(s.understanding, s.pull_quotes, s.spoiler) for s in issue.stories],
            "air_dates": [air_date_json(a) for a in issue.air_dates],
            "show_art": [{"show": a.show, "image": a.image, "page": a.page} for a in issue.art],
            "warnings": list(issue.warnings)}


def inspect_json(u: Understanding, sel: Selection) -> dict:
    """What `inspect --json` prints: the issue.json fields of one interview plus turns, quotes and candidates."""
    from .spoilers import spoiler_for

    out = interview_json(u, sel.picks, spoiler_for(u))
    for item, pick in zip(out["pull_quotes"], sel.picks):
        item["rule"] = pick.rule
        item["reasons"] = list(pick.reasons)
    out["turns"] = [{"speaker": t.speaker, "role": t.role, "text": t.text, "start": t.start, "end": t.end}
                    for t in u.turns]
    out["quotes"] = [{"speaker": q.speaker, "text": q.text, "start": q.start, "end": q.end} for q in u.quotes]
    out["candidates"] = [{"text": c.text, "start": c.start, "end": c.end, "score": c.score,
                          "reasons": list(c.reasons), "excluded": c.excluded} for c in sel.candidates]
    out["air_dates"] = [air_date_json(a) for a in u.air_dates]
    out["warnings"] = list(u.warnings) + [w for w in sel.warnings if w not in u.warnings]
    out["interviewee_confidence"] = u.confidence
    return out
