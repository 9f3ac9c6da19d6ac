import email
from datetime import datetime, timezone
from email import policy

from newsletter.deliver.message import Envelope
from newsletter.deliver.mime import prepare_message, qp_encode
from newsletter.tokens import TOKEN_PLACEHOLDER

ENV = Envelope("2026-W48", "TV Talk Weekly", "news@example.org", "letters@example.org", "tv.example.org",
               "https://news.example.org")
TOK = "T" * 25 + "." + "k" * 24
NOW = datetime(2026, 11, 30, 13, 0, tzinfo=timezone.utc)
HTML = ("<html><body>" + "<p>Ünïcödé “quotes” — and a very long line " * 40 +
        f'<a href="https://news.example.org/unsubscribe?t={TOKEN_PLACEHOLDER}">Unsubscribe</a></p></body></html>')
TEXT = "Hello café =  trailing space \nLine two " + TOKEN_PLACEHOLDER + "\n" + "x" * 200 + "\n"


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def test_filled_message_parses_back_to_the_same_content():
    out = prepare_message(ENV, "Süßes TV: “quotes”", TEXT, HTML).fill("ann@example.org", "Ann Lée", TOK, NOW)
    msg = parse(out.raw)
    assert msg["Subject"] == "Süßes TV: “quotes”"
    assert msg["To"].addresses[0].display_name == "Ann Lée" and msg["To"].addresses[0].addr_spec == "ann@example.org"
    assert msg["Date"].datetime == NOW
    assert msg["Message-ID"] == out.message_id
    assert msg["List-Unsubscribe"] == f"<https://news.example.org/unsubscribe?t={TOK}>, " \
                                      "<mailto:letters@example.org?subject=unsubscribe>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain, html = list(msg.iter_parts())
    assert plain.get_content_type() == "text/plain" and html.get_content_type() == "text/html"
    assert plain.get_content().replace("\r\n", "\n") == TEXT.replace(TOKEN_PLACEHOLDER, TOK)
    assert html.get_content().replace("\r\n", "\n") == HTML.replace(TOKEN_PLACEHOLDER, TOK)
    assert not msg.defects and all(not p.defects for p in msg.iter_parts())


def test_every_body_line_within_76_and_every_line_within_998():
    raw = prepare_message(ENV, "S", TEXT, HTML).fill("a@example.org", "", TOK, NOW).raw
    head, _, body = raw.partition(b"\r\n\r\n")
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    assert all(len(line) <= 76 for line in body.split(b"\r\n"))


def test_one_preparation_serves_many_recipients_with_their_own_fields():
    prepared = prepare_message(ENV, "S", TEXT, HTML)
    a = prepared.fill("a@example.org", "A", "A" * 25 + "." + "a" * 24, NOW)
    b = prepared.fill("b@example.org", "B", "B" * 25 + "." + "b" * 24, NOW)
    assert a.message_id != b.message_id
    assert b"a@example.org" in a.raw and b"a@example.org" not in b.raw
    assert ("B" * 25).encode() in b.raw and ("A" * 25).encode() not in b.raw


def test_message_id_is_stable_for_a_resend():
    prepared = prepare_message(ENV, "S", TEXT, HTML)
    assert prepared.fill("a@example.org", "A", TOK, NOW).message_id == \
        prepare_message(ENV, "S", TEXT, HTML).fill("A@example.org", "A", TOK, NOW).message_id


def test_header_injection_in_names_and_subjects_cannot_add_headers():
    env = Envelope("2026-W48", "News\r\nBcc: evil@example.com", "news@example.org", "", "l.example.org",
                   "https://news.example.org")
    out = prepare_message(env, "Hi\nBcc: evil@example.com", "t", "<p>h</p>").fill(
        "a@example.org", "Ann\r\nBcc: evil@example.com", TOK, NOW)
    msg = parse(out.raw)
    assert msg.get_all("Bcc") is None
    assert msg["Subject"] == "Hi Bcc: evil@example.com"


def test_qp_keeps_the_token_slot_whole():
    slot = "\x00" * 50
    parts = qp_encode("y" * 60 + slot + "z")
    assert len(parts) == 2 and parts[0].endswith("=\r\n")


def test_the_smtp_form_doubles_every_leading_dot_as_stuffing_the_whole_message_would():
    text = ".hidden line\n" + "a" * 74 + TOKEN_PLACEHOLDER + "\n..two dots\n" + "y" * 75 + ".dot after a soft break\n"
    out = prepare_message(ENV, "S", text, HTML).fill("a@example.org", "A", ".oken" + TOK[5:], NOW)
    assert out.wire == out.raw.replace(b"\r\n.", b"\r\n..")
    assert b"\r\n..hidden line" in out.wire and b"\r\n...two dots" in out.wire
    assert b"\r\n..oken" in out.wire  # a token that begins a line after a soft break is stuffed too
