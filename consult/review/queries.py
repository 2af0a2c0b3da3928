"""Read-side of the review queue: listings and one item's full detail."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

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
        .join(Case, col(Case.id) == ReviewItem.case_id)
        .where(col(ReviewItem.state).in_(STATE_FILTERS[state]))
        .order_by(col(ReviewItem.priority), col(ReviewItem.due_at), col(ReviewItem.id))
        .limit(limit)
    ).all()
    codes = codes_of_items(session, [item.id for item, _case in items])
    return [
        Row(item.id, item.case_id, item.state, case.requester, case.subject,
            " ".join(c for c, _s, _k in codes.get(item.id, [])),
            f"{item.due_at:%Y-%m-%d %H:%M}" if item.due_at else "", item.claimed_by)
        for item, case in items
    ]


def codes_of_items(session: Session, item_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """(code, system, category) mentioned in the message each review item answers, in order."""
    if not item_ids:
        return {}
    result: dict[int, list[tuple[str, str, str]]] = {}
    rows = session.execute(
        select(col(ReviewItem.id), col(Mention.code), col(Mention.system), col(Mention.category))
        .join(Draft, col(Draft.id) == ReviewItem.draft_id)
        .join(CaseMessage, col(CaseMessage.inbound_id) == Draft.inbound_id)
        .join(Mention, col(Mention.case_message_id) == CaseMessage.id)
        .where(col(ReviewItem.id).in_(item_ids))
        .order_by(col(ReviewItem.id), col(Mention.span_start))
    ).all()
    for item_id, code, system, category in rows:
        entry = (code, system, category)
        if entry not in result.setdefault(item_id, []):
            result[item_id].append(entry)
    return result


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
        select(CaseMessage).where(col(CaseMessage.case_id) == case.id).order_by(col(CaseMessage.id))
    ).scalars()
    for m in messages:
        arrow = ">>" if m.direction == "in" else "<<"
        lines += [f"{arrow} {m.direction} {m.message_id} {m.created_at:%Y-%m-%d %H:%M}", (m.new_text or m.body_text).strip(), ""]
    lines += ["== Draft ==", f"Subject: {draft.subject}", "", draft.body_text.strip(), "", "== Audit =="]
    events = session.execute(
        select(ReviewEvent).where(col(ReviewEvent.review_item_id) == item.id).order_by(col(ReviewEvent.id))
    ).scalars()
    lines += [f"{e.at:%Y-%m-%d %H:%M:%S} {e.actor}: {e.action} {e.detail}".rstrip() for e in events]
    return "\n".join(lines)
