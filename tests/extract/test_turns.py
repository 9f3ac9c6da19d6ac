from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.extract.turns import extract_turns
from newsletter.model import Interview


def iv(body: str, **kw) -> Interview:
    return Interview(source="t", body=body, date=date(2026, 11, 24), **kw)


def spoken_turns(body: str, title: str, width: int) -> list[tuple]:
    """(role, speaker, the first `width` characters) of every turn that is not narration."""
    return [(t.role, t.speaker, t.text[:width]) for t in extract_turns(iv(body, title=title)).turns
            if t.role != "narration"]


def roles(result) -> list[tuple]:
    return [(t.role, t.speaker) for t in result.turns]


def assert_offsets(interview, result):
    for t in result.turns:
        assert interview.body[t.start:t.end] == t.text
    for q in result.quotes:
        assert interview.body[q.start:q.end] == q.text


def test_labels_abbreviate_to_short_forms_and_initials():
    i = iv("Jo Park is back on Harbor Lights.\n\n"
           "Us Weekly: How was the first day back?\n\n"
           "Jesse Lee Soffer: Cold. I wore three coats and still shook.\n\n"
           "Us: Did you miss it?\n\n"
           "JLS: Every single day I was away.\n\n"
           "Harbor Lights airs on NBC Wednesdays at 10 p.m. ET.")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert roles(r) == [("narration", None), ("interviewer", "Us Weekly"), ("interviewee", "Jesse Lee Soffer"),
                        ("interviewer", "Us Weekly"), ("interviewee", "Jesse Lee Soffer"), ("narration", None)]
    assert r.turns[2].text == "Cold. I wore three coats and still shook."
    assert r.outlet == "Us Weekly"


def test_upper_case_full_name_then_surname_and_byline_for_the_outlet():
    i = iv("**Collider: What did you think of the script?**\n\n"
           "JORJA FOX: I loved it from the first page.\n\n"
           "**Was it hard?**\n\n"
           "FOX: Not once I found her voice.", outlet="Collider", byline="Liz Miller")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert roles(r) == [("interviewer", "Liz Miller"), ("interviewee", "Jorja Fox"),
                        ("interviewer", "Liz Miller"), ("interviewee", "Jorja Fox")]
    assert r.turns[0].text == "What did you think of the script?"


def test_bold_labels_and_q_a_labels():
    i = iv("**ET:** Are you nervous?\n\n**Ann Lee:** Terribly, and I love it.\n\n"
           "Q: Why?\n\nA: Because fear means it matters.", interviewee="Ann Lee")
    r = extract_turns(i)
    assert [t.role for t in r.turns] == ["interviewer", "interviewee", "interviewer", "interviewee"]
    assert r.turns[3].speaker == "Ann Lee"
    assert r.turns[1].text == "Terribly, and I love it."


def test_interviewer_sharing_the_interviewees_initials_alternates_correctly():
    i = iv("Jamie Lynn Stone: Welcome. What drew you to the part?\n\n"
           "Jesse Lee Soffer: The boat scenes, honestly.\n\n"
           "JLS: And what scared you?\n\n"
           "JLS: The boat scenes too, if I am honest with you.", interviewee="Jesse Lee Soffer")
    r = extract_turns(i)
    assert roles(r) == [("interviewer", "Jamie Lynn Stone"), ("interviewee", "Jesse Lee Soffer"),
                        ("interviewer", "Jamie Lynn Stone"), ("interviewee", "Jesse Lee Soffer")]


def test_bold_questions_with_unlabelled_answers_and_continuations():
    i = iv("Dev Okafor plays an editor.\n\n**What surprised you?**\n\nThe waiting.\n\n"
           "It is mostly waiting, then panic.\n\n**Do you read reviews?**\n\nOnly my mother's.\n\n"
           "*Night Desk* airs Thursdays at 9/8c on CBS.", interviewee="Dev Okafor", byline="Pat Writer")
    r = extract_turns(i)
    assert roles(r) == [("narration", "Pat Writer"), ("interviewer", "Pat Writer"), ("interviewee", "Dev Okafor"),
                        ("interviewee", "Dev Okafor"), ("interviewer", "Pat Writer"), ("interviewee", "Dev Okafor"),
                        ("narration", "Pat Writer")]


def test_panel_with_surnames_co_guests_and_stage_notes():
    i = iv("Harriet Moss: June, what was day one like?\n\n"
           "June Castellanos: Terrifying, and wonderful.\n\n[laughter]\n\n"
           "Moss: Rafael, do you get along?\n\n"
           "Rafael Duarte: We are disgustingly friendly.\n\n"
           "Castellanos: He is exaggerating.", title="June Castellanos on Ridgeline")
    r = extract_turns(i)
    assert roles(r) == [("interviewer", "Harriet Moss"), ("interviewee", "June Castellanos"), ("narration", None),
                        ("interviewer", "Harriet Moss"), ("other", "Rafael Duarte"),
                        ("interviewee", "June Castellanos")]


def test_note_label_inside_an_answer_is_not_a_speaker():
    i = iv("Q: Any advice?\n\nA: Learn names.\n\nNote: this one matters most to me.", interviewee="Ann Lee")
    r = extract_turns(i)
    assert roles(r)[-1] == ("interviewee", "Ann Lee")


def test_answer_containing_a_question_stays_the_answer():
    i = iv("Q: Are you ready?\n\nA: Who is ever ready? I just show up early.", interviewee="Ann Lee")
    r = extract_turns(i)
    assert roles(r) == [("interviewer", None), ("interviewee", "Ann Lee")]


def test_prose_quotes_attribution_after_before_split_and_pronoun():
    body = ("Lena Voss plays a sheriff.\n\n"
            "“I grew up near a town like that,” Voss says. “It felt like home.”\n\n"
            "Her co-star Walt Pruitt was calmer. “She cried in every take,” Pruitt said.\n\n"
            "Voss laughs about it. “I think,” she says, “that I cried less than he claims.”\n\n"
            "She told Us: \"I would do it again tomorrow, no question at all.\"")
    i = iv(body)
    r = understand(i)
    assert r.interviewee == "Lena Voss"
    speakers = [(q.speaker, q.text) for q in r.quotes]
    assert speakers == [
        ("Lena Voss", "I grew up near a town like that,"),
        ("Lena Voss", "It felt like home."),
        ("Walt Pruitt", "She cried in every take,"),
        ("Lena Voss", "I think,"),
        ("Lena Voss", "that I cried less than he claims."),
        ("Lena Voss", "I would do it again tomorrow, no question at all."),
    ]
    quote_turns = [t for t in r.turns if t.role != "narration"]
    assert [t.role for t in quote_turns] == ["interviewee", "interviewee", "other", "interviewee", "interviewee",
                                             "interviewee"]
    assert_offsets(i, r)


def test_a_quote_nobody_is_named_for_keeps_speaker_none():
    i = iv("The set was quiet.\n\nThe crew had a saying: “Nobody leaves before the light goes.”")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == [None]
    assert [t.role for t in r.turns if t.text.startswith("Nobody")] == ["other"]


def test_scare_quotes_and_titles_are_not_speech():
    i = iv("Ann Lee stars in “Ridgeline” and calls the set “home.” She says so often.")
    assert extract_turns(i).quotes == []


def test_unbalanced_quote_warns_and_does_not_crash():
    i = iv("Ann Lee says, “I never finished the sentence because the director yelled cut")
    r = extract_turns(i)
    assert r.warnings and "unbalanced quote" in r.warnings[0]
    assert r.quotes[0].speaker == "Ann Lee"
    assert_offsets(i, r)


def test_article_with_no_quotes_is_all_narration():
    i = iv("A quiet week.\n\nNothing was said.")
    r = extract_turns(i)
    assert {t.role for t in r.turns} == {"narration"} and r.quotes == []


def test_five_megabyte_file_is_handled():
    para = "Q: Why?\n\nA: Because I love the work and the people who make it with me.\n\n"
    i = iv(para * (5_000_000 // len(para)), interviewee="Ann Lee")
    r = extract_turns(i)
    assert len(r.turns) > 100_000
    assert {t.role for t in r.turns} == {"interviewer", "interviewee"}


def test_a_group_piece_with_name_headings_prompts_and_bold_questions():
    i = iv("***Mara Quinlan and Dev Okafor are back on Harbor Lights.***\n\n"
           "We caught up with the two leads between takes.\n\n"
           "**‹Dev Okafor›**\n\n"
           "**Tell us about the storm week.**\n\n"
           "**DO:** We were soaked from Monday to Friday, and the catering tent blew away twice.\n\n"
           "**‹Mara Quinlan›**\n\n"
           "**How did it feel to come back?**\n\n"
           "**MQ:** Like stepping into a coat I had left on a hook for two years.\n\n"
           "**Was the tank as cold as they say?**\n\n"
           "**MQ:** Colder. Nobody warned me about the fish.\n\n"
           "**Confess: What is the strangest thing you took home from the set?**\n\n"
           "**MQ:** A brass bell from the lighthouse prop, which I now ring for dinner.",
           byline="Ana Ruiz", interviewee="Mara Quinlan")
    r = extract_turns(i)
    assert_offsets(i, r)
    by_text = {t.text: (t.role, t.speaker) for t in r.turns}
    assert by_text["**‹Dev Okafor›**"] == ("narration", "Ana Ruiz")  # a heading, not a question
    assert by_text["**‹Mara Quinlan›**"] == ("narration", "Ana Ruiz")
    assert by_text["Tell us about the storm week."][0] == "interviewer"  # a prompt with no question mark
    assert by_text["Confess: What is the strangest thing you took home from the set?"][0] == "interviewer"
    assert "Confess" not in {t.speaker for t in r.turns}
    assert by_text["A brass bell from the lighthouse prop, which I now ring for dinner."] == \
        ("interviewee", "Mara Quinlan")


def test_a_bold_question_whose_first_letter_lost_its_bold_is_still_a_question():
    i = iv("**Do you still swim in the harbour?**\n\nEvery morning, unless the fog is in.\n\n"
           "D**o you have a favourite cove?**\n\nThe one behind the old ferry pier, where nobody goes.",
           interviewee="Mara Quinlan", byline="Ana Ruiz")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert [t.role for t in r.turns] == ["interviewer", "interviewee", "interviewer", "interviewee"]
    assert r.turns[2].text.startswith("D**o you have")


QUESTION_STYLES = {
    "italic questions": "*What was the hardest scene this season?*\n\n{a1}\n\n*Did you ever ask for a double?*\n\n{a2}",
    "heading questions": "### What was the hardest scene this season?\n\n{a1}\n\n### Did you ever ask for a double?\n\n{a2}",
    "dashes": "— What was the hardest scene this season?\n\n— {a1}\n\n— Did you ever ask for a double?\n\n— {a2}",
    "Q. and A.": "Q. What was the hardest scene this season?\n\nA. {a1}\n\nQ. Did you ever ask for a double?\n\nA. {a2}",
    "labels on the answers only": "What was the hardest scene this season?\n\nMARA QUINLAN: {a1}\n\n"
                                  "Did you ever ask for a double?\n\nMARA QUINLAN: {a2}",
    "plain questions": "What was the hardest scene this season?\n\n{a1}\n\nDid you ever ask for a double?\n\n{a2}",
    "Q: on the first only": "Q: What was the hardest scene this season?\n\n{a1}\n\nDid you ever ask for a double?\n\n{a2}",
    "names on a line of their own": "SCREEN WEEKLY\nWhat was the hardest scene this season?\n\nMARA QUINLAN\n{a1}\n\n"
                                    "SCREEN WEEKLY\nDid you ever ask for a double?\n\nMARA QUINLAN\n{a2}",
    "names before a dash": "Screen Weekly — What was the hardest scene this season?\n\nMara Quinlan — {a1}\n\n"
                           "Screen Weekly — Did you ever ask for a double?\n\nMara Quinlan — {a2}",
    "timestamps": "[00:00:12] SCREEN WEEKLY: What was the hardest scene this season?\n\n[00:00:15] MARA QUINLAN: {a1}\n\n"
                  "(00:01:02) SCREEN WEEKLY: Did you ever ask for a double?\n\n(00:01:04) MARA QUINLAN: {a2}",
    "a recorder's export": "Screen Weekly  00:00:12\nWhat was the hardest scene this season?\n\n"
                           "Mara Quinlan  00:00:15\n{a1}\n\nScreen Weekly  1:01:02\nDid you ever ask for a double?\n\n"
                           "Mara Quinlan  1:01:04\n{a2}",
    "a transcription service's": "Screen Weekly (00:12):\nWhat was the hardest scene this season?\n\n"
                                 "Mara Quinlan (00:15):\n{a1}\n\nScreen Weekly (01:01:02):\n"
                                 "Did you ever ask for a double?\n\nMara Quinlan (01:01:04): {a2}",
}


@pytest.mark.parametrize("style", QUESTION_STYLES)
def test_questions_set_apart_by_italics_headings_dashes_dotted_labels_or_after_timestamps(style):
    a1 = "The storm week. We shot in a tank for five nights and I still dream about it."
    a2 = "Never. I wanted every freezing second of it on camera, even the ugly ones."
    i = iv("Mara Quinlan returns to Harbor Lights this winter.\n\n" + QUESTION_STYLES[style].format(a1=a1, a2=a2),
           title="Mara Quinlan on the storm week", byline="Ana Ruiz", outlet="Screen Weekly")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert [t.role for t in r.turns] == ["narration", "interviewer", "interviewee", "interviewer", "interviewee"]
    assert [t.text for t in r.turns if t.role == "interviewee"] == [a1, a2]
    assert r.interviewee == "Mara Quinlan"


def test_a_lone_italic_line_or_dash_is_not_taken_for_a_question_style():
    i = iv("Mara Quinlan: I loved the storm week, every minute of it.\n\n"
           "*Harbor Lights returns on Wednesday. Is it the best show on TV?*\n\n"
           "— A. J. Okafor, who directed the finale, disagrees.",
           title="Mara Quinlan on the storm week", byline="Ana Ruiz")
    r = extract_turns(i)
    assert [t.role for t in r.turns if t.role == "interviewer"] == []


def test_co_stars_who_never_ask_are_not_hosts_when_the_title_names_the_guest():
    i = iv("The cast of Ridgeline sat down with us.\n\n"
           "THEO MARSH: The mountain was the real star of this season, honestly.\n\n"
           "SCREEN WEEKLY: Was it cold?\n\n"
           "LENA VOSS: Colder than anything I have ever done, and I grew up by a fjord.\n\n"
           "DEV OKAFOR: I wore three coats and still could not feel my fingers.\n\n"
           "SCREEN WEEKLY: Theo, what was the hardest day?\n\n"
           "THEO MARSH: The avalanche day. We ran the same slope nine times before lunch.",
           title="Theo Marsh and the Ridgeline cast on their coldest season", outlet="Screen Weekly")
    r = extract_turns(i)
    assert r.interviewee == "Theo Marsh"
    assert {(t.speaker, t.role) for t in r.turns if t.speaker in ("Lena Voss", "Dev Okafor")} == \
        {("Lena Voss", "other"), ("Dev Okafor", "other")}


def test_a_sentence_ending_in_a_colon_hands_the_quote_to_its_subject():
    i = iv("Mara Quinlan has played a lighthouse keeper for six seasons. She put it simply: "
           "“I would live there if they let me.”\n\nThe show returns on Wednesday.",
           title="Mara Quinlan's lighthouse", byline="Ana Ruiz")
    r = extract_turns(i)
    assert [(q.speaker, q.text) for q in r.quotes] == [("Mara Quinlan", "I would live there if they let me.")]


@pytest.mark.parametrize("lead", [
    "Night Desk returns next week, and its star Lena Voss is not worried.",  # a title of everyday words
    "Marlowe Yard returns next week. Marlowe Yard star Lena Voss is not worried.",  # a name used as a title
])
def test_a_show_named_in_the_title_is_not_taken_for_the_interviewee(lead):
    title = lead.split(" returns")[0] + " returns"
    i = iv(lead + " “We saved the best case for last,” she says. “Nobody on the crew has read the final page.”",
           title=title, byline="Ana Ruiz")
    r = extract_turns(i)
    assert r.interviewee == "Lena Voss"
    assert {q.speaker for q in r.quotes} == {"Lena Voss"}


@pytest.mark.parametrize("body, title", [
    ("Captain Ines Roe has a bad week ahead. “She finally loses her temper,” says Lena Voss, who plays "
     "Captain Ines Roe on Night Desk. “I have waited five seasons for that scene.”\n\nRoe would never admit it.",
     "Captain Ines Roe loses it"),
    ("The finale belongs to Lena Voss (Ines Roe) and Walt Pruitt (Abe Doyle). “We shot the last scene in one "
     "take,” Voss says. “Walt cried, I did not.”", "Night Desk finale: Ines Roe and Abe Doyle"),
    ("The finale belongs to Ines Roe (Lena Voss) and Abe Doyle (Walt Pruitt). “We shot the last scene in one "
     "take,” Voss says. “Walt cried, I did not.”", "Night Desk finale: Ines Roe and Abe Doyle"),
    ("Detective Ines Roe has a bad week. “We shot the last scene in one take,” Lena Voss says. “Walt cried, "
     "I did not.”", "Detective Ines Roe's worst week"),
])
def test_a_character_named_in_the_title_is_not_the_interviewee(body, title):
    r = extract_turns(iv(body, title=title, byline="Ana Ruiz"))
    assert r.interviewee == "Lena Voss"
    assert [q.speaker for q in r.quotes] == ["Lena Voss", "Lena Voss"]  # "who plays…" names no other speaker


def test_a_named_speaker_beats_carrying_the_previous_paragraphs_speaker_over():
    i = iv('Of Voss, her co-star Walt Pruitt says, "She never misses a mark. She is a machine."\n\n'
           '"I think I have the memory of a goldfish right now," says Voss of her lines. "I am hoping to work up '
           'to a parrot by the finale.\n\n"Either way, the crew will be kind about it."',
           title="Lena Voss and Walt Pruitt on Night Desk", byline="Ana Ruiz", interviewee="Lena Voss")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert [(q.speaker, q.text[:12]) for q in r.quotes] == [
        ("Walt Pruitt", "She never mi"), ("Lena Voss", "I think I ha"), ("Lena Voss", "I am hoping "),
        ("Lena Voss", "Either way, ")]


def test_in_a_bold_question_interview_a_guest_who_banters_stays_a_guest():
    i = iv("We sat down with Mara Quinlan and Dev Okafor.\n\n"
           "**How was the storm week?**\n\n**Mara:** Wet. Every single day of it, and the soup ran out on Tuesday.\n\n"
           "**Dev:** Ha!\n\n**Mara:** He laughs, but he hid the last of the soup.\n\n**Dev:** Me?\n\n"
           "**Did you two ever fight on set?**\n\n**Mara:** Only about the soup, and only for a week or two.\n\n"
           "**Dev:** True.\n\n**Dev:** Mostly true.\n\n**Dev:** Fine.",
           title="Mara Quinlan on the storm week", byline="Ana Ruiz")
    r = extract_turns(i)
    assert r.interviewee == "Mara Quinlan"
    assert {(t.speaker, t.role) for t in r.turns if t.text in ("Ha!", "Me?", "True.", "Fine.")} == \
        {("Dev Okafor", "other")}


def test_a_features_rhetorical_questions_stay_narration():
    i = iv("Mara Quinlan has played the lighthouse keeper for six seasons.\n\n"
           "So what is next for the keeper?\n\n"
           "Quinlan is keeping quiet. The finale was shot in secret on a cliff in February.\n\n"
           "Will the light ever go out?\n\n"
           "The writers say the answer is in the last scene, and nobody on the crew has read it.",
           title="Mara Quinlan's last season", byline="Ana Ruiz")
    r = extract_turns(i)
    assert {t.role for t in r.turns} == {"narration"}


def test_a_name_and_a_dash_opening_one_paragraph_is_prose_not_a_label():
    i = iv("Mara Quinlan — the keeper of the lighthouse for six seasons — has one scene left.\n\n"
           "NIGHT DESK\nreturns on Wednesday at 10 p.m.",
           title="Mara Quinlan's last scene", byline="Ana Ruiz")
    r = extract_turns(i)
    assert {t.role for t in r.turns} == {"narration"}


def test_she_is_first_someone_named_in_her_own_paragraph():
    i = iv("Mara Quinlan is back. She has one season left, and she knows it. Quinlan says she will miss the cliff.\n\n"
           "Producer Dana Holt came clean. The finale is the darkest yet. “It will cost everyone something,” she says."
           "\n\nQuinlan met director Tom Abbott on the cliff. “He never once raised his voice,” she says.",
           title="Mara Quinlan's last season", byline="Ana Ruiz")
    r = extract_turns(i)
    assert [(q.speaker, q.text[:9]) for q in r.quotes] == [("Dana Holt", "It will c"), ("Mara Quinlan", "He never ")]


def test_short_quotes_that_go_on_after_an_attribution_and_quotes_after_what_someone_does():
    i = iv("Lena Voss plays the sheriff.\n\n"
           "“We argue about lunch every day,” explained Voss, 41. “I win.”\n\n"
           "“I loved it,” she says of the so-called “storm week” on set.\n\n"
           "Asked about the finale, Voss shrugged. “You will cry. I cried.”",
           title="Lena Voss on Night Desk", byline="Ana Ruiz")
    r = extract_turns(i)
    assert [(q.speaker, q.text) for q in r.quotes] == [
        ("Lena Voss", "We argue about lunch every day,"), ("Lena Voss", "I win."), ("Lena Voss", "I loved it,"),
        ("Lena Voss", "You will cry. I cried.")]  # "storm week" is a scare quote, not something she said


def test_a_quote_after_a_sentence_about_how_someone_felt_and_a_who_clause_between_quotes():
    i = iv("Lena Voss plays the sheriff. The success of Night Desk surprised her. “I thought nobody would watch.”\n\n"
           "“She was never an easy fit,” says Walt Pruitt, who cast Voss in the play that Ines Roe made famous. "
           "“That was the point.”",
           title="Lena Voss on Night Desk", byline="Ana Ruiz")
    r = extract_turns(i)
    assert [(q.speaker, q.text) for q in r.quotes] == [
        ("Lena Voss", "I thought nobody would watch."), ("Walt Pruitt", "She was never an easy fit,"),
        ("Walt Pruitt", "That was the point.")]


def test_a_second_radio_host_known_by_a_first_name_only_is_an_interviewer():
    i = iv("KQWK is the valley's morning show.\n\n"
           "**Rosa:** Is it strange being on the biggest show in the country?\n\n"
           "**Mara Quinlan:** Very. I still ride the bus to the studio most days.\n\n"
           "**Benny:** With the ratings the way they are, I would have bought a car by now, not ridden a bus.\n\n"
           "**Mara Quinlan:** The bus is where I learn my lines, so the car can wait.\n\n"
           "**Benny:** So you shoot up the coast.\n\n"
           "**Mara Quinlan:** Two hours north, in a town with one diner and a lighthouse.\n\n"
           "**Rosa:** Harbor Lights is on tonight at nine. Thank you, Mara Quinlan.",
           title="KQWK mornings")
    r = extract_turns(i)
    assert r.interviewee == "Mara Quinlan"
    assert {t.role for t in r.turns if t.speaker == "Benny"} == {"interviewer"}
    assert {t.role for t in r.turns if t.speaker == "Mara Quinlan"} == {"interviewee"}


def test_a_co_guest_named_in_full_is_not_taken_for_a_host():
    i = iv("KQWK is the valley's morning show.\n\n"
           "**Rosa:** Is it strange being on the biggest show in the country?\n\n"
           "**Mara Quinlan:** Very. I still ride the bus to the studio most days.\n\n"
           "**Theo Marsh:** She does, and she makes the rest of us ride it with her on Fridays.\n\n"
           "**Rosa:** So you shoot up the coast.\n\n"
           "**Mara Quinlan:** Two hours north, in a town with one diner and a lighthouse.",
           title="Mara Quinlan on KQWK")
    r = extract_turns(i)
    assert r.interviewee == "Mara Quinlan"
    assert {t.role for t in r.turns if t.speaker == "Theo Marsh"} == {"other"}


@pytest.mark.parametrize("intro", ["Next we talked to head writer Ana Ruiz:", "Then we asked Ana Ruiz:",
                                   "Finally I caught up with the director, Ana Ruiz:"])
def test_the_person_the_journalist_turns_to_before_a_colon_speaks(intro):
    i = iv("Mara Quinlan plays the lighthouse keeper. “I would live there if they let me,” she says.\n\n"
           f"{intro} “The storm episode took four months to write and one night to shoot.”",
           title="Mara Quinlan's lighthouse", byline="Jo Park")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Mara Quinlan", "Ana Ruiz"]


def test_a_question_that_quotes_a_co_star_gives_the_quoted_words_to_the_co_star():
    i = iv("Mara Quinlan is back for a seventh season.\n\n"
           "**We spoke to Theo Marsh last month and he said “she is the calmest person on any set I know.” "
           "Is that true?**\n\n"
           "Only when the coffee is hot. Theo has seen me on a cold morning, so he is being kind.\n\n"
           "**What is the title of the finale?**\n\n"
           "It is called “Last Light,” and that is all I am allowed to say.",
           title="Mara Quinlan on her seventh season", byline="Jo Park")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert [(t.role, t.speaker) for t in r.turns if "calmest" in t.text] == [("other", "Theo Marsh")]
    asked = [t.text for t in r.turns if t.role == "interviewer"]
    assert asked[0].startswith("We spoke to Theo Marsh") and asked[1] == "Is that true?"
    assert asked[2] == "What is the title of the finale?"  # a title in quote marks is nobody's words


@pytest.mark.parametrize("first", ['SOAP STAR LENA VOSS: "I STILL CANNOT BELIEVE THEY KILLED KEV"',
                                   "NIGHT DESK: THE FINAL SEASON, which starts on Monday, is its darkest."])
def test_a_label_used_once_that_goes_on_in_capitals_is_a_headline_not_a_speaker(first):
    i = iv(f"{first}\n\nLena Voss has played the barmaid for nine years. “I cried for a day,” Voss said.",
           title="Lena Voss on the crash")
    r = extract_turns(i)
    assert r.turns[0].role == "narration"
    assert [(q.speaker, q.text) for q in r.quotes if "cried" in q.text] == [("Lena Voss", "I cried for a day,")]


def test_one_bold_word_labels_without_a_colon_when_two_speakers_use_them():
    i = iv("Dara Quill plays a detective with two lives.\n\n"
           "**Q** Is that bruise yours or his?\n\n"
           "**Quill** His! Well, mine today, because the makeup takes an hour.\n\n"
           "**Q** You do your own fights. Why?\n\n"
           "**Quill** Because I am stubborn, and my mother said I would never finish anything.",
           title="Dara Quill on two lives", byline="Jo Park")
    r = extract_turns(i)
    assert [(t.role, t.text[:6]) for t in r.turns[1:]] == [
        ("interviewer", "Is tha"), ("interviewee", "His! W"), ("interviewer", "You do"), ("interviewee", "Becaus")]
    assert r.interviewee == "Dara Quill"


def test_a_bold_word_opening_one_paragraph_is_prose():
    i = iv("**Spoilers** ahead for the whole season, so stop here if you have not watched.\n\n"
           "Dara Quill plays a detective. “I loved every minute,” Quill says.", title="Dara Quill", byline="Jo Park")
    r = extract_turns(i)
    assert r.turns[0].role == "narration"


def test_a_co_star_the_lead_brings_into_the_room_is_a_guest_however_briefly_she_speaks():
    i = iv("Theo Marsh was meant to do this alone. Then Lena Voss, who has played his sister for five seasons, "
           "walked in with two coffees.\n\n"
           "**Screen Weekly:** Theo, how does it feel to leave?\n\n"
           "**Theo Marsh:** Like losing a tooth I never liked. The hat was too small for five years.\n\n"
           "**Lena Voss:** He is dramatic about the hat.\n\n"
           "**Theo:** It left a dent!\n\n"
           "**Lena:** I am not touching your head.\n\n"
           "**Screen Weekly:** What are you taking from the set?\n\n"
           "**Theo:** The porch swing, if they let me.\n\n"
           "**Lena:** The kitchen clock.\n\n"
           "**Lena:** I already took it.\n\n"
           "**Lena:** Sorry. Go on.",
           title="Theo Marsh says goodbye to Ridgeline", outlet="Screen Weekly")
    r = extract_turns(i)
    assert r.interviewee == "Theo Marsh"
    assert {t.role for t in r.turns if t.speaker == "Lena Voss"} == {"other"}


def test_a_transcript_label_alone_speaks_through_the_paragraph_after_it():
    i = iv("Transcript:\n\n"
           "NIA HOLT, HOST:\n\n"
           "For six seasons Lena Voss has sold cars with one hidden problem each. She joins us from Duluth.\n\n"
           "LENA VOSS: Thanks, Nia. I am in a very serious chair.\n\n"
           "HOLT: Our most serious chair. What was the last car Walt sold?\n\n"
           "VOSS: A hearse, with a sunroof. The writers wanted him to go out laughing.\n\n"
           "CALLER 2: Will there be a reunion?\n\n"
           "VOSS: Only if the hearse still starts.",
           title="Lena Voss on the last season")
    r = extract_turns(i)
    assert r.interviewee == "Lena Voss"
    by_text = {t.text[:10]: (t.role, t.speaker) for t in r.turns}
    assert by_text["Transcript"][0] == "narration"  # a word before a colon, not a speaker
    assert by_text["For six se"][0] == "interviewer"
    assert by_text["Will there"][1] == "Caller 2"  # a numbered label


@pytest.mark.parametrize("body, speakers", [
    # A trade before a name is not part of the name.
    ("Mara Quinlan keeps bees on the set.\n\n"
     "Co-star Theo Marsh, who plays the gardener, remembers the first hive. “She named every bee,” Marsh says.\n\n"
     "“We wrote the bees in after we met her,” says co-creator Ana Ruiz.", ["Theo Marsh", "Ana Ruiz"]),
    # A trade as the speaker is the person the article is about, not whoever spoke last.
    ("Mara Quinlan made her name doing stand-up in Leeds.\n\n"
     "“We wrote the part with her voice in our heads,” says producer Ana Ruiz.\n\n"
     "The comedian says she was terrified on the first day. “On stage it is you and a microphone.”",
     ["Ana Ruiz", "Mara Quinlan"]),
], ids=["trade-before-a-name", "trade-as-the-speaker"])
def test_trades_beside_quotes(body, speakers):
    r = extract_turns(iv(body, title="Mara Quinlan on the set", byline="Jo Park"))
    assert [q.speaker for q in r.quotes] == speakers


def test_answer_labels_make_the_one_person_the_lead_names_the_interviewee():
    i = iv("Dara Quill grew up two streets from the firehouse where the show is shot.\n\n"
           "Q: Did you know the place?\n\n"
           "A: I walked past it every day on the way to school.\n\n"
           "Q: And now you work there.\n\n"
           "A: I park where the engine used to be. The crew calls it my spot.")
    r = extract_turns(i)
    assert r.interviewee == "Dara Quill"
    assert {t.speaker for t in r.turns if t.role == "interviewee"} == {"Dara Quill"}


@pytest.mark.parametrize("place", ["West Side", "East End", "Lower Manhattan"])
def test_a_place_in_the_lead_is_not_a_person(place):
    from newsletter.extract.cast import people_named
    assert people_named(f"Dara Quill grew up on the {place} of the city.") == ["Dara Quill"]


def test_a_scene_played_in_character_is_the_characters_line_not_the_guests():
    i = iv("NIA HOLT: Here is a taste of Walt at work.\n\n"
           "LENA VOSS: (As Walt Faber) Does it have brakes? Ma'am, it has the idea of brakes.\n\n"
           "HOLT: And how did you find Walt?\n\n"
           "VOSS: I sold cars for a summer in Duluth, badly.",
           title="Lena Voss on Walt Faber")
    r = extract_turns(i)
    assert [(t.role, t.speaker) for t in r.turns if "brakes" in t.text] == [("other", "Walt Faber")]
    assert [(t.role, t.speaker) for t in r.turns if "Duluth" in t.text] == [("interviewee", "Lena Voss")]


def test_a_listicle_quote_under_a_heading_about_the_subject_is_hers():
    i = iv("Lena Voss stars in two of the summer's shows.\n\n"
           "## 1. She almost turned down Night Desk\n\n"
           "“I read it and thought, who wants to see me in a robe being sad? Turns out everyone.”\n\n"
           "## 2. Her co-star thinks she is a menace\n\n"
           "Theo Marsh, who plays the crew's nervous getaway driver, told us by phone: “She hid all my left shoes.”",
           title="Eleven things we learned from Lena Voss", byline="Jo Park")
    r = extract_turns(i)
    assert [(q.speaker, q.text[:10]) for q in r.quotes] == [("Lena Voss", "I read it "), ("Theo Marsh", "She hid al")]


def test_a_quote_inside_a_quote_with_the_same_marks_stays_the_speakers():
    i = iv("Mara Quinlan plays a translator.\n\n"
           "“That is the joke of it. There is a scene where I say, “I am here to translate.” He says, “No, you are "
           "here to listen,” says Quinlan. “The whole film is in that line.”",
           title="Mara Quinlan on the film", byline="Jo Park")
    r = extract_turns(i)
    assert_offsets(i, r)
    said = [(q.speaker, q.text[:12]) for q in r.quotes]
    assert said == [("Mara Quinlan", "That is the "), ("Mara Quinlan", "The whole fi")]
    assert all(t.role == "interviewee" for t in r.turns if "joke" in t.text or "whole film" in t.text)


def test_in_prose_the_person_quoted_far_more_than_the_named_subject_is_the_interviewee():
    i = iv("She has been Harbor Green's troublemaker for nine years, but nothing prepared Lena Voss for "
           "the crash. Harbor Green's fans were stunned, and Harbor Green's ratings rose.\n\n"
           "“I rang my mum and could not speak,” Lena revealed. “She thought someone had died.”\n\n"
           "“They said big year for Stacey, and I thought they meant a holiday,” she laughed.\n\n"
           "“A lady in the shop gave me a bag of satsumas,” she said. “For your grief, love.”\n\n"
           "“Her story is far from over,” a Harbor Green spokesperson said. “Harbor Green fans will see,” "
           "Harbor Green said.")
    r = extract_turns(i)
    assert r.interviewee == "Lena Voss"
    assert {q.speaker for q in r.quotes if "satsumas" in q.text or "holiday" in q.text} == {"Lena Voss"}


def test_an_embedded_post_is_its_posters_words_not_the_interviewees():
    i = iv("Lena Voss is back on Ridgeline.\n\n"
           "> Very clever, @RidgelineTV. The map in the credits has a new town on it pic.twitter.com/abc123\n"
           "> — Jo Park (@jopark) March 3, 2026\n\n"
           "“We hid the town in plain sight,” Voss says.",
           title="Lena Voss on the new town", byline="Ana Ruiz")
    r = extract_turns(i)
    assert {(t.role, t.speaker) for t in r.turns if "Very clever" in t.text} == {("other", None)}
    assert [q.speaker for q in r.quotes] == ["Lena Voss"]


def test_after_an_answer_a_paragraph_bringing_in_someone_elses_quote_is_the_journalists():
    i = iv("Lena Voss plays the ferry captain.\n\n"
           "**Your scenes with Ana Ruiz, who plays the fixer, are the best in the show. What is she like?** "
           "Terrifying, in the best way. She never rehearses, so every take is different.\n\n"
           "Ruiz, reached by email, returned the compliment: “Lena is the only actor who apologises to the props.”\n\n"
           "**And the ferry?** Theo Marsh told me, “You will be seasick by lunch,” and I was, every single day.",
           title="Lena Voss on the ferry", byline="Jo Park")
    r = extract_turns(i)
    assert {(t.role, t.speaker) for t in r.turns if "apologises" in t.text} == {("other", "Ana Ruiz")}
    assert {t.role for t in r.turns if "every single day" in t.text} == {"interviewee"}  # her own story


def test_a_fact_file_of_bold_fields_is_prose_not_a_panel():
    i = iv("TAMSIN ODUYA (Quarry Road, BBC Two, 9pm)\n\n"
           "**Age:** 41.\n\n"
           "**Style:** Wellies and a borrowed parka.\n\n"
           "**Home:** A narrowboat outside Oxford.\n\n"
           "**Finest hour:** Beating four hundred hopefuls to the part of a quarry foreman.\n\n"
           "Oduya, who grew up in Leeds, says the parka is not borrowed. “I stole it from wardrobe,” Oduya says.",
           title="The lowdown on Tamsin Oduya")
    r = extract_turns(i)
    assert r.interviewee == "Tamsin Oduya"
    assert [t.role for t in r.turns if t.text.startswith(("**Age", "**Style", "**Home", "**Finest"))] == \
        ["narration"] * 4
    assert ("interviewee", "Tamsin Oduya") in roles(r)


def test_speakers_named_once_each_are_still_speakers():
    i = iv("We asked three fans at the premiere what they hoped for.\n\n"
           "Maria Lopez: I want the lighthouse keeper to come back from the sea.\n\n"
           "Dev Anand: More of the dog. The dog carries the show.\n\n"
           "Host: And a wedding, surely?",
           title="Fans on the Quarry Road finale")
    r = extract_turns(i)
    assert [t.speaker for t in r.turns[1:]] == ["Maria Lopez", "Dev Anand", "Host"]


def test_a_live_chat_with_times_and_readers_questions():
    i = iv("*Wendell Okoro, who plays a ferry captain on Low Water, joined us for a live chat.*\n\n"
           "**[13:01]** **Priya Nair:** Welcome! Wendell has forty minutes and a flask of tea.\n\n"
           "**[13:02]** **Wendell Okoro:** Hello all. The tea is mostly for show.\n\n"
           "**[13:04]** **Question from Gail, Whitby:** do you get seasick on the real boat\n\n"
           "**[13:06]** **Wendell Okoro:** Every single day, and the boat knows it.\n\n"
           "1:10pm Question from Ravi_22: Who cooks on set?\n\n"
           "1:12pm Wendell Okoro: Nobody admits to it.",
           title="Live chat: Wendell Okoro answers your questions", byline="Priya Nair")
    r = extract_turns(i)
    assert roles(r) == [("narration", "Priya Nair"), ("interviewer", "Priya Nair"), ("interviewee", "Wendell Okoro"),
                        ("interviewer", "Gail"), ("interviewee", "Wendell Okoro"), ("interviewer", "Ravi_22"),
                        ("interviewee", "Wendell Okoro")]


@pytest.mark.parametrize("header", ["Presenter: Maud Kerr. Guest: Lachlan Reid, actor (Tidewater).",
                                    "Our host Maud Kerr talks to our guest, actor Lachlan Reid."])
def test_role_labels_stand_for_the_people_the_header_gives_those_roles(header):
    i = iv(header + "\n\n"
           "PRESENTER: Lachlan, you learned to gut a fish for this part?\n\n"
           "GUEST (laughing): Forty of them before lunch, and the cat followed me home.\n\n"
           "PRESENTER: We have a caller. Go ahead.\n\n"
           "CALLER (NORA): My husband thinks the boat is real!\n\n"
           "GUEST: Tell him it sank in series two, Nora.",
           title="Radio Breakfast - transcript")
    r = extract_turns(i)
    assert roles(r)[1:] == [("interviewer", "Maud Kerr"), ("interviewee", "Lachlan Reid"),
                            ("interviewer", "Maud Kerr"), ("other", "Nora"), ("interviewee", "Lachlan Reid")]


def test_an_unnamed_guest_label_is_the_interviewee_the_evidence_names():
    i = iv("Lachlan Reid stopped by the studio to talk about Tidewater.\n\n"
           "HOST: How cold was the water?\n\n"
           "GUEST: Cold enough that I stopped feeling my own name.\n\n"
           "HOST: And the fish?\n\n"
           "GUEST: The fish were the real professionals.",
           title="Lachlan Reid on Tidewater", byline="Maud Kerr")
    r = extract_turns(i)
    assert r.interviewee == "Lachlan Reid"
    assert roles(r)[1:] == [("interviewer", "Maud Kerr"), ("interviewee", "Lachlan Reid")] * 2


def test_a_wire_story_in_capitals_with_its_executives_and_its_asides():
    i = iv("HALIFAX (CP) -- MIRANDA QUELCH, THE STAR OF THE FISHING DRAMA \"LOW TIDE,\" SAID MONDAY SHE WILL LEAVE "
           "THE SHOW.\n\n"
           "\"Nine winters on a trawler is enough,\" Quelch said.\n\n"
           "The network praised her. \"Miranda built this show,\" said network drama president Colm Arbery.\n\n"
           "Asked whether she would come back for a last episode, Quelch smiled. \"Only if the boat sinks.\"")
    r = extract_turns(i)
    said = [(t.role, t.speaker) for t in r.turns if t.role != "narration"]
    assert said == [("interviewee", "Miranda Quelch"), ("other", "Colm Arbery"), ("interviewee", "Miranda Quelch")]


def test_given_names_of_a_name_written_surname_first_and_a_trade_at_the_head_of_a_sentence():
    i = iv("Lim Jia Hui plays a night-shift surgeon in Ward Nine.\n\n"
           "Star Oren Bakri, who plays the chief of surgery, sent a statement: \"She outworks all of us.\"\n\n"
           "Lim Jia Hui: The first week I fainted at a fake wound.\n\n"
           "Weekly: And now?\n\n"
           "Jia Hui: Now I eat lunch beside them.",
           title="Lim Jia Hui on Ward Nine")
    r = extract_turns(i)
    said = [(t.role, t.speaker) for t in r.turns if t.role not in ("narration", "interviewer")]
    assert said == [("other", "Oren Bakri")] + [("interviewee", "Lim Jia Hui")] * 2


def test_the_trade_the_article_gives_someone_names_them_for_a_she_said_that_follows():
    i = iv("Ana Ruiz, the co-creator and showrunner of Salt Flats, is leaving after three seasons. Its lead, "
           "Greta Holm, said in a statement: \"Ana made this show.\"\n\n"
           "The showrunner was asked about her successor. \"I have met him once,\" she said.",
           title="Salt Flats showrunner Ana Ruiz to exit")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Greta Holm", "Ana Ruiz"]


@pytest.mark.parametrize("lead", [
    "Her father still drives the tractor, and, Ferreira says, has already planned a watch party.",
    "Ferreira says her father has already planned a watch party.",
    "Asked whether her father would watch, she didn't hesitate.",
])
def test_a_quote_after_a_sentence_reporting_what_someone_says_is_theirs(lead):
    i = iv("Lucia Ferreira grew up on a farm outside Porto and now plays a vet in Green Acres Road. Her co-star, "
           "Tom Ashby, says she is the only one who can calm the goats.\n\n"
           f"{lead} \"He has printed posters of my face and put them up in the barn.\"",
           title="Lucia Ferreira on Green Acres Road")
    r = extract_turns(i)
    assert r.quotes[-1].speaker == "Lucia Ferreira"


def test_a_tribute_quotes_the_late_subject_and_the_people_set_off_after_a_role():
    i = iv("Maud Pellow, who played the landlady on Canal Street for thirty years, has died at 88. Pellow was born "
           "in Salford, where she worked in a mill; Pellow joined the show when she was 26.\n\n"
           "In a 2012 interview, she remembered her audition. “They handed me a rolling pin and said, ‘Go on.’ "
           "So I went on, for thirty years.”\n\n"
           "Her screen husband, Alf Dunmore, who played the long-suffering Stan, paid tribute. “She taught me "
           "where the cameras were and how to ignore them,” he said.\n\n"
           "Asked at her leaving party whether she would miss the pub set, she was brisk: “I will miss the "
           "people. Not the pumps.”",
           title="Maud Pellow remembered")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Maud Pellow", "Alf Dunmore", "Maud Pellow"]


def test_what_a_speaker_does_before_the_verb_a_moderator_and_an_unnamed_director():
    i = iv("Petra Lund spent the panel teasing the last season of Iron Quay.\n\n"
           "Lund hinted that the harbour would burn, and moderator Ilse Brandt, who plainly knew more, held up both "
           "hands and said, “I am not reacting to that.”\n\n"
           "On her first day the director told her the captain needed “a stare that sinks ships.”\n\n"
           "Her sister is played by Oona Vey. Vey told me she had “asked for more scenes, politely, then less "
           "politely.”",
           title="Petra Lund on the last season of Iron Quay")
    r = extract_turns(i)
    assert [(q.speaker, q.text[:10]) for q in r.quotes] == [
        ("Ilse Brandt", "I am not r"), (None, "a stare th"), ("Oona Vey", "asked for ")]


def test_answers_marked_by_a_dash_beside_questions_under_colon_labels():
    i = iv("Ada Quell plays a ferry captain.\n\n"
           "**Weekly: How is the boat?**\n\n"
           "Ada Quell — Leaking, but proud.\n\n"
           "**Weekly: And the crew?**\n\n"
           "AQ — Seasick, every one of them.",
           title="Ada Quell on the ferry")
    assert roles(extract_turns(i))[1:] == [("interviewer", "Weekly"), ("interviewee", "Ada Quell")] * 2


def test_a_transcripts_dash_labels_with_descriptors():
    i = iv("RONA FIELD, HOST — Tonight, the stars of Low Water.\n\n"
           "ADA QUELL, ACTRESS, \"LOW WATER\" — Thank you for having me.\n\n"
           "FIELD — How cold was the sea?\n\n"
           "QUELL — Colder than the scripts said.\n\n"
           "FIELD — And the boat?\n\n"
           "QUELL — The boat was the only warm thing on set.")
    said = roles(extract_turns(i))
    assert said == [("interviewer", "Rona Field"), ("interviewee", "Ada Quell")] * 3


def test_dash_labels_of_one_guest_beside_questions_set_apart_in_bold():
    # One speaker under dash labels (the full name once, then the surname): the journalist's side is the bold
    # questions, so the dashes are labels, not prose.
    i = iv("Ada Quell plays a ferry captain in Low Water.\n\n"
           "**How is the boat holding up?**\n\n"
           "ADA QUELL — Leaking, but proud of itself.\n\n"
           "**And the crew?**\n\n"
           "QUELL — Seasick, every one of them, and still singing.",
           title="Ada Quell on the ferry", byline="Tom Reyes")
    r = extract_turns(i)
    assert roles(r)[1:] == [("interviewer", "Tom Reyes"), ("interviewee", "Ada Quell")] * 2
    assert [t.text for t in r.turns if t.role == "interviewee"] == [
        "Leaking, but proud of itself.", "Seasick, every one of them, and still singing."]



def test_bold_subheadings_are_no_side_that_makes_a_dash_after_a_name_a_label():
    # A profile's subheadings in bold ask nothing; the dashes after the subject's name are asides in narration.
    i = iv("Ada Quell has played the captain of Low Water for six seasons.\n\n"
           "**The early years**\n\n"
           "Quell — then nineteen and broke — moved to Leeds with one suitcase and a borrowed coat.\n\n"
           "**The break**\n\n"
           "Quell — by now a regular at the Crucible — got the call on a Tuesday.\n\n"
           "“I cried in the car park,” Quell said.", title="Ada Quell: the long way round")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert [(t.role, t.speaker, t.text) for t in r.turns if t.role != "narration"] == [
        ("interviewee", "Ada Quell", "I cried in the car park,")]

def test_a_dash_transcripts_descriptors_say_who_the_guests_are():
    # The host opens and asks; the guests are the ones their descriptors introduce, the first of them the subject.
    i = iv("RONA FIELD, HOST — Tonight, the stars of Low Water and a marine biologist.\n\n"
           "ADA QUELL, ACTRESS, LOW WATER — Thank you for having me, Rona.\n\n"
           "PIA MORROW, MARINE BIOLOGIST — Glad to be here.\n\n"
           "FIELD — How cold was the sea, Pia?\n\n"
           "MORROW — Eleven degrees, which is warm for that coast, and the seals agreed with me.\n\n"
           "FIELD — Ada, was it warm for you?\n\n"
           "QUELL — Not remotely. I wore two wetsuits and still lost the feeling in my toes.\n\n"
           "FIELD — And the boat?\n\n"
           "MORROW — A fine boat, older than all of us, with a new engine.")
    r = extract_turns(i)
    assert r.interviewee == "Ada Quell"
    assert {t.speaker for t in r.turns if t.role == "interviewer"} == {"Rona Field"}
    assert {t.speaker for t in r.turns if t.role == "other"} == {"Pia Morrow"}


def test_in_a_dash_interview_the_thanks_to_the_guest_by_name_is_the_journalists():
    i = iv("Odile Marchal plays a spy in Ligne Verte.\n\n"
           "— How much of the job is waiting?\n\n"
           "— Most of it. You learn to wait beautifully.\n\n"
           "— And the car chases?\n\n"
           "— A stunt driver does those. I do the screaming.\n\n"
           "— Merci, Odile.\n\n"
           "— Merci à vous!",
           title="Odile Marchal: waiting beautifully", byline="Luc Bernot")
    assert roles(extract_turns(i))[1:] == [("interviewer", "Luc Bernot"), ("interviewee", "Odile Marchal")] * 3


def test_a_transcripts_descriptors_in_title_case():
    i = iv("Rona Field, Host: Tonight, the stars of Low Water.\n\n"
           "Ada Quell, Actress, Low Water: Thank you for having me.\n\n"
           "Field: How cold was the sea?\n\n"
           "Quell: Colder than the scripts said.")
    assert roles(extract_turns(i)) == [("interviewer", "Rona Field"), ("interviewee", "Ada Quell")] * 2


FORUM_THREAD = ("**Posted by u/MinaKovacs_Real · verified**\n\n"
                "Hello all! I'm Mina Kovacs, and for three seasons I've been the vet on *Green Acre Road*. Ask away!\n\n"
                "EDIT: I have an hour before my train, so I'll be quick.\n\n"
                "---\n\n"
                "**u/barn_owl_22** · 3.4k points\n\n"
                "Were the lambs real?\n\n"
                "> **u/MinaKovacs_Real** · 2.9k points\n>\n"
                "> Every one of them. One ate my script on the second day and I learned my lines from the lamb's leftovers.\n\n"
                "> > **u/barn_owl_22** · 900 points\n> >\n> > best answer in the thread\n\n"
                "**u/quietfield** · 1.2k points\n\n"
                "What is the hardest part of playing a vet?\n\n"
                "> **u/MinaKovacs_Real** · 1.1k points\n>\n"
                "> The gloves. Nobody tells you how hot it gets inside a calving glove in August.\n\n"
                "**u/mod_meadow** · 150 points\n\n"
                "Thanks for stopping by, Mina!")



@pytest.mark.parametrize("header", ["Television · 2 hours ago", "Updated · 2 hours ago", "**Culture** | 3 days ago"])
def test_one_header_line_with_a_time_is_a_pages_dateline_not_a_forum_poster(header):
    # A forum thread has posters (two or more); a web page's one "Section · 2 hours ago" line names nobody.
    i = iv(header + "\n\nAda Quell has played the captain of Low Water for six seasons.\n\n"
           "“I still get seasick,” Quell said.\n\nWhat keeps her coming back?\n\n“The crew,” she said.")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert r.interviewee == "Ada Quell"
    assert [(t.role, t.speaker, t.text) for t in r.turns if t.role != "narration"] == [
        ("interviewee", "Ada Quell", "I still get seasick,"), ("interviewee", "Ada Quell", "The crew,")]

def test_a_forum_thread_with_an_actor_gives_each_poster_their_words():
    i = iv(FORUM_THREAD, title="I'm Mina Kovacs, the vet on Green Acre Road. AMA!", byline="u/MinaKovacs_Real",
           outlet="r/television")
    r = extract_turns(i)
    assert_offsets(i, r)
    assert r.interviewee == "Mina Kovacs"  # the poster's handle spells the name the title gives
    said = [(t.role, t.speaker, t.text[:14]) for t in r.turns if t.role != "narration"]
    assert said == [
        ("interviewee", "Mina Kovacs", "Hello all! I'm"),
        ("interviewer", "u/barn_owl_22", "Were the lambs"),
        ("interviewee", "Mina Kovacs", "Every one of t"),
        ("interviewer", "u/barn_owl_22", "best answer in"),
        ("interviewer", "u/quietfield", "What is the ha"),
        ("interviewee", "Mina Kovacs", "The gloves. No"),
        ("interviewer", "u/mod_meadow", "Thanks for sto"),
    ]
    # The note on the post and the rule under it are nobody's words.
    assert {t.text for t in r.turns if t.role == "narration"} == {
        "EDIT: I have an hour before my train, so I'll be quick.", "---"}


def test_a_byline_that_is_a_journalists_handle_stays_the_byline():
    i = iv("**Screen Weekly:** Were the lambs real?\n\n**Mina Kovacs:** Every one of them.",
           title="Mina Kovacs on Green Acre Road", byline="u/sam_writes")
    r = extract_turns(i)
    assert r.interviewer == "u/sam_writes" and r.interviewee == "Mina Kovacs"


def test_ques_and_ans_labels_are_question_and_answer():
    i = iv("Kavya Menon plays a judge in Nyay.\n\n**Ques:** Did you study law?\n\n**Ans:** Two years, then I ran away "
           "to theatre.\n\n**Ques:** Any regrets?\n\n**Ans:** Only the fees.", title="Kavya Menon on Nyay",
           outlet="Filmi Beat")
    assert roles(extract_turns(i))[1:] == [("interviewer", "Filmi Beat"), ("interviewee", "Kavya Menon")] * 2


def test_initials_of_a_double_barrelled_name_and_a_label_by_trade():
    i = iv("We met Teodor Amsel-Brandt, who plays a lifeguard on Low Tide. His publicist, Wren Ocampo, sat in.\n\n"
           "ZINE: Can you swim?\n\nTAB: Badly, and only in straight lines.\n\n"
           "ZINE: And the finale?\n\nPUBLICIST: We can't talk about the finale, sorry.\n\n"
           "TAB: She's right, I'm sorry.", title="Teodor Amsel-Brandt dives in", outlet="Zine")
    said = roles(extract_turns(i))
    assert said[1:] == [("interviewer", "Zine"), ("interviewee", "Teodor Amsel-Brandt"), ("interviewer", "Zine"),
                        ("other", "Wren Ocampo"), ("interviewee", "Teodor Amsel-Brandt")]


def test_a_first_name_expands_to_a_double_barrelled_surname():
    from newsletter.extract.cast import Cast
    assert Cast([]).expand("Sheila", "Her screen mum, Sheila Ambrose-Kent, said so.") == "Sheila Ambrose-Kent"


def test_irish_names_says_he_and_a_quote_paragraph_after_reported_speech():
    i = iv("Cathal Ó Dubhghaill is late, and sorry. “The dog ate the timetable,” says he.\n\n"
           "He did ten years in a bank before acting, and he was, he says, a terrible clerk.\n\n"
           "“I rounded everything up. Customers loved me. Head office did not.”\n\n"
           "Ó Dubhghaill shrugs at the memory. “Numbers were never my friends.”",
           title="Cathal Ó Dubhghaill: from the bank to the stage")
    r = extract_turns(i)
    assert r.interviewee == "Cathal Ó Dubhghaill"
    assert [(q.speaker, q.text[:12]) for q in r.quotes] == [
        ("Cathal Ó Dubhghaill", "The dog ate "), ("Cathal Ó Dubhghaill", "I rounded ev"),
        ("Cathal Ó Dubhghaill", "Numbers were")]


def test_a_quote_paragraph_after_a_paragraph_that_quotes_someone_keeps_the_usual_rules():
    # The paragraph before quotes its speaker itself: the reported-speech rule is for narration only.
    i = iv("Ana Ruiz plays the lawyer. “It was cold,” says Ruiz, and the director, Tom Hale, says it was colder.\n\n"
           "“Twelve degrees, and the heating broke.”", title="Ana Ruiz on Cold Case")
    r = extract_turns(i)
    assert r.quotes[1].speaker != "Tom Hale"


def test_a_fact_box_heading_is_no_speaker():
    i = iv("Freja Holm plays the inspector in Stormøen. “I said no twice,” says Holm.\n\n"
           "**FACTS: Freja Holm**\n\n- Born 1980 in Odense.\n\n- Lives in Aarhus with two cats.",
           title="Freja Holm: 'The wind writes your lines'", byline="Per Lund")
    r = extract_turns(i)
    assert {t.role for t in r.turns if "Odense" in t.text or "cats" in t.text} == {"narration"}


def test_a_name_written_family_name_first_is_called_by_its_first_word():
    from newsletter.extract.cast import short_form
    body = ("Park Ji-woo plays a night baker in Flour Moon. Director Choi Min-ho said he chose Park for her hands. "
            "“She kneads like she is angry,” he said.\n\n"
            "Asked about the hours, Park laughed. “I sleep in the afternoons,” she said. Park owns three aprons.")
    assert short_form("Park Ji-woo", body) == "Park"
    assert short_form("Choi Min-ho", body) == "Min-ho"  # never called by his first word alone: the usual form
    assert short_form("The Long Take", "The show. The end. The Long Take reviews it.") == "Take"
    r = extract_turns(iv(body, title="Park Ji-woo rises early"))
    assert [(q.speaker, q.text[:8]) for q in r.quotes] == [("Choi Min-ho", "She knea"), ("Park Ji-woo", "I sleep ")]


def test_she_after_a_person_a_who_clause_introduces_is_that_person():
    i = iv("Tobias Wren plays the heir in Fenwick Hall. “I wanted the pen,” Wren said.\n\n"
           "Across the room, Ngozi Adeyemi, who plays his half-sister, was less kind. “He thinks a castle is a "
           "personality,” she said.\n\n"
           "Lars Ebbe, the 26-year-old who plays the butler, shrugged. “I stand in doorways,” he said.",
           title="Tobias Wren inherits Fenwick Hall")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Tobias Wren", "Ngozi Adeyemi", "Lars Ebbe"]


def test_an_oral_historys_first_voice_asks_nothing_and_is_no_host():
    i = iv("*In 1995 the writer Ivo Santer had a pilot and no lead.*\n\n"
           "**Ivo Santer** (creator): We saw three hundred actresses and every one played her sad.\n\n"
           "**Rhea Moncur:** I played her hungry. That was the whole trick.\n\n"
           "**Santer:** She came in wearing an apron, straight from a shift.\n\n"
           "**Paul Ider** (director): We cast her before she sat down.\n\n"
           "**Moncur:** I had not even taken the apron off.",
           title="Diner Days at 30: Rhea Moncur and the people who made it")
    r = extract_turns(i)
    assert r.interviewee == "Rhea Moncur"
    assert not [t for t in r.turns if t.role == "interviewer"]
    assert {t.speaker for t in r.turns if t.role == "other"} == {"Ivo Santer", "Paul Ider"}


def test_a_profiles_epithets_for_its_subject_are_the_subject():
    i = iv("Rafael Duarte-Lima plays the villain in Maré Alta.\n\n"
           "His screen brother, Caio Neves, says they never speak between takes. “He is very serious,” Neves said.\n\n"
           "The heartthrob disagrees. “Caio says that because I beat him at dominoes.”",
           title="Rafael Duarte-Lima, the villain Brazil loves")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Caio Neves", "Rafael Duarte-Lima"]


def test_the_one_asking_in_a_when_clause_is_not_the_one_who_answers():
    i = iv("Nell Ashby plays the sheriff in Dry Creek. “It's a hot set,” Ashby says.\n\n"
           "When Tom Ridley asks her what to tell the parents, she says only, “We tell them the truth.”",
           title="Nell Ashby on Dry Creek")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Nell Ashby", "Nell Ashby"]


def test_a_list_or_gallery_about_someone_gives_each_items_unclaimed_quote_to_them():
    body = ("Eight things we learned from Rhys Okonjo-Hale.\n\n"
            "- **He has a co-star who pranks him.** Lidia Varga, who plays the dispatcher, filled his cab with ducks. "
            "“He screamed like a child,” Varga told us.\n"
            "- **He wrote a song for the show.** The tune his character hums is his. “It's four notes, to be generous.”\n\n"
            "**3/8** With Lidia Varga at the wrap party. “She taught me to dance badly on purpose.”")
    r = extract_turns(iv(body, title="8 things we learned from Rhys Okonjo-Hale"))
    assert [(q.speaker, q.text[:10]) for q in r.quotes] == [
        ("Lidia Varga", "He screame"), ("Rhys Okonjo-Hale", "It's four "), ("Rhys Okonjo-Hale", "She taught")]


def test_the_one_who_called_something_so_said_the_words():
    i = iv("Zara Quill is leaving Brightline after six seasons. Showrunner Milo Desai called her exit “the saddest "
           "rewrite I have done” and said the writers knew in spring. “We gave her the ending she earned.”",
           title="Zara Quill exits Brightline")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Milo Desai", "Milo Desai"]


def test_a_question_about_the_subject_in_the_narration_is_answered_by_the_quote_after_it():
    i = iv("Sofie Brandt plays the inspector in Stormøen. “I said no twice,” says Brandt.\n\n"
           "What does she hope viewers take from it?\n\n"
           "“That small towns are not simple towns.”", title="Sofie Brandt on Stormøen")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Sofie Brandt", "Sofie Brandt"]


def test_the_subject_by_age_and_origin_is_the_subject():
    i = iv("Caio Ferraz plays the villain in Maré Alta, and the role has changed him.\n\n"
           "The 34-year-old carioca says he asked for a villain for years. “I was always the man with flowers.”\n\n"
           "Lia Rocha, the 26-year-old who plays his sister, laughed. “He still brings flowers,” she said.",
           title="Caio Ferraz, villain")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes] == ["Caio Ferraz", "Lia Rocha"]


def test_review_cases_for_called_ages_and_trade_labels():
    # A crowd or a one-word scare quote is no speaker; an age names whoever the article gives it.
    i = iv("Ada Quell plays the captain. Critics called the finale “a storm in a teacup with better lighting.” "
           "Quell called the set “home”.\n\n"
           "Pia Morrow, 26, plays her deckhand. “I learned every knot,” the 26-year-old deckhand admitted.",
           title="Ada Quell on Low Water")
    r = extract_turns(i)
    assert [q.speaker for q in r.quotes if "knot" in q.text] == ["Pia Morrow"]
    assert not [q for q in r.quotes if q.speaker and "Critics" in q.speaker]
    # "Producer Tom Reyes" opening a sentence is the producer a PRODUCER: label stands for.
    j = iv("Producer Tom Reyes sat in while we talked to Ada Quell.\n\nZINE: Can you swim?\n\nQUELL: Badly.\n\n"
           "ZINE: And the finale?\n\nPRODUCER: We can't say.\n\nQUELL: Sorry.", title="Ada Quell dives in",
           outlet="Zine")
    assert ("other", "Tom Reyes") in roles(extract_turns(j))


@pytest.mark.parametrize("title, show", [
    ("Q&A: Mira Dane unpacks 'The Lighthouse Keeper's Daughter' and 'Fenwick'", "The Lighthouse Keeper's Daughter"),
    ("NBC' 'Quarry Road' star Mira Dane on her last day", "Quarry Road"),
    ("Mira Dane's 'Fenwick' goes out on a high", "Fenwick"),
])
def test_a_quoted_title_keeps_its_own_apostrophes_and_not_a_possessive_one(title, show):
    body = "“I cried on the last day,” Mira Dane says.\n\n“Everybody did.”"
    assert understand(iv(body, title=title)).show == show


def test_a_shows_possessive_before_an_actor_is_not_part_of_her_name():
    body = ("The ferry captain, played by Harbour Lights's Odile Marchetti, returns on Thursday.\n\n"
            "“She never asks for permission,” Marchetti tells us.")
    got = extract_turns(iv(body, title="The ferry captain is back"))
    assert [(t.role, t.speaker) for t in got.turns if t.role != "narration"][0][1] == "Odile Marchetti"


@pytest.mark.parametrize("epithet", ["the Quarry Road vet", "the Emmy winner", "the two-time nominee",
                                     "the Dublin native", "the breakout"])
def test_an_epithet_after_a_speech_verb_is_whoever_was_just_named(epithet):
    body = ("Rina Calder plays the new coroner on Quarry Road. “I get all the bodies,” Calder says.\n\n"
            "Her co-star Tomas Velde plays the old one. “We argue about parking,” Velde says.\n\n"
            "“You might see a little rivalry,” Calder admits, though Tomas Velde promises that is all. "
            f"“I could never say my character likes hers,” says {epithet}, “but there is respect.”")
    got = extract_turns(iv(body, title="Rina Calder joins Quarry Road"))
    said = [(t.speaker, t.text[:12]) for t in got.turns if t.role != "narration"]
    assert said[-2:] == [("Tomas Velde", "I could neve"), ("Tomas Velde", "but there is")]


def test_a_block_quote_after_a_sentence_handing_over_to_the_star_is_hers():
    body = ("Ivo Brandt plays the lighthouse keeper on Kettle Bay. “I get seasick,” Brandt says.\n\n"
            "The network sent out a statement on Friday:\n\n"
            "> Kettle Bay will return for a fourth season.\n\n"
            "Asked whether he would stay, the 52-year-old replied:\n\n"
            "> Only if they give me a boat that floats.\n\n"
            "And the finale? The star was blunt:\n\n"
            "> Bring tissues. Bring two boxes.")
    spoken = [t for t in extract_turns(iv(body, title="Ivo Brandt and Kettle Bay")).turns if t.role != "narration"]
    assert [t.text.split()[0] for t in spoken] == ["I", "Kettle", "Only", "Bring"]
    assert [t.speaker for t in spoken] == ["Ivo Brandt", None, "Ivo Brandt", "Ivo Brandt"]  # the star's; a statement


def test_an_empty_block_quote_line_hands_over_to_nobody():
    body = ("Ivo Brandt plays the lighthouse keeper on Kettle Bay. “I get seasick,” Brandt says.\n\n"
            "The family of a lighthouse keeper posted a message on Facebook:\n\n"
            ">\n\n"
            "> We are disappointed that the show makes fun of a hard job.")
    spoken = [t for t in extract_turns(iv(body, title="Ivo Brandt and Kettle Bay")).turns if t.role != "narration"]
    assert [(t.speaker, t.text[:5]) for t in spoken if t.text != ">"] == [("Ivo Brandt", "I get"), (None, "We ar")]


def test_a_sentence_someone_else_opens_names_the_subject_only_as_its_object():
    body = ("Ivo Brandt plays the lighthouse keeper on Kettle Bay. “I get seasick,” Brandt says.\n\n"
            "The booking was talk-show host Mara Quint's idea. Quint stood by her decision to book Brandt, tweeting, "
            "“He is the funniest man on television and I will not apologise for it.”")
    assert [q.speaker for q in understand(iv(body, title="Ivo Brandt and Kettle Bay")).quotes] == ["Ivo Brandt", None]


def test_an_epithet_is_whoever_the_sentence_before_shows_even_someone_new():
    body = ("Rina Calder plays the new coroner on Quarry Road. “I get all the bodies,” Calder says.\n\n"
            "Her co-star Tomas Velde won an award last year for the role. “It was a fluke,” says the award winner.\n\n"
            "Velde, a Quarry Road veteran, laughs. “I am the old man here,” says the veteran of six seasons.")
    quotes = extract_turns(iv(body, title="Rina Calder joins Quarry Road")).quotes
    assert [q.speaker for q in quotes] == ["Rina Calder", "Tomas Velde", "Tomas Velde"]


def test_a_block_quote_a_paragraph_cites_from_a_source_is_nobodys_speech():
    body = ("Ivo Brandt told a radio station last week that “the set smells of wet dogs.”\n\n"
            "A trade blog pointed out an odd promotion for the show:\n\n"
            "> The network will mail a scented card to every subscriber. It smells of wet dogs.\n\n"
            "Brandt was asked about it later and laughed:\n\n"
            "> I did not approve the card. I approve of dogs.")
    said = spoken_turns(body, "Ivo Brandt and the smell of Kettle Bay", 16)
    assert said == [("interviewee", "Ivo Brandt", "the set smells o"), ("other", None, "The network will"),
                    ("interviewee", "Ivo Brandt", "I did not approv")]


def test_a_headline_that_is_someones_words_names_the_speaker_not_who_the_words_mention():
    body = ("Viewers have met Dolly Pim every weeknight this year. The café owner of Harbour Row has made Noor "
            "Vanterpool the best-known actress in the city.\n\n"
            "“Everybody has a Pim,” she laughs. “Loud, kind, and always right.”\n\n"
            "Pim runs the café; Pim lends money; Pim never forgets a debt.")
    u = understand(iv(body, title="Noor Vanterpool: 'Dolly Pim is the aunty every street has'"))
    assert u.interviewee == "Noor Vanterpool"


def test_a_kicker_before_a_shows_title_is_no_speaker_headline():
    body = ("*Night Desk* returns Friday. Lena Voss plays the detective, and her co-star Rhett Okabe plays her "
            "partner. Okabe was there when we visited.\n\n"
            "“I cried every day,” she says. “It was hard.”\n\n"
            "“She never stopped,” Okabe says.\n\n"
            "“We were tired,” Voss says.")
    assert understand(iv(body, title="First Look: 'Night Desk' Star Lena Voss Returns")).interviewee == "Lena Voss"


def test_a_quote_paragraph_after_narration_ending_on_the_subject_is_hers():
    body = ("Noor Vanterpool plays the café owner on *Harbour Row*. “I was born to shout,” she says.\n\n"
            "Vanterpool grew up above a bakery, and she spent ten years in theatre. *Harbour Row* is her first lead.\n\n"
            "“I nearly gave up. I had applied for a job at a bank.”\n\n"
            "Her co-star Ansel Brook was more cautious about the whole thing.\n\n"
            "“Nobody expected a second season.”")
    said = spoken_turns(body, "Noor Vanterpool on Harbour Row", 12)
    assert ("interviewee", "Noor Vanterpool", "I nearly gav") in said
    assert ("interviewee", "Noor Vanterpool", "Nobody expec") not in said  # after a sentence about him


def test_narration_that_brings_in_someone_else_then_ends_on_the_subject_hands_over_to_nobody():
    body = ("Noor Vanterpool plays the café owner on *Harbour Row*. “I was born to shout,” she says.\n\n"
            "Her co-star Ansel Brook remembers the first read-through. Everyone knew Vanterpool would be a star.\n\n"
            "“She was terrifying in the best way. We all knew it.”")
    assert ("interviewee", "Noor Vanterpool", "She was terr") not in spoken_turns(body, "Noor Vanterpool", 12)


@pytest.mark.parametrize("sentence", ["Her character Dolly Pim hates buses.", "Her new show Harbour Row returns "
                                      "Friday.", "Everyone went quiet.", "Filming began in May.",
                                      "Netflix took the show in 2021.", "Paris, on the last night of the shoot:",
                                      "Season two, in a word:"])
def test_what_happened_or_a_character_before_a_quote_is_no_speaker(sentence):
    body = ("Noor Vanterpool plays the café owner on Harbour Row. “I was born to shout,” Vanterpool says.\n\n"
            f"It was a long year. {sentence} “Nobody on that set ever slept more than four hours a night.”")
    assert [q.speaker for q in extract_turns(iv(body, title="Noor Vanterpool")).quotes] == ["Noor Vanterpool", None]


def test_a_title_before_the_surname_is_no_first_name():
    body = ("Actress Noor Vanterpool, 41, plays the café owner on Harbour Row, whose daughter is Noor Pim.\n\n"
            "“I was born to shout,” said Ms Vanterpool. “Every single day.”\n\n"
            "Noor Pim, the daughter, gets a love interest this season. “It is about time,” said Ms Vanterpool.")
    u = understand(iv(body, title="Noor Vanterpool on Harbour Row"))
    assert u.interviewee == "Noor Vanterpool" and {q.speaker for q in u.quotes} == {"Noor Vanterpool"}


def test_someone_acting_right_after_a_quote_speaks_the_next_one():
    body = ("Noor Vanterpool plays the café owner on Harbour Row. “I was born to shout,” Vanterpool says.\n\n"
            "And the catchphrase? “Not in my café!” Vanterpool rolls her eyes. “Bus drivers shout it at me.”")
    got = extract_turns(iv(body, title="Noor Vanterpool on Harbour Row"))
    assert ("interviewee", "Noor Vanterpool") in [(t.role, t.speaker) for t in got.turns if t.text.startswith("Bus")]


def test_she_is_the_subject_of_a_profile_that_says_she_far_more_than_it_names_her():
    body = ("Odile Brancusi-Harte has agreed to lunch if we sit by a window, and she keeps moving her glass to the "
            "light.\n\n"
            "She is 38, and she has spent two years at the centre of *The Long Table*. She has heard every theory.\n\n"
            "Her co-star Amadou Keel, who plays her brother, called her “the one who remembers every birthday.”\n\n"
            "When I ask if the writers told her the ending, she sets down her fork.\n\n"
            "“I asked them not to. If I know the ending, I will play it.”\n\n"
            "Asked what she does on her days off, she said, simply: “Nothing. I am very good at it.”")
    said = spoken_turns(body, "Odile Brancusi-Harte would rather not know", 12)
    assert said == [("other", "Amadou Keel", "the one who "), ("interviewee", "Odile Brancusi-Harte", "I asked them"),
                    ("interviewee", "Odile Brancusi-Harte", "Nothing. I a")]


def test_a_live_blogs_bold_times_lead_into_sentences_that_hand_over_to_a_speaker():
    body = ("**5:02 p.m.** Roux on the theory that her captain is a ghost: “I have read it. I am not a ghost.”\n\n"
            "**4:55 p.m.** Saoirse Roux, asked about the water tank, said she spent a month in it. “My skin is "
            "still wrinkled.”\n\n"
            "**4:50 p.m.** Showrunner Ike Tamm, on why the season ended on a cliff: “Because I am cruel.”\n\n"
            "**4:45 p.m.** The panel has started in Hall D with Saoirse Roux and showrunner Ike Tamm.")
    said = spoken_turns(body, "Live: the Deep Water panel with Saoirse Roux", 12)
    assert said == [("interviewee", "Saoirse Roux", "I have read "), ("interviewee", "Saoirse Roux", "My skin is s"),
                    ("other", "Ike Tamm", "Because I am")]


@pytest.mark.parametrize("act", ["She even had a cheeky message for the bosses.", "She then gave her verdict.",
                                 "Okoye later sent a text."])
def test_a_sentence_of_what_someone_did_hands_over_to_the_quote_after_it(act):
    body = ("Adaeze Okoye is leaving Canal Street after nine years. “I will miss the pub,” Okoye said.\n\n"
            f"A pal of the star said it had been a hard week. {act} “If they want me back, I am in Leeds.”")
    said = spoken_turns(body, "Adaeze Okoye quits Canal Street", 12)
    assert said[-1] == ("interviewee", "Adaeze Okoye", "If they want")


def test_a_co_star_the_sentence_before_introduces_by_role_speaks_the_quote_after_it():
    body = ("Juno Tavi learned to ride for the part. “I fell off twice,” Tavi says.\n\n"
            "Her co-star Rhett Lund, who plays her brother-in-law, remembers that day. “We all looked at the stunt "
            "double. She had nothing to do for six years.”")
    assert spoken_turns(body, "Juno Tavi rides again", 12)[-1] == ("other", "Rhett Lund", "We all looke")


def test_the_titles_after_a_speakers_name_do_not_stop_her_next_quote_being_hers():
    body = ("Northlight renews The Saltworks for a third season, with its star Ingrid Halvorsen producing.\n\n"
            "“It is the story we started Northlight to tell,” said Bea Fraser, President, Original Programming, "
            "Northlight Television. “Ingrid has been its heart from the first table read.”")
    said = spoken_turns(body, "Northlight renews The Saltworks", 12)
    assert [who for _, who, _ in said] == ["Bea Fraser", "Bea Fraser"]


def test_a_show_in_italics_a_headline_writes_as_a_possessive_before_an_actor_is_not_the_interviewee():
    body = ("This month Nell Ashworth, who has played the nosiest woman in *Mill Street* for nineteen years, opened "
            "our postbag.\n\n"
            "**Do you keep chickens, like your character does? – Pat Ellwood, Ipswich**\n\n"
            "I do, Pat! Four of them, all named after prime ministers.\n\n"
            "**I have watched Mill Street since the first episode. Will Mill Street ever end? – Gwen, Swansea**\n\n"
            "Not while I can still climb the stairs on the set, Gwen. Mill Street will outlive us all.")
    u = understand(iv(body, title="Your letters: Mill Street's Nell Ashworth answers your questions"))
    assert u.interviewee == "Nell Ashworth"


def test_an_actor_whose_possessive_comes_before_a_capitalised_phrase_is_still_a_person():
    body = ("Netflix released the trailer for *A Very Lund Christmas* today. “It won't have a format, but it will "
            "have music,” Vera Lund told reporters.")
    u = understand(iv(body, title="Here Is The Trailer For Vera Lund's Netflix Christmas Special"))
    assert u.interviewee == "Vera Lund"


def test_a_sentence_reporting_what_someone_later_told_reporters_hands_over_to_the_quote_after_it():
    body = ("Nadia Holt won best actress and read out a list of thanks.\n\n"
            "Holt later told reporters backstage that the list was “a joke, mostly,” and that she had sat next to "
            "last year's winner. “We're friends. We split a bread roll.”")
    assert spoken_turns(body, "Nadia Holt wins at the Lanterns", 12)[-1] == ("interviewee", "Nadia Holt", "We're friend")
