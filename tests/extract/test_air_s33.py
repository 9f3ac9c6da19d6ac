"""Kinds of airing the newsletter prints with the wrong show or network, found sorting every set's misses in stop
33: each with invented phrasings of the kind and the look-alikes that must stay as they are (every show, channel and
person fictional)."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.air_show import named_show
from newsletter.extract.airdates import find_air_dates
from newsletter.model import Interview

FRI = date(2026, 12, 4)  # the article's date: a Friday


def _printed(body: str, title: str = "Notes from the week", on: date = FRI, outlet: str = "The Ledger"):
    understood = understand(Interview(source="t.md", date=on, title=title, outlet=outlet, body=body))
    return [(a.show, a.network) for a in understood.air_dates]


# A guide exported as a table: each row's show is the cell after its clock (its flags and marks dropped), not a
# title the notes under the table quote.
def test_table_row_names_its_show_after_the_clock():
    body = ("GUIDE EXPORT :: Region: Perth\n"
            "LCN | CHANNEL | DAY | START-END | TITLE | INFO\n"
            "9  | Nine  | Fri 04/12 | 19:30-20:30 | Saltmarsh Vets | New. A goat eats a phone.\n"
            "7  | Seven | Fri 04/12 | 20:30-22:30 | LIVE: Netball: Grand Final | From Perth Arena.\n"
            "2  | ABC TV | Sat 05/12 | 19:30-20:20 | Inspector Quill (Rpt) | Quill returns.\n"
            "NOTE: SBS keeps \"The Paper Harbour\" for 30 days after broadcast.\n")
    shows = [s for s, _ in _printed(body)]
    assert shows[:3] == ["Saltmarsh Vets", "Netball: Grand Final", "Inspector Quill"]


@pytest.mark.parametrize("line, show", [
    ("| Fri 04/12 | 21:00 | Copper Vale | New |", "Copper Vale"),
    ("| Mumbai | Thursday 19 November, 1.30pm IST |", None),  # no cell after the clock: the show is the heading's
    ("| Friday | 9pm | BBC One |", None),  # the cell after the clock is the channel's
])
def test_table_row_cell_after_the_clock(line, show):
    assert named_show(line) == show


# A clause that opens on a date (`From Monday, November 2, the drama airs…`, `Beginning Monday, Nov. 23, *X* reruns
# air…`) gives no show; a show named for a day (`Wednesday Club`, `Sunday Brunch`) keeps its name.
@pytest.mark.parametrize("sentence, show", [
    ("From Monday, November 2, the family drama will air Monday to Friday at 9:30 pm.", None),
    ("Beginning Monday, Nov. 23, *Harbour Road* reruns will air weeknights at 11 p.m. ET.", "Harbour Road"),
    ("The awards will be handed out on Sunday, September 13, and broadcast live on Beacon at 8 p.m. ET.", None),
    ("The thriller debuts on Sunday, December 6th, and airs weekly on Canal Sur at 22:30.", None),
])
def test_a_date_is_no_show(sentence, show):
    assert named_show(sentence) == show


@pytest.mark.parametrize("sentence, show", [
    ("Sunday Brunch returns on Sunday, March 1 at 9am on Channel 4.", "Sunday Brunch"),
    ("Wednesday Club airs Fridays at 8pm on ITV1.", "Wednesday Club"),
    ("Beginning Monday, Nov. 23, *Harbour Road* airs weeknights at 11 p.m. ET.", "Harbour Road"),
])
def test_a_show_named_for_a_day_keeps_its_name(sentence, show):
    assert named_show(sentence) == show


# A broadcaster's own release: the airings it lists with no channel are on the broadcaster that, it says, is announcing
# its schedule; a studio, a person or a network announcing something else lends none.
@pytest.mark.parametrize("lede, network", [
    ("BOSTON, Dec. 1, 2026 — The Harbourlight Channel today announced its winter schedule.", "Harbourlight Channel"),
    ("DENVER — Retrovue TV, the vintage-television network seen in 90 markets, today announced its January lineup.",
     "Retrovue TV"),
    ("Lantern Network has announced its spring premiere dates.", "Lantern Network"),
])
def test_a_broadcasters_release_is_on_the_broadcaster(lede, network):
    body = f"{lede}\n\n*Copper Vale* returns Thursday, Jan. 7 at 8/7c.\n"
    assert _printed(body) == [("Copper Vale", network)]


@pytest.mark.parametrize("lede", [
    "LOS ANGELES — Bluewater Lane Productions today announced its new slate.",
    "Marisa Okwu-Roe today announced her departure from the show.",
    "The Harbourlight Channel today announced a partnership with a streaming service.",
])
def test_no_broadcaster_announcing_its_schedule_lends_none(lede):
    body = f"{lede}\n\n*Copper Vale* returns Thursday, Jan. 7 at 8/7c.\n"
    assert _printed(body) == [("Copper Vale", None)]


# A local station written with its channel number after its call sign (`KWLT 4`) is named whole; a clock after a call
# sign (`KWLT 8 p.m.`, `KWLT 7:30`) is no channel number.
@pytest.mark.parametrize("sentence, network", [
    ("*Copper Vale* signs off tonight at 8 p.m. on KWLT 4.", "KWLT 4"),
    ("*Copper Vale* airs Thursdays at 8 p.m. Mountain on KQBX 6, after the news.", "KQBX 6"),
    ("*Copper Vale* airs Thursday on KWLT 8 p.m. sharp.", "KWLT"),
    ("*Copper Vale* airs Thursday on KWLT 7:30 p.m. sharp.", "KWLT"),
])
def test_a_call_sign_with_its_channel_number(sentence, network):
    air = find_air_dates(sentence, FRI)
    assert air and air[0].network == network


# A title in plain text as the subject of a passive (`will be shown`, `will be broadcast`), past an aside on how it was
# made, or the title a relative clause is of (`in Wrenfield, which airs`); a title whose words another language links
# (`Mto wa Giza`, `Casa di Vetro`).
@pytest.mark.parametrize("sentence, show", [
    ("Fells of the North will be shown on BBC One on Sunday evenings at 8pm.", "Fells of the North"),
    ("Hymns at Dusk, recorded in St Kea's in June, will be broadcast on BBC One on Sunday at 10am.", "Hymns at Dusk"),
    ("Note: Mr Adeyemi-Blythe appears as Dr Rolf Kemp in Saltmere, which airs on ITV1 on Mondays at 7.30pm.",
     "Saltmere"),
    ("Mto wa Giza airs every Monday to Thursday at 8pm on Pwani TV.", "Mto wa Giza"),
    ("Casa di Vetro is on Rai 1 on Sundays at 21:25.", "Casa di Vetro"),
])
def test_a_plain_title_as_the_subject(sentence, show):
    assert named_show(sentence) == show


# Look-alikes: a channel as the subject of an active `air` (`Lumen+ will also air the first episode`), a relative clause
# of a kind of show or of a channel.
@pytest.mark.parametrize("sentence", [
    "Lumen+ will also air the first episode free on its partner channels on Friday at 9pm.",
    "The series, which airs on ITV1 on Mondays at 9pm, is back.",
    "He joined NBC, which airs it on Sundays at 9pm.",
])
def test_no_plain_title_where_the_subject_is_no_show(sentence):
    assert named_show(sentence) is None


# Titles as other languages write them, in sentence case after an article (`*Il commissario del porto*`), a fact
# table's label cell before the sentence, a tune-in line's title before its comma, a press release's title in
# capitals as a sentence's subject.
@pytest.mark.parametrize("sentence, show", [
    ("*Il commissario del porto* returns to Rai 1 on Sunday at 21:25.", "Il commissario del porto"),
    ("Antena 3's film this week is *El último verano*, el domingo a las 22 h.", "El último verano"),
    ("| Broadcast | Saltmere begins on TG4 on Wednesday 4 November at 9.30pm. |", "Saltmere"),
    ("Tune in: Night Nurse, Tuesday at 9.35pm on RTÉ One.", "Night Nurse"),
    ("SALT MARSH premieres Monday, June 22 at 9 PM on Bramblewood.", "SALT MARSH"),
    ("All eight episodes of COPPER SOUND premiere Thursday, October 6 on Vireo+.", "COPPER SOUND"),
])
def test_titles_as_their_pages_write_them(sentence, show):
    assert named_show(sentence) == show


@pytest.mark.parametrize("sentence", [
    "\"La la la, tell me more about it,\" she sang on Sunday at 9pm on Rai 1.",
    "| Los Angeles | Thursday 19 November, 12am PT |",
    "How to watch: the new season, Tuesday at 9.35pm on RTÉ One.",
    "NEW EPISODES THURSDAYS 8/7c",
    "Episodes stream next day on Bramblewood Now.",
])
def test_no_title_where_the_page_writes_none(sentence):
    assert named_show(sentence) is None


# A broadcast's channel nobody lists beats the streamer its sentence names for uploads, and stands after a clock in
# brackets; a release's streamer stays its network.
@pytest.mark.parametrize("sentence, network", [
    ("*Mto wa Giza* airs every Monday to Thursday at 8pm on Pwani TV, and episodes are uploaded to the Pwani TV "
     "YouTube channel the next morning.", "Pwani TV"),
    ("*Salt Marsh* premieres Monday, December 7 (9:00-10:00 PM ET/PT) on Bramblewood.", "Bramblewood"),
    ("*Mto wa Giza* streams every Friday on YouTube.", "YouTube"),
])
def test_a_broadcasts_own_channel(sentence, network):
    assert [n for _, n in _printed(sentence)] == [network]


# A network's own newsroom publishing its calendar: the airings it lists with no channel are on that network, when the
# headline names it too; a news agency or a newsroom the headline does not name lends none.
@pytest.mark.parametrize("outlet, title, network", [
    ("Lumenfall Newsroom", "Lumenfall release calendar: what drops when", "Lumenfall"),
    ("Associated Press", "Associated release calendar: what drops when", None),
    ("Lumenfall Newsroom", "Release calendar: what drops when", None),
])
def test_a_networks_own_newsroom(outlet, title, network):
    body = "## *Copper Vale*, season 2\n\nAll eight episodes drop on Thursday 19 November at 8am GMT.\n"
    assert _printed(body, title=title, outlet=outlet) == [("Copper Vale", network)]


# A listing's channel nobody lists after its clock and a comma (`10/9c, CBN.`, `*X*, 9/8c, Hearth:`) is the airing's,
# and the show's other airings agree on it; a zone, a day or a speaker there is none.
def test_a_listings_channel_after_its_clock():
    body = ("**TUNE IN:** *Copper Vale* returns Friday, Sept. 18, 10/9c, Larkfield.\n\n"
            "The second episode airs Saturday, Sept. 26 at 8/7c.\n")
    assert _printed(body, on=date(2026, 9, 9)) == [("Copper Vale", "Larkfield"), ("Copper Vale", "Larkfield")]


@pytest.mark.parametrize("sentence", [
    "*Copper Vale* returns Friday, Sept. 18 at 9 p.m., Eastern.",
    "*Copper Vale* returns Friday, Sept. 18 at 9 p.m., Monday.",
    "*Copper Vale* returns Friday, Sept. 18 at 9pm, Sarah said.",
])
def test_no_listings_channel_after_a_clock(sentence):
    assert _printed(sentence, on=date(2026, 9, 9)) == [("Copper Vale", None)]


# A sentence placing its airing in another country than the channel named before is not on that channel (it keeps
# its own country's clock); one placing it in the channel's own country still is.
@pytest.mark.parametrize("second, want", [
    ("In Uruguay the novela can be seen from Tuesday, October 20, at 23 h.", (None, "America/Montevideo")),
    ("In Argentina the novela is repeated on Saturday, October 24, at 15 h.",
     ("El Trece", "America/Argentina/Buenos_Aires")),
])
def test_an_airing_abroad_is_not_on_the_channel_before(second, want):
    body = f"*Las Primas* premieres Monday, October 19, at 22.45 on El Trece. {second}"
    air = find_air_dates(body, date(2026, 10, 10))
    assert (air[-1].network, air[-1].tz) == want
