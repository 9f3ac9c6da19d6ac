"""Air-date sentences varied one axis at a time: where the reading holds and where it breaks.

Every sentence here is invented. Each *kind* of air-date sentence (a premiere with day, time and channel, a weekly
slot, a strip, a return, a finale, a streaming release, a past airing, a time given after the day's sentence, and the
look-alikes that state no airing) has one base sentence; each *axis* (the channel, the time's format, the day's
format, the zone, the word order, the verb, the look-alike's verb) swaps one part of it for the other ways real
articles write that part, all else kept. Each sentence carries what an editor would extract, by the conventions of
the annotated sets (../shared/corpus/README.md): a time with no zone is in the zone of the channel's country, a day
with no time has no zone, a one-off's weekday resolves to the next one on or after the article's date (backward in
the past tense), a weekly slot has a weekday and no date, a strip neither.

The score is bench/eval_airdates.py's: kind, weekday, local time, zone and date all match (`none`: nothing read);
the network is counted apart. Usage: python bench/air_variations.py [-v] [KIND ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date

from newsletter.extract.airdates import find_air_dates, parse_sentence

ARTICLE_DATE = date(2026, 3, 4)  # a Wednesday
NY, LONDON = "America/New_York", "Europe/London"
SUNDAY, PAST_SUNDAY = "2026-03-08", "2026-03-01"


@dataclass(frozen=True)
class Want:
    """What an editor extracts: kind, weekday, 24-hour time, IANA zone, ISO date and network (None: not stated)."""

    kind: str
    weekday: str | None = None
    time: str | None = None
    tz: str | None = None
    date: str | None = None
    network: str | None = None


# The channel axis: (name as written, zone of its country's listings), one or two per market.
CHANNELS = [
    ("NBC", NY), ("CBS", NY), ("The CW", NY), ("FX", NY), ("HBO", NY), ("AMC", NY), ("Hallmark Channel", NY),
    ("BBC One", LONDON), ("ITV1", LONDON), ("Channel 4", LONDON), ("Channel 5", LONDON), ("Sky Atlantic", LONDON),
    ("RTÉ One", "Europe/Dublin"), ("Virgin Media One", "Europe/Dublin"),
    ("Seven", "Australia/Sydney"), ("Nine", "Australia/Sydney"), ("SBS", "Australia/Sydney"),
    ("ABC TV", "Australia/Sydney"), ("Network 10", "Australia/Sydney"),
    ("CTV", "America/Toronto"), ("CBC", "America/Toronto"), ("Global", "America/Toronto"),
    ("TVNZ 1", "Pacific/Auckland"), ("Three", "Pacific/Auckland"),
    ("Star Plus", "Asia/Kolkata"), ("Zee TV", "Asia/Kolkata"), ("Colors TV", "Asia/Kolkata"),
    ("SABC 1", "Africa/Johannesburg"), ("Mzansi Magic", "Africa/Johannesburg"), ("e.tv", "Africa/Johannesburg"),
    ("SVT1", "Europe/Stockholm"), ("NRK1", "Europe/Oslo"), ("DR1", "Europe/Copenhagen"), ("Yle TV1", "Europe/Helsinki"),
    ("ZDF", "Europe/Berlin"), ("Das Erste", "Europe/Berlin"), ("France 2", "Europe/Paris"), ("TF1", "Europe/Paris"),
    ("La 1", "Europe/Madrid"), ("Antena 3", "Europe/Madrid"), ("Telefe", "America/Argentina/Buenos_Aires"),
    ("TV Globo", "America/Sao_Paulo"), ("Las Estrellas", "America/Mexico_City"), ("Caracol TV", "America/Bogota"),
    # the smaller markets the held-out sets went to
    ("Citizen TV", "Africa/Nairobi"), ("KTN", "Africa/Nairobi"), ("Africa Magic", "Africa/Lagos"),
    ("NTA", "Africa/Lagos"), ("TV3 Ghana", "Africa/Accra"), ("GMA", "Asia/Manila"), ("ABS-CBN", "Asia/Manila"),
    ("TV3 Malaysia", "Asia/Kuala_Lumpur"), ("Mediacorp Channel 5", "Asia/Singapore"), ("América TV", "America/Lima"),
    ("Mega", "America/Santiago"), ("Azteca Uno", "America/Mexico_City"), ("El Trece", "America/Argentina/Buenos_Aires"),
    ("Skai", "Europe/Athens"), ("Show TV", "Europe/Istanbul"), ("TVP1", "Europe/Warsaw"), ("NPO 1", "Europe/Amsterdam"),
    ("VTM", "Europe/Brussels"), ("RTP1", "Europe/Lisbon"), ("Rai 1", "Europe/Rome"), ("Canale 5", "Europe/Rome"),
    ("NHK General TV", "Asia/Tokyo"), ("tvN", "Asia/Seoul"), ("VTV3", "Asia/Ho_Chi_Minh"), ("Hum TV", "Asia/Karachi"),
    ("Kan 11", "Asia/Jerusalem"), ("MBC 1", "Asia/Dubai"), ("ORF 1", "Europe/Vienna"), ("SRF 1", "Europe/Zurich"),
    ("TV 2 Danmark", "Europe/Copenhagen"), ("TV4", "Europe/Stockholm"), ("S4C", LONDON), ("TG4", "Europe/Dublin"),
    ("7mate", "Australia/Sydney"), ("Sky Witness", LONDON), ("U&Alibi", LONDON), ("5USA", LONDON),
    ("Sony SAB", "Asia/Kolkata"), ("Sun TV", "Asia/Kolkata"), ("kykNET", "Africa/Johannesburg"),
]
STREAMERS = ["Netflix", "Prime Video", "Disney+", "Hulu", "Max", "Apple TV+", "Peacock", "Paramount+", "BBC iPlayer",
             "ITVX", "Channel 4's streaming service", "RTÉ Player", "Stan", "Binge", "Crave", "CBC Gem", "Showmax",
             "Viaplay", "SVT Play", "ARD Mediathek", "JioHotstar", "TVNZ+"]
# The time axis: as written, the 24-hour time, and a channel whose articles write it so (None: the base's).
TIMES = [("9pm", "21:00", None), ("9 p.m.", "21:00", None), ("9 PM", "21:00", None), ("9.00pm", "21:00", None),
         ("9:00 p.m.", "21:00", None), ("9:30pm", "21:30", None), ("8.30pm", "20:30", None),
         ("21:00", "21:00", ("ZDF", "Europe/Berlin")), ("21.00", "21:00", ("SVT1", "Europe/Stockholm")),
         ("20h45", "20:45", ("France 2", "Europe/Paris")), ("22hs", "22:00", ("Telefe", "America/Argentina/Buenos_Aires")),
         ("9/8c", "21:00", ("NBC", NY)), ("10/9c", "22:00", ("NBC", NY)), ("nine", "21:00", None),
         ("9", "21:00", None), ("9 o'clock", "21:00", None)]
# The zone axis: as written after the time, the zone it names.
ZONES = [("", LONDON), (" ET", NY), (" ET/PT", NY), (" Eastern", NY), (" EST", NY), (" GMT", LONDON),
         (" BST", LONDON), (" AEST", "Australia/Sydney"), (" AEDT", "Australia/Sydney"), (" CET", "Europe/Berlin"),
         (" IST", "Asia/Kolkata"), (" (UK time)", LONDON)]
# The day axis for a one-off: as written, the weekday, the date (the article is dated Wednesday 4 March 2026).
DAYS = [("Sunday", "Sunday", SUNDAY), ("on Sunday", "Sunday", SUNDAY), ("this Sunday", "Sunday", SUNDAY),
        ("Sunday night", "Sunday", SUNDAY), ("Sun 8 March", "Sunday", SUNDAY), ("Sunday 8 March", "Sunday", SUNDAY),
        ("Sunday, March 8", "Sunday", SUNDAY), ("March 8", "Sunday", SUNDAY), ("on March 8", "Sunday", SUNDAY),
        ("8 March", "Sunday", SUNDAY), ("on 8th March", "Sunday", SUNDAY), ("on the 8th of March", "Sunday", SUNDAY),
        ("Mar. 8", "Sunday", SUNDAY), ("this coming Sunday", "Sunday", SUNDAY),
        ("tonight", "Wednesday", "2026-03-04"), ("tomorrow night", "Thursday", "2026-03-05"),
        ("tomorrow", "Thursday", "2026-03-05"), ("next Tuesday", "Tuesday", "2026-03-10")]
# The weekly day axis for a slot: as written, the weekday.
WEEKLY = [("Sundays", "Sunday"), ("on Sundays", "Sunday"), ("every Sunday", "Sunday"), ("Sunday nights", "Sunday"),
          ("each Sunday", "Sunday"), ("every Sunday night", "Sunday"), ("on Sunday nights", "Sunday"),
          ("weekly on Sundays", "Sunday")]
STRIPS = ["weeknights", "every weeknight", "Monday to Friday", "Mondays to Fridays", "weekdays", "every weekday",
          "Monday through Friday", "Mon-Fri", "nightly"]
# The zone axis: what follows the time, the zone it names, and the channel and time it is written with.
ZONED = [(" ET", NY, "NBC", "9 p.m."), (" ET/PT", NY, "NBC", "9 p.m."), (" Eastern", NY, "NBC", "9 p.m."),
         (" EST", NY, "HBO", "9 p.m."),
         (" GMT", LONDON, "BBC One", "9pm"), (" BST", LONDON, "BBC One", "9pm"), (" UK time", LONDON, "BBC One", "9pm"),
         (" AEST", "Australia/Sydney", "Nine", "8.30pm"), (" AEDT", "Australia/Sydney", "Nine", "8.30pm"),
         (" CET", "Europe/Berlin", "ZDF", "20:15"), (" IST", "Asia/Kolkata", "Star Plus", "9pm"),
         (" PT", "America/Los_Angeles", "NBC", "9 p.m."), (" CT", "America/Chicago", "NBC", "9 p.m."),
         (" SAST", "Africa/Johannesburg", "SABC 1", "9pm"), (" NZT", "Pacific/Auckland", "TVNZ 1", "9pm")]

SHOW = "*Harrow Fen*"
# The show axis: how titles are marked, and titles that are also days, times, numbers or channels' names.
SHOWS = ["Harrow Fen", '"Harrow Fen"', "<em>Harrow Fen</em>", "<i>Harrow Fen</i>", "**Harrow Fen**", "HARROW FEN",
         "‘Harrow Fen’", "“Harrow Fen”", "*The Sunday Club*", "*Nine Lives*", "*Three Sisters*", "*Global Heat*",
         "*Midnight at Nine*", "*Friday Night Fever*", "*Channel Zero*", "*24 Hours*", "*March Hare*", "*May Day*",
         "*Seven Days*", "*Tonight with Ada Quill*", "*The Ten*", "*Sky High*", "*Prime Suspects*", "*Max Power*",
         "*Ten Pound Poms*", "*Harrow Fen: The Reckoning*", "*Harrow Fen* Season 2", "*Harrow Fen*'s second season",
         "The BBC One drama *Harrow Fen*", "Sunday Night Drama *Harrow Fen*", "*Eight Days a Week*",
         "*The 9pm Club*", "*Channel 4 News*", "*Hulu Nights*"]
# Words before the sentence: the boxes and labels magazines put a tune-in line in.
LEADS = ["WATCH IT: ", "**When to watch:** ", "Catch it: ", "TV pick: ", "Don't miss: ", "Watch: ",
         "**HOW TO WATCH** ", "Tune in: ", "- ", "• ", "> ", "NOTE: ", "Where to watch: ", "Mark your calendars: "]
BASE_CHANNEL = ("BBC One", LONDON)
BASE_TIME = ("9pm", "21:00")


@dataclass(frozen=True)
class Case:
    """One invented sentence (or two, the first giving what the second leaves out), and what it states."""

    kind: str
    axis: str
    text: str
    want: Want
    before: str = ""  # an earlier sentence of the same paragraph, read with it (find_air_dates)


def _timed(kind: str, templates: dict[str, str], verbs: list[str], days: list[tuple[str, str, str | None]],
           verb_key: str, one_off: bool) -> list[Case]:
    """A kind whose base names a show, a day, a time and a channel: each axis varied alone."""
    base_t, base_day = templates["base"], days[0]
    week_kind = "one-off" if one_off else "recurring"

    def case(axis: str, template: str, day=base_day, time=BASE_TIME, channel=BASE_CHANNEL, zone=("", None),
             verb=None, show=SHOW, lead="") -> Case:
        wday, when = day[1], day[2] if one_off else None
        text = lead + template.format(show=show, day=day[0], Day=day[0][:1].upper() + day[0][1:], time=time[0] + zone[0],
                               ch=channel[0], **{verb_key: verb or verbs[0]})
        return Case(kind, axis, text, Want(week_kind, wday, time[1], zone[1] or channel[1], when, channel[0]))
    out = [case("base", base_t)]
    out += [case("channel", base_t, channel=c) for c in CHANNELS if c != BASE_CHANNEL]
    out += [case("time", base_t, time=(t, hm), channel=ch or BASE_CHANNEL) for t, hm, ch in TIMES if t != BASE_TIME[0]]
    out += [case("zone", base_t, time=(t, "21:00" if t != "8.30pm" else "20:30") if t != "20:15" else (t, "20:15"),
                 channel=(ch, z), zone=(zt, z)) for zt, z, ch, t in ZONED]
    out += [case("day", base_t, day=d) for d in days[1:]]
    out += [case("order", t) for name, t in templates.items() if name != "base"]
    out += [case("verb", base_t, verb=v) for v in verbs[1:]]
    out += [case("show", base_t, show=s) for s in SHOWS]
    out += [case("lead", base_t, lead=s) for s in LEADS] if one_off and days[0][2] != PAST_SUNDAY or not one_off else []
    return out


PREMIERE = {
    "base": "{show} {verb} {day} at {time} on {ch}.",
    "channel-first": "{show} {verb} on {ch} {day} at {time}.",
    "time-first": "{show} {verb} at {time} {day} on {ch}.",
    "channel-last-day": "{show} {verb} at {time} on {ch} {day}.",
    "date-first": "{Day} at {time}, {show} {verb} on {ch}.",
    "show-after": "{Day} at {time} on {ch}, the new drama {show} {verb}.",
    "channel-subject": "{ch} {verb} {show} {day} at {time}.",
    "parenthesis": "{show} ({ch}, {day}, {time}) {verb} with a two-part opener.",
    "dash": "{show} {verb} with a feature-length opener — {day} at {time} on {ch}.",
    "after-clause": "The eight-part thriller, which stars Ada Quill, {verb} {day} at {time} on {ch}.",
    "reporting": "The network confirmed that {show} {verb} {day} at {time} on {ch}.",
}
# (`airs Sunday at 9pm`, `is on Sunday`: a weekly slot as often as one night, which the sets annotate as slots)
PREMIERE_VERBS = ["premieres", "will air", "debuts", "will debut", "starts", "begins", "launches", "kicks off",
                  "will premiere", "is set to premiere", "will be broadcast", "will be shown", "arrives", "lands", "bows"]
WEEKLY_TEMPLATES = {
    "base": "{show} {verb} {day} at {time} on {ch}.",
    "channel-first": "{show} {verb} on {ch} {day} at {time}.",
    "time-first": "{show} {verb} at {time} {day} on {ch}.",
    "date-first": "{Day} at {time}, {show} {verb} on {ch}.",
    "channel-subject": "{ch} {verb} {show} {day} at {time}.",
    "parenthesis": "{show} ({ch}, {day}, {time}) is the best thing on television.",
    "dash": "{show} has found its feet in its third season — it {verb} {day} at {time} on {ch}.",
    "new-episodes": "New episodes of {show} {verb} {day} at {time} on {ch}.",
}
WEEKLY_VERBS = ["airs", "is on", "continues", "goes out", "will air", "runs", "broadcasts", "screens", "is shown"]
RETURN = {
    "base": "{show} {verb} for a second season {day} at {time} on {ch}.",
    "channel-first": "{show} {verb} to {ch} for a second season {day} at {time}.",
    "date-first": "{Day} at {time}, {show} {verb} on {ch}.",
    "season-subject": "Season two of {show} {verb} {day} at {time} on {ch}.",
}
RETURN_VERBS = ["returns", "is back", "comes back", "will return", "returns", "is returning"]
FINALE = {
    "base": "The {show} finale {verb} {day} at {time} on {ch}.",
    "final-episode": "The final episode of {show} {verb} {day} at {time} on {ch}.",
    "season-finale": "The season finale {verb} on {ch} {day} at {time}.",
    "date-first": "{Day} at {time}, the {show} finale {verb} on {ch}.",
    "series-ends": "{show} ends its run {day} at {time} on {ch}.",
}
FINALE_VERBS = ["airs", "is on", "will air", "goes out", "is shown", "will be broadcast"]
PAST_DAYS = [("on Sunday", "Sunday", PAST_SUNDAY), ("last Sunday", "Sunday", PAST_SUNDAY),
             ("Sunday", "Sunday", PAST_SUNDAY), ("on Sunday night", "Sunday", PAST_SUNDAY),
             ("last night", "Tuesday", "2026-03-03"), ("on March 1", "Sunday", PAST_SUNDAY),
             ("on 1 March", "Sunday", PAST_SUNDAY)]
PAST = {"base": "{show} {verb} its first episode {day} at {time} on {ch}.",
        "channel-first": "The finale {verb} on {ch} {day} at {time}."}
PAST_VERBS = ["aired", "premiered", "debuted", "screened"]


def _strips() -> list[Case]:
    cases = []
    for strip in STRIPS:
        text = f"{SHOW} airs {strip} at 7pm on ITV1."
        cases.append(Case("strip", "day", text, Want("recurring", None, "19:00", LONDON, None, "ITV1")))
    for verb in ("is on", "continues", "goes out", "runs"):
        cases.append(Case("strip", "verb", f"{SHOW} {verb} weeknights at 7pm on ITV1.",
                          Want("recurring", None, "19:00", LONDON, None, "ITV1")))
    for name, zone in CHANNELS[::3]:
        cases.append(Case("strip", "channel", f"{SHOW} airs weeknights at 7pm on {name}.",
                          Want("recurring", None, "19:00", zone, None, name)))
    cases.append(Case("strip", "order", f"Weeknights at 7pm, {SHOW} is on ITV1.",
                      Want("recurring", None, "19:00", LONDON, None, "ITV1")))
    cases.append(Case("strip", "order", f"{SHOW} airs on ITV1 weeknights at 7pm.",
                      Want("recurring", None, "19:00", LONDON, None, "ITV1")))
    return cases


FRIDAY = ("Friday", "2026-03-06")
STREAM_DAYS = [("on Friday", *FRIDAY), ("Friday", *FRIDAY), ("on Friday, March 6", *FRIDAY), ("on March 6", *FRIDAY),
               ("on 6 March", *FRIDAY), ("this Friday", *FRIDAY), ("on Fri 6 March", *FRIDAY),
               ("tomorrow", "Thursday", "2026-03-05")]
STREAM = {
    "base": "All eight episodes of {show} arrive on {ch} {day}.",
    "service-first": "{ch} releases all eight episodes of {show} {day}.",
    "date-first": "{Day}, all eight episodes of {show} arrive on {ch}.",
    "available": "{show} is available to stream on {ch} from {bare}.",
    "streams": "{show} streams on {ch} from {bare}.",
    "drops": "Season two of {show} drops {day} on {ch}.",
    "hits": "{show} hits {ch} {day}.",
    "premieres": "{show} premieres {day} on {ch}.",
    "whole-series": "The whole series of {show} lands on {ch} {day}.",
}


def _streaming() -> list[Case]:
    def case(axis: str, template: str, ch: str = "Netflix", day=STREAM_DAYS[0]) -> Case:
        bare = day[0].removeprefix("on ")
        text = template.format(show=SHOW, ch=ch, day=day[0], Day=day[0][:1].upper() + day[0][1:], bare=bare)
        return Case("streaming", axis, text, Want("streaming", day[1], None, None, day[2], ch))
    out = [case("base", STREAM["base"])]
    out += [case("channel", STREAM["base"], ch=s) for s in STREAMERS[1:]]
    out += [case("day", STREAM["base"], day=d) for d in STREAM_DAYS[1:]]
    out += [case("order", t) for n, t in STREAM.items() if n != "base"]
    return out


# A time (or a channel) given in the sentence after the one that names the day: (first, second, what the second states)
CONTEXT = [
    ("{show} returns on Sunday 8 March.", "It airs at 9pm on BBC One.",
     Want("one-off", "Sunday", "21:00", LONDON, SUNDAY, "BBC One")),
    ("The {show} finale airs Sunday on ITV1.", "It starts at 9pm.",
     Want("one-off", "Sunday", "21:00", LONDON, SUNDAY, "ITV1")),
    ("The {show} finale airs Sunday on NBC.", "It begins at 9 p.m. ET.",
     Want("one-off", "Sunday", "21:00", NY, SUNDAY, "NBC")),
    ("{show} is back on Seven this Sunday.", "The first episode goes out at 8.30pm.",
     Want("one-off", "Sunday", "20:30", "Australia/Sydney", SUNDAY, "Seven")),
    ("{show} has moved to RTÉ One.", "It airs Sundays at 9.30pm.",
     Want("recurring", "Sunday", "21:30", "Europe/Dublin", None, "RTÉ One")),
    ("{show} has a new home on CBC.", "New episodes air Sundays at 9 p.m.",
     Want("recurring", "Sunday", "21:00", "America/Toronto", None, "CBC")),
    ("{show} premieres on Star Plus on Sunday.", "It will air at 9pm.",
     Want("one-off", "Sunday", "21:00", "Asia/Kolkata", SUNDAY, "Star Plus")),
]

# Look-alikes: a day or a time and often a channel, but no airing. (kind, sentence); the verb varies within a kind.
LOOKALIKES = [
    ("filming", "Filming on {show} begins on Monday in Leeds."),
    ("filming", "{show} starts filming on Monday in Leeds for BBC One."),
    ("filming", "Cameras roll on the second season of {show} on Monday."),
    ("filming", "{show} wraps filming on Friday after five months in Belfast."),
    ("filming", "Shooting on {show} resumes Monday at 7am in Galway."),
    ("filming", "The cast begin rehearsals for {show} on Monday."),
    ("stage", "The stage version of {show} opens at the Lyric Theatre on Sunday at 7.30pm."),
    ("stage", "She is starring in a new play at the Old Vic, which begins previews on Sunday at 7.30pm."),
    ("stage", "The musical runs at the Palace Theatre from Sunday, with shows nightly at 7.30pm."),
    ("live-event", "The cast of {show} will appear at a fan convention in Leeds on Sunday at 2pm."),
    ("live-event", "She signs copies of her memoir at Waterstones Piccadilly on Saturday at 1pm."),
    ("live-event", "A watch party for the {show} finale is at the Crown pub on Sunday at 8pm."),
    ("live-event", "The cast will take part in a Q&A at the BFI Southbank on Sunday at 6pm."),
    ("live-event", "A screening of the first episode is at the Glasgow Film Theatre on Thursday at 7pm."),
    ("film", "The film opens in cinemas on Friday."),
    ("film", "Her new film is in theatres Friday, March 6."),
    ("film", "The movie hits cinemas nationwide on 6 March."),
    ("dvd", "The first series of {show} is out on DVD and Blu-ray on Monday."),
    ("dvd", "The complete box set is released on DVD on 9 March."),
    ("deadline", "Applications to be an extra on {show} close on Sunday at midnight."),
    ("deadline", "Voting for the viewers' award closes at 9pm on Sunday."),
    ("deadline", "Tickets for the premiere go on sale on Friday at 10am."),
    ("old-slot", "{show} used to air on Sundays at 9pm on ITV1."),
    ("old-slot", "For years the show aired Thursdays at 8 p.m. on NBC."),
    ("old-slot", "{show} was moved from its Sunday 9pm slot on ITV1 in 2019."),
    ("old-slot", "When it began in 2004, {show} went out on Saturdays at 7pm on BBC One."),
    ("month-only", "{show} returns to BBC One in the spring."),
    ("month-only", "Season three comes to Netflix later this year."),
    ("month-only", "{show} will premiere on ITV1 in March."),
    ("award", "She attends the BAFTA Television Awards in London on Sunday."),
    ("news", "The actress joined the cast on Monday, the network said."),
    ("news", "NBC renewed {show} for a third season on Friday."),
]


SLOT = Want("recurring", "Sunday", "21:00", LONDON, None, "BBC One")
PREMIERED = Want("one-off", "Sunday", "21:00", LONDON, SUNDAY, "BBC One")
# Harder kinds, one sentence each, from the kinds the held-out sets' first scores missed: (kind, axis, text, want).
# A region of the channel's country that keeps its own clock, opening the sentence after the airing; the day a release
# comes elsewhere `on the same day`; a day of a two-night slot read before.
_CONTEXT_ZONE = (
    ("{show} premieres Sunday at 7.30pm on Nine.", "In WA it screens at 7pm local time.",
         Want("one-off", "Sunday", "19:00", "Australia/Perth", SUNDAY)),
    ("{show} premieres Sunday at 7.30pm on Seven.", "In Queensland, it screens at 7pm.",
         Want("one-off", "Sunday", "19:00", "Australia/Brisbane", SUNDAY)),
    ("{show} premieres Sunday at 9pm on CTV.", "In British Columbia it airs at 9pm local time.",
         Want("one-off", "Sunday", "21:00", "America/Vancouver", SUNDAY)),
    ("All ten episodes of {show} are streaming on Netflix from Friday, March 6.", "It comes to the UK on the same "
         "day.", Want("streaming", "Friday", None, None, "2026-03-06")),
    ("{show} airs Wednesday and Thursday at 20.30 on Channel 3 HD.", "Episode 9 is on next Wednesday.",
         Want("one-off", "Wednesday", "20:30", "Asia/Bangkok", "2026-03-11")))


HARDER = [
    # a premiere, then the weekly slot it settles into: the premiere's night
    *[("premiere-then-slot", "tail", f"{SHOW} premieres on BBC One on Sunday 8 March at 9pm, {tail}.", PREMIERED)
      for tail in ("and then airs every Sunday", "with new episodes weekly", "and continues every Sunday",
                   "followed by new episodes every Sunday", "then weekly on Sundays", "and airs every Sunday after that",
                   "with the rest of the series on Sundays")],
    # a weekly slot from a first date, or until a last one: the slot
    *[("slot-dated", "bound", text.format(show=SHOW), SLOT) for text in (
        "{show} airs Sundays at 9pm on BBC One from 8 March.", "{show} airs Sundays at 9pm on BBC One from March 8.",
        "{show} airs Sundays at 9pm on BBC One, starting March 8.",
        "Beginning Sunday 8 March, {show} airs Sundays at 9pm on BBC One.",
        "From Sunday 8 March, {show} airs every Sunday at 9pm on BBC One.",
        "{show} continues on Sundays at 9pm on BBC One until its finale on 26 April.",
        "{show} airs Sundays at 9pm on BBC One through April 26.",
        "{show} can be seen from Sunday 8 March on BBC One, every Sunday at 9pm.",
        "{show} airs every Sunday at 9pm on BBC One for six weeks from 8 March.")],
    # a weekday strip as other languages and trades write it
    *[("strip-world", "form", text.format(show=SHOW), Want("recurring", None, time, zone, None, ch))
      for text, time, zone, ch in (
        ("{show} airs de lunes a viernes a las 22 h on Telefe.", "22:00", "America/Argentina/Buenos_Aires", "Telefe"),
        ("{show} airs de lunes a jueves a las 22hs on Telefe.", "22:00", "America/Argentina/Buenos_Aires", "Telefe"),
        ("{show} airs Monday to Friday at 22:00 on Telefe.", "22:00", "America/Argentina/Buenos_Aires", "Telefe"),
        ("{show} airs Monday to Saturday at 9pm on Star Plus.", "21:00", "Asia/Kolkata", "Star Plus"),
        ("{show} settles into a Monday-to-Friday strip at 21:00 on Las Estrellas.", "21:00", "America/Mexico_City",
         "Las Estrellas"),
        ("ITV1 is bringing back {show} in a weeknight strip at 7pm.", "19:00", LONDON, "ITV1"),
        ("{show} airs every weeknight at 7pm on ITV1.", "19:00", LONDON, "ITV1"),
        ("{show} is on ITV1 Mondays to Thursdays at 7pm.", "19:00", LONDON, "ITV1"),
        ("{show} airs Monday through Thursday at 7 p.m. on NBC.", "19:00", NY, "NBC"),
        ("{show} airs weekdays at 4 p.m. on CBS.", "16:00", NY, "CBS"),
        ("{show} airs Mon-Fri at 7pm on Mzansi Magic.", "19:00", "Africa/Johannesburg", "Mzansi Magic"),
        ("{show} airs daily at 7pm on Citizen TV.", "19:00", "Africa/Nairobi", "Citizen TV"))],
    # a slot that moves: the new slot
    *[("moved-slot", "form", text.format(show=SHOW), want) for text, want in (
        ("{show} moves from Tuesdays to Sundays at 9pm on BBC One.", SLOT),
        ("{show} moves to Sundays at 9pm on BBC One.", SLOT),
        ("{show} switches to Sundays at 9pm on BBC One from next week.", SLOT),
        ("BBC One is moving {show} to Sundays at 9pm.", SLOT),
        ("{show} moves from its Tuesday slot to Sundays at 9pm on BBC One.", SLOT),
        ("{show} shifts from 8pm to 9pm on Sundays on BBC One.", SLOT))],
    # a broadcast, then where it streams after: the broadcast
    *[("broadcast-then-stream", "tail", f"{SHOW} airs Sundays at 9 p.m. on AMC {tail}.",
       Want("recurring", "Sunday", "21:00", NY, None, "AMC")) for tail in (
        "and streams next day on AMC+", "and streams the next day on AMC+", "and on AMC+ the next day",
        "with episodes on AMC+ a day later", "and is available on AMC+ after broadcast", "and streams on AMC+",
        "and streams on AMC+ the following morning", "and on AMC+ from 3 a.m.")],
    # a zone written in words after the time
    *[("zone-words", "form", text.format(show=SHOW), Want("one-off", "Sunday", time, zone, SUNDAY, ch))
      for text, time, zone, ch in (
        ("{show} premieres on Globo on Sunday at 9pm (Brasília time).", "21:00", "America/Sao_Paulo", "Globo"),
        ("{show} premieres on Globo on Sunday at 21h20 Brasília time.", "21:20", "America/Sao_Paulo", "Globo"),
        ("{show} premieres on Las Estrellas on Sunday at 21:30 (hora del centro).", "21:30", "America/Mexico_City",
         "Las Estrellas"),
        ("{show} premieres on Caracol TV on Sunday at 8 p.m. Colombia time.", "20:00", "America/Bogota", "Caracol TV"),
        ("{show} premieres on NBC on Sunday at 9 p.m. Central.", "21:00", "America/Chicago", "NBC"),
        ("{show} premieres on NBC on Sunday at 9 p.m. Pacific.", "21:00", "America/Los_Angeles", "NBC"),
        ("{show} premieres on Seven on Sunday at 7.30pm AEDT.", "19:30", "Australia/Sydney", "Seven"),
        ("{show} premieres on Star Plus on Sunday at 9pm IST.", "21:00", "Asia/Kolkata", "Star Plus"))],
    # a day or time in a form the simple axes leave out
    *[("day-time-forms", "form", text.format(show=SHOW), want) for text, want in (
        ("{show} premieres Sunday, March 8 from 9-10 p.m. on NBC.", Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("{show} premieres Sunday from 9:00-10:00 PM ET on NBC.", Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("{show} premieres Sunday at 9:00 pm on BBC One.", PREMIERED),
        ("{show} premieres on Sunday, 8 March, at 9pm on BBC One.", PREMIERED),
        ("{show} premieres Sun., March 8 at 9 p.m. on NBC.", Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("{show} premieres 8/3 at 9pm on BBC One.", PREMIERED),
        ("{show} premieres on 08.03.2026 at 21:00 on ZDF.", Want("one-off", "Sunday", "21:00", "Europe/Berlin",
                                                                 SUNDAY)),
        ("{show} premieres on 2026-03-08 at 21:00 on ZDF.", Want("one-off", "Sunday", "21:00", "Europe/Berlin",
                                                                SUNDAY)),
        ("{show} premieres at 9pm on Sunday on BBC One.", PREMIERED),
        ("{show} premieres on Sunday at 9 in the evening on BBC One.", PREMIERED),
        ("{show} premieres Sunday at half past nine on BBC One.", Want("one-off", "Sunday", "21:30", LONDON, SUNDAY)),
        ("{show} premieres on Sunday at 21.00 on BBC One.", PREMIERED),
        ("{show} premieres Sunday night at 9 on BBC One.", PREMIERED))],
    # an episode or the schedule, not the show, as the subject
    *[("episode-subject", "form", text.format(show=SHOW), PREMIERED) for text in (
        'The first episode, "The Crossing," airs Sunday 8 March at 9pm on BBC One.',
        "Episode two will screen on Sunday 8 March at 9pm on BBC One.",
        "The opening double bill is on BBC One on Sunday 8 March from 9pm.",
        "The feature-length opener goes out on Sunday 8 March at 9pm on BBC One.",
        "Its two-part finale starts on Sunday 8 March at 9pm on BBC One.")],
    # an old slot, by the verb that puts it in the past: no airing
    *[("old-slot-verb", "verb", f"{SHOW} {verb} on ITV1 on Sundays at 9pm{tail}.", Want("none")) for verb, tail in (
        ("used to air", ""), ("aired", " for years"), ("previously aired", ""), ("originally aired", ""),
        ("was moved from its slot", " in 2019"), ("ran", " until 2019"), ("aired", " until last year"),
        ("was dropped from its slot", " last year"), ("went out", " back in 2012"), ("was shown", " for a decade"),
        ("once aired", ""), ("had aired", " before the move"), ("formerly aired", ""))],
    # off air or taken out of a night: no airing
    *[("off-air-verb", "verb", f"{SHOW} {verb}.", Want("none")) for verb in (
        "will not air on Sunday because of the football", "is off air on Sunday for the football",
        "takes a break on Sunday for the election coverage", "will not be shown on Sunday",
        "is not on this Sunday", "skips a week on Sunday for the cup final", "won't air this Sunday",
        "is pulled from the schedule on Sunday", "has been dropped from Sunday's schedule",
        "is off air until April")],
    # a slot that moves, by the verb: the new slot
    *[("move-verb", "verb", f"{SHOW} {verb} Sundays at 9pm on BBC One.", SLOT) for verb in (
        "moves to", "is moving to", "will move to", "switches to", "shifts to", "relocates to", "heads to",
        "is being moved to", "moves from Tuesdays to", "returns to its old slot,", "is back in its old slot,")],
    # a weekly slot bounded by a first date, by the form of the bound
    *[("slot-bound", "form", f"{lead}{SHOW} airs Sundays at 9pm on BBC One{tail}.", SLOT) for lead, tail in (
        ("", " from Sunday 8 March"), ("", " from this Sunday"), ("", ", beginning March 8"),
        ("", " starting this Sunday"), ("", " as of 8 March"), ("", " from 8 March until 26 April"),
        ("From 8 March, ", ""), ("Starting this Sunday, ", ""), ("Beginning Sunday, ", ""),
        ("From Sunday 8 March, ", ""), ("As of March 8, ", ""), ("Beginning Sunday 8 March, ", ""),
        ("Starting Sunday, March 8, ", ""))],
    # a streaming release with its hour, by the form of the hour and zone
    *[("stream-hour", "form", f"All eight episodes of {SHOW} drop on {svc} on Friday at {hour}.",
       Want("streaming", "Friday", hm, zone, "2026-03-06")) for svc, hour, hm, zone in (
        ("Netflix", "3am ET", "03:00", NY), ("Netflix", "12 a.m. PT", "00:00", "America/Los_Angeles"),
        ("Netflix", "midnight PT", "00:00", "America/Los_Angeles"), ("BBC iPlayer", "8am GMT", "08:00", LONDON),
        ("Prime Video", "12am PT", "00:00", "America/Los_Angeles"), ("Disney+", "3 a.m. ET", "03:00", NY),
        ("Stan", "12.01am AEDT", "00:01", "Australia/Sydney"), ("BBC iPlayer", "6am", "06:00", LONDON))],
    # a weekly release on a streaming service
    *[("stream-weekly", "form", text.format(show=SHOW), Want("streaming", "Friday", None, None, None)) for text in (
        "New episodes of {show} drop Fridays on Netflix.", "New episodes of {show} arrive every Friday on Hulu.",
        "{show} releases new episodes weekly on Fridays on Apple TV+.",
        "Episodes of {show} land on Prime Video every Friday.", "{show} streams new episodes on Peacock on Fridays.")],
    # the day in one sentence, the time or channel in the next
    *[("context-more", "form", second.format(show=SHOW), want, first.format(show=SHOW))
      for first, second, want in (
        ("{show} returns this Sunday.", "It's on BBC One at 9pm.", PREMIERED),
        ("{show} returns this Sunday.", "Catch it at 9pm on BBC One.", PREMIERED),
        ("The finale of {show} is on Sunday 8 March.", "It goes out at 9pm on BBC One.", PREMIERED),
        ("{show} has a new home on BBC One.", "It airs on Sundays at 9pm.", SLOT),
        ("{show} has a new home on BBC One.", "Watch it Sundays at 9pm.", SLOT),
        ("{show} is moving to BBC One.", "The first episode airs Sunday 8 March at 9pm.", PREMIERED),
        ("Season two of {show} starts on Sunday.", "The double bill begins at 9pm on BBC One.", PREMIERED))],
    # a channel as the subject, by the tense of its verb
    *[("channel-subject", "tense", f"{ch} {verb} {SHOW} {rest}.", want) for ch, verb, rest, want in (
        ("BBC One", "shows", "on Sunday at 9pm", PREMIERED), ("BBC One", "will show", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "is showing", "on Sunday at 9pm", PREMIERED), ("BBC One", "is to show", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "airs", "on Sunday at 9pm", PREMIERED), ("BBC One", "is airing", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "will broadcast", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "is broadcasting", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "premieres", "on Sunday at 9pm", PREMIERED), ("BBC One", "is premiering", "on Sunday at 9pm", PREMIERED),
        ("BBC One", "moves", "to Sundays at 9pm", SLOT), ("BBC One", "will move", "to Sundays at 9pm", SLOT),
        ("BBC One", "is moving", "to Sundays at 9pm", SLOT), ("BBC One", "has moved", "to Sundays at 9pm", SLOT),
        ("BBC One", "shifts", "to Sundays at 9pm", SLOT), ("BBC One", "is shifting", "to Sundays at 9pm", SLOT),
        ("BBC One", "switches", "to Sundays at 9pm", SLOT), ("BBC One", "is switching", "to Sundays at 9pm", SLOT),
        ("BBC One", "brings", "back on Sunday at 9pm", PREMIERED),
        ("BBC One", "is bringing", "back on Sunday at 9pm", PREMIERED))],
    # look-alikes the held-out sets read as airings
    *[("look-alike-hard", "form", text.format(show=SHOW), Want("none")) for text in (
        "{show} no longer airs at 9pm: its old slot went to a quiz show.",
        "{show} will not be shown on Sunday because of the football.",
        "{show}, usually on ITV1 at 7pm on weeknights, is off air until April.",
        "BBC Two used to show {show} on Mondays at 7pm, before the move to Channel 5.",
        "Her podcast about the show drops new episodes every Tuesday at 6 a.m. ET.",
        "The magazine is on newsstands Thursday.",
        "The complete box set goes on sale on 9 March.",
        "{show} has been renewed in syndication through 2028.",
        "The soundtrack album is out on Friday on all platforms.",
        "The cast's live read-through at the King's Theatre on 8 March at 7.30pm has sold out.",
        "Her one-woman show is at the Soho Theatre until 19 March.",
        "Voting for the finalists closes on Sunday at 9pm.",
        "The free trial runs until Sunday at midnight.",
        "The series was shown on 1 March and is available on BBC iPlayer until 30 March.")],
    # a slot line with no verb, led by what airs (`Reruns every Sunday at 9.30pm.`): the slot
    *[("slot-line", "lead", f"{lead} {day} at 9.30pm.", Want("recurring", "Sunday", "21:30", LONDON))
      for lead in ("Reruns", "Repeats", "New episodes", "Episodes", "Fresh episodes")
      for day in ("every Sunday", "Sundays", "on Sundays", "each Sunday")],
    # one week only, or a marathon: that day's airing, not a weekly slot
    *[("one-week", "form", text.format(show=SHOW), PREMIERED) for text in (
        "{show} airs Sunday this week only, at 9pm on BBC One.", "{show} airs Sunday at 9pm on BBC One, this week only.",
        "A {show} marathon runs Sunday from 9pm on BBC One.", "{show} is on Sunday at 9pm on BBC One for one week only.")],
    # a week named for a holiday is no day of its own (`Halloween week`): the airing's own day
    *[("holiday-week", "form", f"{SHOW} premieres Sunday at 9pm on BBC One: it's {week} in the ballroom.", PREMIERED)
      for week in ("Halloween week", "Christmas week", "Thanksgiving weekend", "Valentine's Day week")],
    # a channel as it is also commonly written (with the space before its number, in capitals): its country's clock
    *[("channel-spelling", "form", f"{SHOW} airs Sundays at 20:15 on {ch}.", Want("recurring", "Sunday", "20:15", zone))
      for ch, zone in (("Kabel Eins", "Europe/Berlin"), ("Net 5", "Europe/Amsterdam"), ("RTL4", "Europe/Amsterdam"),
                       ("SBS 6", "Europe/Amsterdam"))],
    # a guide's note on the zone of its times, before an entry on a national channel: the note's clock
    *[("guide-note", "form", f"**Harrow Fen** (Seven, 8.30pm) New.", Want("one-off", "Wednesday", "20:30", zone,
                                                                          "2026-03-04"), note)
      for note, zone in (("All times ACDT.", "Australia/Adelaide"), ("All times are AWST.", "Australia/Perth"),
                         ("All times shown are ACST.", "Australia/Adelaide"), ("All times AEDT.", "Australia/Sydney"),
                         ("All times local.", "Australia/Sydney"))],
    # a channel as the subject of a verb other than `airs`: its airing, in its country's clock
    *[("channel-verb", "verb", f"{ch} {verb} on Sunday at 9pm.", Want("one-off", "Sunday", "21:00", zone, SUNDAY, ch))
      for ch, zone in (("BBC Two", LONDON), ("ITV1", LONDON), ("CTV", "America/Toronto"), ("RTÉ One", "Europe/Dublin"))
      for verb in ("picks it up", f"picks up {SHOW}", "is rerunning the pilot", "reruns the pilot")],
    # a verb or noun of airing: `resume`, `settles into its slot`, `The finale of X is`, `it's repeated`
    *[("airing-words", "form", text.format(show=SHOW), want) for text, want in (
        ("New episodes resume March 8 at 9 p.m. on Corvid.", Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("Episodes resume on Sunday 8 March at 9pm.", Want("one-off", "Sunday", "21:00", LONDON, SUNDAY)),
        ("After that, it settles into its usual Sunday 9 p.m. slot.", Want("recurring", "Sunday", "21:00", NY)),
        ("The finale of {show} is Sunday at nine Eastern, eight Central.", Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("The series finale of Harrow Fen is Sunday night at 9 Eastern, 8 Central, on Corvid.",
         Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("It's repeated on Sunday nights on ITV3.", Want("recurring", "Sunday")))],
    # a schedule line in another language's words and order: its channel's clock
    *[("foreign-line", lang, text, want) for lang, text, want in (
        ("de", "Kabel Eins zeigt die Staffel ab dem 8. März immer sonntags um 21.15 Uhr.",
         Want("recurring", "Sunday", "21:15", "Europe/Berlin")),
        ("de", "ZDF zeigt das Finale am Sonntag, 8. März, um 20.15 Uhr.",
         Want("one-off", "Sunday", "20:15", "Europe/Berlin", SUNDAY)),
        ("nl", "NPO 1 zendt de serie vanaf 8 maart elke zondag om 20.30 uur uit.",
         Want("recurring", "Sunday", "20:30", "Europe/Amsterdam")),
        ("fr", "France 2 diffuse la série tous les dimanches à 21h10.", Want("recurring", "Sunday", "21:10", "Europe/Paris")),
        ("it", "Rai 1 trasmette la serie ogni domenica alle 21.25.", Want("recurring", "Sunday", "21:25", "Europe/Rome")),
        ("es", "La 1 emite la serie todos los domingos a las 22:00.", Want("recurring", "Sunday", "22:00", "Europe/Madrid")))],
    # a service's start on a date where the channel named first owns the strand; a weekday ending a show's name
    *[("owner-or-name", "form", text, want) for text, want in (
        ("The subtitled cut comes to Channel 4's Walter Presents strand on All 4 on Friday, March 6.",
         Want("streaming", "Friday", None, None, "2026-03-06")),
        ("The dubbed cut comes to BBC Two's world drama slot on BBC iPlayer on March 6.",
         Want("streaming", "Friday", None, None, "2026-03-06")),
        ("Pierogi Sundays fans: the farewell episode is still on YouTube.", Want("streaming")),
        ("Taco Tuesdays viewers can find every episode on Netflix now.", Want("streaming")),
        ("The first episode is already streaming free on the Corvid app.", Want("streaming")))],
    # look-alikes: the writer's own return, next-day catch-up written without `the`
    *[("writer-or-catch-up", "form", text.format(show=SHOW), Want("none")) for text in (
        "I'll be back next Sunday with the week's premieres.", "I will be back on Sunday with October's premieres.",
        "{show} also streams next day on BBC iPlayer.", "{show} streams next morning on Hulu.")],
    # what a sentence alone lacks, said in the sentence before it: the clock (`same time`), the moment on another
    # channel (`simultaneously`), the day of `the same night`, the slot settled into; a `9/8c` clock is a broadcast's
    # though a streaming service was named before
    *[("context-before", "form", second.format(show=SHOW), want, first.format(show=SHOW)) for first, second, want in (
        ("The semi-final of {show} airs Sunday 8 March at 9pm on BBC One.", "The final airs Sunday 15 March, same time.",
         Want("one-off", "Sunday", "21:00", LONDON, "2026-03-15")),
        ("The semi-final of {show} airs Sunday 8 March at 9pm on BBC One.", "The finale is 15 March, same time, same "
         "channel.", Want("one-off", "Sunday", "21:00", LONDON, "2026-03-15")),
        ("{show} premieres Sunday at 9 p.m. ET on NBC.", "Canadians get {show} simultaneously on CTV.",
         Want("one-off", "Sunday", "21:00", "America/Toronto", SUNDAY)),
        ("{show} premieres Sunday at 9 p.m. ET on NBC.", "Viewers in Canada can see it simultaneously on Global.",
         Want("one-off", "Sunday", "21:00", "America/Toronto", SUNDAY)),
        ("{show} premieres Sunday at 9 p.m. ET on NBC.", "For the Canadians: it is on Global the same night at 10.",
         Want("one-off", "Sunday", "22:00", "America/Toronto", SUNDAY)),
        ("{show} premieres Wednesday 11 March at 9pm on BBC One.", "After that, it settles into its regular Sunday "
         "9pm slot.", Want("recurring", "Sunday", "21:00", LONDON)),
        ("Season one of {show} is streaming now on Hulu.", "Season two starts Sunday at 9/8c.",
         Want("one-off", "Sunday", "21:00", NY, SUNDAY)),
        ("Season one of {show} is streaming now on Hulu.", "Season two airs Sundays at 9/8c.",
         Want("recurring", "Sunday", "21:00", NY)))],
    *[("context-zone", "form", second.format(show=SHOW), want, first.format(show=SHOW)) for first, second, want in
      _CONTEXT_ZONE],
]

def cases(kinds: list[str] | None = None) -> list[Case]:
    """Every invented sentence, by kind (all kinds when `kinds` is empty)."""
    out = (_timed("premiere", PREMIERE, PREMIERE_VERBS, DAYS, "verb", True)
           + _timed("weekly", WEEKLY_TEMPLATES, WEEKLY_VERBS, [(d, w, None) for d, w in WEEKLY], "verb", False)
           + _timed("return", RETURN, RETURN_VERBS, DAYS[:8], "verb", True)
           + _timed("finale", FINALE, FINALE_VERBS, DAYS[:8], "verb", True)
           + _timed("past", PAST, PAST_VERBS, PAST_DAYS, "verb", True)
           + _strips() + _streaming())
    out += [Case("context", "order", second.format(show=SHOW), want, before=first.format(show=SHOW))
            for first, second, want in CONTEXT]
    out += [Case("look-alike", kind, text.format(show=SHOW), Want("none")) for kind, text in LOOKALIKES]
    out += [Case(*row) for row in HARDER]
    return [c for c in out if not kinds or c.kind in kinds]


def read(case: Case):
    """What the program reads from the case's sentence (in its paragraph, when an earlier sentence comes first)."""
    if not case.before:
        return parse_sentence(case.text, ARTICLE_DATE)
    body = case.before + " " + case.text
    at = len(case.before) + 1
    return next((a for a in find_air_dates(body, ARTICLE_DATE) if a.sentence_end > at), None)


def right(want: Want, got) -> bool:
    """bench/eval_airdates.py's test: nothing read for a look-alike, else kind, weekday, time, zone and date."""
    if want.kind == "none":
        return got is None
    return got is not None and (got.kind, got.weekday, got.local_time, got.tz) == (want.kind, want.weekday, want.time,
                                                                                   want.tz) \
        and (want.date is None or (got.day is not None and got.day.isoformat() == want.date))


def _shown(got) -> str:
    return "nothing" if got is None else \
        f"{got.kind} {got.weekday} {got.local_time} {got.tz} {got.day} on {got.network!r}"


def main() -> None:
    verbose = "-v" in sys.argv
    all_cases = cases([a for a in sys.argv[1:] if not a.startswith("-")])
    by_kind, by_axis, kind_n, axis_n = Counter(), Counter(), Counter(), Counter()
    networks = networks_n = 0
    misses = []
    for case in all_cases:
        got = read(case)
        good = right(case.want, got)
        by_kind[case.kind] += good
        kind_n[case.kind] += 1
        by_axis[case.axis] += good
        axis_n[case.axis] += 1
        if case.want.network and good:
            networks_n += 1
            networks += got.network == case.want.network
        if not good:
            misses.append((case, got))
    total = sum(by_kind.values())
    print(f"all {total}/{len(all_cases)} ({100 * total / len(all_cases):.0f}%); network right on "
          f"{networks}/{networks_n} of the airings read right")
    for label, score, n in (("kind", by_kind, kind_n), ("axis", by_axis, axis_n)):
        print(f"by {label}: " + ", ".join(f"{k} {score[k]}/{n[k]}" for k in sorted(n)))
    if verbose:
        for case, got in misses:
            w = case.want
            print(f"  MISS [{case.kind}/{case.axis}] {(case.before + ' ' if case.before else '') + case.text!r}\n"
                  f"     want {w.kind} {w.weekday} {w.time} {w.tz} {w.date}\n     got  {_shown(got)}")


if __name__ == "__main__":
    main()
