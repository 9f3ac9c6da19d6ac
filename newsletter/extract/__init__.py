"""Extract: what an interview says, who says it, and when the show is on (pure functions)."""

from __future__ import annotations

from dataclasses import replace

from ..model import AirDate, Interview, Quote, Turn, Understanding
from ..words import counted
from .air_network import with_networks
from .air_show import named_as_show, with_shows
from .airdates import find_air_dates
from .document import TextView, view_of
from .roles import MIN_CONFIDENCE
from .turns import TurnsResult, extract_turns

def understand(interview: Interview) -> Understanding:
    """Turns, quotes, interviewee, show and air dates of one interview."""
    view = view_of(interview.body)
    reading = interview if view.identity else replace(interview, body=view.text)
    result = extract_turns(reading)
    warnings = list(result.warnings)
    air_dates = find_air_dates(reading.body, interview.date, interview.show, warnings, outlet=interview.outlet,
                               title=interview.title, url=interview.url)
    if interview.byline and air_dates:
        air_dates = [a for a in air_dates if not reporters_own_slot(a, interview.byline, reading.body)]
    air_dates, show = shows_and_networks(air_dates, reading, result)
    if not view.identity:
        result.turns = [_mapped(t, view, interview.body) for t in result.turns]
        result.quotes = [_mapped(q, view, interview.body) for q in result.quotes]
        air_dates = [_mapped_air(a, view) for a in air_dates]
    if result.interviewee is None:
        warnings.append("could not tell who is interviewed, so no pull-quotes; add `interviewee:` to the front matter")
    elif result.confidence < MIN_CONFIDENCE:
        warnings.append(f"not sure {result.interviewee} is the one interviewed (confidence {result.confidence:.2f}), "
                        "so no pull-quotes; add `interviewee:` to the front matter to confirm")
    unattributed = sum(q.speaker is None for q in result.quotes)
    if unattributed:
        warnings.append(f"{counted(unattributed, 'quote')} could not be attributed to anyone and are never used as pull-quotes")
    filled = replace(interview, outlet=interview.outlet or result.outlet)
    return Understanding(filled, result.interviewee, show, tuple(result.turns), tuple(result.quotes),
                         tuple(air_dates), tuple(warnings), None if view.identity else view,
                         round(result.confidence, 2))


def shows_and_networks(air_dates: list[AirDate], reading: Interview, result: TurnsResult) -> tuple[list[AirDate], str | None]:
    """The air dates with the show and network each is for, and the article's show (the front matter's, or the
    one the article is about), given the reading text and the turns found in it."""
    sure = result.interviewee if result.confidence >= MIN_CONFIDENCE else None  # a guess may be a show's name
    key = {reading.outlet or result.outlet or '', sure or ''}
    # an unsure guess at the interviewee who speaks no turn, which the body names as a show's (`Pellham's Ember
    # County`, `on Ember County`), is the show the piece is about: no person to keep out of the shows
    guess = result.interviewee or ''
    people = {t.speaker for t in result.turns if t.speaker} | key | \
        (set() if guess and not sure and named_as_show(guess, reading.body) else {guess})
    air_dates, show = with_shows(air_dates, reading.body, reading.title, reading.show, people, key)
    return with_networks(air_dates, reading.body, reading.title, reading.outlet or result.outlet), show


def reporters_own_slot(air: AirDate, byline: str, body: str) -> bool:
    """A paper's closing line about its reporter ("Pat Reyes previews the week's films every Friday on Channel 9's
    noon news."): the writer's own slot, not an airing of the show the article is about."""
    start = air.sentence_start
    return start is not None and body.startswith(byline, start) and not body[air.sentence_end or start:].strip()


def _mapped(span: Turn | Quote, view: TextView, body: str) -> Turn | Quote:
    """A turn or quote found in the reading text, as the exact span of the stored body."""
    start, end = view.to_body(span.start, span.end)
    # Built directly: dataclasses.replace costs several times as much, for every turn of an HTML body
    if isinstance(span, Turn):
        return Turn(span.speaker, span.role, body[start:end], start, end)
    return Quote(span.speaker, body[start:end], start, end)


def _mapped_air(air: AirDate, view: TextView) -> AirDate:
    if air.sentence_start is None or air.sentence_end is None:
        return air
    start, end = view.to_body(air.sentence_start, air.sentence_end)
    return replace(air, sentence_start=start, sentence_end=end)
