"""Layouts of questions and answers that carry no speaker labels of the usual kind: recorder exports, captions,
lists, tables, definition lists. Every text here is invented for the test."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.document import view_of
from newsletter.model import Interview
from newsletter.sources.article_page import extract_page


def iv(body: str, **kw) -> Interview:
    return Interview(source="t.md", body=body, date=date(2026, 11, 27), **kw)


def read(interview: Interview) -> list[tuple[str, str | None, str]]:
    """(role, speaker, text) of every turn, after checking each maps back to the stored body."""
    u = understand(interview)
    for t in u.turns:
        assert interview.body[t.start:t.end] == t.text
    return [(t.role, t.speaker, t.text) for t in u.turns]


def spoken(turns, role: str) -> list[str]:
    return [text for r, _, text in turns if r == role]


CAPTIONS = ("Captions of the video, tidied by hand. Host: Priya Lindgren. Guest: Tomasz Keane, who plays the "
            "lighthouse keeper.\n\n"
            "[music]\n\n"
            ">> Hi everyone, I'm Priya, and I'm here with the man who lives in a lighthouse. How are you?\n\n"
            ">> Damp. Permanently damp. [laughter] But happy.\n\n"
            ">> Viewers sent questions. \"Do you climb all those stairs?\"\n\n"
            ">> Every one of them, twice a day, and my knees have opinions.\n\n"
            ">> That's the show.\n\n"
            ">> Thanks for having me.")


def test_captions_alternate_between_the_host_and_the_guest_their_header_names():
    turns = read(iv(CAPTIONS, title="Tomasz Keane answers your questions"))
    people = [(r, s) for r, s, _ in turns if r != "narration"]
    assert people == [("interviewer", "Priya Lindgren"), ("interviewee", "Tomasz Keane"),
                      ("interviewee", "Tomasz Keane"), ("interviewer", "Priya Lindgren"),
                      ("interviewee", "Tomasz Keane"), ("interviewer", "Priya Lindgren"),
                      ("interviewee", "Tomasz Keane")]
    assert ("narration", None, "[laughter]") in turns and ("narration", None, "[music]") in turns
    assert "Every one of them, twice a day, and my knees have opinions." in spoken(turns, "interviewee")


def test_captions_without_a_header_naming_both_voices_are_not_guessed():
    body = CAPTIONS.replace("Host: Priya Lindgren. Guest: ", "With ")
    turns = read(iv(body, title="Tomasz Keane answers your questions"))
    assert "Priya Lindgren" not in {s for _, s, _ in turns}


def test_captions_header_on_its_own_and_names_after_the_marks():
    body = CAPTIONS.replace("Captions of the video, tidied by hand. Host:", "HOST:").replace(". Guest:", ".\nGUEST:")
    turns = read(iv(body, title="Tomasz Keane answers your questions"))
    assert turns[0][:2] == ("narration", None) and turns[0][2].startswith("HOST: Priya Lindgren.")
    assert [s for r, s, _ in turns if r == "interviewer"][0] == "Priya Lindgren"
    named = CAPTIONS.replace(">> Hi everyone", ">> PRIYA: Hi everyone").replace(">> Damp.", ">> TOMASZ: Damp.")
    turns = read(iv(named, title="Tomasz Keane answers your questions"))
    assert ("interviewee", "Tomasz Keane", "Damp. Permanently damp.") in turns


BULLETS = ("Nadia Voss plays the harbour master on *Tidewater*. We caught her between takes.\n\n"
           "## On the harbour\n\n"
           "- Can you tie a bowline?\n"
           "  - Blindfolded. The rigger made me practise until I dreamt in knots.\n"
           "- Favourite boat?\n"
           "  - The little red tug.\n"
           "  - It leaks, but it has character.\n\n"
           "## Last word\n\n"
           "We asked her co-star too.\n\n"
           "- Ivo, is Nadia bossy on set?\n"
           "  - \"Only about knots,\" said Ivo Brandt.")


def test_questions_as_list_items_answered_in_the_items_nested_under_them():
    turns = read(iv(BULLETS, title="Nadia Voss on Tidewater", byline="Kim Ode"))
    assert spoken(turns, "interviewer") == ["Can you tie a bowline?", "Favourite boat?", "Ivo, is Nadia bossy on set?"]
    assert spoken(turns, "interviewee") == ["Blindfolded. The rigger made me practise until I dreamt in knots.",
                                            "The little red tug.", "It leaks, but it has character."]
    assert ("narration", "Kim Ode", "We asked her co-star too.") in turns
    assert ("other", "Ivo Brandt", "Only about knots,") in turns


def test_a_list_of_points_is_not_a_list_of_questions():
    body = ("Nadia Voss plays the harbour master.\n\n- She learnt knots.\n  - Bowlines, mostly.\n- She hates boats.\n"
            "  - Except the tug.")
    turns = read(iv(body, title="Nadia Voss on Tidewater", byline="Kim Ode"))
    assert spoken(turns, "interviewer") == []


@pytest.mark.parametrize("table", [
    "| Question | Answer |\n|---|---|\n| How cold was the lake? | Cold enough to stop my watch. |\n"
    "| The crew seemed to love the town. | The town fed us, which is a kind of love. |",
    # no header: the first column asks
    "| How cold was the lake? | Cold enough to stop my watch. |\n"
    "| The crew seemed to love the town. | The town fed us, which is a kind of love. |\n"
    "| Would you go back? | Tomorrow \\| or the day after. |",
    # the first exchange set as the header row
    "| How cold was the lake? | Cold enough to stop my watch. |\n| --- | --- |\n"
    "| The crew seemed to love the town. | The town fed us, which is a kind of love. |\n"
    "| Would you go back? | Tomorrow. |",
])
def test_a_two_column_table_of_questions_and_answers(table):
    turns = read(iv("Marta Kollin swam in a real lake for *Deepwater*.\n\n" + table,
                    title="Marta Kollin on Deepwater", byline="Jo Vance"))
    assert spoken(turns, "interviewer")[:2] == ["How cold was the lake?", "The crew seemed to love the town."]
    assert spoken(turns, "interviewee")[:2] == ["Cold enough to stop my watch.",
                                                "The town fed us, which is a kind of love."]
    assert "Question" not in " ".join(text for _, _, text in turns[1:])


def test_a_table_of_facts_is_not_a_qa():
    body = ("Marta Kollin swam in a real lake for *Deepwater*.\n\n"
            "| Born | 1990, Tallinn |\n|---|---|\n| Trained | Drama school in Riga |")
    turns = read(iv(body, title="Marta Kollin on Deepwater", byline="Jo Vance"))
    assert spoken(turns, "interviewer") == []


HTML_BODY = ("<p>Ann Lee spent the winter in a river for <em>Cold Water</em>, and answered our questions.</p>\n"
             "<table><tr><th>Question</th><th>Answer</th></tr>\n"
             "<tr><td>Was it <b>cold</b>?</td><td><p>Very.</p><p>I froze every single morning.</p></td></tr>\n"
             "<tr><td>The crew seemed to love the town.\n<td>They fed us soup every day at noon.\n</table>\n"
             "<dl><dt>You did radio before this.</dt><dd><p>Eleven years of it.</p><p>Mostly overnight.</p></dd>"
             "<dt>Why act now?</dt><dd>Because I finally could.</dd><dt>And next?</dt><dd>Sleep.</dd></dl>\n"
             "<p>Cold Water airs Sundays.</p>")


def test_html_tables_and_definition_lists_in_a_stored_body_read_as_questions_and_answers():
    turns = read(iv(HTML_BODY, title="Ann Lee on Cold Water", byline="Pat Reyes"))
    assert spoken(turns, "interviewer") == ["Was it <b>cold</b>?", "The crew seemed to love the town.",
                                            "You did radio before this.", "Why act now?", "And next?"]
    assert spoken(turns, "interviewee") == ["Very.</p><p>I froze every single morning.",
                                            "They fed us soup every day at noon.", "Eleven years of it.",
                                            "Mostly overnight.", "Because I finally could.", "Sleep."]


def test_a_layout_table_keeps_its_paragraphs():
    body = ("<table><tr><td><div><p>Menu</p></div></td><td><p>First paragraph.</p><p>Second one.</p></td></tr>"
            "<tr><td>x</td><td>y</td></tr></table>")
    assert "|" not in view_of(body).text


def test_a_web_pages_definition_list_keeps_its_questions_apart_from_its_answers():
    page = ("<html><head><title>Ann Lee on radio</title><meta name='author' content='Pat Reyes'></head><body>"
            "<article><h1>Ann Lee on radio</h1><p>Ann Lee spent eleven years on the radio before she ever acted, "
            "and her new drama is about a night-shift announcer who hears a crime on air.</p>"
            "<dl><dt>Why act now?</dt><dd><p>Because I finally could.</p></dd>"
            "<dt>You did radio before this.</dt><dd><p>Eleven years of it, all overnight.</p>"
            "<p>Radio teaches you to listen.</p></dd><dt>And next?</dt><dd><p>Sleep.</p></dd></dl><p>The drama begins next week on a channel near you, every night at nine.</p></article>"
            "</body></html>")
    body = extract_page(page).body
    turns = read(iv(body, title="Ann Lee on radio", byline="Pat Reyes"))
    assert spoken(turns, "interviewer") == ["Why act now?", "You did radio before this.", "And next?"]
    assert spoken(turns, "interviewee") == ["Because I finally could.", "Eleven years of it, all overnight.",
                                            "Radio teaches you to listen.", "Sleep."]


def test_numbered_questions_with_plain_answers_and_a_questionnaires_inline_answers():
    numbered = ("Each week we send ten questions to someone on screen. This week: Rosa Quill.\n\n"
                "1. What do you do first on set?\n\nFind the dog. He's always on time.\n\n"
                "2. Best advice you were given?\n\nMy aunt told me never to apologise for taking up room.")
    turns = read(iv(numbered, title="Ten questions for Rosa Quill", byline="Lee Hart"))
    assert spoken(turns, "interviewer") == ["1. What do you do first on set?", "2. Best advice you were given?"]
    assert spoken(turns, "interviewee") == ["Find the dog. He's always on time.",
                                            "My aunt told me never to apologise for taking up room."]
    questionnaire = ("*Rosa Quill, 40, plays a ferry captain.*\n\n"
                     "**When were you happiest?** On my grandfather's boat, aged nine.\n\n"
                     "**What is your earliest memory** A shed that smelled of tar.\n\n"
                     "**How do you relax?** I walk the pier and back.")
    turns = read(iv(questionnaire, title="The Questionnaire: Rosa Quill", byline="Lee Hart"))
    assert spoken(turns, "interviewer") == ["When were you happiest?", "What is your earliest memory",
                                            "How do you relax?"]
    assert spoken(turns, "interviewee") == ["On my grandfather's boat, aged nine.", "A shed that smelled of tar.",
                                            "I walk the pier and back."]


ESSAY = ("*In our series on the shows that made them, the actor Rhiannon Vale, 58, looks back on twenty years as a "
         "ferry captain on* Crossings. *As told to Dev Malik.*\n\n"
         "The first boat I ever steered was my uncle's dinghy, and I put it straight into the harbour wall. He said, "
         "\"Well, now you know where the wall is.\" I have thought about that sentence for fifty years.\n\n"
         "When Crossings came along I could not tell port from starboard. The producer, a kind Welshman called Huw "
         "Pryce, handed me a rope on the first morning and told me to learn three knots by lunchtime. I learned one.\n\n"
         "Twenty years is a long time to wear the same jumper. Viewers still send me wool.\n\n"
         "*Crossings* returns to BBC One on Sunday at 8pm.")


def test_an_as_told_to_essay_is_all_in_the_tellers_voice():
    turns = read(iv(ESSAY, title="My TV life: Rhiannon Vale", byline="Dev Malik"))
    assert [(r, s) for r, s, _ in turns] == [("narration", "Dev Malik"), *[("interviewee", "Rhiannon Vale")] * 3,
                                             ("narration", "Dev Malik")]
    assert turns[1][2].startswith("The first boat I ever steered") and turns[1][2].endswith("for fifty years.")


def test_a_credit_in_the_middle_of_a_piece_is_not_an_as_told_to_essay():
    body = ESSAY.replace(" *As told to Dev Malik.*", "").replace(
        "When Crossings", "The story, as told to Dev Malik by her co-star, differs. When Crossings")
    turns = read(iv(body, title="My TV life: Rhiannon Vale", byline="Dev Malik"))
    assert ("narration", "Dev Malik", "Twenty years is a long time to wear the same jumper. Viewers still send me "
            "wool.") in turns


LETTER = ("Hello all,\n\n"
          "It's Friday and I've got the baker. Oona Reddy, who plays the pastry chef on *Proof*, answered my "
          "questions by email.\n\n"
          "— Are those your hands in the close-ups?\n\n"
          "Every one. I practised on forty croissants a night.\n\n"
          "— You trained in a real bakery.\n\n"
          "For a month, at four every morning. I have never been so tired or so well fed.\n\n"
          "— What do you bake at home?\n\n"
          "Toast, if toast counts.\n\n"
          "That's all from me this week. Go and watch it, and bring a snack.\n\n"
          "x Lou\n\n"
          "*Proof* is on every Tuesday at 9pm.")


def test_a_newsletters_dashed_statement_is_a_question_and_its_sign_off_the_writers():
    turns = read(iv(LETTER, title="The Crumb Letter: Oona Reddy", byline="Lou Adair"))
    assert spoken(turns, "interviewer") == ["Are those your hands in the close-ups?", "You trained in a real bakery.",
                                            "What do you bake at home?"]
    assert spoken(turns, "interviewee")[-1] == "Toast, if toast counts."
    assert ("narration", "Lou Adair", "x Lou") in turns
    assert ("narration", "Lou Adair", "That's all from me this week. Go and watch it, and bring a snack.") in turns


def test_a_sign_off_right_after_an_answer_leaves_the_answer_alone():
    body = LETTER.replace("That's all from me this week. Go and watch it, and bring a snack.\n\n", "")
    turns = read(iv(body.replace("Toast, if toast counts.", "Toast, if toast counts. I'm serious about toast."),
                    title="The Crumb Letter: Oona Reddy", byline="Lou Adair"))
    assert spoken(turns, "interviewee")[-1] == "Toast, if toast counts. I'm serious about toast."
    assert ("narration", "Lou Adair", "x Lou") in turns


def test_a_listings_column_with_a_channel_and_a_time_above_each_entry_has_no_speakers():
    body = ("The week ahead, picked by our critic.\n\nBBC One  21:00\nThe Weir continues, and Ruth finally speaks.\n\n"
            "ITV1  20:00\nMillbrook: Ruby's last episode, with tissues.\n\n"
            "Channel 4  22:00\nThe Lamplighters begins, and it is lovely.")
    turns = read(iv(body, title="The week ahead", byline="Ana Ruiz"))
    assert {(r, s) for r, s, _ in turns} == {("narration", "Ana Ruiz")}


def test_an_html_list_about_someone_gives_each_items_unclaimed_quote_to_them():
    body = ("<p>Greta Solheim is back as the lighthouse keeper on Saltwater. Here is what we learned.</p>\n<ul>\n"
            "<li><strong>She learned Morse code.</strong> &quot;I can tap out my name and SOS. That is all.&quot;</li>\n"
            "<li><strong>Her co-star knits.</strong> Bo Lund made her a scarf. &quot;It was itchy,&quot; Lund "
            "admitted.</li>\n"
            "<li><strong>She wants a storm.</strong> &quot;Give me one proper storm before it ends.&quot;</li>\n</ul>")
    turns = read(iv(body, title="Three things we learned from Greta Solheim"))
    said = [(role, who, text[:20]) for role, who, text in turns if role in ("interviewee", "other")]
    assert said == [("interviewee", "Greta Solheim", "I can tap out my nam"), ("other", "Bo Lund", "It was itchy,"),
                    ("interviewee", "Greta Solheim", "Give me one proper s")]


def test_questions_from_the_floor_and_a_posts_tags_are_nobody_the_interview_is_with():
    body = ("my notes from the panel today!! typed on my phone so sorry\n\n"
            "MOD: Please welcome Juno Tavi!\n\n"
            "JUNO: Hello! Sit down, you will hurt yourselves.\n\n"
            "Q (fan): Did you know your character would come back?\n\n"
            "JUNO: Nobody told me. I packed one suitcase for three years.\n\n"
            "Q (audience member, front row): Will there be a fourth season?\n\n"
            "JUNO: Ask the people at the back of the room.\n\n"
            "#harbourfall #juno tavi #panel notes")
    turns = read(iv(body, title="harbourfall panel transcript (juno tavi)", byline="tidewatcher"))
    assert [(r, who) for r, who, text in turns if text.startswith(("Did you", "Will there"))] == \
        [("other", "Audience member")] * 2
    assert ("narration", "tidewatcher", "#harbourfall #juno tavi #panel notes") in turns
    assert spoken(turns, "interviewer") == ["Please welcome Juno Tavi!"]


def test_a_roundtable_guest_the_lead_lists_with_her_credits_stays_a_guest_when_she_asks():
    body = ("Four actresses, one table. This year's roundtable brought together Mira Solberg (*Low Tide*, Hulu), "
            "Jo Anand (*Borough*, Peacock), Kit Marlowe-Ress (*Vesper*, Max) and Ada Quist (*Saltworks*, ITV) for "
            "a conversation moderated by Pam Ord.\n\n"
            "ORD: What is the worst note a director ever gave you?\n\n"
            "SOLBERG: Do it again but more. More what? He never said.\n\n"
            "ANAND: I was told to play a scene like a lamp.\n\n"
            "QUIST: Did you do it like a lamp?\n\n"
            "ANAND: I did it like a very sad lamp. He loved it.\n\n"
            "ORD: Which scene are you proudest of this year?\n\n"
            "MARLOWE-RESS: The last one. I did it in one take and sat in my car for an hour.\n\n"
            "QUIST: I watched that twice. The second time I had to stop it.\n\n"
            "SOLBERG: The kitchen scene, because nobody in it says what they mean.")
    turns = read(iv(body, title="The drama actress roundtable: Mira Solberg and four others on notes and nerves"))
    assert [(r, who) for r, who, text in turns if text.startswith(("Did you do", "I watched"))] == \
        [("other", "Ada Quist")] * 2
    assert {who for r, who, _ in turns if r == "interviewer"} == {"Pam Ord"}


def test_one_bar_is_a_dialogue_dash_on_either_side():
    body = ("Lena Voss met us in Madrid.\n\n"
            "― Was it cold on the ferry?\n\n― Freezing. I wore three coats and still shook.\n\n"
            "― And the finale?\n\n― I cried every day of the last block.")
    turns = read(iv(body, title="Lena Voss on Night Desk"))
    assert spoken(turns, "interviewer") == ["Was it cold on the ferry?", "And the finale?"]
    assert spoken(turns, "interviewee") == ["Freezing. I wore three coats and still shook.",
                                            "I cried every day of the last block."]


def test_a_japanese_magazines_double_bars_mark_every_question_asking_or_not():
    body = ("Mori Kenta plays a lighthouse keeper in a new drama.\n\n"
            "――What drew you to the part?\n\n"
            "Mori: He is bad at goodbyes. So am I. I leave parties without telling anyone.\n\n"
            "――The keeper barely speaks in the first episode.\n\n"
            "Mori: The director said the sea should do the talking.\n\n"
            "――Did you climb the lighthouse?\n\n"
            "Mori: Every day for three months. My knees have not forgiven me.\n\n"
            "――Finally, a message for viewers.\n\n"
            "Mori: Please watch on Saturday.")
    turns = read(iv(body, title="Mori Kenta on The Lighthouse", byline="Okabe Rin"))
    assert spoken(turns, "interviewer") == ["What drew you to the part?", "The keeper barely speaks in the first "
                                            "episode.", "Did you climb the lighthouse?",
                                            "Finally, a message for viewers."]
    assert len(spoken(turns, "interviewee")) == 4


def test_a_clips_lines_are_the_characters_never_the_actors_or_the_hosts():
    body = ("RAMSAY: Welcome back. My guest plays the most feared sergeant on television. Cormac Delane, welcome.\n\n"
            "DELANE: Thank you. I apologise on behalf of my character for everything.\n\n"
            "RAMSAY: Let's look at the scene everyone is talking about.\n\n"
            "(BEGIN VIDEO CLIP)\n\n"
            "DELANE (as Sergeant Abel Pike): Son, I am the only thing standing between you and the worst thing in "
            "this town, and you will thank me for it one day.\n\n"
            "UNIDENTIFIED ACTOR (as Danny Ruane): Then why are you holding the gun?\n\n"
            "(END VIDEO CLIP)\n\n"
            "RAMSAY: Where do you find that voice?\n\n"
            "DELANE: My father drove a bus in Dublin for thirty years. That is his voice when a fare jumped off.")
    interview = iv(body, title="Cormac Delane of The Narrows", byline="Devika Ramsay")
    turns = read(interview)
    assert [(r, who) for r, who, text in turns if text.startswith(("Son,", "Then why"))] == \
        [("other", "Sergeant Abel Pike"), ("other", "Danny Ruane")]
    assert {who for r, who, _ in turns if r == "interviewer"} == {"Devika Ramsay"}
    from newsletter.pull_quotes import select_pull_quotes
    assert not any("Son," in q.text for q in select_pull_quotes(understand(interview), count=3).picks)
