"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

import pytest

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)
TITLE = "Ines Okafor-Lund: 'I only wanted to play the ferry captain'"
LEAD = ("Ines Okafor-Lund plays the ferry captain in the drama Salt Harbour. She grew up in Bergen and moved to "
        "London at nineteen, and she talks the way she walks, quickly. Her mother ran the café on the quay.\n\n")


def speaker_of(body: str, words: str, title: str = TITLE) -> tuple[str, str | None]:
    u = understand(Interview(source="story.md", body=LEAD + body, date=DAY, title=title))
    assert u.interviewee == "Ines Okafor-Lund"
    [turn] = [t for t in u.turns if words in t.text]
    return turn.role, turn.speaker


SHE = ("interviewee", "Ines Okafor-Lund")


def test_a_scare_quote_in_the_narration_before_leaves_the_quote_after_it_to_the_subject():
    body = ('For years Okafor-Lund was the actress directors called "almost". Almost right for the sister, almost '
            'right for the nurse. "You learn to hear the no before anybody says it out loud."')
    assert speaker_of(body, "hear the no") == SHE
    # a paragraph whose narration quotes someone's words at length is theirs to go on: the quote after it stays
    # nobody's until someone is named
    body = ('The reviews called her "the best thing in a show nobody watched" that winter. "You learn to hear the no '
            'before anybody says it out loud."')
    assert speaker_of(body, "hear the no") != SHE


def test_a_show_title_in_italics_is_no_other_speaker():
    body = ("‘I was born on a boat, nearly,’ she says.\n\nShe nearly turned down *Salt Harbour*. Why? ‘Because in the first draft the captain cried in every "
            "episode, and I told them captains do not cry, they shout.’")
    assert speaker_of(body, "captains do not cry") == SHE


def test_someone_in_a_clause_about_the_subject_is_no_other_speaker():
    body = ("Okafor-Lund, who married the goalkeeper Tomas Reyes last spring, laughs when asked whether her in-laws "
            "watch. “My mother-in-law watches every episode and phones my mother to complain about the captain.”")
    assert speaker_of(body, "My mother-in-law") == SHE
    # look-alike: narration that has the other person act, not a clause about her, hands nothing to her
    body = ("Her husband, the goalkeeper Tomas Reyes, laughs when asked whether he watches. “My wife shouts at the "
            "television more than I shout at defenders.”")
    assert speaker_of(body, "My wife shouts") != SHE


def test_the_person_a_question_was_about_is_no_speaker():
    body = ("Asked about her co-star Emil Brandt-Sousa, she grinned.\n\n“He steals everybody's sandwiches and then "
            "he writes an apology on the napkin.”")
    assert speaker_of(body, "steals everybody's sandwiches") == SHE


def test_a_quote_speaking_of_the_one_other_person_named_as_he_or_she_is_the_subjects():
    body = ("The head writer, Anton Vyse, rewrote the storm episode after their first meeting. “He listened, which "
            "is rare. Most writers nod and change a comma.”")
    assert speaker_of(body, "He listened") == SHE


def test_a_quote_speaking_of_the_subject_after_someone_else_is_named_is_not_hers():
    # the co-star speaks of her as "she": the subject's own gender rules nothing out
    body = ("Her co-star Rhett Okabe-Marsh remembers the first read-through. “She was terrified and she still "
            "knew everybody's lines.”")
    assert speaker_of(body, "She was terrified") != SHE
    # a quote opening on the other person's name may be a third person's about them: nobody's to guess
    body = ("Her dresser, Bartholomew Quist, has worked with her for ten years. “Bart can look at a hem and tell you "
            "which decade it was sewn in.”")
    assert speaker_of(body, "Bart can look") != SHE



def test_a_paragraph_opening_on_someone_by_trade_and_name_hands_them_its_quote():
    # handed over with a colon, the trade set off by commas
    body = ("Her co-star, Ivo Brandt-Sallis, confirmed the story by email: “It was a clean bucket, and I would like "
            "that on the record.”")
    assert speaker_of(body, "clean bucket") == ("other", "Ivo Brandt-Sallis")
    # a title before the name, and a quote that speaks of the subject as "she": not hers
    body = ("Professor Hortense Quayle, who taught her at drama school, remembers a student who stayed to sweep the "
            "stage. “She was never the loudest in the room, but she listened hardest.”")
    assert speaker_of(body, "never the loudest") == ("other", "Hortense Quayle")
    # look-alike: the quote neither speaks of the subject nor says I, and nothing hands it over
    body = ("Professor Hortense Quayle, who taught her at drama school, retired last year. “The stage was swept "
            "every night in those days.”")
    assert speaker_of(body, "swept every night")[1] != "Hortense Quayle"


def test_the_first_of_two_named_in_a_joint_statement_speaks_for_both():
    body = ("“Salt Harbour is the rare show that gets sharper every week,” network presidents Odile Varga and Samir "
            "Kettle-Obi said in a joint statement.")
    assert speaker_of(body, "gets sharper") == ("other", "Odile Varga")


RECIPE = """*The Salt Harbour star cooked this for the whole crew at the wrap party.*

“Everyone on set has an opinion about fish stew, and every opinion is wrong except my uncle's,” says Ines Okafor-Lund, stirring a pot the size of a bath.

### Method

1. Fry the onions slowly until they are soft and sweet.
2. Add the fish stock and simmer for twenty minutes.

“Don't lift the lid. I mean it. Every time you lift the lid, a fisherman somewhere loses a net.”

Her co-star Tomas Reyes-Lund, who ate three bowls, is on the uncle's side. “It was lovely, but I could taste the fennel.”
"""


def test_a_quote_standing_alone_before_any_other_voice_is_the_subjects_though_another_speaks_later():
    u = understand(Interview(source="recipe.md", body=RECIPE, date=DAY, title="Ines Okafor-Lund's fish stew"))
    said = {t.text[:12]: (t.role, t.speaker) for t in u.turns if t.role != "narration"}
    assert said["Don't lift t"] == SHE
    assert said["It was lovel"] == ("other", "Tomas Reyes-Lund")
    # look-alike: the same quote after the other voice has spoken (then narration) is nobody's to guess
    late = RECIPE.replace("“Don't lift the lid. I mean it. Every time you lift the lid, a fisherman somewhere loses a "
                          "net.”\n\n", "") + ("\nServe it with bread.\n\n“Don't lift the lid. I mean it. Every time you lift the lid, a "
                                               "fisherman somewhere loses a net.”\n")
    u = understand(Interview(source="recipe.md", body=late, date=DAY, title="Ines Okafor-Lund's fish stew"))
    assert [t.speaker for t in u.turns if t.text.startswith("Don't lift")] == [None]


COLUMN = """*The actor, 58, on ferries, her father's boots and never learning to swim*

**Marit Oyelaran-Haug**, actor, 58, Stavanger

I was born on a ferry. My mother went into labour halfway across the fjord and the captain lent his cabin. I have never paid for a crossing since.

My father wore the same boots for thirty years. I keep them by the door and I can't wear them.

Rejection is information. It took me until I was 40 to learn that.

Kindness on a set is a skill, not a personality. You can learn it like an accent.

I still get the fear on the first day of every job.

*Marit Oyelaran-Haug was talking to Jens Aldous-Frey. Fjord Road continues on Sunday at 9pm.*
"""


def test_a_first_person_column_credited_as_talking_to_someone_is_all_in_its_tellers_voice():
    u = understand(Interview(source="c.md", body=COLUMN, date=DAY, title="Marit Oyelaran-Haug: This much I know",
                             byline="Jens Aldous-Frey"))
    assert u.interviewee == "Marit Oyelaran-Haug"
    said = {t.text[:12]: (t.role, t.speaker) for t in u.turns}
    assert said["I was born o"] == said["Kindness on "] == ("interviewee", "Marit Oyelaran-Haug")
    # look-alike: a profile with the same credit, telling of her in the third person, stays the journalist's
    profile = COLUMN.replace("I was born on a ferry. My mother", "She was born on a ferry. Her mother").replace(
        "I have never paid", "She has never paid").replace("My father wore", "Her father wore").replace(
        "I keep them", "She keeps them").replace("I can't wear them.", "she can't wear them, she says.")
    u = understand(Interview(source="c.md", body=profile, date=DAY, title="Marit Oyelaran-Haug: This much I know",
                             byline="Jens Aldous-Frey"))
    assert [t.role for t in u.turns if t.text.startswith("She was born")] == ["narration"]


NORDIC = """**Actress Ines Okafor-Lund, 33, plays a harbour pilot in the new series Salt Harbour.**

BERGEN. Ines Okafor-Lund laughs when she remembers the first night of filming.

{o}I had three pairs of socks on and I still could not feel my toes after an hour.{c}

The series' director Anton Vyse-Moen says Okafor-Lund was the only actress who asked to go out with the real pilots.

{o}She went out every night for a week. The pilots still send her messages.{c}
"""


@pytest.mark.parametrize("o, c", [("”", "”"), ("»", "«"), ("«", "»")])
def test_a_papers_own_speech_marks_open_quotes_and_a_reported_speaker_with_a_trade_goes_on(o, c):
    u = understand(Interview(source="n.md", body=NORDIC.format(o=o, c=c), date=DAY,
                             title="Ines Okafor-Lund learned to pilot a boat"))
    said = {t.text[:12]: (t.role, t.speaker) for t in u.turns}
    assert said["I had three "] == SHE
    assert said["She went out"] == ("other", "Anton Vyse-Moen")


def test_a_closing_mark_alone_in_an_english_article_opens_nothing():
    body = LEAD + "The sign on the door read: Closed” and nobody knew who had written it.\n\nShe laughs about it now."
    u = understand(Interview(source="n.md", body=body, date=DAY, title=TITLE))
    assert [t.role for t in u.turns] == ["narration"] * 3


EMAIL = ("<html><head><title>The Couch Letter #12: Ines Okafor-Lund on the finale</title></head><body><center>"
         "<table width=\"100%\"><tr><td><p><a href=\"https://couch.example/web\">View this email in your browser</a>"
         "</p></td></tr><tr><td class=\"body\">"
         "<p>Hi friends, it has been a week of rain and television, and I spent Tuesday on the phone with a star.</p>"
         "<p>Ines Okafor-Lund plays the harbour pilot on <em>Salt Harbour</em>, and we talked for forty minutes.</p>"
         "<p><strong>Do you know how it ends?</strong></p>"
         "<p>I do, and I found out in the worst way: the last script was emailed to the whole cast by mistake.</p>"
         "<p><strong>What are you watching?</strong></p>"
         "<p>Baking shows. When you pretend all day that everyone is a traitor, you want to watch a man cry about "
         "a sponge.</p>"
         "<p>That's it for this week. Go drink some water.</p>"
         "</td></tr></table></center></body></html>")
KEY_FACTS = ("<html><body><h1>Salt Harbour: the facts</h1><p>The series in numbers, for the press.</p>"
             "<table><tr><td>Episodes</td><td>Eight</td></tr><tr><td>Filmed in</td><td>Bergen</td></tr>"
             "<tr><td>Lead</td><td>Ines Okafor-Lund</td></tr></table><p>More to follow in the spring.</p>"
             "</body></html>")


def test_a_page_laid_out_in_tables_reads_its_column_paragraph_by_paragraph():
    from newsletter.sources.article_page import _layout_tables_as_blocks, extract_page
    body = extract_page(EMAIL).body
    assert "\n\nI do, and I found out in the worst way" in body and "|" not in body
    u = understand(Interview(source="e.html", body=body, date=DAY, title="Ines Okafor-Lund on the finale"))
    assert [t.role for t in u.turns if t.text.startswith(("Do you know", "I do, and"))] == ["interviewer",
                                                                                              "interviewee"]
    # look-alike: a table of data (one short datum per cell) is left as a table
    assert _layout_tables_as_blocks(KEY_FACTS) == KEY_FACTS


def test_someone_introduced_by_an_organisation_and_a_trade_without_the_speaks_in_the_quote_after():
    body = ("Harbourside's former Norway striker Pal Oduya-Berg twice put the visitors ahead. “Ines can play, I'll "
            "give her that. She dives like she's in a drama, mind.”")
    assert speaker_of(body, "Ines can play") == ("other", "Pal Oduya-Berg")
    body = ("Lifeboat charity chief executive Annette Kilby-Osei said the total was a record. “This money will keep "
            "a crew at sea for a whole winter.”")
    assert speaker_of(body, "This money will") == ("other", "Annette Kilby-Osei")
    # look-alike: a show named after a trade-like word is no one speaking
    body = ("Channel drama Night Crossing returns in the spring. “I have read the first two scripts and I cried.”")
    assert speaker_of(body, "read the first two")[1] != "Night Crossing"


def test_a_name_only_ever_in_italics_is_a_title_whatever_its_last_word_alone_is():
    body = ("It is raining and Marie-Claude Tremblay-Osei has arrived by bike anyway. The actress, 42, is the face of "
            "*Les Jours de Lilou*, in which she plays a shopkeeper.\n\n"
            "« I wanted Lilou to be allowed to be boring, » she says. « Lilou mostly worries about the price of milk. »"
            "\n\nTremblay-Osei grew up in Quebec City. « Lilou is the first woman I have played who never cries. »")
    u = understand(Interview(source="q.md", body=body, date=DAY,
                             title="Marie-Claude Tremblay-Osei: « I wanted Lilou to be boring »"))
    assert u.interviewee == "Marie-Claude Tremblay-Osei"


KIT = """AN TRÁ DHUBH / THE DARK STRAND

Press kit: cast and creator Q&A

Prepared by Siobhán Ní Fhearghail-Achebe, Corrán Media, for press use.

An Trá Dhubh begins on TG4 on Wednesday 4 November at 9.30pm.

## CAOIMHE MHIC AODHA-BATISTA (Nóra)

Q. Nóra is a lifeboat coxswain. What did you know about the sea before this?

A. Nothing at all, and I grew up forty minutes from it. They let me steer once, very slowly.

Q. Was your own Irish good going in?

A. School Irish, which is a very polite language for asking to go to the toilet.

## DERVLA Ó CEALLAIGH-MENSAH (Creator and writer)

Q. Where did the idea come from?

A. My uncle was on the lifeboat for twenty-two years and never once talked about it at home.
"""


def test_a_press_kits_sections_under_names_give_their_answers_to_those_named_and_its_credit_is_nobody():
    u = understand(Interview(source="kit.md", body=KIT, date=DAY, title="AN TRÁ DHUBH - PRESS KIT"))
    assert u.interviewee == "Caoimhe Mhic Aodha-Batista"
    said = {t.text[:11]: t.speaker for t in u.turns if t.role != "narration"}
    assert said["Nothing at "] == said["School Iris"] == "Caoimhe Mhic Aodha-Batista"
    assert said["My uncle wa"] == "Dervla Ó Ceallaigh-Mensah"


DAILY = """**KUALA LUMPUR:** Actress Siti Aisyah Marlina Rahim admits she was not the first choice for the lead.

"They offered it to three other actresses first, lah. I only got the call two weeks before," said the 29-year-old, who is better known as Aisyah.

Speaking at the press conference yesterday, Aisyah said the script left her in tears.

"I cried for three days after reading it. My mother thought someone had died," she said.
"""


def test_a_long_name_is_one_person_by_the_given_name_its_bearer_goes_by_and_by_an_age_alone():
    u = understand(Interview(source="d.md", body=DAILY, date=DAY, title="Aisyah: I cried for three days"))
    assert u.interviewee == "Siti Aisyah Marlina Rahim"
    assert [(t.role, t.speaker) for t in u.turns if t.role != "narration"] == \
        [("interviewee", "Siti Aisyah Marlina Rahim")] * 2


PROGRAMME = """THE HARBOUR LEDGER

CAST (in order of appearance)
Edith Marr .............. Ines Okafor-Lund
Thomas Marr ............. Caradoc Penhallow-Reid
The Clerk ............... Ayo Smithwick

IN CONVERSATION: INES OKAFOR-LUND

BENEDICT: You were last on this stage at sixteen. What do you remember?

INES: Mostly the fear. I played a tree and I had one line, which I said to the wrong person.
"""


def test_a_cast_lists_rows_with_dot_leaders_are_not_run_together_into_one_name():
    u = understand(Interview(source="p.txt", body=PROGRAMME, date=DAY, title="The Harbour Ledger: programme"))
    assert u.interviewee == "Ines Okafor-Lund"
    assert [t.speaker for t in u.turns if t.text.startswith("Mostly the fear")] == ["Ines Okafor-Lund"]


def test_according_to_someone_hands_them_the_quote_after_and_a_short_opening_then_i_is_first_person():
    body = ("According to the brand's head blender, Ruairi Penwick-Achike, the leaves come from certified growers. "
            "“We taste every batch ourselves before it goes in a box.”")
    assert speaker_of(body, "We taste every") == ("other", "Ruairi Penwick-Achike")
    body = "**Luxury:** A lock gate. “Just one. I'd open and close it for company.”"
    assert speaker_of(body, "Just one.") == SHE
    # look-alike: a long first sentence in no one's person is not hers for a later "I"
    body = ("**Luxury:** A lock gate. “The gate at the top of the flight was built in 1790 by a man from Leeds. "
            "I read that on a sign.”")
    assert speaker_of(body, "The gate at the top")[0] != "interviewee"
