"""Kinds of text met in session 28, each with invented articles and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.sources.article_page import extract_page

from ..test_pull_quotes import understood
from .test_layouts import iv

_FILLER = "<p>The cast of Tidewater Lane gathered in a draughty church hall to read the new season aloud.</p>" * 3


def page(byline: str) -> str:
    return (f"<html><head><title>Tidewater Lane returns</title></head><body><article><h1>Tidewater Lane returns</h1>"
            f"{byline}{_FILLER}<p><b>Was the read-through long?</b></p><p>Four hours, and the tea ran out.</p>"
            f"</article></body></html>")


@pytest.mark.parametrize("byline, writer", [
    ('<p class="byline">By Odile Fenwick-Amadi | January 28, 2026</p>', "Odile Fenwick-Amadi"),
    ('<p class="byline">By Odile Fenwick-Amadi and Ruaridh Osei, Staff Writers</p>',
     "Odile Fenwick-Amadi and Ruaridh Osei"),
    ('<p class="byline">Odile Fenwick-Amadi · Updated 3 hours ago</p>', "Odile Fenwick-Amadi"),
    # look-alikes: names that hold a month or a weekday are names
    ('<p class="byline">By June Akintola-Ward</p>', "June Akintola-Ward"),
    ('<p class="byline">By Mary May Castellanos</p>', "Mary May Castellanos"),
])
def test_a_web_pages_byline_names_its_writers_not_the_date_or_job_beside_them(byline, writer):
    assert extract_page(page(byline)).author == writer


# A craft profile that quotes its subject, a colleague once by name, and lets her later quotes stand alone.
PROFILE = ("Tamsin Oduya-Brandt has built every set of *Saltmarsh* from a barn outside Norwich. The production "
           "designer, 52, showed us round on a grey morning, her dog at her heels.\n\n"
           "“People think sets are about walls,” Oduya-Brandt says. “They are about where the light gets in.”\n\n"
           "Her scenic painter, Casimir Lund-Ekwueme, has worked beside her for a decade. “Tamsin sees a room "
           "before there is a room,” Lund-Ekwueme said.\n\n"
           "{before} “{said}”\n\n"
           "*Saltmarsh* is on Channel 4 on Thursdays at 9pm.")
TITLE = "Tamsin Oduya-Brandt, the woman who builds Saltmarsh"


@pytest.mark.parametrize("before, said", [
    # a question the narration asks, answered by the quote after it
    ("What does she keep from each series?", "Nothing. Not a chair, not a lamp. The barn gets them all back."),
    ("And the third series?", "Bigger rooms, darker corners, and a lighthouse, if the money holds."),
    # a sentence about her, then her words, first person or not
    ("Her advice to young designers is blunt.", "Measure twice, paint once, and never argue with a carpenter."),
    ("Her next film is a secret, even from her agent.", "A house, a storm, and not one straight wall in it."),
])
def test_a_profile_goes_on_in_its_subjects_words_after_a_question_or_a_sentence_about_her(before, said):
    u = understand(iv(PROFILE.format(before=before, said=said), title=TITLE))
    assert u.interviewee == "Tamsin Oduya-Brandt"
    assert [t.speaker for t in u.turns if said[:20] in t.text] == ["Tamsin Oduya-Brandt"]


@pytest.mark.parametrize("before, said", [
    # narration about a thing, and words with no first person: nobody is said to speak
    ("The biggest build this year was a fishing village.", "Nets, crates, the lot. Salt gets into everything."),
    # words naming her are about her, whoever says them
    ("What does she keep from each series?", "Oduya-Brandt keeps nothing, which is why the barn is full."),
    # a sentence about someone else hands over to them
    ("Lund-Ekwueme is blunter about the hours.", "Twelve a day in winter. My knees have opinions."),
])
def test_words_the_narration_hands_to_nobody_or_to_someone_else_are_not_the_subjects(before, said):
    u = understand(iv(PROFILE.format(before=before, said=said), title=TITLE))
    assert [t.speaker for t in u.turns if said[:20] in t.text] != ["Tamsin Oduya-Brandt"]


@pytest.mark.parametrize("heading", ["## 2.", "### Question 2", "**2.**", "## 2"])
def test_a_heading_that_only_numbers_the_next_question_is_nobodys_words(heading):
    body = ("Each month we put the same questions to someone from television. This month: Bertil Anand-Sørlie.\n\n"
            "## 1.\n\nFirst job?\n\nWashing pans at a ferry café in Bergen. I still smell of fish oil in my dreams.\n\n"
            f"{heading}\n\nWorst habit?\n\nI read the last page of every script first. Endings are all that matter.")
    u = understand(iv(body, title="Two questions for Bertil Anand-Sørlie"))
    assert [t.role for t in u.turns if t.text.strip("#*_ ").startswith(("2", "Question 2"))] == ["narration"]
    assert [t.role for t in u.turns if t.text.startswith("I read the last page")] == ["interviewee"]


EMAILED = ("Nadia Ferreira-Quist was filming in Reykjavik, so we sent our questions by email. Her reply is below "
           "as it arrived.\n\n"
           "{headers}\n\n"
           "Hello Piet, apologies for the delay, the snow took the internet down for two days. Here you go.\n\n"
           "**1. What did you know about glaciers before this?**\n\n"
           "Nothing at all. Now I can tell you the age of the ice by its colour, which is useless at parties.")


@pytest.mark.parametrize("headers", [
    "> From: Nadia Ferreira-Quist <nadia@example.org>\n> To: Piet Vandersloot\n> Sent: Monday, 3 March 2025 "
    "02:14\n> Subject: RE: your questions",
    "From: Nadia Ferreira-Quist\nDate: 3 March 2025\nSubject: Answers",
])
def test_an_emailed_reply_printed_with_its_headers_opens_in_its_senders_words(headers):
    u = understand(iv(EMAILED.format(headers=headers), title="Nadia Ferreira-Quist answers by email",
                      byline="Piet Vandersloot"))
    assert [t.role for t in u.turns if "From:" in t.text] == ["narration"]
    assert [(t.role, t.speaker) for t in u.turns if t.text.startswith("Hello Piet")] == \
        [("interviewee", "Nadia Ferreira-Quist")]


def test_a_line_starting_with_from_is_no_email_header():
    body = EMAILED.format(headers="From: the archive, a photograph of the crew on the ice.")
    u = understand(iv(body, title="Nadia Ferreira-Quist answers by email", byline="Piet Vandersloot"))
    assert [t.role for t in u.turns if t.text.startswith("Hello Piet")] == ["narration"]


QUICKFIRE = ("We put the same questions to three of the *Harbour Lights* cast between takes.\n\n"
             "### What do you do first on set?\n\n"
             "\"Find the tea urn and guard it with my life.\" - **Marisol Achterberg-Osei** (Captain Roz)\n\n"
             "\"Check that Marisol hasn't taken my chair. She has.\" – **Dawit Lindqvist-Amoah** (Bosun)\n\n"
             "### Who is the worst timekeeper?\n\n"
             "\"Dawit. He once arrived after the wrap party had ended.\" — *Marisol Achterberg-Osei*\n\n"
             "\"{last}\n\n"
             "*Harbour Lights* returns on Sunday.")


def test_a_quote_signed_on_its_own_line_after_the_closing_mark_is_the_signers():
    u = understand(iv(QUICKFIRE.format(last="I refuse to answer that.\" - **Dawit Lindqvist-Amoah**"),
                      title="Marisol Achterberg-Osei and the Harbour Lights cast: quickfire"))
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    assert said["Check that Marisol hasn't taken my chair. She has."] == ("other", "Dawit Lindqvist-Amoah")
    assert said["Dawit. He once arrived after the wrap party had ended."] == \
        ("interviewee", "Marisol Achterberg-Osei")
    assert said["I refuse to answer that."] == ("other", "Dawit Lindqvist-Amoah")
    assert all("**" not in t.text for t in u.turns if t.role != "narration")


def test_words_after_a_closing_mark_that_name_nobody_sign_nothing():
    u = understand(iv(QUICKFIRE.format(last="I refuse to answer that.\" - and he laughed for a full minute"),
                      title="Marisol Achterberg-Osei and the Harbour Lights cast: quickfire"))
    assert not any(t.speaker == "Dawit Lindqvist-Amoah" and t.text.startswith("I refuse") for t in u.turns)


TOPICS = ("*Saltworks*, the drama about a family salt farm, returns next week. Its star, Imelda Fonseca-Achebe, "
          "plays the widow who runs the pans. We met her between fittings.\n\n"
          "**On learning to rake salt:**\n\n"
          "\"Six mornings with a salt farmer who had never seen a television. On the last day she said I had strong "
          "arms and no patience.\"\n\n"
          "**On grief:** \"My father died the year before we filmed. Some days the scenes were easier than the "
          "breaks between them.\"\n\n"
          "**On advice for young actors.** \"Say yes to the small parts. They are where you learn to be good.\"\n\n"
          "**Tobias Renn-Kwarteng, who plays her rival:** \"She out-stubborns everyone on set, including the gulls.\"")


def test_quotes_under_a_magazines_topic_labels_are_the_subjects():
    u = understand(iv(TOPICS, title="Imelda Fonseca-Achebe on salt, grief and patience"))
    said = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert said["Six mornings with a "] == ("interviewee", "Imelda Fonseca-Achebe")
    assert said["My father died the y"] == ("interviewee", "Imelda Fonseca-Achebe")
    assert said["Say yes to the small"] == ("interviewee", "Imelda Fonseca-Achebe")
    assert said["She out-stubborns ev"] != ("interviewee", "Imelda Fonseca-Achebe")  # a label naming someone


@pytest.mark.parametrize("line, checks", [
    ("You understand the reference to that, right, the whole storm joke from the first season.", True),
    ("You know what I mean, the storm week was the longest any of us had ever worked.", True),
    # a look-alike: "you" speaking to readers of something they can see
    ("You see the lighthouse in every single episode because my own grandfather built it.", False),
])
def test_a_line_checking_that_the_interviewer_follows_is_no_pull_quote(line, checks):
    body = ("Screen Weekly: Was the storm week hard?\n\n"
            f"Mara Quinlan: {line} The harbour at dawn is the most beautiful thing I have ever filmed in my life.")
    sel = select_pull_quotes(understood(body), count=3)
    excluded = [c.excluded for c in sel.candidates if c.text == line]
    assert (excluded == ["speaks to the interviewer about the conversation"]) is checks


EPK = ("SALT ROAD - EPK SOUNDBITE TRANSCRIPT\n"
       "Tape SR_07 | Shot on location, Cromer, 05/14/2024\n\n"
       "[01:00:02:11] SUPER: PERPETUA OYELARAN-VOSS - \"Dr. Hanne Lisle\"\n"
       "[01:00:04:20] Q (OFF CAMERA): Who is Hanne when we meet her?\n"
       "[01:00:06:02] PERPETUA: A doctor who has stopped listening to her own advice. She sleeps in her car.\n"
       "[01:00:19:13] PRODUCER (OFF CAMERA): Lovely. Once more, a touch slower?\n"
       "[01:00:22:00] PERPETUA: A doctor who stopped listening to her own advice a long time ago.\n"
       "[01:00:30:09] NAT SOUND: waves, a tractor reversing on the shingle\n"
       "[01:00:35:17] B-ROLL: Perpetua walking the sea wall at dawn\n"
       "[01:00:41:02] Q (OFF CAMERA): What was the hardest scene?\n"
       "[01:00:43:10] PERPETUA: The storm night. We were soaked for eleven hours and nobody complained once.")


def test_a_soundbite_sheet_with_timecodes_reads_as_turns_with_its_cues_said_by_nobody():
    u = understand(iv(EPK, title="Salt Road: EPK soundbites"))
    assert u.interviewee == "Perpetua Oyelaran-Voss"  # the label's full name from the caption above it
    said = {t.text[:24]: t.role for t in u.turns}
    assert said["A doctor who has stopped"] == "interviewee"
    assert said["Who is Hanne when we mee"] == "interviewer"
    assert said["The storm night. We were"] == "interviewee"
    assert said["Lovely. Once more, a tou"] != "interviewee"
    assert all(t.role == "narration" for t in u.turns if "NAT SOUND" in t.text or "B-ROLL" in t.text
               or "SUPER:" in t.text)


def test_a_production_cue_word_in_prose_is_no_cue():
    body = ("Music: that is what Perpetua Oyelaran-Voss says kept her sane on the sea wall.\n\n"
            "Perpetua Oyelaran-Voss: I sang to the tractors. They never complained.")
    u = understand(iv(body, title="Perpetua Oyelaran-Voss on Salt Road"))
    assert [t.role for t in u.turns if t.text.startswith("I sang")] == ["interviewee"]


IRC = ("Harbourline Online - Official Chat Transcripts\n"
       "Chat with MARGIT OSEI-LINDQVIST (Harbourmaster Ros), Thursday May 3, 2001\n\n"
       "Session Start: Thu May 03 21:00:01 2001\n"
       "[21:00] *** Now talking in #harbourline\n"
       "[21:00] *** Margit_O has joined #harbourline\n"
       "[21:01] <HL_Host> Welcome everybody! Question from user tidepool: How did you get the part?\n"
       "[21:02] <Margit_O> i was teaching sailing in gdansk and a casting director fell in the harbour\n"
       "[21:02] *** gullwatcher has quit IRC (Ping timeout)\n"
       "[21:03] <HL_Host> Question from user brine_99: Can you really sail?\n"
       "[21:04] <Margit_O> better than i can act, my mother says\n"
       "Session Close: Thu May 03 21:05:00 2001")


def test_a_chat_log_reads_its_guests_handle_as_her_name_and_its_server_notices_as_nobodys():
    u = understand(iv(IRC, title="Harbourline chat with Margit Osei-Lindqvist"))
    assert u.interviewee == "Margit Osei-Lindqvist"
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    assert said["better than i can act, my mother says"] == ("interviewee", "Margit Osei-Lindqvist")
    assert all(t.role == "narration" for t in u.turns if "***" in t.text or t.text.startswith("Session"))


@pytest.mark.parametrize("handle, person", [("Margit_O", "Margit Osei-Lindqvist"), ("m.osei-lindqvist", "Margit Osei-Lindqvist"),
                                            ("M_Osei", None), ("Margit_Q", None)])
def test_a_handle_of_a_first_name_and_an_initial_names_one_person(handle, person):
    from newsletter.extract.cast import Cast
    cast = Cast([], context="Chat with MARGIT OSEI-LINDQVIST and Tomas Oduya tonight")
    assert cast.named_in_context(handle) == person


PRESS_KIT = ("DRIFTWOOD\nPRODUCTION NOTES\n\nSYNOPSIS\n\nA lifeboat crew in a Norfolk village loses its coxswain "
             "and gains a stranger.\n\n"
             "{head1}\n\nWHAT DREW YOU TO THE PART?\n\nThe sea, mostly. I grew up two streets from a lifeboat "
             "station and never once went out.\n\nWAS THE WATER COLD?\n\nColder than any acting class prepares you "
             "for. I lost a shoe in the first week.\n\n"
             "AN INTERVIEW WITH OSWIN TREGARTHEN-ABBEY (DIRECTOR)\n\nWHY NORFOLK?\n\nBecause the sky is bigger "
             "there than anywhere I have filmed.\n\nCAST\n\nCoxswain Hale .......... PERPETUA ADJEI-LOVELL\n\n"
             "Screenings take place in Cromer in March.")


def test_a_press_kits_conversation_headings_say_whose_answers_follow():
    u = understand(iv(PRESS_KIT.format(head1="A CONVERSATION WITH PERPETUA ADJEI-LOVELL (COXSWAIN HALE)"),
                      title="Driftwood production notes"))
    assert (u.interviewee, u.confidence >= 0.5) == ("Perpetua Adjei-Lovell", True)
    said = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert said["Colder than any acti"] == ("interviewee", "Perpetua Adjei-Lovell")
    assert said["Because the sky is b"] == ("other", "Oswin Tregarthen-Abbey")
    assert said["Screenings take plac"][0] == "narration"


def test_a_heading_about_a_conversation_names_nobody_without_a_name():
    u = understand(iv(PRESS_KIT.format(head1="A CONVERSATION WITH THE CAST"), title="Driftwood production notes"))
    assert u.interviewee != "The Cast"


OLD_PAGE = ("<html><head><title>The Harbour Gazette :: Entertainment</title></head><body>"
            "<table width=\"760\"><tr><td width=\"150\"><a href=\"/news\">News</a><br><a href=\"/sport\">Sport</a>"
            "</td><td width=\"610\"><font face=\"Verdana\">"
            "<b>'The sea does the acting'</b><br><br>"
            "FOR three seasons, Desmond Achterberg-Lyle has played the lighthouse keeper on the comedy "
            "<i>Rock Light</i>, and he met us at a fish stall on the quay.<br><br>"
            "<font color=\"#990000\"><b>Gazette: How did you get the part?</b></font><br>"
            "Achterberg-Lyle: I was fixing boats in the harbour and the director needed someone who could tie a "
            "knot on camera.<br><br>"
            "<font color=\"#990000\"><b>Gazette: Do people recognise you?</b></font><br>"
            "Achterberg-Lyle: Every day. Fishermen, mostly, and they tell me my knots are wrong.<br><br>"
            "<i>Rock Light</i> airs on Sundays.</font></td></tr></table></body></html>")


def test_a_page_laid_out_in_a_table_with_double_line_breaks_reads_as_paragraphs():
    body = extract_page(OLD_PAGE).body
    assert "\n\nAchterberg-Lyle: Every day." in body and "|" not in body
    u = understand(iv(body, title="'The sea does the acting'"))
    assert [t.role for t in u.turns if t.text.startswith("Every day. Fishermen")] == ["interviewee"]


def test_a_page_with_paragraphs_or_few_double_breaks_is_left_to_its_own_layout():
    from newsletter.sources.article_page import _old_layout_as_paragraphs
    with_p = OLD_PAGE.replace("<font face=\"Verdana\">", "<font face=\"Verdana\"><p>A paragraph of its own.</p>")
    assert _old_layout_as_paragraphs(with_p) == with_p
    one_break = "<table><tr><td>Name</td><td>Role<br><br>Lead</td></tr></table><div>Text</div>"
    assert _old_layout_as_paragraphs(one_break) == one_break
    assert "<table" not in _old_layout_as_paragraphs(OLD_PAGE)


QUOTED_QA = ("translation of today's interview with Ilse Vanderpoel-Adu in Screen Weekly!! sorry for mistakes\n\n"
             "> **Q:** Ilse, is Marit the most stubborn heroine of the year?\n>\n"
             "> **Ilse:** She is stubborn because nobody ever let her choose anything. I understand her.\n>\n"
             "> **Q:** The rain scenes look cold.\n>\n"
             "> **Ilse:** Two nights under a rain machine fed from the river. It smelled like fish.\n\n"
             "#ilse #marit")


def test_an_interview_a_post_quotes_in_a_block_quote_reads_turn_by_turn():
    u = understand(iv(QUOTED_QA, title="Ilse Vanderpoel-Adu interview (translated)"))
    said = {t.text: t.role for t in u.turns}
    assert said["The rain scenes look cold."] == "interviewer"
    assert said["Two nights under a rain machine fed from the river. It smelled like fish."] == "interviewee"
    assert u.interviewee == "Ilse Vanderpoel-Adu"


SCAN = ("<html><head><title>Ottilie Brandvold Online :: Articles</title></head><body>"
        "<p>Four years into playing the ferry captain in <i>Harbour Road</i>, Ottilie<br>\n"
        "Brandvold still gets asked whether she can drive a boat. \"I can't even<br>\n"
        "drive a car,\" she admits. \"They put me on the real ferry once and the cap-<br>\n"
        "tain stood behind me the whole time.\"</p>\n"
        "<p><b>TVW: Which scene was the hardest to film?</b><br>\n"
        "OB: The fire, without a doubt. We shot it at night on the quay in Feb-<br>\n"
        "ruary and I couldn't feel my fingers for an hour afterwards.</p>\n"
        "<p><b>TVW: And the kettle on set?</b><br>\n"
        "OB: Nobody can work it. It is a special kettle. The runner has a<br>\n"
        "theory that it only answers to the director, who never drinks tea<br>\n"
        "at all, which makes it the most loyal kettle in television.</p>\n"
        "<p>Harbour Road returns in the autumn, and the cast are filming<br>\n"
        "the new series in Bristol and Weston until the end of the summer,<br>\n"
        "when the ferry goes back to carrying cars instead of cameras.</p></body></html>")


def test_a_print_article_typed_up_line_by_line_reads_as_its_paragraphs():
    body = extract_page(SCAN).body
    assert "the captain stood behind me" in body and "in February and" in body
    u = understand(iv(body, title="Ottilie Brandvold Online :: Articles"))
    assert u.interviewee == "Ottilie Brandvold"
    assert [t.role for t in u.turns if t.text.startswith("The fire, without a doubt.")] == ["interviewee"]


TAPING = ("So I finally got tickets to a *Night Ferry* taping on Friday, and we queued for two hours.\n\n"
          "Marisol (Captain Roz!!) came out before the first scene and gave a little speech. \"Thank you for "
          "sitting in a freezing room to watch us get the same line wrong nine times.\"\n\n"
          "Between takes she kept coming over to the seats. Somebody asked her what the ferry is really called "
          "and she said, \"The *Dolores*, and the Dolores has been in more episodes than half the cast.\"\n\n"
          "At the end Marisol thanked us all again. \"Go home safe. Don't steer like Roz.\"")


def test_a_fans_post_calls_the_star_its_title_names_by_her_first_name():
    u = understand(iv(TAPING, title="I went to a Night Ferry taping and Marisol Achterberg-Osei talked to us",
                      byline="Priya Oldfield"))
    assert (u.interviewee, u.confidence >= 0.5) == ("Marisol Achterberg-Osei", True)
    said = {t.text[:24]: (t.role, t.speaker) for t in u.turns}
    assert said["The *Dolores*, and the D"] == ("interviewee", "Marisol Achterberg-Osei")  # not "Somebody"
    assert said["Go home safe. Don't stee"] == ("interviewee", "Marisol Achterberg-Osei")


def test_a_first_name_the_title_does_not_give_in_full_makes_nobody_the_subject():
    u = understand(iv(TAPING, title="I went to a Night Ferry taping", byline="Priya Oldfield"))
    assert u.interviewee != "Marisol" and "Somebody" not in {t.speaker for t in u.turns}


READERS = ("Last week we asked you what you wanted to know about *Moth Lake*. Oona Castellucci-Brandt, who plays "
           "detective Saara Holm, sat down with a cup of tea and your questions.\n\n"
           "**@mossy_teacup asks: Did you learn Finnish for the role?**\n\n"
           "About four hundred words and every swear word, which the crew taught me on the first day.\n\n"
           "**@lena.k asks: Any tips for shy actors?**\n\n"
           "I'm really shy. Being someone else is the easiest way to stop being nervous about being yourself.")


@pytest.mark.parametrize("title, named", [
    ("You asked, Oona answered: the Moth Lake star takes your questions", True),
    ("Oona talks Finnish swear words and frozen eyelashes", True),
    ("Saara, the detective everyone is talking about", False),  # a character's first name the piece is about
])
def test_a_headline_calling_the_star_by_her_first_name_as_she_speaks_names_her(title, named):
    from newsletter.extract.headlines import named_in_headline
    assert named_in_headline("Oona Castellucci-Brandt", title) is named
    assert named_in_headline("Saara Holm", title) is False


def test_readers_questions_answered_by_the_star_a_headline_calls_by_her_first_name():
    u = understand(iv(READERS, title="You asked, Oona answered: the Moth Lake star takes your questions",
                      byline="Stardust Online"))
    assert (u.interviewee, u.confidence >= 0.5) == ("Oona Castellucci-Brandt", True)


@pytest.mark.parametrize("event", ["Winter Olympics", "Super Bowl", "World Cup", "Television Awards"])
def test_an_event_in_a_schedule_column_is_nobody_interviewed(event):
    body = ("*Your schedule questions answered by the TV Doctor.*\n\n"
            "**Q. What happened to *Stillwater Ridge*? It was on Tuesdays and now it's gone. - Gwen, Halifax**\n\n"
            f"A. Don't panic, Gwen: it's off for the {event}, like half the schedule. It comes back in March.\n\n"
            "**Q. Why does *Ghost Ledger* never start on time? - Mateo, Saskatoon**\n\n"
            f"A. Because it follows the {event} coverage, and sport does not care about your guide.")
    u = understand(iv(body, title="Ask the TV Doctor: where did my show go?", byline="Lorne Abernethy"))
    assert u.interviewee != event


ALUMNI = ('---\ntitle: "Alumni Spotlight: From the Black Box to Prime Time"\n{dek}date: 2024-09-05\n'
          'author: Bettina Callow\n---\n\n'
          "When Augustin Obiora-Lund arrived at Wrenfield as a biology major, his plan was medical school. Now he "
          "plays a surgeon on *Lakeshore General*.\n\n"
          "\"The irony is not lost on me,\" says the theatre and biology double major.\n\n"
          "The switch came when a friend dragged him to an audition in the Kessler Black Box for a student "
          "*Uncle Vanya*. \"I remember thinking, this is the only way I'll ever be a doctor,\" he says.\n\n"
          "Obiora-Lund still visits the Kessler Black Box every spring.")


@pytest.mark.parametrize("dek", ['subtitle: "Augustin Obiora-Lund plays a surgeon on network TV."\n', ""])
def test_a_venue_written_after_the_is_nobody_and_a_front_matter_dek_names_the_subject(dek, tmp_path):
    from newsletter.sources.folder import read_interview
    path = tmp_path / "alumni.md"
    path.write_text(ALUMNI.format(dek=dek), encoding="utf-8")
    interview = read_interview(path)
    assert interview.dek == (dek.split('"')[1] if dek else None)
    u = understand(interview)
    assert u.interviewee == "Augustin Obiora-Lund"
    assert [t.role for t in u.turns if t.text.startswith("The irony")] == ["interviewee"]


ORAL = ("*Ten years on, six of the people who made The Long Night remember it. Each is named after their words.*\n\n"
        "## The pitch\n\n"
        "I had been a night nurse for eleven years. I wrote the pilot on the back of patient charts. "
        "— Hilde Okafor-Reyes, creator\n\n"
        "## Casting\n\n"
        "I read for the doctor and they asked me to read for the patient instead. I was offended for a day. "
        "— Talia Fenwick-Adu, Nadia Prosser\n\n"
        "She came in having not slept, on purpose. She was the only one who looked like she lived on the ward. "
        "— Bastian Lowe-Amadi\n\n"
        "{last}")


def test_an_oral_historys_paragraphs_signed_at_their_end_are_their_signers():
    u = understand(iv(ORAL.format(last="We shot nights for nine weeks. You dream in the colour of the corridor "
                                       "lights. — Talia Fenwick-Adu"),
                      title="Talia Fenwick-Adu and five others on The Long Night, an oral history"))
    assert u.interviewee == "Talia Fenwick-Adu"
    said = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert said["We shot nights for n"] == ("interviewee", "Talia Fenwick-Adu")
    assert said["She came in having n"] == ("other", "Bastian Lowe-Amadi")
    assert said["I had been a night n"] == ("other", "Hilde Okafor-Reyes")
    assert all(t.role == "narration" for t in u.turns if t.text.startswith("—"))


@pytest.mark.parametrize("last", ["The show ran for two years. — Channel 4 cancelled it without a word.",
                                  "The show ran for two years — Hilde Okafor-Reyes wrote every episode."])
def test_a_dash_in_narration_that_names_no_signer_signs_nothing(last):
    u = understand(iv(ORAL.format(last=last), title="The Long Night, an oral history"))
    assert [t.role for t in u.turns if t.text.startswith("The show ran")] == ["narration"]


@pytest.mark.parametrize("title, host_named", [
    ("Linnea Okafor-Lund tells Gideon Marsh her mum still thinks she's a nurse", False),
    ("Linnea Okafor-Lund opens up to Gideon Marsh about her mum", False),
    ("Gideon Marsh and Linnea Okafor-Lund trade stories about their mums", True),
])
def test_the_one_a_headline_says_is_told_is_not_named_as_its_subject(title, host_named):
    from newsletter.extract.headlines import named_in_headline
    assert named_in_headline("Gideon Marsh", title) is host_named
    assert named_in_headline("Linnea Okafor-Lund", title)


COURT = ("Actor tells court of \"two years of fear\" as stalking trial hears from Harbour Row star\n\n"
         "By Niamh Carrick, Courts Correspondent\nThursday 9 April 2026, 17:52 BST\n\n"
         "THE star of the crime drama *Harbour Row* told a jury today that a man sent her 300 letters.\n\n"
         "Perpetua Braithwaite-Oni, 38, was giving evidence at Southwark Crown Court.\n\n"
         "\"At first the letters were about the show,\" she told the court. \"Then they were about my mother's "
         "garden, and that's when I went to the police.\"\n\n"
         "Asked how the letters had changed her life, Ms Braithwaite-Oni paused. \"I stopped going out alone.\"")


def test_a_pasted_story_with_its_headline_over_a_byline_and_a_date_line(tmp_path):
    from newsletter.sources.folder import read_interview
    path = tmp_path / "2026-04-09-court.md"
    path.write_text(COURT, encoding="utf-8")
    interview = read_interview(path)
    assert interview.title.startswith("Actor tells court") and interview.byline == "Niamh Carrick"
    assert interview.body.startswith("Thursday 9 April 2026")
    u = understand(interview)
    assert u.interviewee == "Perpetua Braithwaite-Oni"


def test_a_first_sentence_over_a_by_line_of_prose_is_no_headline(tmp_path):
    from newsletter.sources.folder import read_interview
    path = tmp_path / "2026-04-09-court.md"
    path.write_text("The trial went on into the evening.\n\nBy December, the cast knew the show was over.\n\n"
                    "Nobody said so on set.", encoding="utf-8")
    interview = read_interview(path)
    assert interview.title is None and interview.byline is None
    assert interview.body.startswith("The trial went on")


def test_the_actress_said_after_a_lawyer_spoke_is_the_actress_the_piece_is_about():
    body = ("Perpetua Braithwaite-Oni, 38, who plays a detective in *Harbour Row*, gave evidence today. She said "
            "the letters began in 2023.\n\n"
            "Prosecutor Amelia Drummond-Ashe asked her: \"Did you ever reply to any of them?\"\n\n"
            "\"Never. Not once,\" the actress said.")
    u = understand(iv(body, title="Harbour Row star Perpetua Braithwaite-Oni gives evidence"))
    assert [t.speaker for t in u.turns if t.text.startswith("Never. Not once")] == ["Perpetua Braithwaite-Oni"]


def test_a_kicker_line_over_the_headline_never_glues_onto_the_name_under_it():
    body = ("EMMYS 2026: INSIDE THE PRESS ROOM\n\n"
            "Chidinma Holm-Barr clutches first Emmy, jokes about the longest walk of her life\n\n"
            "LOS ANGELES - Chidinma Holm-Barr arrived in the press room still holding her Emmy.\n\n"
            "\"I tripped on the second step and I thought, that's the clip,\" she told reporters.\n\n"
            "Holm-Barr was asked who she would call first. \"My drama teacher in Lagos.\"")
    from newsletter.extract.subject import subject_evidence
    assert [n for n in subject_evidence(iv(body), body) if "Chidinma" in n] == ["Chidinma Holm-Barr"]
    assert understand(iv(body)).interviewee == "Chidinma Holm-Barr"


@pytest.mark.parametrize("line, out", [
    ("It was on the back of this. It's from a petrol station, and I read none of it.", True),
    ("It's from a petrol station. I read none of it at the podium, not a word.", True),
    ("I keep every script I was ever given, and I still read the first one at night.", False),
])
def test_a_line_about_a_thing_held_up_in_the_room_is_no_pull_quote(line, out):
    from newsletter.quote_features import exclusion
    assert (exclusion(line, line.split(), False) is not None) is out


def test_she_said_after_an_outlet_or_a_character_was_named_is_the_actress():
    body = ("Larkhill has renewed *Bexley Court* for a third season, The Daily Slate has learned.\n\n"
            "Ines Vasquez-Hollis, who plays disbarred litigator Marisol Quell, told The Daily Slate she found out "
            "in a supermarket car park.\n\n"
            "\"My agent called while I was loading groceries and I dropped a watermelon,\" she said.")
    u = understand(iv(body, title="Bexley Court renewed; Ines Vasquez-Hollis stays", byline="Ezra Mbeki",
                      outlet="The Daily Slate"))
    assert [t.speaker for t in u.turns if t.text.startswith("My agent called")] == ["Ines Vasquez-Hollis"]


PRESS_ROOM = ("Chidinma Holm-Barr arrived in the press room still holding her award.\n\n"
              "\"I tripped on the second step,\" she told reporters.\n\n"
              "{asked}\n\n"
              "\"My aunties have been awake since four in the morning watching a livestream that kept buffering.\"\n\n"
              "\"The gap between seasons is my fault,\" Grace Whitlow-Anand, the show's creator, said.")


@pytest.mark.parametrize("asked, hers", [
    ("A reporter from a Nigerian outlet asked what the win meant back home in Enugu.", True),
    ("Another reporter wanted to know about the long gap between seasons.", True),
    ("A reporter asked Grace Whitlow-Anand, the show's creator, what the win meant to her.", False),
])
def test_a_quote_after_a_question_the_narration_reports_is_the_answer_of_the_one_asked(asked, hers):
    u = understand(iv(PRESS_ROOM.format(asked=asked), title="Chidinma Holm-Barr wins, and jokes"))
    said = [t.speaker for t in u.turns if t.text.startswith("My aunties")]
    assert (said == ["Chidinma Holm-Barr"]) is hers


def test_a_deflection_about_someone_who_would_mind_is_no_pull_quote():
    from newsletter.quote_features import exclusion
    line = "I promise you we're filming. Grace would kill me if I said any more about it."
    assert exclusion(line, line.split(), False) == \
        "about the answer, not the subject (a deflection or talk about the talk)"


@pytest.mark.parametrize("said, who", [
    ("\"We will miss him enormously,\" a BBC spokesperson said.", "A BBC spokesperson"),
    ("\"Producers would move mountains for her,\" an insider told us.", "An insider"),
])
def test_someone_the_paper_does_not_name_is_quoted_by_what_they_are(said, who):
    body = ("Kwame Ashdown-Pell is leaving *Kingsmead* after six years, he confirmed on Monday.\n\n"
            "\"It was the hardest decision I have made,\" Ashdown-Pell said.\n\n" + said)
    u = understand(iv(body, title="Kwame Ashdown-Pell quits Kingsmead"))
    assert [(t.role, t.speaker) for t in u.turns if t.text.startswith(said[1:12])] == [("other", who)]


def test_a_quote_paragraph_after_the_writers_own_quoted_question_is_the_answer():
    body = ("I met Solveig Nnadi-Crane at a pottery studio in Margate, her hands grey to the wrist.\n\n"
            "\"Is it true you were fired?\" I asked her, somewhere near the kiln.\n\n"
            "\"No. I was asked to stay, quite nicely, and I said no, quite rudely, to all of them.\"")
    u = understand(iv(body, title="The quiet years of Solveig Nnadi-Crane", byline="Barnaby Ugwu"))
    assert [t.speaker for t in u.turns if t.text.startswith("No. I was asked")] == ["Solveig Nnadi-Crane"]


def test_a_translated_interviews_journalist_and_actress_labels_ask_and_answer():
    body = ("*My translation of the interview of Ottavia in Sette Giorni TV. Sorry for my english!*\n\n"
            "She arrives with the hair still wet. Ottavia Bellandi-Rocca orders a cappuccino at four.\n\n"
            "**Journalist:** Ottavia, your Donna Filomena is a woman very hard. Do you resemble to her?\n\n"
            "**Actress:** In nothing, and in everything. I with one look I don't make obey not even my cat.\n\n"
            "**Journalist:** Is true that you were going to refuse the role?\n\n"
            "**Actress:** Yes. I was afraid of the South that they show always with the mafia and the lemons.")
    u = understand(iv(body, title="Ottavia Bellandi-Rocca to Sette Giorni TV: I am a woman of the South"))
    said = {t.text[:16]: (t.role, t.speaker) for t in u.turns}
    assert said["Yes. I was afrai"] == ("interviewee", "Ottavia Bellandi-Rocca")
    assert said["Is true that you"][0] == "interviewer"


CON = ("ok so here is my writeup of the panel, from memory unless it's in quote marks!!\n\n"
       "Caspian Ellery-Moss (Prince Oren on *Wyrmgate*, for the three people on my flist who don't watch) came out "
       "in a hoodie and apologised for being late.\n\n"
       "- someone asked about the riding scenes and he said \"the horse hated me and honestly the horse was right\"\n"
       "- someone asked if Oren and Sabine would ever get together and he just laughed\n\n"
       "He said the crown weighs about four pounds. \"I get a headache by lunch. Oren is a very tired prince.\"")


def test_a_character_in_brackets_with_their_show_is_nobody_interviewed():
    u = understand(iv(CON, title="dragonflight con day 2: the CASPIAN panel (long, pics later)"))
    assert u.interviewee == "Caspian Ellery-Moss" and u.confidence >= 0.5


WHERE_NOW = ("Twenty years ago six children solved mysteries on a Cornish beach. We tracked down the gang.\n\n"
             "### Juniper Okafor-Lyle (Wren)\n\n"
             "The bossy leader is now a headteacher in Leeds. \"The children found out in my first week,\" she says.\n\n"
             "### Toby Hargreaves-Nunn (Pip)\n\n"
             "The little one who always fell in the rock pools farms sheep in Powys. \"I was rubbish and I was "
             "cold,\" he told us by phone. \"The sheep don't need me to cry on cue.\"")


def test_a_round_ups_section_heading_names_whom_its_he_or_she_goes_on_with():
    u = understand(iv(WHERE_NOW, title="Juniper Okafor-Lyle and the Pebble Bay kids: where are they now?"))
    said = {t.text[:16]: (t.role, t.speaker) for t in u.turns}
    assert said["I was rubbish an"] == ("other", "Toby Hargreaves-Nunn")
    assert said["The children fou"] == ("interviewee", "Juniper Okafor-Lyle")


def test_a_quote_after_a_presenter_reported_asking_is_the_guests_answer():
    body = ("Mabel Ferris-Odun joined the Sunrise sofa on Tuesday to talk about *The Glasshouse*.\n\n"
            "Presenter Noor Ellison-Brandt said she had loved the first episode and asked whether the show's famous "
            "greenhouse was real.\n\n"
            "\"It's real glass and it's freezing. We did a scene in January and I couldn't feel my lines.\"")
    u = understand(iv(body, title="Mabel Ferris-Odun on the Sunrise sofa"))
    assert [t.speaker for t in u.turns if t.text.startswith("It's real glass")] == ["Mabel Ferris-Odun"]


@pytest.mark.parametrize("box", ["**This article is for subscribers only.** You've read 3 of your 3 free articles.",
                                 "Subscribe now · Already a subscriber? Log in"])
def test_a_paywalls_box_after_an_answer_is_nobodys(box):
    body = ("**Your father was a fisherman?**\n\nHe had three trawlers and I hated every summer on them.\n\n"
            "**So why a comedy now?**\n\n"
            "Because my daughter is nine and she has never seen me be funny on screen.\n\n" + box)
    u = understand(iv(body, title="Felix Adegoke-Storm on shouting at boats"))
    assert [t.role for t in u.turns if t.text.strip("*").startswith(box.strip("*")[:12])] == ["narration"]


def test_a_line_about_subscribing_inside_an_answer_stays_the_answer():
    body = ("**Your father was a fisherman?**\n\nHe had three trawlers and I hated every summer on them.\n\n"
            "**So why a comedy now?**\n\n"
            "My daughter made me subscribe to a comedy channel, and now I cannot stop watching it.")
    u = understand(iv(body, title="Felix Adegoke-Storm on shouting at boats"))
    assert [t.role for t in u.turns if t.text.startswith("My daughter made me")] == ["interviewee"]
