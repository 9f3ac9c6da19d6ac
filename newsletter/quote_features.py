"""What an editor looks at in a candidate pull-quote: rules that rule it out, and features that rank it.

Exclusions are editors' rules, not preferences: a question, a pleasantry, a fragment, a line that opens by
pointing back (`And…`, `That…`, `She…`), whose first words stand for something said before it
(`I've stolen his walk`, `Mine, and…`) or mid-sentence is never printed. Everything else is ranked by
features whose weights (`quote_weights.py`) are fitted on annotated interviews by `bench/fit_quotes.py`.
"""

from __future__ import annotations

import re

from .extract.scan import led_by_first
from .extract.when import literal_trie
from .extract.words import COMMON_WORDS
from .quote_glance import DANGLING, INTERJECTIONS, IT, POINTING, TIME_TOLD_BEFORE, Context, first_word, \
    opens_on_a_direction, placed_features, starts_mid_sentence, unclosed
from .quote_speech import at_a_quotations_edge, leans_on_before, quotes_someone, spoken_exclusion, trails_off
from .quote_words import WORD, names_after_first, word_facts, word_flags  # noqa: F401 (WORD: read by its tests)

# Several patterns below open with a look-ahead at the letters a match can start with: the regex engine then skips
# to those positions instead of trying `\b` at every character (2-3x faster on the hundreds of candidates a week).
_PLEASANTRY = re.compile(r"(?=[tnampghlTNAMPGHL])(?:\A(?:thanks|thank you)\b|\b(thanks?(?: you)?(?: so much)? "
                         r"for (?:having me|asking)|thank you(?: so much)?[.!]|thanks so much"
                         r"|nice to (?:meet|see) you|(?:a |my )?pleasure to be here|good to (?:see|be with) you|"
                         r"(?:great|happy|glad|thrilled|excited|lovely) to (?:finally )?(?:be|sit|come) "
                         r"(?:here|on (?:this|the|your) (?:couch|show|sofa|stage)|back)))", re.I)
# A host's turn ending on a welcome ("…Marta Quist, welcome.", "Good morning!", "Thanks for coming in, Dev."),
# a name beside it, emphasis or a quotation mark after it.
_WELCOME = re.compile(r"(?:good (?:morning|evening|afternoon)|welcome(?: back)?(?: to (?:the|our) \w+(?: \w+)?)?|"
                      r"hello|nice to (?:have|see) you(?: here)?|thanks? (?:you )?for (?:coming(?: in| on)?|joining us|"
                      r"being here))(?:,?\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?[,.!]*[\s”\"’'*_]*\Z", re.I)


def welcomes(turn: str) -> bool:
    """Whether an interviewer's turn ends on welcoming the guest, with no question after the welcome."""
    return _WELCOME.search(turn, max(0, len(turn) - _WELCOME_CHARS)) is not None


_WELCOME_CHARS = 80  # the longest welcome with a name ("…thank you for being here, Marguerite Okonkwo-Vance.")
# Literals every match of a pattern contains (lower case): a candidate holding none of them is not searched.
_PLEASANTRY_KEYS = ("thank", "to meet", "to see", "to be", "to sit", "to come", "to finally")  # not "to ": most hold it
# The letters re.I matches to an ASCII letter that lower() does not turn into it: a candidate holding one is searched.
_FOLDING = "İıſ"
_HEDGE = re.compile(r"(I think|I guess|I mean|I suppose|You know|Honestly|Basically|Obviously)\b", re.I)
_FILLER = led_by_first(r"\byou know\b|\bsort of\b|\bkind of\b|\bI mean\b|\bum+\b|\buh+\b|\blike,|--|"
                       r"\.\.\.(?=\s*\w)", re.I)
_FILLER_KEYS = ("you know", "sort of", "kind of", "i mean", "um", "uh", "like,", "--", "...")
_MARKUP = led_by_first(r"\]\(|</?[a-zA-Z][^>]*>|&[a-z]+;|&#\d+;")
_OTHER_QUOTE = re.compile(r"[“”\"]")
# "You know" and "you see" are filler, "you guys" the room, "thank you" a courtesy: none is the generic "you"
# an editor likes ("You can't fake a cold open."), so they are not counted as talking to "you".
_YOU_NOT_READER = led_by_first(r"\byou (?:know|see|guys)\b|\b(?:thank|mind) you\b", re.I)
# Without a tagger, a clause shows its verb by an auxiliary, a contraction or a subject pronoun followed by a word.
# The verbs as a trie: the engine tries a few letters at each word, not fifty words (only whether it matches is read).
_FINITE = led_by_first(r"\b(?:" + literal_trie("""is was are were am be been being have has had do does did can could
                     will would shall should may might must get got gets go goes went know knew think thought feel felt
                     want wanted love loved need needed make made take took say said see saw""".split())
                     + r")\b|[’'](?:s|re|ve|d|ll|m)\b|"
                     r"n[’']t\b|\b(?:I|we|you|he|she|they|it)\s+[a-z]+(?:ed|s)?\b", re.I)
FINITE = _FINITE  # quote_answers reads a sentence's verb by it too


# Openings of an answer that is a list or a verdict, not a statement: it leans on the question asked.
_LEANING = re.compile(r"\A(?:(?:honestly|well|oh|yeah|yes|no|um|uh|i'd say|i’d say),?\s+)?"
                      r"(?:things like|stuff like|not really|not at all|maybe|probably|hopefully|of course|"
                      r"a little|a lot|both|neither|either|all of (?:them|it)|none of|"
                      r"(?:about|around|almost|nearly|roughly|over|under|only|just|maybe)\s+(?:a|an|one|two|three|"
                      r"four|five|six|seven|eight|nine|ten|twelve|twenty|a few|a couple|half|\d+))\b"
                      # a verb cut short, its rest in the question: "I used to, and then…", "We did, but…", "I do."
                      r"|\A(?:(?:honestly|well|oh|yeah|yes|no),?\s+)?(?:I|we|they)\s+(?:(?:really|certainly|"
                      r"definitely|absolutely|still|never|always|sometimes)\s+)?(?:used to|do|did|does|have|had|"
                      r"will|would|can|could|am|was|were|might|must)(?:n[’']t| not)?(?=\s*[,.;!…—])"
                      r"|\A(?:(?:honestly|well|oh|yeah|yes|no),?\s+)?(?:I|we|they)\s+(?:can[’']t|cannot|won[’']t)"
                      r"(?=\s*[,.;!…—])"
                      # a thing named alone, then what follows it: "Coffee, then I…", "The heat, and then the cold."
                      r"|\A(?:the\s+)?(?!(?:now|well|so|yes|yeah|no|oh|okay|ok|right|back|since|only|even|just|and|but|"
                      r"by|until|till|sometimes)\b)[a-z]+(?<!ly),\s+(?:and\s+)?then\b(?!,)"
                      # a stock reply to "will you…?" alone: "Never say never here.", not "Never say never, but I…"
                      r"|\A(?:(?:well|oh|look|ha),?\s+)?(?:never say never|who knows|we(?:'ll|’ll| will) (?:just )?see|"
                      r"time will tell|watch this space|you never know)(?:\s+[\w’']+){0,4}[.!…]"
                      # a correction of what was asked: "Not from the show, from my own kitchen.", "Not the real keys,
                      # the prop keys." (not "Not once, in six years, did…", "Not many people…", nor a list of what
                      # is not: "Not the good ones, not the bad ones.")
                      r"|\A(?:(?:well|oh|no),?\s+)?not\s+(?!(?:only|once|many|much|every\w*|all|one|a single|even|"
                      r"since|until|till|long|enough|quite|yet)\b)(?:the|a|an|my|from|in|at|on|for|with|about|by)\b"
                      r"[^,.;!?…]{1,40},\s+(?!not\b)",
                      re.I)
# The first words _LEANING's openings can start on; its fourth opening holds "then".
_LEANING_FIRST = {"honestly", "well", "oh", "yeah", "yes", "no", "um", "uh", "things", "stuff", "not",
                  "maybe", "probably", "hopefully", "of", "a", "both", "neither", "either", "all", "none", "about",
                  "around", "almost", "nearly", "roughly", "over", "under", "only", "just", "i", "we", "they",
                  "look", "ha", "never", "who", "time", "watch", "you"}
# A pronoun or demonstrative early in the line that stands for something outside it: "I think about that on set".
_ENDS_POINTING = led_by_first(r"\b(?:it|that|this|them|those)[.!…]*[”\"’']?\Z", re.I)  # "…and you cannot prove it."
_POINTER_CHARS = 5  # the longest word _ENDS_POINTING ends on ("those")
_CLOSING = ".!…”\"’'"  # what may stand after it
_POINTS_BACK = re.compile(r"\A(?:\S+\s+){0,5}?(?:that|this|it|them|those|these|him|her)"
                          r"(?=[.,;!?—]|\s+(?:on|in|at|for|with|to|from|again|too|now|then|is|was|'s|’s|and|but|"
                          r"because|every|all|when|so)\b)", re.I)


# A reply about the talk itself speaks to the interviewer, not to readers ("your readers": the outlet's, to its reporter)
_TO_THE_INTERVIEWER = led_by_first(r"\bwhat you(?:'re|’re| are| just)? (?:saying|said|"
                                 r"describing|getting at)\b|\byour (?:advice|question|questions|point|suggestion|"
                                 r"recommendation|tip)s?\b|\byour (?:readers|viewers|listeners|audience)\b|"
                                 r"\b(?:good|great|fair|interesting) question\b|"
                                 r"\ban? (?:tough|hard|difficult|impossible|tricky) question\b|"
                                 r"\b(?:as|like) you (?:said|say|asked|mentioned)\b|\byou(?:'ve| have)? asked\b|"
                                 r"\bquestions? you(?:'re| are)? ask|\bthe (?:way|questions?) you ask|"
                                 r"\byou(?:'re| are) (?:so |absolutely |quite )?right\b|\bthat's a (?:tough|hard) one\b|"
                                 r"\byou (?:understand|get|know|see|remember|reali[sz]e) (?:the reference|the joke|"
                                 r"what I mean|what I[’']m (?:saying|talking about))\b|"  # checks the listener follows
                                 r"\byou guys\b|\by[’']all\b", re.I)  # the hosts in the room, not the readers
# "Marco, I'm going to marry you.": a line opening by calling someone by name talks to the room, not to readers.
_VOCATIVE = re.compile(r"(?:(?:oh|well|look|listen|no|yes),?\s+)?([A-Z][a-z]+)(?:,\s+(?:I|you|we|I'm|I’m|you're|"
                       r"you’re|don't|don’t|stop|look|listen|please|come|tell|thank)|"
                       # typed as a reply, the comma left out: "Gemma your tape has a goat in it…" (not an order:
                       # "Watch your back…")
                       r"\s+(?:you're|you’re|your(?:\s+[a-z]+){1,2}\s+(?:is|was|has|had|looks|sounds|needs|made|makes)))\b")
# A compliment paid back to the interviewer ("That's very kind of you to say"): it answers them, not the readers.
_COMPLIMENT = re.compile(r"(?=[nksglyNKSGLY])(?:\b(?:nice|kind|sweet|generous|lovely) of you\b|"
                         r"\byou(?:'re|’re| are) too kind\b)", re.I)
# The same after a few opening words: "I'm sorry, Bernadette, I know…", "Honestly, Dev, you…".
_VOCATIVE_REACH = 27  # _VOCATIVE_AFTER's first comma comes within this many characters: others are not searched
_VOCATIVE_AFTER = re.compile(r"[^,.!?]{1,25},\s+([A-Z][a-z]+),\s+(?:I|you|we|I'm|I’m|you're|you’re|don't|don’t|"
                             r"let's|let’s)\b")
_TO_THE_INTERVIEWER_KEYS = ("what you", "your ", "question", "as you", "like you", "ask", "right", "that's a ",
                            "the reference", "the joke", "what i", "you guys", "y’all", "y'all")
_COMPLIMENT_KEYS = ("of you", "too kind")
# A line about the answer instead of the subject: a deflection ("That's all I can say.", "I'm not allowed to say")
# or talk about the talk ("I don't know where I'm going with this"). It means nothing without its question.
_ABOUT_THE_ANSWER = re.compile(r"(?=[acqtIiwlyks])(?:\ball I can (?:say|tell you)\b|"
                               # talk about the question's subject as "this" or "it", no noun after it: "I was
                               # talking about this yesterday…", "We've been talking about it since March"
                               r"\b(?:talk(?:s|ing|ed)?|speak(?:s|ing)?|spoke|chat(?:s|ting|ted)?) about (?:this|that|it)"
                               r"(?=[.,;!…]|\s+(?:yesterday|today|tonight|earlier|lately|recently|a lot|all (?:the )?time|all day|"
                               r"since|for|with|when|because|now|again|before|the other day|last|this (?:morning|week)|at|on|in)\b)|"
                               r"\byou(?:'ll|’ll| will|'d|’d| would) have to ask\b|"
                               # a deflection to later: "You'll hear about it soon.", "We'll have to wait and see."
                               r"\byou(?:'ll|’ll| will) (?:hear (?:about it|more)|find out|see)(?: about it)? (?:soon|"
                               r"later|in time|when|one day)\b|\bwait and see\b|"
                               r"\bI(?:'m|’m| am) not (?:going to (?:say|tell|describe|reveal|answer|talk)|telling (?:you|them|anyone))\b|"
                               r"\bcareful (?:about|with) (?:answering|what I say)\b|"
                               r"\b(?:a|an|the)(?: \w+)? question for (?:me|them|the \w+)\b|"
                               r"\bI (?:can(?:'t|’t|not)|won[’']t|will not) (?:say|tell you|reveal|give away|name)"
                               r"(?:(?: (?:much|more|anything|yet|that|this|why|who|which)){0,2}(?=[.,;!…]|\s*\Z)|"
                               r" (?:which|whose|what) \w+(?=[.!…]))|"  # "I won't say which school."
                               r"\bI(?:'m|’m| am) not (?:allowed|supposed|able) to (?:say|tell|talk|reveal|give|ask|"
                               r"answer|discuss|comment)\b|\btold not to (?:say|ask|tell|talk|discuss|answer|comment)\b|"
                               r"\bwhere I[’']m going with (?:this|that)\b|"
                               r"\bI[’']ll stop(?= (?:there|talking|now)\b|[.…])|"
                               r"\bI[’']m (?:rambling|babbling)\b|\bif (?:that|this) makes (?:any )?sense\b|"
                               r"\blost my train of thought\b|"
                               r"\bkill me if I (?:said|say|told|tell|gave|give)\b)", re.I)  # "Grace would kill me if I said more"
_ABOUT_THE_ANSWER_KEYS = ("about this", "about that", "about it", "all i can", "careful", "question for", "can't", "can’t", "cannot", "won't", "won’t", "kill me if",
                          "will not", "not allowed", "not supposed", "not able", "going with th", "ll stop", "rambling", "babbling",
                          "makes sense", "makes any sense", "train of thought", "have to ask", "not going to", "not telling",
                          "told not to", "hear about it", "hear more", "find out", "ll see", "will see", "wait and see")

# Opening shapes whose words stand for something outside the line (each a kind, not a line of one article): a third
# person early that no name before it stands for ("By the second week he was sharing…"); the speaker acting on
# "him"/"his" or on "one"/"mine" standing for a thing named in the question ("I've stolen his walk", "I bought mine
# at a car boot sale"); "Let him…"; a verdict on "that" ("I think that's the bravest thing…"); "It" doing something
# ("It surprised everyone…"); "of them" early ("One of them watched me…"); a deflection to later ("Ask me when…");
# a bare answer to "which"/"whose" ("Mine, and…"); a reply to quoted words. "It"/"her" after a verb: left to ranking.
_REFERS_OUTSIDE = re.compile(
    TIME_TOLD_BEFORE + r"|(?:By|When|After|Before|Then|Once|Since|Until|Later|Eventually|Finally|Now|At|On|In|For|If|Because|Every|Each)"
    r"\s+(?:[a-z’']+,?\s+){0,3}(?:he|she|they|him|them)\b(?!['’])|(?:(?:I|I've|I’ve|I'd|I’d|I'll|I’ll|I'm|I’m|You|You'd|You’d|We|We'd|We’d|Let)"
    r"(?:\s+(?!the\b|a\b|an\b|my\b|our\b|your\b)[a-z’']+){0,4}?\s+"
    r"(?:him|his|(?:one|mine)(?=[,.;!…]|\s+(?:at|in|on|between|from|for|when|with|to|and|but)\b))\b"
    # a verdict on "that", on "it" as a thing named or on "they" after a hedge: "I think that's…", "I think they let me…"
    r"|(?:I (?:think|guess|suppose|believe|reckon)|I[’']d say|(?:It )?[Tt]urns out|Maybe|Perhaps|Probably),?\s+"
    r"(?:they\b|that(?:'s|’s| is| was)\b|it(?:'s|’s| is) (?:the|a|an|my|our)\b(?![^,.;!?…]*\b(?:to|that|when|if|how)\b))"
    # someone's words or meaning, the someone and the words outside the line: "I'm still not sure what she meant"
    r"|I(?:[’'](?:m|ve|d)| am| have| had)?(?:\s+(?:[a-z’']+)){0,4}?\s+what\s+(?:he|she|they)\s+"
    r"(?:meant|means|said|was saying|were saying)\b"
    r"|It\s+(?:[a-z]+ed|said|told|read)\b|It(?:[’']s| is| was) called\b"  # "It said I…", "It's called Gerald…"
    r"|It\s+(?:opens|starts|begins|ends|closes)\s+(?:with|on)\b"  # "It opens with…": the episode told about before
    # "It's from a petrol station.", "It was from my mother.": where a thing outside the quote came from
    r"|It(?:'s|’s|\s+is|\s+was)\s+from\s+(?:a|an|the|my|his|her|our|their)\b"
    # "It makes me cry in the car.": "it" acting on the speaker stands for a thing named before, unless a clause
    # right after says what it is ("It drives me mad when…", "It takes me an hour to…")
    r"|It\s+(?!(?:i|ha|doe|wa)s\b)[a-z]+s\s+(?:me|us)\b(?!(?:\s+[\w’']+){0,2}?\s+(?:that|when|whenever|how|if|what|to)\b)"
    # a first word acting on "him"/"her" ("Give him a year…", "Ask her about…", "With him…")
    r"|[A-Z][a-z]+\s+(?:him|her)\b"
    r"|Ask me (?:when|again|after|later|next)\b"
    r"|(?:Oh,?\s+l|L)ook at\b"  # "Look at my eyes in the airlock scene.": at something shown, on screen or in the room
    r"|(?:Mine|Yours|Hers|Theirs|Ours)\b(?!\s+(?:is|was|are|were|of)\b)"
    r"|The ones?(?=,|\s+(?:in|on|at|where|with|from|when)\b)"
    # a part or turn of something told before: "The rest is…", "The second time…", not "The rest of the cast…"
    r"|The (?:rest\b(?!\s+of\b)|(?:second|third|next|other) time\b|(?:first|second|third|next|other|last) one\b|"
    r"difference (?:is|was)\b|same thing\b)"
    r"|(?:[A-Z][\w’'\-]+|He|She|They)\s+(?:only\s+|just\s+)?(?:says|said)\s+that(?=\s+(?:because|since|to|about)\b|[,.!…]))")
# "of them", or "of these"/"of those" standing alone (a word after them that can't be their noun: a stop, a
# conjunction, a preposition, a time), early: "One of them watched me…", "I did three of these yesterday…".
_OF_THEM = re.compile(r"(?:\S+\s+){0,6}?(?:of|with) (?:them\b|th[eo]se(?=[.,;:!…—]|\s+(?:and|but|or|so|because|"
                      r"yesterday|today|tonight|before|ago|again|already|now|then|in|on|at|for|with|to|from|every|"
                      r"all|I|we|you|he|she|they|it|a|an|the|my|our)\b))")
_OF_THEM_KEYS = ("them", "these", "those")  # a line holding none is not searched
# A conditional whose answer has no verb answers "how long" or "how much" ("If it's good, a long time.").
_ELLIPTICAL_IF = re.compile(r"If (?:it|that|they|he|she)(?:'s|’s| is| was| are)\s+[a-z]+,\s+([^.!…]+)[.!…]")
# Lines bound to the occasion: love and thanks to the fans watching, or the interview itself as the place.
_OCCASION = re.compile(r"(?=[ilkafwdILKAFWD])(?:\bI love you\b|\blove you all\b|\bkeep watching\b|"
                       r"\bin this interview\b|\bin print\b|"
                       # the talk announced as the event: "I've waited four years to be allowed to talk about this"
                       r"\b(?:allowed|able|free|waiting|waited|dying) to (?:finally )?(?:talk|speak) about (?:this|it)\b|"
                       # a live stream's own room: its comments and chat read out, its link
                       r"\bI can see (?:the|your|all the|all your) (?:comments|questions|messages|chat)\b|"
                       r"\bin the chat\b|\blink in (?:my|the) bio\b)", re.I)
_OCCASION_KEYS = ("love you", "keep watching", "in this interview", "in print", "can see", "the chat", " bio",
                  "to talk about", "to speak about", "finally talk", "finally speak")


# A thing held up or shown while speaking, named only as "this": "It was on the back of this.", "Look at these."
_HELD_UP = re.compile(r"\b(?:of|at|on|in|with|like|from|under|behind)\s+(?:this|these)\s*(?:[.!…]+[”\"’']?(?=\s|\Z)|\Z)",
                      re.I)
_HELD_UP_KEYS = ("this", "these")


def exclusion(plain: str, words: list[str], quoted_comma: bool, continued: bool = False,
              flags: int | None = None, typed_lower: bool = False) -> str | None:
    """Why an editor would never print this line, or None.

    `continued`: the quote breaks off at a comma and its sentence goes on after the attribution
    (“I think,” she says, “that…”). A comma before the attribution alone is the printed full stop. `flags`:
    quote_words.word_flags(words), worked out when not given. `typed_lower`: a chat's small first letter is no cut.
    """
    first = first_word(plain, words)
    low = plain.lower()
    if continued:
        return "a fragment (the quote goes on after the attribution)"
    if _may_lean(plain, first, low) and _LEANING.match(plain):
        return "leans on the question (a list or a verdict, not a statement)"
    if "?" in plain:
        return "a question, or holds one"
    if _CAPTION_TAG.match(plain):
        return "a social post's caption ('POV: …'), not speech"
    # the cheap tests of the first words before the searches of the whole line
    if starts_mid_sentence(plain, typed_lower):
        return "starts mid-sentence"
    if opens_on_a_direction(plain):
        return "opens on a note of what the speaker does ('(leaning in) …')"
    if first in POINTING:
        return f"opens with '{words[0]}' (points outside the quote)"
    if _holds(plain, low, _PLEASANTRY_KEYS) and _PLEASANTRY.search(plain):
        return "a pleasantry"
    if _holds(plain, low, _TO_THE_INTERVIEWER_KEYS) and _TO_THE_INTERVIEWER.search(plain) or \
            _holds(plain, low, _COMPLIMENT_KEYS) and _COMPLIMENT.search(plain):
        return "speaks to the interviewer about the conversation"
    if _holds(plain, low, _ABOUT_THE_ANSWER_KEYS) and _ABOUT_THE_ANSWER.search(plain):
        return "about the answer, not the subject (a deflection or talk about the talk)"
    if _holds(plain, low, _OCCASION_KEYS) and _OCCASION.search(plain):
        return "bound to the occasion (to the fans watching, or about this interview)"
    if spoken := spoken_exclusion(plain, words, flags):
        return spoken
    if trails_off(plain):
        return "trails off ('…and you know.', '…or whatever.')"
    if _calls_by_name(plain):
        return "speaks to someone in the room by name"
    if _holds(plain, low, _HELD_UP_KEYS) and _HELD_UP.search(plain):
        return "points at something in the room ('…on the back of this.')"
    if quotes_someone(plain) or at_a_quotations_edge(plain):
        return "its words are someone else's, quoted inside it"
    if first in DANGLING:
        return f"opens with '{words[0]}' (goes on from something said before)"
    if _REFERS_OUTSIDE.match(plain) or (_holds(plain, low, _OF_THEM_KEYS) and _OF_THEM.match(plain)):
        return "its first words stand for something outside the quote"
    if before := leans_on_before(plain, low, word_flags(words) if flags is None else flags):
        return before
    if (m := _ELLIPTICAL_IF.match(plain)) and _FINITE.search(m.group(1)) is None:
        return "answers its question without a verb ('If it's good, a long time.')"
    if unclosed(plain, quoted_comma):
        return "a fragment (no closing punctuation)"
    return None


def comments_back(plain: str, words: list[str]) -> bool:
    """A sentence that opens on what was said before it ("That's most of life, really.", "It's a very specific
    face.", "I think that's most of us."): a comment on the sentence before, not a thought of its own."""
    first = words[0].lower() if words else ""
    return first in POINTING or first in DANGLING or first in IT or _REFERS_OUTSIDE.match(plain) is not None


_CAPTION_TAG = re.compile(r"(?:POV|PSA|Storytime)\s*:", re.I)  # tags a social video's on-screen caption opens on
_OPENING_ADVERBS = {"yesterday", "today", "tonight", "tomorrow", "sometimes", "afterwards", "meanwhile", "instead",
                    "anyway", "later", "overall", "besides", "otherwise", "again", "still", "please", "both", "sure"}


def _calls_by_name(plain: str) -> bool:
    """Opens with a name and a comma before the words spoken to them ("Marco, I'm going to marry you.", a letter's
    "Dear Copied, take…"), or sets one off by commas after its first words ("I'm sorry, Bernadette, I know…"), the
    name not an everyday word or an adverb ("Honestly, I…")."""
    if plain[:5].lower() == "dear " and plain.find(",", 5, _VOCATIVE_REACH) != -1:
        return True
    m = _VOCATIVE.match(plain) or (_VOCATIVE_AFTER.match(plain) if plain.find(",", 1, _VOCATIVE_REACH) != -1 else None)
    if not m:
        return False
    word = m.group(1).lower()
    return word not in COMMON_WORDS and word not in INTERJECTIONS and word not in _OPENING_ADVERBS \
        and not word.endswith("ly")


def features(text: str, plain: str, words: list[str], ctx: Context,
             flags: int | None = None) -> dict[str, float]:
    """The numbers the fitted weights rank a candidate by (0 means absent); `flags`: quote_words.word_flags(words),
    worked out when not given."""
    first = words[0].lower() if words else ""
    first_person, feelings, yous, number = word_facts(plain, words,
                                                      word_flags(words) if flags is None else flags)
    (one_breath, long_but_fine, exclamation, it_opener, interjection_opener, speaker_opener, two_sentences,
     ends_at_comma, first_in_answer, answer_on_speaker, quoted_in_prose, short_answer, opens_turn, closes_turn,
     clause, after_reply, concrete) = placed_features(words, first, plain, ctx)
    # Conditional constants, not float(bool(…)): a call each, for 28 features of every candidate.
    return {
        "one_breath": one_breath,
        "long_but_fine": long_but_fine,
        "first_person": 1.0 if first_person else 0.0,
        "feeling": min(2, feelings) / 2,
        "concrete": concrete,
        "number": 1.0 if number else 0.0,
        "exclamation": exclamation,
        "hedge_opener": 0.0 if _HEDGE.match(plain) is None else 1.0,
        "filler": min(2, len(_FILLER.findall(plain))) / 2 if _holds(plain, plain.lower(), _FILLER_KEYS) else 0.0,
        "it_opener": it_opener,
        "points_back": 1.0 if _POINTS_BACK.match(plain) is not None or _ends_pointing(plain) else 0.0,  # \A-anchored
        "interjection_opener": interjection_opener,
        "speaker_opener": speaker_opener,
        "addresses_you": 1.0 if yous and _speaks_to_reader(plain, yous) else 0.0,
        "quotes_someone": 0.0 if _OTHER_QUOTE.search(text) is None else 1.0,
        "markup": 0.0 if _MARKUP.search(text) is None else 1.0,
        "two_sentences": two_sentences,
        "no_verb": 1.0 if _FINITE.search(plain) is None else 0.0,
        "ends_at_comma": ends_at_comma,
        "first_in_answer": first_in_answer,
        "answer_on_speaker": answer_on_speaker,
        "featured_in_lead": 1.0 if ctx.featured else 0.0,
        "quoted_in_prose": quoted_in_prose,
        "short_answer": short_answer,
        "opens_turn": opens_turn,
        "closes_turn": closes_turn,
        "proper_noun": 1.0 if names_after_first(words) else 0.0,
        "clause": clause,
        "after_reply": after_reply,
        # "You learn these funny little things, I've had to leave…": the speaker's own story told as "you", talk;
        # a rule to "you" alone ("You can't fake a cold open.") is the line editors print
        "you_and_me": 1.0 if first_person and yous and _speaks_to_reader(plain, yous) else 0.0,
    }


def _speaks_to_reader(plain: str, yous: int) -> bool:
    """Some "you" in the line (`yous` of its whole words) is not filler, the room or a courtesy."""
    return yous > len(_YOU_NOT_READER.findall(plain))


def _holds(plain: str, low: str, keys: tuple[str, ...]) -> bool:
    """Whether `plain` (`low` in lower case) may match a pattern every match of which contains one of `keys`."""
    return any(map(low.__contains__, keys)) or _folds(plain)  # a find a key, in C


def _may_lean(plain: str, first: str, low: str) -> bool:
    """Whether _LEANING can match the line (`first`: its first word, `low`: it, in lower case): its openings start
    on a word of _LEANING_FIRST, whole or before an apostrophe ("maybe'", "I'd"), or hold "then"."""
    return first.partition("'")[0].partition("’")[0] in _LEANING_FIRST or "then" in low or _folds(plain)


def _folds(plain: str) -> bool:
    """Whether `plain` holds a letter re.I matches to an ASCII one that lower() does not turn into it."""
    return not plain.isascii() and any(map(plain.__contains__, _FOLDING))  # a find each: a search costs more




def _ends_pointing(plain: str) -> bool:
    """_ENDS_POINTING, searched only where its word can start: right before the closing marks."""
    return _ENDS_POINTING.search(plain, max(0, len(plain.rstrip(_CLOSING)) - _POINTER_CHARS)) is not None


REASONS = {
    "one_breath": "reads in one breath (9-20 words)", "long_but_fine": "long but fine (21-25 words)",
    "first_person": "first person", "feeling": "feeling words", "concrete": "concrete words",
    "number": "a number", "exclamation": "exclamation", "hedge_opener": "opens with a hedge",
    "filler": "spoken filler", "it_opener": "opens with 'it'",
    "points_back": "a pronoun early on points outside the quote",
    "interjection_opener": "opens with an interjection", "addresses_you": "talks to 'you'",
    "speaker_opener": "opens with the speaker (I, my, we, our)",
    "quotes_someone": "quotes someone else", "markup": "markup remnants (links, tags or entities)",
    "two_sentences": "two sentences", "no_verb": "no verb to be seen (a fragment answering a question)", "ends_at_comma": "ends at a comma before its attribution", "first_in_answer": "first words of an answer (may lean on the question)",
    "featured_in_lead": "the outlet featured it in the lead",
    "quoted_in_prose": "the journalist quoted it in the story", "short_answer": "from a short answer or quote",
    "opens_turn": "opens its answer", "closes_turn": "closes its answer (the point it lands on)", "proper_noun": "names someone or something",
    "clause": "a clause of a sentence too long to print whole",
    "after_reply": "goes on from a one- or two-word reply to the question",
    "answer_on_speaker": "an answer that opens on its speaker (I, my, we, our)",
    "you_and_me": "talks to 'you' and of the speaker at once",
}
