"""Reviewer actions on review items: claim, release, reassign, approve, reject, note.

Shared by the command line and the browser queue. Every action is a compare-and-set on the
item's state and writes an audit event. Approval fixes the reply's Message-ID and creates the
outbound row in the same transaction; the caller enqueues the send after commit.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from consult.cases import tokens
from consult.models import (
    Case,
    CaseMessage,
    CaseState,
    Draft,
    OutboundMessage,
    ReviewEvent,
    ReviewItem,
    ReviewState,
    utcnow,
)
from consult.state import move

OPEN_STATES = (ReviewState.PENDING, ReviewState.CLAIMED)
MAX_REFERENCES = 10


class ReviewError(Exception):
    """An action that cannot be done; the message says why, for the reviewer."""


class ReviewConflict(ReviewError):
    """Someone else holds the item, or it was decided meanwhile."""


@dataclass(frozen=True)
class Approval:
    outbound_id: int
    message_id: str


def _item(session: Session, item_id: int) -> ReviewItem:
    item = session.get(ReviewItem, item_id)
    if item is None:
        raise ReviewError(f"review item {item_id} does not exist")
    return item


def _event(session: Session, item_id: int, actor: str, action: str, detail: str = "") -> None:
    session.add(ReviewEvent(review_item_id=item_id, actor=actor, action=action, detail=detail))


def _check_open(item: ReviewItem, reviewer: str) -> None:
    if item.state not in OPEN_STATES:
        raise ReviewConflict(f"review item {item.id} is already {item.state}")
    if item.state == ReviewState.CLAIMED and item.claimed_by != reviewer:
        raise ReviewConflict(f"review item {item.id} is claimed by {item.claimed_by}")


def claim(session: Session, item_id: int, reviewer: str) -> None:
    item = _item(session, item_id)
    if item.state == ReviewState.CLAIMED and item.claimed_by == reviewer:
        return
    _check_open(item, reviewer)
    if not move(
        session, ReviewItem, item_id, ReviewState.PENDING, ReviewState.CLAIMED,
        claimed_by=reviewer, claimed_at=utcnow(),
    ):
        raise ReviewConflict(f"review item {item_id} was claimed by someone else just now")
    _event(session, item_id, reviewer, "claimed")


def release(session: Session, item_id: int, reviewer: str, *, force: bool = False) -> None:
    item = _item(session, item_id)
    if item.state != ReviewState.CLAIMED:
        return
    if item.claimed_by != reviewer and not force:
        raise ReviewConflict(f"review item {item_id} is claimed by {item.claimed_by}")
    move(session, ReviewItem, item_id, ReviewState.CLAIMED, ReviewState.PENDING, claimed_by="", claimed_at=None)
    _event(session, item_id, reviewer, "released", "" if item.claimed_by == reviewer else f"from {item.claimed_by}")


def reassign(session: Session, item_id: int, reviewer: str, to: str, *, force: bool = False) -> None:
    """Give an open item to `to` (claimed in their name). Only the holder may, unless `force`."""
    item = _item(session, item_id)
    if item.state not in OPEN_STATES:
        raise ReviewConflict(f"review item {item_id} is already {item.state}")
    if item.state == ReviewState.CLAIMED and item.claimed_by not in (reviewer, to) and not force:
        raise ReviewConflict(f"review item {item_id} is claimed by {item.claimed_by}")
    if item.state == ReviewState.CLAIMED and item.claimed_by == to:
        return
    previous = item.claimed_by  # read before move(): it expires the loaded item
    if not move(
        session, ReviewItem, item_id, item.state, ReviewState.CLAIMED,
        expect={"claimed_by": previous}, claimed_by=to, claimed_at=utcnow(),
    ):
        raise ReviewConflict(f"review item {item_id} changed while reassigning; reload it")
    _event(session, item_id, reviewer, "reassigned", f"to {to}" + (f" from {previous}" if previous else ""))


def approve(
    session: Session,
    item_id: int,
    reviewer: str,
    *,
    text: str | None = None,
    domain: str,
    reply_to: str = "",
) -> Approval:
    """Approve the draft (as edited) and queue the reply. Raises ReviewConflict when not allowed."""
    item = _item(session, item_id)
    _check_open(item, reviewer)
    draft = session.get(Draft, item.draft_id)
    case = session.get(Case, item.case_id)
    assert draft is not None and case is not None
    body_text = draft.body_text if text is None else text.strip() + "\n"
    body_html = draft.body_html if text is None else text_to_html(body_text)
    if not body_text.strip():
        raise ReviewError("the reply is empty; write an answer or reject the item")
    if not move(
        session, ReviewItem, item_id, item.state, ReviewState.APPROVED,
        expect={"claimed_by": item.claimed_by},  # a reassign in between must win
        decided_by=reviewer, decided_at=utcnow(), final_text=body_text,
    ):
        raise ReviewConflict(f"review item {item_id} changed while approving; reload it")
    in_reply_to, references = thread_headers(session, case.id, draft.inbound_id)  # type: ignore[arg-type]
    outbound = OutboundMessage(
        case_id=case.id,  # type: ignore[arg-type]
        review_item_id=item_id,
        message_id=tokens.new_message_id(domain),
        in_reply_to=in_reply_to,
        references=" ".join(references),
        to_addr=case.requester,
        subject=tokens.reply_subject(draft.subject or case.subject, case.id),
        body_text=body_text,
        body_html=body_html,
    )
    session.add(outbound)
    session.flush()
    session.add(
        CaseMessage(
            case_id=case.id,  # type: ignore[arg-type]
            direction="out",
            message_id=outbound.message_id,
            outbound_id=outbound.id,
            sender=reply_to,
            subject=outbound.subject,
            body_text=body_text,
        )
    )
    case.state = CaseState.ANSWERED
    case.updated_at = utcnow()
    edited = text is not None and text.strip() != draft.body_text.strip()
    _event(session, item_id, reviewer, "approved", "edited before sending" if edited else "sent as drafted")
    return Approval(outbound.id, outbound.message_id)  # type: ignore[arg-type]


def reject(session: Session, item_id: int, reviewer: str, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise ReviewError("a rejection needs a reason")
    item = _item(session, item_id)
    _check_open(item, reviewer)
    if not move(
        session, ReviewItem, item_id, item.state, ReviewState.REJECTED,
        expect={"claimed_by": item.claimed_by},
        decided_by=reviewer, decided_at=utcnow(), reason=reason,
    ):
        raise ReviewConflict(f"review item {item_id} changed while rejecting; reload it")
    _event(session, item_id, reviewer, "rejected", reason)


def note(session: Session, item_id: int, reviewer: str, text: str) -> None:
    if not text.strip():
        raise ReviewError("an empty note was not saved")
    _item(session, item_id)
    _event(session, item_id, reviewer, "note", text.strip())


def thread_headers(session: Session, case_id: int, inbound_id: int) -> tuple[str, list[str]]:
    """In-Reply-To the message answered; References: the thread's first id and the latest ones."""
    rows = session.execute(
        select(col(CaseMessage.message_id), col(CaseMessage.inbound_id))
        .where(col(CaseMessage.case_id) == case_id)
        .order_by(col(CaseMessage.id))
    ).all()
    ids = [mid for mid, _ in rows if mid.startswith("<")]
    answered = next((mid for mid, iid in rows if iid == inbound_id), ids[-1] if ids else "")
    if answered in ids:
        ids = ids[: ids.index(answered) + 1]
    if len(ids) > MAX_REFERENCES:
        ids = ids[:1] + ids[-(MAX_REFERENCES - 1):]
    return answered, ids


def text_to_html(text: str) -> str:
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f'<!doctype html>\n<html><body style="font-family: sans-serif; line-height: 1.4">\n{body}\n</body></html>\n'
