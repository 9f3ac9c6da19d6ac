"""Look-alikes of this session's label, furniture, account, title and pick rules that a real article could hold,
where the rules did harm: a show's italic lead-in or a listings row read as a speaker, a guide's repeated section
headings read as a transcript, a relative's title giving the subject her gender or taking her son's words, an
answer read as a translator's credit. Every text here is invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.extract.air_show import article_show
from newsletter.extract.pronouns import gender_in
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv, read as turns

QA_WITH_A_LEAD_IN = ("Dana Reyes has played the harbour master on *Harbor Lights* for six years.\n\n"
                     "*Harbor Lights*: the verdict is in, and the show is coming back for a seventh season.\n\n"
                     "**TV Weekly:** How did you hear?\n\n"
                     "**Reyes:** My agent called me at six in the morning. I thought somebody had died.\n\n"
                     "**TV Weekly:** What's next for Marit?\n\n"
                     "**Reyes:** She is going to have a terrible year, and I could not be happier about it.")
REVIEW_OF_TWO = ("This week on the box, two returns, by our critic Sam Oduya.\n\n"
                 "*Harbor Lights*: the verdict is in. Dana Reyes is as good as ever as the harbour master, and the "
                 "writers finally give her a storm worth the name.\n\n"
                 "*Tidewater*: a slower start. Nadia Voss plays the ferry captain with a tired grin, but the scripts "
                 "have lost their nerve.\n\n"
                 "Both air on Sundays. \"It's the best work I've done,\" Reyes told us last month.")


def test_a_shows_italic_lead_in_beside_a_bold_labelled_q_and_a_is_no_speaker():
    u = understand(iv(QA_WITH_A_LEAD_IN, title="Dana Reyes on the Harbor Lights renewal"))
    assert [t.role for t in u.turns if "verdict" in t.text] == ["narration"]
    assert "Harbor Lights" not in {t.speaker for t in u.turns}
    assert u.show == "Harbor Lights"


def test_italic_lead_ins_to_two_shows_in_a_review_are_the_critics_words():
    u = understand(iv(REVIEW_OF_TWO, title="The week on TV: Harbor Lights and Tidewater return"))
    assert u.interviewee == "Dana Reyes"
    assert [t.role for t in u.turns if "verdict" in t.text or "slower start" in t.text] == ["narration"] * 2
    picks = [q.text for q in select_pull_quotes(u, count=3).picks]
    assert picks and not [p for p in picks if "harbour master" in p or "scripts" in p]


LISTINGS = ("Dana Reyes returns to *Harbor Lights* this week, and she told us why this season is her favourite.\n\n"
            "What to watch this week:\n\n"
            "Monday | BBC One | Harbor Lights, 9pm\n\n"
            "Monday | ITV | Tidewater, 8pm\n\n"
            "Tuesday | Channel 4 | The Glass Orchard, 10pm\n\n"
            "\"I have never been so tired or so happy,\" Reyes said of the shoot.")


@pytest.mark.parametrize("body", [
    LISTINGS,
    "Home | TV | Interviews\n\n" + LISTINGS.split("\n\n", 1)[0] + "\n\n" + LISTINGS.rsplit("\n\n", 1)[1]
    + "\n\nHome | TV | Interviews",
], ids=["listings-rows", "breadcrumb-top-and-foot"])
def test_a_bar_that_asks_nothing_is_no_outlets_question_however_often_it_comes(body):
    got = turns(iv(body, title="Dana Reyes on Harbor Lights"))
    assert {s for r, s, _ in got if r != "narration"} == {"Dana Reyes"}
    assert {r for r, _, t in got if "|" in t} == {"narration"}


GUIDE = ("Two returning dramas to watch this winter, picked by our critic.\n\n"
         "### Harbor Lights\n\nDana Reyes is back as the harbour master, and the storm episode is the best hour of "
         "television this year.\n\n"
         "#### Verdict\n\nUnmissable.\n\n#### Where To Watch\n\nBBC One, Sundays at 9pm.\n\n"
         "### Tidewater\n\nNadia Voss's ferry captain has lost her way, but the final episode is a beauty.\n\n"
         "#### Verdict\n\nPatchy but worth it.\n\n#### Where To Watch\n\nITV, Mondays at 8pm.")


def test_a_plain_label_whose_words_open_on_an_italic_title_stays_a_label():
    body = ("GIDEON: Welcome back to the show.\n\nTAMSIN: Thank you, it's good to be here.\n\n"
            "GIDEON: So tell me about the harbour.\n\nTAMSIN: It is very wet and very cold.\n\n"
            "GIDEON: *Brass Harbor* airs Thursdays on NBC. Tamsin Oyelaran, everybody!")
    got = turns(iv(body, title="Tamsin Oyelaran on The Late Hour"))
    assert [s for _, s, t in got if "airs Thursdays" in t] == ["Gideon"]


def test_a_guides_repeated_section_headings_that_ask_nothing_are_no_speakers():
    got = turns(iv(GUIDE, title="Two dramas to watch this winter"))
    assert {r for r, _, _ in got} == {"narration"}


def test_an_outlets_headings_that_ask_still_label_a_transcript():
    body = ("We asked the cast of Night Ferry a few questions.\n\n#### PRIYA\n\nWhat scared you most?\n\n"
            "#### TOMASZ\n\nThe water tank, honestly.\n\n#### PRIYA\n\nAnd the fans?\n\n"
            "#### TOMASZ\n\nThey send me rope.")
    got = turns(iv(body, title="Cast Q&A: Night Ferry, season two"))
    assert [r for r, _, _ in got[1:]] == ["interviewer", "interviewee"] * 2


DOCUSERIES = ("*Marco Reyes spent forty years fishing off Galway. His story has been condensed into a four-part "
              "series for RTÉ, made by Hana Okafor.*\n\n"
              "The first episode opens on the pier at dawn. Reyes, now 71, mends a net while his grandson films.\n\n"
              "\"I never thought anyone would want to watch an old man fish,\" Reyes told us. \"But here we are.\"\n\n"
              "Okafor spent two winters on the boat. The footage is raw and often beautiful.")


def test_a_story_condensed_into_a_series_makes_no_first_person_account():
    got = turns(iv(DOCUSERIES, title="Marco Reyes: a life at sea"))
    assert [r for r, _, t in got if t.startswith("Okafor spent")] == ["narration"]
    assert ("interviewee", "Marco Reyes", "But here we are.") in got


def test_an_answer_saying_who_translated_something_is_still_the_answer():
    body = ("Dana Reyes wrote the novel the show is based on, in Spanish.\n\n"
            "**TV Weekly:** Who translated the book?\n\n"
            "**Reyes:** It was translated by my sister Ana, who also did the subtitles.\n\n"
            "**TV Weekly:** Did you change much for the show?\n\n**Reyes:** Almost nothing.")
    got = turns(iv(body, title="Dana Reyes on Harbor Lights"))
    assert ("interviewee", "Dana Reyes", "It was translated by my sister Ana, who also did the subtitles.") in got


SON = ("Dele Okafor has played the ferryman on Harbor Lights for six years. His mother, Mrs Okafor, still watches "
       "every episode twice.\n\n"
       "Okafor grew up two streets from the studio, and he still has the accent. He ordered tea and apologised.\n\n"
       "His co-star Ama Mensah, who plays his wife, joined us later. \"He never stops singing,\" she said.\n\n"
       "\"It drives her mad,\" he said. \"But the crew like it.\"\n\n"
       "\"The first season, nobody knew who I was,\" he said.")


def test_a_relatives_title_before_the_surname_does_not_give_the_subject_her_gender():
    assert gender_in("Dele Okafor", SON) == "m"
    assert gender_in("Tokunbo Ajayi-Grant", "The producer, Mrs Tokunbo Ajayi-Grant, told us so.") == "f"
    u = understand(iv(SON, title="Dele Okafor: the ferryman comes home"))
    assert u.interviewee == "Dele Okafor"
    assert {q.speaker for q in u.quotes if q.text.startswith(("It drives", "The first season"))} == {"Dele Okafor"}


def test_a_titled_label_is_the_relative_not_the_son_with_his_own_label():
    body = ("Dele Okafor plays the ferryman on Harbor Lights. He brought his mother, Grace Okafor, and she had a "
            "lot to say.\n\n"
            "**TV Weekly:** Dele, when did you know you wanted to act?\n\n"
            "**Dele:** At school. I was the donkey in the nativity and I refused to leave the stage.\n\n"
            "**Mrs Okafor:** He cried when they pulled him off. The whole hall was laughing.\n\n"
            "**TV Weekly:** Are you proud of him?\n\n"
            "**Mrs Okafor:** Every single day of my life, even when he forgets to call his mother.\n\n"
            "**Dele:** Mum, I call you every Sunday.")
    got = turns(iv(body, title="Dele Okafor and his mum"))
    assert {s for _, s, t in got if t.startswith(("He cried", "Every single day"))} == {"Grace Okafor"}
    assert {s for r, s, _ in got if r == "interviewee"} == {"Dele Okafor"}


@pytest.mark.parametrize("lead", ["*Note:* this review covers four episodes of *Harbor Lights*.",
                                  "*Verdict:* unmissable. *Harbor Lights* is back."])
def test_an_italic_word_with_its_colon_inside_heads_a_note_and_is_no_show(lead):
    assert article_show(None, lead, []) == "Harbor Lights"


@pytest.mark.parametrize("line", [
    "Our show says something true about grief that nobody else on television is saying.",
    "My character says things I would never dare to say out loud.",
    "The audition went, in a word, terribly, and I still got the part.",
    "The first take went, honestly, better than anyone expected.",
    "Nobody told me, at any point, that the tank would be heated.",
    "My first agent told me to change my name, and I never forgave her.",
    "Our director insists on silence before every take, and it works.",
])
def test_lines_that_report_nobodys_words_stay_printable(line):
    assert exclusion(line, re.findall(r"[\w’']+", line), False) is None


@pytest.mark.parametrize("line", ["My husband says I once ordered a pizza in my sleep.",
                                  "The director called and said, I have a watchmaker for you.",
                                  "My mum said, that's not acting, that's your Aunty Pam."])
def test_someone_elses_words_without_quote_marks_are_still_never_picked(line):
    assert exclusion(line, re.findall(r"[\w’']+", line), False) is not None


def test_a_story_told_in_the_present_about_a_man_stays_a_womans_answer():
    body = ("Dana Reyes has played the harbour master for six years, and she is still scared of boats. She called "
            "us from the set, where she was waiting for her last scene.\n\n"
            "**TV Weekly:** What was the first day like?\n\n"
            "**Reyes:** Terrifying. The director was shouting at the rain machine when I walked in.\n\n"
            "He takes one look at the script, throws it in the harbour, and tells the crew to improvise.\n\n"
            "She laughs, and a horn sounds behind her.\n\n"
            "**TV Weekly:** Did it work?\n\n**Reyes:** It worked.")
    got = turns(iv(body, title="Dana Reyes on Harbor Lights"))
    assert [r for r, _, t in got if t.startswith("He takes")] == ["interviewee"]
    assert [r for r, _, t in got if t.startswith("She laughs")] == ["narration"]


@pytest.mark.parametrize("answer", ["Watch the first episode again and you'll see it.",
                                    "See the episode where she drowns? That was real water."])
def test_an_answer_telling_the_reader_to_watch_an_episode_is_no_embeds_caption(answer):
    body = ("Dana Reyes has spent five seasons as the calm one.\n\n**Any clues to the twist?**\n\n" + answer +
            "\n\n**What did you take from the set?**\n\nThe lamp, or nearly.\n\nWatch the trailer below:")
    got = turns(iv(body, title="Dana Reyes talks Harbor Lights"))
    assert [r for r, _, t in got if t == answer] == ["interviewee"]
    assert [r for r, _, t in got if t.startswith("Watch the trailer")] == ["narration"]
