"""Whole layouts of the twelfth fictional set's kinds that were read as narration: an FAQ page's folded questions,
a social thread unrolled to text by an export tool, a post saved from a professional network with its comments,
a newspaper page exported from PDF to text and an awards booklet's first-person statement under its critics'
blurbs. Every text here is invented for the test."""

import pytest

from newsletter.extract.print_pages import printed_breaks
from newsletter.sources.article_page import extract_page
from tests.extract.test_layouts import iv, read, spoken

FAQ_PAGE = ("<html><head><title>Cast Q&amp;A: Odile Vantongeren-Pryce</title></head><body>"
            "<article><h1>Cast Q&amp;A: Odile Vantongeren-Pryce</h1>"
            "<p>Viewers sent questions for Odile, who plays the lighthouse keeper Maud Selkirk. She answered them "
            "on the last day of the shoot in Anglesey, between two storms that the crew did not order.</p>"
            "<details open><summary>Could you swim before the show?</summary>"
            "<p>Barely. I learned in a leisure centre in Rhyl with a coach who shouted like a foghorn.</p></details>"
            "<details><summary>What was the coldest day on set?</summary>"
            "<p>The night we lit the lamp in February. My fingers stopped working and I held the match in my "
            "teeth.</p><p>It made the take, somehow.</p></details>"
            "<details><summary>Who makes the tea?</summary>"
            "<p>Gethin, always. He makes it far too strong and calls it character building.</p></details>"
            "</article></body></html>")


@pytest.mark.parametrize("block", ["section class='faq'", "div class='faq'", "article"])
def test_an_faq_pages_folded_questions_are_asked_and_the_text_under_each_is_the_answer(block):
    page = FAQ_PAGE.replace("<article>", f"<{block}>").replace("</article>", f"</{block.split()[0]}>")
    body = extract_page(page).body
    turns = read(iv(body, title="Cast Q&A: Odile Vantongeren-Pryce"))
    assert spoken(turns, "interviewer") == ["Could you swim before the show?", "What was the coldest day on set?",
                                            "Who makes the tea?"]
    assert ("interviewee", "Odile Vantongeren-Pryce", "It made the take, somehow.") in turns
    assert ("interviewee", "Odile Vantongeren-Pryce",
            "Gethin, always. He makes it far too strong and calls it character building.") in turns


def test_a_folded_transcript_under_a_profile_is_a_paragraph_not_a_question():
    page = ("<html><head><title>Odile Vantongeren-Pryce keeps the light</title></head><body><article>"
            "<h1>Odile Vantongeren-Pryce keeps the light</h1>"
            "<p>Odile Vantongeren-Pryce spent a winter on Anglesey learning to be a lighthouse keeper, and she "
            "came back with two new knots and a cough.</p>"
            "<p>\"The sea does not care who you are,\" she said. \"That is the whole lesson of the job.\"</p>"
            "<details><summary>Credits</summary><p>Photographs by Bryn Talfan-Hughes.</p></details>"
            "</article></body></html>")
    body = extract_page(page).body
    turns = read(iv(body, title="Odile Vantongeren-Pryce keeps the light"))
    assert spoken(turns, "interviewer") == []
    assert ("interviewee", "Odile Vantongeren-Pryce", "That is the whole lesson of the job.") in turns


UNROLLED = ("Thread unrolled — saved 3 March 2026, 22:40 UTC\n"
            "Source: @tamsinrowe.bsky.social · 9 posts · 12 replies shown\n\n"
            "════════════════════════\n"
            "Tamsin Okafor-Rowe 🐚 (@tamsinrowe.bsky.social) · 3 Mar 2026, 20:01\n"
            "🧵 1/ Wrapped my last day as Nessa on Saltmarsh Lane. Sitting on the harbour wall with chips. Questions "
            "welcome for the next half hour.\n"
            "💬 98  🔁 30  ♥ 870\n\n"
            "════════════════════════\n"
            "Replies\n"
            "════════════════════════\n"
            "gull_watcher 🐦 (@gullwatcher.bsky.social) · 20:04\n"
            "did you ever actually learn to gut a fish\n"
            "  ↳ Tamsin Okafor-Rowe 🐚 (@tamsinrowe.bsky.social) · 20:07\n"
            "  Learned it, hated it, did it forty times for one scene. The props team kept the fish on ice in a "
            "paddling pool behind the catering van.\n\n"
            "Bram K (@bramk.bsky.social) · 20:09\n"
            "who was the worst at remembering lines?\n"
            "  ↳ Tamsin Okafor-Rowe 🐚 (@tamsinrowe.bsky.social) · 20:12\n"
            "  Me, every Monday, without fail. The weekend wiped my head clean like a tide.\n\n"
            "Tamsin Okafor-Rowe 🐚 (@tamsinrowe.bsky.social) · 20:30\n"
            "9/ That's me done. Thank you for five lovely years.\n"
            "💬 40  🔁 12  ♥ 1.1K\n\n"
            "Exported with ThreadSaver · Content belongs to its authors.")


def test_an_unrolled_thread_gives_posts_to_their_posters_and_fans_asking_under_them_ask():
    turns = read(iv(UNROLLED, title="Tamsin Okafor-Rowe's last day on Saltmarsh Lane"))
    assert ("interviewee", "Tamsin Okafor-Rowe", "Wrapped my last day as Nessa on Saltmarsh Lane. Sitting on the "
            "harbour wall with chips. Questions welcome for the next half hour.") in turns
    assert spoken(turns, "interviewer") == ["did you ever actually learn to gut a fish",
                                            "who was the worst at remembering lines?"]
    assert ("interviewee", "Tamsin Okafor-Rowe",
            "Me, every Monday, without fail. The weekend wiped my head clean like a tide.") in turns
    assert ("interviewee", "Tamsin Okafor-Rowe", "That's me done. Thank you for five lovely years.") in turns
    assert ("narration", None, "💬 98  🔁 30  ♥ 870") in turns


def test_a_profile_naming_a_handle_and_a_count_line_is_no_thread():
    body = ("Tamsin Okafor-Rowe (@tamsinrowe.bsky.social) · actor and fisherwoman, posts mostly about boats.\n"
            "She joined the cast of Saltmarsh Lane in 2021 and has not missed a week since then, storms included.\n\n"
            "\"I like the smell of diesel,\" she said. \"It means someone is going somewhere.\"")
    turns = read(iv(body, title="Tamsin Okafor-Rowe on Saltmarsh Lane"))
    assert ("interviewee", "Tamsin Okafor-Rowe", "It means someone is going somewhere.") in turns
    assert spoken(turns, "interviewer") == []


SAVED_POST = ("**Niamh Oduya-Clarke** · 2nd\n"
              "Actor | Former primary teacher | Represented by Larchfield Artists\n"
              "3d · 🌐\n\n"
              "Nine years ago I left a classroom of thirty-one seven-year-olds to go to drama school.\n\n"
              "My head teacher told me I would miss the holidays. I do miss the holidays.\n\n"
              "Tonight I play a head teacher on national television, which feels like revenge.\n\n"
              "#Acting #Teaching #SecondCareers\n\n"
              "…see more\n\n"
              "👍❤️ 1,204 · 96 comments · 12 reposts\n\n"
              "**Colm Baptiste-Reilly** · Casting Director at Fernhill Pictures\n"
              "She read the register in the audition as if the children were really there.\n"
              "Like · Reply · 2d\n\n"
              "  **Niamh Oduya-Clarke** · Author\n"
              "  Colm, they were there. You just couldn't see them.\n"
              "  Like · Reply · 2d\n\n"
              "Promoted · Quillmere Courses\n"
              "Learn spreadsheets in a weekend. Book by Friday.")


def test_a_saved_network_post_is_its_authors_words_and_each_comment_its_writers():
    turns = read(iv(SAVED_POST, title="From the classroom to the screen: Niamh Oduya-Clarke's post"))
    assert ("interviewee", "Niamh Oduya-Clarke", "Nine years ago I left a classroom of thirty-one seven-year-olds to "
            "go to drama school.") in turns
    assert ("interviewee", "Niamh Oduya-Clarke", "Tonight I play a head teacher on national television, which feels "
            "like revenge.") in turns
    assert ("other", "Colm Baptiste-Reilly", "She read the register in the audition as if the children were really "
            "there.") in turns
    assert ("interviewee", "Niamh Oduya-Clarke", "Colm, they were there. You just couldn't see them.") in turns
    assert ("narration", None, "Like · Reply · 2d") in turns
    assert ("narration", None, "#Acting #Teaching #SecondCareers") in turns
    assert not any(r != "narration" for r, _, t in turns if "spreadsheets" in t or "1,204" in t)
    assert spoken(turns, "interviewer") == []


def test_a_byline_over_a_profile_with_no_comments_under_it_is_no_saved_post():
    body = ("**Colm Baptiste-Reilly** · Features\n"
            "Culture desk | Larchfield Evening News\n"
            "3d · 4 min read\n\n"
            "Niamh Oduya-Clarke taught for nine years before she acted.\n\n"
            "\"I still count heads when I walk into a room,\" she said.")
    turns = read(iv(body, title="Niamh Oduya-Clarke counts heads", byline="Colm Baptiste-Reilly"))
    assert ("narration", "Colm Baptiste-Reilly", "Niamh Oduya-Clarke taught for nine years before she acted.") in turns
    assert ("interviewee", "Niamh Oduya-Clarke", "I still count heads when I walk into a room,") in turns


PDF_PAGE = ("9              THE KELSO COURIER              Friday, May 8, 2026\n\n"
            "ARTS\n\n"
            "By MORAG LINDQVIST\n\n"
            "ISLA Brannigan-Okoye spent ten\n"
            "summers selling ice cream from\n"
            "her grand-\n"
            "mother's kiosk on the harbour.\n"
            "Now she plays a lifeboat cox in\n"
            "the new drama Saltmark.\n"
            "\"You never forget the cold of\n"
            "the freezer lid,\" said Brannigan-\n"
            "Okoye, 27, who grew up in Eyemouth.\n"
            "\"It taught me to work with numb\n"
            "hands, which is most of what a\n"
            "lifeboat scene is.\"\n"
            "The series was filmed over ten\n"
            "weeks in the North Sea, mostly in\n"
            "rain that nobody had ordered.\n"
            "She learned to tie knots from a\n"
            "retired cox called Ewan.\n\n"
            "        Please see SALTMARK, Page 11\n\n"
            "--------------------------------------------------------------\n"
            "THE KELSO COURIER    Friday, May 8, 2026    11\n"
            "--------------------------------------------------------------\n\n"
            "SALTMARK\n"
            "From Page 9\n\n"
            "\"He tied them in the dark with\n"
            "his eyes shut and told me to do\n"
            "the same. I failed for a week and\n"
            "then one morning I simply could.\"\n"
            "Saltmark starts on Thursday at\n"
            "9pm and runs for six weeks on\n"
            "the channel's main service.\n"
            "Brannigan-Okoye will open the\n"
            "harbour gala on Saturday too.")


def test_a_pdf_page_export_reads_its_column_lines_as_paragraphs_and_follows_the_jump():
    from newsletter.extract.document import view_of
    assert "her grandmother's kiosk" in view_of(PDF_PAGE).text
    turns = read(iv(PDF_PAGE, title="Isla Brannigan-Okoye: from the ice cream kiosk to the lifeboat",
                    byline="Morag Lindqvist"))
    said = {t.replace("\n", " ") for r, s, t in turns if r == "interviewee" and s == "Isla Brannigan-Okoye"}
    assert "You never forget the cold of the freezer lid," in said
    assert "It taught me to work with numb hands, which is most of what a lifeboat scene is." in said
    assert ("He tied them in the dark with his eyes shut and told me to do the same. I failed for a week and then "
            "one morning I simply could.") in said
    assert not any("North Sea" in t for r, _, t in turns if r != "narration")


@pytest.mark.parametrize("body", [
    # a poem set line by line: every line ends a thought
    "\n".join(["The tide goes out at six o'clock.", "The gulls come in at seven.", "My grandmother counts the boats.",
               "She never counts to eleven.", "The kiosk shuts when the light goes.", "The freezer hums all night.",
               "I used to sit and listen.", "I thought the hum was right.", "Nobody asked me what I wanted.",
               "I wanted the sea."]),
    # a wrapped wire story whose paragraphs stand apart: nothing to join or part
    ("EYEMOUTH, May 8 (Borders Wire) -- Actor Isla Brannigan-Okoye said on\n"
     "Friday that the lifeboat drama Saltmark was the hardest job she had\n"
     "ever taken on, and that she had learned to tie knots in the dark.\n\n"
     "\"I failed for a week,\" she told reporters at the harbour.\n\n"
     "The drama starts on Thursday."),
])
def test_lines_that_are_no_pdf_column_read_as_they_did(body):
    assert printed_breaks(body) == []


BOOKLET = ("# FOR YOUR CONSIDERATION\n\n"
           "## BEST SUPPORTING ACTOR IN A LIMITED SERIES\n"
           "### Tobias Ferreira-Lund as Father Anselm\n\n"
           "> \"A performance of terrifying patience.\" — *The Harbour Review*\n\n"
           "> \"Ferreira-Lund finds the joke inside every sermon.\" — *Nightly Screen*\n\n"
           "---\n\n"
           "### IN HIS OWN WORDS\n\n"
           "Anselm is a priest who has stopped believing in anything but the parish accounts. I wanted to play the "
           "arithmetic of faith.\n\n"
           "I grew up above a bakery, and my father said the bread does not care how you feel. I thought about him "
           "every morning on set.\n\n"
           "— Tobias Ferreira-Lund\n\n"
           "---\n\n"
           "**Stream every episode on the network's own service.**")


def test_a_booklets_blurbs_are_their_outlets_and_its_own_words_section_the_signers():
    turns = read(iv(BOOKLET, title="For Your Consideration: Tobias Ferreira-Lund", byline="Awards Team"))
    assert ("other", "The Harbour Review", "A performance of terrifying patience.") in turns
    assert ("other", "Nightly Screen", "Ferreira-Lund finds the joke inside every sermon.") in turns
    assert ("interviewee", "Tobias Ferreira-Lund", "I grew up above a bakery, and my father said the bread does not "
            "care how you feel. I thought about him every morning on set.") in turns
    assert ("narration", "Awards Team", "— Tobias Ferreira-Lund") in turns


def test_an_own_words_heading_with_no_signature_and_a_signature_with_no_heading_sign_nothing():
    unsigned = BOOKLET.replace("— Tobias Ferreira-Lund\n\n", "")
    turns = read(iv(unsigned, title="For Your Consideration: Tobias Ferreira-Lund", byline="Awards Team"))
    assert ("narration", "Awards Team", "Anselm is a priest who has stopped believing in anything but the parish "
            "accounts. I wanted to play the arithmetic of faith.") in turns
    unheaded = BOOKLET.replace("### IN HIS OWN WORDS", "### THE SERIES")
    turns = read(iv(unheaded, title="For Your Consideration: Tobias Ferreira-Lund", byline="Awards Team"))
    assert not any(r == "interviewee" and t.startswith("Anselm is a priest") for r, _, t in turns)


def test_a_phrase_someone_else_said_reported_in_double_marks_is_their_words_not_a_pick():
    from newsletter.quote_speech import quotes_someone
    assert quotes_someone('When a stranger told me my accent was "close enough to pass," I took it as praise.')
    assert quotes_someone('The driver said it was "nothing a kettle won\'t fix" and drove off.')
    assert not quotes_someone('We called the van "the submarine" because the windows never opened.')
    assert not quotes_someone('I read "Low Water" twice before I said yes to the part.')


def test_a_pick_from_a_pdf_column_prints_on_one_line_with_its_broken_words_whole():
    from newsletter.typeset import pull_quote
    assert pull_quote("The gull and I had an under-\nstanding. He wanted the\nchips.") == \
        "The gull and I had an understanding. He wanted the chips."
    assert pull_quote("I met Brannigan-\nOkoye on the pier.") == "I met Brannigan-Okoye on the pier."
