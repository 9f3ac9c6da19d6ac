"""Who is interviewed and who says what, kinds of stop 35: a headline's glued or colon-led words taken for a name, a
transcript typed up with `<br>` on every line, a blog's comment thread and sign-off, a phone page's furniture, a
panel's answer set as a block quote, and the writer's closing paragraph after a Q&A that labels every turn.
Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.cast import Cast
from newsletter.extract.document import view_of
from newsletter.model import Interview
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_speech import quotes_someone
from newsletter.typeset import pull_quote

DAY = date(2026, 11, 28)


def read(body: str, title: str | None = None, byline: str | None = None, source: str = "story.md"):
    return understand(Interview(source=source, body=body, date=DAY, title=title, byline=byline))


def turn_of(u, words: str):
    [turn] = [t for t in u.turns if words in t.text]
    return turn.role, turn.speaker


# --- a headline in title case glues a place and a trade to the name the lede writes bare ---

def test_a_label_resolves_to_the_name_the_lede_writes_not_the_headlines_glued_run():
    cast = Cast(context="Harbourside Florist Maren Tollefsen Makes The Final Of Bloom Wars\n"
                        "Maren Tollefsen opens her shop on the quay at six every morning.")
    assert cast.resolve("Tollefsen") == "Maren Tollefsen"
    # look-alike: one more word before the same name is a given name, not a place and a trade
    cast = Cast(context="Mary Kate Dunleavy Makes The Final\nKate Dunleavy opens her shop at six.")
    assert cast.resolve("Dunleavy") == "Mary Kate Dunleavy"


def test_labels_of_a_glued_headline_are_the_bare_name():
    body = ("<p>Maren Tollefsen opens her Quay Street shop at six every morning, which is when she also flew to the "
            "studio to compete on the contest <a href=\"/tv/bloom-wars\">Bloom Wars</a>.</p>\n\n"
            "<p><b>Gazette:</b> How did a florist end up on television?</p>\n\n"
            "<p><b>Tollefsen:</b> My son entered me. He filmed me shouting at a wilting peony and sent it in.</p>\n\n"
            "<p><b>Gazette:</b> What was the hardest round?</p>\n\n"
            "<p><b>Tollefsen:</b> The wedding arch in a heatwave. Roses do not forgive you at that temperature.</p>\n")
    u = read(body, title="Harbourside Florist Maren Tollefsen Is One Bouquet From The Final", byline="Kit Amberley")
    assert u.interviewee == "Maren Tollefsen"
    assert turn_of(u, "Roses do not forgive you") == ("interviewee", "Maren Tollefsen")


# --- a headline's words before a colon are no one when the body only writes them inside a show's name ---

QA = ("Okonkwo Baptiste-Reyes is fifteen and plays Teddy, the youngest of the Marsh family on the drama Tidewater "
      "Crescent, and he says being the baby of a TV family is hard work.\n\n"
      "Q: Is Teddy anything like you?\nA: Not really. I'm the oldest at home, so I get to boss people around there.\n\n"
      "Q: What's the best part of the job?\nA: The stunt team. They taught me how to fall off a bike without crying.\n\n"
      "Tidewater Crescent airs Fridays at seven.\n")


def test_a_headlines_colon_led_words_inside_a_shows_name_are_no_interviewee():
    u = read(QA, title="Crescent Moves: Tidewater Crescent's \"Baby Brother\" Grows Up")
    assert u.interviewee == "Okonkwo Baptiste-Reyes"
    assert turn_of(u, "stunt team") == ("interviewee", "Okonkwo Baptiste-Reyes")


# --- a transcript typed up with `<br>` ending every line ---

BR_TRANSCRIPT = (
    "[Typed from my tape - Wendy]\n\n"
    "ROSCOE DELACROIX-HUNT: Good morning. Our next guest spent six years on<br>\n"
    "a hospital show and now she flies a crop duster. Please welcome Ilse Varga-Moreau.<br>\n<br>\n"
    "ILSE: Thank you! This is a lot of people for eight in<br>\nthe morning.<br>\n<br>\n"
    "PENNY ACHTERBERG-LOWE: Did you have to learn to fly?<br>\n<br>\n"
    "ILSE: I did, and my instructor made me land in a field of sheep on the<br>\n"
    "first day because he said the sheep would forgive me.<br>\n<br>\n"
    "ROSCOE: How is it different from the hospital show?<br>\n<br>\n"
    "ILSE: In the hospital show nobody ever left the building. Now we shoot<br>\n"
    "in a wheat field from dawn until the light goes orange.<br>\n<br>\n"
    "PENNY: And after the break, a parrot that sings the news.<br>\n<br>\n"
    "(commercial break)<br>\n")


def test_a_transcript_with_br_on_every_line_reads_its_hosts_as_interviewers():
    u = read(BR_TRANSCRIPT, title="Good Morning Prairie")
    assert u.interviewee == "Ilse Varga-Moreau"
    assert turn_of(u, "Did you have to learn to fly?") == ("interviewer", "Penny Achterberg-Lowe")
    assert turn_of(u, "How is it different") == ("interviewer", "Roscoe Delacroix-Hunt")
    assert turn_of(u, "commercial break")[0] == "narration"
    assert all(u.interview.body[t.start:t.end] == t.text for t in u.turns)  # offsets stay the stored body's


def test_picks_of_a_br_transcript_print_as_one_clean_sentence():
    u = read(BR_TRANSCRIPT, title="Good Morning Prairie")
    picks = select_pull_quotes(u, count=3).picks
    # a sentence typed across two lines may be picked, as the reader reads it: its `<br>` is no markup left in it
    assert any("<br>" in p.text for p in picks)
    for p in picks:
        assert u.interview.body[p.start:p.end] == p.text
        assert "<br>" not in pull_quote(p.text) and "\n" not in pull_quote(p.text)
        assert "markup" not in " ".join(p.reasons)  # the line ends are no markup left in the quote


def test_a_stray_br_in_markdown_is_markdowns_own():
    body = "She said hello.<br>\nThen she left.\n\nA second paragraph."
    assert view_of(body).text == body


# --- a blog's comment thread and the blogger's sign-off after the last answer ---

BLOG = ("Y'all know I love this show, so when the network asked if I wanted ten minutes with Ilse Varga-Moreau, I "
        "said yes before they finished the sentence.\n\n"
        "**Prairie Gossip:** How dare you end the season like that?\n\n"
        "**Ilse:** I know! I read the script on a train and gasped so loud the conductor came over.\n\n"
        "**Prairie Gossip:** Is Dot going to be okay?\n\n"
        "**Ilse:** She'll be in the premiere. I can't say in what condition.\n\n"
        "**Prairie Gossip:** What don't fans know about the set?\n\n"
        "**Ilse:** There's a goat. Nobody knows whose she is and she's in four episodes.\n\n"
        "Thanks so much to Ilse and to the lovely people at the network! I'll be live-blogging the premiere.\n\n"
        "---\n\n**3 comments:**\n\n"
        "**goatwatcher said...**\nI KNEW there was a goat!!! I've paused on her for two seasons.\nMay 11, 2009 11:03 PM\n\n"
        "**Marge in Fargo said...**\nShe seems so nice. Can't wait!!\nMay 12, 2009 7:15 AM\n")


def test_a_bloggers_thanks_and_the_comment_thread_are_not_the_interviewees():
    u = read(BLOG, title="Q&A: Ilse Varga-Moreau Says Goodbye To Season Two", byline="Dottie R.")
    assert u.interviewee == "Ilse Varga-Moreau"
    assert turn_of(u, "Thanks so much to Ilse")[0] == "narration"
    assert turn_of(u, "paused on her for two seasons") == ("other", "goatwatcher")
    assert turn_of(u, "She seems so nice") == ("other", "Marge in Fargo")
    assert turn_of(u, "There's a goat") == ("interviewee", "Ilse Varga-Moreau")


def test_an_answer_that_thanks_others_stays_the_interviewees():
    body = BLOG.replace("Thanks so much to Ilse and to the lovely people at the network! I'll be live-blogging the "
                        "premiere.", "Thank you to the crew, who kept the goat fed all summer.")
    u = read(body, title="Q&A: Ilse Varga-Moreau Says Goodbye To Season Two", byline="Dottie R.")
    assert turn_of(u, "kept the goat fed") == ("interviewee", "Ilse Varga-Moreau")


# --- a phone page's furniture between and after the answers ---

def test_a_phone_pages_continue_lines_and_more_from_footer_are_nobodys():
    body = ("Ilse Varga-Moreau is back in uniform in the drama Wheatfield.\n\n"
            "**Screenbuzz:** How was the field?\n\n**Varga-Moreau:** Hot, loud and full of bees.\n\n"
            "Advertisement\nTap to continue reading\n\n"
            "**Screenbuzz:** Any nerves?\n\n**Varga-Moreau:** Plenty. Nerves mean I'm paying attention.\n\n"
            "Continue reading below\n\n"
            "**Screenbuzz:** Last one?\n\n**Varga-Moreau:** Bring sun cream.\n\n"
            "MORE FROM SCREENBUZZ: 12 TV Dads We Would Call For Advice\n")
    u = read(body, title="Ilse Varga-Moreau flies again", byline="Jo Pell")
    assert turn_of(u, "Tap to continue reading")[0] == "narration"
    assert turn_of(u, "Continue reading below")[0] == "narration"
    assert turn_of(u, "12 TV Dads")[0] == "narration"
    # look-alike: an answer that only opens on the same words is the interviewee's
    u = read(body.replace("Plenty. Nerves", "Continue reading the script and you see why. Nerves"),
             title="Ilse Varga-Moreau flies again", byline="Jo Pell")
    assert turn_of(u, "Continue reading the script")[0] == "interviewee"


# --- a panel: the answer set as a block quote under the moderator's question ---

PANEL = ("After the screening, star Ilse Varga-Moreau and creator Teodor Lindqvist-Abara sat down with our editor, "
         "Nadia Rook, for half an hour.\n\n"
         "**Nadia Rook:** Ilse, you grew up near the set. What was that like?\n\n"
         "**Ilse Varga-Moreau:** Mortifying. My father came by every day with soup.\n\n"
         "**Teodor Lindqvist-Abara:** That is true. We budgeted for the soup.\n\n"
         "**Nadia Rook:** Ilse, your character wants to sell the farm. Did you agree with her?\n\n"
         "> At first, completely. She has spent her life being polite to bankers and wants one day off.\n\n"
         "**Nadia Rook:** Teodor, why a farm?\n\n"
         "> My grandmother had one, and I spent every summer being told not to touch things.\n\n"
         "**Nadia Rook:** Last one: a second season?\n\n"
         "**Ilse Varga-Moreau:** Ask the network. Ask them loudly.\n\n"
         "All eight episodes stream from Thursday. The full panel video goes up on our channel this Friday.\n")


def test_a_block_quote_under_a_question_is_the_answer_of_whom_it_asks():
    u = read(PANEL, title="Wheatfield At The Orpheum: Our Panel With Ilse Varga-Moreau", byline="Renata Oyelowo")
    assert u.interviewee == "Ilse Varga-Moreau"
    assert turn_of(u, "polite to bankers") == ("interviewee", "Ilse Varga-Moreau")
    assert turn_of(u, "My grandmother had one") == ("other", "Teodor Lindqvist-Abara")


# --- the writer's closing paragraph after a Q&A that labels every turn ---

def test_the_writers_closing_paragraph_after_every_turn_labelled_is_narration():
    u = read(PANEL, title="Wheatfield At The Orpheum: Our Panel With Ilse Varga-Moreau", byline="Renata Oyelowo")
    assert turn_of(u, "full panel video")[0] == "narration"


def test_a_closing_paragraph_in_the_first_person_or_after_run_on_answers_stays_the_answers():
    body = PANEL.replace("All eight episodes stream from Thursday. The full panel video goes up on our channel this "
                         "Friday.", "And I will bring the soup to the premiere myself.")
    u = read(body, title="Wheatfield At The Orpheum: Our Panel With Ilse Varga-Moreau", byline="Renata Oyelowo")
    assert turn_of(u, "bring the soup to the premiere")[0] == "interviewee"
    # an earlier answer running on in a plain paragraph: the paragraphs after the last label may be its own too
    body = PANEL.replace("Mortifying. My father came by every day with soup.\n\n",
                         "Mortifying. My father came by every day with soup.\n\nEvery single day, with a flask.\n\n")
    u = read(body, title="Wheatfield At The Orpheum: Our Panel With Ilse Varga-Moreau", byline="Renata Oyelowo")
    assert turn_of(u, "full panel video")[0] == "interviewee"


# --- a saying the speaker was told over and over is someone else's words ---

def test_a_saying_someone_used_to_tell_the_speaker_is_theirs():
    assert quotes_someone('My grandmother used to tell me "the river keeps what you drop." I think of it daily.')
    assert quotes_someone('He would say "nobody rushes bread" and walk off.')
    # look-alike: the speaker's own saying is theirs
    assert not quotes_someone('I used to tell myself it was fine, and it mostly was.')


# --- an archive's note on where a piece came from, set as a block quote over it ---

def test_an_archive_note_in_a_block_quote_is_nobodys_speech():
    from newsletter.extract.furniture import said_by_nobody
    assert said_by_nobody("> Archive note: this came to the site as a scanned fax, so the typos are theirs. - W")
    assert said_by_nobody("> **Transcriber's note:** the tape skips twice.")
    # look-alike: a note alone may be a speaker's own aside
    assert not said_by_nobody("> Note: I still get lost in the studio.")
