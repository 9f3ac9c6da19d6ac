"""Lines of talk that an editor cannot print as they were said.

A transcript keeps what the speaker said word for word. Some of it only makes sense inside the conversation:
- the line points at the talk itself ("as you know", "like I said", "let's say…", "but again");
- the speaker stumbles ("I, I", "and, and", "it was it was");
- the speaker fills a pause ("um", "uh", "y'know");
- the transcriber notes what happened in the room ("(laughs)", "[airquotes]");
- "so" stands for the question asked ("I'd like to think so").

A pull-quote is an exact span of the article, so an editor can't tidy these lines up. They are never picked.
`quote_features.exclusion` asks `spoken_exclusion` after its own rules.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import eq, or_
from .extract.scan import led_by_first

# Words that point at the conversation rather than the subject: what the listener already knows or was told
# before ("as you know", "like I said"), a set-up the listener is asked to imagine ("let's say you…"), and
# "again" as a discourse marker ("But again, …") rather than "once more" ("we would go again", "and again").
# The look-ahead names the letters an alternative starts with, so the engine skips to them (2x faster).
_CONVERSATION = re.compile(r"(?=[aylibAYLIB,])(?:\bas you know\b|\byou know how(?! to\b)|\byou name it\b|"
                           r"\blet[’']s say,?\s+(?:you|we|I|there|it|that|the|a)\b|"
                           r"\bas (?:we|I) (?:were |was )?(?:said|saying|talk(?:ed|ing)|discuss(?:ed|ing)|"
                           r"mention(?:ed)?)\b(?!\s+to\b)|\b(?:like|as) I (?:said|say)\b(?!\s+to\b)|"
                           r"\bI[’']ll tell you\b|\blet me tell you\b|,\s+again,|"
                           r"\bbecause again\b|\bbut again(?=,|\s+(?:I|you|we|with)\b))|\A(?:\w+,\s+)?again,|"
                           # "You were right about the beanie.": agreeing with the one spoken to, about what they said
                           r"\Ayou(?:[’']re|\s+are|\s+were)\s+(?:so\s+|\w+ly\s+)?(?:right|wrong|correct)\b", re.I)
# Every match of _CONVERSATION holds one of these words: a line holding none (most lines) is not searched.
_CONVERSATION_WORDS = frozenset("right wrong correct know name tell say said saying talked talking discussed discussing mention "
                                "mentioned again Again".split())
# The same small word said twice, or two words said twice: a stumble, not emphasis. Only words that never end a
# clause may stand either side of a comma ("and, and"); a pronoun may end one ("I love it, it's…"), so it counts
# only said twice in a row ("it it"), and so do two words ("it was it was": "Whatever it was, it was good" is
# English). Words that stand twice in good English ("that that", "had had", "was was", "very, very", "so, so",
# "my, my") are not in the lists; a title said twice ("New York New York") opens on a capital inside the line.
_STUTTER = led_by_first(r"\b(I|I'm|I’m|and|the|a|an|of|to|but|if|or|with|for)\b,? \1\b|"
                        r"\b(it|it's|it’s|you|he|she|they|we|in|on)\b \2\b|\A(\w+ \w+) \3\b|"
                        r"\b(?-i:(?=[a-z]))(\w+ \w+) \4\b", re.I)
# Sounds that fill a pause, as the words of a line are found ("y'know" is one). "er" only in lower case: "ER" is
# a show.
_PAUSES = frozenset("um umm ummm uh uhh uhhh erm hmm hmmm er y'know y’know "
                    "Um Umm Uh Uhh Erm Hmm Y'know Y’know".split())

# A transcriber's note inside the speech: what someone did, not what they said.
_STAGE_NOTE = re.compile(r"[\[(][^\])]{0,40}?\b(?:laugh\w*|airquotes|applause|crosstalk|inaudible|sighs?|pauses?|"
                         r"chuckl\w*|giggl\w*|claps?|clapping|cheers|cheering|gestur\w*|shrugs?|nods?)\b[^\])]{0,40}[\])]",
                         re.I)

# "So" standing for the question asked ("Will she come back?" "I'd like to think so."): a reply, not a statement.
_SO_ANSWERS = re.compile(r"\b(?:think|hope|guess|believe|suppose|imagine|expect|afraid) so(?=[.,;!…]|\s*\Z)", re.I)
_SO_VERBS = frozenset("think hope guess believe suppose imagine expect afraid".split())


# Someone else's words reported without quote marks, as people tell it: "The director called and said, I have a
# watchmaker for you", "my mum said, that's not acting". Only the speaker's own "I said, …" is hers.
# A comma that opens an aside ("The audition went, in a word, terribly", "Nobody told me, at any point, that…",
# "the show says, really: grief…") leads to no one's words ("she said, that's not acting, …" does).
_ASIDE = (r"(?:[\w’']+ly|(?:in|at|on|of|for|by|with|after|before|again|more|once|as|not|of course|I think|I guess|"
          r"I suppose)(?:[ \t]+[\w’']+){0,3})[,:;]")
_REPORTED_UNMARKED = led_by_first(r"(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:said|says|goes|went|told me|asked me|asks me)"
                                  r"[,:][ \t]+[\"“]?(?=[A-Za-z])(?!" + _ASIDE + ")")
# "My husband says I once ordered a pizza in my sleep": the line is what someone else says of her (not "My
# character says things I would never say", "Our director insists on silence", "My gut said no").
_SAID_OF_ME = led_by_first(r"\b(?:[Mm]y|[Oo]ur)\s+\w+(?:\s+\w+)?\s+(?:says|said|tells me|told me|swears|insists)"
                           r"(?:\s+that)?\s+(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|we're|we’re|my|me)\b")
_REPORTING_WORDS = frozenset("said says goes went told tells asked asks swears insists".split())
# Someone else's words with no quote marks and no verb of saying before them: the teller named after the words
# ("Go limp on three, Tobias would say, and…", "…, my nani keeps reminding me.", "…, that's what he'd say to me"),
# the words summed up as all they said ("…was basically all she said to me"), brought in by a habit of saying ("My
# gran used to say, never…"), someone's rule or note brought in by a colon ("My mum's rule was simple: never…", "He
# had one note for me: louder."), a proverb ("…, as my skipper says"), a sign's text ("the sign on the door read NO
# ACTORS…"; not "a sign that said trainee", the speaker's story of it). Not the speaker's: her own ("I'd say", "I
# used to say,", "My rule is simple:") and a line that only mentions a saying ("My nan had a saying for everything")
# are hers. Searched only in a line holding one of their words (compiled as written: a leading class would cost more
# to build at import than it saves on the few lines searched).
_TOLD_AFTER = re.compile(
    r"(?:,|\s[-–—])\s+(?:(?:that[’']s|that was|which is|which was) what\s+|as\s+)?(?:he|she|they|[A-Z][a-z]+|"
    r"(?:my|our|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?)(?:[’']d)?(?:\s+(?:would|always|kept|keeps|still|once|"
    r"used to|never|often))*\s+(?:say|said|says|tell(?:s|ing)? me|told me|remind(?:s|ed|ing)? me|shout(?:s|ed)|"
    r"yell(?:s|ed)|whisper(?:s|ed))\b"
    r"|\b(?:is|was)\s+(?:basically\s+|just\s+|pretty much\s+)?all\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:ever\s+)?"
    r"(?:said|says|say)\b"
    r"|(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:used to|would) say[,:]\s+\S")
_TELLING_WORDS = frozenset("say said says tell tells telling told remind reminds reminded reminding shout shouts "
                           "shouted yell yells yelled whisper whispers whispered".split())
_SOMEONES_RULE = re.compile(
    r"(?:[’']s|\b(?:his|her|their|the))\s+(?:[a-z]+\s+){0,2}?(?:rule|motto|mantra|advice|note|notes|catchphrase|"
    r"instruction|instructions|philosophy|verdict)\b[^.!?:;]{0,30}?:\s*\S"
    # one rule or note someone had for the speaker ("He had one note for me: louder."), not her own ("I had one rule:")
    r"|(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:had|has|gave me|gives me)\s+(?:one|a|the same|only one|just one)\s+"
    r"(?:rule|note|instruction|motto)\b[^.!?:;]{0,30}?:\s*\S"
    r"|\b(?:sign|notice|card|label|poster|banner|plaque|caption|shirt|mug)\b[^.!?:]{0,40}?\s(?:reads?\b[,:]?|"
    r"(?:said|says)[,:])\s+(?=\S)")
_RULE_WORDS = frozenset("rule motto mantra advice note notes catchphrase saying instruction instructions philosophy "
                        "verdict sign notice card label poster banner plaque caption shirt mug".split())

# The speaker telling the one she talks to what she knows of them ("I know that you dub us!", "I noticed you brought
# biscuits"): said to the room, not to readers.
_KNOWS_THE_LISTENER = re.compile(r"\bI (?:know|knew|hear|heard|see|saw|notice|noticed) (?:that )?you\b")
_LISTENER_WORDS = frozenset("know knew hear heard see saw notice noticed".split())


# The words each rule above needs, as bits of a line's tokens (quote_words reads them once a token, and ORs them
# over a line's tokens): a line without the bit cannot match the rule.
_CONVERSATION_BIT, _PAUSE_BIT, _REPORTING_BIT, _SO_VERB_BIT, _SO_BIT = 1, 2, 4, 8, 16
_TELLING_BIT, _RULE_BIT, _LET_BIT, _PERSON_BIT, _LISTENER_BIT = 32, 64, 128, 256, 512
SPOKEN_BITS = _LISTENER_BIT  # the highest bit used here


def spoken_bits(word: str) -> int:
    """The bits of the word lists above that hold `word`, a WORD token as written."""
    return (_CONVERSATION_BIT if word in _CONVERSATION_WORDS else 0) | (_PAUSE_BIT if word in _PAUSES else 0) | \
        (_REPORTING_BIT if word in _REPORTING_WORDS else 0) | (_SO_VERB_BIT if word in _SO_VERBS else 0) | \
        (_SO_BIT if word == "so" else 0) | (_TELLING_BIT if word in _TELLING_WORDS else 0) | \
        (_RULE_BIT if word in _RULE_WORDS else 0) | (_LET_BIT if word == "let" else 0) | \
        (_PERSON_BIT if word in _PERSON_WORDS else 0) | (_LISTENER_BIT if word in _LISTENER_WORDS else 0)


def spoken_exclusion(plain: str, words: list[str], flags: int | None = None) -> str | None:
    """Why a line of talk (`words` are its words; `flags`: spoken_bits of them ORed, worked out when not given) can't
    be printed as said, or None."""
    if flags is None:
        flags = reduce(or_, map(spoken_bits, words), 0)
    if flags & _CONVERSATION_BIT and _CONVERSATION.search(plain):
        return "speaks to the interviewer about the conversation"
    if _says_twice(words) and _STUTTER.search(plain):
        return "a stumble ('I, I', 'and, and'): spoken, not written"
    if flags & _PAUSE_BIT:
        return "a hesitation ('um', 'uh', 'y'know'): spoken, not written"
    if ("(" in plain or "[" in plain) and _STAGE_NOTE.search(plain):
        return "holds the transcriber's note ('(laughs)'), not the speaker's words"
    if flags & _REPORTING_BIT and (_REPORTED_UNMARKED.search(plain) or _SAID_OF_ME.search(plain)):
        return "gives someone else's words without quote marks ('she said, that's not acting')"
    if flags & _TELLING_BIT and _TOLD_AFTER.search(plain) or flags & _RULE_BIT and _SOMEONES_RULE.search(plain):
        return "gives someone else's words with no verb of saying before them ('…, she always said.')"
    if flags & _LISTENER_BIT and "you" in plain and _KNOWS_THE_LISTENER.search(plain):
        return "speaks to the interviewer about the conversation"
    if flags & _SO_BIT and flags & _SO_VERB_BIT and _SO_ANSWERS.search(plain):
        return "'so' stands for the question ('I'd like to think so')"
    return None


def _says_twice(words: list[str]) -> bool:
    """A word, or two words, said twice in a row: only such a line can hold a stumble. A capital differs only at
    the line's start ("It was it was"). Words compared one to one in C (`map(eq…)`): most lines fail at once."""
    if not words:
        return False
    said = words if words[0] == "I" else [words[0].lower(), *words[1:]]
    after, two_on = said[1:], said[2:]
    return any(map(eq, said, after)) or \
        (any(map(eq, said, two_on)) and any(map(eq, zip(said, after), zip(two_on, said[3:]))))


# "The examiner told me, 'Son, nobody parks a truck.'": the line's own quotation is another person's words. Led by
# the letters its verbs start with, so the engine skips to them instead of trying `\b` at every character.
# "…told the director, 'If…'", "…said only, 'You…'", "…rings me to say, 'You…'": a few words of whom to or how
# between the verb and the words, set off by a comma.
# Told with a verb of saying ("…answered me, 'Ottavia…'", "…whispering, 'Two more steps…'"; not "saying", which is
# as often the speaker's or a character's stock line: "…holding a clipboard and saying, 'The doctor will see you.'"),
# after up to five words of whom to and when ("said to me before the take, 'Don't…'"); or a sentence of someone's
# brought in by a colon ("Last week it was one line: 'Nobody…'") or named as their advice or motto ("Her only advice
# was 'Trust the rope…'"). Led by the letters its words start with and the colon.
_QUOTES_SOMEONE = re.compile(r"(?=[tagswurymlc:])(?:\b(?:told|tells|tell(?=\s+(?:me|him|her|us|them)\b)|asked|asks|"
                             r"said|says|goes|went|was like|(?<!used )to say|answered|replied|"
                             r"whisper(?:ed|ing)|shout(?:ed|ing)|yell(?:ed|ing)|"
                             r"(?<!I )(?:used to|would) say)"  # "Dad used to say, 'One…'", not "I used to say"
                             r"(?:(?:\s+(?:me|him|her|us|them))?[,:]?|(?:\s+[\w’'-]+){1,5}?[,:])|"
                             r"\b(?:advice|motto|words|line|catchphrase)\s+(?:was|is|were|are)(?:\s+always)?[,:]?|:)"
                             r"\s+['‘\"“][A-Z]")


# What every match of _QUOTES_SOMEONE ends on: a single mark before a capital. Most lines hold an apostrophe ("I'm"),
# few this, and one pass of a class the engine skips through costs a third of a search of the pattern.
_MARK_THEN_CAPITAL = re.compile(r"['‘\"“][A-Z]")


# "When a woman told me my accent was "close enough to get you served," I…": someone's phrase reported inside the
# line, in the double marks an answer printed with none of its own (a transcript's, a signed statement's) gives it.
# Someone's saying that the speaker was told over and over ("he used to tell me "the desert…"") is theirs too.
_REPORTS_A_PHRASE = re.compile(r"(?=[tasuw])\b(?:told|tells|asked|asks|said|says|(?:used to|would) (?:tell|say))\b"
                               r"[^\"“”\n]{0,60}"
                               r"[\"“][a-z][^\"“”\n]{2,}[\"”]")


def quotes_someone(plain: str) -> bool:
    """The line holds someone else's words in single quotes (`My mother said, 'This is you.'`), or a phrase of
    theirs it reports in double ones (`she told me it was "close enough"`)."""
    return _MARK_THEN_CAPITAL.search(plain) is not None and _QUOTES_SOMEONE.search(plain) is not None or \
        ('"' in plain or "“" in plain) and _REPORTS_A_PHRASE.search(plain) is not None


# A first sentence that ends on "too" or "as well" adds to something said before it ("…drive it to lunch too.").
_ADDS_TO_BEFORE = re.compile(r"(?=[tae])\b(?:too|as well|either)[.!…]")  # in the first sentence only
_ADDS_TO_BEFORE_KEYS = ("too", "as well", "either")  # every match holds one
# The speaker adding a second thing from the first words on ("I'd also like to think…", "We also…").
_ALSO_OPENER = re.compile(r"(?:I|We)(?:['’](?:d|m|re|ve|ll)|\s+(?:have|had|would|will|do|did|am|are|was|were))?"
                          r"\s+also\b")
# One that ends on "though" sets itself against something said before it ("I'm bad at updating the site though.").
_AGAINST_BEFORE = re.compile(r"\bthough[.!…]", re.I)


# "No menu, no sign, and the owner decides…", "No cutaways, no escape.": what a thing has not, listed with no verb,
# is a description of a thing named before the line (a place, a scene). Not "No one, no matter…" nor "No, no,…".
_NOTHING_LISTED = re.compile(r"No\s+(?!(?:one|matter|doubt|way|longer|more)\b)[a-z]+,\s+no\s+[a-z]+\b(?!\s+matter\b)")


# Not knowing where "that" came from, or who "it" is by, in a short clause that ends there: the "that" or "it" is what
# was just asked about ("I don't know where that came from.", "I still don't know who it's by."), not "I don't know
# what it is about boats, but…". Led by its words (a class of their first letters the engine skips to), its "know"
# negated before it: a look-behind for that would have the engine try every character.
_NOT_KNOWING_IT = re.compile(r"(?:know|[Nn]o idea|[Nn]ot sure)\s+(?:where|why|how|what|who|when|if|whether)\s+"
                             r"(?:that|this|it)\b[^,;:.!?…]{0,25}[.!?…]")
_NOT_KNOWING_KEYS = ("know", "no idea", "not sure")
_NEGATED = ("n't ", "n’t ", "not ", "never ")  # before "know"


def _not_knowing_it(plain: str) -> bool:
    """_NOT_KNOWING_IT, its "know" negated ("don't know", "never know")."""
    return any(not m.group().startswith("know") or plain.endswith(_NEGATED, 0, m.start())
               for m in _NOT_KNOWING_IT.finditer(plain))


# A verb whose rest was said before it: "I think they let me, which is…" (let me what?).
_LET_CUT = re.compile(r"\blet (?:me|us|him|her|them)(?=\s*[,.;!…])")
# "that guy" standing for a person told of before it ("…trying to be that guy and failing"), not one the words after
# it say ("that kid who…", "that man in the lift").
_THAT_PERSON = re.compile(r"\bthat (?:guy|man|woman|girl|boy|kid|person|lady|bloke|fella|fellow)\b(?!['’]|\s+(?:who|"
                          r"whom|whose|that|which|with|from|in|on|at|I|you|he|she|we|they)\b)")
_PERSON_WORDS = frozenset("guy man woman girl boy kid person lady bloke fella fellow".split())
# A reveal that pays off something told before it, its "it" that thing: "Turns out I was saving it for the right job."
# (not "Turns out I'm allergic to wool.").
_REVEAL = re.compile(r"(?:It )?[Tt]urns out,?\s+(?:I|we|you)\b(?:\s+[a-z’']+){0,4}?\s+(?:it|them|him|her)\b")
_REVEAL_OPENINGS = ("Turns out", "It turns out")
# A line of the speaker's own that ends on "for it.", "about that.", "on it." with nothing before the pronoun it could
# stand for: no noun after an article, a possessive or a number, no name ("I didn't have to look very far for it.",
# "Nobody ever asked me if I worried about that."): the pronoun is what was asked about. Not "I sing like a kettle and
# I've made peace with it.", nor anyone's "you" ("You just react instinctively, you don't think about it.").
_ENDS_ON_A_PRONOUN = re.compile(r"\b(?:about|for|on|in|at|to|from|with|of|like|over|into|through|by|around|without)"
                                r"\s+(?:it|that|them|this)[.!…]*[”\"’']?\s*\Z")
_PRONOUN_TAIL = 20  # characters: the preposition, the pronoun and the closing marks
_ENDING_PRONOUNS = ("it", "that", "them", "this")
_TOKEN = re.compile(r"[A-Za-z’']+")
_STANDS_FOR = frozenset("the a an my your his her our their its this these those every each some any no another one two "
                        "three four five six seven eight nine ten twenty thirty forty fifty hundred".split())
_BARE_OPENERS = frozenset("i i'm i’m i've i’ve i'd i’d i'll i’ll we we're we’re we've we’ve nobody never".split())
_OWN = frozenset("I I'm I’m I've I’ve I'd I’d I'll I’ll me my we we're we’re us our".split())


def _ends_on_a_bare_pronoun(plain: str) -> bool:
    """_ENDS_ON_A_PRONOUN, the line the speaker's own and holding nothing before its pronoun it could stand for."""
    if not plain.rstrip(_LINE_END).endswith(_ENDING_PRONOUNS):
        return False
    m = _ENDS_ON_A_PRONOUN.search(plain, max(0, len(plain) - _PRONOUN_TAIL))
    if m is None:
        return False
    before = _TOKEN.findall(plain, 0, m.start())
    return bool(before) and before[0].lower() in _BARE_OPENERS and any(w in _OWN for w in before) and \
        not any(w.lower() in _STANDS_FOR or (w[:1].isupper() and w not in _OWN) for w in before[1:])


def leans_on_before(plain: str, low: str, flags: int) -> str | None:
    """Why the line leans on something said before it (`low`: the line in lower case; `flags`: spoken_bits of its
    words ORed), or None."""
    if flags & _LET_BIT and _LET_CUT.search(plain):
        return "leaves out what it lets someone do ('they let me.'): said before it"
    if flags & _PERSON_BIT and _THAT_PERSON.search(plain):
        return "its 'that guy' is someone told of before it"
    if plain.startswith(_REVEAL_OPENINGS) and _REVEAL.match(plain):
        return "a reveal ('Turns out…') whose 'it' was told before it"
    if _ends_on_a_bare_pronoun(plain):
        return "ends on a pronoun that stands for nothing in the line ('…very far for it.')"
    if plain.startswith("No ") and _NOTHING_LISTED.match(plain):
        return "lists what a thing named before it has not ('No menu, no sign, and…')"
    if any(key in low for key in _NOT_KNOWING_KEYS) and _not_knowing_it(plain):
        return "does not know where 'that' came from: what was asked about ('I don't know where that came from.')"
    if (any(key in low for key in _ADDS_TO_BEFORE_KEYS) and _ends_first_sentence(_ADDS_TO_BEFORE, plain)) \
            or _ALSO_OPENER.match(plain):
        return "adds to something said before it ('too', 'as well')"
    if "though" in low and _ends_first_sentence(_AGAINST_BEFORE, plain):
        return "sets itself against something said before it ('…, though.')"
    return None


def _ends_first_sentence(pattern: re.Pattern, plain: str) -> bool:
    """`pattern` ends the first sentence: no sentence ends before it (searched, not matched from the start
    over every character, which cost a third of the exclusions' time)."""
    m = pattern.search(plain)
    return m is not None and not any(stop in plain[:m.start()] for stop in ".!?…")


def at_a_quotations_edge(plain: str) -> bool:
    """The line opens on a quotation mark (`'Grief makes liars of us,' she told me…`) or closes one it never opened
    (`…the problem.' I think about that every day.`): someone else's words, or a line cut from inside them."""
    if plain[:1] in _OPENING_MARKS:
        return True
    close = _UNOPENED_CLOSE.search(plain)
    return close is not None and _OPENS.search(plain, 0, close.start()) is None


_OPENING_MARKS = ("'", "‘", '"', "“")
_OPENS = re.compile(r"(?:\A|(?<=\s))['‘\"“](?=\w)")
# a single mark closing words inside the line, after their own punctuation, with the line going on after it (a
# line's own closing double mark at its end is its speaker's quote ending)
_UNOPENED_CLOSE = re.compile(r"[.!?,…]['’](?=\s+\S)")


# A sentence that trails off on a vague tail instead of ending its thought ("…or sometimes you're just beat and you
# know.", "…and stuff like that.", "…or whatever."): spoken, it hands the rest to the listener; printed, it stops.
_TRAILS_OFF = re.compile(r"(?:,?\s+(?:and|but|so|or)\s+(?:you know|stuff|stuff like that|things like that|everything|"
                         r"whatever|all that|all this|so on|so forth)|,\s+or whatever)[.…!]*[”\"’']?\s*\Z", re.I)
_TAIL_CHARS = 40  # the longest tail _TRAILS_OFF ends on ("…, and things like that.”"), searched only there
_TRAILS_OFF_LAST_WORDS = {"know", "stuff", "that", "everything", "whatever", "this", "on", "forth"}
_LINE_END = ".!…”\"’'"  # a line's full stop, ellipsis and closing marks


def trails_off(plain: str) -> bool:
    """_TRAILS_OFF, searched only in a line whose last word can end it, and only in its tail; or a line that stops on
    an ellipsis ("…the ferry was leaving the harbour for good ...", "…a lodger in Penzance, so certainly…"): the
    speaker broke off, or the outlet cut the rest."""
    if plain.rstrip(_MARKS).endswith(_ELLIPSES):
        return True
    last = plain.rstrip(_LINE_END).rpartition(" ")[2]
    return last.lower() in _TRAILS_OFF_LAST_WORDS and \
        _TRAILS_OFF.search(plain, max(0, len(plain) - _TAIL_CHARS)) is not None


_MARKS = "”\"’' "  # closing marks after a line's last word
_ELLIPSES = ("...", "…")
