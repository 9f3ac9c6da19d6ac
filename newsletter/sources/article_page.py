"""Main text and metadata of an article web page, via trafilatura."""

from __future__ import annotations

import json
import re
from html import unescape
from dataclasses import dataclass
from datetime import date

import lxml.html
import trafilatura

from .charsets import decode

# Metadata names real pages use for the publication date, most explicit first.
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date",
              "dc.date", "DC.date.issued", "sailthru.date")


@dataclass(frozen=True)
class Page:
    body: str
    title: str | None
    date: date | None
    author: str | None
    site: str | None
    url: str | None
    dek: str | None = None  # the page's description, and its head's <title> where that says more than its headline


def extract_page(html: str, url: str | None = None) -> Page:
    """Extract an article page; paragraphs come back separated by blank lines."""
    html = _terms_as_paragraphs(_summaries_as_paragraphs(html))
    html = _print_lines_joined(_old_layout_as_paragraphs(_layout_tables_as_blocks(html)))
    raw = trafilatura.extract(html, output_format="json", with_metadata=True, url=url)
    if not raw:
        return Page("", None, None, None, None, url)
    meta = json.loads(raw)
    # The body again as Markdown with its emphasis: a bold question is how most web Q&As mark who asks.
    # favor_recall: a short page's headings ("ON THE PHONE WITH …") are kept; without it they are dropped.
    marked = trafilatura.extract(html, output_format="markdown", include_formatting=True, url=url,
                                 favor_recall=True) or ""
    paras = [p.strip() for p in re.split(r"\n\s*\n", marked) if p.strip()]
    if not paras:
        paras = [ln.strip() for ln in (meta.get("text") or "").split("\n") if ln.strip()]
    title = meta.get("title") or None
    if paras and title and paras[0].lstrip("# ").strip() == title:
        paras = paras[1:]
    day = _meta_date(html) or _iso_day(meta.get("date"))
    return Page("\n\n".join(paras), title, day, writers(meta.get("author")),
                meta.get("sitename") or meta.get("source-hostname") or None, meta.get("source") or url,
                "\n".join(filter(None, (_other_headline(html, title), meta.get("excerpt") or meta.get("description")))) or None)


_HEAD_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_WORDS = re.compile(r"\w+")


def _other_headline(html: str, title: str | None) -> str | None:
    """The head's <title> when the page's own headline (its one <h1>, which trafilatura prefers) leaves out words of
    it: an emailed newsletter's subject line names the guest its banner does not ("The Sofa Dispatch #88: Ines
    Abernathy-Soto won't tell…" over "Issue #88: The mole is not who you think"). None where it only adds the site's
    name or repeats the headline."""
    head = _HEAD_TITLE.search(html)
    if head is None or not title:
        return None
    text = " ".join(unescape(head.group(1)).split())
    text = _SITE_AFTER.sub("", text)  # "… | Hartwell & Bray Auctioneers": the site's name, however long
    shown = {w.lower() for w in _WORDS.findall(title)}
    new = [w for w in _WORDS.findall(text) if w.lower() not in shown]
    return text if len(new) > _SITE_NAME_WORDS else None


_SITE_AFTER = re.compile(r"\s+[|–—·-]\s+[^|–—·]{1,80}\Z")
_SITE_NAME_WORDS = 4  # "… - The Evening Standard Online": a site's name the head adds after the headline


# What a page's byline carries beside its writers' names, which trafilatura hands back as further "authors"
# ("By Ann Bell | January 28, 2026" -> "Ann Bell; January"): dates, times, job titles, "Updated".
_NOT_A_WRITER = re.compile(
    r"\d|^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|tue|wed|thu|sat)\.?$|"
    r"\b(?:updated|published|posted|staff|writers?|editors?|reporters?|correspondents?|contributors?|"
    r"columnists?|critic|desk|ago|min(?:ute)?s?|read)\b", re.I)
_WRITER_PARTS = re.compile(r"\s*(?:;|\||·|•|,|\band\b|&)\s*")


def writers(author: str | None) -> str | None:
    """The writers' names in a page's author metadata, joined by "and" as a printed byline joins them, without
    the date, time or job title the byline carried beside them; None when no name is left."""
    names = [part for part in _WRITER_PARTS.split(author or "") if part and not _NOT_A_WRITER.search(part)]
    return " and ".join(names) or None


# A page from before stylesheets: the article in one cell of a layout table, its paragraphs parted by "<br><br>".
_DOUBLE_BREAK = re.compile(r"(?:<br\s*/?>[ \t\r\n]*){2,}", re.I)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.I)
_TABLE_TAGS = re.compile(r"<(/?)(?:table|tbody|thead|tr|td|th)\b[^>]*>", re.I)
_MIN_BREAKS = 3  # paragraph breaks written as double line breaks, at least, for a page to be read as one


def _old_layout_as_paragraphs(html: str) -> str:
    """A page laid out the 1990s way, its text parted by double line breaks inside table cells and no `<p>` at
    all, as paragraphs in plain blocks: trafilatura would read the table as a grid and the article as one cell."""
    if len(_DOUBLE_BREAK.findall(html)) < _MIN_BREAKS or _PARAGRAPH_TAG.search(html):
        return html
    return _DOUBLE_BREAK.sub("</p><p>", _TABLE_TAGS.sub(lambda m: f"<{m.group(1)}div>", html))


# A page laid out in tables, as email newsletters and sites of the 2000s are: a cell holding headings or several
# paragraphs is the page's column, not a grid's datum. trafilatura would read the whole column as one cell.
_CELL = re.compile(r"<td\b[^>]*>(.*?)(?=<td\b|</td\s*>|</tr\s*>)", re.I | re.S)
_HEADING_OR_PARAGRAPH = re.compile(r"<(h[1-6]|p)\b", re.I)
_LAYOUT_PARAGRAPHS = 3  # paragraphs in one cell, at least, for it to be a column of text: a datum holds one or two


def _layout_tables_as_blocks(html: str) -> str:
    """A page whose tables lay out its column (a cell with a heading or several paragraphs in it) with every table
    tag as a plain block, so its paragraphs and headings are read one by one; any other page as it is."""
    if "<td" not in html and "<TD" not in html:
        return html
    for m in _CELL.finditer(html):
        found = [t.group(1).lower() for t in _HEADING_OR_PARAGRAPH.finditer(m.group(1))]
        if any(tag != "p" for tag in found) or len(found) >= _LAYOUT_PARAGRAPHS:
            return _TABLE_TAGS.sub(lambda t: f"<{t.group(1)}div>", html)
    return html


# A page that keeps a scanned or typed-up print article's lines: "<br>" at the end of every line of a paragraph.
_LINE_BREAK = re.compile(r"<br\s*/?>[ \t]*\r?\n", re.I)
_SPLIT_WORD = re.compile(r"([^\W\d_])-<br\s*/?>[ \t]*\r?\n[ \t]*(?=[a-z])", re.I)  # "the Tu-<br>dors"
_LABEL_NEXT = re.compile(r"<br\s*/?>[ \t]*\r?\n(?=[ \t]*(?:<[^>\n]{1,40}>[ \t]*)*[A-Z][\w.'’ \-]{0,30}:)", re.I)
_MIN_PRINT_LINES = 8  # line breaks ending lines, at least, for a page to be read as print set in lines


def _print_lines_joined(html: str) -> str:
    """A print article typed up or scanned line by line, `<br>` ending each printed line: the lines of a paragraph
    run on as one text (a word hyphenated across two lines whole again), and a line opening on a speaker's label
    (`LV: …` under a bold question) starts a paragraph of its own."""
    if len(_LINE_BREAK.findall(html)) < _MIN_PRINT_LINES:
        return html
    html = _LABEL_NEXT.sub("</p><p>", _SPLIT_WORD.sub(r"\1", html))
    return _LINE_BREAK.sub(" ", html)


_TERM = re.compile(r"<dt\b", re.I)
_BLOCKS = {"p", "div", "ul", "ol", "blockquote"}


def _terms_as_paragraphs(html: str) -> str:
    """A definition list's terms as bold paragraphs and its definitions as paragraphs, as a reader sees them:
    trafilatura would make both one flat list, losing which lines are the questions (`<dt>`) of a Q&A in a `<dl>`
    and where an answer's paragraphs (`<dd><p>…</p><p>…</p></dd>`) part."""
    tree = _tree(html) if _TERM.search(html) else None
    if tree is None:
        return html
    for dl in tree.iter("dl"):
        dl.tag = "div"
        for item in list(dl):
            if item.tag == "dt":
                _as_bold_paragraph(item)
            elif item.tag == "dd" and any(child.tag in _BLOCKS for child in item):
                item.drop_tag()
            elif item.tag == "dd":
                item.tag = "p"
    return lxml.html.tostring(tree, encoding="unicode")


_SUMMARY = re.compile(r"<summary\b", re.I)


def _summaries_as_paragraphs(html: str) -> str:
    """An accordion's folded entries (`<details><summary>Question?</summary><p>Answer</p></details>`, as FAQ pages
    set them) as a bold paragraph over its plain ones, as a reader sees them opened: trafilatura drops the
    `<summary>`, losing every question of the page and leaving the answers as the page's own prose."""
    tree = _tree(html) if _SUMMARY.search(html) else None
    if tree is None:
        return html
    for summary in list(tree.iter("summary")):
        _as_bold_paragraph(summary)
    for details in tree.iter("details"):
        details.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")


def _tree(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _as_bold_paragraph(item: lxml.html.HtmlElement) -> None:
    """The element as a paragraph of its words in bold, as a question set apart is written."""
    bold = lxml.html.Element("b")
    bold.text, item.text = item.text, None
    bold.extend(list(item))
    item.tag = "p"
    item.append(bold)


def decode_html(body: bytes, content_type: str = "") -> str:
    """A fetched page's text (`charsets.decode`); raises charsets.NotText for bytes that are no text."""
    return decode(body, content_type).text


def _iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None


def _meta_date(html: str) -> date | None:
    """The page's own publication date; trafilatura's guess refuses dates after today."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for name in _DATE_META:
        for node in tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
            day = _iso_day(node.get("content"))
            if day:
                return day
    for node in tree.xpath("//time[@datetime]"):
        day = _iso_day(node.get("datetime"))
        if day:
            return day
    return None
