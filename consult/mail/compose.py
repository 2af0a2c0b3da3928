"""Build the reply as a MIME message (text + HTML) with threading headers. Pure."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from consult.models import OutboundMessage


def build_reply(out: OutboundMessage, *, from_addr: str, from_name: str, reply_to: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_addr))
    msg["To"] = out.to_addr
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = out.subject
    msg["Date"] = format_datetime(out.created_at)
    msg["Message-ID"] = out.message_id
    if out.in_reply_to:
        msg["In-Reply-To"] = out.in_reply_to
    if out.references:
        msg["References"] = out.references
    # RFC 3834: mark our mail so well-behaved auto-responders never answer it (no loops).
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Consult-Case"] = str(out.case_id)
    msg.set_content(out.body_text)
    msg.add_alternative(out.body_html, subtype="html")
    return msg
