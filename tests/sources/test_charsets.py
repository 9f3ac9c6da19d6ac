"""Files as archives saved them: Windows-1252, UTF-16, a page's declared charset, UTF-8 once misread. Each is read
with a warning saying what was guessed; bytes that are no Western text are refused by name."""

import pytest
import sqlalchemy as sa
from werkzeug import Response

from newsletter.errors import ContentError
from newsletter.sources.article_page import decode_html
from newsletter.sources.charsets import NotText, decode
from newsletter.sources.feed import FeedSource
from newsletter.sources.folder import read_interview
from newsletter.store import Store
from newsletter.web import Web

from .test_feed import RSS, WEEK, serve_feed

WIRE = ("date 2026-11-24\nMarisol Etxeberria on the café scene\n\n"
        "Q: Was the last night hard?\n\nMarisol Etxeberria: It was brutal — I cried in the van, then laughed.\n")
def misread(text: str) -> str:
    """What a program reading UTF-8 as Windows-1252 makes of `text` (its undefined bytes kept as controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


FRONT = ("---\ntitle: Dervla Quist’s naïve hero\ndate: 2026-11-23\n---\n"
         "**Q: Who is he?**\n\nDervla Quist: “A coward who learns to stay,” I’d say.\n")


def test_a_windows_1252_wire_file_is_read_with_a_warning_naming_it(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_bytes(WIRE.encode("cp1252"))
    warnings = []
    interview = read_interview(path, warnings=warnings)
    assert "brutal — I cried" in interview.body and interview.title.endswith("café scene")
    offset = WIRE.encode("cp1252").index("é".encode("cp1252"))
    assert warnings == [f"{path}: not UTF-8 (bad byte at offset {offset}); read as Windows-1252"]


def test_a_latin_1_file_with_bytes_windows_1252_leaves_undefined_is_read_as_latin_1(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("date 2026-11-24\nSoirée\n\nBody \x81 text.".encode("latin-1"))
    warnings = []
    assert read_interview(path, warnings=warnings).title == "Soirée"
    assert warnings[0].endswith("read as latin-1")


@pytest.mark.parametrize("codec, guess", [("utf-16", None), ("utf-32", None), ("utf-8-sig", None),
                                          ("utf-16-le", "no byte-order mark; read as UTF-16-LE"),
                                          ("utf-16-be", "no byte-order mark; read as UTF-16-BE")])
def test_markdown_saved_as_windows_unicode_is_read_and_a_missing_mark_warned(tmp_path, codec, guess):
    path = tmp_path / "notepad.md"
    path.write_bytes(FRONT.encode(codec))
    warnings = []
    interview = read_interview(path, warnings=warnings)
    assert interview.title == "Dervla Quist’s naïve hero" and "“A coward who learns to stay,”" in interview.body
    assert warnings == ([f"{path}: {guess}"] if guess else [])


def test_utf8_once_misread_as_windows_1252_is_mended_and_said(tmp_path):
    path = tmp_path / "scraped.md"
    path.write_text(misread(FRONT), encoding="utf-8")
    warnings = []
    interview = read_interview(path, warnings=warnings)
    assert interview.title == "Dervla Quist’s naïve hero" and "“A coward who learns to stay,” I’d say." in interview.body
    assert warnings == [f"{path}: 5 characters were UTF-8 misread as Windows-1252 (`â€™` for `’`); mended"]


def test_a_misread_closing_quote_whose_last_byte_windows_1252_leaves_undefined_is_mended():
    # U+201D is E2 80 9D; 0x9D has no Windows-1252 character, so a misreading keeps it as the control U+009D.
    assert "\x9d" in misread("“Yes,” she said.")
    assert decode(misread("“Yes,” she said.").encode("utf-8")).text == "“Yes,” she said."


@pytest.mark.parametrize("text", ["CAFÉ’s new menu and the ÉTÉ” poster", "NÃO is Portuguese for no; Ñ¿ stays",
                                  "Ã on its own, then a space: Ã ok"])
def test_text_that_only_looks_misread_is_left_as_written(text):
    assert decode(text.encode("utf-8")) == decode(text.encode("utf-8")).__class__(text, None)


def test_a_page_that_declares_its_charset_is_read_in_it():
    page = '<html><head><meta charset="koi8-r"><title>Интервью</title></head><body>Привет</body></html>'
    assert decode(page.encode("koi8-r")).text == page
    assert decode(page.encode("koi8-r")).guess == "not UTF-8; read as koi8-r, as it declares"


def test_a_header_saying_latin_1_over_a_utf8_page_reads_utf8():
    body = "<p>Oona Vilhjálmsdóttir: “Never.”</p>".encode("utf-8")
    assert decode_html(body, "text/html; charset=ISO-8859-1") == "<p>Oona Vilhjálmsdóttir: “Never.”</p>"
    assert decode_html("<p>It’s</p>".encode("cp1252"), "text/html; charset=ISO-8859-1") == "<p>It’s</p>"


def test_a_page_of_windows_1252_with_no_charset_reads_as_such(tmp_path):
    path = tmp_path / "2026-11-24-page.html"
    path.write_bytes(b"<html><head><title>Tam\xe1s Oyelaran talks</title></head><body><article>"
                     b"<p>Tam\xe1s Oyelaran has spent \x93twelve winters\x94 on the show.</p></article></body></html>")
    warnings = []
    interview = read_interview(path, warnings=warnings)
    assert "“twelve winters”" in interview.body and "Tamás" in interview.body
    assert [w for w in warnings if "UTF-8" in w] == [f"{path}: not UTF-8 (bad byte at offset 22); read as Windows-1252"]


@pytest.mark.parametrize("raw, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    ("東京の夜と朝の物語".encode("euc_jp") * 4, "not UTF-8 text (bad byte at offset 0), nor a Western encoding"),
])
def test_bytes_that_are_no_western_text_are_refused(raw, reason):
    with pytest.raises(NotText, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(raw)


def test_a_file_of_a_byte_order_mark_alone_is_empty(tmp_path):
    path = tmp_path / "blank.md"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(ContentError, match="blank.md: empty file"):
        read_interview(path)


def _feed_with_page(httpserver, page: bytes, content_type: str):
    serve_feed(httpserver, RSS.replace("https://screenweekly.example.org/", httpserver.url_for("/")))
    httpserver.expect_request("/mara-quinlan").respond_with_handler(
        lambda r: Response(page, content_type=content_type))
    web = Web(retries=0, backoff=0.01, timeout=(2, 2))
    try:
        store = Store(sa.create_engine("sqlite://"))
        return FeedSource(httpserver.url_for("/feed.xml"), web, store, name="Screen Weekly").gather(WEEK)
    finally:
        web.close()


def test_a_feed_page_in_windows_1252_under_a_latin_1_header_reads_its_quotes(httpserver):
    page = ("<html><head><title>Q&amp;A: Mara Quinlan</title></head><body><article><p>Mara Quinlan laughed: "
            "“It’s the hoses — always the hoses.” The finale was shot over four nights in the rain.</p><p>"
            + "She talked about the crew, the cold and the coffee. " * 8 + "</p></article></body></html>")
    result = _feed_with_page(httpserver, page.encode("cp1252"), "text/html; charset=ISO-8859-1")
    mara = next(iv for iv in result.interviews if "Mara" in iv.title)
    assert "“It’s the hoses — always the hoses.”" in mara.body


def test_a_feed_page_that_is_no_text_keeps_the_summary_with_a_warning(httpserver):
    result = _feed_with_page(httpserver, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "text/html")
    link = httpserver.url_for("/mara-quinlan")
    assert f"source Screen Weekly: {link} is a binary file, not text; using the feed's summary" in result.warnings
    assert any("Mara" in iv.title for iv in result.interviews)
