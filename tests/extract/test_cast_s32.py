"""Who is interviewed and who says what, kinds found this session (s32, cast), each with look-alikes that must stay
as they are. Invented text only."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)


def read(body: str, title: str, **kw):
    """The understanding of an invented article with this title."""
    return understand(Interview(source="story.md", body=body, date=DAY, title=title, **kw))


def said_in(u, *words: str) -> dict[str, tuple[str, str | None]]:
    """The role and speaker of the turn holding each of `words`."""
    return {w: (t.role, t.speaker) for t in u.turns for w in words if w in t.text}


# A Vietnamese paper's English edition: the headline calls the actress by her given names, the lede gives her name
# in full, family name and middle name first, and the story calls her by the last given name.
GIVEN_NAMES = """**Actress Lê Thị Bích Hằng, who plays a ferry captain in the new drama "Salt Wind," says she learned to \
steer a real boat.**

Hằng, 31, was born in Vinh and moved to Hanoi to study at the film school.

"I spent a month on the river with a captain who is 70. He let me hold the wheel only on the last day," Hằng said.

"My father still asks when I will get a real job," she said, laughing.
"""


def test_a_headline_s_given_names_are_the_lede_s_full_name():
    u = read(GIVEN_NAMES, "Actress Bích Hằng: 'My father still asks when I will get a real job'")
    assert u.interviewee == "Lê Thị Bích Hằng"
    assert set(said_in(u, "I spent a month", "My father still").values()) == {("interviewee", "Lê Thị Bích Hằng")}


# Look-alike: a trade or a sentence's first word before the name is no part of it.
TRADE_BEFORE = """Actress Mara Quell, who plays a ferry captain in the new drama "Salt Wind," says she learned to steer \
a real boat.

Today Mara Quell lives in Leeds. "I spent a month on the river with a captain who is 70," Quell said.
"""


def test_a_trade_or_an_opening_word_before_the_headline_s_name_stays_out_of_it():
    u = read(TRADE_BEFORE, "Mara Quell: 'I learned to steer'")
    assert u.interviewee == "Mara Quell"
    assert said_in(u, "I spent a month")["I spent a month"] == ("interviewee", "Mara Quell")


def test_a_possessive_before_the_headline_s_name_stays_out_of_it():
    u = read(TRADE_BEFORE.replace("Today Mara Quell lives", "Northwind's Mara Quell lives"), "Mara Quell: 'I steer'")
    assert u.interviewee == "Mara Quell"


def test_a_sentence_s_first_word_or_i_m_before_the_headline_s_name_stays_out_of_it():
    body = TRADE_BEFORE.replace("Today Mara Quell lives in Leeds.", "Between Mara Quell and the sea there is a wall.")
    assert read(body, "Mara Quell: 'I steer'").interviewee == "Mara Quell"
    body = TRADE_BEFORE.replace("Today Mara Quell lives in Leeds.", "\"Hi, I'm Mara Quell and I steer,\" she said.")
    assert read(body, "Mara Quell: 'I steer'").interviewee == "Mara Quell"


def test_a_birthplace_before_the_headline_s_name_stays_out_of_it():
    body = TRADE_BEFORE.replace("Today Mara Quell lives in Leeds.", "The Leeds-born Mara Quell lives in York.")
    assert read(body, "Mara Quell: 'I steer'").interviewee == "Mara Quell"


# A Colombian paper's English edition: a co-star with two given names and two surnames, called by the first surname.
TWO_SURNAMES = """BOGOTÁ – Lucía Ortega Pardo has come home to play an heiress.

"I was not made for the cold," said Ortega, laughing.

Her co-star Andrés Felipe Mejía Salcedo, who plays the foreman, remembered the river scene.

"We were in cold water for six hours. I complained for both of us," said Mejía.
"""


def test_a_co_star_called_by_his_first_surname_is_named_with_both():
    u = read(TWO_SURNAMES, "Lucía Ortega Pardo comes home")
    assert said_in(u, "We were in cold")["We were in cold"] == ("other", "Andrés Felipe Mejía Salcedo")


def test_a_day_after_a_three_word_name_is_no_surname():
    body = TWO_SURNAMES.replace("Mejía Salcedo, who plays the foreman, remembered", "Mejía Monday remembered")
    assert said_in(read(body, "Lucía Ortega Pardo comes home"), "We were in")["We were in"] == (
        "other", "Andrés Felipe Mejía")


# A profile brings in someone set off after their role ("His old drama teacher, Name,"), says more about them in a
# sentence of its own, then quotes them in the next paragraph with only a pronoun.
SET_OFF_THEN_QUOTED = """Tomas Reyland-Achebe, 24, grew up in a small town in the south and now plays a lifeguard.

"They have a double for the good bits. The bits where I fall off, that's all me," he said.

His old drama teacher, Ngaire Pomare-Lusk, said she was not surprised by his success. She remembered him as a boy \
who would rewrite the school play if nobody stopped him.

"He once added a sword fight to a play about farmers," she said. "There are no swords in that play."

Reyland-Achebe said he missed the weather.
"""


def test_a_she_said_after_someone_set_off_after_their_role_is_theirs():
    u = read(SET_OFF_THEN_QUOTED, "Tomas Reyland-Achebe rides the waves")
    assert said_in(u, "He once added", "There are no swords") == {
        "He once added": ("other", "Ngaire Pomare-Lusk"), "There are no swords": ("other", "Ngaire Pomare-Lusk")}
    assert said_in(u, "They have a double")["They have a double"] == ("interviewee", "Tomas Reyland-Achebe")


def test_a_he_said_after_the_subject_comes_back_stays_the_subject_s():
    body = SET_OFF_THEN_QUOTED.replace('"He once added a sword fight to a play about farmers," she said. "There are no '
                                       'swords in that play."', '"I did rewrite it. Twice," he said.')
    assert said_in(read(body, "Tomas Reyland-Achebe rides the waves"), "I did rewrite")["I did rewrite"] == (
        "interviewee", "Tomas Reyland-Achebe")


# A trade written as a title at a sentence's start names the one "the director says" means later.
TRADE_AS_TITLE = """Oskar Veldmann-Ruus arrives at the café without a bodyguard.

"I never wanted to play a king," says Veldmann-Ruus. "Kings are boring."

He got the king anyway. Director Ilse Marrow-Quaye saw him in a student play in which he fell off the stage.

Marrow-Quaye, reached by telephone, confirms the story and adds a detail.

"He climbed back up and finished the speech with a bleeding nose," the director says.
"""


def test_the_director_says_names_whom_a_sentence_opened_on_as_director():
    u = read(TRADE_AS_TITLE, "Oskar Veldmann-Ruus, the unwilling king")
    assert said_in(u, "He climbed back")["He climbed back"] == ("other", "Ilse Marrow-Quaye")


def test_the_director_says_with_no_director_named_stays_nobody_s():
    body = TRADE_AS_TITLE.replace("Director Ilse Marrow-Quaye saw", "Ilse Marrow-Quaye saw")
    assert said_in(read(body, "Oskar Veldmann-Ruus, the unwilling king"), "He climbed back")["He climbed back"] == (
        "other", None)


# A Korean wire: the family name first, the article calling her by it; a co-star addresses her by her given name
# with a suffix of address ("Ha-eun-ssi"), which is no sign the article calls her so.
SUFFIX_OF_ADDRESS = """SEOUL, Nov. 3 -- Actress Kim Ha-eun said Tuesday that playing a night nurse made her grow up.

"I worked a few night shifts at a real clinic before filming," Kim said.

Veteran actor Park Tae-ho, 58, returned the praise. "On the first day he said, 'Ha-eun-ssi, sit down,'" he said.

Asked about the pressure of leading a weekend drama, Kim laughed.

"I try not to look at the ratings. My mother looks at them every morning and sends me emojis."
"""


def test_a_suffix_of_address_on_a_given_name_leaves_the_family_name_the_one_used():
    u = read(SUFFIX_OF_ADDRESS, "Kim Ha-eun says night shifts made her grow up")
    assert said_in(u, "I try not to look")["I try not to look"] == ("interviewee", "Kim Ha-eun")


# An auction catalogue: each lot under its heading, the actress's words about it standing alone, and under one lot a
# designer's letter quoted by name.
CATALOGUE = """For six series, Petra Vansittart-Oye played the widowed countess in *Gullmoor Hall*.

"People think costume drama is about the dresses. It's about what the dresses stop you doing," Vansittart-Oye says.

## Lot 12 · The riding habit

Bottle-green wool. With a signed letter from the costume designer, Hester Quaile-Mbeki.

Quaile-Mbeki writes: "Petra asked for pockets. Nobody in 1880 had pockets in a habit. I gave her pockets."

## Lot 15 · The ball gown

Ivory satin with seed pearls.

"This is the one I'd save from a fire. I cried in it, properly cried, between takes."
"""


def test_a_lone_quote_under_the_next_lot_s_heading_goes_back_to_the_subject():
    u = read(CATALOGUE, "The Gullmoor Hall costume sale")
    assert said_in(u, "This is the one")["This is the one"] == ("interviewee", "Petra Vansittart-Oye")
    assert said_in(u, "Petra asked for")["Petra asked for"] == ("other", "Hester Quaile-Mbeki")


def test_a_lone_quote_in_the_section_the_other_voice_speaks_in_stays_nobody_s():
    body = CATALOGUE.replace("Ivory satin with seed pearls.",
                             "Ivory satin. Quaile-Mbeki writes that the pearls were sewn on by hand.")
    assert said_in(read(body, "The Gullmoor Hall costume sale"), "This is the one")["This is the one"] == (
        "other", None)


# The journalist's own question in the prose, present tense or past, after an answer of the subject's: hers, and the
# subject's "she says" after it stays the subject's.
I_ASK = """Nadia Ferreira-Holm arrives at the café without sunglasses.

"I wore that coat for eleven months. By June we were not speaking," Ferreira-Holm says.

"And the wig was real?" I ask.

"Every hair. My grandmother refused to kiss me until spring," she says, laughing.
"""


def test_a_question_the_journalist_says_she_asks_is_hers_and_the_answer_the_subject_s():
    u = read(I_ASK, "Nadia Ferreira-Holm on a year in a coat", byline="Lena Brask-Otto")
    assert said_in(u, "And the wig", "Every hair") == {"And the wig": ("interviewer", "Lena Brask-Otto"),
                                                       "Every hair": ("interviewee", "Nadia Ferreira-Holm")}


def test_a_statement_before_i_ask_is_not_the_journalist_s():
    body = I_ASK.replace('"And the wig was real?" I ask.', '"It was a real wig," I ask you to believe, she says.')
    u = read(body, "Nadia Ferreira-Holm on a year in a coat", byline="Lena Brask-Otto")
    assert said_in(u, "It was a real wig")["It was a real wig"][0] != "interviewer"


# A mailbag column: readers' letters set as questions, each signed at its end with a first name and a town, and the
# columnist's answers.
MAILBAG = """*Your viewing questions answered. Letters may be edited for length.*

**Q. Where has *Harrowgate Lane* gone? It was on Thursdays at 8 and now it's vanished! - Moira, Dundee**

A. Don't worry, Moira: it's off for the snooker and back on Thursday, March 3 at 8 p.m.

**Q. My wife says *Fen Doctors* is cancelled. I say it's resting. Who's right? - Callum, Perth**

A. You are, Callum. A new series starts filming in April.
"""


def test_a_mailbag_s_signed_letters_are_their_writers_and_the_answers_the_column_s():
    u = read(MAILBAG, "Ask the Telly Doctor: where did my show go?", byline="Hettie Marchbank-Ore")
    assert said_in(u, "now it's vanished", "Who's right", "Don't worry", "You are, Callum") == {
        "now it's vanished": ("other", "Moira, Dundee"), "Who's right": ("other", "Callum, Perth"),
        "Don't worry": ("narration", "Hettie Marchbank-Ore"), "You are, Callum": ("narration", "Hettie Marchbank-Ore")}
    assert u.interviewee is None


def test_one_signed_question_in_an_interview_stays_the_journalist_s():
    body = ("**Q. Readers ask about the snooker. Where has the show gone? - Moira, Dundee**\n\n"
            "A. It's off for the snooker, I'm afraid. We're back in March.\n\n"
            "**Q. And the new series?**\n\nA. We start filming in April.\n")
    u = read(body, "Mara Quell answers your questions", interviewee="Mara Quell", byline="Hettie Marchbank-Ore")
    assert said_in(u, "Where has the show", "It's off for")["Where has the show"][0] == "interviewer"
    assert said_in(u, "It's off for")["It's off for"] == ("interviewee", "Mara Quell")


# A write-up of a guest spot on a talk show: the headline says whom the actress told, the narration reports him
# asking her questions, and his quoted quips are the interviewer's.
GUEST_SPOT = """Mara Quell-Adjei stopped by *Late Night with Dorian Pask* on Wednesday to promote *Ward Nine*.

Pask opened by asking whether her family watched the show.

"My mother watches every episode and then rings me to correct my bandaging," Quell-Adjei said.

Pask joked, "Is that a medical opinion or a review?"

"Both," she said.
"""


def test_a_host_the_subject_told_who_asks_her_questions_is_the_interviewer():
    u = read(GUEST_SPOT, "Mara Quell-Adjei tells Dorian Pask her mum corrects her bandaging")
    assert said_in(u, "medical opinion", "My mother watches") == {
        "medical opinion": ("interviewer", "Dorian Pask"), "My mother watches": ("interviewee", "Mara Quell-Adjei")}


def test_someone_who_asks_but_was_not_told_in_the_lede_stays_another_voice():
    u = read(GUEST_SPOT, "Mara Quell-Adjei on her mum and the bandages")
    assert said_in(u, "medical opinion")["medical opinion"][0] == "other"


def test_an_office_before_the_headline_s_name_stays_out_of_it():
    body = TRADE_BEFORE.replace("Today Mara Quell lives in Leeds.", "The city's State Senator Mara Quell lives in Leeds.")
    assert read(body, "Mara Quell: 'I steer'").interviewee == "Mara Quell"


# A profile of a costume designer: narration about an episode's event, then her own words in the same paragraph.
EPISODE_EVENT = """There are 300 costumes in the new season of *Brass Hour*, and Ottilie Vance-Mbeki made most of them.

"Period costume is about lying accurately," Vance-Mbeki says.

The biggest job was a ball in episode five: 140 extras, dressed from the skin out. "I did every one of them. \
Corsets, stockings, the lot. If an extra wears trainers under the dress, I can see it from the gallery."
"""


def test_her_words_after_narration_about_an_episode_s_event_are_hers():
    u = read(EPISODE_EVENT, "The woman who dresses Brass Hour")
    assert said_in(u, "I did every one")["I did every one"] == ("interviewee", "Ottilie Vance-Mbeki")
