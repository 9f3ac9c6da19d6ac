"""Whether an unlabelled paragraph after someone's answer is the journalist's again: a note, the airing, the scene
set between answers, the subject written about, a sign-off that thanks them."""

from __future__ import annotations

import re

from .airdates import mentions_airing
from .furniture import edited_note
from .layout import ITALIC_WHOLE, Para
from .pronouns import OUTSIDE_QUOTES
from .scan import led_by_first
from .scenes import FIRST_PERSON, names_subject, reports_words_of, sets_the_scene

_FIRST_PERSON_WORD = led_by_first(r"\b(I|I'm|I’m|we|my|our)\b")

# "**Credits:** hosted by…", "Editor's note: …": the publication's note after the last answer, not its voice
# ("Note:" alone may open a speaker's own aside: "Note: I still get lost in the studio")
_NOTE_LEAD = re.compile(r"[*_]*(?i:credits?|editor['’]?s note|correction|show notes)[*_]*[ \t]*:[*_]*[ \t]")


# A sign-off that opens on thanks ("Thanks so much to", "Huge thanks again to", "Thank you, "): the writer's, when
# it names the one interviewed within _THANKS_REACH characters; the interviewee thanks others, not themselves.
_THANKS = re.compile(r"[*_]*(?:(?:huge|big|many|special)[ \t]+)?thank(?:s|[ \t]+you)(?:[ \t]+(?:so[ \t]+much|again))*"
                     r"[ \t]*(?:,|to\b)", re.I)
_THANKS_REACH = 60


_SHORT_WORDS = 60  # a paragraph this short free of the first person may be the journalist's note on the airing;
# split no further than that many words: the count past it does not matter, and long answers are most paragraphs


def reads_as_narration(body: str, p: Para, current: tuple[str | None, str], interviewee: str | None) -> bool:
    """An unlabelled paragraph after an answer that is the journalist speaking again."""
    text = body[p.start:p.end]
    if text[-1:] == text[:1] and ITALIC_WHOLE.match(text) or edited_note(text) or _NOTE_LEAD.match(text):
        return True
    # The costly test last: few paragraphs are short and free of the first person.
    if len(text.split(None, _SHORT_WORDS - 1)) < _SHORT_WORDS and not _FIRST_PERSON_WORD.search(text) and \
            mentions_airing(text):
        return True
    if current[1] == "interviewee" and sets_the_scene(text, interviewee, body) and \
            not FIRST_PERSON.search(OUTSIDE_QUOTES.sub(" ", text)):
        return True  # "She laughs, and a horn sounds behind her": the journalist setting the scene between answers
    if current[1] == "interviewee" and interviewee and " " in interviewee:
        if "hank" in text[:_THANKS_REACH] and _THANKS.match(text) and names_subject(text[:_THANKS_REACH], interviewee):
            return True  # "Thanks so much to Solange and to…": the writer signing off, whatever "I" comes after
        # The journalist writing about the subject again, unless the words are the subject's own (first person
        # outside quote marks: "…they'd say, 'Look at Alec Baldwin.' That makes me sad.").
        own = OUTSIDE_QUOTES.sub(" ", text)
        return names_subject(own, interviewee) and \
            not text.lstrip("*_").startswith(("“", '"')) and not FIRST_PERSON.search(own)
    return current[1] != "interviewee" and current[0] is not None and interviewee is not None and \
        reports_words_of(text, (current[0], interviewee))


_WORDS = re.compile(r"\w")  # a paragraph with words: not a block quote's empty `>` line
_MIN_LABELLED = 4  # labelled turns, at least, before an article counts as labelling every turn
_OWN_WORDS = led_by_first(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b")  # a speaker's own first person


def exchange_end(paras: list[Para], body: str) -> int | None:
    """Where the exchange of a Q&A that labels every turn ends (the end of its last labelled turn), so that a plain
    paragraph after it is the writer closing the piece; None when a plain paragraph anywhere between two labels
    runs an answer on, as long answers do (there the paragraphs after the last label may be its own)."""
    labelled = [i for i, p in enumerate(paras) if p.kind == "label"]
    if len(labelled) < _MIN_LABELLED or any(paras[i].kind == "plain" and _WORDS.search(body, paras[i].start, paras[i].end)
                                            for i in range(labelled[0], labelled[-1])):
        return None
    return paras[labelled[-1]].end


def closes_the_piece(text: str) -> bool:
    """A paragraph after the exchange in nobody's first person singular, inside quote marks or out, that does not
    go on from what was said (`And another thing: …`): the writer's (the outlet's `our` is no speaker's own word)."""
    return _GOES_ON.match(text) is None and _OWN_WORDS.search(text) is None


# A paragraph's first word carrying on from the words before it, as a speaker does ("And another thing: …")
_GOES_ON = re.compile(r"[*_\"“]*(?:And|But|So|Also|Plus|Oh|Well|Or)\b")
