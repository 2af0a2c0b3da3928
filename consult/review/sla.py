"""Review deadlines: an open item past its due time is escalated once.

Escalation raises the item to high priority, so every reviewer's default sort puts it first,
and records an "escalated" event in its audit trail. The reconciler's beat runs it every
`reconcile_every_seconds`; the `review_sla_minutes` setting gives new items their due time.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session, col

from consult.models import ReviewEvent, ReviewItem, ReviewState, utcnow

log = logging.getLogger(__name__)
HIGH = 1
OPEN = (ReviewState.PENDING, ReviewState.CLAIMED)


def escalate_overdue(session: Session, now: datetime | None = None) -> list[int]:
    """Escalate open items past due that are not high priority yet; returns their ids."""
    now = now or utcnow()
    escalated_before = select(col(ReviewEvent.id)).where(
        col(ReviewEvent.review_item_id) == col(ReviewItem.id), col(ReviewEvent.action) == "escalated"
    )
    overdue = session.execute(
        select(col(ReviewItem.id), col(ReviewItem.priority), col(ReviewItem.due_at)).where(
            col(ReviewItem.state).in_(OPEN), col(ReviewItem.due_at) < now, col(ReviewItem.priority) > HIGH,
            ~escalated_before.exists(),  # once: a reviewer who lowers it again has the last word
        ).limit(1000)
    ).all()
    escalated = []
    for item_id, priority, due_at in overdue:
        # Compare-and-set on the priority read: a reviewer's change in between wins.
        won = session.connection().execute(
            update(ReviewItem).where(
                col(ReviewItem.id) == item_id, col(ReviewItem.priority) == priority, col(ReviewItem.state).in_(OPEN),
            ).values(priority=HIGH, updated_at=now)
        ).rowcount
        if won:
            session.add(ReviewEvent(review_item_id=item_id, actor="system", action="escalated",
                                    detail=f"overdue since {due_at:%Y-%m-%d %H:%M} UTC; priority {priority} -> high"))
            escalated.append(item_id)
    if escalated:
        log.warning("escalated %d overdue review item(s): %s", len(escalated), escalated[:20])
    return escalated
