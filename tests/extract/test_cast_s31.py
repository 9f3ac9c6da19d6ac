"""Speakers named by their fullest form and the interviewee decision, kinds of this session. Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.fuller import in_full
from newsletter.model import Interview
from newsletter.sources.subtitles import captions_text

DAY = date(2026, 11, 28)
TITLE = "Ines Okafor-Lund: 'I only wanted to play the ferry captain'"
LEAD = ("Ines Okafor-Lund plays the ferry captain in the drama Salt Harbour. She grew up in Bergen and moved to "
        "London at nineteen, and she talks the way she walks, quickly. “I was born on a boat, nearly,” Okafor-Lund "
        "says. “My mother ran the café on the quay.”\n\n")


def read_as(source: str, body: str, title: str | None):
    """What the program understands of an invented file."""
    return understand(Interview(source=source, body=body, date=DAY, title=title))


def speaker_of(body: str, words: str, source: str = "story.md") -> str | None:
    """The speaker of the turn holding `words`, in an interview with Ines Okafor-Lund."""
    u = understand(Interview(source=source, body=LEAD + body, date=DAY, title=TITLE))
    assert u.interviewee == "Ines Okafor-Lund"
    [turn] = [t for t in u.turns if words in t.text]
    return turn.speaker


def test_a_surname_whose_particle_opens_the_sentence_is_the_full_name_given_earlier():
    body = ("The writer, Joost van Bemmel-Arkady, rewrote the first script.\n\n"
            "Van Bemmel-Arkady, reached by telephone, confirms it. “She was right and I sulked for a day,” he says.")
    assert speaker_of(body, "She was right and I sulk") == "Joost van Bemmel-Arkady"
    # look-alike: a surname that is only ever written with its capital particle stays as written
    assert in_full("Van Bemmel-Arkady", "Van Bemmel-Arkady confirms it. Van Bemmel-Arkady laughs.") == \
        "Van Bemmel-Arkady"
    # nor is a word before a lower-case particle that names nobody ("with van Bemmel-Arkady") taken as a first name
    assert in_full("Van Bemmel-Arkady", "She worked with van Bemmel-Arkady once.") == "Van Bemmel-Arkady"


def test_a_label_named_in_full_only_by_a_later_caption_takes_that_name():
    body = ("Q: What is it like working with Marek?\n\nINES: He has a binder for the binder.\n\n"
            "SUPER: MAREK OYELARAN-BRISK - Executive Producer\n\n"
            "MAREK: She corrected the knot we had written into the script.\n\n"
            "PRODUCER: Sure, whenever you are ready.")
    assert speaker_of(body, "She corrected the knot", "epk.txt") == "Marek Oyelaran-Brisk"
    # look-alike: a role label is no first name, whatever the captions call someone
    assert in_full("Producer", body) == "Producer"


def test_words_of_address_before_a_given_name_are_no_part_of_the_name():
    body = ("Her co-star, veteran actor Datuk Hamid Rahmat, 64, plays her father-in-law.\n\n"
            "Datuk Hamid laughed when asked about her. “She learned to fry the dough in a week,” he said.")
    assert speaker_of(body, "She learned to fry the do") == "Hamid Rahmat"
    assert in_full("Mas Adi", "Her co-star Adi Santoso jokes between takes. “Mas Adi is like that.”") == "Adi Santoso"
    assert in_full("Khun Somchai Wongsa", "The director, Khun Somchai Wongsa, said so.") == "Somchai Wongsa"
    # look-alikes: Tan is a surname ("Tan Wei Ming"), and an address word with no surname after it stays
    assert in_full("Tan Wei Ming", "The producer Tan Wei Ming said so.") == "Tan Wei Ming"
    assert in_full("Datuk Hamid", "Datuk Hamid is like a teacher. Datuk Hamid, who was there, laughed.") == "Datuk Hamid"


def test_a_cantonese_given_name_after_the_english_name_and_surname_is_kept():
    body = ("His co-star, the singer Ivy Lam Wing-sze, says he rehearsed on the real ferries. “The crew knew his "
            "coffee order,” Lam says.")
    assert speaker_of(body, "The crew knew his coffee") == "Ivy Lam Wing-sze"
    # look-alike: a capitalised word after a name is no given name
    assert in_full("Ivy Lam", "Ivy Lam Tonight is her show.") == "Ivy Lam"


def test_someone_the_article_only_calls_by_title_and_surname_keeps_the_title():
    body = ("In the bar old Mr. Pettigrew (Lionel Ashe-Okoro) is telling the story again. “The dog was called "
            "Trouble,” Pettigrew tells the bar.")
    assert speaker_of(body, "The dog was called Troubl") == "Mr. Pettigrew"
    # look-alike: a title and surname of someone the article names in full elsewhere is that full name
    assert in_full("Pettigrew", "Mr Pettigrew arrives. Later, Alan Pettigrew leaves.") == "Alan Pettigrew"


CASTAWAY = ("*Every Sunday a guest chooses the records they would take to a desert island. This week's castaway was "
            "Marlon Achterberg-Oyo, 58, who plays the lock-keeper in* The Towpath.\n\n"
            "**1. \"Abide With Me\", sung by a choir**\n\n"
            "His mother sang in that choir for thirty years. “Every Sunday I'd sit at the back and pretend not to be "
            "moved,” he says.\n\n"
            "**Book:** A road atlas of Wales, “so I can pretend I'm going somewhere”.\n\n"
            "**Luxury:** A lock gate. “Just one. I'd open and close it for company.”\n\n"
            "**Record he would save from the waves:** “Abide With Me”. “It's my mother. I'd have my mother with me.”\n\n"
            "**Producer:** Ann Lutz-Obi. “He cried at the third record, and I'm not allowed to say so.”\n\n"
            "**Ann's verdict:** “He sang along to all of them.”")


def castaway_speaker(words: str) -> tuple[str, str | None]:
    u = understand(Interview(source="castaway.md", body=CASTAWAY, date=DAY,
                             title="Marlon Achterberg-Oyo's eight records"))
    assert u.interviewee == "Marlon Achterberg-Oyo"
    [turn] = [t for t in u.turns if words in t.text]
    return turn.role, turn.speaker


def test_a_fields_answer_in_quotes_is_the_guests():
    assert castaway_speaker("so I can pretend") == ("interviewee", "Marlon Achterberg-Oyo")
    assert castaway_speaker("I'd open and close it") == ("interviewee", "Marlon Achterberg-Oyo")
    # look-alikes: a field naming a role and a person, or someone's verdict, is not the guest's answer
    assert castaway_speaker("He cried at the third record")[0] != "interviewee"
    assert castaway_speaker("He sang along")[0] != "interviewee"


def test_a_song_title_in_quotes_names_nobody_who_speaks():
    assert castaway_speaker("I'd have my mother with me") == ("interviewee", "Marlon Achterberg-Oyo")


FACT_FILE = ("SPARKLE! - Issue 88 - Page 12\n\n*** FACT FILE ***\nKIT MARROWBY-ASANTE\n\n"
             "Full name: Christopher Kit Marrowby-Asante\nBirthday: 9th May 1974\n"
             "Fave band: \"Anyone loud. I can't sing, but I try.\"\n"
             "Worst habit: \"Chewing my pencils before a take.\"\n"
             "Pet hate: \"People who talk in the pictures.\"\n\n"
             "SPARKLE: Is Danny anything like you?\n"
             "KIT: No way! Danny's always in trouble. I'm always in bed by ten.\n\n"
             "SPARKLE: Any message for your fans?\n"
             "KIT: Keep writing! I read every single letter.\n\n"
             "Kit will be signing photos at the Riverside shopping centre on Saturday at 11am!")


def test_a_fact_files_fields_in_quotes_are_its_subjects_and_a_closing_note_naming_him_is_not():
    u = understand(Interview(source="factfile.txt", body=FACT_FILE, date=DAY, title=None))
    assert u.interviewee == "Christopher Kit Marrowby-Asante" or u.interviewee == "Kit Marrowby-Asante"
    said = {t.text: (t.role, t.speaker) for t in u.turns}
    for words in ("Anyone loud. I can't sing, but I try.", "Chewing my pencils before a take.",
                  "People who talk in the pictures."):
        assert said[words] == ("interviewee", u.interviewee)
    [note] = [t for t in u.turns if "will be signing photos" in t.text]
    assert note.role == "narration"


def test_a_paragraph_about_the_subjects_parents_hands_the_quote_after_it_to_the_subject():
    body = ("**Ines Okafor-Lund, 38**, splits her time between Bergen and London. Her Danish mother met her "
            "Nigerian father on a ferry. “The night boat, obviously. Everyone's parents met on the night boat.”")
    assert speaker_of(body, "Everyone's parents met") == "Ines Okafor-Lund"
    # look-alike: a paragraph naming someone else in full leaves the quote after it to nobody in particular
    body = ("**Ines Okafor-Lund, 38**, splits her time between Bergen and London. Her old teacher, Tove Brandt-Eze, "
            "still runs the school on the quay. “The night boat, obviously. Everyone's parents met on the night boat.”")
    assert speaker_of(body, "Everyone's parents met") != "Ines Okafor-Lund"


def test_a_webvtt_header_note_over_the_cues_is_kept_as_text_and_an_inline_comment_is_not():
    vtt = ("WEBVTT\n\nNOTE\nCorner Booth, session 12: Pell Aranda (Harbour Lights)\nRecorded for the Corner Booth "
           "channel. Host: Rafe Ocheltree-Ma.\n\n"
           "00:00.000 --> 00:03.000\n<v Rafe Ocheltree-Ma>Welcome back to the booth.\n\n"
           "00:03.000 --> 00:06.000\n<v Pell Aranda>Thanks for having me.\n\n"
           "NOTE checked by the captioner\n\n"
           "00:06.000 --> 00:09.000\n<v Rafe Ocheltree-Ma>Did you ride the horse yourself?\n")
    text = captions_text(vtt)
    assert text.startswith("Corner Booth, session 12: Pell Aranda (Harbour Lights)\nRecorded for")
    assert "checked by the captioner" not in text and "NOTE" not in text


PAPER = ("THE NORTHERN CLARION\n\nSaturday, May 19, 2007\nWeekend - Television\n\n"
         "Farm boy makes waves on city soap\n\nBy AGNES HOLLOWAY-KERR\n\n"
         "Rawiri Tane-Whitcombe is on the phone from a car park, where he has been sitting for twenty minutes because "
         "he cannot remember which level he left the car on.\n\n"
         "It is, he says, the story of his life.\n\n"
         "\"I was literally standing in a paddock holding a bucket,\" he said. \"I rang Mum and she thought I'd been "
         "in an accident.\"\n\n"
         "Tane-Whitcombe said the hardest part of the job was the pace.\n\n"
         "\"They have a double for the good bits. The bits where I fall off, that's all me.\"")


def test_a_papers_masthead_dateline_headline_and_byline_are_read_past_to_the_storys_subject():
    u = understand(Interview(source="courier.txt", body=PAPER, date=DAY, title=None))
    assert u.interviewee == "Rawiri Tane-Whitcombe"
    assert {t.speaker for t in u.turns if "paddock" in t.text} == {"Rawiri Tane-Whitcombe"}
    # look-alike: a lead that names someone keeps the first paragraphs as the lead (the byline is nobody's subject)
    u = understand(Interview(source="courier.txt", body=PAPER.replace("By AGNES HOLLOWAY-KERR", "By Agnes Holloway-Kerr"),
                             date=DAY, title=None))
    assert u.interviewee != "Agnes Holloway-Kerr"


EXPLAINER = ("<p>The tide is coming back in. <em>Gullhaven</em>, the smuggling drama, returns for season two this "
             "month.</p>\n\n<h2>When does it come out?</h2>\n\n<p>All eight episodes premiere Thursday, July 16.</p>\n\n"
             "<p>That's 8 a.m. in the UK.</p>\n\n<h2>Who's in the cast?</h2>\n\n"
             "<p>Tove Lindqvist-Ade is back as Ruth Calloway. Joining her is Bram Okafor as a customs officer.</p>\n\n"
             "<h2>What did Tove say?</h2>\n\n<p>We sat down with Tove on set, and she was not giving much away.</p>\n\n"
             "<p>\"Ruth made a choice she can't take back. I think she's earned it.\"</p>\n\n"
             "<p>\"I did my own capsizing,\" she told us. Tove says she has \"packed a bag, just in case.\"</p>")


def test_a_first_name_in_the_title_is_the_person_the_body_names_in_full_and_quotes_by_it():
    u = understand(Interview(source="explainer.md", body=EXPLAINER, date=DAY,
                             title="Everything to Know About Gullhaven Season 2 and What Tove Said About That Ending"))
    assert u.interviewee == "Tove Lindqvist-Ade"
    assert {t.speaker for t in u.turns if "own capsizing" in t.text} == {"Tove Lindqvist-Ade"}
    # look-alike: a character the title names by first name ("as Ruth Calloway") is nobody interviewed
    u = understand(Interview(source="explainer.md", body=EXPLAINER, date=DAY,
                             title="Everything to Know About Gullhaven Season 2 and What Ruth Did At The End"))
    assert u.interviewee != "Ruth Calloway"


def test_a_subject_labelled_by_first_name_is_named_in_full_by_a_later_caption():
    body = ("THE FENS - SEASON ONE (BLU-RAY, 2 DISCS)\nRelease date: 14 September 2026\nDisc 2 - Special Features\n"
            "  > Play All\n  > \"Wet Feet: Making The Fens\" (18:42)\n  > Deleted Scenes (06:10)\n  > Gallery\n"
            "Transcript: \"Wet Feet: Making The Fens\"\nSubtitles for the deaf and hard of hearing available.\n\n"
            "[00:00:00] [MUSIC: low fiddle drone over aerial shots of flooded fields]\n\n"
            "NARRATOR (V.O.): Three hundred square miles of marsh, and a body in the dyke.\n\n"
            "[00:00:19] [SUPER: PHILIPPA ACKROYD-BRAE - \"DS Nell Pike\"]\n\n"
            "PHILIPPA: The first thing they gave me was waders. Not the script. Waders.\n\n"
            "[00:00:34] [SUPER: RAVI PENHALLOW - Creator]\n\n"
            "RAVI: I wanted a detective who is always slightly damp.\n\n"
            "PHILIPPA: Ravi says that like it was a creative decision. He was in a tent with a heater.\n\n"
            "INTERVIEWER (O.S.): What did you know about the Fens before?\n\n"
            "PHILIPPA: Nothing. I'm from Walsall. The nearest thing we had was a canal behind the bingo.")
    u = understand(Interview(source="bluray.txt", body=body, date=DAY, title=None))
    assert u.interviewee == "Philippa Ackroyd-Brae"
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Philippa Ackroyd-Brae"}
    # look-alike: the name the file gives its interviewee stays as the file gives it
    u = understand(Interview(source="bluray.txt", body=body, date=DAY, title=None, interviewee="Philippa"))
    assert u.interviewee == "Philippa"


def test_a_trade_written_as_a_title_before_a_name_is_no_part_of_it():
    assert in_full("Producer Duncan Ferrier", "Producer Duncan Ferrier said so.") == "Duncan Ferrier"
    assert in_full("Director Ann Lutz", "Director Ann Lutz said so.") == "Ann Lutz"
    # look-alike: a three-word name keeps its words
    assert in_full("Nur Qistina Hamdan", "Nur Qistina Hamdan said so.") == "Nur Qistina Hamdan"


def test_vietnamese_letters_are_letters_of_names():
    from newsletter.extract.cast import people_named
    assert people_named("Actress Nguyễn Thị Ngọc Lan plays a lantern maker.") == ["Nguyễn Thị Ngọc Lan"]
    assert people_named("Her co-star Trần Minh Khang, 35, plays an architect.") == ["Trần Minh Khang"]


def test_she_said_is_never_the_words_of_a_subject_the_article_calls_he():
    body = ("Rawiri Tane-Whitcombe is on the phone from a car park, where he has been sitting for twenty minutes "
            "because he cannot remember which level he left the car on.\n\nIt is, he says, the story of his life.\n\n"
            "He told the Courier he had auditioned by video from his parents' lounge.\n\n"
            "\"I was literally standing in a paddock holding a bucket,\" he said.\n\n"
            "Tane-Whitcombe said the hardest part of the job was the pace.\n\n"
            "His former drama teacher, Mere Pomare-Lusk, said she was not surprised by his success. She remembered "
            "him as a boy who would rewrite the school play if nobody stopped him.\n\n"
            "\"He once added a sword fight to Our Town,\" she said. \"There are no swords in Our Town.\"")
    u = read_as("paper.txt", body, "Rawiri Tane-Whitcombe makes waves")
    assert u.interviewee == "Rawiri Tane-Whitcombe"
    [turn] = [t for t in u.turns if "sword fight" in t.text]
    assert turn.speaker != "Rawiri Tane-Whitcombe"
    # look-alike: "he said" after the subject's words stays his
    [turn] = [t for t in u.turns if "paddock" in t.text]
    assert turn.speaker == "Rawiri Tane-Whitcombe"


def test_a_name_the_article_always_writes_after_the_is_no_one_interviewed():
    body = ("The finale of Marsh Lights airs tonight. Whether you think the Harrow Queen is a boat or a ghost, the "
            "season has been a strange ride.\n\nHere are five shows to watch next. In the first, a detective hunts a "
            "killer not unlike the mysterious Harrow Queen.\n\nStar Dana Okafor-Wynn plays the detective.")
    u = read_as("roundup.md", body, "Five shows to fill the Marsh Lights-sized hole in your life")
    assert u.interviewee != "Harrow Queen"
    # look-alike: a person the article once calls "the great Ida Brandt-Moe" and otherwise by name is still a person
    from newsletter.extract.not_names import a_thing
    assert not a_thing("Ida Brandt-Moe", "the great Ida Brandt-Moe said so. Ida Brandt-Moe laughed.")
    assert a_thing("Harrow Queen", body)


def test_a_nickname_with_a_word_of_address_is_the_name_in_brackets_after_it():
    body = ("translation of P'Nok (Siriporn Chaiwong-Ellis) in today's paper about her new lakorn!! sorry for mistakes\n\n"
            "> **Q:** Khun Nok, the audience says your heroine is stubborn. Do you agree?\n\n"
            "> **Nok:** (laughs) She is stubborn because she was never allowed to choose anything.\n\n"
            "> **Q:** What was the hardest scene?\n\n"
            "> **Nok:** The rain scene. The water came from the river, so it smelled like fish.")
    u = read_as("reblog.md", body, "P'Nok's interview (translated)")
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Siriporn Chaiwong-Ellis"}
    assert u.interviewee == "Siriporn Chaiwong-Ellis"
    # look-alike: a character with her actor in brackets, addressed by no word of address, stays who she is
    assert in_full("Nok", "Nok (Siriporn Chaiwong-Ellis) runs the shop.") == "Nok"
