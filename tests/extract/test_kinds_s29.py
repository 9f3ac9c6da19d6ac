"""Kinds found this session, each with look-alikes. Invented text only."""

from datetime import date

import pytest

from newsletter import build
from newsletter.errors import ContentError
from newsletter.extract import understand
from newsletter.extract.cast import Cast
from newsletter.extract.label_kinds import _field_name
from newsletter.model import Interview

DAY = date(2026, 11, 24)


def interview(body: str, title: str | None = None, source: str = "story.md") -> Interview:
    return Interview(source=source, body=body, date=DAY, title=title)


def test_a_role_noun_said_in_a_piece_that_names_nobody_is_nobody_in_particular():
    # "the actress said" with no cast at all and no subject: nothing to resolve it to (this had stopped the build)
    u = understand(interview("The rehearsal ran late into the night.\n\n“I never looked back at the old house,” "
                             "the actress said.\n\n“I still dream of it,” she added."))
    assert u.interviewee is None
    assert [t.speaker for t in u.turns if t.role != "narration"] == [None, None]


def test_she_after_a_quote_nobody_was_followed_to_is_nobody():
    u = understand(interview("Rain fell on the set.\n\n“It was a long day,” she said, and left."))
    assert [t.speaker for t in u.turns if t.role != "narration"] == [None]


def test_one_article_the_rules_fail_on_is_left_out_with_a_warning_and_the_rest_kept(monkeypatch):
    real = build.understand

    def failing(iv):
        if iv.source == "odd.md":
            raise IndexError("list index out of range")
        return real(iv)

    monkeypatch.setattr(build, "understand", failing)
    good = interview("Q: Why?\n\nTova Lindqvist: Because the crew stayed.", "Tova Lindqvist talks", "good.md")
    warnings: list[str] = []
    understood = build.understand_each([interview("Anything.", source="odd.md"), good], warnings)
    assert [u.interview.source for u in understood] == ["good.md"]
    assert warnings == ["odd.md: left out: the program failed reading it (IndexError: list index out of range); "
                        "please report this file"]
    with pytest.raises(ContentError, match="odd.md: left out: the program failed reading it"):
        build.understand_each([interview("Anything.", source="odd.md"), good], [], strict=True)


FACT_BOX = """TEN MINUTES WITH...

Hallam Okonedo-Birch

The Hull-born actor, 34, plays a ferry captain in the ITV drama Humber Lights. He was home this week.

NAME: Hallam Okonedo-Birch
AGE: 34
GREW UP: Bransholme
STAR SIGN: Pisces
BEST KNOWN FOR: Humber Lights, and a crisp advert he would rather forget

FIRST CAR?
A brown estate with no reverse gear. I parked facing downhill for two years.

WHAT DO YOU MISS ABOUT HULL?
Chip spice. Nobody in London has even heard of chip spice.
"""


def test_a_fact_box_of_caps_fields_and_caps_questions_with_answers_under_them():
    u = understand(interview(FACT_BOX))
    assert u.interviewee == "Hallam Okonedo-Birch"
    turns = [(t.role, t.text) for t in u.turns]
    assert ("narration", "GREW UP: Bransholme") in turns and \
        ("narration", "BEST KNOWN FOR: Humber Lights, and a crisp advert he would rather forget") in turns
    assert ("interviewer", "FIRST CAR?") in turns and ("interviewer", "WHAT DO YOU MISS ABOUT HULL?") in turns
    assert ("interviewee", "Chip spice. Nobody in London has even heard of chip spice.") in turns


def test_a_caps_speaker_label_of_a_name_stays_a_speaker_and_a_caps_line_that_asks_nothing_is_no_question():
    u = understand(interview("MARGIT OYELARAN-KOSS: We shot it in a week.\n\nPRESENTER: A week?\n\n"
                             "MARGIT OYELARAN-KOSS: Six days, if you count the storm.\n\nTHE END\nCredits roll.",
                             "Margit Oyelaran-Koss on the storm"))
    assert [t.role for t in u.turns if "week" in t.text or "Six days" in t.text][0] == "interviewee"
    assert not [t for t in u.turns if t.role == "interviewer" and t.text == "THE END"]


@pytest.mark.parametrize("lede", ["The actor plays a ferry captain in the Channel 4 drama Calloway Grange.",
                                  "She stars in the hit sitcom Calloway Grange, back tonight."])
def test_a_name_right_after_a_genre_is_a_show_not_the_interviewee(lede):
    u = understand(interview(f"FIVE QUESTIONS\n\nOdile Marchetti-Hale\n\n{lede}\n\nQ: Was it cold?\n\n"
                             "A: Freezing, every night of it.\n\nCalloway Grange continues on Channel 4 on Friday."))
    assert u.interviewee == "Odile Marchetti-Hale"


def test_a_drama_teacher_named_after_her_trade_is_still_a_person():
    u = understand(interview("Her old drama teacher Rosalind Achterberg remembers her well. “She never sat still,” "
                             "Achterberg says. “Not once in four years.”", "The teacher who saw it first"))
    assert {t.speaker for t in u.turns if t.role != "narration"} == {"Rosalind Achterberg"}


COLUMN = """*Each week a familiar face tells us what is on their screen. This week: Tamsin Rook-Adeyemi, who plays a lock-keeper in the new drama Canal Street Nine.*

**The box set I'm hooked on**

A Danish prison drama. I watched four episodes in one sitting and forgot to eat dinner, which never happens to me.

**My comfort watch**

Old snooker finals. My dad and I still text each other about a shot from 1998.

**The one I'd never admit to**

Dating shows. I shout advice at the telly like anybody can hear me.

*Canal Street Nine starts on Sunday at 9pm.*
"""


def test_a_column_of_bold_prompts_each_answered_in_the_stars_own_words():
    u = understand(interview(COLUMN, "My screen week: Tamsin Rook-Adeyemi"))
    turns = [(t.role, t.text) for t in u.turns]
    assert u.interviewee == "Tamsin Rook-Adeyemi"
    assert ("interviewer", "My comfort watch") in turns and ("interviewer", "The one I'd never admit to") in turns
    assert ("interviewee", "Dating shows. I shout advice at the telly like anybody can hear me.") in turns
    assert turns[-1][0] == "narration"


def test_a_profiles_subheadings_over_the_writers_prose_ask_nothing():
    profile = COLUMN.replace("A Danish prison drama. I watched", "She found a Danish prison drama. She watched") \
        .replace("Old snooker finals. My dad and I still", "Old snooker finals are her habit; her dad and she still") \
        .replace("Dating shows. I shout", "Her secret is dating shows. She shouts")
    u = understand(interview(profile, "My screen week: Tamsin Rook-Adeyemi"))
    assert not [t for t in u.turns if t.role in ("interviewer", "interviewee")]


def test_a_bold_standfirst_over_bold_questions_is_not_a_question():
    text = ("**Odell Fairweather-Nkem, 33, tells us about the wedding week. It is chaos, as ever.**\n\n"
            "**Does Dale make it down the aisle?**\n\nYou'll have to watch. I'm sworn to secrecy.\n\n"
            "**How cold was the shoot?**\n\nFreezing. My suit was pinned to my back.\n\n"
            "**What's next?**\n\nA holiday, I hope. I've earned it.")
    u = understand(interview(text, "Odell Fairweather-Nkem on the wedding week"))
    assert u.turns[0].role == "narration" and u.turns[1].role == "interviewer"


SCREENPLAY = """*We wrote this one as a script, since Imelda Okonkwo-Fry's character never finishes hers.*

FADE IN:

**INT. A CORNER CAFÉ, LEEDS – DAY**

*IMELDA OKONKWO-FRY (38) orders two teas. The INTERVIEWER is late.*

**INTERVIEWER**
Were you nervous about the final season?

**IMELDA**
*(pouring)*
Terrified. I learned every line backwards, just in case they read it backwards.

**INTERVIEWER**
And after?

**IMELDA (CONT'D)**
A long sleep, then a ferry to Orkney with my sister.

FADE OUT.
"""


def test_a_screenplay_with_bold_cues_and_their_extensions_reads_turn_by_turn():
    u = understand(interview(SCREENPLAY, "INT. CAFÉ – DAY: Imelda Okonkwo-Fry, as a screenplay"))
    turns = [(t.role, t.speaker, t.text) for t in u.turns]
    assert ("interviewer", "Interviewer", "Were you nervous about the final season?") in turns or \
        ("interviewer", None, "Were you nervous about the final season?") in turns
    assert [t.role for t in u.turns if "Orkney" in t.text or "backwards" in t.text] == ["interviewee", "interviewee"]
    assert u.interviewee == "Imelda Okonkwo-Fry"


def test_bold_capitals_headings_each_used_once_stay_the_writers():
    text = ("**EARLY YEARS**\nShe grew up above a chip shop in Leith.\n\n**THE BREAK**\nA casting agent saw her in a "
            "school play.\n\n**NOW**\nShe lives in Glasgow with two cats.")
    u = understand(interview(text, "Who is Fenella Quayle-Osei?"))
    assert {t.role for t in u.turns} == {"narration"}


@pytest.mark.parametrize("key, a, b", [
    ("SPEAKERS: SPEAKER_00 = Nell Farquharson (host) | SPEAKER_01 = Teodor Amankwah-Lisle (guest)",
     "SPEAKER_00", "SPEAKER_01"),
    ("Speaker 1: Nell Farquharson, host\nSpeaker 2: Teodor Amankwah-Lisle, guest", "Speaker 1", "Speaker 2"),
])
def test_a_transcripts_key_names_its_numbered_speakers(key, a, b):
    text = (f"Auto transcript, episode 9.\n{key}\n\n{a} [00:00:03]\nWelcome in. So, the lighthouse: were you cold?\n\n"
            f"{b} [00:00:09]\nFrozen. I wore two wetsuits and still lost a toe's worth of feeling.\n\n"
            f"{a} [00:00:20]\nAnd the ending?\n\n{b} [00:00:22]\nI found out on the last day, at lunch, from a runner.")
    u = understand(interview(text, "Teodor Amankwah-Lisle on the lighthouse"))
    spoken = {(t.role, t.speaker) for t in u.turns if t.role != "narration"}
    assert spoken == {("interviewer", "Nell Farquharson"), ("interviewee", "Teodor Amankwah-Lisle")}


def test_numbered_speakers_with_no_key_keep_their_labels():
    text = ("SPEAKER_00 [00:00:03]\nWelcome in. Were you cold?\n\nSPEAKER_01 [00:00:09]\nFrozen, every night.\n\n"
            "SPEAKER_00 [00:00:20]\nAnd the ending?\n\nSPEAKER_01 [00:00:22]\nI found out at lunch.")
    u = understand(interview(text, "Episode 9"))
    assert {t.speaker for t in u.turns if t.role != "narration"} <= {"Speaker_00", "Speaker_01", "SPEAKER_00",
                                                                     "SPEAKER_01", None}


PET_NAME = """*** STAR FILE ***
CHRISTOPHER OYELARAN-BATT
(he's Robbie in Copper Lane!)

Full name: Christopher Ambrose Oyelaran-Batt
Star sign: Leo

GOSSIP: Is Robbie like the real Chris?
CHRIS: Not at all. Robbie's a rebel, I'm in bed by ten.

GOSSIP: Best thing about fame?
CHRIS: Free chips at the studio. Every single day.

NEXT WEEK: Win a signed poster of the whole cast!
"""


def test_a_label_that_cuts_a_first_name_short_is_that_person_and_a_promo_is_nobodys():
    u = understand(interview(PET_NAME))
    assert u.interviewee == "Christopher Oyelaran-Batt"
    assert {t.speaker for t in u.turns if t.role == "interviewee"} == {"Christopher Oyelaran-Batt"}
    assert [t.role for t in u.turns if t.text.startswith("NEXT WEEK")] == ["narration"]


def test_a_short_label_two_people_could_be_is_left_as_written():
    text = PET_NAME.replace("Star sign: Leo", "Star sign: Leo\nBest mate: Christian Abara-Holt")
    u = understand(interview(text))
    assert "Christian Abara-Holt" not in {t.speaker for t in u.turns}


@pytest.mark.parametrize("line", ["Next week: Rome, then a long sleep.", "Coming up: nothing, I hope."])
def test_an_answer_that_opens_like_a_promo_is_still_an_answer(line):
    u = understand(interview(f"Q: What comes after the show?\n\nA: {line}", "Twelve questions for Ros Adeyemi"))
    assert u.turns[-1].role == "interviewee"


BAG = """<p><em>The star of a new courtroom drama empties her rucksack for us.</em></p>
<p><strong>1. A fountain pen, £40</strong></p>
<p>"My grandmother wrote every letter with one. I sign autographs with it, which people find either charming or slow."</p>
<p><strong>2. Mints</strong></p>
<p>"Forty-hour weeks in a wig make me paranoid about my breath. I buy them by the crate."</p>
<p><strong>3. Her co-star Pip Laird-Osei</strong></p>
<p>"I carry him around in my heart, he says, which is not the same as a rucksack."</p>
<p><strong>4. A map</strong></p>
<p>"Printed maps never run out of battery."</p>
"""


def test_a_whats_in_my_bag_page_is_its_titles_person_speaking_under_each_item():
    u = understand(interview(BAG, "What's in my rucksack: Saoirse Achebe-Lund"))
    assert u.interviewee == "Saoirse Achebe-Lund"
    assert [t.role for t in u.turns if "grandmother" in t.text or "paranoid" in t.text] == ["interviewee"] * 2
    # an item that names someone else is not hers for certain
    assert [t.role for t in u.turns if "carry him" in t.text] == ["other"]


@pytest.mark.parametrize("title", ["Saoirse Achebe-Lund's rucksack", "Review: the rucksack of the year"])
def test_a_title_that_is_no_column_name_then_a_person_does_not_make_a_name_the_page_never_writes_the_subject(title):
    u = understand(interview(BAG, title))
    assert u.interviewee is None or u.confidence < 0.5


PORTAL = """**LOS ÁNGELES.-** Ximena Castellanos-Boyd se une al elenco. The actress, 29, plays a ruthless heiress in the telenovela *Marea Negra*, and she told Estrellas Hoy she is ready for the hate mail.

"I grew up watching telenovelas with my tía, who screamed at every villain. Now she screams at me."

The actress also spoke about working with the veteran Leopoldo Arriaga-Cruz, 61, who plays her father.

"Leopoldo is a legend. The first day he bowed and told me to stop stealing his scenes."

Arriaga-Cruz, contacted by Estrellas Hoy, laughed. "She's a thief already," he said.
"""


def test_quotes_after_reported_speech_go_to_the_one_reported_and_a_desk_is_no_antecedent():
    u = understand(Interview(source="p.md", body=PORTAL, date=DAY, title="Ximena Castellanos-Boyd on her villain",
                             byline="Redacción Estrellas Hoy"))
    said = {t.text.split(".")[0]: (t.role, t.speaker) for t in u.turns if t.role != "narration"}
    assert said["I grew up watching telenovelas with my tía, who screamed at every villain"] == \
        ("interviewee", "Ximena Castellanos-Boyd")
    assert said["Leopoldo is a legend"] == ("interviewee", "Ximena Castellanos-Boyd")
    assert said["She's a thief already,"][1] == "Leopoldo Arriaga-Cruz"


WIKI = """**Maelis Odunsi-Varga** (born 1991) is an actress who plays a ferry pilot in *Saltmarsh*. She grew up in Cork,
where she learned to sail.

## On her co-stars

Of her screen father, Ruaraidh Penhallow-Eze, she said: "He taught me to tie a bowline and to never eat before a night shoot."<sup>[1]</sup>

Penhallow-Eze returned the compliment: "She never once missed a mark."<sup>[2]</sup>

## On the ending

"I read the final script on a night bus and missed my stop by four miles."<sup>[2]</sup>

## References

1. ↑ Doyle, Bree. "The pilot who can't swim". *Harbour Weekly*, 3 March 2022.
2. ↑ "Maelis Odunsi-Varga on ropes and rain". *Screen North*, 8 October 2025.
"""


def test_a_fan_wikis_quotes_page():
    u = understand(interview(WIKI, "Maelis Odunsi-Varga/Interviews"))
    said = {t.text[:20]: (t.role, t.speaker) for t in u.turns}
    assert said["He taught me to tie "] == ("interviewee", "Maelis Odunsi-Varga")  # "Of her screen father, X, she said:"
    assert said["She never once misse"][1] == "Ruaraidh Penhallow-Eze"
    assert said["I read the final scr"] == ("interviewee", "Maelis Odunsi-Varga")  # under a "## On …" heading
    # the references' titles are articles', nobody's words
    assert not [t for t in u.turns if t.role != "narration" and ("pilot who" in t.text or "ropes and rain" in t.text)]


NICKNAMED = """Actress Siriporn "Fon" Wattanakul, 25, plays her first villain in a new lakorn, and she says the reaction has been loud.

"My aunt phoned my mother to complain about me," Fon told reporters on Sunday.

Her co-star Thanakorn "Bank" Sukprasert joked that she was too convincing. "I was scared of her for a month," Bank said.
"""


def test_a_nickname_written_inside_a_name_is_that_person_and_no_quote():
    u = understand(interview(NICKNAMED, "'Fon' Siriporn Wattanakul on her first villain"))
    said = [(t.role, t.speaker, t.text) for t in u.turns if t.role != "narration"]
    assert said == [("interviewee", "Siriporn Wattanakul", "My aunt phoned my mother to complain about me,"),
                    ("other", "Thanakorn Sukprasert", "I was scared of her for a month,")]


def test_a_quoted_word_that_is_no_nickname_is_still_a_quote():
    u = understand(interview('The director called the set "Paradise" with a straight face. "It was a swamp," '
                             'Siriporn Wattanakul said.', "Siriporn Wattanakul on the swamp"))
    assert ("Siriporn Wattanakul", "It was a swamp,") in [(t.speaker, t.text) for t in u.turns]


def test_a_distributor_quoted_on_a_sales_page_is_no_interviewee():
    text = ("*The Ferrymans Wife* has sold to broadcasters in twelve countries, Ostrava Distribution said on Monday.\n\n"
            "\"Buyers wanted something slow and beautiful,\" said Ostrava Distribution's head of sales, Mette Kowalczyk-Eze."
            "\n\nOstrava Distribution will take the series to the autumn market in Cannes.")
    u = understand(interview(text, "Ostrava Distribution sells The Ferrymans Wife worldwide"))
    assert u.interviewee != "Ostrava Distribution"


@pytest.mark.parametrize("label", ["-", "…", "—"])
def test_a_label_of_marks_alone_is_no_field_and_stops_nothing(label):
    # a chat line cut short ("12/05/2024, 21:41 - -:") leaves a label with no word in it; it had raised IndexError
    assert _field_name(label, f"Age: 30\n\n{label}: yes\n\nHome: Leeds", Cast([])) is False
