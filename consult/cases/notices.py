"""Automatic replies (quota exceeded, registration, too large): rendered from templates/notice/,
queued as an outbound row of kind "notice", sent by the ordinary outbound path after commit.

They never echo the question (it may hold patient information), are marked
`Auto-Submitted: auto-replied` by consult/mail/compose.py, are never sent to an address our
classifier would not answer, and are capped per address per day so two systems cannot loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from consult.cases import tokens
from consult.db import after_commit
from consult.drafts.render import environment
from consult.models import CaseMessage, OutboundMessage, utcnow

log = logging.getLogger(__name__)
NOTICES = ("quota_exceeded", "registration", "too_large")
PARTS = ("subject", "txt", "html")


def render_notice(templates: Path, name: str, context: dict[str, Any]) -> tuple[str, str, str]:
    env = environment(str(templates))
    subject, text, html = (env.get_template(f"notice/{name}.{part}.j2").render(**context) for part in PARTS)
    return " ".join(subject.split()), text.strip() + "\n", html


def notices_sent_today(session: Session, to_addr: str) -> int:
    since = utcnow() - timedelta(days=1)
    return int(
        session.execute(
            select(func.count()).select_from(OutboundMessage).where(
                col(OutboundMessage.kind) == "notice",
                col(OutboundMessage.to_addr) == to_addr,
                col(OutboundMessage.created_at) >= since,
            )
        ).scalar_one()
    )


def queue_notice(
    session: Session,
    *,
    name: str,
    case_id: int,
    to_addr: str,
    in_reply_to: str,
    context: dict[str, Any],
    templates: Path,
    domain: str,
    max_per_day: int,
    enqueue: Callable[[int], object] | None,
) -> int | None:
    """Queue one notice unless the address had its share today. Returns the outbound id."""
    if notices_sent_today(session, to_addr) >= max_per_day:
        log.info("case %s: %s notice not sent (daily cap for this address reached)", case_id, name)
        return None
    full = {"case_tag": tokens.subject_tag(case_id), "case_id": case_id, **context}
    subject, text, html = render_notice(templates, name, full)
    out = OutboundMessage(
        case_id=case_id,
        message_id=tokens.new_message_id(domain),
        in_reply_to=in_reply_to,
        references=in_reply_to,
        to_addr=to_addr,
        subject=subject[:998],
        body_text=text,
        body_html=html,
        kind="notice",
    )
    session.add(out)
    session.flush()
    session.add(
        CaseMessage(
            case_id=case_id, direction="out", message_id=out.message_id, outbound_id=out.id,
            sender="", subject=out.subject, body_text=text, new_text=text, flags=f"notice:{name}",
        )
    )
    if enqueue is not None:
        outbound_id = out.id
        assert outbound_id is not None
        after_commit(session, lambda: enqueue(outbound_id))
    log.info("case %s: %s notice queued as outbound %s", case_id, name, out.id)
    return out.id
