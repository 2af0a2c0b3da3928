"""The drafting step of the pipeline: threaded message -> draft + mentions + review item."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Table, bindparam, insert, select
from sqlmodel import Session

from consult.cases.intake import AlreadyDone
from consult.db import once_per_transaction
from consult.drafts.prepare import DraftResult, Question, Reference, prepare_draft
from consult.models import (
    Case,
    CaseMessage,
    Draft,
    InboundMessage,
    InboundState,
    Mention,
    ReviewEvent,
    ReviewItem,
    ReviewState,
    utcnow,
)
from consult.settings import Settings
from consult.state import move
from consult.web.tables import RoutingRule

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    """A draft computed from a threaded message, not yet stored."""

    inbound_id: int
    case_id: int
    case_message_id: int
    requester: str
    result: DraftResult


def draft_inbound(
    session: Session, inbound_id: int, settings: Settings, reference: Reference | None = None
) -> str:
    """Prepare and store in one session (tests, tools); the worker splits the two phases."""
    prepared = prepare_for_inbound(session, inbound_id, settings, reference)
    if isinstance(prepared, str):
        return prepared
    return store_draft(session, prepared, timedelta(minutes=settings.review_sla_minutes))


def prepare_for_inbound(
    session: Session, inbound_id: int, settings: Settings, reference: Reference | None = None
) -> Prepared | str:
    """Read-only phase: extraction, guidance and rendering, outside any write lock.

    Returns the message's state instead when it is not waiting for a draft.
    """
    row = session.connection().execute(_QUESTION, {"inbound_id": inbound_id}).first()
    if row is None:
        raise LookupError(f"inbound message {inbound_id} does not exist")
    if row.state != InboundState.THREADED:
        return str(row.state)
    if row.id is None or row.requester is None:
        raise LookupError(f"inbound message {inbound_id} is threaded but has no case message")
    question = Question(
        subject=row.subject,
        body=row.new_text,
        requester_name=_first_name(row.requester_name),
        case_id=row.case_id,
        received=row.received_at.date(),
    )
    result = prepare_draft(question, templates=settings.templates, reference=reference)
    return Prepared(inbound_id, row.case_id, row.id, row.requester, result)


def store_draft(session: Session, prepared: Prepared, sla: timedelta) -> str:
    """Write phase: draft, mentions, review item and the threaded -> drafted compare-and-set.

    Prebuilt Core statements on the session's connection: this runs for every message, and the
    ORM's unit of work cost several times what SQLite spends on these few rows (issue #8).
    """
    inbound_id, case_id, result = prepared.inbound_id, prepared.case_id, prepared.result
    session.flush()  # Core below: rows the caller added go first
    conn = session.connection()
    draft_id = conn.execute(_INSERT_DRAFT, {
        "case_id": case_id,
        "inbound_id": inbound_id,
        "template": result.template,
        "subject": result.rendered.subject,
        "body_text": result.rendered.text,
        "body_html": result.rendered.html,
        "analysis_json": json.dumps(result.analysis()),
    }).scalar_one()
    _store_mentions(session, prepared.case_message_id, result)
    superseded = _supersede_open_items(session, case_id)
    item_id = conn.execute(_INSERT_ITEM, {"case_id": case_id, "draft_id": draft_id, "due_at": utcnow() + sla}).scalar_one()
    _route(session, item_id, case_id, draft_id, prepared.requester)
    detail = f"draft {draft_id} from message {inbound_id}"
    if superseded:
        detail += f"; replaces review item(s) {', '.join(map(str, superseded))}"
    conn.execute(_INSERT_EVENT, {"review_item_id": item_id, "actor": "system", "action": "drafted", "detail": detail})
    if not move(session, InboundMessage, inbound_id, InboundState.THREADED, InboundState.DRAFTED):
        raise AlreadyDone(inbound_id)
    return InboundState.DRAFTED


def _first_name(requester_name: str) -> str:
    name = requester_name.strip()
    return name.split()[0].strip(",") if name else ""


def _store_mentions(session: Session, case_message_id: int, result: DraftResult) -> None:
    rows = [
        {"case_message_id": case_message_id, "code": m.code, "system": m.system, "category": m.category,
         "span_start": m.span[0], "span_end": m.span[1], "modifiers": " ".join(m.modifiers)}
        for m in result.extraction.codes
    ]
    if rows:
        session.connection().execute(_INSERT_MENTION, rows)


def _supersede_open_items(session: Session, case_id: int) -> list[int]:
    """A follow-up on the same case replaces drafts nobody has decided on yet."""
    ids = []
    conn = session.connection()
    for item_id, state in conn.execute(_OPEN_ITEMS, {"case_id": case_id}).all():
        if move(session, ReviewItem, item_id, state, ReviewState.SUPERSEDED):
            conn.execute(_INSERT_EVENT, {"review_item_id": item_id, "actor": "system", "action": "superseded", "detail": ""})
            ids.append(item_id)
    return ids


def _route(session: Session, item_id: int, case_id: int, draft_id: int, requester: str) -> None:
    """Routing rules (admin page) give the new item its reviewer group and priority."""
    from consult.web.routing import route_new_item

    if not once_per_transaction(session, "any_routing_rule", lambda: session.connection().execute(_ANY_RULE).first()):
        return  # no rules, the usual case
    item = session.get_one(ReviewItem, item_id)
    found = route_new_item(session, item, requester)
    if found:
        session.flush()  # the item's group and priority, before the Core insert below
        session.connection().execute(_INSERT_EVENT, {
            "review_item_id": item_id, "actor": "system", "action": "routed",
            "detail": f"group {found.group or '-'}, priority {found.priority} (rule {found.rule_id})",
        })


# Built once (see store_draft). Core inserts still apply the columns' Python-side defaults.
_IN: Table = InboundMessage.__table__  # type: ignore[attr-defined]
_CM: Table = CaseMessage.__table__  # type: ignore[attr-defined]
_CASE: Table = Case.__table__  # type: ignore[attr-defined]
_DRAFT: Table = Draft.__table__  # type: ignore[attr-defined]
_ITEM: Table = ReviewItem.__table__  # type: ignore[attr-defined]
# The message's state and its question in one statement (one case message per inbound message).
_QUESTION = (
    select(_IN.c.state, _IN.c.received_at, _CM.c.id, _CM.c.case_id, _CM.c.subject, _CM.c.new_text,
           _CASE.c.requester, _CASE.c.requester_name)
    .select_from(_IN)
    .outerjoin(_CM, _CM.c.inbound_id == _IN.c.id)
    .outerjoin(_CASE, _CASE.c.id == _CM.c.case_id)
    .where(_IN.c.id == bindparam("inbound_id"))
)
_INSERT_DRAFT = insert(_DRAFT).returning(_DRAFT.c.id)
_INSERT_ITEM = insert(_ITEM).returning(_ITEM.c.id)
_INSERT_EVENT = insert(ReviewEvent.__table__)  # type: ignore[attr-defined]
_INSERT_MENTION = insert(Mention.__table__)  # type: ignore[attr-defined]
_ANY_RULE = select(RoutingRule.__table__.c.id).limit(1)  # type: ignore[attr-defined]
_OPEN_ITEMS = select(_ITEM.c.id, _ITEM.c.state).where(
    _ITEM.c.case_id == bindparam("case_id"), _ITEM.c.state.in_([ReviewState.PENDING, ReviewState.CLAIMED])
)
