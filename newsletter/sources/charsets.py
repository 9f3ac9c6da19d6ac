"""Text from a file's bytes as archives really save them.

Most files are UTF-8, but an archive built over twenty years also holds Windows-1252 (what Western editors and old
CMSes wrote), UTF-16 with a byte-order mark (what Windows Notepad calls "Unicode"), pages whose `<meta charset>`
names their encoding, and UTF-8 that was once read as Windows-1252 and saved again (`Iâ€™m`). Each is read, and
what was guessed is said; only bytes that are no text in any of these are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Longest first: UTF-32's little-endian mark starts with UTF-16's. (UTF-8's mark is read with UTF-8.)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF_BYTES = 4096  # where a page puts its <meta charset> and where UTF-16's zero bytes show
# Text in UTF-16 without a mark has a zero in every other byte (each ASCII character is two bytes); a binary file's
# zeros fall anywhere. Most of one side's bytes being zero, and almost none of the other's, is UTF-16.
_UTF16_ZERO_SHARE = 0.6
_UTF16_OTHER_SIDE_MAX = 0.02
# Control characters text never holds (a binary file decoded as UTF-16 is full of them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_HEADER_CHARSET = re.compile(r"charset=[\"']?([A-Za-z0-9_.:-]+)", re.I)  # an HTTP Content-Type's
_DECLARED = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_.:-]+)|<\?xml[^>]{0,100}?encoding=[\"']"
                       rb"([A-Za-z0-9_.:-]+)", re.I)
# What browsers do: a page that says Latin-1 or ASCII is read as Windows-1252, its superset.
_AS_WINDOWS = {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii", "iso8859-1", "l1"}
# Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 but Latin-1 at most.
_CP1252_HOLES = b"\x81\x8d\x8f\x90\x9d"
# Text in a Western language has a few accented letters among its ASCII; a file read as Windows-1252 whose characters
# are mostly outside ASCII is in another encoding (Shift-JIS, GBK, KOI8-R), and reading it would print nonsense.
_WESTERN_NON_ASCII_MAX = 0.3

# UTF-8 read as Windows-1252: a lead byte shown as `Â`–`ô` then 1–3 continuation bytes shown as what Windows-1252
# makes of 0x80–0xBF (the bytes it leaves undefined come through as the matching control characters).
_CONTINUATION = "".join(sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)}))
_C = "[" + re.escape(_CONTINUATION) + "]"
_MISREAD = re.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
# Only these say for sure that a text was misread: `â€` opens every curly quote and dash, `Ã` then a continuation
# every accented small letter. A lone `É’` may be a capital before an apostrophe, so nothing is mended without them.
_SURELY_MISREAD = re.compile(f"\u00e2\u20ac|\u00c3{_C}")


@dataclass(frozen=True)
class Decoded:
    """A file's text and, when it was not plain UTF-8, what was guessed (for a warning)."""

    text: str
    guess: str | None = None


class NotText(ValueError):
    """Bytes that no encoding an archive uses makes into text; the message says why."""


def decode(raw: bytes, content_type: str = "") -> Decoded:
    """The text in `raw`: by its byte-order mark, as UTF-8, in the charset the HTTP `content_type` or the page
    itself declares, then as Windows-1252; UTF-8 once misread as Windows-1252 is mended. Raises NotText."""
    for mark, codec in _BOMS:
        if raw.startswith(mark):
            return _mended(raw.decode(codec, errors="replace").lstrip("\ufeff"), None)
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head:
        codec = _utf16_without_mark(head)
        if codec is None:
            raise NotText("binary file, not text")
        return Decoded(raw.decode(codec, errors="replace"), f"no byte-order mark; read as {codec.upper()}")
    try:
        return _mended(raw.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        bad = exc.start
    declared = _declared(content_type, head)
    if declared and declared not in ("utf-8", "cp1252"):
        return Decoded(raw.decode(declared, errors="replace"), f"not UTF-8; read as {declared}, as it declares")
    codec = "latin-1" if any(b in raw for b in _CP1252_HOLES) else "cp1252"
    text = raw.decode(codec)
    if sum(ch > "\x7f" for ch in text) > _WESTERN_NON_ASCII_MAX * len(text):
        raise NotText(f"not UTF-8 text (bad byte at offset {bad}), nor a Western encoding")
    return Decoded(text, f"not UTF-8 (bad byte at offset {bad}); read as {codec.replace('cp', 'Windows-')}")


def _utf16_without_mark(head: bytes) -> str | None:
    half = max(len(head) // 2, 1)
    even, odd = head[0::2].count(0) / half, head[1::2].count(0) / half
    codec = ("utf-16-le" if odd >= _UTF16_ZERO_SHARE and even <= _UTF16_OTHER_SIDE_MAX else
             "utf-16-be" if even >= _UTF16_ZERO_SHARE and odd <= _UTF16_OTHER_SIDE_MAX else None)
    if codec is None:
        return None
    sample = head[:len(head) // 2 * 2].decode(codec, errors="replace")
    return codec if not _CONTROL.search(sample) else None


def _declared(content_type: str, head: bytes) -> str | None:
    """The codec the HTTP header or the page names, as Python knows it; None when neither names one it knows."""
    names = [m.group(1) for m in _HEADER_CHARSET.finditer(content_type)]
    names += [(m.group(1) or m.group(2)).decode("ascii") for m in _DECLARED.finditer(head)]
    for name in names:
        name = "cp1252" if name.lower() in _AS_WINDOWS else name
        try:
            found = codecs.lookup(name).name
        except LookupError:
            continue  # a charset nobody knows: look further
        return {"utf-8-sig": "utf-8", "windows-1252": "cp1252"}.get(found, found)
    return None


def _mended(text: str, guess: str | None) -> Decoded:
    if not _SURELY_MISREAD.search(text):
        return Decoded(text, guess)
    count = 0

    def mend(match: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = b"".join(ch.encode("cp1252") if ch.encode("cp1252", errors="ignore") else ch.encode("latin-1")
                             for ch in match.group()).decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return match.group()
        count += 1
        return fixed

    text = _MISREAD.sub(mend, text)
    return Decoded(text, f"{count} characters were UTF-8 misread as Windows-1252 (`â€™` for `’`); mended")
