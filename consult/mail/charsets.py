"""Text from bytes whose charset is missing, wrong or exotic: header words and body parts.

Strict decoding down a cascade, so a wrong label falls back instead of turning into
replacement characters (docs/mail-handling.md lists the rules and the mail that needed them).
"""

from __future__ import annotations

import re
from email.header import decode_header

_FALLBACK_CHARSETS = ("utf-8", "windows-1252", "latin-1")
_CJK_CHARSETS = ("iso2022_jp_ext", "iso2022_jp_2", "cp932", "euc_jp", "gb18030", "big5", "cp949")
# Labels Python does not know, or knows by a narrower name than the mail clients that send them.
_CHARSET_ALIASES = {
    "iso-2022-jp-ms": "iso2022_jp_ext",
    "iso-2022-jp-kddi": "iso2022_jp_ext",
    "iso-2022-jp": "iso2022_jp_ext",  # a superset; plain ISO-2022-JP decodes the same
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "us-ascii": "utf-8",  # mislabelled 8-bit text is far more often UTF-8 than anything else
    "iso-8859-1": "windows-1252",  # what senders labelled latin-1 almost always mean
}
ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")


def decode_header_text(value: str) -> str:
    """RFC 2047 and raw 8-bit header text to str; never raises.

    Adjacent encoded words of one charset are joined before decoding (a multibyte character
    split across two words survives); raw 8-bit bytes go through the charset cascade.
    """
    if value.isascii() and "=?" not in value:  # most headers: nothing to decode
        return " ".join(value.replace("\x00", "").split())
    raw = value.encode("ascii", "surrogateescape") if _has_surrogates(value) else None
    if raw is not None:
        value = decode_bytes(raw, None)
    value = re.sub(r"\r?\n[ \t]+", " ", value).replace("\x00", "")
    try:
        pieces = decode_header(value)
    except Exception:  # a malformed encoded word: fall back to the loose decoder below
        pieces = [(value, None)]
    out = []
    for chunk, charset in pieces:
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    text = "".join(out)
    if ENCODED_WORD.search(text):  # words glued to text, or inside quotes: decode them anyway
        text = ENCODED_WORD.sub(_loose_word, text)
    return " ".join(text.split())


def _loose_word(match: re.Match[str]) -> str:
    try:
        pieces = decode_header(match.group(0))
        return "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in pieces)
    except Exception:  # still undecodable: leave it visible; the subject gets flagged
        return match.group(0)


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def decode_bytes(data: bytes, declared: str | None, *, eight_bit: bool = False) -> str:
    """Strict decoding down a cascade: the declared charset (UTF-8 first for 8bit), then
    UTF-8, then the CJK family when the bytes look like it, then windows-1252 and latin-1."""
    declared = (declared or "").strip().lower() or None
    order: list[str] = []
    if eight_bit:
        order.append("utf-8")
    if declared:
        order.append(_CHARSET_ALIASES.get(declared, declared))
        if "2022" in declared or declared in ("shift_jis", "x-sjis", "euc-jp"):
            order.extend(_CJK_CHARSETS)
    if b"\x1b$" in data or b"\x1b(" in data:  # ISO-2022 escape sequences, labelled or not
        order.append("iso2022_jp_ext")
    order.append("utf-8")
    if not declared and re.search(rb"[\x81-\x9f][\x40-\xfc]", data):
        order.extend(("cp932", "euc_jp"))
    order.extend(_FALLBACK_CHARSETS)
    for charset in dict.fromkeys(order):
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        if "\x1b" in text and charset != order[-1]:  # escapes left over: the wrong codec
            continue
        return text
    return data.decode("latin-1")
