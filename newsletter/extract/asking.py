"""How an article sets its questions apart: the styles (bold, italic, plain) its questions use, and whether a
set-apart paragraph is one of them."""

from __future__ import annotations

import re
from collections import Counter

from .cast import norm
from .exchanges import ends_with_question
from .layout import QUESTION_LABELS, Para
from .scan import led_by_first


def is_bold_question(text: str, bold_questions: bool, qa_started: bool) -> bool:
    """A set-apart paragraph asks: it ends on a question, or reports one where questions are set apart so."""
    if ends_with_question(text) or bold_questions and _ASKED_IN_PROSE.search(text):
        return bold_questions or qa_started
    if is_kicker(text):
        return False  # "**WIN!**", "**WATCH IT!**": a page's section, what follows is the page's own
    return bold_questions and qa_started  # "**It sounds like you found balance.**" in a bold-question interview


# A page's own section under an interview: a press page's `About HIGH SUMMER`, `Media Contacts`, credits, links
PAGE_SECTION = re.compile(r"(?:About|ABOUT|(?:Media|Press|MEDIA|PRESS)[ \t]+(?:Contacts?|CONTACTS?|Inquiries|INQUIRIES)|"
                          r"Contacts?|CONTACTS?|Credits|CREDITS|Related|RELATED|More (?:from|on)|MORE (?:FROM|ON))\b"
                          r"[^?\n]{0,60}$")
_KICKER_WORDS = 4  # "YOUR QUESTIONS!", "WATCH IT!": a magazine's section in capitals is a few words long


def kicker(body: str, p: Para) -> bool:
    """A bold paragraph, or a bold run opening one, that calls out a page's section (`**WIN!** Send your…`,
    `**SPOT THE SPOON:** Can you…`, a label no speaker's)."""
    if p.kind == "bold":
        # or a press page's heading over its boilerplate ("### About HIGH SUMMER", "### Media Contacts")
        return is_kicker(body[p.start:p.end]) or p.style == "heading" and \
            PAGE_SECTION.match(body, p.content_start, p.content_end) is not None
    if p.kind == "boldlead":
        return is_kicker(body[p.segments[0][0]:p.segments[0][1]])
    run = _BOLD_OPENING.match(body, p.start, p.end) if p.kind == "plain" and p.style == "bold" else None
    return run is not None and is_kicker(run.group(1), "!:")


_BOLD_OPENING = re.compile(r"(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)")


def is_kicker(text: str, marks: str = "!") -> bool:
    """A few words in capitals called out with "!" (or, for a label found to be no speaker's, a colon): a page's
    section set in bold (`WIN!`), not a prompt the star answers (`FIRST JOB`) nor a question."""
    text = text.strip("*_ \n")
    return text.endswith(tuple(marks)) and text.isupper() and len(text.split()) <= _KICKER_WORDS


_QUOTE_MARK = re.compile(r"[“”\"]")
IN_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|we|our)\b")
_MIN_QUESTIONS_FOR_A_STYLE = 2  # one italic question could be a caption; two make a pattern


# A question the journalist reports rather than asks: "*I asked him first how he got the part.*", "*I put this
# to him.*", "*On the question of a romance, he was cagey.*"
_ASKED_IN_PROSE = led_by_first(r"\b(?:I|we)\s+(?:\w+\s+)?(?:asked|wondered|put\s+(?:this|it|that)\s+to)\b|"
                               r"\b[Oo]n\s+the\s+(?:question|subject|matter)\s+of\b")


def asking_styles(body: str, paras: list[Para]) -> set[str]:
    """The ways this article sets its questions apart (bold, italic, headings, dashes): any that at least two
    set-apart paragraphs holding a question use. Plain questions count only when answered right after in the
    speaker's own voice, one of them in the first person (a feature's rhetorical "So what's next for Voss?" is
    followed by more narration), or after a first question labelled `Q:`."""
    asking: Counter = Counter()
    first_person = q_label = False
    heads = answered = 0
    for p, after in zip(paras, [*paras[1:], None]):
        if p.kind == "bold" or p.kind == "boldlead":
            text = body[p.start:p.end] if p.kind == "bold" else body[p.segments[0][0]:p.segments[0][1]]
            asking[p.style] += "?" in text or _ASKED_IN_PROSE.search(text) is not None
            if p.kind == "bold" and p.style == "bold" and "?" not in text:
                heads += 1
                answered += answered_below(body, after)
        elif p.style == "numbered":
            asking["numbered"] += ends_with_question(body[p.start:p.end])
        elif p.kind == "label" and norm(p.label or "") in QUESTION_LABELS:
            q_label = True
        elif p.style == "plain" and after is not None and after.kind == "plain" and after.style != "plain":
            answer = body[after.start:after.end]
            if not _QUOTE_MARK.search(answer):  # an answer in the speaker's own voice, not a quote in prose
                asking["plain"] += 1
                first_person = first_person or bool(IN_FIRST_PERSON.search(answer))
    if asking["plain"] and (q_label or first_person):
        asking["plain"] += q_label
    else:
        asking.pop("plain", None)
    styles = {style for style, n in asking.items() if n >= _MIN_QUESTIONS_FOR_A_STYLE}
    if answered >= _MIN_PROMPTS and answered >= _PROMPTED_SHARE * heads:
        styles |= {"bold", PROMPTED}
    return styles


# A column of prompts (`**The show I'm bingeing**`, `**My guilty pleasure**`), each answered in the star's own
# words under it: the bold asks though it holds no question. Three answered so make the kind; a profile's
# subheadings are followed by the writer's prose about her (or a quote in marks), and most of them must be answered.
# Each prompt asks only where its own answer follows (a bold standfirst over the column asks nothing).
PROMPTED = "prompted"
_MIN_PROMPTS = 3
_PROMPTED_SHARE = 0.75


def answered_below(body: str, after: Para | None) -> bool:
    """The paragraph after a prompt is in the first person with no quotation marks: someone's own words, not the
    writer's prose or a quote in it."""
    if after is None or after.kind != "plain":
        return False
    text = body[after.start:after.end]
    return not _QUOTE_MARK.search(text) and IN_FIRST_PERSON.search(text) is not None
