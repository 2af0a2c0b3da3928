"""Raw message bytes in, a ParsedMessage out. Pure: no I/O, no database.

The standard library's `email` package (compat32 policy, headers decoded here) does the MIME
work; `charsets` decodes headers and bodies, `quoting` finds the new text (mail-parser-reply,
inscriptis), `smime` opens opaque-signed mail. Both the full text and the new (trimmed) text are
kept: the extractor reads the new text, the reviewer can see both.

Real mail is messy (docs/mail-handling.md lists each rule): headers are decoded from their raw
bytes with a charset cascade, bodies are decoded strictly so a wrong label falls back instead of
turning into replacement characters, and parsing runs under depth, part and time limits.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import time
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value, getaddresses, parseaddr

from consult.errors import SenderError
from consult.mail.charsets import ENCODED_WORD, decode_bytes, decode_header_text
from consult.mail.quoting import (
    MAX_HTML_CHARS,
    cut_html_quote,
    html_to_text,
    is_forward,
    opens_with_header_block,
    trim_reply,
)
from consult.mail.smime import signed_content

# compat32: headers stay raw strings until asked for (we decode the few we need ourselves).
# policy.default would build a structured object for every header on every access, which
# made parsing thirty times slower than the bare standard-library parse.
_PARSER = BytesParser(policy=policy.compat32)
_MSGID_RE = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class Limits:
    """Parse limits: a message over any of them is quarantined as 'limit'."""

    max_depth: int = 20
    max_parts: int = 500
    max_seconds: float = 20.0
    max_html_chars: int = MAX_HTML_CHARS  # bigger HTML is cut before conversion (flag html_truncated)


DEFAULT_LIMITS = Limits()


class ParseError(SenderError, ValueError):
    """The bytes are not a usable email message (the sender's or the transport's fault)."""


class ParseLimit(ParseError):
    """The message breaks a depth, part-count or time limit."""


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
    delivered_to: tuple[str, ...] = ()  # Delivered-To, X-Original-To, Envelope-To (Bcc, aliases)
    flags: tuple[str, ...] = ()  # what the reviewer should know: winmail_dat, forward, ...
    report_message_id: str = ""  # in a delivery-status report: the Message-ID that bounced
    report_status: str = ""  # in a delivery-status report: e.g. "5.1.1"

    @property
    def recipients(self) -> tuple[str, ...]:
        return (*self.to, *self.cc, *self.delivered_to)


def normalize_message_id(value: str) -> str:
    """`<id@host>` from the forms seen in the wild: no brackets, `<[id@host]>`, quotes, spaces."""
    value = value.strip()
    if not value:
        return ""
    found = _MSGID_RE.search(value)
    inner = found.group(0)[1:-1] if found else value.split()[0]
    inner = inner.strip("[]\"' ")
    return f"<{inner}>" if inner else ""


def message_ids(value: str) -> tuple[str, ...]:
    """Every Message-ID in an In-Reply-To or References header, normalised, in order."""
    found = _MSGID_RE.findall(value)
    if not found:
        found = [t for t in value.replace(",", " ").split() if "@" in t]
    return tuple(n for n in (normalize_message_id(f) for f in found) if n)


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
    return normalize_message_id(match.group(1).decode("ascii", "replace"))


def read_sender(raw: bytes) -> tuple[str, dict[str, str]]:
    """The From address and headers without parsing the body (for mail too big to parse)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0][:200_000]
    try:
        msg = _PARSER.parsebytes(head + b"\r\n\r\n", headersonly=True)
    except Exception:  # a header block the parser cannot read: no sender to answer
        return "", {}
    headers = _raw_headers(msg)
    return _pick_address(headers)[1], headers


def parse_message(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> ParsedMessage:
    if not raw or not raw.strip():
        raise ParseError("empty message")
    deadline = time.monotonic() + limits.max_seconds
    raw = raw.replace(b"\x00", b"")
    flags: list[str] = []
    msg = _parse_bytes(raw)
    headers = _raw_headers(msg)
    if not any(headers.get(h) for h in ("from", "subject", "message-id", "date", "to")):
        raise ParseError("no email headers found (From, To, Subject, Date, Message-ID all missing)")
    repaired = _repair_stray_blank_line(raw, msg)
    if repaired is not None:
        msg, headers = repaired, _raw_headers(repaired)
        flags.append("stray_blank_line_in_headers")

    message_id = normalize_message_id(headers.get("message-id", ""))
    digest = message_id_hash(message_id, raw)
    if not message_id:
        message_id = f"<gen-{digest[:32]}@consult.invalid>"
        flags.append("no_message_id")
    body = _Bodies(limits, deadline)
    body.walk(msg, 0)
    text, html = body.text(msg), "\n".join(body.html_parts)
    flags.extend(body.flags)
    subject = headers.get("subject", "").strip()
    if ENCODED_WORD.search(subject):
        flags.append("undecoded_subject")
    if not subject:
        flags.append("no_subject")
    from_name, from_addr = _pick_address(headers)
    forwarded = is_forward(subject, text)
    in_thread = bool(headers.get("in-reply-to", "").strip() or headers.get("references", "").strip())
    if forwarded:
        flags.append("forward")
        new_text = text.strip()
    elif opens_with_header_block(subject, text, in_thread=in_thread):
        flags.append("header_block_at_top")
        new_text = text.strip()
    elif body.plain_parts or not html:
        new_text = trim_reply(text)
    else:
        cut = cut_html_quote(html)
        # Converting HTML is the slowest step of all: when nothing was cut, reuse the conversion.
        converted = body.html_as_text if len(cut) == len(html) else None
        new_text = trim_reply(converted if converted is not None else html_to_text(cut, limits.max_html_chars))
    if not new_text.strip() and subject:
        flags.append("subject_only")
    return ParsedMessage(
        message_id=message_id,
        message_id_hash=digest,
        subject=subject or "(no subject)",
        from_addr=from_addr,
        from_name=from_name,
        to=_addresses(headers, "to"),
        cc=_addresses(headers, "cc"),
        reply_to=_address(headers.get("reply-to", ""))[1],
        date=headers.get("date", ""),
        in_reply_to=message_ids(headers.get("in-reply-to", "")),
        references=message_ids(headers.get("references", "")),
        text=text,
        new_text=new_text,
        html=html,
        attachments=tuple(body.attachments),
        headers=headers,
        content_type=msg.get_content_type(),
        defects=tuple(type(d).__name__ for d in msg.defects),
        delivered_to=tuple(
            dict.fromkeys(
                a for h in ("delivered-to", "x-original-to", "envelope-to") for a in _addresses(headers, h)
            )
        ),
        flags=tuple(dict.fromkeys(flags)),
        report_message_id=body.report_message_id,
        report_status=body.report_status,
    )


def _parse_bytes(raw: bytes) -> Message:
    try:
        msg = _PARSER.parsebytes(raw)
    except RecursionError as exc:
        raise ParseLimit("MIME nesting too deep to read") from exc
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        raise ParseError(f"MIME structure could not be read: {type(exc).__name__}") from exc
    if not isinstance(msg, Message):
        raise ParseError("not an email message")
    return msg


# -- headers ----------------------------------------------------------------------------------
_KNOWN_HEADERS = re.compile(
    rb"^(to|cc|bcc|from|subject|date|message-id|mime-version|content-type|"
    rb"content-transfer-encoding|in-reply-to|references|reply-to|x-[\w-]+):",
    re.I,
)


def _repair_stray_blank_line(raw: bytes, msg: Message) -> Message | None:
    """A blank line inside the header block leaves headers in the body: put them back."""
    head, sep, rest = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    if not sep or msg.is_multipart():
        return None
    block, sep2, body = rest.partition(sep)
    lines = [ln for ln in block.splitlines() if ln.strip()]
    if not sep2 or not lines or not all(_KNOWN_HEADERS.match(ln) or ln[:1] in b" \t" for ln in lines):
        return None
    newline = b"\r\n" if sep == b"\r\n\r\n" else b"\n"
    return _parse_bytes(head + newline + block + sep + body)


def _raw_headers(msg: Message) -> dict[str, str]:
    """First value of each header, decoded from its raw form (never the policy's object)."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key not in out:
            out[key] = decode_header_text(str(value))
    return out


def _pick_address(headers: dict[str, str]) -> tuple[str, str]:
    """The first valid From address; else Reply-To, else Sender (an invalid From list)."""
    for name in ("from", "reply-to", "sender"):
        for display, addr in address_list(headers.get(name, "")):
            if _valid_address(addr):
                return display.strip(), addr.strip().lower()
        loose = _LOOSE_ADDRESS.search(headers.get(name, ""))
        if loose:  # "Office, Sam Biller sam@x.example": no valid list, but one plain address
            return "", loose.group(0).lower()
    return "", ""


_LOOSE_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _valid_address(addr: str) -> bool:
    local, at, domain = addr.strip().rpartition("@")
    return bool(local and at and "." in domain and " " not in addr.strip())


def _address(value: str) -> tuple[str, str]:
    name, addr = parseaddr(value)
    return name.strip(), (addr.strip().lower() if _valid_address(addr) else "")


def _addresses(headers: dict[str, str], name: str) -> tuple[str, ...]:
    if not headers.get(name):
        return ()
    return tuple(a.lower() for _n, a in address_list(headers.get(name, "")) if _valid_address(a))


# The plainest header values, `addr@host` or `Plain Name <addr@host>`, read without the standard
# library's address parser (25 µs a call); everything else goes to it. The results are the same
# (tests/mail/test_addresses.py compares them).
_ATOM = r"[A-Za-z0-9_+-]+"
_ADDR = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_ADDRESS = re.compile(rf"[ \t]*(?:([A-Za-z0-9]+(?: [A-Za-z0-9]+)*) ?<({_ADDR})>|({_ADDR}))[ \t]*")


def address_list(value: str) -> list[tuple[str, str]]:
    """`email.utils.getaddresses` of one header value."""
    plain = _PLAIN_ADDRESS.fullmatch(value)
    if plain is None:
        return getaddresses([value])
    if plain.group(3):
        return [("", plain.group(3))]
    return [(plain.group(1), plain.group(2))]


# -- bodies -----------------------------------------------------------------------------------
_SIGNED_DATA = ("application/pkcs7-mime", "application/x-pkcs7-mime")


class _Bodies:
    """Walks the MIME tree once under the limits, collecting text, HTML and attachments."""

    def __init__(self, limits: Limits, deadline: float) -> None:
        self.limits, self.deadline = limits, deadline
        self.plain_parts: list[str] = []
        self.html_parts: list[str] = []
        self.attachments: list[Attachment] = []
        self.flags: list[str] = []
        self.inner_text = ""  # the text of a forwarded message, for a wrapper with no body
        self.html_as_text: str | None = None  # the joined HTML parts converted, when done
        self.report_message_id = ""
        self.report_status = ""
        self.parts = 0

    def walk(self, part: Message, depth: int) -> None:
        self.parts += 1
        if depth > self.limits.max_depth:
            raise ParseLimit(f"MIME nesting deeper than {self.limits.max_depth} levels")
        if self.parts > self.limits.max_parts:
            raise ParseLimit(f"more than {self.limits.max_parts} MIME parts")
        if time.monotonic() > self.deadline:
            raise ParseLimit(f"parsing took longer than {self.limits.max_seconds:.0f}s")
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            self._delivery_status(part)
            return
        if ctype in ("message/rfc822", "text/rfc822-headers") and depth > 0:
            self._attached_message(part)
            return
        if part.is_multipart():
            for sub in part.get_payload():
                if isinstance(sub, Message):
                    self.walk(sub, depth + 1)
            return
        filename = _filename(part)
        if ctype in _SIGNED_DATA or filename.lower() == "smime.p7m":
            if self._unwrap_smime(part, depth):
                return
        self._leaf(part, ctype, filename)

    def _leaf(self, part: Message, ctype: str, filename: str) -> None:
        disposition = part.get_content_disposition()
        if disposition == "attachment" or filename or ctype not in ("text/plain", "text/html"):
            payload = part.get_payload(decode=True) or b""
            name = filename or _fallback_name(part, ctype)
            if name.lower() == "winmail.dat" or ctype == "application/ms-tnef":
                self.flags.append("winmail_dat")
            self.attachments.append(Attachment(name, ctype, len(payload)))
            return
        text = _decode_part(part)
        if ctype == "text/plain":
            # collapse: an RFC 2231 parameter (format*=...) comes back as a (charset, lang, value) tuple.
            flowed = "format" in str(part.get("Content-Type", "")).lower()  # skip the parameter parse
            if flowed and collapse_rfc2231_value(part.get_param("format") or "").lower() == "flowed":
                delsp = collapse_rfc2231_value(part.get_param("delsp") or "").lower() == "yes"
                text = unflow(text, delsp)
            self.plain_parts.append(text)
        else:
            self.html_parts.append(text)

    def _attached_message(self, part: Message) -> None:
        inner = part.get_payload()
        inner_msg = inner[0] if isinstance(inner, list) and inner else None
        if isinstance(inner, str):  # text/rfc822-headers: the returned message's header block
            inner_msg = _PARSER.parsebytes(inner.encode("utf-8", "surrogateescape"), headersonly=True)
        subject = ""
        if isinstance(inner_msg, Message):
            inner_headers = _raw_headers(inner_msg)
            subject = inner_headers.get("subject", "")
            if not self.report_message_id:
                self.report_message_id = normalize_message_id(inner_headers.get("message-id", ""))
            if not self.inner_text and part.get_content_type() == "message/rfc822":
                nested = _Bodies(self.limits, self.deadline)
                nested.parts = self.parts
                nested.walk(inner_msg, 1)
                self.parts = nested.parts
                self.inner_text = nested.text(inner_msg)
        if part.get_content_type() == "text/rfc822-headers":
            name = "returned message headers.txt"
        else:
            name = _filename(part) or (_safe_name(subject) or "forwarded message") + ".eml"
        self.attachments.append(Attachment(name, part.get_content_type(), len(part.as_bytes())))
        self.flags.append("attached_message")

    def _delivery_status(self, part: Message) -> None:
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []
        for block in blocks:
            if not isinstance(block, Message):
                continue
            status = str(block.get("Status", "")).strip()
            if status and not self.report_status:
                self.report_status = status.split()[0]

    def _unwrap_smime(self, part: Message, depth: int) -> bool:
        """Opaque-signed S/MIME: find the signed content without verifying the signature."""
        payload = part.get_payload(decode=True)  # bytes, or None for a multipart
        content = signed_content(payload if isinstance(payload, bytes) else b"")
        if content is None:
            return False
        self.flags.append("smime_unverified")
        self.walk(_parse_bytes(content), depth + 1)
        return True

    def text(self, msg: Message) -> str:
        if self.plain_parts:
            text = "\n".join(self.plain_parts)
        elif self.html_parts:
            html = "\n".join(self.html_parts)
            if len(html) > self.limits.max_html_chars:
                self.flags.append("html_truncated")
            text = self.html_as_text = html_to_text(html, self.limits.max_html_chars)
        else:
            text = ""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if not text.strip() and self.inner_text.strip():
            self.flags.append("wrapped_message")
            text = self.inner_text
        if _is_outlook(msg) and _doubled_newlines(text):
            self.flags.append("outlook_doubled_newlines")
            text = re.sub(r"\n\n", "\n", text)
        return text


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()  # RFC 2231 (filename*=) and RFC 2047, then name=
    except Exception:  # a parameter the policy cannot model
        name = None
    if not name:
        return ""
    return _safe_name(decode_header_text(str(name)))


def _safe_name(name: str) -> str:
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f<>:\"|?*]+", "_", name).strip(" .")
    return name[:200]


def _fallback_name(part: Message, ctype: str) -> str:
    cid = str(part.get("Content-ID", "")).strip("<> ")
    ext = {"application/vnd.ms-outlook": ".msg", "application/ms-tnef": ".dat"}.get(ctype)
    ext = ext or mimetypes.guess_extension(ctype) or ".bin"
    return _safe_name(cid.split("@")[0] + ext) if cid else f"unnamed{ext}"


def _decode_part(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):  # None: nothing to decode
        payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    return decode_bytes(payload, part.get_content_charset(), eight_bit=cte == "8bit")


def _is_outlook(msg: Message) -> bool:
    mailer = f"{msg.get('X-Mailer', '')} {msg.get('User-Agent', '')}".lower()
    return "outlook" in mailer or "microsoft" in mailer


def _doubled_newlines(text: str) -> bool:
    """Every line break doubled (Outlook's plain-text bug): no two text lines touch."""
    lines = text.strip("\n").split("\n")
    return len(lines) >= 5 and not re.search(r"[^\n]\n[^\n]", text.strip("\n"))


def unflow(text: str, delsp: bool = False) -> str:
    """RFC 3676 format=flowed: join soft-broken lines, undo space-stuffing."""
    out: list[str] = []
    buffer = ""
    depth_of_buffer = -1
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if buffer and depth != depth_of_buffer:
            out.append(">" * depth_of_buffer + (" " if depth_of_buffer else "") + buffer)
            buffer = ""
        soft = content.endswith(" ") and content != "-- "
        if soft:
            buffer += content[:-1] if delsp else content
            depth_of_buffer = depth
            continue
        buffer += content
        out.append(">" * depth + (" " if depth and buffer else "") + buffer)
        buffer, depth_of_buffer = "", -1
    if buffer:
        out.append(">" * max(depth_of_buffer, 0) + buffer)
    return "\n".join(out)


def display_address(name: str, addr: str) -> str:
    return str(Address(display_name=name, addr_spec=addr)) if name else addr
