"""Is the pipeline healthy? One read of the database, for `consult status` and `/healthz`.

Operators want to know three things at a glance: is mail flowing (nothing waiting longer than
the reconciler's grace), are replies going out (nothing queued for long, nothing failed), and is
there reference data to answer from. Everything else (quarantine, overdue reviews) is shown as
a note: it needs a person, not a restart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from consult.models import (
    InboundMessage,
    InboundState,
    OutboundMessage,
    OutboundState,
    Quarantine,
    ReviewItem,
    ReviewState,
    utcnow,
)
from consult.reference.tables import RefRelease
from consult.settings import Settings

WAITING = (InboundState.RECEIVED, InboundState.THREADED)
UNSENT = (OutboundState.QUEUED, OutboundState.SENDING)
OPEN_REVIEW = (ReviewState.PENDING, ReviewState.CLAIMED)


def stuck_after(settings: Settings) -> timedelta:
    """A message is stuck once the reconciler should have picked it up and run it again."""
    return timedelta(seconds=settings.reconcile_after_seconds + 2 * settings.reconcile_every_seconds)


@dataclass(frozen=True)
class Status:
    inbound: dict[str, int]
    outbound: dict[str, int]
    oldest_waiting: timedelta | None  # a message not yet drafted (received or threaded)
    oldest_unsent: timedelta | None  # a reply queued or being sent
    review_open: int
    review_overdue: int
    quarantine_new: int  # not replayed
    last_mail_at: datetime | None
    reference_files: int
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        def seconds(value: timedelta | None) -> float | None:
            return round(value.total_seconds(), 1) if value is not None else None

        return {
            "healthy": self.healthy, "problems": self.problems, "notes": self.notes,
            "inbound": self.inbound, "outbound": self.outbound,
            "oldest_waiting_seconds": seconds(self.oldest_waiting),
            "oldest_unsent_seconds": seconds(self.oldest_unsent),
            "review_open": self.review_open, "review_overdue": self.review_overdue,
            "quarantine_new": self.quarantine_new,
            "last_mail_at": self.last_mail_at.isoformat() if self.last_mail_at else None,
            "reference_files": self.reference_files,
        }


def pipeline_status(session: Session, *, stuck_after: timedelta, now: datetime | None = None) -> Status:
    """`stuck_after`: how long a message may wait before it counts as stuck (the reconciler's
    grace, `reconcile_after_seconds`, plus a minute for the reconciler's own beat)."""
    now = now or utcnow()
    inbound = _counts(session, InboundMessage)
    outbound = _counts(session, OutboundMessage)
    oldest_in = session.execute(
        select(func.min(InboundMessage.received_at)).where(col(InboundMessage.state).in_(WAITING))
    ).scalar()
    oldest_out = session.execute(
        select(func.min(OutboundMessage.created_at)).where(col(OutboundMessage.state).in_(UNSENT))
    ).scalar()
    review_open, review_overdue = session.execute(
        select(func.count(), func.count().filter(col(ReviewItem.due_at) < now))
        .where(col(ReviewItem.state).in_(OPEN_REVIEW))
    ).one()
    status = Status(
        inbound=inbound,
        outbound=outbound,
        oldest_waiting=now - oldest_in if oldest_in else None,
        oldest_unsent=now - oldest_out if oldest_out else None,
        review_open=int(review_open),
        review_overdue=int(review_overdue),
        quarantine_new=int(session.execute(
            select(func.count()).select_from(Quarantine).where(col(Quarantine.replayed_at).is_(None))
        ).scalar_one()),
        last_mail_at=session.execute(select(func.max(InboundMessage.received_at))).scalar(),
        reference_files=int(session.execute(select(func.count()).select_from(RefRelease)).scalar_one()),
    )
    _diagnose(status, stuck_after)
    return status


def _counts(session: Session, model: type[InboundMessage] | type[OutboundMessage]) -> dict[str, int]:
    state = col(model.state)
    rows = session.execute(select(state, func.count()).group_by(state)).all()
    return {str(state): int(n) for state, n in rows}


def _diagnose(s: Status, stuck_after: timedelta) -> None:
    if s.oldest_waiting is not None and s.oldest_waiting > stuck_after:
        waiting = sum(s.inbound.get(state, 0) for state in WAITING)
        s.problems.append(
            f"{waiting} message(s) not drafted yet, the oldest for {age_text(s.oldest_waiting)}: are the "
            "workers and the broker running? (`consult reconcile` re-enqueues them)"
        )
    if s.oldest_unsent is not None and s.oldest_unsent > stuck_after:
        unsent = sum(s.outbound.get(state, 0) for state in UNSENT)
        s.problems.append(
            f"{unsent} repl(ies) not sent yet, the oldest for {age_text(s.oldest_unsent)}: is the relay "
            "reachable? (the admin page /admin/sent shows the last error)"
        )
    if s.outbound.get(OutboundState.FAILED, 0):
        s.problems.append(
            f"{s.outbound[OutboundState.FAILED]} repl(ies) failed for good: retry them on /admin/sent"
        )
    if not s.reference_files:
        s.problems.append("no reference data loaded: `consult data import` (or `consult up`, "
                          "which loads the starter pack)")
    if s.quarantine_new:
        s.notes.append(f"{s.quarantine_new} message(s) in quarantine: `consult quarantine list`")
    if s.review_overdue:
        s.notes.append(f"{s.review_overdue} of {s.review_open} open review item(s) are overdue")


def age_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    return f"{seconds // 60} min" if seconds < 7200 else f"{seconds // 3600} h"
