"""Speaker labels in italics (as scraped pages set them), a label used only once, and the show a piece names in
italics or quotes when nothing else says. Every text here is invented for the test."""

import pytest

from newsletter.extract import understand
from newsletter.extract.air_show import article_show
from newsletter.extract.cast import Cast
from newsletter.extract.label_kinds import self_introduced
from newsletter.pull_quotes import select_pull_quotes

from .test_layouts import iv, read as turns


HTML_ITALIC = ("<p>Dana Reyes returns to Harbor Lights this week. We spoke to her by phone.</p>\n"
               "<p><em>TV Weekly</em>: What surprised you most this season?</p>\n"
               "<p><em>Dana Reyes</em>: Honestly, the stunts. I did my own fall off a pier in February.</p>\n"
               "<p><em>TV Weekly</em>: Did anyone warn you?</p>\n"
               "<p><b><em>Reyes</em></b>: Not a word. They told me that morning and I said yes anyway.</p>\n"
               "<p><em>TV Weekly</em>: What's next?</p>\n"
               "<p><em>Dana</em>: A long nap, and then a play in the autumn with my sister.</p>")
MARKDOWN_ITALIC = ("Dana Reyes returns to Harbor Lights this week.\n\n"
                   "*TV Weekly*: What surprised you most this season?\n\n"
                   "_Dana Reyes_: Honestly, the stunts. I did my own fall off a pier in February.\n\n"
                   "*TV Weekly:* Did anyone warn you?\n\n"
                   "**_Reyes_**: Not a word. They told me that morning and I said yes anyway.")


@pytest.mark.parametrize("body", [HTML_ITALIC, MARKDOWN_ITALIC], ids=["html", "markdown"])
def test_an_italic_label_names_the_speaker_and_stays_out_of_her_words(body):
    got = turns(iv(body, title="Dana Reyes on the new season of Harbor Lights", outlet="TV Weekly"))
    answers = [(s, text) for r, s, text in got if r == "interviewee"]
    assert {s for s, _ in answers} == {"Dana Reyes"}
    assert answers[0][1].startswith("Honestly, the stunts.")
    assert all("Reyes" not in text and "<" not in text and "*" not in text for _, text in answers)
    assert [text for r, _, text in got if r == "interviewer"][0] == "What surprised you most this season?"


def test_no_pull_quote_carries_an_italic_label_or_its_markup():
    u = understand(iv(HTML_ITALIC, title="Dana Reyes on the new season of Harbor Lights"))
    texts = [c.text for c in select_pull_quotes(u, count=3).candidates]
    assert texts and not [t for t in texts if "</em>" in t or t.startswith(("Dana", "Reyes"))]


def test_a_label_misspelling_the_first_name_is_the_person_the_lead_names():
    cast = Cast([], context="Hollis Grange talks about Kingfisher Road.")
    assert cast.resolve("Holis") == "Hollis Grange"
    assert cast.resolve("Grang") == "Hollis Grange"
    assert Cast([], context="Hollis Grange talks.").resolve("Hal") == "Hal"  # too short to call a misspelling


REVIEW = ("*Harbor Lights*: the verdict is in, and the second season is better than the first. Dana Reyes "
          "carries it.\n\n"
          "\"I did my own fall off a pier,\" Reyes told us. \"The water was freezing and nobody warned me.\"\n\n"
          "The finale is the best hour of the run.")


@pytest.mark.parametrize("lead_in", ["*Harbor Lights*:", "**Harbor Lights**:", "Harbor Lights:", "Bottom line:"])
def test_a_label_used_once_in_prose_is_a_lead_in_not_a_speaker(lead_in):
    body = REVIEW.replace("*Harbor Lights*:", lead_in)
    u = understand(iv(body, title="Review: Harbor Lights finds its sea legs"))
    assert u.interviewee == "Dana Reyes"
    assert [t.role for t in u.turns if "verdict" in t.text or "finale" in t.text] == ["narration", "narration"]


def test_a_first_question_labelled_q_alone_still_makes_a_q_and_a():
    body = ("Q: Dana, what surprised you most this season?\n\nHonestly, the stunts. I did my own fall off a pier.\n\n"
            "Did anyone warn you?\n\nNot a word. I said yes anyway, because I am stubborn.")
    got = turns(iv(body, title="Dana Reyes: five questions"))
    assert [r for r, _, _ in got] == ["interviewer", "interviewee", "interviewer", "interviewee"]


@pytest.mark.parametrize("title, body, show", [
    (None, "*TV Weekly*: What was the hardest scene in *Harbor Lights*?\n\n*Reyes*: The pier.", "Harbor Lights"),
    (None, "*Note*: this review covers four episodes of *Harbor Lights*.", "Harbor Lights"),
    ("Dana Reyes: 'I was terrified of the water'", "She plays a diver in 'Harbor Lights'.", "Harbor Lights"),
    ("Dana Reyes talks 'Harbor Lights,' stunts and eels", "", "Harbor Lights"),
    ("'Harbor Lights': Dana Reyes on season two", "", "Harbor Lights"),
    (None, "![Reyes on set](set.jpg)\n_Courtesy of Northlight_\n\nReyes stars in _Harbor Lights_.", "Harbor Lights"),
    (None, "'Thirty years ago this fall,' she says, 'I was a waitress.'", None),
    (None, "\"C.S.I.\" made her famous.", "C.S.I."),
])
def test_the_show_is_a_title_not_a_label_a_note_a_credit_or_someones_words(title, body, show):
    assert article_show(title, body, [], not_shows=["TV Weekly", "Dana Reyes"]) == show


CAST_QA = ("We asked the cast of Night Ferry a few questions during the break.\n\n"
           "#### PRIYA\n\nWhat scared you most this season?\n\n"
           "#### TOMASZ\n\nMy name is Tomasz Keane and I play the ferryman. Honestly, the water tank.\n\n"
           "#### PRIYA\n\nAnd the fans?\n\n"
           "#### TOMASZ\n\nThey send me rope. Bits of rope, knotted, and I keep them all in a drawer.\n\n"
           "#### ODILE\n\nI'm Odile Marchetti, I play the captain. For me it was the night shoots.")


def test_a_name_alone_as_a_heading_labels_the_turns_under_it():
    got = turns(iv(CAST_QA, title="Cast Q&A: Night Ferry, season two"))
    assert [(r, s) for r, s, _ in got[1:]] == [("interviewer", "Priya"), ("interviewee", "Tomasz Keane"),
                                              ("interviewer", "Priya"), ("interviewee", "Tomasz Keane"),
                                              ("other", "Odile Marchetti")]
    assert got[0][0] == "narration"


def test_section_headings_that_name_people_once_each_stay_headings():
    body = ("Three actors, three first jobs.\n\n## Odile Marchetti\n\nShe started as a waitress in Lyon and "
            "still carries plates better than anyone on set.\n\n## Tomasz Keane\n\nHe sold ice cream on a pier.")
    got = turns(iv(body, title="First jobs"))
    assert [(r, s) for r, s, _ in got] == [("narration", None)] * 5


@pytest.mark.parametrize("label, said, full", [
    ("TOMASZ", "My name is Tomasz Keane and I play the ferryman.", "Tomasz Keane"),
    ("Odile", "Hi! I'm Odile Marchetti, the captain.", "Odile Marchetti"),
    ("TOMASZ", "I'm Tomasz and I'm cold.", ""),  # no surname given
    ("TOMASZ", "I'm Odile Marchetti's stand-in, Tomasz.", ""),  # someone else's name
    ("TOMASZ", "I went on and on about rope for a good while before anything else. " * 3 + "I'm Tomasz Keane.", ""),
])
def test_a_speaker_introducing_herself_gives_her_label_its_full_name(label, said, full):
    assert self_introduced(label, said) == full


ACCOUNT = ("*Marisol Vega plays the ghost Eleanor on the comedy Upstairs. She spoke to Hana Okafor; this account "
           "has been edited and condensed.*\n\n"
           "The first day on set, nobody would look at me. The director had told everyone to ignore the ghost.\n\n"
           "By season two I had learned to love it. You can steal a lot of scenes when nobody may react to you.\n\n"
           "*Upstairs airs Thursdays at 8:30 p.m. on ABC.*")


def test_an_account_written_up_by_a_journalist_is_in_its_tellers_voice():
    u = understand(iv(ACCOUNT, title="I spent six years playing a ghost"))
    assert u.interviewee == "Marisol Vega"
    assert [(t.role, t.speaker) for t in u.turns] == [("narration", None), ("interviewee", "Marisol Vega"),
                                                      ("interviewee", "Marisol Vega"), ("narration", None)]


def test_an_interviews_edited_and_condensed_note_makes_no_account():
    body = ("Marisol Vega spoke to Hana Okafor from Lisbon. This interview has been edited and condensed.\n\n"
            "**How did the first day go?**\n\nI cried in my trailer at lunch. Nobody would look at me.\n\n"
            "**And now?**\n\nNow I steal every scene I can.")
    u = understand(iv(body, title="The quiet years of Marisol Vega"))
    assert [t.role for t in u.turns] == ["narration", "interviewer", "interviewee", "interviewer", "interviewee"]


def test_a_name_in_bold_before_its_speech_verb_says_the_quote_after_it():
    body = ("The cast gathered for a last table read on Sunday.\n\n"
            "**Odile Marchetti** said: \"I have never been so cold in my life, and I would do it all again.\"\n\n"
            "**1/2** The table read. \"We ate all the biscuits,\" said Tomasz Keane.")
    u = understand(iv(body, title="Night Ferry's stars look back"))
    said = {t.text: t.speaker for t in u.turns if t.role != "narration"}
    assert said["I have never been so cold in my life, and I would do it all again."] == "Odile Marchetti"
    assert said["We ate all the biscuits,"] == "Tomasz Keane"


PIPED = ("Home | TV | Interviews\n\n"
         "Harbor Lights said goodbye to one of its own, and showrunner Lena Okoye knew what she was doing. "
         "“We planned it from the pilot,” Okoye tells TVStar.\n\n"
         "TVSTAR | When did you tell Dana Reyes?\nBefore we even started writing. She took it like a pro.\n\n"
         "TVSTAR | Was there ever a version where she lives?\n\nNever. I am stubborn about endings.\n\n"
         "And this one was earned over five years.")


def test_a_question_after_its_askers_bar_is_answered_on_the_line_or_paragraph_under_it():
    got = turns(iv(PIPED, title="Harbor Lights boss on that finale death"))
    assert [(r, t) for r, _, t in got] == [
        ("narration", "Home | TV | Interviews"), ("narration", got[1][2]), ("interviewee", got[2][2]),
        ("narration", "Okoye tells TVStar."),
        ("interviewer", "When did you tell Dana Reyes?"),
        ("interviewee", "Before we even started writing. She took it like a pro."),
        ("interviewer", "Was there ever a version where she lives?"),
        ("interviewee", "Never. I am stubborn about endings."),
        ("interviewee", "And this one was earned over five years.")]
    assert {s for r, s, _ in got if r == "interviewee"} == {"Lena Okoye"}


def test_a_bar_used_once_is_a_breadcrumb_not_a_speaker():
    body = "News | Harbor Lights renewed\n\nThe network renewed Harbor Lights on Friday."
    assert [(r, s) for r, s, _ in turns(iv(body, title="Harbor Lights renewed"))] == [("narration", None)] * 2


@pytest.mark.parametrize("between, role", [
    ("She laughs, and then a horn sounds somewhere behind her: time to go back to work.", "narration"),
    ("He pauses. \"Ask me again next year.\"", "narration"),
    ("She laughs at me every time I fall in, my co-star. Every single time.", "interviewee"),
    ("She said no, of course. My agent was furious.", "interviewee"),
])
def test_the_journalist_setting_the_scene_between_answers_is_narration(between, role):
    body = ("Dana Reyes has played a lighthouse keeper for five seasons. She called from the set.\n\n"
            "*Do you ever get seasick?*\n\nOnly on dry land, oddly enough.\n\n" + between + "\n\n"
            "*What would you take from the set?*\n\nThe lamp. The props master said over his dead body.")
    got = turns(iv(body, title="Ten minutes with Dana Reyes"))
    assert [r for r, _, t in got if between.startswith(t[:12])][:1] == [role]


@pytest.mark.parametrize("ask", ["**TV Star Weekly: {q}**", "TV Star Weekly: {q}", "**TV Star Weekly:** {q}"])
def test_where_only_the_questions_are_labelled_the_plain_paragraph_after_one_answers(ask):
    qa = [("Whose idea was the turn?", "Mine, honestly. I pitched it over breakfast two years ago."),
          ("Will fans forgive her?", "They forgave the guy who burned down the lighthouse, so I like my chances.")]
    body = "Dana Reyes has played the calm one on Harbor Lights for five seasons.\n\n" + \
        "\n\n".join(ask.format(q=q) + "\n\n" + a for q, a in qa)
    got = turns(iv(body, title="Dana Reyes on the big twist", outlet="TV Star Weekly", byline="Priya Lindgren"))
    assert [(r, s) for r, s, _ in got[1:]] == [("interviewer", "Priya Lindgren"), ("interviewee", "Dana Reyes")] * 2


def test_a_hosts_question_running_on_into_a_second_paragraph_stays_the_hosts_where_guests_are_labelled():
    body = ("HOST: Welcome back. Dana, what happened on Sunday?\n\nI mean, the whole town is talking.\n\n"
            "DANA REYES: I burned down the lighthouse, is what happened.\n\nHOST: And the grapes?\n\n"
            "DANA REYES: Training.")
    got = turns(iv(body, title="Dana Reyes on the big twist"))
    assert [r for r, _, t in got if t.startswith("I mean")] == ["interviewer"]


def test_a_review_quoting_a_characters_lines_interviews_nobody():
    body = ("Ingrid Soto-Lamb plays Marit, the eldest of three sisters on an apple farm.\n\n"
            "\"You don't get to be sad about the farm,\" Marit tells her sister Elin (Rosalind Achterberg), "
            "\"You get to be sad about the money.\"\n\n"
            "\"Every family has a sensible one,\" Elin says in episode two.\n\n"
            "In the finale Marit says simply, \"I'll stay until the frost,\" and means it.")
    u = understand(iv(body, title="Review: The Glass Orchard is slow and sour"))
    assert u.interviewee is None
    assert not select_pull_quotes(u, count=3).picks


@pytest.mark.parametrize("line, excluded", [
    ("The director called and said, I have a watchmaker for you, and I cried.", True),
    ("My mum watched it and she said, that's not acting at all, love.", True),
    ("I called my agent and I said, get me out of this tank tonight.", False),
    ("We went to Lisbon for the whole summer and never looked back once.", False),
])
def test_someone_elses_words_without_quote_marks_are_never_picked(line, excluded):
    from newsletter.quote_speech import spoken_exclusion
    assert (spoken_exclusion(line, line.replace(",", " ").split()) is not None) == excluded


@pytest.mark.parametrize("label", ["Ms Lindgren-Obi", "MS. LINDGREN-OBI", "Dr Lindgren-Obi"])
def test_a_label_with_a_title_before_the_surname_is_the_person_the_title_names(label):
    body = (f"Mia (Year 8): What were you like at school?\n\n{label}: Loud, and always in the school play.\n\n"
            f"Theo (Year 10): How did you start?\n\n{label}: A lady from a youth theatre saw me as a gangster.")
    got = turns(iv(body, title="Our interview with Petra Lindgren-Obi, star of Odd Jobs"))
    assert {s for r, s, _ in got if r == "interviewee"} == {"Petra Lindgren-Obi"}


@pytest.mark.parametrize("before, speaker", [
    ("Sign language, she explains, is her first language; English is her second.", "Harriet Mwangi"),
    ("She grew up in Nairobi, she says, and moved to Ohio at six.", "Harriet Mwangi"),
    ("As she later says in the film:", None),  # a character's line, whoever plays it
    ("Her co-star Tom Ellery, she says, keeps bees.", "Tom Ellery"),  # someone else brought in
])
def test_a_quote_after_narration_in_its_own_paragraph_that_says_she_speaks_is_hers(before, speaker):
    body = ("Harriet Mwangi leads a network drama, the first Deaf actor to do so.\n\n"
            f"{before} \"I dream in sign. When I am tired I sign in my sleep and wake up my husband.\"")
    u = understand(iv(body, title="Harriet Mwangi signs her way to the top"))
    assert [t.speaker for t in u.turns if t.text.startswith("I dream")] == [speaker]


def test_a_quote_signed_is_said():
    body = "\"People talk to the interpreter because she makes the sound,\" Harriet Mwangi signs, smiling."
    u = understand(iv(body, title="Harriet Mwangi on interviews"))
    assert [t.speaker for t in u.turns if t.text.startswith("People")] == ["Harriet Mwangi"]


def test_what_someone_else_says_of_her_is_never_picked():
    from newsletter.quote_speech import spoken_exclusion
    line = "My husband says I once ordered a pizza in my sleep, with extra olives."
    assert spoken_exclusion(line, line.replace(",", "").split()) is not None
    assert spoken_exclusion("My mother makes the best pizza in Ohio, with extra olives.",
                            "My mother makes the best pizza in Ohio with extra olives.".split()) is None


def test_callers_a_host_puts_on_air_are_the_public_not_the_programme():
    body = ("DECLAN: Welcome back. Aoife Walsh is in the studio and the lines are open.\n\n"
            "AOIFE: Thanks Declan. I was told there'd be biscuits.\n\n"
            "DECLAN: First caller. Mags in Portlaoise, you're on the air.\n\n"
            "MAGS: Hello Aoife. Can you actually milk a cow?\n\n"
            "AOIFE: I can now, Mags. They sent me to a dairy farm for a fortnight.\n\n"
            "DECLAN: Line two, it's Gerry in Mullingar. Go ahead, Gerry.\n\n"
            "GERRY: Is Nuala selling the top field?\n\n"
            "AOIFE: I couldn't tell you even if I knew.\n\n"
            "DECLAN: What does the show mean to you, Aoife?\n\n"
            "AOIFE: My grandfather farmed forty acres and never went on a holiday.")
    got = turns(iv(body, title="Aoife Walsh on the phone-in"))
    assert {(r, s) for r, s, _ in got if s in ("Mags", "Gerry")} == {("other", "Mags"), ("other", "Gerry")}
    assert {r for r, s, _ in got if s and s.startswith("Declan")} == {"interviewer"}
    assert {s for r, s, _ in got if r == "interviewee"} == {"Aoife Walsh"}


def test_a_title_gives_a_persons_gender_and_a_pronoun_never_means_the_outlet():
    body = ("Ifeoma Adebayo stars as the loud market woman in the new series.\n\n"
            "The producer of the series, Mrs Tokunbo Ajayi, told Screen Buzz the show was shot in eleven weeks. "
            "\"We shot through everything. Rain, no light, no fuel,\" she said.")
    u = understand(iv(body, title="Ifeoma Adebayo on her market woman", outlet="Screen Buzz"))
    said = {t.text: t.speaker for t in u.turns}
    assert said["We shot through everything. Rain, no light, no fuel,"] == "Tokunbo Ajayi"


@pytest.mark.parametrize("sentence, gender", [("Mrs Tokunbo Ajayi runs the show.", "f"),
                                              ("Mr. Tokunbo Ajayi runs the show.", "m"),
                                              ("Tokunbo Ajayi runs the show.", None)])
def test_a_persons_title_says_their_gender(sentence, gender):
    from newsletter.extract.pronouns import gender_in
    assert gender_in("Tokunbo Ajayi", sentence) == gender


def test_an_answer_broken_by_a_page_break_goes_on_after_the_pages_furniture():
    body = ("Rory Tannahill has played a lifeboat coxswain for five series.\n\n"
            "**You do your own stunts. Is that wise?**\n\n"
            "Probably not. The first time I fell off the boat I panicked and\n\n"
            "Continued on page 2 »\n\nAdvertisement\n\n_Page 2 of 3_\n\n"
            "swallowed half the harbour. The second time the director said it looked too calm.\n\n"
            "**And the crew?**\n\nThey text me a list of mistakes after every episode.\n\n"
            "Related: the show's creator on why it will never leave Oban")
    got = turns(iv(body, title="Rory Tannahill on stunts"))
    assert [r for r, _, t in got if t.startswith("swallowed")] == ["interviewee"]
    assert {r for r, _, t in got if t.startswith(("Continued", "Advertisement", "_Page", "Related"))} == {"narration"}


def test_the_outlet_a_quote_was_told_to_does_not_stop_the_next_quote_being_the_same_speakers():
    body = ("Marcus Abara sang at the upfront.\n\n\"They said, 'Say a few words,'\" Abara told The Associated Press "
            "afterward. \"A song is a few words. It is just that some of them are long.\"")
    u = understand(iv(body, title="Marcus Abara sings"))
    assert [t.speaker for t in u.turns if t.text.startswith("A song")] == ["Marcus Abara"]


@pytest.mark.parametrize("line", ["That's all! Translation by kuyuwatcher.", "Transcribed by Mika E."])
def test_a_translators_credit_is_nobodys_words(line):
    body = "**Haftasonu:** Is the well real?\n\n**Elif Sarigul:** It is, and it is very cold.\n\n" + line
    assert [r for r, _, t in turns(iv(body, title="Elif Sarigul interview")) if t == line] == ["narration"]


def test_speech_set_off_by_dialogue_dashes_is_the_speakers_after_their_attribution():
    body = ("BUENOS AIRES. — Bautista Ferraro receives us in a café and looks at his watch, which is stopped.\n\n"
            "—It stopped on the last day of shooting and I decided not to fix it —says Ferraro—. It is a souvenir. "
            "Also, I do not know how.\n\n"
            "His co-star, Micaela Ortuzar, laughs when we mention it. —He kept a screwdriver in his pocket —she "
            "says—. In restaurants he would tighten the chairs.\n\n"
            "The series — a hit in Finland — returns in March.")
    u = understand(iv(body, title="Bautista Ferraro on repairing clocks"))
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    assert said["It stopped on the last day of shooting and I decided not to fix it"] == ("interviewee",
                                                                                          "Bautista Ferraro")
    assert said["It is a souvenir. Also, I do not know how."] == ("interviewee", "Bautista Ferraro")
    assert said["In restaurants he would tighten the chairs."] == ("other", "Micaela Ortuzar")
    assert said["The series — a hit in Finland — returns in March."][0] == "narration"


def test_a_quote_after_the_narration_asks_her_something_is_her_answer():
    body = ("Odette Shaw plays a bellringer's wife, and she rings the bells herself. She learned in a month.\n\n"
            "| Dream role? | A villain with a cat. |\n|---|---|\n\n"
            "And one we couldn't fit in a box: what does the show mean to her? \"My grandmother rang bells in a "
            "village in Shropshire for sixty years, and she watches every episode with a notepad.\"")
    u = understand(iv(body, title="Odette Shaw: quickfire"))
    assert [t.speaker for t in u.turns if t.text.startswith("My grandmother")] == ["Odette Shaw"]


@pytest.mark.parametrize("sentence", ["*Harbor Lights* seasons 1-5 are streaming on Netflix.",
                                      "Harbor Lights season 2 premieres Sunday at 9 p.m. on NBC.",
                                      "*Harbor Lights* series two airs Sundays at 9pm on BBC One."])
def test_the_show_an_airing_names_is_the_show_not_its_season(sentence):
    from newsletter.extract.airdates import parse_sentence
    from datetime import date
    assert parse_sentence(sentence, date(2023, 5, 12)).show == "Harbor Lights"


def test_a_line_over_an_embedded_video_is_nobodys_words():
    body = ("Dana Reyes has spent five seasons as the calm one.\n\n**TV Star: Did you know from the start?**\n\n"
            "**Dana Reyes:** Not from the start. Lena told me in season three, over very bad coffee.\n\n"
            "Watch the trailer below:\n\n[youtube https://www.youtube.com/watch?v=abc123]\n\n"
            "**TV Star: What did you take from the set?**\n\n**Dana Reyes:** The lamp, or nearly.")
    got = turns(iv(body, title="Dana Reyes talks Harbor Lights"))
    assert [r for r, _, t in got if t.startswith("Watch")] == ["narration"]


def test_a_transcripts_generic_voice_is_the_guest_its_lead_names():
    body = ("This week on the Couch Potato podcast, host Sam Okafor talks to Dana Reyes about Harbor Lights.\n\n"
            "Speaker 1: Welcome back to the show. Dana, thanks for coming in.\n\n"
            "Speaker 2: Thanks for having me, Sam. I brought snacks.\n\n"
            "Speaker 1: Did you know how it ended?\n\n"
            "Speaker 2: Not until season three. Lena told me over very bad coffee.")
    u = understand(iv(body, title="Episode 42: Dana Reyes on Harbor Lights"))
    assert u.interviewee == "Dana Reyes"
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Dana Reyes"}
    assert {t.role for t in u.turns if t.speaker == "Speaker 1"} == {"interviewer"}


@pytest.mark.parametrize("line, excluded", [
    ("By the second week he was sharing the pepper soup with me, so I knew we were friends.", True),
    ("When they sent me the script, I said to myself that this woman is far too loud.", True),
    ("By the second week Chief was sharing the pepper soup with me, so I knew we were friends.", False),
    ("When my mother saw it she cried for an hour and then rang everyone she knows.", False),
])
def test_a_third_person_early_in_a_line_that_no_name_stands_for_is_never_picked(line, excluded):
    from newsletter.quote_features import exclusion
    assert (exclusion(line, line.replace(",", "").split(), False) is not None) == excluded
