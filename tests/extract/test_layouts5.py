"""Layouts of the fifth fictional set's kinds, each with look-alikes that must keep their reading: a messenger's
export under abbreviated contact names, captions saved as subtitle files, a social thread reprinted post by post,
and a studio's production notes. Every text here is invented for the test."""

import pytest

from newsletter.extract.cast import match_strength
from newsletter.extract.signatures import signer_of
from tests.extract.test_layouts import iv, read, spoken

MESSENGER = ("We reached Ines Vasquez-Ortega on a ferry with one bar of signal, so the interview happened by "
             "text. Our writer Odran Pike asked.\n\n"
             "03/06/2025, 18:02 - Odran Pike: Is now a bad time?\n"
             "03/06/2025, 18:09 - Ines V-O: Now is perfect, the ferry has stopped rocking\n"
             "03/06/2025, 18:10 - Odran Pike: What did the diving scenes cost you?\n"
             "03/06/2025, 18:14 - Ines V-O: Two eardrums and my dignity. The tank was heated for the fish, not for me\n"
             "03/06/2025, 18:15 - Ines V-O: <Media omitted>\n"
             "03/06/2025, 18:20 - Odran Pike: Thank you Ines!")


@pytest.mark.parametrize("contact", ["Ines V-O", "Ines V.O.", "Ines VO", "Ines V."])
def test_a_contact_name_of_a_first_name_and_the_surnames_initials_is_that_person(contact):
    turns = read(iv(MESSENGER.replace("Ines V-O", contact), title="Ines Vasquez-Ortega, by text"))
    assert ("interviewee", "Ines Vasquez-Ortega", "Two eardrums and my dignity. The tank was heated for the fish, "
            "not for me") in turns
    assert spoken(turns, "interviewer")[0] == "Is now a bad time?"


@pytest.mark.parametrize(("label", "name", "strength"), [
    ("Ines V-O", "Ines Vasquez-Ortega", 2), ("Ines V.", "Ines Vasquez-Ortega", 2), ("Ana R.", "Ana Ruiz", 2),
    ("Ana R. L.", "Ana Ruiz Lopez", 2),
    ("Ines O-V", "Ines Vasquez-Ortega", 0),  # the initials in the wrong order are someone else's
    ("Ines Q", "Ines Vasquez-Ortega", 0), ("Inez V.", "Ines Vasquez-Ortega", 0),
    ("Ines Vow", "Ines Vasquez-Ortega", 0),  # a word, not initials
    ("Ana R.", "Ana", 0),
])
def test_first_name_and_initials_match_only_the_person_they_abbreviate(label, name, strength):
    assert match_strength(label, name) == strength


def test_two_contacts_with_one_first_name_are_told_apart_by_their_initials():
    body = MESSENGER.replace("Odran Pike:", "Ines B.:").replace("Our writer Odran Pike asked", "Our writer Ines "
                                                                                                "Brannigan asked")
    turns = read(iv(body, title="Ines Vasquez-Ortega, by text"))
    assert ("interviewer", "Ines Brannigan", "What did the diving scenes cost you?") in turns
    assert {s for r, s, _ in turns if r == "interviewee"} == {"Ines Vasquez-Ortega"}


@pytest.mark.parametrize("stand_in", ["<Media omitted>", "This message was deleted", "<attached: 00000012-PHOTO.jpg>",
                                      "image omitted"])
def test_what_a_messenger_writes_in_place_of_a_message_is_nobodys_words(stand_in):
    turns = read(iv(MESSENGER.replace("<Media omitted>", stand_in), title="Ines Vasquez-Ortega, by text"))
    assert ("narration", None, f"03/06/2025, 18:15 - Ines V-O: {stand_in}") in turns
    assert not any(stand_in in text for r, _, text in turns if r != "narration")


def test_a_message_that_only_mentions_a_deleted_message_is_still_speech():
    body = MESSENGER.replace("<Media omitted>", "This message was deleted by the ferry, I think")
    turns = read(iv(body, title="Ines Vasquez-Ortega, by text"))
    assert ("interviewee", "Ines Vasquez-Ortega", "This message was deleted by the ferry, I think") in turns


CAPTIONED = (">> hi and welcome back to late table tonight i'm sitting with odalys brennan-kowal\n\n"
             ">> hi thanks for having me\n\n"
             ">> you spent a winter on a trawler for this part how bad was the sea\n\n"
             ">> the sea was fine it was the cook who frightened me he put herring in the porridge [laughter]\n\n"
             ">> odalys thank you\n\n"
             ">> thank you bye")
HEADER = "Late Table ep. 9 - Odalys Brennan-Kowal (Harbour of Glass) - English (auto-generated)\n\n"


def test_unnamed_captions_alternate_between_the_host_and_the_guest_the_header_names():
    turns = read(iv(HEADER + CAPTIONED))
    assert [r for r, _, _ in turns] == ["narration", "interviewer", "interviewee", "interviewer", "interviewee",
                                        "narration", "interviewer", "interviewee"]
    assert ("interviewee", "Odalys Brennan-Kowal", "the sea was fine it was the cook who frightened me he put "
            "herring in the porridge") in turns


def test_unnamed_captions_under_no_header_still_alternate_between_asking_and_answering():
    turns = read(iv(CAPTIONED, title="Odalys Brennan-Kowal on Late Table"))
    assert spoken(turns, "interviewer") == [
        "hi and welcome back to late table tonight i'm sitting with odalys brennan-kowal",
        "you spent a winter on a trawler for this part how bad was the sea", "odalys thank you"]


def test_captions_whose_header_names_two_people_they_speak_of_name_no_guest():
    header = "Late Table - Odalys Brennan-Kowal and Teodor Vance\n\n"
    captions = CAPTIONED.replace("odalys brennan-kowal", "odalys brennan-kowal and teodor vance")
    turns = read(iv(header + captions))
    assert {s for r, s, _ in turns if r == "interviewee"} == {None}
    assert spoken(turns, "interviewee")[0] == "hi thanks for having me"


EMAIL_CHAIN = ("Odalys Brennan-Kowal answered our questions by email, under the ones her agent had forwarded.\n\n"
               ">> Did you really spend a winter on a trawler?\n\n"
               "I did, and I would not do it again for any part.\n\n"
               ">> Was the cook as bad as they say?\n\n"
               "Worse. Herring in the porridge, every morning.\n\n"
               ">> What are you filming next?\n\n"
               ">> And can you say where?\n\n"
               "A comedy in Lisbon, on dry land.")


def test_questions_quoted_twice_over_between_answers_are_not_captions():
    turns = read(iv(EMAIL_CHAIN, title="Odalys Brennan-Kowal, by email"))
    assert "interviewer" not in {r for r, _, text in turns if text.startswith("Worse.")}
    assert ("interviewee", "Odalys Brennan-Kowal", "Worse. Herring in the porridge, every morning.") in turns


THREAD = ("Minutes after the *Saltwick* finale, its star Perpetua Oyelowo-Lind posted a thread about her last scene. "
          "Here it is, with a few of the replies.\n\n"
          "**Perpetua Oyelowo-Lind** @perpetua_ol · 3h\n\n"
          "1/3 right. I can finally say it. I knew how it ended from the very first read-through\n\n"
          "**Perpetua Oyelowo-Lind** @perpetua_ol · 3h\n\n"
          "2/3 we filmed the lighthouse scene in one take at dawn because the tide would not wait for anybody\n\n"
          "**Perpetua Oyelowo-Lind** @perpetua_ol · 3h\n\n"
          "3/3 thank you for watching. I'm off to sleep for a week\n\n"
          "The replies came fast:\n\n"
          "> **@gullwatcher_9**: I am not okay and I have work tomorrow\n\n"
          "> **Casimir Adebayo-Holt** @casimirwrites: One take, and she made it look like nothing.\n\n"
          "> > **Perpetua Oyelowo-Lind** @perpetua_ol: it was not nothing casimir, my socks are still wet\n\n"
          "Writer Casimir Adebayo-Holt said there would be no fourth series. \"The story is finished,\" he said.")


@pytest.mark.parametrize("joined", [False, True])
def test_a_reprinted_thread_gives_each_post_to_its_poster_and_each_reply_to_its_replier(joined):
    body = THREAD.replace(" · 3h\n\n", " · 3h\n") if joined else THREAD
    turns = read(iv(body, title="Perpetua Oyelowo-Lind's thread on the Saltwick finale", byline="Rhoda Feeney"))
    said = spoken(turns, "interviewee")
    assert said[:3] == [
        "right. I can finally say it. I knew how it ended from the very first read-through",
        "we filmed the lighthouse scene in one take at dawn because the tide would not wait for anybody",
        "thank you for watching. I'm off to sleep for a week"]
    assert ("interviewee", "Perpetua Oyelowo-Lind", "it was not nothing casimir, my socks are still wet") in turns
    assert ("other", "@gullwatcher_9", "I am not okay and I have work tomorrow") in turns
    assert ("other", "Casimir Adebayo-Holt", "One take, and she made it look like nothing.") in turns
    assert ("narration", "Rhoda Feeney", "The replies came fast:") in turns
    assert ("other", "Casimir Adebayo-Holt", "The story is finished,") in turns
    assert spoken(turns, "interviewer") == []


def test_one_embedded_post_in_a_profile_is_not_a_thread():
    body = ("Perpetua Oyelowo-Lind rarely posts, but she did once this week.\n\n"
            "**Perpetua Oyelowo-Lind** @perpetua_ol · 3h\n\n"
            "thank you for watching. I'm off to sleep for a week\n\n"
            "She has since deleted the post.\n\n"
            "\"I needed the week,\" Oyelowo-Lind told us later. \"Nobody believed I would take it.\"")
    before = read(iv(body, title="Perpetua Oyelowo-Lind takes a week off", byline="Rhoda Feeney"))
    assert ("narration", "Rhoda Feeney", "She has since deleted the post.") in before
    assert ("interviewee", "Perpetua Oyelowo-Lind", "Nobody believed I would take it.") in before



NOTES = ("# THE SALT ROAD\n\n"
         "### SYNOPSIS\n\n"
         "Norway, 1911. Ingrid Falk (Thea Sandoval-Moe) drives the first motor lorry over the mountain pass.\n\n"
         "### THEA SANDOVAL-MOE ON INGRID\n\n"
         "\"I learned to double-declutch on a lorry older than my grandmother. It stalls if you look at it.\"\n\n"
         "— Thea Sandoval-Moe (Ingrid Falk)\n\n"
         "### THE DIRECTOR\n\n"
         "\"We needed someone who could be frightened and keep driving. Thea did both in the same take.\"\n\n"
         "— Osvald Kirkebø, director\n\n"
         "\"The pass was closed for four days and she learned her lines in the snow.\"\n"
         "– Runa Eide-Barros, producer\n\n"
         "### CAST\n\n"
         "Thea Sandoval-Moe — Ingrid Falk\nOsvald Lunde — the ferryman")


def test_production_notes_give_each_quote_to_the_name_signed_under_it():
    notes = iv(NOTES, title="The Salt Road: production notes - Thea Sandoval-Moe as Ingrid Falk",
               outlet="Fjordlight press office")
    turns = read(notes)
    assert ("interviewee", "Thea Sandoval-Moe", "I learned to double-declutch on a lorry older than my grandmother. "
            "It stalls if you look at it.") in turns
    assert ("other", "Osvald Kirkebø", "We needed someone who could be frightened and keep driving. Thea did both "
            "in the same take.") in turns
    assert ("other", "Runa Eide-Barros", "The pass was closed for four days and she learned her lines in the "
            "snow.") in turns
    assert ("narration", None, "— Osvald Kirkebø, director") in turns
    assert ("narration", None, "Thea Sandoval-Moe — Ingrid Falk\nOsvald Lunde — the ferryman") in turns
    assert spoken(turns, "interviewer") == []


@pytest.mark.parametrize("line", [
    "— Not really, thanks.",  # a dialogue dash's reply
    "— and then she drove off into the snow without another word to anyone on the crew that day.",
    "— Thea Sandoval-Moe, who plays Ingrid, said it twice. Nobody laughed.",  # a sentence, not a signature
    "— Thea Sandoval-Moe\n— Osvald Kirkebø",  # two lines: a list, not one signature
])
def test_a_dash_line_that_signs_nobody_signs_nothing(line):
    body = "\"Is it cold up there?\"\n\n" + line
    assert signer_of(body, body.index("—"), len(body)) is None
    turns = read(iv("Thea Sandoval-Moe spent a winter on the pass.\n\n" + body, title="The Salt Road"))
    assert not any(s in ("Not really", "Osvald Kirkebø") for _, s, _ in turns)


def test_a_signed_quote_with_quotes_inside_it_is_left_to_the_quote_reader():
    body = ("Thea Sandoval-Moe spent a winter on the pass.\n\n"
            "\"Every morning the driver said \"again\" and I said \"again\" back.\" That was the routine.\n\n"
            "— Osvald Kirkebø, director")
    turns = read(iv(body, title="Thea Sandoval-Moe on The Salt Road"))
    assert all(s != "Osvald Kirkebø" or "routine" not in t for _, s, t in turns)


@pytest.mark.parametrize("paper", ["*Saltwick Evening Post*", "_Saltwick Evening Post_"])
def test_he_said_after_a_paper_in_italics_is_the_person_before_it(paper):
    body = THREAD + f"\n\nWriter Casimir Adebayo-Holt confirmed to {paper} that it was over. \"No sequel,\" he said."
    turns = read(iv(body, title="Perpetua Oyelowo-Lind's thread on the Saltwick finale", byline="Rhoda Feeney",
                    outlet="Saltwick Evening Post"))
    assert ("other", "Casimir Adebayo-Holt", "No sequel,") in turns
