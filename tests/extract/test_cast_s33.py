"""Who says what in a profile's prose, on kinds still missed: a quote its speaker `narrated` (papers in East Africa
and South Asia write it for a story told in the subject's words). Invented text only, each kind with look-alikes that
must stay as they are."""

from datetime import date

from newsletter.extract import understand
from newsletter.model import Interview

DAY = date(2026, 11, 28)


def read(body: str, title: str, byline: str | None = "Desk Writer", outlet: str | None = "Pwani Digital"):
    """The understanding of an invented article with this title, on an outlet the piece names."""
    return understand(Interview(source="story.md", body=body, date=DAY, title=title, byline=byline, outlet=outlet))


def said_in(u, *words: str) -> dict[str, tuple[str, str | None]]:
    """The role and speaker of the turn holding each of `words`."""
    return {w: (t.role, t.speaker) for t in u.turns for w in words if w in t.text}


NARRATED = """Actress Wairimu Odhiambo-Kesi, known to viewers as the stern Mama Pendo in *Mtaa Moja*, says the part almost went to someone else.

Speaking to Pwani Digital at the show's set in Ngong, the mother of two disclosed that she was once told by a casting director that she was "too quiet for television".

"I took the bus home and did not speak to anybody for two days. My grandmother found me and said, 'Quiet people are the ones they remember.' So I went back," {who} {verb}.

The 29-year-old said she had auditioned four times before the call came.

"Each time they said they would phone. The fifth time they did," she said.
"""


def test_a_story_she_narrated_is_hers():
    for who, verb in (("Wairimu", "narrated"), ("the actress", "narrated"), ("Odhiambo-Kesi", "narrates")):
        u = read(NARRATED.format(who=who, verb=verb), "Wairimu Odhiambo-Kesi: I was told I was too quiet")
        assert u.interviewee == "Wairimu Odhiambo-Kesi", who
        assert said_in(u, "took the bus")["took the bus"] == ("interviewee", "Wairimu Odhiambo-Kesi"), who


def test_a_programme_narrated_by_someone_quotes_nobody():
    body = """Actress Wairimu Odhiambo-Kesi says the part almost went to someone else.

"The fifth time they phoned. I nearly did not answer," she said.

The documentary *Maji ya Ziwa*, narrated by Otieno Barasa-Mwangi, airs on Sunday. "The lake remembers everything" is its closing line.
"""
    u = read(body, "Wairimu Odhiambo-Kesi on the call that came")
    assert said_in(u, "fifth time")["fifth time"] == ("interviewee", "Wairimu Odhiambo-Kesi")
    assert said_in(u, "lake remembers").get("lake remembers", ("narration", None))[1] != "Otieno Barasa-Mwangi"


# A "she said" after words that name the one it would point at: someone else's words about her.
ABOUT_HER = """Actress Rosalba Quintero Vidal grew up in Cartagena and learnt to act in her grandmother's kitchen.

"I am from the coast, I was not made for the mountains," Quintero says, laughing.

Producer Adelaida Moncayo, for her part, did not hesitate when asked why she cast her.

"Rosalba {said} with the whole face, not only with the voice. In this genre that is everything," she {verb}.

Her co-star Tomás Iriarte Baena remembers the river scene. "We were in the water for five hours," Iriarte says.
"""


def test_a_she_said_after_words_naming_the_subject_is_the_other_woman():
    for verb in ("said", "affirmed", "assured"):
        u = read(ABOUT_HER.format(said="speaks", verb=verb), "Rosalba Quintero Vidal, the voice of the coast")
        assert u.interviewee == "Rosalba Quintero Vidal", verb
        assert said_in(u, "whole face")["whole face"] == ("other", "Adelaida Moncayo"), verb


NOMINEES = """The nominations were read out on Tuesday morning, and several first-time nominees were, by their own accounts, stunned.

**Henrike Aldana-Moss, lead actress, *The Ferryman's Wife***

Aldana-Moss heard the news on a train. "I screamed in the quiet carriage. A man gave me a biscuit," she said.

**Ottilie Brandvold, writer, *The Ferryman's Wife***

The show's creator was nominated for its last episode. "Henrike made every line I wrote sound better," she said in a statement. "I'm just glad the ferry floated."
"""


def test_words_naming_her_beside_an_i_are_nobody_known_rather_than_hers():
    u = read(NOMINEES, "'I screamed in the quiet carriage': Henrike Aldana-Moss and other first-time nominees react")
    assert said_in(u, "quiet carriage")["quiet carriage"] == ("interviewee", "Henrike Aldana-Moss")
    for words in ("every line I wrote", "ferry floated"):
        assert said_in(u, words)[words][1] != "Henrike Aldana-Moss", words


def test_one_who_speaks_of_herself_by_name_keeps_her_words():
    body = """Marisela Obregón-Tull pours the coffee herself.

"Marisela has done this a long time," she says. "Marisela knows the first question is always about the hair."

It is not about the hair. It is about *Puerto Bajo*, the harbour drama she leads.

At the door she turns back. "Tell them Marisela was charming," she says.
"""
    u = read(body, "Marisela Obregón-Tull talks about herself")
    for words in ("done this a long time", "was charming"):
        assert said_in(u, words)[words] == ("interviewee", "Marisela Obregón-Tull"), words


# A trade press piece quoting an organisation's post-holder set off after the verb or before it, by the
# organisation's possessive: "said Halyard's head of sales, Benedikta …", "Telefuturo's head of drama, Celeste …, told us".
SALES = """*The Lamplighter's Son* has sold to broadcasters in fourteen territories, its distributor said on Tuesday.

The six-part drama, about a family of canal keepers, premiered on Channel 4 in March.

"Buyers told us they wanted something patient and handsome, and we had exactly that," {attribution}. "It is a show about a canal, and it turns out everyone has a canal."

NHK BS premieres the dubbed version in Japan on Saturday, January 9 at 23:00 JST.
"""


def test_a_post_in_an_organisation_before_the_name_is_not_the_name():
    for attribution in ("said Wexmoor's head of sales, Philippa Arkwright-Oduya",
                        "Wexmoor's head of international sales, Philippa Arkwright-Oduya, told us"):
        u = read(SALES.format(attribution=attribution), "The Lamplighter's Son sells worldwide", outlet="Trade Wire")
        for words in ("patient and handsome", "everyone has a canal"):
            assert said_in(u, words)[words][1] == "Philippa Arkwright-Oduya", (attribution, words)


def test_look_alikes_an_unnamed_post_and_an_age_set_off_stay_as_they_were():
    for attribution, speaker in (("Wexmoor's sales chief said", None),
                                 ("Philippa Arkwright-Oduya, 52, told us", "Philippa Arkwright-Oduya")):
        u = read(SALES.format(attribution=attribution), "The Lamplighter's Son sells worldwide", outlet="Trade Wire")
        assert said_in(u, "patient and handsome")["patient and handsome"][1] == speaker, attribution


# A paragraph opening on someone by their trade, then what they did, then a quote naming the subject in the third
# person: theirs, about the subject, though it says no "I".
LATE = """Desmond Achterberg-Royle, who plays the harbourmaster in *Tide Mill*, is famously late for everything.

"I set three alarms. I ignore all three," he says.

Interviewer: And on set?

He laughs. "On set I am early. Ask anybody."

His co-star Ottoline Brisbane-Kai, who plays the landlady Miss Peg, laughed when told about the lateness. "{said}"
"""


def test_a_quote_naming_the_subject_after_a_paragraph_opening_on_someone_else_is_theirs():
    said = "Desmond late? Desmond is never late. The man stops to talk to every grandmother on the road."
    u = read(LATE.format(said=said), "Desmond Achterberg-Royle is never late (on set)")
    assert u.interviewee == "Desmond Achterberg-Royle"
    assert said_in(u, "every grandmother")["every grandmother"] == ("other", "Ottoline Brisbane-Kai")


def test_look_alike_a_quote_naming_nobody_after_it_stays_unclaimed():
    u = read(LATE.format(said="Late is a state of mind. The tide does not wait."),
             "Desmond Achterberg-Royle is never late (on set)")
    assert said_in(u, "state of mind")["state of mind"][1] is None


# The pronoun after a sentence where one person reports what another is belongs to the other: it gives the first no
# gender ("Vos says Lind is “the only one who…,” which she disputes").
PARTNER = """Sigrid Aalvik-Brenne plays a detective sent to a fishing island in *Saltvaer*. "I had played a policewoman before, and I swore I never would again," Aalvik-Brenne says.

The Danish actor Henning Skovbo-Lauritz plays her reluctant local partner, a sergeant who would rather be fishing. Skovbo-Lauritz says Aalvik-Brenne is "the only Norwegian actor who laughs at Danish jokes," which she disputes.

"I laugh out of politeness. That is different," she says, and laughs.
"""


def test_a_pronoun_after_one_reporting_what_another_is_belongs_to_the_other():
    u = read(PARTNER, "Sigrid Aalvik-Brenne: I swore I would never play a policewoman again")
    assert said_in(u, "out of politeness")["out of politeness"] == ("interviewee", "Sigrid Aalvik-Brenne")


def test_look_alike_a_pronoun_after_ones_own_report_is_theirs():
    body = PARTNER.replace('Skovbo-Lauritz says Aalvik-Brenne is "the only Norwegian actor who laughs at Danish jokes," '
                           'which she disputes.', "Skovbo-Lauritz says he took the part for the boat, and he means it.")
    body = body.replace('"I laugh out of politeness. That is different," she says, and laughs.',
                        '"I get seasick on a pier," he says.')
    u = read(body, "Sigrid Aalvik-Brenne: I swore I would never play a policewoman again")
    assert said_in(u, "seasick")["seasick"] == ("other", "Henning Skovbo-Lauritz")


# "She said the new series puts Maud back in court. “…”": the "She" opening the sentence points back, to whom the
# paragraphs before were about, not to the character named after it.
RENEWED = """*Harrowgate Chambers* has been renewed for a third series, and its star Cordelia Ashgrove-Yeo found out in a supermarket car park.

"My agent rang while I was loading the boot and I dropped a melon," Ashgrove-Yeo said. "I'm taking that as a good omen."

Ashgrove-Yeo plays barrister Maud Pennick, who has not set foot in a courtroom since the first series.

She said the new series should finally put Maud back in front of a judge. "She's spent two years being clever in corridors. I want to see her lose a case in front of everybody."
"""


def test_a_she_opening_the_sentence_before_a_quote_is_not_the_character_named_after_it():
    u = read(RENEWED, "Harrowgate Chambers renewed: Cordelia Ashgrove-Yeo on a third series")
    assert u.interviewee == "Cordelia Ashgrove-Yeo"
    assert said_in(u, "clever in corridors")["clever in corridors"] == ("interviewee", "Cordelia Ashgrove-Yeo")


def test_look_alikes_someone_named_before_the_she_keeps_her_quote():
    body = RENEWED + """
A fan from Hull had queued outside the studio since six. She tells us it is her fourth visit. "I've brought a flask and a cushion."

Her co-star Winifred Oduya-Brandt joined in the second series. "I still get lost in the corridors," she said.
"""
    u = read(body, "Harrowgate Chambers renewed: Cordelia Ashgrove-Yeo on a third series")
    assert said_in(u, "flask")["flask"][0] == "other"
    assert said_in(u, "lost in the corridors")["lost in the corridors"] == ("other", "Winifred Oduya-Brandt")
