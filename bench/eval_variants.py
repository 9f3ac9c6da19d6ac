"""Format invariance: the corpus score of each annotated interview, re-measured on surface variants of it.

Sources we have never seen print the same kinds of interviews in other surface forms. For every interview of
every `interviews*.jsonl` in the corpus (../shared/corpus, read in place and never copied; or a folder given on
the command line, such as tests/extract/fiction), this script writes variants of the article to a temporary
folder, reads each back with `read_interview` and `understand` as `newsletter` does, and counts the speaker checks
right (the rule of bench/eval_corpus.py: right role, and the right full name for `interviewee`/`other`) and
whether the interviewee is right, beside the original's figures for the same articles in the same run.

Variant kinds (each keeps the article's meaning and its annotations; each applies only where it changes
something, and the table says how many articles it touched):
  html / markdown      Markdown rendered to HTML (markdown-it, CommonMark), or an HTML body turned into Markdown
  straight / curly     curly quotes made straight, or straight ones made curly (SmartyPants' rules)
  single-marks         British style: double speech marks made single, quotes within them double
  label-*              speaker labels restyled: plain `Name:`, case `NAME:` and `Name:`, `**Name:**`,
                       `**Name**:`, `Name —`; a full-name label repeated as initials after its first use
  no-front-matter      the front matter dropped, the title a `# heading`, the date in the file name
  txt-wire             a wire `.txt` (`date YYYY-MM-DD`, then the title line, then the body)
  txt-title-first      a `.txt` whose first line is the title and second the date as a reader writes it
  date-*               the front-matter date as `Jun 19, 2017 2:45 pm`, `February 9, 2011 11:03 AM`, ISO with offset
  title-unquoted       a quoted title containing `: ` written unquoted (no longer valid YAML)
  single-newlines      paragraphs split by one newline instead of a blank line
  crlf                 Windows line endings
  nbsp, nbsp-names     non-breaking spaces after punctuation, or inside capitalised names (U+00A0)
  nbsp-entity          `&nbsp;` at both kinds of place
  numeric-entities     typographic characters as `&#8217;`-style entities
  trailing-spaces      spaces and a tab at the end of every line

Matching: the original is scored exactly as bench/eval_corpus.py scores it (`turn_at`: the first exact
occurrence of `contains` in the body read). In a variant, `contains` is first looked for exactly; failing that,
both the body and `contains` are folded and the folded `contains` is looked for in the folded body, and the turn
holding the body character its first folded character came from is the one judged. Folding drops HTML tags and
`*`/`_`, decodes entities (`&nbsp;`, `&#8217;`, `&quot;`), maps every quote mark and apostrophe (' " ‘ ’ “ ”) to
one, every run of whitespace (non-breaking spaces and line ends too) to one space, and lower-cases. A check whose
text cannot be found counts as wrong and is listed with -v (`now None`: not found, or in no turn). For the kinds that change what the reader
reads (front matter, file type), the date and title read are compared with the original's too (`date read`,
`title read`; titles compared folded). A refused file counts every check wrong.

Usage: python bench/eval_variants.py [CORPUS_DIR] [-v] [--kind KIND] [--show KIND PATH_PART]
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from markdown_it import MarkdownIt

from newsletter.extract import understand
from newsletter.sources.folder import read_interview


def _eval_corpus():
    """bench/eval_corpus.py as a module (bench/ is not a package), loaded once under its own name."""
    if "eval_corpus" not in sys.modules:
        spec = importlib.util.spec_from_file_location("eval_corpus", Path(__file__).with_name("eval_corpus.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules["eval_corpus"] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules["eval_corpus"]


default_corpus, source_of, turn_at = _eval_corpus().default_corpus, _eval_corpus().source_of, _eval_corpus().turn_at

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*\n", re.S)
_WIRE_HEAD = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}[ \t]*\n?")  # what the wire reader wants first
_HTML_BODY = re.compile(r"<p[\s>]|<br\s*/?>", re.I)
_TAG = re.compile(r"(<[^<>]*>)")


@dataclass(frozen=True)
class Article:
    """One annotated file as stored: its front matter block (with fences, or ''), body, and what it says."""

    name: str
    front: str
    body: str
    labels: dict = field(default_factory=dict)
    title: str | None = None
    day: date | None = None
    byline: str | None = None

    @property
    def html(self) -> bool:
        return bool(_HTML_BODY.search(self.body))

    @property
    def page(self) -> bool:
        """A whole `.html` page: its body is the page, not an article body, so body-format kinds leave it."""
        return Path(self.name).suffix.lower() in (".html", ".htm")

    @property
    def markdown(self) -> bool:
        """A Markdown file with front matter, the form the front-matter kinds rewrite."""
        return Path(self.name).suffix.lower() in (".md", ".markdown") and bool(self.front)

    def with_body(self, body: str) -> "Variant":
        return Variant(self.front + body, self.name)


@dataclass(frozen=True)
class Variant:
    text: str
    name: str


def article_from(text: str, name: str, labels: dict | None = None, title: str | None = None,
                 day: date | None = None, byline: str | None = None) -> Article:
    """Split a stored file into its head (front matter, or a wire `.txt`'s `date` line) and body."""
    m = (_WIRE_HEAD if name.lower().endswith(".txt") else _FRONT).match(text)
    front = m.group(0) if m else ""
    return Article(name, front, text[len(front):], labels or {}, title, day, byline)


def changed(article: Article, variant: Variant | None) -> Variant | None:
    """The variant, or None when it is the article itself (the kind does not apply)."""
    if variant is None or (variant.text == article.front + article.body and variant.name == article.name):
        return None
    return variant


def on_text(body: str, fn) -> str:
    """`fn` applied to the text between tags only (attributes and tag names stay as they were)."""
    return "".join(part if _TAG.fullmatch(part) else fn(part) for part in _TAG.split(body))


# --- 1. Markdown <-> HTML ------------------------------------------------------------------------------------------

def to_html(a: Article) -> Variant | None:
    """A Markdown body rendered to HTML as a site would publish it (CommonMark)."""
    if a.html or a.page:
        return None
    return changed(a, a.with_body(MarkdownIt("commonmark").render(a.body)))


_BLOCKQUOTE = re.compile(r"(?is)<blockquote\b[^>]*>(.*?)</blockquote\s*>")
_DROPPED = re.compile(r"(?is)<(script|style|iframe)\b.*?</\1\s*>")
_BOLD = re.compile(r"(?is)<(strong|b)\b[^>]*>(\s*)(.*?)(\s*)</\1\s*>")
_ITALIC = re.compile(r"(?is)<(em|i)\b[^>]*>(\s*)(.*?)(\s*)</\1\s*>")
_BLOCK_TAG = re.compile(r"(?i)</?(?:p|div|h\d|ul|ol|li|table|tr)\b[^>]*>")


def _html_markdown(body: str) -> str:
    text = _DROPPED.sub("", body)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _BOLD.sub(lambda m: f"{m.group(2)}**{m.group(3)}**{m.group(4)}" if m.group(3) else m.group(0), text)
    text = _ITALIC.sub(lambda m: f"{m.group(2)}*{m.group(3)}*{m.group(4)}" if m.group(3) else m.group(0), text)
    text = html.unescape(_TAG.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def to_markdown(a: Article) -> Variant | None:
    """An HTML body as an html-to-Markdown scraper writes it: bold `**`, italic `*`, block quotes `> `."""
    if not a.html or a.page:
        return None

    def quoted(m: re.Match) -> str:
        inner = _html_markdown(m.group(1)).strip()
        return "\n\n" + "\n".join(f"> {line}".rstrip() for line in inner.split("\n")) + "\n\n"

    body = _BLOCKQUOTE.sub(lambda m: f"<p>\x00{quoted(m)}\x00</p>", a.body)
    parts = body.split("\x00")  # the quoted Markdown is kept out of the second pass
    out = "".join(_html_markdown(p) if i % 2 == 0 else p for i, p in enumerate(parts))
    return changed(a, a.with_body(re.sub(r"\n{3,}", "\n\n", out)))


# --- 2. Quotes -----------------------------------------------------------------------------------------------------

_QUOTE_ENTITIES = {"&quot;": '"', "&#34;": '"', "&#x22;": '"', "&apos;": "'", "&#39;": "'", "&#x27;": "'",
                   "&ldquo;": "“", "&rdquo;": "”", "&lsquo;": "‘", "&rsquo;": "’", "&#8220;": "“", "&#8221;": "”",
                   "&#8216;": "‘", "&#8217;": "’", "&#x201c;": "“", "&#x201d;": "”", "&#x2018;": "‘",
                   "&#x2019;": "’"}
_QUOTE_ENTITY = re.compile("|".join(map(re.escape, _QUOTE_ENTITIES)), re.I)


def _quote_chars(text: str) -> str:
    return _QUOTE_ENTITY.sub(lambda m: _QUOTE_ENTITIES[m.group().lower()], text)


def straight(a: Article) -> Variant | None:
    """Curly quotes and apostrophes made straight."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
    return changed(a, a.with_body(on_text(a.body, lambda t: _quote_chars(t).translate(table)
                                          if re.search("[“”‘’]", _quote_chars(t)) else t)))


_OPENS_AFTER = r"(?:^|(?<=[\s(\[{—–/-]))"


def smarten(text: str) -> str:
    """SmartyPants' rules: a double mark opens at the start of a line, or after a space or an opening bracket and
    before a non-space; a single mark opens at the start of a line or after those and before a letter; every
    other mark closes (a single one is then also the apostrophe)."""
    text = re.sub(r'(?m)^"|(?<=[\s(\[{—–/-])"(?=\S)', "“", text)
    text = re.sub(_OPENS_AFTER + "'(?=\\w)", "‘", text, flags=re.M)
    return text.replace('"', "”").replace("'", "’")


def curly(a: Article) -> Variant | None:
    """Straight quotes and apostrophes made curly."""
    return changed(a, a.with_body(on_text(a.body, lambda t: smarten(_quote_chars(t)) if re.search("['\"]",
                                                                                                    _quote_chars(t))
                                          else t)))


# A span in single marks: an opening mark before a letter, then anything up to a closing mark that no letter
# follows (a mark between letters is an apostrophe: `‘Grey’s Anatomy’` is one span).
_SINGLE_SPAN = re.compile(r"(?<![\w’'])([‘'])(?=\w)((?:[^‘’'\n]|[’'](?=\w))*?)([’'])(?!\w)")
_SWAP = {"‘": "“", "’": "”", "'": '"'}
_DOUBLE_SPAN = re.compile(r'“[^“”\n]*”?|"[^"\n]*"?')  # to its closing mark, or to the end of the paragraph
_TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def british(text: str) -> str:
    """Double speech marks made single, and single marks inside them (a quote within the quote) double;
    apostrophes and single-quoted titles in narration kept."""
    def inner_held(m: re.Match) -> str:  # the swapped marks are held between \x01s, out of the last step
        return _SINGLE_SPAN.sub(lambda s: f"\x01{_SWAP[s.group(1)]}\x01{s.group(2)}\x01{_SWAP[s.group(3)]}\x01",
                                m.group())
    parts = _DOUBLE_SPAN.sub(inner_held, text).split("\x01")
    return "".join(p if i % 2 else p.translate(_TO_SINGLE) for i, p in enumerate(parts))


def single_marks(a: Article) -> Variant | None:
    """British style: “…,” she says -> ‘…,’ she says, and a quote within the quote in double marks."""
    return changed(a, a.with_body(on_text(a.body, lambda t: british(_quote_chars(t)) if re.search('[“”"]',
                                                                                                   _quote_chars(t))
                                          else t)))


# --- 3. Speaker labels ---------------------------------------------------------------------------------------------

_OPEN = r"\*\*|__|\*|_|<(?:strong|b|em|i)>"
_CLOSE = r"\*\*|__|\*|_|</(?:strong|b|em|i)>"


def _label_pattern(labels: dict) -> re.Pattern | None:
    names = sorted((n for n in labels if n.strip()), key=len, reverse=True)
    if not names:
        return None
    alternation = "|".join(map(re.escape, names))
    return re.compile(rf"(?m)^(?P<lead>[ \t]*(?:<p\b[^>]*>[ \t]*)?)(?P<open>{_OPEN})?(?P<name>{alternation})"
                      rf"(?P<mid>{_CLOSE})?:(?P<close>{_CLOSE})?(?P<gap>[ \t]*)")


def _restyle(a: Article, style) -> Variant | None:
    """Every line-initial speaker label rewritten by `style(match, name, index_of_this_speaker) -> label`."""
    rx = _label_pattern(a.labels)
    if rx is None:
        return None
    seen: dict[str, int] = defaultdict(int)

    def sub(m: re.Match) -> str:
        opened, shut = m.group("open"), m.group("mid") or m.group("close")
        if bool(opened) != bool(shut):
            return m.group(0)  # `**Name: question…**`: the emphasis is the question's, not the label's
        name = m.group("name")
        seen[name] += 1
        label = style(m, name, seen[name], a.html)
        gap = m.group("gap") or (" " if label.endswith("—") else "")
        return m.group("lead") + label + gap

    body = rx.sub(sub, a.body)
    return changed(a, a.with_body(body))


def _as_written(m: re.Match, name: str) -> str:
    return (m.group("open") or "") + name + (m.group("mid") or "") + ":" + (m.group("close") or "")


def _bold(is_html: bool, inner: str) -> str:
    return f"<strong>{inner}</strong>" if is_html else f"**{inner}**"


def label_plain(a: Article) -> Variant | None:
    """`**Name:**` and the like -> `Name:`."""
    return _restyle(a, lambda m, name, n, h: f"{name}:")


def label_caps(a: Article) -> Variant | None:
    """`Name:` -> `NAME:` (markup kept)."""
    return _restyle(a, lambda m, name, n, h: _as_written(m, name.upper()))


def label_title(a: Article) -> Variant | None:
    """`NAME:` -> `Name:` (markup kept); only labels written in capitals change."""
    return _restyle(a, lambda m, name, n, h: _as_written(m, name.title() if name.isupper() else name))


def label_bold_inside(a: Article) -> Variant | None:
    """-> `**Name:**` (`<strong>Name:</strong>` in HTML)."""
    return _restyle(a, lambda m, name, n, h: _bold(h, f"{name}:"))


def label_bold_outside(a: Article) -> Variant | None:
    """-> `**Name**:` (`<strong>Name</strong>:` in HTML)."""
    return _restyle(a, lambda m, name, n, h: _bold(h, name) + ":")


def label_dash(a: Article) -> Variant | None:
    """-> `Name —`."""
    return _restyle(a, lambda m, name, n, h: f"{name} —")


def initials(name: str) -> str:
    """`Jorja Fox` -> `JF`; `Emily V. Gordon` -> `EVG`."""
    return "".join(w[0].upper() for w in re.findall(r"[^\W\d_][\w'’-]*", name))


def label_initials(a: Article) -> Variant | None:
    """A full-name label (two words or more) written as initials after its first use, markup kept."""
    full = {k for k, v in a.labels.items() if k.casefold() == v.casefold() and len(v.split()) > 1}
    return _restyle(a, lambda m, name, n, h: _as_written(m, initials(name) if name in full and n > 1 else name))


# --- 4. Front matter -----------------------------------------------------------------------------------------------

def _stem(a: Article) -> str:
    return Path(a.name).stem


def no_front_matter(a: Article) -> Variant | None:
    """No front matter: the title as a first `# heading`, the date in the file name (`YYYY-MM-DD-slug.md`)."""
    if not a.markdown or a.day is None:
        return None
    head = f"# {a.title}\n\n" if a.title else ""
    stem = _stem(a) if re.match(r"\d{4}-\d{2}-\d{2}-", _stem(a)) else f"{a.day.isoformat()}-{_stem(a)}"
    return Variant(head + a.body.lstrip("\n"), f"{stem}.md")


def _byline(a: Article) -> str:
    return f"By {a.byline}\n\n" if a.byline else ""


def txt_wire(a: Article) -> Variant | None:
    """A wire `.txt`: `date YYYY-MM-DD`, then the title and the byline (`By …`) on their own lines, then the body."""
    if not a.markdown or a.day is None:
        return None
    head = f"{a.title}\n\n" if a.title else ""
    return Variant(f"date {a.day.isoformat()}\n{head}{_byline(a)}{a.body.lstrip()}", f"{_stem(a)}.txt")


def txt_title_first(a: Article) -> Variant | None:
    """A `.txt` whose first line is the title, the second the date as written for readers, then the byline."""
    if not a.markdown or a.day is None or not a.title:
        return None
    return Variant(f"{a.title}\n{a.day:%B} {a.day.day}, {a.day.year}\n\n{_byline(a)}{a.body.lstrip()}",
                   f"{_stem(a)}.txt")


_DATE_LINE = re.compile(r"(?m)^(date[ \t]*:[ \t]*)(.*)$")
DATE_STYLES = {
    "date-short-12h": lambda d: f"{d:%b} {d.day}, {d.year} 2:45 pm",
    "date-long-12h": lambda d: f"{d:%B} {d.day}, {d.year} 11:03 AM",
    "date-iso-offset": lambda d: f"{d.isoformat()}T14:45:00-04:00",
}


def _date_as(style):
    def variant(a: Article) -> Variant | None:
        if a.day is None or not _DATE_LINE.search(a.front):
            return None
        front = _DATE_LINE.sub(lambda m: m.group(1) + style(a.day), a.front, count=1)
        return changed(a, Variant(front + a.body, a.name))
    variant.__doc__ = f"The front-matter date written as {style(date(2017, 6, 19))!r}."
    return variant


_TITLE_LINE = re.compile(r"(?m)^((?:news)?title[ \t]*:[ \t]*)([\"'])(.*: .*)\2[ \t]*$")


def title_unquoted(a: Article) -> Variant | None:
    """A quoted title that contains `: ` written unquoted, as scraped archives publish it (not valid YAML)."""
    front = _TITLE_LINE.sub(lambda m: m.group(1) + m.group(3).replace('\\"', '"'), a.front)
    return changed(a, Variant(front + a.body, a.name))


# --- 5. Paragraph breaks and line ends -----------------------------------------------------------------------------

def single_newlines(a: Article) -> Variant | None:
    """Paragraphs separated by one newline where the source left a blank line."""
    return changed(a, a.with_body(re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", a.body)))


def crlf(a: Article) -> Variant | None:
    """Windows line endings throughout."""
    return changed(a, Variant((a.front + a.body).replace("\n", "\r\n"), a.name))


# --- 6. Whitespace and entity noise --------------------------------------------------------------------------------

# Where scraped text carries non-breaking spaces: after a sentence's or a label's punctuation (`said.\u00a0She`,
# `Q:\u00a0Why`), and between the words of a name (`Mara\u00a0Quinlan`), as editors keep names on one line.
_AFTER_MARK = re.compile(r"(?P<mark>[.?!:;,][”’\"')]?) (?=\S)")
_IN_NAME = re.compile(r"(?P<word>\b[A-Z][a-z]+) (?=[A-Z][a-z]+\b)")


def _spaced(text: str, space: str, *spots: re.Pattern) -> str:
    for rx in spots:
        text = rx.sub(lambda m: m.group(1) + space, text)
    return text


def nbsp(a: Article) -> Variant | None:
    """Non-breaking spaces (U+00A0) after punctuation: `said.` NBSP `She`."""
    return changed(a, a.with_body(on_text(a.body, lambda t: _spaced(t, "\u00a0", _AFTER_MARK))))


def nbsp_names(a: Article) -> Variant | None:
    """Non-breaking spaces (U+00A0) between the words of capitalised names: `Mara` NBSP `Quinlan`."""
    return changed(a, a.with_body(on_text(a.body, lambda t: _spaced(t, "\u00a0", _IN_NAME))))


def nbsp_entity(a: Article) -> Variant | None:
    """`&nbsp;` at both kinds of place."""
    return changed(a, a.with_body(on_text(a.body, lambda t: _spaced(t, "&nbsp;", _AFTER_MARK, _IN_NAME))))


_NUMERIC = {"’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "—": "&#8212;", "–": "&#8211;",
            "…": "&#8230;", "é": "&#233;"}
_WORD_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def numeric_entities(a: Article) -> Variant | None:
    """Typographic characters as numeric entities (`&#8217;` for ’), and word apostrophes as `&#8217;` too."""
    def encode(t: str) -> str:
        return _WORD_APOSTROPHE.sub("&#8217;", "".join(_NUMERIC.get(ch, ch) for ch in t))
    return changed(a, a.with_body(on_text(a.body, encode)))


def trailing_spaces(a: Article) -> Variant | None:
    """Two spaces and a tab after the last character of every line."""
    return changed(a, a.with_body(re.sub(r"(?m)(?<=\S)$", "  \t", a.body)))


KINDS = {
    "html": to_html, "markdown": to_markdown,
    "straight": straight, "curly": curly, "single-marks": single_marks,
    "label-plain": label_plain, "label-caps": label_caps, "label-title": label_title,
    "label-bold-inside": label_bold_inside, "label-bold-outside": label_bold_outside, "label-dash": label_dash,
    "label-initials": label_initials,
    "no-front-matter": no_front_matter, "txt-wire": txt_wire, "txt-title-first": txt_title_first,
    **{name: _date_as(style) for name, style in DATE_STYLES.items()},
    "title-unquoted": title_unquoted,
    "single-newlines": single_newlines, "crlf": crlf,
    "nbsp": nbsp, "nbsp-names": nbsp_names, "nbsp-entity": nbsp_entity, "numeric-entities": numeric_entities,
    "trailing-spaces": trailing_spaces,
}
# The reading stage is what these change; for them the date and title read are checked too.
READING_KINDS = {"no-front-matter", "txt-wire", "txt-title-first", "title-unquoted", *DATE_STYLES}


# --- Matching and scoring ------------------------------------------------------------------------------------------

_FOLD_TOKEN = re.compile(r"<[A-Za-z/!][^<>]*>|&#?\w+;|.", re.S)
_ONE_QUOTE = str.maketrans({c: "'" for c in "\"‘’“”`´′″"})


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded for matching (see the module docstring), and for each folded character its index in `text`."""
    out: list[str] = []
    where: list[int] = []
    for m in _FOLD_TOKEN.finditer(text):
        token = m.group()
        if token[0] == "<" and len(token) > 1:
            continue
        for ch in (html.unescape(token) if token[0] == "&" else token).translate(_ONE_QUOTE):
            if ch in "*_":
                continue
            if ch.isspace():
                if not out or out[-1] == " ":
                    continue
                ch = " "
            for c in ch.casefold():
                out.append(c)
                where.append(m.start())
    return "".join(out), where


def locate(u, needle: str):
    """The turn of `u` holding `needle`: exactly, as bench/eval_corpus.py finds it, else folded."""
    exact = turn_at(u, needle)
    if exact is not None or u.interview.body.find(needle) != -1:
        return exact
    folded, where = fold(u.interview.body)
    at = folded.find(fold(needle)[0].strip())
    if at == -1:
        return None
    pos = where[at]
    return next((t for t in u.turns if t.start <= pos < t.end), None)


def is_right(turn, check: dict) -> bool:
    """The rule of bench/eval_corpus.py: the right role, and the right full name for interviewee and other."""
    return turn is not None and turn.role == check["role"] and (
        check["role"] not in ("interviewee", "other") or turn.speaker == check["speaker"])


@dataclass
class Outcome:
    """One reading of one article: which checks were right, the interviewee found, what was read."""

    right: list[bool]
    got: list[tuple | None]
    interviewee: str | None
    refused: str | None = None
    day: date | None = None
    title: str | None = None
    byline: str | None = None


def run(file: Path, ann: dict) -> Outcome:
    """Read and understand `file`, and judge every check of `ann` on it."""
    try:
        u = understand(read_interview(file))
    except Exception as exc:  # a refusal is a result here, not a crash of the scorer
        return Outcome([False] * len(ann["checks"]), [None] * len(ann["checks"]), None, refused=str(exc)[:200])
    turns = [locate(u, c["contains"]) for c in ann["checks"]]
    return Outcome([is_right(t, c) for t, c in zip(turns, ann["checks"])],
                   [(t.role, t.speaker) if t else None for t in turns], u.interviewee,
                   day=u.interview.date, title=u.interview.title, byline=u.interview.byline)


def _same_title(orig: Outcome, var: Outcome) -> bool:
    return var.refused is None and fold(var.title or "")[0] == fold(orig.title or "")[0]


def compare(ann: dict, orig: Outcome, var: Outcome) -> Counter:
    """The counts of one article, the variant's beside the original's: articles, checks, right, right_orig, who and
    who_orig (interviewee right), refused, date_ok, title_ok."""
    return Counter(articles=1, checks=len(ann["checks"]), right=sum(var.right), right_orig=sum(orig.right),
                who=int(var.interviewee == ann["interviewee"]), who_orig=int(orig.interviewee == ann["interviewee"]),
                refused=int(var.refused is not None), date_ok=int(var.refused is None and var.day == orig.day),
                title_ok=int(_same_title(orig, var)))


@dataclass
class Report:
    """Cells per kind and source, the originals' own totals, and every check a variant lost."""

    cells: dict[str, dict[str, Counter]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Counter)))
    original: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    losses: list[str] = field(default_factory=list)


def annotations(root: Path):
    """Every annotated interview under `root`, in file order."""
    for ann_path in sorted(root.glob("interviews*.jsonl")):
        for line in ann_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def stored_article(file: Path, ann: dict) -> tuple[Article, Outcome]:
    """The stored article (split, with the title and date the reader finds) and its own outcome."""
    orig = run(file, ann)
    text = file.read_text(encoding="utf-8")
    return article_from(text, file.name, ann.get("labels"), orig.title, orig.day, orig.byline), orig


def _note_losses(report: Report, kind: str, ann: dict, orig: Outcome, var: Outcome) -> None:
    if var.refused:
        report.losses.append(f"{kind:<18} REFUSED {ann['path'][-45:]}: {var.refused}")
        return
    if var.interviewee != orig.interviewee:
        report.losses.append(f"{kind:<18} INTERVIEWEE {ann['path'][-45:]}: {orig.interviewee!r} -> "
                             f"{var.interviewee!r} (want {ann['interviewee']!r})")
    for check, was, now, got_was, got_now in zip(ann["checks"], orig.right, var.right, orig.got, var.got):
        if was != now:
            report.losses.append(f"{kind:<18} {'LOST' if was else 'GAINED'} {ann['path'][-45:]}: want "
                                 f"{check['role']}/{check['speaker']}, was {got_was}, now {got_now}: "
                                 f"{check['contains'][:50]!r}")


def evaluate(root: Path, kinds: dict | None = None) -> Report:
    """Score every annotated interview under `root` and each of its variants of `kinds` (all by default)."""
    kinds = KINDS if kinds is None else kinds
    report = Report()
    with tempfile.TemporaryDirectory(prefix="variants-") as tmp:
        for n, ann in enumerate(annotations(root)):
            file = root / "articles" / ann["path"]
            article, orig = stored_article(file, ann)
            source = source_of(ann["path"])
            report.original[source].update(compare(ann, orig, orig))
            for kind, make in kinds.items():
                variant = make(article)
                if variant is None:
                    continue
                # Under the article's own folders: a variant changes the text, not the archive it belongs to.
                folder = Path(tmp) / f"{n}-{kind}" / Path(ann["path"]).parent
                folder.mkdir(parents=True)
                (folder / variant.name).write_bytes(variant.text.encode("utf-8"))
                var = run(folder / variant.name, ann)
                report.cells[kind][source].update(compare(ann, orig, var))
                _note_losses(report, kind, ann, orig, var)
    return report


_WIDTH = 30  # characters per source column: "228/249 (-21) who 19/22(-3)"


def _cell_text(c: Counter | None) -> str:
    if not c or not c["articles"]:
        return "-"
    lost = c["right_orig"] - c["right"]
    text = f"{c['right']}/{c['checks']}" + (f" ({-lost:+d})" if lost else "")
    who = c["who"] - c["who_orig"]
    return text + f" who {c['who']}/{c['articles']}" + (f"({who:+d})" if who else "")


def _total(cells) -> Counter:
    total = Counter()
    for c in cells:
        total.update(c)
    return total


def table(report: Report) -> str:
    """Kind x source: variant's turns right of the checks on the articles it touched (change from the original)
    and the interviewees right (change)."""
    sources = sorted(report.original)
    orig_all = _total(report.original.values())
    rows = [f"{'kind':<19}{'touched':>8}  " + "".join(f"{s:<{_WIDTH}}" for s in sources) + "all",
            f"{'original':<19}{orig_all['articles']:>8}  " +
            "".join(f"{_cell_text(report.original[s]):<{_WIDTH}}" for s in sources) + _cell_text(orig_all)]
    for kind in (k for k in KINDS if k in report.cells):
        total = _total(report.cells[kind].values())
        extra = f"  refused {total['refused']}" if total["refused"] else ""
        if kind in READING_KINDS:
            extra += f"  date read {total['date_ok']}/{total['articles']}, title read {total['title_ok']}/" \
                     f"{total['articles']}"
        rows.append(f"{kind:<19}{total['articles']:>8}  " +
                    "".join(f"{_cell_text(report.cells[kind].get(s)):<{_WIDTH}}" for s in sources) +
                    _cell_text(total) + extra)
    return "\n".join(rows)


def show(root: Path, kind: str, part: str) -> str:
    """The variant `kind` of the first annotated article whose path contains `part`, as it would be written."""
    ann = next(a for a in annotations(root) if part in a["path"])
    article, _ = stored_article(root / "articles" / ann["path"], ann)
    variant = KINDS[kind](article)
    return "(does not apply)" if variant is None else f"--- {variant.name}\n{variant.text}"


def _options(argv: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Positional arguments, the --kind names (repeatable) and the two --show arguments."""
    args, kinds, shown = [], [], []
    while argv:
        arg = argv.pop(0)
        if arg == "--kind":
            kinds.append(argv.pop(0))
        elif arg == "--show":
            shown = [argv.pop(0), argv.pop(0)]
        elif not arg.startswith("-"):
            args.append(arg)
    unknown = [k for k in kinds + shown[:1] if k not in KINDS]
    if unknown:
        sys.exit(f"unknown kind {unknown[0]!r}; the kinds are: {', '.join(KINDS)}")
    return args, kinds, shown


def main() -> None:
    args, kinds, shown = _options(sys.argv[1:])
    root = Path(args[0]) if args else default_corpus()
    if not any(root.glob("interviews*.jsonl")):
        print(f"no corpus at {root}; nothing to score")
        return
    if shown:
        print(show(root, *shown))
        return
    report = evaluate(root, {k: KINDS[k] for k in kinds} if kinds else None)
    if "-v" in sys.argv:
        print("\n".join(report.losses) + "\n")
    print("turns right / checks on the articles a kind touched (change from the original), interviewee right:")
    print(table(report))


if __name__ == "__main__":
    main()
