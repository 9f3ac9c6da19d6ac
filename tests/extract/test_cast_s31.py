"""Speakers named by their fullest form and the interviewee decision, kinds of this session. Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.extract.fuller import in_full
from newsletter.model import Interview

DAY = date(2026, 11, 28)
TITLE = "Ines Okafor-Lund: 'I only wanted to play the ferry captain'"
LEAD = ("Ines Okafor-Lund plays the ferry captain in the drama Salt Harbour. She grew up in Bergen and moved to "
        "London at nineteen, and she talks the way she walks, quickly. “I was born on a boat, nearly,” Okafor-Lund "
        "says. “My mother ran the café on the quay.”\n\n")


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
