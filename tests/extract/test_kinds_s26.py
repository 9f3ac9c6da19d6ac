"""Kinds of prose met in held-out sets this session, each with a look-alike that must read the other way: a quote
straight after narration of the subject doing something, words quoted inside a quote that say "I said", and a
line that reacts to someone's words quoted just before it. Every text here is invented for the test."""

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes

from .test_layouts import iv, read as turns

DOING_THEN_QUOTE = ("Nell Okafor has played the lighthouse keeper on *Gullrock* for three series.\n\n"
                    "Not every storm scene was easy. The tank was cold, and Okafor had to play the panic without "
                    "a single line. \"The keeper never shouts. She counts the waves and waits for the ninth one.\"")
SOMEONE_ELSE_THEN_QUOTE = ("Nell Okafor has played the lighthouse keeper on *Gullrock* for three series.\n\n"
                           "Not every storm scene was easy. The tank was cold, and the director Ivo Marsh had to "
                           "shoot it at night. \"We lost four cameras to the water that week, and one intern.\"")


def _who(body: str, title: str = "Nell Okafor on Gullrock", byline: str | None = "Jo Park") -> list[tuple[str, str]]:
    """(role, speaker) of every turn."""
    return [(role, who) for role, who, _ in turns(iv(body, title=title, byline=byline))]


def _speaker_of(body: str, words: str, **kw) -> str | None:
    return next(speaker for _, speaker, text in turns(iv(body, **kw)) if words in text)


def test_a_quote_after_narration_of_the_subject_doing_something_is_hers():
    assert _speaker_of(DOING_THEN_QUOTE, "ninth one", title="Nell Okafor on Gullrock") == "Nell Okafor"


def test_a_quote_after_narration_of_someone_else_is_not_given_to_the_subject():
    assert _speaker_of(SOMEONE_ELSE_THEN_QUOTE, "four cameras", title="Nell Okafor on Gullrock") != "Nell Okafor"


@pytest.mark.parametrize("mark_open, mark_close", [('"', '"'), ("“", "”")])
def test_an_i_said_inside_her_quote_does_not_make_the_next_quote_the_journalists(mark_open, mark_close):
    body = ("Nell Okafor almost turned the part down.\n\n"
            f"{mark_open}When the script came, I said to myself, this woman is far too loud,{mark_close} she said. "
            f"{mark_open}Then my aunt read it and laughed for an hour. I took the part the next morning.{mark_close}")
    speaker = _speaker_of(body, "my aunt", title="Nell Okafor on Gullrock", byline="Tomi Ade")
    assert speaker == "Nell Okafor"


REACTION = ("Nell Okafor almost turned the part down.\n\n"
            "**Why?**\n\n"
            "**Okafor:** The keeper is alone for nine episodes out of ten, and I am a talker. My aunt read the "
            "script and said, 'Nell, this is you with the sound off.' I did not know whether to laugh or to cry "
            "about it.\n\n"
            "**What changed your mind?**\n\n"
            "**Okafor:** I spent a week alone in a cottage on the coast of Mayo and found out I can be quiet after "
            "all.")


def test_a_line_reacting_to_words_quoted_just_before_it_is_no_pull_quote():
    sel = select_pull_quotes(understand(iv(REACTION, title="Nell Okafor on Gullrock")), count=3)
    reaction = next(c for c in sel.candidates if c.text.startswith("I did not know"))
    assert reaction.excluded == "answers the words quoted in the sentence before it"
    assert all(not p.text.startswith("I did not know") for p in sel.picks)
    assert any("cottage" in p.text for p in sel.picks)  # the answer that stands alone is still printed


VERDICT = ("Priya Nandakumar plays a marine biologist in *Deep Shelf*.\n\n"
           "**What drew you to the part?**\n\n"
           "I grew up watching nature films with my grandmother, who shouted at every presenter who got a fish "
           "wrong.\n\n"
           "**Did you learn to dive?**\n\n"
           "I learned to hold my breath for a minute and a half, which is not the same thing, but the insurers were "
           "happy.\n\n"
           "**What is next?**\n\n"
           "A stage run in Leeds, and then a long holiday somewhere with no water at all.\n\n")


@pytest.mark.parametrize("closing, role", [
    ("**Verdict:** she is funnier than the show lets her be.", "narration"),  # the journalist's word on her
    ("**The last word:** She deserves a better script.", "narration"),
    ("**Favourite snack:** crisps, always the salted ones, eaten on the floor of my trailer.", "interviewee"),
])
def test_a_bold_lead_in_that_speaks_of_her_closes_the_interview_in_the_journalists_voice(closing, role):
    got = turns(iv(VERDICT + closing, title="Priya Nandakumar on Deep Shelf"))
    assert [r for r, _, text in got if text == closing] == [role]


def test_the_one_label_right_under_a_bold_question_stays_the_answerers():
    body = VERDICT.replace("I grew up", "PN: I grew up")
    got = turns(iv(body, title="Priya Nandakumar on Deep Shelf"))
    assert [(r, who) for r, who, text in got if "grandmother" in text] == [("interviewee", "Priya Nandakumar")]


def test_a_fact_file_and_a_closing_verdict_around_a_bold_q_and_a_are_the_journalists():
    facts = "**Born:** Leicester, 1991\n\n**Lives:** Bristol, with two cats\n\n**Next:** a stage run in Leeds\n\n"
    body = VERDICT.replace("**What drew", facts + "**What drew") + "**Verdict:** she is funnier than the show lets her be."
    got = turns(iv(body, title="Priya Nandakumar on Deep Shelf"))
    assert [r for r, _, text in got if text.startswith(("**Born", "**Lives", "**Next", "**Verdict"))] == \
        ["narration"] * 4
    assert [who for r, who, text in got if r == "interviewee"] == ["Priya Nandakumar"] * 3



TWO_STARS = ("Like the rest of the cast of *Gullrock*, Nell Okafor (Ruth Penhale) and Tomas Varga (Ned Penhale) feel "
             "lucky to be on the show.\n\n"
             "Varga, 52, admits that the sea was never his thing. But since he landed the part of the keeper, he has "
             "learned to row.\n\n"
             "\"I was hopeless in a boat,\" he told a radio station. \"Now I row to work when the tide is right.\"\n\n"
             "For Okafor, 41, she says the island feels like home now.\n\n"
             "\"I know every gull by name,\" she said.\n\n"
             "Nobody will say whether the keeper survives the storm. According to executive producer Imre Salo, the "
             "finale settles it.\n\n"
             "\"Let's just say the fans will not be left guessing,\" he said.")


def test_he_after_an_actress_named_last_goes_to_the_man_the_prose_went_on_to():
    got = {text[:14]: who for _, who, text in turns(iv(TWO_STARS, title="The Gullrock stars"))}
    assert [got["I was hopeless"], got["Now I row to w"], got["I know every g"], got["Let's just say"]] == \
        ["Tomas Varga", "Tomas Varga", "Nell Okafor", "Imre Salo"]


def test_a_place_or_a_character_is_never_the_man_a_he_stands_for():
    body = TWO_STARS.replace("According to executive producer Imre Salo, the finale settles it.",
                             "The finale was shot in a West End studio, where Varga's understudy plays the "
                             "drowned fisherman Aled Morgan.")
    got = {text[:14]: who for _, who, text in turns(iv(body, title="The Gullrock stars"))}
    assert got["Let's just say"] not in ("West End", "Aled Morgan")


@pytest.mark.parametrize("sentence", [
    'Tonight on the network, "Gullrock: The Lighthouse Years" returns with a double bill.',
    'The reunion special of "Night Desk of the Damned," a cult favourite, airs at 9.',
    'The keeper faces "almost certain death at the hands of the tide" in the finale.',
])
def test_a_title_or_a_phrase_in_quotes_inside_the_journalists_sentence_stays_narration(sentence):
    body = f"Nell Okafor has played the keeper for six years.\n\n{sentence}\n\n\"I can't swim,\" Okafor says."
    got = turns(iv(body, title="Nell Okafor on Gullrock"))
    assert [(role, text) for role, _, text in got if role != "narration" or text == sentence] == \
        [("narration", sentence), ("interviewee", "I can't swim,")]


@pytest.mark.parametrize("sentence, words", [
    ('"The Keeper Never Sleeps," Okafor says of her character.', "The Keeper Never Sleeps,"),  # said, in capitals
    ('Okafor calls the finale "the hardest week of my working life."', "the hardest week of my working life."),
])
def test_words_in_quotes_that_someone_is_said_to_speak_stay_theirs(sentence, words):
    body = f"Nell Okafor has played the keeper for six years.\n\n{sentence}"
    got = turns(iv(body, title="Nell Okafor on Gullrock"))
    assert (words in [text for _, who, text in got if who == "Nell Okafor"])


ONE_VOICE = ("Nell Okafor, who plays the keeper on *Gullrock*, says:\n\n"
             "\"When it started, nobody thought a show about a lighthouse would last a season.\"\n\n"
             "The 41-year-old reckons it is because the sea frightens people. Most weeks someone nearly drowns.\n\n"
             "\"The sea is the monster. We never have to pay it, and it never asks for a bigger trailer.\"\n\n"
             "The show's storms are made in a tank outside Cardiff.\n\n"
             "\"I only see my scenes; the storms are added later. Watching it at home is like meeting the weather.\"")


def test_in_a_profile_quoting_only_her_a_paragraph_of_unclaimed_quote_is_hers():
    got = turns(iv(ONE_VOICE, title="Nell Okafor on Gullrock"))
    assert [who for role, who, text in got if role != "narration"] == ["Nell Okafor"] * 3


def test_one_other_voice_and_an_unclaimed_quote_is_nobodys_guess():
    body = ONE_VOICE.replace("Most weeks someone nearly drowns.",
                             "\"Most weeks someone nearly drowns,\" says the producer Imre Salo.")
    got = {text[:20]: who for _, who, text in turns(iv(body, title="Nell Okafor on Gullrock"))}
    assert got["I only see my scenes"] is None


@pytest.mark.parametrize("paragraph, speaker", [
    ('"We shot the ending twice," co-star Tomas Varga hints, "and only one is on the hard drive now."',
     "Tomas Varga"),  # a trade before the name, and a verb more papers use
    ('"She told me on the first day," TOMAS VARGA (Ned) adds. "I was sworn to silence by a lighthouse keeper."',
     "Tomas Varga"),  # a name in capitals, the character in brackets
])
def test_attributions_papers_write_name_the_speaker_of_both_halves(paragraph, speaker):
    body = f"Nell Okafor has played the keeper on *Gullrock* for six years.\n\n{paragraph}"
    got = [(role, who) for role, who, _ in turns(iv(body, title="Nell Okafor on Gullrock")) if role != "narration"]
    assert got == [("other", speaker)] * 2


def test_a_shouting_headline_before_a_quote_is_still_nobody():
    body = "SOAP STAR NELL OKAFOR: \"I would do it all again tomorrow, storms and all.\"\n\nOkafor leaves in May."
    got = turns(iv(body, title="Soap news"))
    assert all(who != "Nell Okafor" for role, who, _ in got if role != "narration")


@pytest.mark.parametrize("sentence, speaker", [
    ('But Salo says the storm was real. "We lost a camera to the sea," Salo says.', "Salo"),  # no "But Salo"
    ('Salo\'s remarks were blunter: "We lost a camera to the sea and nobody cried."', "Salo"),  # not "Salo's"
    ('"We lost a camera to the sea," said Council Member Imre Salo.', "Imre Salo"),  # the office is no name
    ('"We lost a camera to the sea," President Salo said.', "Imre Salo"),
])
def test_a_speakers_name_carries_no_first_word_possessive_or_office(sentence, speaker):
    body = f"Nell Okafor plays the keeper. Mayor Imre Salo lent the crew his boat.\n\n{sentence}"
    if "Imre" not in speaker:
        body = body.replace("Mayor Imre Salo", "The harbour master")
    got = [who for role, who, _ in turns(iv(body, title="Nell Okafor on Gullrock")) if role != "narration"]
    assert got == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ('Okafor was let go for failing to, as Variety put it, "answer a letter about the new contract."', "Variety"),
    ('But as Okafor puts it, "Nobody in this cast can keep a secret past a tea break."', "Nell Okafor"),
])
def test_as_someone_put_it_names_who_put_it(sentence, speaker):
    body = f"Nell Okafor has played the keeper on *Gullrock* for six years.\n\n{sentence}"
    got = [who for role, who, _ in turns(iv(body, title="Nell Okafor and Gullrock")) if role != "narration"]
    assert got == [speaker]


@pytest.mark.parametrize("label", ["Interviewer", "Host", "Reporter"])
def test_a_label_that_names_the_asking_role_asks_whatever_its_lines_say(label):
    body = (f"**Nell Okafor:** It's my third year at this party and I still get lost looking for the bar.\n\n"
            f"**{label}:** *Inaudible*\n\n"
            f"**Nell Okafor:** Everyone is here, because the awards are tomorrow and nobody wants to stay home.\n\n"
            f"**{label}:** *Inaudible*\n\n"
            f"**Nell Okafor:** Thanks, and good luck with the sound.")
    got = {(role, who) for role, who, _ in turns(iv(body, title="Nell Okafor at the party"))}
    assert got == {("interviewee", "Nell Okafor"), ("interviewer", label)}


ITALIC_BRIDGES = ("Nell Okafor has played the keeper on *Gullrock* for six years. We met in a café by the harbour.\n\n"
                  "*I asked her first how she got the part, given she had never led a series.*\n\n"
                  "I was the least famous person in my own show. The seagull had an agent before I did.\n\n"
                  "*Had she ever kept a lighthouse?*\n\n"
                  "Once, for a weekend, and I locked myself out of it on the first night.\n\n"
                  "*On the question of a fourth series, she was careful.*\n\n"
                  "I'm not allowed to say. I'll say this: the lamp is still working.")


def test_questions_paraphrased_in_italic_paragraphs_are_the_journalists_and_answered_below():
    assert _who(ITALIC_BRIDGES) == [("narration", "Jo Park")] + [("interviewer", "Jo Park"), ("interviewee", "Nell Okafor")] * 3


def test_a_profiles_italic_standfirst_and_captions_stay_narration():
    body = ("*Six years on the rock, and she still can't row.*\n\n"
            "Nell Okafor has played the keeper on *Gullrock* since the first series.\n\n"
            "*Photographed at the harbour by Sam Oduya.*\n\n"
            "\"I row like a shopping trolley,\" Okafor says.")
    assert _who(body) == [("narration", "Jo Park")] * 3 + [("interviewee", "Nell Okafor"), ("narration", "Jo Park")]


LIGHTNING = ("We put *Gullrock* star Nell Okafor through our lightning round.\n\n"
             "TEA / COFFEE — Tea. Coffee makes me talk too fast for the sound department.\n\n"
             "SEA / MOUNTAINS — Mountains, after six years of the sea.\n\n"
             "THE KEEPER OR THE REAL YOU — The keeper. She can fix a lamp.\n\n"
             "MOST USED EMOJI — The lighthouse, obviously.")


def test_a_lightning_round_of_prompts_in_capitals_is_asked_and_answered():
    assert _who(LIGHTNING, title="Nell Okafor's lightning round") == [("narration", "Jo Park")] + [("interviewer", "Jo Park"), ("interviewee", "Nell Okafor")] * 4


def test_a_transcripts_speakers_in_capitals_before_a_dash_stay_speakers():
    body = ("NELL OKAFOR — I never learned to row, and the director knew it.\n\n"
            "SAM ODUYA — Did that make the storm scenes harder?\n\n"
            "NELL OKAFOR — Much harder. I spent a week in a tank with a man shouting through a hose.\n\n"
            "SAM ODUYA — And the boat?\n\n"
            "NELL OKAFOR — The boat was on a trailer the whole time.")
    assert _who(body, byline=None) == [("interviewee", "Nell Okafor"), ("interviewer", "Sam Oduya")] * 2 + [("interviewee", "Nell Okafor")]


def test_one_shout_before_a_dash_is_no_lightning_round():
    body = ("EXCLUSIVE — Nell Okafor is leaving *Gullrock* after six years, her agent confirmed on Monday.\n\n"
            "\"It's time,\" Okafor said.")
    assert _who(body, title="Nell Okafor leaves Gullrock")[0] == ("narration", "Jo Park")


HARBOUR_PAPER = ("For twelve years Chow Ka-yan was the broadcaster's most dependable leading man. Then he left to "
                 "make a drama about the last night crossings of the Star Ferry.\n\n"
                 "\"Everybody told me I was mad,\" Chow, 44, says over milk tea in Sham Shui Po. \"I had never not "
                 "known what next year looked like.\"\n\n"
                 "Chow speaks about his old employer without bitterness.\n\n"
                 "\"But Hong Kong audiences forgive nothing,\" he says. \"Play one policeman for ten years and they "
                 "will never let you be anyone else.\"")


def test_a_family_name_first_subject_is_the_interviewee_not_a_city_or_a_ferry():
    got = turns(iv(HARBOUR_PAPER, title="Chow Ka-yan on The Last Ferry, and why Hong Kong audiences forgive nothing"))
    assert [(role, who) for role, who, _ in got if role != "narration"] == [("interviewee", "Chow Ka-yan")] * 4


def test_german_speech_marks_are_speech():
    body = ("Nell Okafor, 36, plays a smuggler on the Oder in *Der Fluss*.\n\n"
            "„I was a detective for eight years on another show,“ Okafor says. „I wanted to be the one with an "
            "answer for once.“\n\n"
            "The series cost more than any the channel has made outside Berlin.")
    got = [(role, who, text) for role, who, text in turns(iv(body, title="Nell Okafor on Der Fluss")) if role != "narration"]
    assert [(role, who) for role, who, _ in got] == [("interviewee", "Nell Okafor")] * 2
    assert got[1][2] == "I wanted to be the one with an answer for once."


RADIO = ("PRESENTER: Tonight, the actor who plays the most disliked councillor in Welsh television.\n\n"
         "PRESENTER: Ottilie Quince, welcome.\n\n"
         "QUINCE: Thank you. I apologise for her everywhere I go.\n\n"
         "PRESENTER: Do people stop you in the street?\n\n"
         "QUINCE: A woman in the market told me I should be ashamed of myself, and then asked for a selfie.")


def test_a_presenter_greeting_the_guest_by_name_is_not_the_guest():
    assert _who(RADIO, title="Screen Time", byline=None) == \
        [("interviewer", "Presenter")] * 2 + [("interviewee", "Ottilie Quince"), ("interviewer", "Presenter"),
                                              ("interviewee", "Ottilie Quince")]


def test_a_header_line_naming_the_presenter_names_the_presenters_label():
    body = "Presenter: Gwilym Harcourt-Penn\nGuest: Ottilie Quince\n\n" + RADIO
    assert {who for role, who in _who(body, title="Screen Time", byline=None) if role == "interviewer"} == \
        {"Gwilym Harcourt-Penn"}


def test_a_forums_quote_marker_is_no_speaker():
    body = ("Nell Okafor, 27, has played the troublemaker on *Gullrock* for three years.\n\n"
            "\"I've been waiting for someone to push her off that pier since series one,\" Okafor says.\n\n"
            "Quote: omg the wetsuit!!! she's definitely not dead then\n\n"
            "Quote: don't get your hopes up")
    assert "Quote" not in {who for _, who in _who(body)}


NUMBERED = ("Nell Okafor answered our questions by email from the set.\n\n"
            "1) Your character keeps a lighthouse alone. What did you know about lighthouses?\n\n"
            "Nothing. I thought they ran themselves, and it turns out they mostly do.\n\n"
            "2) The show is set almost entirely at night. How do you stay awake?\n\n"
            "I don't. I eat breakfast at six in the evening and my body has stopped asking questions.\n\n"
            "3) Your co-star says you cried at the read-through.\n\n"
            "My co-star is a liar. (I cried at the read-through.)")


def test_numbered_questions_ask_even_the_one_without_a_question_mark():
    assert [role for role, _ in _who(NUMBERED)] == ["narration"] + ["interviewer", "interviewee"] * 3


@pytest.mark.parametrize("first", ["June", "April", "May"])
def test_a_first_name_that_is_a_month_is_a_first_name(first):
    body = (f"By the end of the hour the landlady Cass Pembury ({first} Okwuosa-Blake) had barred the doors.\n\n"
            "We spoke to Okwuosa-Blake the morning after. \"I got a lot of texts last night,\" she said.\n\n"
            "\"Most of them were a row of capital letters,\" Okwuosa-Blake said.")
    got = _who(body, title="Harrow Green recap: the lock-in")
    assert [who for role, who in got if role == "interviewee"] == [f"{first} Okwuosa-Blake"] * 2


def test_a_month_before_a_date_or_a_name_run_is_still_a_month():
    body = ("In June Netflix announced a second series. \"It's a yes,\" said Ola Brandt, its head of drama.\n\n"
            "\"We start shooting in May,\" Brandt said.")
    assert {who for role, who in _who(body, title="Harrow Green renewed") if role != "narration"} == {"Ola Brandt"}


@pytest.mark.parametrize("line, edge", [
    ("'Grief makes liars of honest people, and I haven't decided which you are,' she tells the suspect.", True),
    ("Your opinions are the problem.' I think about that every day, in every scene.", True),
    ("My coach said, 'Your body is not the problem.' I think about that every day.", False),  # opened inside
    ("I think about that advice every day, in every scene, and it has never once let me down.", False),
])
def test_a_line_at_the_edge_of_someone_elses_quoted_words_is_theirs(line, edge):
    from newsletter.quote_speech import at_a_quotations_edge
    assert at_a_quotations_edge(line) is edge


def test_a_programmes_header_lines_give_its_surname_label_the_guests_full_name():
    body = ("SCREEN TIME - RADIO NORTH 4\nTransmission: Thursday 6 February\nPresenter: Gwilym Harcourt-Penn\n"
            "Guest: Ottilie Brannagh-Quince\n\n" + RADIO.replace("Ottilie Quince", "Ottilie Brannagh-Quince")
            .replace("QUINCE:", "BRANNAGH-QUINCE:"))
    assert {who for role, who in _who(body, title="Screen Time", byline=None) if role == "interviewee"} == \
        {"Ottilie Brannagh-Quince"}
