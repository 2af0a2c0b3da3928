"""The new text of a message: quoted history, signatures and reply markers removed.

mail-parser-reply does the trimming; the rules around it keep inline answers between quote
blocks, keep a forward's quoted part (it is the content), and cut HTML replies at the first
client quote container. inscriptis turns HTML into text.
"""

from __future__ import annotations

import re
from typing import Any

from inscriptis import get_text
from mailparser_reply import EmailReplyParser
from mailparser_reply.constants import MAIL_LANGUAGES
from mailparser_reply.parser import EmailMessage

from consult.casefold import lowered

_LANGUAGES = ["en", "de", "fr", "es"]
MAX_HTML_CHARS = 2_000_000


class _ReplyParser:
    """mail-parser-reply, same results, a fraction of the time.

    The library rebuilds its three patterns for every message, and each of them tries its
    alternatives at every character of the text (about 450 µs for a short question; a plain
    case-insensitive search costs Python's `re` ten times what a lower-cased substring test
    does). Here the patterns are built once, and each runs only from where a cheap check on the
    same text finds what every one of its alternatives needs (`_Gated`).
    tests/mail/test_quoting.py compares the results with the library's own on every sample.
    """

    def __init__(self, languages: list[str]) -> None:
        self.languages = EmailReplyParser(languages=languages).languages
        template = EmailMessage(text="", languages=list(self.languages))
        words = {key: _language_words(template.languages, key) for key in _WORD_KEYS}
        self.patterns: dict[str, Any] = {
            # Headers: a header keyword and a colon at a line start, or an attribution verb.
            "_header_regex": _Gated(
                template.HEADER_REGEX,
                line=rf"(?:> ?)*[* ]*(?:{words['from_header']}):",
                # "On <date>,\n<name>\nwrote:": the attribution may start up to three lines up.
                words=("wrote:", "schrieb", "a \u00e9crit", "escribi\u00f3:", "original message"),
                lines_before=3,
            ),
            # Signatures: a rule, a dash, a sign-off or "Sent from my" at a line start.
            "_signature_regex": _Gated(
                template.SIGNATURE_REGEX,
                line=rf"(?:> ?)* ?(?:[-_]|{words['sent_from']}|{words['signatures']})",
            ),
            # Disclaimers always contain the word "mail".
            "_disclaimers_regex": _Gated(template.DISCLAIMERS_REGEX, words=("mail",)),
        }

    def parse_reply(self, text: str) -> str | None:
        message = EmailMessage(text=text, languages=list(self.languages), **self.patterns)
        return message.read().latest_reply


_WORD_KEYS = ("from_header", "sent_from", "signatures")
_FROM_HEADER_KEYWORDS = re.compile(r"\[\* \]\*\(\?:(.*?)\):")


def _language_words(languages: list[str], key: str) -> str:
    """One alternation of the library's own fragments for `key`, over the languages."""
    fragments: list[str] = []
    for language in languages:
        value = MAIL_LANGUAGES[language].get(key) or []
        if key == "from_header":  # the keywords inside the block pattern: (?:From|Sent|...):
            found = _FROM_HEADER_KEYWORDS.search(str(value))
            value = found.group(1) if found else ".*"  # shaped differently: every line passes
        fragments.extend([value] if isinstance(value, str) else value)
    return "|".join(dict.fromkeys(fragments))


class _Gated:
    """One of the library's patterns, run only from where it can match; same results.

    `line`: what a match needs at the start of its first line. `words`: a word (any case) a
    match contains, at most `lines_before` lines below its start, or anywhere when
    `lines_before` is None. The pattern runs from the earliest such place, less the whitespace
    before it (the patterns may take leading whitespace), and not at all when there is none.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        line: str = "",
        words: tuple[str, ...] = (),
        lines_before: int | None = None,
    ) -> None:
        self.pattern, self.words, self.lines_before = pattern, words, lines_before
        # A literal newline first lets `re` jump from line to line, not try every character.
        self.line = re.compile("\n" + line, re.I) if line else None

    def _start(self, text: str) -> int | None:
        starts = []
        if self.words:
            lower = lowered(text)
            if lower is None:
                return 0
            found = [i for i in (lower.find(w) for w in self.words) if i >= 0]
            if found:
                if self.lines_before is None:
                    return 0
                pos = min(found)
                for _ in range(self.lines_before + 1):
                    pos = text.rfind("\n", 0, pos) if pos > 0 else -1
                starts.append(max(pos, 0))
        if self.line is not None:
            hit = self.line.search("\n" + text)  # the added newline: hit.start() is a line start
            if hit is not None:
                starts.append(hit.start())
        if not starts:
            return None
        pos = min(starts)
        while pos and text[pos - 1].isspace():
            pos -= 1
        return pos

    def search(self, text: str) -> re.Match[str] | None:
        start = self._start(text)
        return None if start is None else self.pattern.search(text, start)

    def findall(self, text: str) -> list[Any]:
        start = self._start(text)
        return [] if start is None else self.pattern.findall(text, start)


_REPLY_PARSER = _ReplyParser(_LANGUAGES)

_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|wg|tr|rv)\s*:", re.I)
_FORWARD_BODY = re.compile(
    r"^[ \t]*(-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:"
    r"|-{3,}\s*original message\s*-{3,})",
    re.I | re.M,
)


def is_forward(subject: str, text: str) -> bool:
    """A forward's quoted part is the content: it must not be trimmed away."""
    if _FORWARD_SUBJECT.match(subject):
        return True
    if "forward" not in text.lower():  # a case-blind search is slow; this word is needed
        return False
    match = _FORWARD_BODY.search(text)
    return bool(match and "forward" in match.group(1).lower() and not text[: match.start()].strip())


_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|vs|antw)\s*:", re.I)
_HEADER_WORDS = ("from:", "from :", "von:", "de:")  # what _HEADER_BLOCK needs, lower-cased
# Header fields a memo may list above its From: line ('To:', 'Re:', 'Subject:').
_FIELD_LINE = re.compile(r"^[ \t]*\**(to|cc|an|re|subject|betreff|attn|memo)\s*:", re.I)


def opens_with_header_block(subject: str, text: str, *, in_thread: bool) -> bool:
    """Whether a From:/Date: block heads a message that replies to nothing: at most a title line
    and other header fields above it ('MEMORANDUM⏎⏎To: … From: … Date: … Re: …'), no reply
    subject and no In-Reply-To or References. Such a block is the message's own heading (a
    memo, or a forward without a word of its own), not quoted history: the text is read whole,
    as a forward is."""
    if in_thread or _REPLY_SUBJECT.match(subject):
        return False
    low = text[:2000].lower()  # a heading is near the top; the pattern is costly on every line
    if not any(word in low for word in _HEADER_WORDS):
        return False
    block = _HEADER_BLOCK.search(text, 0, 2000)
    if block is None:
        return False
    above = [
        ln for ln in text[: block.start()].splitlines() if ln.strip() and not _FIELD_LINE.match(ln)
    ]
    return not above or (len(above) == 1 and len(above[0].strip()) <= 40)


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
# Zoho Mail's attribution: a rule of dashes on each side and no colon after 'wrote'
_WROTE_BANNER = re.compile(r"^[ \t]*-{2,}[ \t]*On\b[^\n]*\bwrote[ \t]*-{2,}[ \t]*$", re.I | re.M)
_REPLY_ABOVE = re.compile(
    r"^[ \t>]*-*\s*(please\s+)?(reply|type your reply)\s+above\s+this\s+line", re.I | re.M
)
_HEADER_BLOCK = re.compile(
    r"^[ \t]*\**(from|von|de)\s*:\**.*\n(?:.*\n){0,2}?[ \t]*\**(sent|date|gesendet|to|an)\s*:",
    re.I | re.M,
)
# The rule Outlook may put above an earlier message's header block (dashes or underscores).
_SEPARATOR_LINE = re.compile(r"^[ \t]*(?:-{3,}\s*original message\s*-{3,}|_{10,})[ \t]*$", re.I)


def trim_reply(text: str) -> str:
    """The newest part of a reply: quoted history and the signature removed."""
    if not text.strip():
        return ""
    marker = _REPLY_ABOVE.search(text) if "above" in text.lower() else None
    if marker and text[: marker.start()].strip():
        text = text[: marker.start()]
    if "wrote" in text and "--" in text:  # Zoho Mail: '---- On <date> <name> wrote ----'
        banner = _WROTE_BANNER.search(text)
        if banner and text[: banner.start()].strip():
            text = text[: banner.start()]
    inline = _inline_reply(text) if ">" in text else None
    if inline is not None:
        if not inline:
            return ""
        text = inline
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


def _inline_reply(text: str) -> str | None:
    """The sender's own lines of an inline (or bottom-posted) reply; None when it is not one.

    The reply parser keeps only what precedes the first quote and would lose answers written
    between '>' blocks, so an inline reply is read here, line by line. Two shapes:
    - '>' quotes and no From:/Sent: header block ("On … wrote:" clients): every unquoted line.
    - a header block whose earlier message is '>'-quoted (Outlook's "prefix each line") with
      unquoted lines between its quote blocks: the text above the block and the unquoted lines
      below it, up to the next earlier message. An earlier message without '>' prefixes, or
      unquoted lines only after its last quote (a signature, a footer), is not an answer, and the
      reply parser cuts at the block as for any Outlook reply.
    """
    lines = text.splitlines()
    if not any(_QUOTED_LINE.match(ln) for ln in lines):
        return None
    block = _HEADER_BLOCK.search(text)
    if block is None:
        return _unquoted(lines)
    below = _quoted_message_below(text[block.end() :])
    if below is None:
        return None
    above = text[: block.start()].splitlines()
    while above and (not above[-1].strip() or _SEPARATOR_LINE.match(above[-1])):
        above.pop()
    return _unquoted(above + [""] + below)


def _quoted_message_below(rest: str) -> list[str] | None:
    """The lines below a header block when they answer between '>' quotes; None otherwise.

    `rest` starts inside the block (after its "Sent:"); the block's other fields run to the
    first blank or quoted line. The lines end where the next earlier message begins.
    """
    following = _HEADER_BLOCK.search(rest)
    lines = rest[: following.start() if following else len(rest)].splitlines()[1:]
    start = next((i for i, ln in enumerate(lines) if not ln.strip() or _QUOTED_LINE.match(ln)), 0)
    lines = lines[start:]
    end = next((i for i, ln in enumerate(lines) if _SEPARATOR_LINE.match(ln)), len(lines))
    lines = lines[:end]
    body = [ln for ln in lines if ln.strip()]
    if not body or not _QUOTED_LINE.match(body[0]):
        return None
    last_quote = max(i for i, ln in enumerate(body) if _QUOTED_LINE.match(ln))
    answered = any(
        not _QUOTED_LINE.match(ln) and not _ATTRIBUTION_LINE.match(ln) for ln in body[:last_quote]
    )
    return lines if answered else None


def _unquoted(lines: list[str]) -> str:
    kept = [ln for ln in lines if not _QUOTED_LINE.match(ln) and not _ATTRIBUTION_LINE.match(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


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
