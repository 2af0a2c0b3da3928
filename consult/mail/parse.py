"""Raw message bytes in, a ParsedMessage out. Pure: no I/O, no database.

The standard library's `email` package with `policy.default` does the MIME work; inscriptis turns
HTML into text; mail-parser-reply trims quoted replies and signatures. Both the full text and the
new (trimmed) text are kept: the extractor reads the new text, the reviewer can see both.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

from inscriptis import get_text
from mailparser_reply import EmailReplyParser

_PARSER = BytesParser(policy=policy.default)
_REPLY_PARSER = EmailReplyParser(languages=["en"])
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_FALLBACK_CHARSETS = ("utf-8", "windows-1252", "latin-1")


class ParseError(ValueError):
    """The bytes are not a usable email message (the sender's or the transport's fault)."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str
    message_id_hash: str
    subject: str
    from_addr: str  # lower-cased address, "" when missing
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    reply_to: str
    date: str
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    text: str  # the whole body as text (HTML converted when there is no text part)
    new_text: str  # the text without quoted earlier messages and signatures
    html: str
    attachments: tuple[Attachment, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names, for classification
    content_type: str = "text/plain"
    defects: tuple[str, ...] = ()


def message_id_hash(message_id: str, raw: bytes) -> str:
    """Dedupe key: the Message-ID when there is one, otherwise the raw bytes themselves."""
    basis = message_id.strip().lower().encode() if message_id else b"raw:" + raw
    return hashlib.sha256(basis).hexdigest()


def read_message_id(raw: bytes) -> str:
    """The Message-ID header only, cheaply (the poller needs it before a full parse)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    match = re.search(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", head, re.I | re.M)
    if not match:
        return ""
    found = _MSGID_RE.search(match.group(1).decode("ascii", "replace"))
    return found.group(0) if found else ""


def parse_message(raw: bytes) -> ParsedMessage:
    if not raw or not raw.strip():
        raise ParseError("empty message")
    raw = raw.replace(b"\x00", b"")
    try:
        msg = _PARSER.parsebytes(raw)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        raise ParseError(f"MIME structure could not be read: {exc}") from exc
    if not isinstance(msg, EmailMessage):
        raise ParseError("not an email message")
    if not any(msg.get(h) for h in ("From", "Subject", "Message-ID", "Date", "To")):
        raise ParseError("no email headers found (From, To, Subject, Date, Message-ID all missing)")

    message_id = _first_msgid(_header(msg, "Message-ID"))
    text, html, attachments = _bodies(msg)
    from_name, from_addr = _address(_header(msg, "From"))
    return ParsedMessage(
        message_id=message_id,
        message_id_hash=message_id_hash(message_id, raw),
        subject=_clean_subject(_header(msg, "Subject")),
        from_addr=from_addr,
        from_name=from_name,
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        reply_to=_address(_header(msg, "Reply-To"))[1],
        date=_header(msg, "Date"),
        in_reply_to=tuple(_MSGID_RE.findall(_header(msg, "In-Reply-To"))),
        references=tuple(_MSGID_RE.findall(_header(msg, "References"))),
        text=text,
        new_text=trim_reply(text),
        html=html,
        attachments=tuple(attachments),
        headers={k.lower(): _header(msg, k) for k in set(msg.keys())},
        content_type=msg.get_content_type(),
        defects=tuple(type(d).__name__ for d in msg.defects),
    )


_QUOTED_LINE = re.compile(r"^[ \t]*>")
_ATTRIBUTION_LINE = re.compile(r"^[ \t]*(?:On\b.*)?\bwrote:[ \t]*$", re.I)


def trim_reply(text: str) -> str:
    """The newest part of a reply: quoted history and the signature removed."""
    if not text.strip():
        return ""
    # An inline (or bottom-posted) reply answers between '>' blocks; the reply parser keeps only
    # what precedes the first quote and would lose those answers, so keep every unquoted line.
    lines = text.splitlines()
    first_quote = next((i for i, line in enumerate(lines) if _QUOTED_LINE.match(line)), None)
    if first_quote is not None and any(
        line.strip() and not _QUOTED_LINE.match(line) and not _ATTRIBUTION_LINE.match(line)
        for line in lines[first_quote:]
    ):
        kept = [ln for ln in lines if not _QUOTED_LINE.match(ln) and not _ATTRIBUTION_LINE.match(ln)]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    try:
        latest = _REPLY_PARSER.parse_reply(text=text)
    except Exception:  # a third-party heuristic must never lose the message; keep it whole
        return text.strip()
    return (latest or "").strip() or text.strip()


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # malformed header the policy cannot model: fall back to the raw value
        value = msg.get_all(name, failobj=[""])[0] if hasattr(msg, "get_all") else ""
    return " ".join(str(value or "").split())


def _first_msgid(value: str) -> str:
    found = _MSGID_RE.search(value)
    return found.group(0) if found else value.strip()


def _clean_subject(subject: str) -> str:
    return subject.replace("\x00", "").strip()


def _address(value: str) -> tuple[str, str]:
    name, addr = parseaddr(value)
    return name.strip(), addr.strip().lower()


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    values = [str(v) for v in (msg.get_all(name) or [])]
    return tuple(a.lower() for _n, a in getaddresses(values) if a)


def _decode_part(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AssertionError, KeyError):
        pass
    payload = part.get_payload(decode=True) or b""
    declared = part.get_content_charset()
    for charset in (declared, *_FALLBACK_CHARSETS):
        if not charset:
            continue
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _leaf_parts(msg: Message, depth: int = 0) -> list[Message]:
    """Leaf parts in order; an attached message (a forward) stays one part, not opened."""
    if msg.get_content_type() == "message/rfc822" and depth > 0:
        return [msg]
    if not msg.is_multipart():
        return [msg]
    parts: list[Message] = []
    for sub in msg.get_payload():  # type: ignore[union-attr]
        if isinstance(sub, Message):
            parts.extend(_leaf_parts(sub, depth + 1))
    return parts


def _bodies(msg: EmailMessage) -> tuple[str, str, list[Attachment]]:
    plain_parts: list[str] = []
    html_parts: list[str] = []
    attachments: list[Attachment] = []
    for part in _leaf_parts(msg):
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if disposition == "attachment" or filename or ctype == "message/rfc822":
            payload = part.as_bytes() if ctype == "message/rfc822" else part.get_payload(decode=True)
            payload = payload or b""
            attachments.append(Attachment(filename or "(unnamed)", ctype, len(payload)))
            continue
        if ctype == "text/plain":
            plain_parts.append(_decode_part(part))
        elif ctype == "text/html":
            html_parts.append(_decode_part(part))
    html = "\n".join(html_parts)
    if plain_parts:
        text = "\n".join(plain_parts)
    else:
        text = html_to_text(html) if html else ""
    return text.replace("\r\n", "\n").replace("\x00", ""), html, attachments


def html_to_text(html: str) -> str:
    return get_text(html).strip()


def display_address(name: str, addr: str) -> str:
    return str(Address(display_name=name, addr_spec=addr)) if name else addr
