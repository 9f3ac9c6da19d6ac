"""Kinds of line an editor would or would not print as a pull-quote (session 29), each with look-alikes that must
read the other way. Every line here is invented for the test."""

import re

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes
from newsletter.quote_features import exclusion

from .test_layouts import iv, read

_WORDS = re.compile(r"[\w’']+")

NEVER_PRINTED = [
    # a stock reply to "will you go back?" as a sentence of its own: it answers the question, says nothing
    "Never say never in this business. The phone rings when you least expect it.",
    "Who knows. I might be back in the lighthouse by Christmas with a new beard.",
    "We'll see. Nobody at the network has told the actors anything about a fourth series.",
    "Time will tell. I have learned not to plan anything past the next read-through.",
    # a verdict on "that" after a hedge: "that" is what was said before the quote
    "Turns out that's the whole secret of playing a detective on a Sunday night.",
    "I'd say that's the hardest week of filming I have ever done in my life.",
    "I reckon that's why the crew gave me the trailer nearest the catering van.",
    "I'd say it's the best episode we have ever made, and I have watched it six times.",
    "I think it's a masterpiece, honestly, and I don't say that about many finales.",
    # someone's words or meaning, the someone and the words said before the quote
    "I'm still not sure what he meant, and I have never had the nerve to ask him.",
    "I never really understood what they were saying about the ending of the second series.",
    # the talk announced as the event, the thing talked about outside the line
    "I've waited four years to be allowed to talk about this, so pour yourself a cup of tea.",
    "I have been dying to finally talk about it since the read-through in March.",
    # a refusal to tell, the thing not told named only in the question or the room
    "I'm not telling them about the goat, the goat is a whole other story, and my agent would faint.",
    # a thing told of before the quote, as "it" saying something or named
    "It said I had the comic timing of a parked car, and I keep it in my wallet.",
    "It's called Bartholomew and it has outlived three of my houseplants and a marriage.",
    # someone else's saying in single marks
    "Mum used to say, 'Never trust a man who irons his jeans,' and she was never wrong.",
    # a part or a turn of something told before the quote
    "The rest is timing, and luck, and a director who lets you fall over in the mud.",
    "The second time I kept very still and the director said it looked like I had died.",
    "The other one was a lighthouse keeper who never once climbed the stairs on camera.",
    "The difference is that I go home at night and she never gets to leave the island.",
    "The same thing happens every series when the scripts arrive and nobody has a surname.",
]

PRINTABLE = [
    # the stock phrase going on to say something
    "Never say never, but the schedule of a long-running drama is not the life I want at my age.",
    "Who knows what the lighthouse keepers of the last century really did all winter on that rock.",
    "We'll see him as a boy in the flashbacks, which is the first time the show has gone back that far.",
    # "that" opening a clause, not pointing back
    "It turns out that the camera is far more interested in your hands than in your face.",
    "I think that acting is mostly listening to the other person and forgetting the lens.",
    "I think it's a miracle that anyone watches a drama about a lighthouse for six series.",
    "I'd say it's the best job in the world to wake up and walk to the sea every morning.",
    # the someone named in the line, or the speaker's own words
    "My grandfather never said what he meant, and it took me forty years to learn his language.",
    "I always say what I mean on set, and it has cost me at least two jobs.",
    "I know what they say about working with children and animals, and all of it is true.",
    # what is talked about named in the line
    "I was never able to talk about my father until I played a man exactly like him.",
    "We were dying to talk about anything but the weather after six weeks on that island.",
    "I'm not saying the island is easy, but I have never once wanted to leave it early.",
    # "it" that is no thing told of before, or a name given in the line; the speaker's own saying unquoted
    "It was the first time anyone had called me by my character's name in the street.",
    "My dog is called Bartholomew and he has outlived three of my houseplants.",
    "I always say the sea is the best actor on the show, because it never does a scene twice.",
    "I used to say 'Good night, sea' from the bedroom window every single night until I was twelve.",
    # the part named, the first of a series, a difference between things named
    "The rest of the cast were already in the pub by the time I got out of the wig.",
    "The first time I walked onto the set I cried, because it was my grandmother's kitchen.",
    "The difference between stage and screen is that the camera can see you thinking.",
    "The same people walk past the window every night, and the same cat sits on the same car.",
]


@pytest.mark.parametrize("line,printable", [(line, False) for line in NEVER_PRINTED] +
                         [(line, True) for line in PRINTABLE])
def test_each_kind_of_line_is_printed_or_not_and_its_look_alikes_the_other_way(line, printable):
    assert (exclusion(line, _WORDS.findall(line), False) is None) == printable


def _picks_and_reasons(body: str, title: str) -> tuple[list[str], dict[str, str | None]]:
    """The picks of an invented article, and every candidate with why it is excluded."""
    sel = select_pull_quotes(understand(iv(body, title=title)), count=3)
    return [p.text for p in sel.picks], {c.text: c.excluded for c in sel.candidates}


CHAT_TYPED = ("Saltmarsh Fan Server - #stage - Q&A with Orla Penhallow-Essien\n\n"
              "[4/9/2026 8:00 PM] mod_heron\n"
              "she's here!! welcome @OrlaPenhallowEssien\n\n"
              "[4/9/2026 8:01 PM] OrlaPenhallowEssien\n"
              "hi all, I'm in a caravan in Whitby so be patient with my typing\n\n"
              "[4/9/2026 8:02 PM] mod_heron\n"
              "from @sandpiper: how did you learn to sail?\n\n"
              "[4/9/2026 8:04 PM] OrlaPenhallowEssien\n"
              "badly. a fisherman in Staithes took me out every morning for a month and shouted at me in a voice "
              "like a foghorn\n\n"
              "[4/9/2026 8:05 PM] mod_heron\n"
              "from @tern_lady: what was the hardest scene?\n\n"
              "[4/9/2026 8:07 PM] OrlaPenhallowEssien\n"
              "the storm. a man on a crane tipped four tonnes of water on us and I swallowed most of it\n\n"
              "[4/9/2026 8:08 PM] mod_heron\n"
              "that's all, thank you Orla!!")


def test_a_chat_typed_in_lower_case_gives_its_sentences_from_a_small_letter():
    picks, reasons = _picks_and_reasons(CHAT_TYPED, "Orla Penhallow-Essien Q&A")
    fisherman = ("a fisherman in Staithes took me out every morning for a month and shouted at me in a voice like "
                 "a foghorn")
    storm = "a man on a crane tipped four tonnes of water on us and I swallowed most of it"
    assert reasons[fisherman] is None and reasons[storm] is None  # a sentence from a small letter, a message's end
    assert fisherman in picks and storm in picks
    assert not any(text.startswith("badly. a fisherman") for text in reasons)  # cut after the stop


def test_an_answer_typed_with_capitals_keeps_its_small_letter_after_a_stop_inside_the_sentence():
    # one small letter after a stop ("5 a.m. and…") is an abbreviation, not how the speaker types
    body = ("Orla Penhallow-Essien plays the harbour master on *Saltmarsh*.\n\n**What is a day on set like?**\n\n"
            "I get up at 5 a.m. and drive to Staithes with the radio on and a flask of tea. The crew are there "
            "before me, every single morning, and they have never once let me carry a cable.\n\n"
            "**And the weather?**\n\nThe wind off the sea takes your lines right out of your mouth.")
    _, reasons = _picks_and_reasons(body, "Orla Penhallow-Essien on Saltmarsh")
    assert "I get up at 5 a.m. and drive to Staithes with the radio on and a flask of tea." in reasons
    assert not any(text.startswith("and drive") for text in reasons)


def test_a_quote_going_on_after_its_attribution_still_starts_mid_sentence():
    body = ("Orla Penhallow-Essien has played the harbour master for six years. \"The sea has no sense of "
            "humour,\" she says, \"and the crew have even less of one when it rains for a week.\" She laughs. "
            "\"The gulls are the real stars. One took a sandwich out of my hand at 7 a.m. and the director "
            "kept it in.\"")
    _, reasons = _picks_and_reasons(body, "Orla Penhallow-Essien on six years of Saltmarsh")
    assert reasons.get("and the crew have even less of one when it rains for a week.") == "starts mid-sentence"


ROUND_UP = ("Every December we gather the best things Ottilie Marsh-Adeyemi said this year. Sources under each "
            "quote.\n\n### On the show\n\n"
            "> \"My grandmother kept bees in Deptford. She taught me that you never run from a swarm.\"\n\n"
            "- to *Screen Weekly*, March 2026\n\n"
            "> “A costume is a house you live in for six months. You leave the lights on when you go.”\n\n"
            "- at the Leeds festival, May 2026\n\n"
            "> My director told me, \"Never look at the lens.\" I have looked at it every single day since.\n\n"
            "- on the radio, June 2026\n\n"
            "Our favourite is the costume one.")


def test_a_quote_wholly_in_its_marks_is_the_speakers_own():
    _, reasons = _picks_and_reasons(ROUND_UP, "Ottilie Marsh-Adeyemi in her own words")
    assert reasons["She taught me that you never run from a swarm."] is not None  # "She" still points outside
    assert reasons["My grandmother kept bees in Deptford. She taught me that you never run from a swarm."] \
        is None
    assert reasons["A costume is a house you live in for six months."] is None
    assert not any(text.startswith(("\"", "“")) or text.endswith(("\"", "”")) for text, why in reasons.items()
                   if why is None)


def test_a_quote_holding_someone_elses_words_in_marks_is_not_the_speakers_own():
    _, reasons = _picks_and_reasons(ROUND_UP, "Ottilie Marsh-Adeyemi in her own words")
    assert all(why is not None for text, why in reasons.items() if "Never look at the lens" in text)


_OBITUARY_LEAD = ("Ptolemy Achterberg-Oduya, who played the harbour master in *Saltmarsh* for eleven years, {news}. "
                  "His family said he went peacefully.\n\n"
                  "He told this paper in 1994 that he never learned his lines. \"I just read them off the lighthouse "
                  "wall, where the props man had painted every single one of them.\"\n\n"
                  "His co-star Marguerite Lindqvist-Abara said: \"He was the kindest man I ever worked with, and "
                  "the worst at knowing which day of the week it was.\"")


@pytest.mark.parametrize("news,title", [
    ("has died at the age of 84", "Saltmarsh's harbour master remembered"),
    ("has died aged 84", "Saltmarsh's harbour master remembered"),
    ("was 84", "Ptolemy Achterberg-Oduya, the harbour master of Saltmarsh, dies at 84: co-stars pay tribute"),
])
def test_a_death_notice_gives_no_pull_quote(news, title):
    sel = select_pull_quotes(understand(iv(_OBITUARY_LEAD.format(news=news), title=title)), count=3)
    assert sel.picks == () and any("death notice" in w for w in sel.warnings)


@pytest.mark.parametrize("news", ["talks about the night his character dies at the end of series two",
                                  "remembers his co-star, who died aged 67 in March",
                                  "says the storm episode, in which the lighthouse keeper dies at 9pm, is his favourite"])
def test_a_death_that_is_no_news_of_the_person_quoted_leaves_the_picks(news):
    body = _OBITUARY_LEAD.format(news=news).replace("His family said he went peacefully.", "He is sixty-two.")
    sel = select_pull_quotes(understand(iv(body, title="Ptolemy Achterberg-Oduya on Saltmarsh")), count=3)
    assert sel.picks and not any("death notice" in w for w in sel.warnings)


_TABLOID = ("SALTMARSH favourite Rosalind Achebe-Thorne has revealed she is leaving the soap after nine years.\n\n"
            "\"I packed my dressing room into four bin bags and cried on the bus home,\" Rosalind told the Courier.\n\n"
            "{who} said: \"She's putting a brave face on it but she's been in bits. That show has been her whole "
            "life since she was nineteen.\"\n\n"
            "Her final scenes air on Christmas Day.")


@pytest.mark.parametrize("who", ["A pal of the star", "A friend of the actress", "A neighbour close to the family"])
def test_someone_close_to_the_star_speaks_for_her_not_as_her(who):
    turns = read(iv(_TABLOID.format(who=who), title="Rosalind Achebe-Thorne quits Saltmarsh"))
    assert ("other", who, "She's putting a brave face on it but she's been in bits. That show has been her whole "
            "life since she was nineteen.") in turns


def test_the_star_herself_still_speaks_as_herself():
    turns = read(iv(_TABLOID.format(who="The star"), title="Rosalind Achebe-Thorne quits Saltmarsh"))
    assert any(role == "interviewee" and "brave face" in text for role, _, text in turns)


def _answer_reasons(question: str, answer: str) -> dict[str, str | None]:
    """Every candidate of an invented Q&A's answer to `question`, and why it is excluded."""
    body = ("Orla Penhallow-Essien plays the harbour master on *Saltmarsh*.\n\n**" + question + "**\n\n" + answer +
            "\n\n**What next?**\n\nA long sleep and then a play in Bergen, if they still want me.")
    return _picks_and_reasons(body, "Orla Penhallow-Essien on Saltmarsh")[1]


ECHOING = {  # a question, and an answer doing to "it" what the question asks about
    "Do you actually drive the lifeboat?":
        "I drive it about forty metres, very slowly, with a real coxswain crouched behind me ready to grab the wheel.",
    "Do you watch the show with your family?":
        "We watch it every Sunday at my mother's house with a roast and the sound turned right up.",
}


@pytest.mark.parametrize("question,answer", ECHOING.items())
def test_an_answer_doing_what_the_question_asks_to_it_leans_on_the_question(question, answer):
    assert _answer_reasons(question, answer)[answer] is not None


@pytest.mark.parametrize("question,answer", [
    # "it" as what the words after it say, a verb the question does not ask about, "it" starting a clause
    ("Do you love the night shoots?", "I love it when the whole crew starts singing at four in the morning."),
    ("Do you actually drive the lifeboat?", "I sail it on my days off with my brother, who is a real coxswain."),
    ("What did you think of the script?", "I thought it was the most beautiful story I had ever been asked to tell."),
    # a question asking where, not yes or no: the answer says where
    ("Where did you film the finale?", "We filmed it at the old harbour over nine freezing nights in November."),
])
def test_an_answer_whose_it_is_no_echo_of_the_question_is_printable(question, answer):
    assert _answer_reasons(question, answer)[answer] is None
