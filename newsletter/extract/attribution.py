"""The speakers of direct quotes in prose: speech verbs on either side, `according to`, role nouns,
pronouns checked against the gender the article itself uses for each person."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Quote
from .cast import HONORIFICS, NOBODY_IN_PARTICULAR, SPEAKER_NAME, Cast
from .not_names import without_office
from .layout import Para
from .lists import list_item_at
from .print_pages import jump_line
from .quoted_titles import a_title_in_prose, held_at_arms_length
from .quote_spans import Found, find_quotes
from .unclaimed import TRADE_HEAD, field_answer, led_to_subject, opener_speaks, one_voice, reports_a_question, runs_on_backward
from .speech_marks import reports_a_quote
from .carried import EPITHET as _EPITHET, EPITHET_RX as _EPITHET_RX, carried_speaker
from .words import RARE_SPEECH_STEMS, RARE_SPEECH_VERB_WORDS, SPEECH_VERB_WORDS, SPEECH_VERBS as _VERBS
from .block_quotes import TOPIC_LEAD
from .spoken_about import (ASKING_CLAUSE as _ASKING_CLAUSE, NEARBY_REACH, other_speaker, pronoun_speaker, speaks_of,
                           without_asking as _without_asking)
from .sentences import last_sentence, last_sentence_start
from .trades import given_trade
from .mentions import (ROLE_MENTION as _ROLE_MENTION, back_to_subject, note_mentions as _note_mentions,
                       remember as _remember)
from .pronouns import (KIN as _KIN, LEADING_CLAUSE as _LEADING_CLAUSE, ROLE_NOUNS as _ROLE_NOUNS, a_person, gender_in,
                       gender_leaning, gender_of, names_someone_else, of_their_gender, singular_they, speaks_of_subject, subject_gender,
                       GENDERED_WORD as _GENDERED_WORD, UNNAMED as _UNNAMED)
from .reporting import a_characters_line, reporting_subject
from .scan import led_by_first
from .when import literal_trie

OPENING_MARKS = "“\"‘'"  # a quote's words start right after one (single ones in papers that speak in them)
CLOSING_MARKS = "”\"’'"
_NAME = SPEAKER_NAME
# "The 34-year-old carioca": a profile's subject by age and a word for where they are from, whatever the word
_AGE = re.compile(r"\d+")
_AGED = r"[Tt]he \d{1,2}-year-old(?: (?!(?:who|that|which|and|is|was|has|had|from|in|of)\b)[a-zà-ÿ][\w-]*|(?=,|\Z))"
_PRONOUN = rf"(?:he|she|they|He|She|They|I|[Tt]he (?:\d+-year-old |[\w-]+ )?{_ROLE_NOUNS}|{_AGED}|{_EPITHET}|{_UNNAMED})"
_PRONOUN_WHOLE = re.compile(_PRONOUN)
_HEAD_OF = r"head of [a-z]+(?: [a-z]+)?"  # "Halyard's head of sales, Benedikta Oyenuga": a post in an organisation
# and whose it is (_POST_PREFIX), read right after a quote only: _BEFORE searches long texts with _ROLE_PREFIX
# "says actor Cillian Murphy", "says her friend, art director Ana Ruiz": a role or a relation before a name is not it
_ROLE_PREFIX = rf"(?:(?:her|his|their|the|fellow)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}|{_KIN})s?,?\s+"
_POST_PREFIX = rf"(?:(?:her|his|their|the|fellow)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUNS}|{_KIN}|{_HEAD_OF})s?,?\s+"
_AND_ANOTHER = rf"(?:\s+and\s+{_NAME})?"  # "…,” presidents Ana Ruiz and Tom Vey said": the first speaks for both
_SPEECH_VERB_SET = frozenset(SPEECH_VERB_WORDS)
_PANEL_ROLES = frozenset("moderator panelist panellist presenter anchor reporter narrator judge guest".split())
_PERFORMERS = r"(?:co-?)?(?:actress|actor|star|performer|comedian|singer|heartthrob|galã|leading man|leading lady|" \
              r"starlet|ingénue|thespian)"  # what a profile calls its subject for variety
# "Whitcombe, who knew more, held up both hands and said,": what the speaker did first, then the speech verb.
_AND_THEN = r"(?:\s+[^.!?“”\"\n]{1,60}?\s+and)?"
# "Its lead, Greta Holm, said", "Her co-star Rhett Lund, who plays…, remembers": a role, then the name.
_HEAD = r"(?:(?:[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|[Tt]he)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*,?\s+(?=[A-Z]))?"
# "Her co-star ", "His mother ": whose person the name is (not "Her character Ruth Kane", "Her show Night Desk")
_WHOSE = rf"(?:(?:[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_ROLE_NOUNS}|{_KIN}),?\s+(?=[A-Z]))?"
# "Fox, 34, says", "Voss, who plays the getaway driver, told us", "VARGA (Ned) adds"
_APPOSITIVE = r"(?:,\s[^,“”\"\n]{1,80},|\s\([^()\n]{1,40}\))?"
def _after_pattern(verbs: str, prefix: str = _ROLE_PREFIX, comma: str = "") -> re.Pattern:  # `“…,” says Voss`
    return re.compile(rf"\A[\s,—–-]*(?:(?:{prefix})?(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}{_AND_ANOTHER}{comma}\s+(?:\w+ly\s+)?{verbs}\b"
                      rf"|{verbs}\s+(?:{prefix})?(?P<b>{_NAME}|{_PRONOUN})\b)")
_AFTER = _after_pattern(_VERBS)


@lru_cache(maxsize=None)
def _after_rare(post: bool) -> re.Pattern:
    """_AFTER for a rare verb ("…,” she affirmed.") or an organisation's post ("said Halyard's head of sales, Ana
    Ruiz"), compiled when an article first needs it: every pattern compiled at import costs every run."""
    return _after_pattern(_VERBS, _POST_PREFIX, ",?") if post else _after_pattern(_RARE_VERBS)


_RARE_VERBS = "(?i:" + literal_trie(RARE_SPEECH_VERB_WORDS) + ")"
_BEFORE = led_by_first(rf"(?:{_HEAD}(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}{_AND_THEN}\s+(?:\w+ly\s+)?{_VERBS}\b"
                       rf"[^.!?“”\"]{{0,80}}?"
                       rf"|{_VERBS}\s+(?:{_ROLE_PREFIX})?(?P<b>{_NAME}))[:,]?\s*\Z")  # "Admits Fox:", "Seconds Dhillon,"
_ANY_VERB = led_by_first(_VERBS)  # in every match of _BEFORE, _BEFORE_CLOSE: a text with none is not searched with them
_VERB_AS_LISTED = led_by_first(literal_trie(SPEECH_VERB_WORDS))  # the verbs in lower case, as words.py lists them

def _holds_verb(text: str) -> bool:
    """_ANY_VERB.search(text) is not None. An ASCII text (nearly every one) is searched lowered, in the verbs' own case:
    re.I matches an ASCII letter to its two cases only, and the engine reads a case-blind pattern 3 times slower."""
    return (_VERB_AS_LISTED.search(text.lower()) if text.isascii() else _ANY_VERB.search(text)) is not None
# The same, with nothing between the verb and the quote: how a short quote must be introduced to be speech
# ("Voss says: “Guilty.”"), not a phrase the journalist holds at arm's length ("she says of the so-called “storm”").
_BEFORE_CLOSE = re.compile(rf"(?:{_HEAD}(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}\s+(?:\w+ly\s+)?{_VERBS}\b"
                           rf"|{_VERBS}\s+(?:{_ROLE_PREFIX})?(?P<b>{_NAME}))[:,]?\s*\Z")
# "Showrunner Gideon Asante-Marsh called her departure “the hardest rewrite of my career”": the one who named it
# so said those words.
_CALLED = re.compile(rf"{_HEAD}(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}\s+(?:\w+ly\s+)?(?:called|calls|described|describes|"
                     rf"dubbed|dubs)\s+(?:[\w’'\-]+\s+){{0,4}}?(?:as\s+)?\Z")
_CALLING = ("call", "describ", "dub")  # every match of _CALLED holds one: a text holding none is not searched
# "as Variety put it, “…”", "as Okafor puts it: “…”": whoever put it so, a person or a paper
_AS_PUT = re.compile(rf"\b[Aa]s\s+(?P<a>{_NAME}|{_PRONOUN})\s+(?:puts?|says|said|wrote|writes)\s+it[,:]?\s*\Z")
# “…,” albeit a mostly professional one, McGill says.: a short aside of the journalist's, then who says it
_AFTER_ASIDE = re.compile(rf"\A,?\s+[a-z][^.!?“”\"\n,]{{2,60}},\s+(?P<a>{_NAME})\s+{_VERBS}\s*[.,;]")
# "Not only does Fox confirm that the reunion is “…”": the verb after "does" in its plain form, the name before it
_DOES_SAY = re.compile(rf"\b(?:does|did)\s+(?P<a>{_NAME})\s+(?:say|confirm|admit|reveal|insist|promise|agree|explain)"
                       r"\b[^.!?“”\"\n]{0,120}\Z")
# in every match of _DOES_SAY: a text with neither is not searched with it (its leading \b is tried at every character)
_DOES_SAY_HOLDS = ("does", "did")
_ACCORDING = re.compile(rf"\A[\s,]*according to\s+(?P<a>{_NAME})")
# "She put it simply: “…”": a sentence whose subject is a person, ending in a colon, hands over to that person.
# "Vollmer, on why it ended there:" too: the topic set off by a comma.
_COLON_INTRO = re.compile(rf"\A\s*(?:{_LEADING_CLAUSE})?{_HEAD}(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}"
                          rf",?\s+[^.!?“”\"\n:]{{1,80}}:\s*\Z")
# "**3:52 p.m.** Drury on…:", "**The truck has a name.** …": a bold time or heading that leads a paragraph in, read
# apart from the sentence after it.
_LEAD_IN = re.compile(r"\A\s*(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*")
# "Next we asked showrunner Ana Ruiz: “…”": the person the journalist turns to answers, whoever the subject is.
_ASKED_COLON = re.compile(rf"\b(?:(?:talked|spoke|speaking|talking|turned)\s+(?:to|with)|asked|caught up with|"
                          rf"sat down with)\s+(?:[a-z][\w-]*,?\s+){{0,3}}(?P<a>{_NAME})\s*:\s*\Z")

def _named_speaker(after: str, before: str, short: bool, body: str) -> str | None:
    """The name or pronoun a speech verb gives a quote: after it (`“…,” says Voss`), `according to`, or before
    it (`Voss says: “…”`, `She put it simply: “…”`, a person's: not `Paris, on the last night:`); a short quote
    only straight after its verb."""
    before_rx = (_BEFORE_CLOSE if short else _BEFORE) if _holds_verb(before) else None
    called_rx = _CALLED if not short and any(word in before for word in _CALLING) else None
    end = before.rstrip()  # _AS_PUT ends on "it", _ASKED_COLON and _COLON_INTRO on a colon: the rest need no search
    as_put = _AS_PUT if (end[:-1] if end[-1:] in ",:" else end).endswith("it") else None
    colon_rxs = (_ASKED_COLON, _COLON_INTRO) if end.endswith(":") else (None, None)
    rare = _after_rare(False) if any(stem in after for stem in RARE_SPEECH_STEMS) else None
    post = _after_rare(True) if "head of" in after else None  # before _AFTER, which reads "said Halyard's" as a name
    does_say = _DOES_SAY if _DOES_SAY_HOLDS[0] in before or _DOES_SAY_HOLDS[1] in before else None
    for rx, text in ((as_put, before), (post, after), (_AFTER, after), (rare, after), (_AFTER_ASIDE, after), (_ACCORDING, after), (does_say, before), (before_rx, before), (colon_rxs[0], before),
                     (colon_rxs[1], before), (called_rx, before)):
        m = rx.search(text) if rx else None
        while m and (m.group("a") or "").lower() in NOBODY_IN_PARTICULAR:
            m = rx.search(text, m.end("a"))  # "Somebody asked her … and she said, “…”": she speaks
        if m and rx is _CALLED and " " not in m.group("a") and not _PRONOUN_WHOLE.fullmatch(m.group("a")):
            continue  # "Critics called the finale “…”": a full name or a pronoun calls things so, not a crowd
        if m and rx is _COLON_INTRO and not a_person(m.group("a"), body):
            continue
        if m:
            name = m.group("a") or m.groupdict().get("b")
            if name and " " in name and name.isupper():
                if rx is not _AFTER or not m.group("a"):
                    return None  # "SOAP STAR JODIE PENNOCK: “…”", "“…,” SAID MONDAY": a headline or a wire lead shouting
                name = name.title()  # "“…,” JORJA FOX tells ET": a paper that sets its speakers' names in capitals
            return name
    return None


def _acting_subject(sentence: str, body: str) -> str | None:
    """`Voss shrugged.`, `She laughs at the memory.` or `The success surprised her.` right before a quote: the
    person doing it, or feeling it, speaks next (a person: not `Everyone went quiet.` or `Filming began.`)."""
    sentence = _LEAD_IN.sub("", sentence)
    m = _ACTING.match(sentence) or _ACTED_ON.match(sentence)
    if m and len(sentence[m.start("a"):].split()) <= _MAX_ACTING_WORDS:
        # counted from the person: "Asked about a reunion, Quelch smiled." is short
        return m.group("a") if a_person(m.group("a"), body) else None
    if reports_a_quote(sentence):
        return None
    reported = _REPORTED.search(sentence) or _ACCORDING_LEAD.match(sentence)
    return reported.group("a") if reported else None


# "According to the brand's head blender, Ruairi Penwarden, the leaves come from…": the one the sentence reports
_ACCORDING_LEAD = re.compile(rf"\s*According to\s+(?:[^,.!?“”\"\n]{{1,60}},\s+)?(?P<a>{_NAME}),")
# What may follow a paragraph's last quote and leave it closing the paragraph: the rest of its sentence, naming
# nobody (`…as someone “very in touch with his childhood,” which gives him a unique view of what he does.`).
_CLAUSE_TAIL = re.compile(r"[^.!?A-Z“”\"\n]{0,160}[.!?]?[\s*_]*")


def _closing_voice(body: str, p: Para, found: list[Found]) -> tuple[str | None, bool]:
    """Whose quote closes a paragraph (within a few characters of its end), and whether the paragraph's last quote
    is a question."""
    speaker = found[-1].speaker if found and (found[-1].mark_end >= p.end - 40 or
                                              _CLAUSE_TAIL.fullmatch(body, found[-1].mark_end, p.end)) else None
    return speaker, bool(found) and body[found[-1].start:found[-1].end].rstrip(" ,").endswith("?")


def attribute_quotes(body: str, paras: list[Para], cast: Cast, byline: str | None,
                      warnings: list[str], subject: str | None = None) -> list[Quote]:
    quotes: list[Quote] = []
    last_person = None
    prev_para_speaker, asked = None, False  # asked: the paragraph before ends on a question in quote marks
    recent: list[str] = []  # people in the order last mentioned, for "he"/"she" (see _by_gender)
    genders: dict[str, str | None] = {subject: subject_gender(subject, body)} if subject else {}
    previous = None
    runs_on: list[bool] = []  # per quote: left open at its paragraph's end and nobody named as its speaker
    opens: list[bool] = []  # per quote: the first words of its paragraph
    alone: list[bool] = []  # per quote: opens its paragraph, after one that brings in nobody but the subject
    for p in [p for p in paras if not jump_line(body[p.start:p.end])]:  # a story goes on over its jump to a page
        found = find_quotes(body, p, warnings)
        cursor = p.start
        kept = None  # the last quote of the paragraph kept as someone's words (titles and scare quotes are not)
        for i, q in enumerate(found):
            last_person = _note_mentions(body[cursor:q.mark_start], cast, recent, body) or last_person
            name, before = _speaker_words(body, p, q, i == 0, previous)
            q.speaker = _claimed(body, p.start, q, name, before, cast, (last_person, byline, subject), recent, genders)
            named, guessed = bool(name and (q.speaker or q.disowned)), False
            scripted = named and a_characters_line(body, q, p.end)
            opens_paragraph = i == 0 and not body[p.start:q.mark_start].strip("*_ \t")  # `**“We can…**`: emphasis aside
            gap, carried = carried_speaker(body, kept, q, cast)
            item = list_item_at(body, p.start, q.mark_start)
            if (q.short or a_title_in_prose(body[q.start:q.end])) and not named and not (carried and gap.rstrip()[-1:] in ".!?"):
                continue  # a title or a scare quote: narration, not a quote ("…,” he says. “Guilty.”" is one)
            elif named:
                pass  # `“…,” says Fox` names its speaker: no carrying over from the quote or paragraph before
            elif carried:
                q.speaker = carried  # “I think,” she says, “that …” / “…,” Voss says. “…”
            elif subject and not q.short and (item is not None or field_answer(body, p.start, q, cast)):
                # "- **The truck has a name.** … “…”", "**2/8** With Dean Okoro. “…”", "Pet hate: “…”": a list, a
                # gallery or a fact file about someone gives each item's unclaimed quote to them, not the item before
                q.speaker, guessed = subject, True
            elif i == 0 and opens_paragraph and prev_para_speaker:  # the previous speaker going on, or after the
                q.speaker = subject if subject and prev_para_speaker == byline and asked else prev_para_speaker  # …
            elif kept is None and subject and not q.short and led_to_subject(
                    body, p, q.mark_start, previous, opens_paragraph, subject, cast, body[q.start:q.end]):
                q.speaker, guessed = subject, True  # the first quote kept: a scare quote before it is narration
            elif i == 0 and not q.short:
                q.speaker = opener_speaks(body[p.start:q.mark_start], q, cast, body, subject) or q.speaker
            q.speaker = of_their_gender(q.speaker, name, subject, genders)
            if q.speaker:  # the journalist's own question ("…?" I ask): no "she says" after it points back to her
                last_person = last_person if name == "I" else _remember(recent, q.speaker)
            elif held_at_arms_length(body, q.mark_start, body[q.start:q.end]):
                continue  # nobody's: a phrase the journalist quotes inside her own sentence
            cursor, kept = q.mark_end, q
            quotes.append(Quote(q.speaker, body[q.start:q.end], q.start, q.end))
            runs_on.append(i == len(found) - 1 and body[q.mark_end - 1] not in CLOSING_MARKS and
                           (q.speaker is None or guessed))
            opens.append(i == 0 and opens_paragraph and name != "I")  # the journalist's question ends the quote before
            alone.append(opens[-1] and not scripted and not name and not (subject and previous and
                                                             names_someone_else(body[previous.start:previous.end], subject, cast)))
        last_person = _note_mentions(body[cursor:p.end], cast, recent, body) or last_person
        if not found and back_to_subject(body[p.start:p.end], subject, genders, body):
            _remember(recent, subject)
            last_person = subject
        prev_para_speaker, asked = _closing_voice(body, p, found)
        previous = p
    return one_voice(runs_on_backward(quotes, runs_on, opens, body), alone, subject, body)


_PRONOUN_GENDER = {"she": "f", "he": "m", "her": "f", "him": "m", "the actress": "f", "the actor": "m"}
def _speaker_words(body: str, p: Para, q: Found, first: bool, previous: Para | None) -> tuple[str | None, str]:
    """The words that name a quote's speaker (a name, a pronoun, "the actress"), or None, and the stretch of its
    sentence before it: a speech verb beside it, else what the sentence or paragraph before reports or does."""
    # The sentence before the quote, no further back than _BEFORE_REACH: a long paragraph (a list written with
    # single line breaks) would otherwise be searched again from its start for every quote it holds.
    reach = max(p.start, q.mark_start - _BEFORE_REACH)
    sentence_start = max(body.rfind(". ", reach, q.mark_start) + 2, reach)
    # "When Deputy Ruiz asks what to tell them, she says only, “…”": the one asking is not the one answering, so
    # the clause that names them neither speaks nor stands before the pronoun
    before = _without_asking(TOPIC_LEAD.sub("", _LEAD_IN.sub("", body[sentence_start:q.mark_start])))
    after = body[q.mark_end:min(p.end, q.mark_end + 120)]
    if _INTO_ITS_OWN.match(after) and body[q.start:q.end].rstrip()[-1:] in ".!?":
        after = ""  # “…a soggy mess.” Vorley told a host that “…”: her verb leads into her own quote
    if after.lstrip(" ,\t").startswith(_I_ASK) and body[q.start:q.end].rstrip(" ,")[-1:] == "?":
        return "I", before  # "“And the beard was real?” I ask.": the journalist's question, whoever spoke before
    named = _named_speaker(after, before, q.short, body)
    # "Okabe, a Night Desk veteran, laughs. “…,” says the veteran.": an epithet is the one the sentence before shows
    name = named if named and not _EPITHET_RX.fullmatch(named) else (
        _acting_subject(body[last_sentence_start(body, max(p.start, sentence_start - _BEFORE_REACH),
                                                  sentence_start - 2):sentence_start], body)
        if not before.strip() else None) or named or (
        _reported_before(body, previous) if first and not body[p.start:q.mark_start].strip("*_ \t") else None)
    if name and name is not named and speaks_of(body[q.start:q.end], name):
        return None, before  # "Jago joined late. “Jago is always late.”": words about him are not his
    if name in _PRONOUN_GENDER and first and not before.strip():
        return _reported_as(body, p, q, previous, _PRONOUN_GENDER[name]) or name, before
    return name, before


def _reported_as(body: str, p: Para, q: Found, previous: Para | None, gender: str) -> str | None:
    """"But Kessel says the episode honours…", then "“…,” she says.": the one the sentence before the quote (in its
    paragraph, or closing the one before) reports speaking as its subject, named, when the article gives them no
    other gender."""
    if body[p.start:q.mark_start].strip("*_ \t"):
        sentence = last_sentence(body[p.start:q.mark_start])
    elif previous is not None:
        sentence = last_sentence(body[previous.start:previous.end])
    else:
        return None
    if any(mark in sentence for mark in _QUOTE_MARKS) or reports_a_question(sentence):
        return None
    reported = reporting_subject(sentence, _REPORTED.search(sentence))
    if not reported or _PRONOUN_WHOLE.fullmatch(reported):
        return None
    # the article's settled word on them, else the sentence's own ("Kessel, who wrote his first script, says…")
    told = gender_in(reported, body) or next((g for g in "fm" if _GENDERED_WORD[g].search(sentence)), None)
    return reported if told in (gender, None) else None


_I_ASK = ("I ask ", "I ask.", "I ask,", "I asked ", "I asked.", "I asked,")  # the journalist, asking in the present or past

# A sentence after a quote that opens a quote of its own before it ends (`She said "yes" right away`).
_INTO_ITS_OWN = re.compile(r"\s+[A-Z][^.!?“”\"\n]{0,80}[“\"]")


def _claimed(body: str, start: int, q: Found, name: str | None, before: str, cast: Cast,
             known: tuple[str | None, str | None, str | None], recent: list[str],
             genders: dict[str, str | None]) -> str | None:
    """Whom the words naming a quote's speaker (`name`: a name, a pronoun, "the actress") stand for; `known` is
    the last person followed, the byline and the subject."""
    last_person, byline, subject = known
    if name:
        q.speaker = _resolve_mention(name, cast, last_person, byline, body, subject)
        gender = _PRONOUN_GENDER.get(name.lower())
        if gender and " " in name and subject and q.speaker == subject and \
                (gender_of(subject, genders, body) or gender_leaning(subject, body)) in (gender, None):
            return subject  # "the actress said": the performer the piece is about, not the lawyer named last
        if not (gender and recent):
            return q.speaker
        speaker = pronoun_speaker(body, start, q, gender, recent, genders, name)
        if speaker and speaks_of(body[q.start:q.end], speaker):
            speaker, q.disowned = other_speaker(body, q.start, q.end, speaker, gender, recent, genders,
                                                body[max(0, q.mark_start - NEARBY_REACH):q.mark_start])
        return speaker
    if subject and not q.short and speaks_of_subject(before, subject, body):
        return subject  # "Fox found comfort in “having a place …”": the subject's own words
    return None


def _reported_before(body: str, previous: Para | None) -> str | None:
    """Who the last sentence of the paragraph before reports as saying something ("He had, he says, no agent at
    the time."), when that paragraph quotes nobody: a paragraph that is all quote goes on in their words."""
    if previous is None:
        return None
    text = body[previous.start:previous.end].rstrip()
    if any(mark in text for mark in _QUOTE_MARKS):
        return None
    last = text[text.rfind(". ", 0, len(text) - 2) + 2:] if ". " in text else text
    reported = _REPORTED.search(last) or _ACCORDING_LEAD.match(last)
    # "X said she had loved it and asked whether the greenhouse was real.": the quote after is the answer
    return reported.group("a") if reported and not reports_a_question(last) else None


_QUOTE_MARKS = ("“", "”", '"')  # a paragraph with any of these quotes someone itself
_BEFORE_REACH = 400  # characters before a quote searched for the words that name its speaker


# "She even had a cheeky message for the bosses.": an adverb of time or degree, and the everyday irregular pasts.
_ADVERB = r"(?:(?:\w+ly|even|then|also|just|still|only|soon|later|once)\s+)?"  # "She even had…", "later told"
_ACTING = re.compile(rf"\A\s*(?:{_LEADING_CLAUSE})?{_WHOSE}(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE}\s+{_ADVERB}"
                     r"(?:(?:did|does|do|could|would|can)(?:n['’]t| not)\s+[a-z]+|[a-z]+(?:ed|s)"
                     r"|had|got|took|made|gave|sent|left|kept|put|sat|stood|grew|fell|broke|came|went|saw|ran|held"
                     r"|wrote|felt|thought|knew|began|brought|caught|fought|lost|won)\b"
                     rf"[^.!?“”\"\n]{{0,60}}"
                     r"[.!]\s*\Z")
# "Valderrama says the horse knew." or "Her mother, Valderrama says, has booked a room.": a sentence reporting
# what someone says; the quote right after it goes on in their own words.
# "The show's creator, Baraka Ruto, says he wrote her as a villain.": the name set off after its role, then the verb.
# "…, and she told Farándula Hoy she's ready", "The actress also spoke about working with…": the one reported speaking
_REPORTED = re.compile(rf"(?:\A\s*(?:(?:But|And|Yet|Still|Now)\s+)?(?:{TRADE_HEAD})?{_HEAD}|,\s+(?:and\s+|but\s+)?)"
                       rf"(?P<a>{_NAME}|{_PRONOUN}){_APPOSITIVE},?\s+{_ADVERB}"
                       rf"(?:says|said|tells \w+|told \w+|insists|insisted|admits|admitted|recalls|recalled|"
                       rf"(?:spoke|speaks|talked|talks|opened up|opens up)\s+(?:about|of|on)\b)\b")
_ACTED_ON = re.compile(r"\A[^.!?“”\"\n]{1,80}\b(?P<a>her|him)[.!]\s*\Z")
_MAX_ACTING_WORDS = 10  # a short sentence of what someone does; a longer one is narration of its own
def _resolve_mention(name: str, cast: Cast, last_person: str | None, byline: str | None, body: str,
                     subject: str | None = None) -> str | None:
    if name == "I":
        return byline
    if re.fullmatch(_UNNAMED, name):
        return name[0].upper() + name[1:]  # quoted by what they are: "A BBC spokesperson"
    if subject and re.fullmatch(_AGED, name):
        # "the 26-year-old deckhand": whoever the article gives that age ("Pia Morrow, 26,"), else its subject
        age = _AGE.search(name).group()
        aged = re.search(rf"({_NAME}),\s+{age}\b", body)
        return cast.find(aged.group(1)) or aged.group(1) if aged else subject
    role = _ROLE_MENTION.fullmatch(name)
    if role and subject:
        # "The comedian says": the person the article gives that trade ("comedian Bettina Castro"), else the one
        # it is about; never simply whoever spoke last, who may be a producer.
        named = given_trade(role.group(1), body)
        if len(named) == 1:
            return cast.find(next(iter(named))) or next(iter(named))
        # An unnamed performer is the one the piece is about; an unnamed director or producer is someone else.
        return subject if re.fullmatch(_PERFORMERS, role.group(1).lower()) else None
    if name.lower() == "they" and subject and singular_they(subject, body):
        return subject  # "…,” they say." of someone the article calls they, not the character just named
    if _PRONOUN_WHOLE.fullmatch(name) or name in _PRONOUN_GENDER:
        return last_person
    first, _, rest = name.partition(" ")
    if rest and (re.fullmatch(_ROLE_NOUNS, first.lower()) or first.lower() in _PANEL_ROLES or
                 first.lower() in _SPEECH_VERB_SET or first.rstrip(".") in HONORIFICS):
        # "Star Linnea Brask, who plays…", "Admits Calloway:", "said Ms Voss": a trade, a verb or a title at its head
        name = rest
    # "Jones's remarks are stranger: “…”": the person, not the possessive; "Council Member Ada Ruiz": the office
    # before a name is not part of it
    name = without_office(re.sub(r"['’]s\Z", "", name))
    return cast.find(name) or cast.add(without_office(cast.expand_cached(name, body)))


def before_mark(body: str, start: int) -> int:
    return start - 1 if start > 0 and body[start - 1] in OPENING_MARKS else start
