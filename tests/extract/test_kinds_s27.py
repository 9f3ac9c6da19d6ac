"""Kinds of text met in held-out sets this session, each with a look-alike that must read the other way: a press
call transcript whose askers are all `QUESTION:`, a transcript's header dated after its venue, and a message
board's saved topic page. Every text here is invented for the test."""

from pathlib import Path

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.extract.pronouns import singular_they
from newsletter.errors import ContentError
from newsletter.sources.folder import read_interview

from .test_layouts import iv, read as turns

PRESS_CALL = ("MODERATOR: Morning, all. We have a quarter of an hour. Name and outlet, please.\n\n"
              "QUESTION: Ines Falk, Harbour Herald. Ottilie, why a courtroom drama?\n\n"
              "VANCE-ORME: Because I had never played anyone who was frightened at work. Judges are, all the time.\n\n"
              "QUESTION: For Ottilie again. Did you sit in on real trials?\n\n"
              "VANCE-ORME: Three weeks of them. Most of justice is paper, and then one sentence ends a family.\n\n"
              "REPORTER: Bram Kooij, Screen North. A question for Dara. Why set it in 1958?\n\n"
              "LUND: The gallows were still legal, and every verdict had that weight in the room with it.\n\n"
              "REPORTER: Again for Dara. Is there a second series?\n\n"
              "LUND: Nobody has ordered one, so I cannot say yes. I have written it anyway.\n\n"
              "QUESTION: Last one, for Ottilie. Did you keep the gavel?\n\n"
              "VANCE-ORME: It sits on my kitchen table now. My sons are terrified of it.\n\n"
              "MODERATOR: Thank you, everybody.")
CAST = ("Participants: Ottilie Vance-Orme (Judge Ada Crane), Dara Lund (series creator)\n\n")


def test_answers_to_question_labels_make_the_one_answering_most_the_interviewee():
    # QUESTION: is the journalists' label: whoever speaks after it answers them, as after a named asker
    u = understand(iv(CAST + PRESS_CALL, title="The cast of Gallows Hill meets the press"))
    assert u.interviewee == "Ottilie Vance-Orme"
    assert {t.speaker for t in u.turns if "sits on my kitchen table" in t.text} == {"Ottilie Vance-Orme"}
    assert [t.role for t in u.turns if "gallows were still legal" in t.text] == ["other"]


def test_a_transcript_header_dated_after_its_venue_gives_the_title_and_the_date(tmp_path: Path):
    path = tmp_path / "gallows-hill-press-call.txt"
    path.write_text("TRANSCRIPT: OTTILIE VANCE-ORME AND THE CAST OF GALLOWS HILL\n"
                    "Quayside Hotel, Halifax, March 4, 2025\n" + CAST + PRESS_CALL, encoding="utf-8")
    warnings: list[str] = []
    interview = read_interview(path, warnings=warnings)
    assert str(interview.date) == "2025-03-04"
    assert interview.title == "TRANSCRIPT: OTTILIE VANCE-ORME AND THE CAST OF GALLOWS HILL"
    assert any("line 2" in w for w in warnings)


def test_a_sentence_ending_in_a_date_far_down_is_no_header(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("Gallows Hill notes\n\nWe first met the cast in a hotel bar by the harbour in Halifax, on "
                    "a wet evening of the kind the town is known for, March 4, 2025\n\nMore later.\n",
                    encoding="utf-8")
    with pytest.raises(ContentError, match="no date"):  # a long line is no header: no date, none in the file name
        read_interview(path)


BOARD = """Cliffside Fans :: View topic - Nadia Ferrante-Bloom interview (Soap Week, May 2007)

Author\tMessage
tidewatcher
Moderator
Joined: 02 Feb 2005
Posts: 1290
Location: Hull

Posted: Sat May 12, 2007 6:10 pm    Post subject: Nadia Ferrante-Bloom interview (Soap Week, May 2007)

copied this out of soap week, sorry for any typos

NADIA FERRANTE-BLOOM has played Cliffside's scheming landlady Rita Vane for four years.

"Rita would sell her own mother if the price was right," she grins. "I adore her for it."

Nadia, 31, says the letters have softened. "People used to cross the road. Now they ask me for recipes."

Back to top

gullwing
Joined: 30 Jan 2007
Posts: 88

Posted: Sat May 12, 2007 7:02 pm    Post subject:

Quote:
Originally Posted by tidewatcher
"I adore her for it."

she is SO good as rita omg

Back to top

harbourcat
Joined: 11 Oct 2006
Posts: 402
Location: Filey

Posted: Sat May 12, 2007 7:40 pm    Post subject:

rita for prime minister

_________________
team rita forever
Back to top
"""


def test_a_message_boards_topic_page_is_read_post_by_post(tmp_path: Path):
    path = tmp_path / "2007-05-12-cliffside-board.txt"
    path.write_text(BOARD, encoding="utf-8")
    interview = read_interview(path, warnings=[])
    assert interview.title == "Nadia Ferrante-Bloom interview (Soap Week, May 2007)"
    assert interview.outlet == "Cliffside Fans"
    u = understand(interview)
    assert u.interviewee == "Nadia Ferrante-Bloom"
    said = {t.text.strip(): (t.role, t.speaker) for t in u.turns}
    assert said["she is SO good as rita omg"] == ("other", "gullwing")
    assert said["rita for prime minister"] == ("other", "harbourcat")
    assert said["People used to cross the road. Now they ask me for recipes."] == ("interviewee", "Nadia Ferrante-Bloom")
    # the profile fields, the date lines and the signature are nobody's words
    assert not any(t.speaker in ("Joined", "Posts", "Location") for t in u.turns)
    assert all(t.role == "narration" for t in u.turns if "team rita" in t.text or t.text.startswith("Posted:"))



RADIO = ("PRESENTER: Tonight, the actor who plays the most feared headteacher on television. First, a reminder of "
         "what Mrs Carrow is like.\n\n"
         "CLIP (ROOKSBY HIGH, SERIES 1): CARROW: Nobody leaves this hall until somebody owns up. Nobody.\n\n"
         "PRESENTER: Idris Penhallow-Rees, welcome. Do pupils still cross the road when they see you?\n\n"
         "PENHALLOW-REES: Parents do. The children just ask me to put them in detention for a photograph.\n\n"
         "PRESENTER: We asked listeners about her.\n\n"
         "VOX POP 1: She terrifies me and I am fifty-two.\n\n"
         "VOX POP 2: My son does his homework the minute she comes on.\n\n"
         "PRESENTER: Where did she come from?\n\n"
         "PENHALLOW-REES: My own head of year, who could silence a canteen by standing in the doorway.\n\n"
         "PRESENTER: Rooksby High returns on BBC Two on Tuesday 3 March at 9pm.")


def test_a_broadcasts_clips_and_vox_pops_are_nobody_in_the_interview():
    u = understand(iv(RADIO, title="Idris Penhallow-Rees on Rooksby High"))
    who = {t.text: (t.role, t.speaker) for t in u.turns}
    assert u.interviewee == "Idris Penhallow-Rees"
    assert who["Nobody leaves this hall until somebody owns up. Nobody."] == ("other", "Carrow")
    assert who["She terrifies me and I am fifty-two."] == ("other", "Vox Pop 1")
    assert who["My son does his homework the minute she comes on."] == ("other", "Vox Pop 2")
    assert who["My own head of year, who could silence a canteen by standing in the doorway."][1] == \
        "Idris Penhallow-Rees"


def test_a_presenters_label_is_no_part_of_the_show_an_airing_names():
    u = understand(iv(RADIO, title="Idris Penhallow-Rees on Rooksby High"))
    assert [a.show for a in u.air_dates] == ["Rooksby High"]


def _said(body: str, title: str) -> dict[str, str | None]:
    return {text: speaker for role, speaker, text in turns(iv(body, title=title)) if role != "narration"}


NEWCOMER = ("Dana Kowalczyk-Reyes plays the eldest of four sisters on *Saltmarsh*. She trained for months in a cold "
            "pool.\n\n"
            "\"The cold is the worst part,\" Kowalczyk-Reyes says. \"You never get used to it.\"\n\n"
            "The youngest sister is played by newcomer Ffion Rhys-Abbott, 19, who was cast from an open call. She "
            "is still dazed by it. \"My dad thinks it is a documentary,\" she says. \"I keep telling him it is made "
            "up.\"")


def test_she_after_a_newcomer_is_brought_in_is_the_newcomer():
    said = _said(NEWCOMER, "Dana Kowalczyk-Reyes on Saltmarsh")
    assert said["My dad thinks it is a documentary,"] == "Ffion Rhys-Abbott"
    assert said["The cold is the worst part,"] == "Dana Kowalczyk-Reyes"


def test_she_after_someone_named_as_her_object_stays_with_the_subject():
    # the look-alike: the sentence's own "she" is its subject; the designer is only what she borrowed from
    body = ("Dana Kowalczyk-Reyes plays the eldest of four sisters on *Saltmarsh*. She trained for months.\n\n"
            "For the premiere she borrowed a velvet suit from a young designer, Morag Lindqvist-Obi. \"I wore it to "
            "six parties and spilled nothing on it,\" she says.")
    assert _said(body, "Dana Kowalczyk-Reyes on Saltmarsh")["I wore it to six parties and spilled nothing on it,"] \
        == "Dana Kowalczyk-Reyes"


CONFIRMS = ("Dana Kowalczyk-Reyes learned Welsh for *Saltmarsh*. \"My co-stars were patient. Ffion Rhys-Abbott "
            "taught me to swear,\" she says.\n\n"
            "Rhys-Abbott, reached in Cardiff, confirms this. \"She learned quickly. Too quickly,\" she says.\n\n"
            "There was a week she nearly gave up on the grammar. Every verb seemed to change its first letter.\n\n"
            "\"I cried over a mutation once,\" she says. \"In a car park.\"")


def test_she_after_someone_opening_the_paragraph_is_them_and_narration_of_the_subject_brings_her_back():
    said = _said(CONFIRMS, "Dana Kowalczyk-Reyes on Saltmarsh")
    assert said["She learned quickly. Too quickly,"] == "Ffion Rhys-Abbott"
    # a paragraph naming nobody that goes on with "she" is about the subject again, not the co-star just quoted
    assert said["I cried over a mutation once,"] == "Dana Kowalczyk-Reyes"


ROUNDUP = ("Every Friday we pick the shows worth your evenings.\n\n"
           "### 1. *Pit Street* (BBC One, Sunday 9pm)\n\n"
           "The miners' drama returns after four years. \"We all said no, then we all said yes in the same week,\" "
           "says Emrys Caldwell-Nnamdi, who plays the pit manager.\n\n"
           "### 2. *The Shearers* (Three, weeknights)\n\n"
           "A farce about four brothers selling a farm none of them wants. Co-creator Aroha Whitcombe says the "
           "brothers are \"every man at every rugby club in the country.\"")


def test_someone_quoted_in_one_item_of_a_roundup_is_not_surely_its_interviewee():
    u = understand(iv(ROUNDUP, title="Five to watch this week: a pit drama and a farm farce"))
    assert u.interviewee is None or u.confidence < 0.5
    assert select_pull_quotes(u, count=3).picks == ()


def test_someone_named_in_several_paragraphs_of_a_profile_stays_its_sure_interviewee():
    body = ROUNDUP.split("### 2.")[0] + ("Caldwell-Nnamdi grew up two streets from the real pit. \"My grandad would "
                                         "have hated the show and watched every minute of it,\" he says.")
    u = understand(iv(body, title="The return of Pit Street"))
    assert (u.interviewee, u.confidence >= 0.5) == ("Emrys Caldwell-Nnamdi", True)


def test_a_region_is_no_interviewee():
    body = ("Our weekly look at screens around the world.\n\n## Latin America\n\n*Las Hijas del Mar* premieres on "
            "Monday at 21:30.\n\n## The Middle East\n\n*Desert Rose* is on weeknights at 8pm.")
    u = understand(iv(body, title="The week ahead on world TV: Canada, Latin America, the Middle East and more"))
    assert u.interviewee is None


def test_her_words_go_on_past_a_title_quoted_between_them():
    body = ("CEDAR BLUFF - Wendell Okoro-Lind remembers the school play where the costume caught fire.\n\n"
            "\"Small fire,\" Okoro-Lind, 32, said by phone from Atlanta, where he is filming the CBS drama "
            "\"Tallgrass County.\" \"Our drama teacher put it out with a very calm voice, and we kept going.\"\n\n"
            "\"We've got the big TV and I've got the casseroles,\" said his mother, Loretta Okoro, who will host a "
            "watch party.\n\n"
            "\"Tallgrass County\" airs Thursdays at 9 p.m. on CBS.")
    said = _said(body, "Wendell Okoro-Lind looks back")
    assert said["Our drama teacher put it out with a very calm voice, and we kept going."] == "Wendell Okoro-Lind"
    assert said["We've got the big TV and I've got the casseroles,"] == "Loretta Okoro"


def test_a_colon_hands_over_to_the_subject_and_not_past_someone_else():
    body = ("Amaya Sorensen-Lind cooks for the whole crew on Fridays. She learned from her grandmother.\n\n"
            "And her one kitchen rule: \"Never cook for someone you're angry with. They can taste it.\"\n\n"
            "Her co-star Bram Hollis-Ode has his own rule: \"Never eat anything she calls an experiment.\"")
    said = _said(body, "Amaya Sorensen-Lind on food")
    assert said["Never cook for someone you're angry with. They can taste it."] == "Amaya Sorensen-Lind"
    assert said["Never eat anything she calls an experiment."] == "Bram Hollis-Ode"


def test_a_soaps_street_is_no_interviewee_though_the_title_names_it_first():
    body = ("**Harrow Street's hapless barman Vince Doyle finally proposes this week. Dominic Ashby-Mensah, 29, spills "
            "the beans.**\n\n***Dominic, does Vince get a yes?***\n\nNot straight away. Harrow Street never makes "
            "anything easy.\n\n***What happens at the pub?***\n\nThe ring goes in a pint. Harrow Street's regulars "
            "drink it.")
    u = understand(iv(body, title="Harrow Street's Dominic Ashby-Mensah: 'Vince's proposal goes down the drain'"))
    assert u.interviewee == "Dominic Ashby-Mensah"


def test_a_fan_archives_quote_collection_is_hers_though_her_surname_never_comes_back():
    body = ("Every December we gather our favourite things Annika said this year.\n\n### On Cold Ridge\n\n"
            "> \"Six years in and I still don't know if she's a good person.\"\n\n### On her daughter\n\n"
            "> \"My daughter thinks my job is going to the hairdresser.\"\n\n### On the fans\n\n"
            "> \"They knit me scarves in my character's colours. I wear every one.\"\n\n"
            "*Cold Ridge* returns in January. Annika's birthday is in February, and Annika reads every card.")
    u = understand(iv(body, title="Annika Vestergaard-Obi in her own words: the best quotes of the year"))
    assert u.interviewee == "Annika Vestergaard-Obi"


def test_a_headlines_capitals_that_never_come_back_are_still_nobody():
    body = "The cast returned on Monday. \"We missed it,\" said one of them."
    u = understand(iv(body, title="Leftovers Premieres Tonight"))
    assert u.interviewee is None


MEMOIR = ("*For nine series, Odile Farrant-Mbeki was the ward sister on* Night Ward. *In her memoir,* Understudy, "
          "*out next week, she writes about the audition that got her the part.*\n\n"
          "The corridor had six women in it, and five of them were wearing scrubs. I was wearing a cagoule.\n\n"
          "The director, a tall Welshman called Emlyn Prosser-Adu, was doing a crossword.\n\n"
          "\"Whenever you're ready,\" Prosser-Adu said, without looking up from his crossword.\n\n"
          "I was not ready. I had learned the wrong scene, and I said so, and then I did it anyway.")


def test_a_memoir_excerpt_is_in_its_writers_voice_and_others_lines_are_theirs():
    u = understand(iv(MEMOIR, title="Read an excerpt from Odile Farrant-Mbeki's memoir", byline="Books Desk"))
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    assert u.interviewee == "Odile Farrant-Mbeki"
    assert said["I was not ready. I had learned the wrong scene, and I said so, and then I did it anyway."] == \
        ("interviewee", "Odile Farrant-Mbeki")
    assert said["Whenever you're ready,"] == ("other", "Emlyn Prosser-Adu")


def test_a_review_of_a_memoir_is_no_telling():
    # the look-alike: a critic writing about the memoir, in the third person
    body = ("*Understudy* is Odile Farrant-Mbeki's first book. In it she recalls the audition that made her.\n\n"
            "The best chapter is the shortest. Farrant-Mbeki is funny about her cagoule.")
    u = understand(iv(body, title="Review: Odile Farrant-Mbeki's memoir is a delight", byline="Books Desk"))
    assert not any(t.role == "interviewee" for t in u.turns)


CARPET = ("The cast of *Emberfall* braved the rain for the premiere, and we grabbed three of them.\n\n"
          "## Ilse Marrow-Tandy (Queen Odile)\n\n**Is it strange seeing yourself on a big screen?**\n\n"
          "Terrifying. I acted opposite a tennis ball on a stick for two years.\n\n"
          "## Kit Oyelaran-Moss (Prince Teo)\n\n**What should fans look out for in your scenes?**\n\n"
          "Episode four. Bring a cushion to hide behind.\n\n"
          "## Dana Fitch-Adebayo (showrunner)\n\n**Did you ever think it would not get made?**\n\n"
          "Every single day. Dragons are expensive.\n\n"
          "Back on the carpet, Marrow-Tandy was last seen under a stranger's umbrella.")


def test_a_round_up_of_short_interviews_gives_each_sections_answers_to_its_heading():
    u = understand(iv(CARPET, title="Ilse Marrow-Tandy leads the stars at the Emberfall premiere"))
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    assert u.interviewee == "Ilse Marrow-Tandy"
    assert said["Terrifying. I acted opposite a tennis ball on a stick for two years."] == \
        ("interviewee", "Ilse Marrow-Tandy")
    assert said["Episode four. Bring a cushion to hide behind."] == ("other", "Kit Oyelaran-Moss")
    assert said["Every single day. Dragons are expensive."] == ("other", "Dana Fitch-Adebayo")
    assert said["Back on the carpet, Marrow-Tandy was last seen under a stranger's umbrella."][0] == "narration"


def test_headings_of_people_over_captions_are_no_round_up():
    # the look-alike: a gallery of people with bold captions, nobody asked anything
    body = ("Some of the odd stars of the old museum.\n\n## Tomas Perl\n\n**The smallest man in the city**\n\n"
            "He sang for the crowds twice a day.\n\n## Anna Swale\n\n**The tallest woman in the world**\n\n"
            "She married in the museum's great hall.")
    u = understand(iv(body, title="The strange stars of the old museum"))
    assert not any(t.role == "interviewee" for t in u.turns)


THEY = ("Sol Adeyemi-Hart has been asked about their pronouns in every interview, and they would like to talk about "
        "the work instead.\n\n"
        "The work is *Night Porter*, where Adeyemi-Hart plays Wren, the hotel's night manager. Adeyemi-Hart, 27, "
        "says their second series is louder.\n\n"
        "\"Wren isn't non-binary to teach anyone anything,\" they say. \"Wren is because I am.\"")


def test_they_says_is_the_subject_the_article_calls_they_not_the_character_just_named():
    assert _said(THEY, "Sol Adeyemi-Hart on Night Porter")["Wren isn't non-binary to teach anyone anything,"] == \
        "Sol Adeyemi-Hart"


def test_a_woman_the_article_calls_she_is_not_read_as_they():
    # the look-alike: "their" after her name is the writers', and "she" is hers
    body = ("Mara Ellison-Cole plays Wren on *Night Porter*. She joined in the second series. Ellison-Cole says "
            "she loves it. The writers built the hotel from their own night shifts.")
    assert not singular_they("Mara Ellison-Cole", body)
    assert singular_they("Sol Adeyemi-Hart", THEY)


def test_a_credits_line_after_the_last_answer_is_the_publications():
    body = ("**Host:** Welcome back. My guest is Ines Varga-Lund.\n\n**Ines:** Thank you for having me.\n\n"
            "**Host:** Was the finale always going to end on the pier?\n\n**Ines:** Always. We shot it first.\n\n"
            "**Credits:** This podcast is hosted by Mo Farrant and produced by Ada Quist.")
    u = understand(iv(body, title="Ines Varga-Lund on the finale"))
    assert [t.role for t in u.turns if "produced by Ada Quist" in t.text] == ["narration"]


REPORTED = ("Wanjiku Otieno-Kamau has played Mama Zawadi for six years on *Mtaa Wetu*. She grew up in Kibera.\n\n"
            "\"My father did not speak to me for three weeks,\" she says. \"Now he tells everyone he is her father.\"\n\n"
            "The show's creator, Baraka Ruto-Odhiambo, says he wrote Mama Zawadi as a villain. \"Wanjiku made her "
            "the heart of the show. I wrote a woman who evicts people.\"\n\n"
            "Offers have come from Lagos. \"Our stories are here,\" she says.")


def test_a_quote_after_someone_set_off_by_their_role_saying_something_is_theirs_and_she_is_never_him():
    said = _said(REPORTED, "Wanjiku Otieno-Kamau on Mtaa Wetu")
    assert said["Wanjiku made her the heart of the show. I wrote a woman who evicts people."] == \
        "Baraka Ruto-Odhiambo"
    assert said["Our stories are here,"] == "Wanjiku Otieno-Kamau"  # "she", and he is "he" in the article


REUNION = ("Morwenna Pascoe-Tait, who played the head lifeguard, was the first to log on. \"I've had my hair done "
           "for a video call,\" she said. \"That's how much I love these idiots.\"\n\n"
           "Jago Trewin-Adeyemi, who played her boyfriend, joined from Vancouver at six in the morning with an "
           "enormous coffee. \"For the record, I'm only up because Morwenna threatened me.\"\n\n"
           "\"It was a deep paddling pool,\" Pascoe-Tait shot back.")


def test_a_paragraph_opening_on_someone_doing_something_goes_on_in_their_first_person_words():
    said = _said(REUNION, "The Surf Patrol cast reunite: Morwenna Pascoe-Tait and friends")
    assert said["For the record, I'm only up because Morwenna threatened me."] == "Jago Trewin-Adeyemi"
    assert said["It was a deep paddling pool,"] == "Morwenna Pascoe-Tait"  # "shot back" says so


def test_a_paragraph_about_someone_before_words_that_name_them_is_not_theirs():
    # the look-alike: the words speak of him in the third person; nobody says whose they are
    body = ("Morwenna Pascoe-Tait plays the head lifeguard on *Surf Patrol*.\n\n"
            "Jago Trewin-Adeyemi, who plays her boyfriend, joined from Vancouver. \"Jago is always late, and he is "
            "always forgiven.\"")
    assert _said(body, "Morwenna Pascoe-Tait on Surf Patrol")["Jago is always late, and he is always forgiven."] \
        is None


PROFILE = ("Amani Hassan-Reid plays a pearl diver's daughter in *Salt Season*. The star, 31, grew up in Ajman.\n\n"
           "\"My father still asks when I will get a real job,\" Hassan-Reid says.\n\n"
           "Shooting in July meant heat on the boats every day. \"We wore wool between takes. Nobody complained, "
           "because the divers did this for real.\"\n\n"
           "Her co-star Tariq Bin Saleh, who plays her father, was kind to her. \"Tariq waited for my lines every "
           "take.\"")


def test_a_profile_goes_on_in_its_subjects_first_person_words_after_narration_naming_nobody_else():
    said = _said(PROFILE, "Amani Hassan-Reid on Salt Season")
    assert said["We wore wool between takes. Nobody complained, because the divers did this for real."] == \
        "Amani Hassan-Reid"
    # after narration that brings in someone else, nobody is guessed
    assert said["Tariq waited for my lines every take."] is None


def test_an_anecdotes_setup_is_no_pull_quote_its_point_may_be():
    body = ("Gideon Marsh-Eller keeps bees himself now.\n\n\"I was stung eleven times in the first month of "
            "filming on the farm. The twelfth time I understood that the bees were not angry, I was just standing in "
            "their way,\" Marsh-Eller says.")
    sel = select_pull_quotes(understand(iv(body, title="Gideon Marsh-Eller on Bee Farm")), count=3)
    setup = next(c for c in sel.candidates if c.text.startswith("I was stung eleven times"))
    assert setup.excluded == "sets up the sentence after it"
    assert any(c.text.startswith("The twelfth time") and not c.excluded for c in sel.candidates)



# Look-alikes from the second reading: each must read the other way.

def test_a_profile_that_mentions_her_memoir_is_no_excerpt_of_it():
    body = ("Dana Whitcombe spent twenty years falling off horses for other actors. In her memoir, Second Unit, she "
            "writes about every one of those falls. I met her at a cafe in Leeds.\n\n"
            "Her director on the new series, Owen Marsh, is less sure. \"Dana is fearless, which is a problem,\" he "
            "told me.")
    said = {t.text: (t.role, t.speaker) for t in understand(iv(body, title="Dana Whitcombe rides again")).turns}
    assert said["Dana is fearless, which is a problem,"] == ("other", "Owen Marsh")


def test_a_director_talking_through_her_cast_under_their_headings_stays_her_interview():
    body = ("Director Priya Anand-Welles talks us through the cast of *Emberfall*.\n\n## Ilse Marrow-Tandy\n\n"
            "**Why cast her as the queen?**\n\nShe walked in and I stopped looking. I cast her that afternoon.\n\n"
            "## Kit Oyelaran-Moss\n\n**And him as the prince?**\n\nHe made me laugh in a sad scene. I cast him too.")
    u = understand(iv(body, title="Priya Anand-Welles on casting Emberfall"))
    assert u.interviewee == "Priya Anand-Welles"
    assert not any(t.speaker in ("Ilse Marrow-Tandy", "Kit Oyelaran-Moss") for t in u.turns)


@pytest.mark.parametrize("name", ["Diane Lane", "Ruth Valley", "Tom Street"])
def test_a_person_whose_surname_is_a_streets_word_is_still_a_person(name):
    surname = name.split()[-1]
    body = (f"{name} has been acting since she was nine. \"I loved every minute of it,\" {surname} says. "
            f"\"Even the bad ones.\"")
    assert understand(iv(body, title=f"{name} on forty years of acting")).interviewee == name


def test_two_boxes_of_profile_fields_are_no_message_board():
    body = ("**Character file: Nia Pryce**\n\nJoined: series 3\n\nFrom: Galway\n\n"
            "**Character file: Dai Evans**\n\nJoined: series 4\n\nFrom: Cork\n\n"
            "Q: How did Nia change?\n\nTobias Wren: She stopped apologising. I loved writing that.")
    u = understand(iv(body, title="Tobias Wren on Nia Pryce"))
    assert [t.role for t in u.turns if "stopped apologising" in t.text] == ["interviewee"]


def test_a_show_opening_a_paragraph_is_nobody_speaking():
    body = ("Mara Quist-Obi has spent six years on the night shift.\n\n"
            "Night Desk returns to BBC One for its final run in March. \"I think it's our best series yet, and I have "
            "seen all of it.\"")
    u = understand(iv(body, title="Mara Quist-Obi says goodbye to Night Desk"))
    assert all(t.speaker != "Night Desk" for t in u.turns)


def test_a_colon_after_someone_elses_advice_is_not_the_subjects():
    body = ("Lucia Ferrer-Hale grew up in Valencia, and acting was never the plan. Growing up, her mother gave her one "
            "piece of advice: \"Never read the reviews, and never marry an actor.\"")
    said = _said(body, "Lucia Ferrer-Hale on Valencia")
    assert said["Never read the reviews, and never marry an actor."] is None


def test_a_first_line_with_two_colons_and_no_board_is_no_board_title(tmp_path: Path):
    path = tmp_path / "2024-03-01-whittaker.txt"
    path.write_text("Interview :: Jodie Marsh-Lyle\n\nJodie Marsh-Lyle talks about the new series.\n", encoding="utf-8")
    interview = read_interview(path, warnings=[])
    assert interview.outlet != "Interview" and interview.body.startswith("Interview ::")
