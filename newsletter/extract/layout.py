"""The kind of each paragraph of an interview: a labelled turn, a question set apart (bold, italics, a
heading, a dash), a bold question with its answer inline, a stage note, a block quote or plain text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .cast import norm
from .chat import chat_head
from .exchanges import ends_with_question, exchange_segments
from .furniture import said_by_nobody
from .label_trust import a_datum, italics_as_prose, lone_label_as_prose, someone_asks_below
from .prompts import CAPS_PROMPT, lightning_round
from .words import NOT_LABELS, SPEECH_VERB_WORDS

_SPEECH_VERB_SET = frozenset(SPEECH_VERB_WORDS)

_LABEL = re.compile(
    # in bold, or in italics as scraped pages set them (`<em>Dana Reyes</em>:`, `*Reyes*:`)
    r"(?P<open>[*_]{1,3})?"
    r"(?P<label>[A-Z][\w.'’&\-]*?(?:[ \t]+(?:[A-Z][\w.'’&\-]*?|of|the|de|van|von|da|la|del|&)){0,4}?"
    r"(?:[ \t]+\d{1,2})?)"  # "AUDIENCE MEMBER 2", "CALLER 3"
    # a transcript's descriptor after the name: `LARRY KING, HOST:`, `ANA RUIZ, ACTRESS, "NIGHT DESK":`
    # or in title case when it is a role: `Dev Okafor, Host:`, `Ana Ruiz, Actress, Night Desk:`
    r"(?P<desc>,[ \t]*(?:[A-Z][A-Z0-9.'’&\-\"“” ,]{1,80}?|(?:Co-)?(?:Host|Actress|Actor|Anchor|Moderator|Presenter|"
    r"Reporter|Correspondent|Guest|Comedian|Producer|Showrunner|Creator|Director)(?:,[ \t]*[^:\n]{1,60}?)?))?"
    r"[ \t]*(?P<mid>[*_]{1,3})?"
    # an aside between the name and the colon: `NAME (laughing):`, `**Name** _[standing up]_:`
    r"(?P<aside>[ \t]*[_*]{0,2}[\[(][^\n:\[\]()]{1,120}?[_*]{0,2}[\])][_*]{0,2})?"
    r"[ \t]*:(?!//)[ \t]*(?P<close>[*_]{1,3})?[ \t]*")
# Words that look like a label but introduce a note, not a speaker.
_TOPIC_WORDS = {"On", "About", "Re", "Regarding"}
# "Ques:" and "Ans:" as Indian sites write them; "Pregunta:"/"Respuesta:", "Frage:"/"Antwort:"… in a translation
QUESTION_LABELS = {"q", "question", "ques", "qus", "pregunta", "pergunta", "frage", "domanda", "vraag", "fråga",
                   "pytanie", "soru", "journalist"}  # a translated interview's role labels too: "Journalist:"
ANSWER_LABELS = {"a", "answer", "ans", "respuesta", "resposta", "réponse", "reponse", "antwort", "risposta", "antwoord",
                 "svar", "odpowiedź", "cevap", "actress", "actor"}  # …and "Actress:"
_BOLD_WHOLE = re.compile(r"\A(\*\*|__)(?P<inner>.+)\1\Z", re.S)
ITALIC_WHOLE = re.compile(r"\A(\*|_)(?!\1)(?P<inner>.+)(?<!\1)\1\Z", re.S)
# "**Mandeep Dhillon** [...] I guess…": a bold name with no colon, trusted only once labels are in use.
_BOLD_NAME = re.compile(r"\*\*(?P<label>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,2})\*\*[ \t]+(?=\S)")
# A bold run: in a bold-question interview each one is the journalist's question, the plain text after it the answer.
_BOLD_RUN = re.compile(r"(\*\*|__)(?P<inner>(?:(?!\1).)+?)\1", re.S)
_WORD_CHAR = re.compile(r"\w")  # whether a stretch holds any word at all
_MIN_INLINE_QUESTION_WORDS = 4  # a shorter bold run inside an answer is emphasis ("I **never** did"), not a question
_BLOCK_QUOTE = re.compile(r"(?:>[ \t]?)+")  # Markdown's "> ", which the HTML view writes for <blockquote>
_QUOTED_LABEL = re.compile(r"(?:\*\*|__)[^*_\n:]{1,40}:(?:\*\*|__)|(?:\*\*|__)[^*_\n:]{1,40}(?:\*\*|__):")  # "> **Q:**"
# "— Merci, Nell." / "— Thanks so much, Dev!": the journalist signing off to the guest by name, not an answer.
_THANKS_BY_NAME = re.compile(r"(?i:thanks|thank you|merci|danke|gracias|cheers)(?: so much| again)?,\s+"
                             r"[A-Z][\w’'\-]+[.!]?\s*\Z")
_DROP_CAP = re.compile(r"\A\*\*[A-Z]\*\*[a-z]")  # "**T**he most baffling crime": a styled first letter
# "D**o you surf every day?**": the first letter of a bold question left outside the bold (a drop cap's remains).
_BOLD_BUT_FIRST = re.compile(r"\A[A-Z](\*\*|__)[a-z](?:(?!\1).)*\1\Z", re.S)
# Questions set apart another way than bold: a whole italic paragraph, a heading, a leading dash.
_HEADING = re.compile(r"\A#{1,6}[ \t]+(?P<inner>[^\n]+?)[ \t#]*\Z")
_DASH_LEAD = re.compile(r"\A[—–―-][ \t]*(?=\S)")
# A Japanese magazine's interviewer: two bars (or two em dashes) open each question, the answers are labelled.
_BARS_LEAD = re.compile(r"\A(?:――|——)[ \t]*(?=\S)")  # one bar alone is a dialogue dash (― Freezing.), either side
# "Q. Why?" / "A. Because.": the dotted question and answer labels (not "A. J. Smith", an initial and a name).
# "**Q** Why?" / "**Koh** Because…": one bold word and no colon; trusted like the other colonless labels.
_BOLD_WORD = re.compile(r"\*\*(?P<label>[A-Z][\w’'\-]*)\*\*[ \t]+(?=\S)")
_QA_DOT = re.compile(r"\A(?P<open>\*\*|__)?(?P<label>Q|A)\.(?P=open)?[ \t]+(?![A-Z]\.)")
# "LENA VOSS" alone on the first line of its paragraph (a screenplay-style transcript), and "Lena Voss — …":
# labels without a colon, trusted only when an article uses them for two speakers or more (see trusted_marks).
# A name in capitals on a line of its own over the words (a transcript's; a screenplay's cue, bold or not, with its
# extension: `**BELLAMY (CONT'D)**`).
_LINE_LABEL = re.compile(r"\A(?P<open>\*\*|__)?(?P<label>[A-Z][A-Z.'’&\-]*(?:[ \t]+[A-Z][A-Z.'’&\-]*){0,3})"
                         r"(?:[ \t]*\((?P<desc>[A-Z.'’ \-]{1,12})\))?(?(open)(?P=open))[ \t]*:?[ \t]*\n(?=[ \t]*\S)")
_DASH_LABEL = re.compile(r"\A(?P<label>[A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,3})"
                         r"(?:,[ \t]*(?P<desc>[A-Z][A-Z0-9.'’&\-\"“” ,]{1,80}?))?[ \t]+[—–][ \t]+(?=\S)")  # "LARRY KING, HOST — …"
# "#### TOMASZ" or "### Odile Marchetti" alone: a podcast transcript's speaker heading its turn, trusted like the
# other colonless labels (a profile's "## Odile Marchetti" section heads are each used once).
_HEADING_LABEL = re.compile(r"\A#{1,6}[ \t]+(?:\*\*)?(?P<label>[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,2})"
                            r"(?:\*\*)?[ \t]*:?[ \t#]*\Z")
# "TVLINE | When did you tell her?": the outlet's question after a bar, the answer on the next line or paragraph
# unlabelled; trusted when one such label asks twice (a breadcrumb "Home | TV | News" is used once).
_PIPE_LABEL = re.compile(r"\A(?:\*\*|__)?(?P<label>[A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,2})(?:\*\*|__)?"
                         r"[ \t]*\|[ \t]*(?:\*\*|__)?[ \t]*(?=\S)")
_PIPE_REACH = 60  # characters: the bar stands right after a label of a few words
_MIN_MARKED_SPEAKERS = 2
# "[00:01:15] HOST:", "**[12:05]** **Name:**", "12:05pm Name:", "[01:00:14:20] JUNO:" (a tape's timecode, its frame
# last): the time a transcript, a live chat or a soundbite sheet marks
# A live chat's or a mailbag's reader: "**Question from Brenda, Doncaster:**", "Question from Kieran_91:".
_ASKED_FROM = re.compile(r"\A(\*\*|__)?(?:Question|Comment)s?[ \t]+from[ \t]+(?P<label>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?)"
                         r"(?:,[ \t]*[^:\n]{1,40})?[ \t]*:(?:\1)?[ \t]*")
_TIMESTAMP = re.compile(r"\A(\*\*|__)?[\[(]?\d{1,2}:\d{2}(?::\d{2}){0,2}(?:[ \t]?[ap]\.?m\.?)?[\])]?(?:\1)?[ \t]+")
# "**u/kelpie_88** · 2.8k points", "> **u/TobyAnsell_Official** · 3.1k points" (a reply, quoted one level in),
# "**Posted by u/TobyAnsell_Official · verified**": a forum comment's header line, its poster's handle first.
# A display name of a few words is trusted only in bold: "**Ken from Dursley** · 1 hour ago".
_COMMENT_HEAD = re.compile(r"\A(?:>[ \t]?)*(?:(?P<bold>\*\*|__)(?=[^\n]{1,60}(?P=bold)))?(?:Posted by[ \t]+)?"
                           r"(?P<label>(?:u/)?[A-Za-z][\w\-]{1,39}(?(bold)(?:[ \t][\w'’.\-]{1,20}){0,3}))"
                           r"(?:\*\*|__)?[ \t]+[·•|][ \t]+[^\n]{0,40}?\b(?:points?|votes?|upvotes?|karma|ago|verified|"
                           r"replies|likes)\b[^\n]{0,30}?[ \t]*(?:\n|\Z)")
_HEAD_REACH = 120  # a comment's header line is short: its separator stands this near the paragraph's start
_HEAD_MARK = re.compile("[·•|]")  # the separators a comment's header line has
_STAMP_OPENERS = "*_[("  # what _TIMESTAMP opens on, beside a digit
# The quote marks that indent a reply's text, and the lines of nothing but quote marks between its paragraphs.
_QUOTE_MARGIN = re.compile(r"(?:[ \t]*>[ \t>]*\n)*(?:[ \t]*>[ \t]?)*")
# "Mara Quint  00:01:08" alone on a line, the speech on the next: how podcast and meeting recorders export a
# transcript ("Speaker 2  1:04:33" when nobody named the voices, "Mara Quint (00:08):" from transcription services).
# The time makes it a speaker's line, not prose.
_NAME_AND_TIME = re.compile(r"\A(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+(?:[A-Z][\w.'’\-]*|\d{1,2})){0,3})[ \t]+[\[(]?"
                            r"\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:[ \t]*:[ \t]*\n?|[ \t]*\n)(?=[ \t]*\S)")
_CHAT_OPENERS = "[(0123456789"  # an exported chat message opens on its time or its date
_CHEVRONS = re.compile(r">>[ \t]*(?=\S)")  # captions' change of speaker
BELOW = "below"  # how a comment under an article is marked: a reader's, in no part of the interview
SIGNED = "signed"  # a quote signed on the line under it (`— Name, director`): theirs, in no exchange of questions
PLAYED = "played"  # a recording played on air (`CLIP: …`, `VOX POP 1: …`): its voices are in no exchange either
OUTSIDE_EXCHANGE = frozenset({BELOW, SIGNED, PLAYED})  # labels whose speakers neither ask nor answer
_NAME_LINES = (("line", _LINE_LABEL), ("dash", _DASH_LABEL))  # tried on a capital; a screenplay's cue may be bold


@dataclass
class Para:
    start: int
    end: int
    kind: str  # "label" | "bold" | "boldlead" | "exchange" | "stage" | "blockquote" | "writer" | "plain"
    label: str | None = None
    content_start: int = 0
    content_end: int = 0
    speaker: str | None = None
    weak: bool = False
    # "boldlead" and "exchange" (a list or table of questions and answers): (start, end, "q" | "a") in reading order
    segments: tuple[tuple[int, int, str], ...] = ()
    desc: str = ""  # a transcript's descriptor after the name ("HOST", "ACTRESS, CSI")
    style: str = "bold"  # how a "bold" paragraph stands out: "bold" | "italic" | "heading" | "dash"
    # a label not followed by a colon: "line" (the name on a line of its own) | "dash" | "bold" | "time" (a
    # recorder's "Name  00:01:08" line) | "comment" (a forum comment's header; "below" under an article) | "chat"
    # (an exported chat message's time and poster)
    marked_by: str = ""


def as_nobodys(p: Para) -> None:
    """Make a whole paragraph nobody's words (a page's furniture, a heading): narration."""
    p.kind, p.label, p.content_start, p.content_end, p.segments = "stage", None, p.start, p.end, ()


def as_speakers(p: Para, name: str, marked_by: str) -> None:
    """Make a whole paragraph `name`'s words, labelled by the layout around it (`marked_by`), not by a colon."""
    p.kind, p.label, p.marked_by, p.weak = "label", name, marked_by, False
    p.content_start, p.content_end, p.segments = p.start, p.end, ()


def classify(body: str, start: int, end: int, prompts: bool = True) -> Para:
    text = body[start:end]
    marked = _marked_turn(body, start, end, text)
    if marked:
        return marked
    prompt = CAPS_PROMPT.match(text) if prompts and ("—" in text or "–" in text) else None
    if prompt:  # "CATS / DOGS — Dogs.": kept only where trusted_marks finds a lightning round
        return Para(start, end, "exchange", content_start=start, content_end=end, marked_by="caps",
                    segments=((start, start + prompt.end("q"), "q"), (start + prompt.end(), end, "a")))
    if said_by_nobody(text):
        return Para(start, end, "stage", content_start=start, content_end=end)
    quoted = _BLOCK_QUOTE.match(text) if (first := text[:1]) == ">" else None  # below: tried by what they open on
    if quoted and quoted.end() < len(text):
        inner = classify(body, start + quoted.end(), end) if _QUOTED_LABEL.match(text, quoted.end()) else None
        if inner is not None and inner.kind == "label":  # "> **Fah:** …": an interview the post quotes, turn by turn
            return replace(inner, start=start)
        return Para(start, end, "blockquote", content_start=start + quoted.end(), content_end=end)
    m = _LABEL.match(text) if ":" in text else None  # every label ends in a colon
    if m and _is_label(m, text) and (labelled := _colon_label(m, text, start, end)):
        return labelled
    piped = _PIPE_LABEL.match(text) if "|" in text[:_PIPE_REACH] else None
    if piped:
        return _piped(piped, text, start, end)
    if first == "*" and _DROP_CAP.match(text):
        return Para(start, end, "plain", content_start=start, content_end=end)
    for marked_by, rx in _NAME_LINES if "A" <= first <= "Z" else _NAME_LINES[:1] if first in "*_" else ():
        n = rx.match(text)
        if n and n.end() < len(text) and norm(n.group("label")) not in NOT_LABELS:
            desc = (n.groupdict().get("desc") or "").strip(", ")
            return Para(start, end, "label", n.group("label").strip(), start + n.end(), end, marked_by=marked_by,
                        desc=desc)
    one = _BOLD_WORD.match(text) if first == "*" else None
    if one and norm(one.group("label")) not in NOT_LABELS:  # "**Koh** His!": kept only if trusted_marks agrees
        return Para(start, end, "label", one.group("label"), start + one.end(), end, marked_by="bold")
    w = _BOLD_NAME.match(text) if first == "*" else None
    if w and norm(w.group("label")) not in NOT_LABELS:
        return Para(start, end, "label", w.group("label"), start + w.end(), end, weak=True)
    b = _BOLD_WHOLE.match(text) if first in "*_" else None
    if b and "**" not in b.group("inner") and "__" not in b.group("inner"):
        return Para(start, end, "bold", content_start=start + 2, content_end=end - 2)
    if "A" <= first <= "Z" and _BOLD_BUT_FIRST.match(text):
        return Para(start, end, "bold", content_start=start, content_end=end - 2)
    heading = _HEADING_LABEL.match(text) if first == "#" else None
    if heading and norm(heading.group("label")) not in NOT_LABELS:
        return Para(start, end, "label", heading.group("label"), end, end, marked_by="heading")
    styled = ITALIC_WHOLE.match(text) if first in "*_" and text[-1:] == first else \
        _HEADING.match(text) if first == "#" else None
    if styled:
        return Para(start, end, "bold", content_start=start + styled.start("inner"),
                     content_end=start + styled.end("inner"), style="italic" if text[0] in "*_" else "heading")
    laid_out = exchange_segments(text, start)
    if laid_out:
        return Para(start, end, "exchange", content_start=start, content_end=end, segments=laid_out)
    dashed = _dash_led(text, start, end)
    if dashed:
        return dashed
    segments = _bold_segments(text, start)
    if segments:
        return Para(start, end, "boldlead", content_start=start, content_end=end, segments=segments)
    return _plain(text, start, end)


def _plain(text: str, start: int, end: int) -> Para:
    """A paragraph nothing marks; numbered or asking in plain words, it is a question where the article asks so."""
    if _NUMBERED.match(text) and len(text.split()) <= _MAX_PLAIN_QUESTION_WORDS:
        # "4) Anouk said you cried at the read-through.": numbered, a question where the article numbers them
        return Para(start, end, "plain", content_start=start, content_end=end, style="numbered")
    if ends_with_question(text) and len(text.split()) <= _MAX_PLAIN_QUESTION_WORDS and not _QUOTED_QUESTION.search(text):
        # "How did you prepare?" with nothing to set it apart: a question only if the article asks that way
        return Para(start, end, "plain", content_start=start, content_end=end, style="plain")
    return Para(start, end, "plain", content_start=start, content_end=end)


_QUESTION_MARK = re.compile(r"\?[”\"’']?\s+(?=[A-Z])")
_CAPS_QUESTION_LINE = re.compile(r"\A(?P<q>[^a-z\n]*[A-Z]{2}[^a-z\n]*\?)[ \t]*\n(?=[ \t]*\S)")
# A question's own follow-up is short; an answer caught in the bold goes on (and past a question of its own).
_MIN_RUN_ON_WORDS = 35
_LONG_RUN_ON_WORDS = 60


def answer_inside(body: str, p: Para) -> int | None:
    """Where the answer starts inside a bold paragraph that holds a question and then a long statement."""
    for m in _QUESTION_MARK.finditer(body, p.content_start, p.content_end):
        rest = body[m.end():p.content_end].rstrip(" *_")
        words = len(rest.split())
        if words >= _LONG_RUN_ON_WORDS or (words >= _MIN_RUN_ON_WORDS and not rest.endswith(("?", "?”", '?"'))):
            return m.end()
    return None


def _bold_segments(text: str, base: int) -> tuple[tuple[int, int, str], ...]:
    """`**Question?** Answer. **Next?** Answer.`: a paragraph that opens with a bold run and goes on in plain text."""
    caps = _CAPS_QUESTION_LINE.match(text)
    if caps:  # "FIRST JOB?" on a line of its own, the answer under it: a regional paper's box, shouted not bold
        return (base, base + caps.end("q"), "q"), (base + caps.end(), base + len(text), "a")
    lead = _BOLD_RUN.match(text) if text.startswith(("**", "__")) else None
    if not lead or not _WORD_CHAR.search(text, lead.end()):
        return ()
    inner = lead.group("inner").strip()
    if inner.endswith(":") or text[lead.end():].lstrip().startswith(":"):
        return ()  # "**A heading**: the story goes on": a run-in heading
    segments, cursor = [], 0
    for m in _BOLD_RUN.finditer(text):
        words = len(m.group("inner").split())
        if m.start() > 0 and words < _MIN_INLINE_QUESTION_WORDS and not m.group("inner").rstrip().endswith("?"):
            continue
        if _WORD_CHAR.search(text, cursor, m.start()):
            segments.append((base + cursor, base + m.start(), "a"))
        segments.append((base + m.start() + len(m.group(1)), base + m.end() - len(m.group(1)), "q"))
        cursor = m.end()
    if _WORD_CHAR.search(text, cursor):
        segments.append((base + cursor, base + len(text), "a"))
    return tuple(segments)


def _dash_led(text: str, start: int, end: int) -> Para | None:
    """A paragraph a dash opens: "— Was it cold?" / "— Freezing." asks only if it is a question; a Japanese
    magazine's two bars ("――Kōsuke barely speaks at first.") mark the interviewer's turn, asking or not."""
    if not text.startswith(("—", "–", "―", "-")):
        return None  # what both dashes open on
    bars = _BARS_LEAD.match(text)
    if bars and bars.end() < len(text):
        return Para(start, end, "bold", content_start=start + bars.end(), content_end=end, style="dash")
    dash = _DASH_LEAD.match(text)
    if dash and dash.end() < len(text):
        asks = text.rstrip().endswith(("?", "?”", '?"')) or _THANKS_BY_NAME.match(text, dash.end()) is not None
        return Para(start, end, "bold" if asks else "plain", content_start=start + dash.end(), content_end=end,
                    style="dash")
    return None


def _marked_turn(body: str, start: int, end: int, text: str) -> Para | None:
    """A turn opened by a time, a reader's name or a dotted Q./A., which the general label pattern misreads."""
    first = text[:1]  # each pattern below opens on few characters: most paragraphs are tried with none
    chat = chat_head(text) if first in _CHAT_OPENERS else None
    if chat:  # "[8/16/2025 8:02 PM] TessaQuill" over the message: an exported chat, trusted as "time" labels are
        return Para(start, end, "label", chat[0], start + chat[1], end, marked_by="chat")
    # and each only where the literal it needs stands: a time's colon by its sixth character, a reader's "from", a dot
    stamp = _TIMESTAMP.match(text) if (first in _STAMP_OPENERS or first.isdecimal()) and ":" in text[:6] else None
    if stamp and stamp.end() < len(text):  # "[00:01:15] HOST: …": the time a podcast transcript marks
        inner = classify(body, start + stamp.end(), end)
        if inner.kind != "label" or inner.marked_by or stamp.group().count(":") < 2:
            return replace(inner, start=start)
        # a tape's timecode makes a label used once a speaker's too ("[01:00:47:19] PRODUCER (OFF CAMERA): Sure.")
        return replace(inner, start=start, marked_by="time")
    chevrons = _CHEVRONS.match(text) if first == ">" else None
    if chevrons and not text.startswith(">>>"):  # ">> KENJI: Hi!": captions that name the speaker after the mark
        named = classify(body, start + chevrons.end(), end)
        if named.kind == "label" and not named.marked_by:
            return replace(named, start=start)
    named = _NAME_AND_TIME.match(text) if "A" <= first <= "Z" and ":" in text else None
    if named and norm(named.group("label")) not in NOT_LABELS:
        return Para(start, end, "label", named.group("label"), start + named.end(), end, marked_by="time")
    asked = _ASKED_FROM.match(text) if first in "*_QC" and "from" in text else None
    if asked and asked.end() < len(text):
        # a reader asks, as a host does (roles._HOST_WORDS)
        return Para(start, end, "label", asked.group("label"), start + asked.end(), end, desc="reader")
    head = _COMMENT_HEAD.match(text) if _HEAD_MARK.search(text, 0, _HEAD_REACH) else None
    if head:  # a forum's comment: the poster's handle over what they wrote, alone or with the text below it
        content = start + _QUOTE_MARGIN.match(text, head.end()).end()
        return Para(start, end, "label", head.group("label"), min(content, end), end, marked_by="comment")
    qa = _QA_DOT.match(text) if first in "*_QA" and "." in text[:4] else None
    if qa and qa.end() < len(text):
        return Para(start, end, "label", qa.group("label"), start + qa.end(), end)
    return None


def _colon_label(m: re.Match, text: str, start: int, end: int) -> Para | None:
    cstart = start + m.end()
    cend = end
    if m.group("open") and not m.group("mid") and not m.group("close") and text.endswith(m.group("open")):
        cend -= len(m.group("open"))  # **Collider: the whole question in bold**
    # `*Reyes*:`, not `**_Reyes_**:`, nor `GIDEON: *Brass Harbor* airs…` (the italics open the words)
    marks = [mark for mark in (m.group("open"), m.group("mid"), m.group("close")) if mark]
    style = "italic" if m.group("open") and all(len(mark) == 1 for mark in marks) else "bold"
    if cstart < cend:
        return Para(start, end, "label", m.group("label"), cstart, cend, desc=(m.group("desc") or "").strip(", "),
                    style=style)
    if m.group("desc") or m.group("label").isupper() and len(m.group("label")) > 1:
        # "AYESHA RAHMAN, HOST:" on its own: a transcript's speaker for the paragraphs that follow
        return Para(start, end, "label", m.group("label"), cend, cend, desc=(m.group("desc") or "").strip(", "))
    return None


def _piped(m: re.Match, text: str, start: int, end: int) -> Para:
    """A question after its asker's bar; an answer on the lines under it is kept as the paragraph's one segment."""
    cstart = start + m.end()
    newline = text.find("\n", m.end())
    if newline < 0 or not text[newline:].strip():
        return Para(start, end, "label", m.group("label"), cstart, end, marked_by="pipe")
    return Para(start, end, "label", m.group("label"), cstart, start + newline, marked_by="pipe",
                segments=((start + newline + 1, end, "a"),))


def _is_label(m: re.Match, text: str) -> bool:
    label = m.group("label")
    if norm(label) in NOT_LABELS or len(label) > 40 or label.split()[0] in _TOPIC_WORDS or \
            label.split()[0].lower() in _SPEECH_VERB_SET or label.split()[-1].lower() in _SPEECH_VERB_SET:
        # "**On John Steinbeck**: …" heads a topic; "Admits Calloway: …" is prose; "BLEEP ASKS: …?" and "Tilly, 7,
        # asks: …" put a question in someone's mouth, set apart as the journalist's are
        return False
    if m.group("open") and not (m.group("mid") or m.group("close")) and not text.endswith(m.group("open")):
        return False  # "**Bold words**: text" half-bold: a heading, not a label
    return not a_datum(text, m.end())  # "Estimate: £1,500–2,000", "Columns: LCN | CHANNEL | …"


_MAX_PLAIN_QUESTION_WORDS = 40  # a journalist's question; a longer paragraph ending in "?" is prose
_NUMBERED = re.compile(r"\d{1,2}[.)][ \t]+(?=[A-Z])")  # "1) Your character…", "2. The show is…"
_QUOTED_QUESTION = re.compile(r"[“\"][^”\"]*\?[”\"]")  # "“Why me?” she asked." is narration around a quote


def trusted_marks(paras: list[Para], body: str) -> None:
    """Labels without a colon stay labels only where the article gives them to two speakers or more, each
    at least twice: a dash after a name opening one paragraph is prose ("Lena Voss — the captain — said…")."""
    italics_as_prose(paras)
    if not lightning_round(paras, body):
        for i, p in enumerate(paras):
            if p.marked_by == "caps":
                paras[i] = classify(body, p.start, p.end, prompts=False)
    colons = Counter(norm(p.label or "") for p in paras if p.kind == "label" and not p.marked_by)
    # "**TVG:** …?" then "JF — …": the other side speaks under colon labels, or asks in bold paragraphs of its
    # own, so one marked speaker is enough; bold that asks nothing is a profile's subheadings, not a side
    other_side = sum(n >= 2 for n in colons.values()) or \
        sum(p.kind == "bold" and "?" in body[p.start:p.end] for p in paras) >= 2
    # a label's bar asks (a listings row "Monday | ITV | …" or a breadcrumb at the top and the foot of a page asks
    # nothing, however often its first cell comes back)
    piped = Counter(norm(p.label or "") for p in paras
                    if p.marked_by == "pipe" and ends_with_question(body[p.content_start:p.content_end]))
    for p in paras:
        if p.marked_by == "pipe" and piped[norm(p.label or "")] < 2:
            p.kind, p.label, p.content_start, p.content_end, p.segments = "plain", None, p.start, p.end, ()
            p.marked_by = ""
    if sum(colons.values()) == 1:
        lone_label_as_prose(paras, QUESTION_LABELS, body, asked_in_bold=bool(other_side))
    by_mark: dict[str, list[Para]] = {}  # one read of the paragraphs for every kind of mark (each kind changes its own)
    for p in (p for p in paras if p.kind == "label" and p.marked_by):
        by_mark.setdefault(p.marked_by, []).append(p)
    for kind in ("line", "dash", "bold", "time", "comment", "chat", "heading"):  # "BBC One  21:00" once each: a listings column
        if not (marked := by_mark.get(kind)):
            continue  # most articles: no label of this kind to trust or to undo
        counts = Counter(norm(p.label or "") for p in marked)
        if kind == "comment":  # a thread has posters, each maybe once; one "Television · 2 hours ago" is a dateline
            trusted = len(counts) >= _MIN_MARKED_SPEAKERS
        else:
            trusted = sum(n >= 2 for n in counts.values()) >= _MIN_MARKED_SPEAKERS or \
                (kind == "dash" and other_side and len(marked) >= 2)
        if kind == "heading" and trusted:
            trusted = someone_asks_below(paras, body, marked)
        if not trusted:
            for p in marked:
                p.kind, p.label, p.content_start, p.content_end = "plain", None, p.start, p.end
                if kind == "heading":  # a section's heading after all
                    styled = _HEADING.match(body[p.start:p.end])
                    p.kind, p.style = "bold", "heading"
                    p.content_start, p.content_end = p.start + styled.start("inner"), p.start + styled.end("inner")
