"""Kinds of line the pull-quotes read (session 34), each with look-alikes an editor would print. Every line here is
invented for the test."""

import pytest

from newsletter.extract import understand
from newsletter.pull_quotes import select_pull_quotes

from .test_layouts import iv

_INTERVIEW = ("Tamsin Achebe-Holloway plays the lock-keeper in *Slow Water*.\n\n"
              "Canal FM: What was the first week on the narrowboat like?\n\n"
              "Tamsin Achebe-Holloway: {line}\n\n"
              "Canal FM: And the flood episode?\n\n"
              "Tamsin Achebe-Holloway: We shot it in a flooded car park in Stoke with two pumps and a leaf blower, "
              "and I have never been so cold in my whole life.")

_RELAYED = "gives someone else's words with no verb of saying before them ('…, she always said.')"
_LET = "leaves out what it lets someone do ('they let me.'): said before it"
_THAT_GUY = "its 'that guy' is someone told of before it"
_BARE = "ends on a pronoun that stands for nothing in the line ('…very far for it.')"
_REVEAL = "a reveal ('Turns out…') whose 'it' was told before it"
_THING = "names a thing and says nothing of it: it answers its question ('Two weeks in Lansing.')"
_TO_THEM = "speaks to the interviewer about the conversation"


def _read_as(line: str, reason: str | None) -> None:
    """`line`, answered in an interview, is never picked for `reason`; or (None) it is ranked, and picked."""
    interview = iv(_INTERVIEW.format(line=line), title="Tamsin Achebe-Holloway on Slow Water",
                   interviewee="Tamsin Achebe-Holloway")
    sel = select_pull_quotes(understand(interview), count=3)
    found = [c.excluded for c in sel.candidates if c.text == line]
    assert found, f"not a candidate: {line!r}"
    assert found[0] == reason
    assert any(p.text == line for p in sel.picks) is (reason is None)


@pytest.mark.parametrize("line, reason", [
    # someone else's words, the teller named only after them
    ("Keep your elbows in, the boat is always narrower than you think, my grandad always said.", _RELAYED),
    ("Mind the paddle gear, Hortensia would say, and I caught my sleeve in it on the second day.", _RELAYED),
    ("Slow down at the bridges, that's what the skipper would tell me every single morning.", _RELAYED),
    ("Een boot wacht niet - a boat does not wait - my oma told me when I was six.", _RELAYED),
    ("Breathe out on the push, breathe out on the push was basically all he said for a month.", _RELAYED),
    ("I didn't know you know how to sail, the director said to me on the first day.", _RELAYED),
    # someone's rule brought in by a colon, a sign's text
    ("My aunt's rule was simple: never tie up where the ducks won't.", _RELAYED),
    ("The sign on the lock gate reads NO SWIMMING BY ORDER, and I swam there every lunchtime.", _RELAYED),
    # look-alikes, the speaker's own: her own saying, her own rule, a line that mentions a saying or a sign
    ("Never trust a dry towpath, I always say, and the crew laughed at me until the flood episode.", None),
    ("My rule is simple: learn the knots first and the lines second, because the knots can drown you.", None),
    ("My grandad had a saying for every lock on the Trent, and most of them were very rude.", None),
    ("The skipper put a sign in the window that said trainee, and I steered like one for a week.", None),
])
def test_someone_elses_words_with_no_verb_of_saying_before_them_are_theirs(line, reason):
    _read_as(line, reason)


@pytest.mark.parametrize("line, reason", [
    # a verb whose rest was said before it
    ("I think the lock-keepers knew. I think they let me, which was the kindest thing anyone did all winter.", _LET),
    # a person told of before, as "that guy"
    ("Rufus is a man trying very hard to be that guy and failing, and the trying is the whole series.", _THAT_GUY),
    # the speaker's own line ending on a pronoun with nothing in it to stand for
    ("I didn't have to think very hard about it.", _BARE),
    ("Nobody had ever asked me whether I was scared of that.", _BARE),
    # a reveal whose "it" is the thing told before it
    ("Turns out I was saving it all for the right part on the right boat.", _REVEAL),
    # look-alikes: a "let" with its verb, "that kid" the words after it say, the pronoun's thing inside the line,
    # anyone's "you"
    ("The lock-keepers let me steer the boat through Harecastle Tunnel on my last day.", None),
    ("I was always that kid who jumped into the canal first and asked about the rats later.", None),
    ("I bought a second-hand windlass in Stoke and I have never let go of it.", None),
    ("You just steer by feel in the tunnel, you don't think about it.", None),
    ("Turns out I'm allergic to the wool they make the lock-keepers' jumpers from.", None),
])
def test_a_line_whose_pronoun_or_verb_stands_for_something_outside_it_is_no_pick(line, reason):
    _read_as(line, reason)


@pytest.mark.parametrize("line, reason", [
    # the speaker telling the one she talks to what she knows of them
    ("I know that you dub us! I heard my Dutch voice once and she sounds far posher than me.", _TO_THEM),
    ("I noticed you brought biscuits for the whole crew, which is the way to my heart.", _TO_THEM),
    # look-alikes: what she knows of the work, "you" as anyone
    ("I know the canal better than my own kitchen now, every lock and every bridge.", None),
    ("You know you're a real boater when you can hear a lock filling from three miles away.", None),
])
def test_a_line_telling_the_listener_what_the_speaker_knows_of_them_is_no_pick(line, reason):
    _read_as(line, reason)


@pytest.mark.parametrize("line, reason", [
    # brought in by someone's habit of saying, a note someone had for her, a proverb
    ("My gran used to say, never marry a man who owns a boat, and I married two of them.", _RELAYED),
    ("The director had one note for me all week: slower, and then slower again.", _RELAYED),
    ("Our director's only note to me on the whole shoot was: stop smiling at the ducks.", _RELAYED),
    ("Slow is smooth and smooth is fast on a narrowboat, as my skipper always says.", _RELAYED),
    # look-alikes, her own: her habit of saying, her own rule, a thing she learned
    ("I used to say, give me a week on a boat and I'll give you a sailor, and I was wrong.", None),
    ("Slow is smooth and smooth is fast on a narrowboat, as I always say to the new crew.", None),
    ("I had one rule on that boat: never let the skipper see me without a life jacket on.", None),
    ("There is one thing I learned on that canal: you never turn your back on a full lock.", None),
])
def test_someone_elses_rule_note_or_saying_brought_in_without_a_verb_of_saying_is_theirs(line, reason):
    _read_as(line, reason)


@pytest.mark.parametrize("line, reason", [
    # the first words of an answer naming a thing and saying nothing of it: they answer the question alone
    ("A mission patch from the space episode and a bruise shaped like the Isle of Wight.", _THING),
    ("Two weeks on a narrowboat outside Stoke with a man called Derek and his ferret.", _THING),
    ("Getting up at four every morning to catch the light on the canal before the boats.", _THING),
    # look-alikes: a statement about the thing, a verb in the past the common verbs leave out, "Nothing" as a subject
    ("A real heron flew into the lock during the first take and stole the director's sandwich.", None),
    ("Two lock-keepers at Audlem taught me every knot I know in a single wet afternoon.", None),
    ("Nothing prepares you for a narrowboat in a January gale with a film crew on the roof.", None),
])
def test_an_answer_that_names_a_thing_and_says_nothing_of_it_is_no_pick(line, reason):
    _read_as(line, reason)
