"""Who is interviewed, on kinds the held-out sets of session 33 missed: a show's name that the body says returns on
a day, a headline verb glued to the name (`Goes`), a profile that opens on the name in capitals. Invented text only,
each kind with look-alikes that must stay as they are."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)


def read(body: str, title: str, byline: str | None = "Desk Writer", outlet: str | None = "Glimmer TV"):
    """The understanding of an invented article with this title, on an outlet the piece names."""
    return understand(Interview(source="story.md", body=body, date=DAY, title=title, byline=byline, outlet=outlet))


def said_in(u, *words: str) -> dict[str, tuple[str, str | None]]:
    """The role and speaker of the turn holding each of `words`."""
    return {w: (t.role, t.speaker) for t in u.turns for w in words if w in t.text}


# A show named in the title and the lead, written out more often than its star, and back on a weekday at the end.
RETURNS = """Odile Fairbanks-Nwosu is having a busy winter. The Halifax-born actor returns as ferry captain Greta Holm in the third season of Lumen's {show_b}.

***How cold was the shoot?***

Cold enough that the boat froze to the dock twice. We chipped it free with shovels and kept rolling.

***Did you learn to steer it?***

Badly. The real captain stood behind me for every take and sighed.

***What does Greta want this year?***

A day off, and she will not get one.

{show} returns {when} at 9 p.m. on Lumen.
"""


def test_a_show_that_returns_on_a_day_is_no_interviewee():
    for when in ("Thursday, January 14", "Thursdays", "January 14", "this Thursday"):
        for show, show_b in (("Harbour Line North", "Harbour Line North"),
                             ("<b>Harbour Line North</b>", "<b>Harbour Line North</b>")):
            body = RETURNS.format(show=show, show_b=show_b, when=when)
            if "<b>" in show:
                body = "\n\n".join(f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("***", "")
            u = read(body, "Odile Fairbanks-Nwosu on why Harbour Line North is 'a winter postcard'")
            assert u.interviewee == "Odile Fairbanks-Nwosu", (when, show)
            assert said_in(u, "chipped it free")["chipped it free"] == ("interviewee", "Odile Fairbanks-Nwosu")


# Look-alike: a person who returns on a day is still the person the piece is about.
PERSON_RETURNS = """Benedikt Aalto-Reyes sat down with us before his run of shows.

"I missed the room more than the applause," says Aalto-Reyes. "You can hear a theatre breathe."

Benedikt Aalto-Reyes returns Thursday to the stage of the Corran Playhouse, where he began.

"It is where I learned to be quiet," Aalto-Reyes says.
"""


def test_a_person_who_returns_on_a_day_is_still_the_interviewee():
    u = read(PERSON_RETURNS, "Benedikt Aalto-Reyes: the room breathes")
    assert u.interviewee == "Benedikt Aalto-Reyes"


# A scraped page whose headline runs a verb of motion on from the name, and whose labels give the first name only.
GOES = """<p>Share on Facebook | Share on Twitter</p>

<p>Two years after <i>Lowtide</i> ended, Odile Fairbanks-Nwosu is back as a night-shift vet in <i>Paws After Dark</i>.</p>

<p><b>Glimmer TV:</b> Was it strange to come back?</p>

<p><b>Odile:</b> Very strange. I kept waiting for someone to hand me a wetsuit.</p>

<p><b>Glimmer TV:</b> Do you have pets?</p>

<p><b>Odile:</b> Three cats, and all of them ignore me on principle.</p>
"""


def test_a_headline_verb_after_the_name_is_not_part_of_it():
    for verb in ("Goes", "Heads", "Gets", "Joins", "Steps"):
        u = read(GOES, f"Odile Fairbanks-Nwosu {verb} Back To Nights In &#8216;Paws After Dark&#8217;")
        assert u.interviewee == "Odile Fairbanks-Nwosu", verb
        assert said_in(u, "ignore me")["ignore me"] == ("interviewee", "Odile Fairbanks-Nwosu"), verb


# A warning over the piece set like a label, in bold with its colon inside or after.
WARNED = """{warning} Do not read on if you have not seen Sunday's finale of Harbour Line.{close}

That was some finale. With Greta Holm adrift in the last scene, Glimmer TV rang Odile Fairbanks-Nwosu the next morning.

**Glimmer TV:** Does Greta make it to shore?

**Odile Fairbanks-Nwosu:** I honestly have no idea, and I am not being coy. Nobody has written it yet.

**Glimmer TV:** Would you go back?

**Fairbanks-Nwosu:** In a heartbeat, though I would like a warmer boat.
"""


def test_a_spoiler_warning_is_nobody_speaking():
    for warning, close in (("**SPOILER ALERT**:", ""), ("**SPOILER WARNING:", "**"), ("**Spoiler alert:**", "")):
        u = read(WARNED.format(warning=warning, close=close), "Odile Fairbanks-Nwosu on the finale")
        roles = said_in(u, "Do not read on", "That was some finale", "warmer boat")
        assert roles["Do not read on"][0] == "narration", warning
        assert roles["That was some finale"][0] == "narration", warning
        assert roles["warmer boat"] == ("interviewee", "Odile Fairbanks-Nwosu"), warning


# A box after the last answer: its heading in bold, alone or with a colon; a bold question that opens on one of the
# same words stays a question.
BOXED = """Odile Fairbanks-Nwosu plays ferry captain Greta Holm in *Harbour Line*.

***How cold was the shoot?***

Cold enough that the boat froze to the dock twice.

***{question}***

Badly. The real captain stood behind me for every take and sighed.

{box}

*Harbour Line* is on Lumen on Thursdays at 9 p.m.
"""


def test_a_box_heading_in_bold_is_nobody_speaking():
    for box in ("**WATCH IT**", "**RELATED: Ferry dramas to watch this winter**", "**Tune in:**"):
        u = read(BOXED.format(box=box, question="Did you learn to steer it?"), "Odile Fairbanks-Nwosu on ferries")
        head = box.strip("*").split(":")[0]
        assert said_in(u, head)[head][0] == "narration", box
        assert said_in(u, "sighed")["sighed"] == ("interviewee", "Odile Fairbanks-Nwosu"), box


def test_a_bold_question_opening_on_a_box_word_is_still_asked():
    u = read(BOXED.format(box="", question="Related to that, did you learn to steer it?"),
             "Odile Fairbanks-Nwosu on ferries")
    assert said_in(u, "Related to that")["Related to that"] == ("interviewer", "Desk Writer")


# A talk show's transcript whose note names the hosts; the third host barely asks anything.
HOSTED = """Odile and her co-star came on to plug the winter special. {note}

Bram Keswick: Welcome back! Our next guests run a ferry every Sunday night. Please welcome Odile Fairbanks-Nwosu and Tobiah Lund!

(applause)

Odile Fairbanks-Nwosu: He brought a life jacket. I told him not to bring the life jacket.

Tobiah Lund: It's a prop. It's called character work.

Carys Whitlow: Is it inflatable?

Tobiah Lund: Only on Tuesdays.

Bram Keswick: Odile, is it true you two fight like siblings on set?

Odile Fairbanks-Nwosu: Worse. He hides my gloves, and the glove department now has a full-time job because of him.

Nell Oduya: My husband saw the trailer and wants to know if the boat is real.

Odile Fairbanks-Nwosu: The boat is real. The sea is mostly a tank in Bristol.

Nell Oduya: Smart woman.
"""


def test_hosts_named_in_a_note_all_ask():
    u = read(HOSTED.format(note="Hosts that day were Bram Keswick, Carys Whitlow and Nell Oduya."),
             "The Morning Sofa", outlet=None, byline=None)
    roles = said_in(u, "Smart woman", "Is it inflatable", "full-time job")
    assert roles["Smart woman"] == ("interviewer", "Nell Oduya")
    assert roles["Is it inflatable"] == ("interviewer", "Carys Whitlow")
    assert roles["full-time job"] == ("interviewee", "Odile Fairbanks-Nwosu")


def test_a_guest_named_in_a_note_is_no_host():
    u = read(HOSTED.format(note="It was the show's first week with a live band."),
             "The Morning Sofa", outlet=None, byline=None)
    assert said_in(u, "full-time job")["full-time job"] == ("interviewee", "Odile Fairbanks-Nwosu")
    assert said_in(u, "Only on Tuesdays")["Only on Tuesdays"][0] != "interviewer"

