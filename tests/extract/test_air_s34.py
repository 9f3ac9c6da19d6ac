"""Air dates read from their page's context and worldwide slots (stop 34): a guide's note on the zone of its times,
slots written in ways not read before, and the look-alikes that must stay as they are (every show, channel, outlet
and person invented)."""

from datetime import date

import pytest

from newsletter.extract.airdates import find_air_dates, parse_sentence

FRI = date(2026, 12, 4)  # the article's date: a Friday


def _found(body: str, on: date = FRI, outlet: str | None = "The Weekender"):
    return [(a.kind, a.weekday, a.local_time, a.tz, a.day and a.day.isoformat())
            for a in find_air_dates(body, on, outlet=outlet)]


# A guide's note on its times (`All times ACDT (Adelaide)`) puts a national channel's listings on the page's own clock
# where the channel's country has several (Australia's channels keep Sydney's clock elsewhere); a channel of another
# country, a zone the line writes itself and a page with no such note keep theirs.
ADELAIDE_GUIDE = ("# Weekend viewing\n\n"
                  "*All times ACDT (Adelaide). Regional viewers check local guides.*\n\n"
                  "## Saturday\n\n"
                  "**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n\n"
                  "**Kowhai Creek** *(TVNZ 1, 7pm)* Across the Tasman, the vet finally takes a holiday.\n\n"
                  "The netball final is live on Nine from 7.30pm AEDT.\n")


def test_a_guides_note_sets_its_national_channels_clock():
    assert _found(ADELAIDE_GUIDE) == [
        ("one-off", "Saturday", "20:30", "Australia/Adelaide", "2026-12-05"),
        ("one-off", "Saturday", "19:00", "Pacific/Auckland", "2026-12-05"),
        ("one-off", "Saturday", "19:30", "Australia/Sydney", "2026-12-05")]


@pytest.mark.parametrize("note, zone", [
    ("All times are ACST.", "Australia/Adelaide"),
    ("All times shown are AWST.", "Australia/Perth"),
    ("All times listed are Queensland time.", "Australia/Brisbane"),
    ("All times local (AEDT).", "Australia/Sydney"),  # the channel's own clock: as it was
    ("Times are for the Adelaide edition.", "Australia/Sydney"),  # no zone said: the channel's
])
def test_the_notes_zone(note, zone):
    body = f"{note}\n\n**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n"
    assert [z for _, _, _, z, _ in _found(body)] == [zone]


def test_a_note_of_another_countrys_zone_leaves_a_channel_as_it_is():
    body = ("All times Eastern unless noted.\n\n"
            "**Brineport** *(Seven, 8.30pm)* The harbourmaster finds a second key.\n")
    assert [z for _, _, _, z, _ in _found(body)] == ["Australia/Sydney"]


# The note itself, with the clock it gives for viewers elsewhere, is no airing of its own.
def test_the_note_is_no_airing():
    body = ("*Brineport* returns to Seven on Sunday at 7.30pm.\n\n"
            "All times AEDT; Seven's Darwin viewers see it at 6pm local time.\n")
    assert _found(body) == [("one-off", "Sunday", "19:30", "Australia/Sydney", "2026-12-06")]


def _alone(sentence: str, on: date = FRI):
    air = parse_sentence(sentence, on)
    return air and (air.kind, air.weekday, air.local_time, air.tz, air.day and air.day.isoformat())


# A slot line with no verb: the episodes, reruns or repeats, then their weekly day and clock (`Reruns every Saturday
# at 18h.`, `New episodes every Sunday at 7pm until the finale on March 29.`); not a day and clock of something else.
@pytest.mark.parametrize("sentence, want", [
    ("Reruns every Saturday at 18h.", ("recurring", "Saturday", "18:00", "America/New_York", None)),
    ("Repeats every Tuesday at 11.20pm.", ("recurring", "Tuesday", "23:20", "Europe/London", None)),
    ("New episodes every Sunday at 8pm until the finale on March 28.",
     ("recurring", "Sunday", "20:00", "America/New_York", None)),
    ("Fresh episodes Thursdays at 9 p.m. on Corvid.", ("recurring", "Thursday", "21:00", "America/New_York", None)),
])
def test_a_slot_line_with_no_verb(sentence, want):
    assert _alone(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Rehearsals every Saturday at 10am in the church hall.",
    "Reruns of old westerns were my grandfather's whole Saturday.",
    "Lessons every Tuesday at 6pm at the community centre.",
])
def test_a_day_and_clock_of_something_else_is_no_slot(sentence):
    assert _alone(sentence) is None


# `We're back`, `it's back`: the contracted `are back`/`is back` of a show's return, with its date and time.
@pytest.mark.parametrize("sentence, want", [
    ("We're back on Tuesday, December 15, same time, nine o'clock.",
     ("one-off", "Tuesday", "21:00", "America/New_York", "2026-12-15")),
    ("They're back on Thursday, January 7 at 8 p.m. on ABC.",
     ("one-off", "Thursday", "20:00", "America/New_York", "2027-01-07")),
])
def test_a_contracted_return(sentence, want):
    assert _alone(sentence) == want


def test_someone_back_from_somewhere_is_no_airing():
    assert _alone("We're back from the lake on Tuesday, December 15, at nine o'clock.") is None


# `airs Tuesday this week only`: one week's airing on that day, not a weekly slot (`airs Tuesdays` still is).
@pytest.mark.parametrize("sentence, want", [
    ("Note the move: the drama airs Tuesday this week only, at 9 p.m. on CBC.",
     ("one-off", "Tuesday", "21:00", "America/Toronto", "2026-12-08")),
    ("Heads up: the quiz airs Monday at 8 p.m. on NBC for this week only.",
     ("one-off", "Monday", "20:00", "America/New_York", "2026-12-07")),
    ("The drama airs Tuesdays at 9 p.m. on CBC.", ("recurring", "Tuesday", "21:00", "America/Toronto", None)),
])
def test_this_week_only_is_one_airing(sentence, want):
    assert _alone(sentence) == want


def test_a_release_from_a_morning_hour_is_no_slot_line():
    assert _alone("New episodes every Tuesday morning from 7am.") is None


# A numeric front-matter date that reads either way (`04/01/2026`) is read day first where the file's name says so or
# the piece comes from a country that writes the day first; a US piece, and a date only one way can read, as before.
@pytest.mark.parametrize("name, date_value, body, want", [
    ("2026-01-04-kilkenny-weekly-q-and-a.md", "04/01/2026", "She plays a vet.", "2026-01-04"),
    ("kilkenny-weekly-q-and-a.md", "05/02/2026",
     "*Harbour Lane* returns to RTÉ One on Sunday, and the first series is on BBC One NI too.", "2026-02-05"),
    ("kilkenny-weekly-q-and-a.md", "05/02/2026",
     "*Harbour Lane* returns to NBC on Sunday, and the first season is on CBS too.", "2026-05-02"),
    ("kilkenny-weekly-q-and-a.md", "05/02/2026", "She plays a vet.", "2026-05-02"),
    ("kilkenny-weekly-q-and-a.md", "05/22/2026",
     "*Harbour Lane* returns to RTÉ One on Sunday, and the first series is on BBC One NI too.", "2026-05-22"),
])
def test_a_date_that_reads_either_way(tmp_path, name, date_value, body, want):
    from newsletter.sources.folder import read_interview
    path = tmp_path / name
    path.write_text(f"---\ntitle: A vet's life\ndate: {date_value}\n---\n\n{body}\n", encoding="utf-8")
    assert read_interview(path).date.isoformat() == want


# `Halloween week`, `Thanksgiving weekend`: a week named for a holiday is no day of its own (a listing's blurb, a lede).
@pytest.mark.parametrize("sentence, on, want", [
    ("**Ballroom Nights** (BBC One, 6.45pm) It's Halloween week in the ballroom, with the couples in costume.",
     date(2026, 10, 24), ("one-off", "Saturday", "18:45", "Europe/London", "2026-10-24")),
    ("Thanksgiving week is a mess for anybody following a show, so here is what is on.", date(2026, 11, 23), None),
    ("The Halloween special airs on BBC One at 6.45pm.", date(2026, 10, 24),
     ("one-off", "Saturday", "18:45", "Europe/London", "2026-10-31")),
    ("The parade airs Thanksgiving morning at 9 a.m. on NBC.", date(2026, 11, 23),
     ("one-off", "Thursday", "09:00", "America/New_York", "2026-11-26")),
])
def test_a_holidays_week_is_no_day(sentence, on, want):
    assert _alone(sentence, on) == want


# A listings entry (`**Title** (Channel, time) blurb`) is an airing whatever its blurb tells of the show's making.
def test_a_listing_entrys_blurb_is_no_look_alike():
    assert _alone("**Fenmoor** (ITV1, 9pm) The last episode of the farming drama filmed in Norfolk.",
                  date(2026, 10, 24)) == ("one-off", "Saturday", "21:00", "Europe/London", "2026-10-24")


def test_filming_beside_a_clock_is_still_no_airing():
    assert _alone("Fenmoor (filmed in Norfolk) is shown at the festival, 9pm.", date(2026, 10, 24)) is None


# A run's end (`signed off Friday`), a return (`picks up again on December 2`), a show moved to another night and a
# tune-in imperative (`Don't miss…`), with the look-alikes that name none of a show.
@pytest.mark.parametrize("sentence, on, want", [
    ("After nine seasons, Harbour Lane signed off Friday with the whole crew on the pier.", date(2015, 2, 21),
     ("one-off", "Friday", None, None, "2015-02-20")),
    ("*Night Porters* skips a week and picks up again on December 9 in its usual Wednesday slot.", date(2026, 11, 23),
     ("one-off", "Wednesday", None, None, "2026-12-09")),
    ("**Fenmoor** has been moved to Sunday this week because of the football.", date(2026, 10, 24),
     ("one-off", "Sunday", None, None, "2026-10-25")),
    ("Don't miss the wedding week, starting Monday at 7.30pm.", date(2026, 5, 16),
     ("one-off", "Monday", "19:30", "Europe/London", "2026-05-18")),
    ("The meeting has been moved to Sunday this week.", date(2026, 10, 24), None),
    ("She signed off on the budget on Friday.", date(2026, 10, 24), None),
    ("Don't miss the book signing at the library on Saturday at 2pm.", date(2026, 10, 24), None),
])
def test_runs_ends_returns_moves_and_tune_ins(sentence, on, want):
    assert _alone(sentence, on) == want


# A channel's name as it is also commonly written (`Kabel Eins`, `Net 5`) is the same channel on the same clock.
@pytest.mark.parametrize("sentence, want", [
    ("Harbour Lane is broadcast every Saturday at 20.30 on Net 5.",
     ("recurring", "Saturday", "20:30", "Europe/Amsterdam", None)),
    ("Kabel Eins shows the new episodes every Wednesday at 20:15.",
     ("recurring", "Wednesday", "20:15", "Europe/Berlin", None)),
])
def test_a_channel_spelled_otherwise(sentence, want):
    assert _alone(sentence) == want



# A channel whose feed spans Latin America (`Warner Channel`) is on the clock of the article's country there, else of
# Brazil, its biggest market; an article from the US or Asia leaves it there.
def test_a_latin_american_channels_feed():
    body = "Season 3 of *Harbour Lane* premieres on Warner Channel on Monday, December 7, at 22h."
    assert _found(body, outlet=None) == [("one-off", "Monday", "22:00", "America/Sao_Paulo", "2026-12-07")]


@pytest.mark.parametrize("home, zone", [
    ("America/Mexico_City", "America/Mexico_City"), ("America/Chicago", "America/Sao_Paulo"),
    ("Asia/Singapore", "America/Sao_Paulo"), (None, "America/Sao_Paulo")])
def test_a_latin_american_channel_in_its_home(home, zone):
    from newsletter.extract.channels import find_channels, zone_of
    text = "It premieres on Warner Channel at 22h."
    assert zone_of(find_channels(text)[0], text, home) == zone


# After a weekly slot, `The repeat runs the following Sunday at 23:05` is the weekly repeat of each week's episode.
def test_the_repeat_of_a_weekly_slot():
    body = ("Kabel Eins shows the new episodes of *Harbour Lane* every Wednesday at 20:15. "
            "The repeat runs the following Sunday at 23:05.")
    assert _found(body) == [("recurring", "Wednesday", "20:15", "Europe/Berlin", None),
                            ("recurring", "Sunday", "23:05", "Europe/Berlin", None)]


def test_a_one_off_on_the_following_day_stays_one():
    body = ("*Harbour Lane* premieres on BBC One on Saturday, December 5 at 9pm. "
            "The second episode follows the next Sunday at 9pm.")
    assert [k for k, *_ in _found(body)] == ["one-off", "one-off"]


# `Episodes continue nightly until Thursday`, `on their usual weeknight slots`: a nightly or weeknight run said with
# its verb or its slots, no time given (or the first show's); `The talks continue nightly` is none.
@pytest.mark.parametrize("sentence, want", [
    ("Episodes continue nightly until Thursday.", ("recurring", None, None, None, None)),
    ("*Lark Street* and *Mill Row* are on their usual weeknight slots on ITV1 at 7pm and 7.30pm.",
     ("recurring", None, "19:00", "Europe/London", None)),
    ("The talks continue nightly until Thursday.", None),
])
def test_a_nightly_run(sentence, want):
    assert _alone(sentence) == want


# `9 a.m. Eastern (8 Central)`: another zone's hour in brackets is written only of TV, as `9/8c` is.
def test_another_zones_hour_beside_the_clock():
    assert _alone("The Lantern Parade is Thursday at 9 a.m. Eastern (8 Central) on Corvid, as always.",
                  date(2026, 11, 23)) == ("one-off", "Thursday", "09:00", "America/New_York", "2026-11-26")


def test_a_parade_with_no_tv_notation_is_no_airing():
    assert _alone("The town's lantern parade is Thursday at 9 a.m. on Main Street.", date(2026, 11, 23)) is None


# The cast met at a meet-and-greet, or appearing at a named show or venue, is no airing; on a talk show it is.
@pytest.mark.parametrize("sentence, want", [
    ("Catch the cast at a meet-and-greet at Riverside Mall on Saturday, December 12, from 2pm.", None),
    ("The *Harbour Lane* cast will appear at the County Show on Saturday, December 12.", None),
    ("She will appear on *Late Talk* on Saturday at 11pm on NBC.",
     ("one-off", "Saturday", "23:00", "America/New_York", "2026-12-05")),
])
def test_the_cast_in_person(sentence, want):
    assert _alone(sentence) == want


# `premieres at 8 p.m. Central on Sunday… New episodes follow Sundays at 8 p.m.`: the same hour said again, with no
# zone and no channel of its own, is in the zone the airing before wrote; another hour, or its own channel, is not.
@pytest.mark.parametrize("second, zone", [
    ("New episodes follow Sundays at 8 p.m.", "America/Chicago"),
    ("New episodes follow Sundays at 9 p.m.", "America/New_York"),
    ("New episodes follow Sundays at 8 p.m. on KING 5.", "America/Los_Angeles"),
])
def test_the_same_hour_keeps_its_zone(second, zone):
    body = f"*Dry Furrow* premieres at 8 p.m. Central on Sunday, December 6, on NBC. {second}"
    assert _found(body)[1][3] == zone
