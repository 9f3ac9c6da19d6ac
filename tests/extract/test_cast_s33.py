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
