"""Replaying a quarantined message: back to `received`, attempts reset, entry marked replayed."""

from __future__ import annotations

from sqlmodel import Session

from consult.models import InboundMessage, InboundState, Quarantine, utcnow
from consult.state import move


def replay(session: Session, quarantine_id: int) -> tuple[int | None, str]:
    """Returns (inbound_id, "") or (None, reason it cannot be replayed)."""
    entry = session.get(Quarantine, quarantine_id)
    if entry is None:
        return None, f"quarantine entry {quarantine_id} does not exist"
    if entry.inbound_id is None:
        return None, f"quarantine entry {quarantine_id} has no stored message to replay"
    if entry.replayed_at is not None:
        return None, f"quarantine entry {quarantine_id} was already replayed at {entry.replayed_at:%Y-%m-%d %H:%M}"
    if not move(session, InboundMessage, entry.inbound_id, InboundState.QUARANTINED, InboundState.RECEIVED, attempts=0, error=""):
        return None, f"message {entry.inbound_id} is no longer quarantined"
    entry.replayed_at = utcnow()
    session.add(entry)
    return entry.inbound_id, ""
