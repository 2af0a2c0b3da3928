"""Making email content safe to show, and marking the extracted code mentions. Pure functions.

The HTML view keeps structure only: no scripts, styles, images, frames, forms or attributes of
any kind, so nothing in a message can run, restyle the page, or fetch a remote resource; links
keep their text but lose their target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import nh3

SAFE_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "u", "ul",
}


def safe_html(html: str) -> str:
    """Structure-only HTML: every attribute dropped (href, src, style, on*), dangerous tags removed."""
    return nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes={},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


@dataclass(frozen=True)
class Segment:
    text: str
    code: str = ""  # set when this piece of text is a code mention
    system: str = ""
    modifiers: str = ""


def highlight(text: str, mentions: list[dict[str, Any]]) -> list[Segment]:
    """Split `text` into plain pieces and mention pieces, by the extractor's spans.

    Spans that fall outside the text or overlap an earlier one are ignored rather than trusted.
    """
    segments: list[Segment] = []
    pos = 0
    spans = []
    for m in mentions:
        span: Sequence[object] = m.get("span") or ()
        if len(span) == 2 and isinstance(span[0], int) and isinstance(span[1], int):
            spans.append((span[0], span[1], m))
    for start, end, m in sorted(spans, key=lambda s: (s[0], s[1])):
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(
            Segment(text[start:end], str(m.get("code", "")), str(m.get("system", "")), " ".join(m.get("modifiers", [])))
        )
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} MB"
