"""Layouts where the way paragraphs are set out tells who speaks: an email answered under the questions quoted
back, readers' letters signed under their questions, one-letter labels from another language, a speech printed
in full. Every text here is invented for the test."""

import pytest

from tests.extract.test_layouts import iv, read, spoken

def asks_nothing(body: str, title: str) -> list:
    """The turns of a look-alike, after checking nobody in it is read as asking."""
    turns = read(iv(body, title=title))
    assert spoken(turns, "interviewer") == []
    return turns


EMAILED = ("Odile Fenwick-Amara plays a lighthouse inspector on *Lamp Room*, and she was filming on a rock off the "
           "coast, so we sent our questions by email. She answered under each of them.\n\n"
           "> Hello Odile, thanks for squeezing this in. To start: can you actually swim?\n\n"
           "Badly, and only in a straight line. The safety diver calls me the torpedo, and not kindly.\n\n"
           "> Your character hates the sea. Do you?\n\n"
           "I respect it the way you respect a landlord. I pay on time and I keep my head down.\n\n"
           "> Last one: what is in your bag right now?\n\n"
           "Seasickness bands, a flask of soup and a paperback about shipwrecks, which was a mistake.\n\n"
           "Sent from my tablet\n\n"
           "*Lamp Room* returns to Channel 4 on Tuesday at 9pm.")


@pytest.mark.parametrize("mark", ["> ", ">"])
def test_an_email_answered_under_the_questions_it_quotes_back(mark):
    turns = read(iv(EMAILED.replace("> ", mark), title="Odile Fenwick-Amara answers by email",
                    byline="Rufus Penhaligon"))
    asked = spoken(turns, "interviewer")
    assert asked[0].endswith("To start: can you actually swim?") and "Do you?" in asked[1] and len(asked) == 3
    said = spoken(turns, "interviewee")
    assert "I respect it the way you respect a landlord. I pay on time and I keep my head down." in said
    assert "Sent from my tablet" in said  # her mail's sign-off, after her last answer
    assert {s for r, s, _ in turns if r == "interviewee"} == {"Odile Fenwick-Amara"}


def test_a_block_quote_in_a_profile_is_still_someones_words():
    body = ("Odile Fenwick-Amara has spent a year on a rock. Her director, Lorcan Beatty, put it in a note to the crew:\n\n"
            "> Nobody leaves the lamp room until the light is right. Is that understood?\n\n"
            "It was understood. Fenwick-Amara stayed until dawn, most nights.\n\n"
            "Beatty had one more rule, which he wrote on the door:\n\n"
            "> Who touches the radio makes the tea. Any questions?\n\n"
            "Nobody had any.")
    turns = asks_nothing(body, "A year on the rock with Odile Fenwick-Amara")
    assert any(text == "Who touches the radio makes the tea. Any questions?" for r, _, text in turns
               if r in ("interviewee", "other"))


LETTERS = ("Each week a favourite face opens the postbag. This week it is Ambrose Tillery, who plays the grumpy "
           "harbour master in *Gull Point*.\n\n"
           "**Dear Ambrose, my whole family watches together. Is the harbour real? – Morag Kinnaird, Oban**\n\n"
           "It is, Morag, and it smells exactly as real as it looks.\n\n"
           "**I loved the storm episode! How did you stay dry? —Tam, aged 11, Fort William**\n\n"
           "I didn't, Tam. Nobody did. The crew wore wetsuits under their coats and I was not offered one.\n\n"
           "**My wife says you can't really sail. Can you? – Mr R. Quayle-Bannon, Mallaig**\n\n"
           "Your wife is right, and I'd thank her not to tell anyone.\n\n"
           "*Gull Point* is on BBC Scotland on Fridays at 8pm.")


def test_readers_letters_signed_under_their_questions_are_asked_and_answered():
    turns = read(iv(LETTERS, title="Your letters: Ambrose Tillery answers", byline="Fenella Druce"))
    asked = spoken(turns, "interviewer")
    assert len(asked) == 3 and asked[0].startswith("Dear Ambrose") and asked[2].endswith("Mallaig")
    said = spoken(turns, "interviewee")
    assert "I didn't, Tam. Nobody did. The crew wore wetsuits under their coats and I was not offered one." in said
    assert "Your wife is right, and I'd thank her not to tell anyone." in said


@pytest.mark.parametrize("line", [
    "**The harbour scenes were shot in March? – no, in May, as the crew told us**",
    "**What a week it has been for Gull Point – Ambrose Tillery**",
    "**Who would want to live there? – Yes, everyone, it turns out**",
])
def test_a_bold_line_ending_with_a_dash_is_not_always_a_signed_letter(line):
    from newsletter.extract.exchanges import ends_with_question
    assert not ends_with_question(line)


TRANSLATED = ("Teodora Quiñones Baeza plays a lawyer in the telenovela *Puerto Lejano*. The interview was translated "
              "from Spanish; P is our question (pregunta), R her answer (respuesta).\n\n"
              "**P:** Were you ever a lawyer?\n\n"
              "**R:** Never. My father was, and I learned the voice from listening at his door. [laughs]\n\n"
              "**P:** What do lawyers tell you about the show?\n\n"
              "**R:** That nobody wins a case by shouting. I say: on television, you do.\n\n"
              "**P:** Your character wins every case.\n\n"
              "**R:** Every one. It is the least realistic thing about her, and the most fun.")


@pytest.mark.parametrize("pair", [("P", "R"), ("F", "A"), ("D", "R"), ("Q", "R")])
def test_one_letter_labels_of_another_language_ask_and_answer(pair):
    body = TRANSLATED.replace("**P:**", f"**{pair[0]}:**").replace("**R:**", f"**{pair[1]}:**")
    turns = read(iv(body, title="Teodora Quiñones Baeza: 'Nobody wins by shouting'", byline="Ramiro Esteve"))
    said = [(s, text) for r, s, text in turns if r == "interviewee"]
    assert ("Teodora Quiñones Baeza", "That nobody wins a case by shouting. I say: on television, you do.") in said
    assert ("narration", None, "[laughs]") in [(r, None, t) for r, _, t in turns if r == "narration"]
    assert spoken(turns, "interviewer") == ["Were you ever a lawyer?", "What do lawyers tell you about the show?",
                                            "Your character wins every case."]


def test_two_people_labelled_by_initials_are_not_a_question_and_an_answer():
    body = ("Rosa Pell and Dario Vance, who play sisters-in-law on *Puerto Lejano*, talked to each other for us.\n\n"
            "**R:** I always wanted a brother-in-law who cooks.\n\n"
            "**D:** And I wanted one who doesn't eat everything I cook.\n\n"
            "**R:** That was one time.\n\n"
            "**D:** It was a whole paella.")
    asks_nothing(body, "Rosa Pell and Dario Vance in conversation")


SPEECH = ("Wilhelmina Osei-Varga won best supporting actress at the Silver Kite Awards on Saturday for *The Tollhouse*."
          "\n\nOsei-Varga, in tears before she reached the microphone, spoke for two minutes. Here is her speech in "
          "full, as she delivered it.\n\n"
          "Oh, wow. Okay. I was told to keep this short, so I wrote it on my hand.\n\n"
          "[laughter]\n\n"
          "Thank you to the Kite jury. Thank you to my agent, Pim, who answers the phone at midnight.\n\n"
          "To the crew of The Tollhouse: you built a house in a field in the rain, and then you knocked it down, "
          "and I cried both times.\n\n"
          "[applause]\n\n"
          "Osei-Varga later said she had forgotten to thank her sister. \"She'll never let me hear the end of it.\"\n\n"
          "*The Tollhouse* returns next spring.")


def test_a_speech_printed_in_full_is_the_speakers_until_the_journalist_writes_again():
    turns = read(iv(SPEECH, title="Read Wilhelmina Osei-Varga's Silver Kite speech", byline="Cyril Abernathy"))
    said = [(s, text) for r, s, text in turns if r == "interviewee"]
    assert ("Wilhelmina Osei-Varga", "Oh, wow. Okay. I was told to keep this short, so I wrote it on my hand.") in said
    assert any(text.startswith("To the crew of The Tollhouse") for _, text in said)
    assert ("narration", "[laughter]") in [(r, t) for r, _, t in turns]
    assert any(r == "narration" and t.startswith("Osei-Varga later said") for r, _, t in turns)
    assert ("narration", "*The Tollhouse* returns next spring.") in [(r, t) for r, _, t in turns]


def test_in_full_followed_by_quoted_words_leaves_the_paragraphs_to_attribution():
    body = SPEECH.replace("Oh, wow. Okay. I was told to keep this short, so I wrote it on my hand.",
                          "\"I was told to keep this short,\" Pim Achterberg, her agent, said afterwards.")
    turns = read(iv(body, title="Read Wilhelmina Osei-Varga's Silver Kite speech", byline="Cyril Abernathy"))
    assert not any(t.startswith("Thank you to the Kite jury") for r, _, t in turns if r == "interviewee")


COMMENTED = ("Barnaby Oakes-Whitlow has played a bee-keeping vicar on *Hive Minds* for three years. \"I was stung on "
             "the first day and I took it personally,\" Oakes-Whitlow told us from his garden.\n\n"
             "\"The bees and I have an arrangement now. I stay out of the way and they stay in the box.\"\n\n"
             "*Hive Minds* is on ITV1 on Sundays at 8pm.\n\n"
             "## 3 comments\n\n"
             "**honeypot_nan** · 3 hours ago\n\n"
             "\"I took it personally\" is the most British sentence ever written.\n\n"
             "**Derek in Frome** · 2 hours ago\n\n"
             "Met him at a fete. Lovely man, terrible at the coconut shy. When is series four?\n\n"
             "**waxmoth** · 1 hour ago\n\n"
             "Series three was the best one and I will die on this hill.")


def test_readers_comments_under_an_article_are_theirs_and_leave_the_interview_alone():
    turns = read(iv(COMMENTED, title="Barnaby Oakes-Whitlow: 'The bees and I have an arrangement'",
                    byline="Tamsin Rook"))
    said = {t for r, s, t in turns if r == "interviewee" and s == "Barnaby Oakes-Whitlow"}
    assert "The bees and I have an arrangement now. I stay out of the way and they stay in the box." in said
    commenters = {(r, s) for r, s, t in turns if t.startswith(("Met him", "Series three", '"I took it'))}
    assert commenters == {("other", "honeypot_nan"), ("other", "Derek in Frome"), ("other", "waxmoth")}
    assert spoken(turns, "interviewer") == []


def test_a_thread_the_subject_posts_in_keeps_its_askers_and_answers():
    thread = ("**Barnaby_Oakes_Whitlow** · 2 hours ago\n\n"
              "Hello all, I'm Barnaby Oakes-Whitlow from Hive Minds. Ask away!\n\n"
              "## Comments\n\n"
              "**honeypot_nan** · 2 hours ago\n\n"
              "Do the bees know your voice?\n\n"
              "**Barnaby_Oakes_Whitlow** · 1 hour ago\n\n"
              "They know my cough. It means the smoker is coming.")
    turns = read(iv(thread, title="I'm Barnaby Oakes-Whitlow from Hive Minds, ask me anything"))
    assert ("interviewer", "honeypot_nan", "Do the bees know your voice?") in turns


CHAT = ("Fenreach Fan Server - #stage - Q&A with Juno Halloran-Peck\n\n"
        "[3/2/2026 7:59 PM] StageBot\n"
        "The Q&A starts in one minute. Questions go in #questions.\n\n"
        "[3/2/2026 8:00 PM] mod_sedge\n"
        "she's here!! welcome @JunoHalloranPeck\n\n"
        "[3/2/2026 8:00 PM] JunoHalloranPeck\n"
        "hello hello\n"
        "I'm in a hotel in Hull and the kettle is broken, so be gentle\n\n"
        "[3/2/2026 8:01 PM] mod_sedge\n"
        "from @marshlight: did you really learn to punt?\n\n"
        "[3/2/2026 8:03 PM] JunoHalloranPeck\n"
        "I fell in twice. the third time the boatman held my belt\n\n"
        "[3/2/2026 8:03 PM] marshlight\n"
        "SHE READ MY QUESTION\n\n"
        "[3/2/2026 8:04 PM] StageBot\n"
        "@marshlight has reached Level 3: Reed Cutter!\n\n"
        "[3/2/2026 8:05 PM] mod_sedge\n"
        "last one from @eelwife: what's next?\n\n"
        "[3/2/2026 8:06 PM] JunoHalloranPeck\n"
        "a play in Leeds, and a very long nap")


@pytest.mark.parametrize("stamp", ["[3/2/2026 {}]", "[2026-03-02 {}]"])
def test_an_exported_chat_gives_each_message_to_its_poster(stamp):
    body = CHAT
    for time in ("7:59 PM", "8:00 PM", "8:01 PM", "8:03 PM", "8:04 PM", "8:05 PM", "8:06 PM"):
        body = body.replace(f"[3/2/2026 {time}]", stamp.format(time))
    turns = read(iv(body, title="Juno Halloran-Peck Q&A"))
    assert ("interviewee", "Juno Halloran-Peck", "I fell in twice. the third time the boatman held my belt") in turns
    assert ("interviewee", "Juno Halloran-Peck", "I'm in a hotel in Hull and the kettle is broken, so be gentle") \
        in turns  # each line of a message its own turn
    assert ("interviewer", "mod_sedge", "from @marshlight: did you really learn to punt?") in turns
    assert ("other", "marshlight", "SHE READ MY QUESTION") in turns
    assert any(r == "narration" and "Reed Cutter" in t for r, _, t in turns)  # the bot announces


def test_a_messenger_export_with_the_poster_before_a_colon():
    body = ("16/02/2026, 21:00 - Rhiannon: so the first question is from Dai, did you grow up by the sea?\n\n"
            "16/02/2026, 21:01 - Elin Wyn-Cadogan: I grew up above a chip shop in Rhyl, which is close enough\n\n"
            "16/02/2026, 21:02 - Rhiannon: and the second, is the lifeboat real?\n\n"
            "16/02/2026, 21:03 - Elin Wyn-Cadogan: as real as my fear of it")
    turns = read(iv(body, title="Elin Wyn-Cadogan answers fans on WhatsApp"))
    assert ("interviewee", "Elin Wyn-Cadogan", "as real as my fear of it") in turns


def test_a_live_blog_stamped_with_times_is_not_a_chat():
    body = ("[8:02 PM] The panel begins\nThe cast walk on to screaming.\n\n"
            "[8:05 PM] A surprise guest\nJuno Halloran-Peck joins them, carrying a punt pole.\n\n"
            "[8:09 PM] Questions from the floor\n\"Did you fall in?\" one fan asks. \"Twice,\" she says.")
    turns = read(iv(body, title="Live: the Fenreach panel"))
    assert not any(s in ("The panel begins", "A surprise guest") for _, s, _ in turns)


def test_question_and_answer_labels_written_out_in_another_language():
    body = TRANSLATED.replace("**P:**", "**Pregunta:**").replace("**R:**", "**Respuesta:**")
    turns = read(iv(body, title="Teodora Quiñones Baeza: 'Nobody wins by shouting'", byline="Ramiro Esteve"))
    assert ("interviewee", "Teodora Quiñones Baeza", "Every one. It is the least realistic thing about her, and the "
            "most fun.") in turns
    assert len(spoken(turns, "interviewer")) == 3


def test_a_blogs_comments_under_the_interview_each_signed_says():
    blog = COMMENTED.replace("## 3 comments", "## 3 thoughts on “Barnaby Oakes-Whitlow and the bees”")
    for handle, when in (("honeypot_nan", "3 hours ago"), ("Derek in Frome", "2 hours ago"), ("waxmoth", "1 hour ago")):
        blog = blog.replace(f"**{handle}** · {when}", f"**{handle}** says:\nMay 7, 2026 at 3:12 pm")
    turns = read(iv(blog, title="Barnaby Oakes-Whitlow: 'The bees and I have an arrangement'", byline="Tamsin Rook"))
    assert ("other", "Derek in Frome", "Met him at a fete. Lovely man, terrible at the coconut shy. When is series "
            "four?") in turns
    assert ("interviewee", "Barnaby Oakes-Whitlow", "The bees and I have an arrangement now. I stay out of the way "
            "and they stay in the box.") in turns


def test_a_speech_handed_over_further_down_a_news_story():
    news = ("The Silver Kite Awards were handed out on Saturday in a marquee in Bath.\n\n"
            "*The Tollhouse* won four, more than any other drama.\n\n"
            "The ceremony ran forty minutes late because of a power cut.\n\n"
            "Best supporting actress went to Wilhelmina Osei-Varga. Her remarks, as prepared for delivery:\n\n")
    body = news + SPEECH.split("as she delivered it.\n\n", 1)[1]
    turns = read(iv(body, title="Silver Kites: all the winners", byline="Cyril Abernathy"))
    assert ("interviewee", "Wilhelmina Osei-Varga", "Thank you to the Kite jury. Thank you to my agent, Pim, who "
            "answers the phone at midnight.") in turns


def test_a_chat_exported_with_no_blank_line_between_messages():
    body = CHAT.replace("\n\n", "\n")
    turns = read(iv(body, title="Juno Halloran-Peck Q&A"))
    assert ("interviewee", "Juno Halloran-Peck", "I fell in twice. the third time the boatman held my belt") in turns
    assert ("other", "marshlight", "SHE READ MY QUESTION") in turns


def test_one_letter_labels_before_a_dash():
    body = TRANSLATED.replace("**P:** ", "P — ").replace("**R:** ", "R — ")
    turns = read(iv(body, title="Teodora Quiñones Baeza: 'Nobody wins by shouting'", byline="Ramiro Esteve"))
    assert ("interviewee", "Teodora Quiñones Baeza", "That nobody wins a case by shouting. I say: on television, you "
            "do.") in turns
