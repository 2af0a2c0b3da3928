"""The new text of a message: quoted history, signatures and reply markers removed.

mail-parser-reply does the trimming; the rules around it keep inline answers between quote
blocks, keep a forward's quoted part (it is the content), and cut HTML replies at the first
client quote container. inscriptis turns HTML into text.
"""

from __future__ import annotations

import re

from inscriptis import get_text
from mailparser_reply import EmailReplyParser

_REPLY_PARSER = EmailReplyParser(languages=["en", "de", "fr", "es"])
MAX_HTML_CHARS = 2_000_000

_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|wg|tr|rv)\s*:", re.I)
_FORWARD_BODY = re.compile(
    r"^[ \t]*(-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:|-{3,}\s*original message\s*-{3,})",
    re.I | re.M,
)


def is_forward(subject: str, text: str) -> bool:
    """A forward's quoted part is the content: it must not be trimmed away."""
    if _FORWARD_SUBJECT.match(subject):
        return True
    match = _FORWARD_BODY.search(text)
    return bool(match and "forward" in match.group(1).lower() and not text[: match.start()].strip())


_HTML_QUOTE_START = re.compile(
    r"<div[^>]+id=[\"']?(?:x_)?(?:divRplyFwdMsg|appendonsend)|"
    r"<div[^>]+class=[\"']?(?:x_)?(?:gmail_quote|OutlookMessageHeader|yahoo_quoted)|"
    r"<blockquote[^>]+type=[\"']?cite|<hr[^>]+id=[\"']?(?:x_)?stopSpelling",
    re.I,
)


def cut_html_quote(html: str) -> str:
    """HTML replies: cut at the first client quote container (Outlook x_ ids included)."""
    match = _HTML_QUOTE_START.search(html)
    return html[: match.start()] if match and html[: match.start()].strip() else html


_QUOTED_LINE = re.compile(r"^[ \t]*>")
_ATTRIBUTION_LINE = re.compile(r"^[ \t]*(?:On\b.*)?\bwrote:[ \t]*$", re.I)
_REPLY_ABOVE = re.compile(r"^[ \t>]*-*\s*(please\s+)?(reply|type your reply)\s+above\s+this\s+line", re.I | re.M)
_HEADER_BLOCK = re.compile(r"^[ \t]*\**(from|von|de)\s*:\**.*\n(?:.*\n){0,2}?[ \t]*\**(sent|date|gesendet|to|an)\s*:", re.I | re.M)


def trim_reply(text: str) -> str:
    """The newest part of a reply: quoted history and the signature removed."""
    if not text.strip():
        return ""
    marker = _REPLY_ABOVE.search(text)
    if marker and text[: marker.start()].strip():
        text = text[: marker.start()]
    # An inline (or bottom-posted) reply answers between '>' blocks; the reply parser keeps only
    # what precedes the first quote and would lose those answers, so keep every unquoted line.
    lines = text.splitlines()
    first_quote = next((i for i, line in enumerate(lines) if _QUOTED_LINE.match(line)), None)
    if first_quote is not None and not _HEADER_BLOCK.search(text):
        kept = [ln for ln in lines if not _QUOTED_LINE.match(ln) and not _ATTRIBUTION_LINE.match(ln)]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
        if not text:
            return ""
    try:
        latest = _REPLY_PARSER.parse_reply(text=text)
    except Exception:  # a third-party heuristic must never lose the message; keep it whole
        return text.strip()
    latest = (latest or "").strip()
    if not latest:
        return text.strip()
    # A lone "From:" line in the middle of real text is not a quote header: if what was cut
    # holds no quote marker at all, the parser cut real content and the whole text is kept.
    rest = text[text.find(latest[-40:]) + len(latest[-40:]) :] if latest[-40:] in text else ""
    if rest.strip() and not _looks_quoted(rest) and len(rest.strip()) > 3 * max(len(latest), 1):
        return text.strip()
    return latest


def _looks_quoted(rest: str) -> bool:
    return bool(
        re.search(r"^[ \t]*>", rest, re.M)
        or _ATTRIBUTION_LINE.search(rest)
        or _HEADER_BLOCK.search(rest)
        or re.search(r"-{3,}\s*original message|_{10,}", rest, re.I)
        or re.search(r"^\s*(--|—|thanks|regards|best|sent from)", rest, re.I)
    )


def html_to_text(html: str, max_chars: int = MAX_HTML_CHARS) -> str:
    html = html[:max_chars]
    # Word's downlevel-revealed conditionals (<![if !vml]>…<![endif]>) wrap real content.
    html = re.sub(r"<!\[(?:end)?if[^\]]*\]>", "", html, flags=re.I)
    return get_text(html).strip()
