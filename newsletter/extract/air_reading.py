"""What airing a sentence's parts state: `Reading` turns a sentence's channel, clock, days and strip (read by
when.py and channels.py) into a one-off, a weekly slot or a streaming release, with the zone its clock is in. Pure
rules for airdates.py, which finds the parts and what earlier sentences said (`AirContext`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import WEEKDAYS, AirDate, OneOff, Slot, Streaming, When
from .air_asides import AIRS_NOW as _AIRS_NOW, ends_the_run, main_clause as _main_clause, moved_out
from .air_clock import british_style, day_after, in_a_region
from .air_evidence import BROADCAST, RELEASED, STREAM_WORD
from .air_lines import into_slot, moved_to, only_clock_and_channel, until
from .air_sequence import CLAUSE_BREAK, same_offset
from .broadcasters import SHARED
from .channels import NEW_YORK, Channel, placed_by_home, platform_zone, zone_of
from .places import SAME_LETTERS, beside_city, named_country, viewers_city, viewers_country
from .show_subject import show_subject
from .strips import strip_days, weekly_nights
from .day_resolve import resolve_dated
from .when import Clock, Day, resolve
from .scan import led_by_first

PAST = led_by_first(r"\b(?:aired|premiered|debuted|broadcast\s+(?:last|on\s+\w+day)|was\s+(?:aired|broadcast|shown|"
                     r"televised|screened|on)|were\s+(?:aired|broadcast|shown)|showed|screened|ran|returned|"
                     r"kicked\s+off|signed\s+off|ended|concluded|"
                     r"went\s+out|began|started|used\s+to|"
                     r"wrapped|last\s+(?:night|week)|yesterday|ago|earlier\s+this\s+(?:week|month)|"
                     r"drew|attracted|averaged|pulled\s+in|(?:was|were)\s+watched)\b", re.I)
# `the finale, which will be aired on Thursday, May 17`: "aired" after "will be" is still to come.
_FUTURE_PASSIVE = re.compile(r"\b(?:will|to|would)\s+be\s+(?:aired|broadcast|shown|screened|televised)\b", re.I)
_FROM_DAY = re.compile(r"\b(?:beginning|starting|from|as\s+of|effective)\s+(?:on\s+|this\s+|next\s+)?"
                       r"(?:\w+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.I)
_OLD_SLOT = re.compile(r"\b(?:used\s+to|(?:back\s+)?in\s+(?:19|20)\d\d\b|no\s+longer|"
                       # `aired on Tuesdays at 21:30 earlier this year`, `last season`: a slot that was
                       r"(?:earlier\s+this|last)\s+(?:year|season|spring|summer|autumn|fall|winter)|"
                       r"until\s+(?:last\s+(?:year|season|month|spring|summer|autumn|fall|winter)|recently|"
                       r"(?:19|20)\d\d)\b|for\s+(?:years|decades|(?:\w+\s+)?(?:years|seasons))\b|"
                       r"(?:originally|initially|previously|formerly|once)\s+(?:\w+\s+)?"
                       r"(?:aired|scheduled|ran|broadcast|slotted|airing)|(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                       r"(?:scheduled|slotted|airing|aired|broadcast|on)\b)", re.I)
_STILL = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:aired|airing|shown|broadcast|run|running)\b", re.I)
_OVER = re.compile(r"\b(?:no\s+longer|used\s+to|until|ended|cancel+ed)\b", re.I)
_AND_NOW = re.compile(r"\b(?:and|but|now)\b|[,;]")  # between a past clause and a present one
# (`this` of a time only: `this post-mortem discusses the episode, which aired Sunday` is past)
_FUTURE = re.compile(r"\b(?:will|ahead\s+of|upcoming|coming|next|this(?=\s+(?:\w+day|week|weekend|evening|morning|"
                     r"afternoon|night|month|season|year|fall|spring|summer|autumn|winter|time)\b)|tune\s+in|set\s+to|"
                     r"due|to\s+air)\b", re.I)
_HABITUAL = re.compile(r"\b(?:airs|is\s+on|broadcasts|runs|(?<!our\s)(?<!the\s)(?<!your\s)screens|goes\s+out|"
                       r"is\s+aired|is\s+broadcast|is\s+shown|"
                       r"time\s*slot|new\s+slot)\b", re.I)
_ONE_OFF_NOUN = re.compile(r"\b(?:finale|premiere|special|episode|movie|film|pilot|part\s+\w+|installment|debut|"
                           r"reunion|event|appearance|interview|debate|repeat(?!s)|rerun(?!s)|(?:live|grand)\s+final|"
                           r"ceremony|awards|concert|gala|game|match|parade|telethon|documentary|live|marathon|"
                           r"(?:this|one)\s+week\s+only)\b", re.I)  # (`airs Tuesday this week only`: that week's)
# `repeats the week's episodes late on Saturday night`: an omnibus of each week's episodes is on that day every week.
_OMNIBUS = re.compile(r"\b(?:the|each|every)\s+week['’]s\s+(?:[\w-]+\s+)?episodes\b", re.I)
LONDON, _GMT = "Europe/London", "Etc/GMT"
_ON_GMT = (LONDON, "Europe/Dublin", "Europe/Lisbon")  # `9pm GMT` of a British channel in summer means its own clock
# Older than two months: more likely a typo in the year or history than news of a past airing (a season that
# premiered five weeks before the article is the run it speaks of).
_LONG_BEFORE = timedelta(days=60)
_LATE_HOURS = ("23", "00", "01", "02")  # a slot this late with no day is a nightly talk show's
# Midnight Pacific, 3 a.m. Eastern: when US streaming services put new episodes up (no channel broadcasts then).
_RELEASE_HOURS = {("03:00", NEW_YORK), ("00:00", "America/Los_Angeles")}
_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:evening|night|day|afternoon|morning)\b", re.I)
_BY_COUNTRY = re.compile(r"\b(?:in|across|viewers|audiences|fans|subscribers|time|version|original|edition|"
                         r"broadcast)\b|\w['’]s\s|\w[*_]{0,3}:\s", re.I)  # a cheap test first
# `In Poland,` or a label `Lithuania:` opening the sentence (a country or not: viewers_country says)
_IN_COUNTRY_FIRST = re.compile(r"[Ii]n\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,|\W{0,4}[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[*_]{0,3}:\s")
LOCAL_LISTINGS = re.compile(r"\b(?:local\s+listings|in\s+(?:most|many|some)\s+markets)\b", re.I)
# (`premieres Saturday at 9:20 p.m. and airs every Saturday and Sunday`: the strip the premiere goes on to)
_THEN = re.compile(r"\b(?:then|thereafter|after\s+(?:that|which)|before\s+(?:settling|moving|going)|"
                   r"and\s+(?:will\s+)?(?:airs?|runs?|continues?|goes\s+out))\b", re.I)
_AFTER_THE_BROADCAST = re.compile(r"(?:\b(?:an?|one|two|three|four|few|\d+)\s+(?:hours?|minutes?|days?)\s+(?:after|before)|"
                                  r"\bafter)\s+(?:(?:its|their|the|each|every)\s+(?:[\w-]+\s+){0,2}?)?"
                                  r"(?:broadcast|airing|transmission|telecast)s?\b"
                                  r"|\bon\s+the\s+day\s+of\s+(?:the\s+|its\s+)?(?:broadcast|transmission)\b|"
                                  r"\b(?:the\s+)?(?:next|following)\s+(?:morning|day)\b", re.I)
# Viewers in Canada, or Newfoundland's time beside the clock (`9 p.m. (9:30 NT)`); not `the Canadian actor`.
_IN_CANADA = re.compile(r"\bin\s+Canada\b|\bCanadian\s+(?:viewers|fans|audiences|time)\b|\bNT\)")
_CANADIAN = {NEW_YORK: "America/Toronto", "America/Los_Angeles": "America/Vancouver", "America/Chicago": "America/Winnipeg",
             "America/Denver": "America/Edmonton"}
# The hour after midnight, which listings give to the evening before (the next hours are the day's own early hours in
# most listings, and sports and news written then name their calendar day).
_AFTER_MIDNIGHT_HOUR = "00:"
# Words that say the clock's day is the calendar day it falls on, not the evening before.
_CALENDAR_NIGHT = re.compile(r"\b(?:morning|early\s+hours|small\s+hours|wee\s+hours|overnight)\b", re.I)
_EVERY = ("every", "each")
# Between a strip and its clock: its channel, the dates that bound it (`every day from December 1 to 24 at 18:50`).
_DATE_WORDS = r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?"
_STRIP_TO_CLOCK = re.compile(r"[\s,]*(?:on\s+(?:[A-Z0-9][\w+.'’-]*\s+){1,3})?(?:(?:from|until|till|to|between)\s+" + _DATE_WORDS
                             + r"(?:\s*(?:to|until|till|and|-|–)\s*" + _DATE_WORDS + r")?[\s,]*)?(?:at|from)?\s*")


@dataclass(frozen=True)
class AirContext:
    """What earlier text of the same article said: a day it named and the channel it last named."""

    day: date | None = None
    channel: Channel | None = None
    # the zone of the article's city (`Houston Chronicle`), for an unplaced `Channel 11`; read only when asked
    home: Callable[[], str | None] | None = None
    streamers: bool = True  # False: the article names no streaming service anywhere
    earlier: Callable[..., Channel | None] | None = None  # the channel, read only when asked, when `channel` is None
    # the zone of the place the article says it comes from (outlet, web address, dateline), for a clock no channel
    # places; and that of the cities its text names, for a local station nothing else places
    place: Callable[[], str | None] | None = None
    cities: Callable[[], str | None] | None = None
    slot: AirDate | None = None  # the airing read just before in the paragraph, when a weekly slot with its time
    day_on: str | None = None  # the channel of the earlier paragraph's airing that `day` comes from
    asked: bool = False  # the paragraph answers a question of when (`When does it start?` `October 5th, on NBC.`)
    untimed: bool = False  # the statement just before is an airing on a day with no time (`The finale is Sunday.`)
    # the zone, among those given, of the country, city or channel the article names nearest before the sentence
    near: Callable[[frozenset[str]], str | None] | None = None
    quiet: bool = False  # the sentence holds no cue and names no streaming service: there is nothing in it to read
    headed: bool = False  # `day` is the one the day heading over the sentence names (`## Tuesday, Sept. 22`)

    def carried(self, broadcast: bool = False, show: str | None = None) -> Channel | None:
        """The channel a sentence that names none is on (`broadcast`: it airs at a time, so on the broadcaster
        named last rather than on a streaming service named after it; `show`: the show the sentence names)."""
        return self.channel or (self.earlier(broadcast, show) if self.earlier else None)


@dataclass
class Reading:
    """One sentence's parts, and the rules that turn them into an airing."""

    clean: str
    article_date: date
    channel: Channel | None
    channels: list[Channel]  # named in this sentence (a channel carried over from before stands elsewhere)
    clock: Clock | None
    days: list[Day]
    strip: re.Match | None
    context: AirContext

    def air_date(self, sentence: str, default_show: str | None, warnings: list[str] | None) -> AirDate | None:
        """The airing the parts state (its show, channel, when, clock and zone), or None for none."""
        streaming = self._streaming()
        when = self._when(streaming, warnings, sentence)
        if when is None:
            return None
        if self.clock and (self.clock.midnight or self._past_midnight()) and not streaming:
            when = day_after(when)
        local_time, tz = self._clock_and_zone()
        if tz in _CANADIAN and _IN_CANADA.search(self.clean):
            tz = _CANADIAN[tz]  # `10pm ET` said for viewers in Canada: Toronto's clock (the same hour, Canada's rules)
        network = self.channel.name if self.channel else None
        show = show_subject(self.clean)
        if show and any(show.endswith(c.name) for c in self.channels):
            show = None  # `Netflix drops all eight episodes`, `Norway's TV 2 airs it`: the channel leads, not a show
        return AirDate(show=show or default_show, network=network,
                       when=replace(when, time=local_time, tz=tz), sentence=sentence)

    def _past_midnight(self) -> bool:
        """`Thursday at 12:35 a.m.`, `Thursdays at 00.35`: a broadcast in the hour after midnight, written with the
        evening's day, as listings keep the late shows in the night they follow (not `early Friday morning`, `in the
        small hours of Friday`, which name the day the clock is on)."""
        return self.clock.hhmm.startswith(_AFTER_MIDNIGHT_HOUR) and not _CALENDAR_NIGHT.search(self.clean)

    def _streaming(self) -> bool:
        if self.channel and self.channel.streaming:
            return True
        if self.channel is None and self.clock and self.clock.zone and \
                (self.clock.hhmm, self.clock.zone) in _RELEASE_HOURS and not BROADCAST.search(self.clean):
            return True  # `starting at 3 a.m. EST Sunday, new episodes of…`: the hour streaming services release at
        if self.channel is None and RELEASED.search(self.clean):
            return True  # `New episodes drop Fridays`: released, not broadcast
        if not STREAM_WORD.search(self.clean):
            return False
        # `airs at 9 and streams next day`, `concludes at 9 on HBO and streams on Max`, `airs Sundays on HBO and
        # streams on Max`: an airing, with a stream
        broadcaster = self.channel is not None and not self.channel.streaming
        return not (self.clock and (BROADCAST.search(self.clean) or broadcaster)
                    or broadcaster and BROADCAST.search(self.clean))

    def _when(self, streaming: bool, warnings, sentence) -> When | None:
        """When the sentence says the show is on (its clock and zone are added after), or None for no airing."""
        past = PAST.search(_main_clause(self.clean)) is not None and _FUTURE_PASSIVE.search(self.clean) is None
        if moved_out(self.clean):
            return None
        dated = [d for d in self.days if d.kind != "weekday"]
        weekdays = [d for d in self.days if d.kind == "weekday"]
        weekly = next((d for d in weekdays[1:] if d.qualifier in _EVERY or d.plural), None)
        if weekly and not (past or streaming or weekdays[0].plural or weekdays[0].qualifier in _EVERY) \
                and _FROM_DAY.search(self.clean):
            return Slot(WEEKDAYS[weekly.weekday])  # `from Sunday 11 October on NPO 1, every Sunday`, `From Sunday, …Sundays`
        if weekdays and self._back_in_slot(weekdays[0]):
            return Slot(WEEKDAYS[weekdays[0].weekday])  # `returns to its Tuesday 8pm slot next week`
        strip_first = self._timed_strip() and weekdays and self.strip.start() < weekdays[0].start
        every = weekdays and (weekdays[0].plural or weekdays[0].qualifier in _EVERY)  # `Sundays`, `every Sunday`
        if every and not past and not strip_first and (
                _FROM_DAY.search(self.clean) or all(d.kind == "relative" for d in dated)
                or self._slot_then_dates(weekdays[0], dated) or ends_the_run(self.clean, dated[0])):
            # `moves to Tuesdays at 8 beginning Oct. 14`: a weekly slot from a day on; `airs Thursdays at 10, and
            # tomorrow…` a slot beside another clause's day; but `returns on Sept. 21 in its new slot, Wednesdays`
            # is that day's airing
            name = WEEKDAYS[weekdays[0].weekday]
            first = self._run_starts(dated) if streaming else None
            if first:  # `streams on Fridays from Jan. 9`: a weekly release, dated by its first (a slot has no date)
                return Streaming(resolve(first, self.article_date, backward=False))
            return Streaming(weekly=name) if streaming else Slot(name)
        if self._timed_strip() and (strip_first or not (weekdays and weekdays[0].plural)):
            # `every day at 2.15pm from Saturday 27 December to Friday 2 January`, `continues weekdays at 11am, with
            # a festive edition on Christmas Eve`: a strip tied to its clock is the airing; dates only bound it
            return None if past and _OLD_SLOT.search(self.clean) else self._strip_slot()
        if dated and streaming and (past and until(self.clean, dated[-1]) or _AFTER_THE_BROADCAST.search(self.clean)
                                    and all(d.kind == "relative" for d in dated)):
            return None  # `was shown on 23 August and is available on mewatch until…`, `streams the next day`: catch-up
        if dated:
            day = self._resolve_dated(dated[0], past, weekdays, warnings, sentence)
            if (dated[0].qualifier == "last" or past and dated[0].year) and day and \
                    day < self.article_date - _LONG_BEFORE:
                # `premiered on August 11, 1997` in a later article: history (`aired on May 15`, no year, is the
                # last May 15, news of a past airing)
                return None
            return Streaming(day) if streaming else OneOff(day)
        if self.strip and weekdays and self._starts_before_strip(weekdays[0]):
            # `starts on Monday, then runs weeknights`: the first airing (the strip's verb says nothing of it)
            return self._weekday_when(weekdays[0], streaming, past, first=True)
        if self.strip and not (weekdays and not self.strip.group(0).lower().startswith(("late", "every", "each"))
                               and weekdays[0].plural):
            return None if past and _OLD_SLOT.search(self.clean) else self._strip_slot()
        return self._weekday_when(weekdays[0], streaming, past) if weekdays else self._undated(streaming)

    def _undated(self, streaming: bool) -> When | None:
        """When a sentence that names no day says the show is on: a release, a slot by its time, that day's airing."""
        headed = self.context.day if self.context.headed and self.clock else None  # a guide's line under its day
        if streaming:  # but not `an hour after its Korean broadcast`, `on the X Player after broadcast`: catch-up
            return None if _AFTER_THE_BROADCAST.search(self.clean) else Streaming(headed)
        if self.clock and self.channel in self.channels and only_clock_and_channel(self.clean, self.clock,
                                                                                   self.channel):
            return OneOff(self._day_before() or self.article_date)  # a TV page's `*11.05pm, Film4*`: that day's
        if self.clock and not _ONE_OFF_NOUN.search(self.clean) and (
                self.clock.hhmm[:2] in _LATE_HOURS or moved_to(self.clean, self.clock)):
            return Slot()  # `moved to 11:35 p.m. on ABC`: a late-night strip; `moves from 10 pm to 9:30 pm`: its slot
        if self.clock and self.channel:
            return OneOff(self._day_before() or self.article_date)  # a listing's time with no day: that day's
        if self.clock and self.context.day and (BROADCAST.search(self.clean) or self.context.untimed or headed):
            return OneOff(self.context.day)  # `Mark your calendars for Sunday, Dec. 6. That's when it airs at 9.`
        if self.clock and self.clock.zone and not self.clock.listing and BROADCAST.search(self.clean):
            return OneOff(self.article_date)  # `In Perth it goes out at 7.30pm AWST`: a zone is written of a broadcast
        return None

    def _back_in_slot(self, wd: Day) -> bool:
        """`returns to its Tuesday 8pm slot`, said in the present in its own clause (not `; … was broadcast on …`)."""
        if not into_slot(self.clean, wd):
            return False
        cut = CLAUSE_BREAK.search(self.clean, wd.end)
        return not PAST.search(self.clean, 0, cut.start() if cut else len(self.clean))

    def _slot_then_dates(self, weekly: Day, dated: list[Day]) -> bool:
        """`continues Thursdays at 9pm on Channel 4, with the final on Thursday, August 27`: a weekly slot with its
        time, and the dates only in a clause after it (another airing: the sentence's is the first)."""
        if not (self.clock and weekly.end <= self.clock.start and dated):
            return False
        cut = CLAUSE_BREAK.search(self.clean, self.clock.end)
        return cut is not None and cut.end() <= dated[0].start and weekly.start < dated[0].start

    def _strip_slot(self) -> Slot:
        """The strip the sentence gives, on its days (`weeknights`: Monday to Friday)."""
        return Slot(days=tuple(WEEKDAYS[i] for i in sorted(strip_days(self.strip))))

    def _run_starts(self, dated: list[Day]) -> Day | None:
        """The date a weekly run starts on (`from Jan. 9`, `starting January 27`), if the sentence gives one."""
        start = _FROM_DAY.search(self.clean)
        return next((d for d in dated if d.kind == "date" and start and start.start() <= d.start < start.end()), None)

    def _day_before(self) -> date | None:
        """The day said before, unless an earlier paragraph said it of an airing on a channel other than the one this
        sentence names (`Season two drops Feb. 9 on Hulu.` then `The drama airs at 9pm on BBC One.`)."""
        day_on, channel = self.context.day_on, self.channel
        other = day_on and channel in self.channels and channel.name != day_on and not _THAT_DAY.search(self.clean)
        return None if other else self.context.day  # (`on Rede Aurora at 21h that evening`: the day said before)

    def _timed_strip(self) -> bool:
        """A strip right beside its clock: `weekdays at 11am`, `every day at 2.15pm`, `at 9 pm every weekday`."""
        if not (self.strip and self.clock):
            return False
        if self.strip.end() <= self.clock.start:
            return bool(_STRIP_TO_CLOCK.fullmatch(self.clean, self.strip.end(), self.clock.start))
        return self.clock.end <= self.strip.start() and _STRIP_TO_CLOCK.fullmatch(self.clean, self.clock.end,
                                                                                   self.strip.start()) is not None

    def _starts_before_strip(self, wd: Day) -> bool:
        """`starts on Monday at 10pm, and then runs Monday to Friday`: a first airing on a day, and the strip it
        goes on to after it (not `weeknights from Monday`, whose day only opens the strip)."""
        return not wd.plural and wd.end <= self.strip.start() and \
            _THEN.search(self.clean, wd.end, self.strip.start()) is not None

    def _resolve_dated(self, first: Day, past: bool, weekdays: list[Day], warnings, sentence) -> date | None:
        day = resolve_dated(first, self.article_date, past, weekdays[0] if weekdays and not weekdays[0].plural else None)
        if warnings is None:
            return day
        if day is None:
            warnings.append(f"impossible date in: {sentence}")
        elif day < self.article_date - _LONG_BEFORE:
            warnings.append(f"{day.isoformat()} is long before the article's date {self.article_date.isoformat()}; "
                            f"kept it, but check: {sentence}")
        elif weekdays and weekdays[0].weekday != day.weekday() and not weekdays[0].plural:
            warnings.append(f"{WEEKDAYS[weekdays[0].weekday]} does not match {day.isoformat()} (a "
                            f"{WEEKDAYS[day.weekday()]}); kept the date in: {sentence}")
        return day

    def _weekday_when(self, wd: Day, streaming: bool, past: bool, first: bool = False) -> When | None:
        name = WEEKDAYS[wd.weekday]
        habitual = not first and bool(_HABITUAL.search(self.clean)) and not _ONE_OFF_NOUN.search(self.clean) \
            and not wd.possessive and wd.qualifier not in ("this", "next", "this coming", "coming", "last", "on", "week on")
        if streaming and (wd.plural or wd.qualifier in ("every", "each")):
            return Streaming(weekly=name)  # `new episodes drop Fridays on Hulu`: a weekly release
        if wd.plural or wd.qualifier in ("every", "each") or (habitual and not streaming) or \
                _OMNIBUS.search(self.clean) and not streaming:
            return None if past and self._slot_is_history() else weekly_nights(self.clean, wd.weekday, wd.end)
        backward = past and not _FUTURE.search(self.clean)
        nearest = wd.possessive and not past and not _FUTURE.search(self.clean) and not _AIRS_NOW.search(self.clean) \
            and self.clock is None  # (`Sunday's big one is the finale at 9pm`: a time is given of an airing to come)
        day = resolve(wd, self.article_date, backward=backward, nearest=nearest)
        return Streaming(day) if streaming else OneOff(day)

    def _slot_is_history(self) -> bool:
        """`was initially scheduled on Fridays`, `It aired every Sunday on NBC`: a weekly slot in a sentence in the
        past tense is history, unless a clause after the past one says where it airs now (`premiered in 2019 and
        airs Sundays at 9`)."""
        old, now = _OLD_SLOT.search(self.clean), _HABITUAL.search(self.clean)
        if _STILL.search(self.clean) and not _OVER.search(self.clean):
            return False  # `has aired Fridays at 8 since 2019`: it still does
        if old:
            return not (now and now.start() > old.end() and _AND_NOW.search(self.clean, old.end(), now.start()))
        return not (now or _FUTURE.search(self.clean) or STREAM_WORD.search(self.clean))

    def _clock_and_zone(self) -> tuple[str | None, str | None]:
        if not self.clock:
            return None, None
        text = self.clean if self.channel in self.channels else ""  # no city or platform beside a carried channel
        channel_zone = zone_of(self.channel, text, self._home()) if self.channel else None
        written = self.clock.zone
        if not (written or self.channel) and LOCAL_LISTINGS.search(self.clean):
            return self.clock.hhmm, None  # `they air weekdays at 4 p.m., but check your local listings`: each market's
        if written and channel_zone and not self.clock.country and _same_clock(written, channel_zone,
                                                                                self.article_date):
            return self.clock.hhmm, channel_zone  # `9 p.m. ET on CTV`: Toronto's clock, same hour
        if written:  # (`8am GMT for viewers in the UK`: the country's own clock, the same hour)
            viewers = viewers_country(self.clean, (0, self.clock.start)) if _BY_COUNTRY.search(self.clean) else None
            return self.clock.hhmm, viewers if viewers and same_offset(written, viewers, self.article_date) else written
        region = in_a_region(self.clean, channel_zone)
        if region:
            return self.clock.hhmm, region  # `In WA it screens at 7pm local time`, of a Sydney channel: Perth's
        city = (viewers_city(self.clean) if _BY_COUNTRY.search(self.clean) else None) or \
            beside_city(self.clean, self.clock.start, self.clock.end)
        if city:
            return self.clock.hhmm, city  # `Viewers in Perth can see it at 8.30pm`, `at 9 p.m. in Chicago`: theirs
        near = (self.clock.start, self.clock.end, *((self.channel.start, self.channel.end)
                                                    if self.channel in self.channels else ()))
        viewers = viewers_country(self.clean, near) if _BY_COUNTRY.search(self.clean) else None
        if viewers and (self.channel is None or self.channel.streaming or channel_zone in (None, NEW_YORK)
                        or _IN_COUNTRY_FIRST.match(self.clean)):  # `In Poland, Canal+ Premium has…`: Poland's feed
            return self.clock.hhmm, viewers  # `on Netflix in the UK at 8am`: a worldwide service, the UK's clock
        if channel_zone:
            return self.clock.hhmm, channel_zone
        country = named_country(self.clean) if self.channel in self.channels else None
        if country:
            return self.clock.hhmm, country  # a channel nobody lists, in the one country the sentence names
        # no channel to place the clock: the place the article comes from, else how the sentence writes its clock
        # and dates (`6.30pm`, `7 January`: British), else a US listing's Eastern
        place = platform_zone(self.clean) or (self.context.place() if self.context.place else None) or self._abroad()
        return self.clock.hhmm, place or (LONDON if british_style(self.clean, self.days) else NEW_YORK)

    def _abroad(self) -> str | None:
        """The zone of the cities the article names, where they are all in one zone outside the Americas and Britain
        (`…three auditions in Nairobi`): a page from that country, whose national channel's clock its times are in.
        (A US page naming Los Angeles still writes a network's times in Eastern, as US listings do; a clock written
        as Britain writes it is London's, one naming London or not.)"""
        cities = self.context.cities() if self.context.cities else None
        return cities if cities and not cities.startswith("America/") and cities != LONDON else None

    def _home(self) -> str | None:
        """The zone the article's place gives a channel that it can place (a local station, `Channel 4`, `AXN`); for a
        local station, failing that, the zone of the cities the article names."""
        if not (self.context.home and self.channel and placed_by_home(self.channel)):
            return None
        home = self.context.home()
        if home is None and self.channel.local and self.context.cities:
            home = self.context.cities()
        shared = SHARED.get(self.channel.name)
        if shared and home not in shared and self.context.near:
            home = self.context.near(shared)  # `TV3` in an article about Ghana's shows
        return home


def _same_clock(written: str, channel_zone: str, day: date) -> bool:
    """Whether a zone written beside a clock is the channel's own clock: the same offset that day, `GMT` said of a
    British or Irish channel (in summer too), or letters the channel's zone writes too (`IST` beside RTÉ One)."""
    return written == _GMT and channel_zone in _ON_GMT or channel_zone in SAME_LETTERS.get(written, ()) or \
        same_offset(written, channel_zone, day)
