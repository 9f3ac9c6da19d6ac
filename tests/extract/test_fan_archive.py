"""Two guests answering the same questions, and the archive a piece comes from."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.archive import archive_star
from newsletter.model import Interview

_ASKED = ["What would you like to see this year?", "Who is the better cook on set?", "What scene scared you most?",
          "Which episode do fans stop you about?", "What did you take home from the set?"]
# Both guests answer every question at length; twice Ines turns to Hollis with a question of her own.
TWO_GUESTS = "Hollis Brandt and Ines Roe answer readers' questions about the new season of Tidewater.\n\n" + "".join(
    f"**{q}**\n\n**Hollis:** {q.split()[1].capitalize()} is easy for me, because the crew on that boat ranks "
    f"everything we do, and they keep the list pinned to the galley wall beside the kettle, week after week.\n\n"
    f"**Ines:** I would say the same thing he did, except that I remember it all differently, and I have the "
    f"photographs from the harbour to prove it, with dates written on the back in pencil.\n\n"
    + ("**Ines:** Do you remember the soup?\n\n**Hollis:** That was a different soup, and it was mine.\n\n"
       if i < 2 else "")
    for i, q in enumerate(_ASKED))


def understood(source: str, body: str = TWO_GUESTS):
    return understand(Interview(source=source, body=body, date=date(2026, 11, 24), title="Tidewater Q&A",
                                outlet="Screen Weekly"))


def test_guests_answering_questions_set_apart_are_both_answerers():
    # Ines asks Hollis two questions in passing; she still answers the magazine's questions as much as he does,
    # so she is not taken for someone who only asks.
    u = understood("/archive/news/2024/tidewater-qa.md")
    speakers = {t.speaker for t in u.turns if t.role in ("interviewee", "other")}
    assert speakers == {"Hollis Brandt", "Ines Roe"}
    assert not any(t.role == "interviewer" and t.speaker == "Ines Roe" for t in u.turns)


def test_two_guests_of_equal_standing_are_a_panel_without_an_archive():
    u = understood("/archive/news/2024/tidewater-qa.md")
    assert u.confidence < 0.5  # not sure which of the two the piece is about, so no pull-quotes are printed


def test_a_fan_archive_named_after_a_guest_makes_her_the_interviewee():
    u = understood("/sites/InesRoe+website/content/news/2024/tidewater-qa.md")
    assert u.interviewee == "Ines Roe"
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Ines Roe"}
    assert {t.speaker for t in u.turns if t.role == "other"} == {"Hollis Brandt"}
    assert u.confidence >= 0.5


def test_the_archive_star_from_folders_and_web_sites():
    people = ["Hollis Brandt", "Ines Roe"]
    assert archive_star("/sites/InesRoe+website/content/news/a.md", people) == "Ines Roe"
    assert archive_star("/home/me/fans-of-ines-roe/2024/a.md", people) == "Ines Roe"
    assert archive_star("https://www.inesroe.net/news/2024/a-chat.html", people) == "Ines Roe"
    # A slug names the piece's guests, not the archive it belongs to.
    assert archive_star("/news/2024/ines-roe-and-hollis-brandt.md", people) is None
    assert archive_star("/sites/hollis-and-ines-roe/a.md", people) == "Ines Roe"  # only one full name there
    assert archive_star("/sites/InesRoe-HollisBrandt/a.md", people) is None  # both: no archive star
    assert archive_star("/sites/alng/a.md", ["Al Ng"]) is None  # too short to tell from a word by chance


def test_an_archive_never_overrides_a_single_interviewee():
    body = ("Ines Roe talks about the new season of Tidewater.\n\n"
            "**Screen Weekly:** What scared you most?\n\n"
            "**Ines Roe:** The night dive. I surfaced with my heart going like a drum.\n\n"
            "**Screen Weekly:** And Hollis Brandt?\n\n"
            "**Ines Roe:** He hates boats, which is funny for a man who plays a captain.\n\n")
    u = understood("/sites/HollisBrandt+fans/news/a.md", body)
    assert u.interviewee == "Ines Roe"
