"""Read-side of the review queue: listings and one item's full detail."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from consult.models import (
    Case,
    CaseMessage,
    Draft,
    Mention,
    ReviewEvent,
    ReviewItem,
    ReviewState,
)

STATE_FILTERS: dict[str, tuple[str, ...]] = {
    "open": (ReviewState.PENDING, ReviewState.CLAIMED),
    "all": tuple(ReviewState),
    **{s.value: (s.value,) for s in ReviewState},
}


@dataclass(frozen=True)
class Row:
    id: int
    case_id: int
    state: str
    requester: str
    subject: str
    codes: str
    due: str
    claimed_by: str


def list_items(session: Session, *, state: str = "open", limit: int = 50) -> list[Row]:
    if state not in STATE_FILTERS:
        raise ValueError(f"unknown state {state!r}; use one of {', '.join(STATE_FILTERS)}")
    items = session.execute(
        select(ReviewItem, Case)
        .join(Case, Case.id == ReviewItem.case_id)
        .where(ReviewItem.state.in_(STATE_FILTERS[state]))  # type: ignore[attr-defined]
        .order_by(ReviewItem.priority, ReviewItem.due_at, ReviewItem.id)  # type: ignore[arg-type]
        .limit(limit)
    ).all()
    rows = []
    for item, case in items:
        draft = session.get(Draft, item.draft_id)
        codes = _codes_for(session, draft.inbound_id) if draft else ""
        rows.append(
            Row(item.id, item.case_id, item.state, case.requester, case.subject, codes,
                f"{item.due_at:%Y-%m-%d %H:%M}" if item.due_at else "", item.claimed_by)  # type: ignore[arg-type]
        )
    return rows


def _codes_for(session: Session, inbound_id: int) -> str:
    cm_id = session.execute(select(CaseMessage.id).where(CaseMessage.inbound_id == inbound_id)).scalar()
    codes = session.execute(select(Mention.code).where(Mention.case_message_id == cm_id)).scalars()
    return " ".join(dict.fromkeys(codes))


def item_detail(session: Session, item_id: int) -> str | None:
    item = session.get(ReviewItem, item_id)
    if item is None:
        return None
    case = session.get(Case, item.case_id)
    draft = session.get(Draft, item.draft_id)
    assert case is not None and draft is not None
    lines = [
        f"Review item {item.id} — case #{case.id} — {item.state}"
        + (f" (claimed by {item.claimed_by})" if item.claimed_by else ""),
        f"From: {case.requester_name} <{case.requester}>",
        f"Subject: {case.subject}",
        "",
        "== Thread ==",
    ]
    messages = session.execute(
        select(CaseMessage).where(CaseMessage.case_id == case.id).order_by(CaseMessage.id)  # type: ignore[arg-type]
    ).scalars()
    for m in messages:
        arrow = ">>" if m.direction == "in" else "<<"
        lines += [f"{arrow} {m.direction} {m.message_id} {m.created_at:%Y-%m-%d %H:%M}", (m.new_text or m.body_text).strip(), ""]
    lines += ["== Draft ==", f"Subject: {draft.subject}", "", draft.body_text.strip(), "", "== Audit =="]
    events = session.execute(
        select(ReviewEvent).where(ReviewEvent.review_item_id == item.id).order_by(ReviewEvent.id)  # type: ignore[arg-type]
    ).scalars()
    lines += [f"{e.at:%Y-%m-%d %H:%M:%S} {e.actor}: {e.action} {e.detail}".rstrip() for e in events]
    return "\n".join(lines)
