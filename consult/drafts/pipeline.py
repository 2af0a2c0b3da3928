"""The drafting step of the pipeline: threaded message -> draft + mentions + review item."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Table, bindparam, insert, select, update
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
    """Write phase for one message (see `store_drafts`). Returns its new state."""
    store_drafts(session, [prepared], sla)
    return InboundState.DRAFTED


def store_drafts(session: Session, batch: list[Prepared], sla: timedelta) -> None:
    """Write phase: drafts, mentions, review items, events and the threaded -> drafted
    compare-and-set, each kind of row in one prebuilt Core statement for the whole batch (the
    ORM's unit of work cost several times what SQLite spends on these rows, issue #8).

    Raises AlreadyDone when any of the messages was drafted elsewhere meanwhile (the caller
    rolls back and takes them one at a time). A follow-up that arrives with its question goes
    in a later round, so that superseding finds the question's item.
    """
    while batch:
        cases: set[int] = set()
        now: list[Prepared] = []
        later: list[Prepared] = []
        for prepared in batch:
            (later if prepared.case_id in cases else now).append(prepared)
            cases.add(prepared.case_id)
        _store_round(session, now, sla)
        batch = later


def _store_round(session: Session, batch: list[Prepared], sla: timedelta) -> None:
    """`store_drafts` for drafts on distinct cases."""
    session.flush()  # Core below: rows the caller added go first
    conn = session.connection()
    draft_ids = conn.execute(_INSERT_DRAFTS, [_draft_row(p) for p in batch]).scalars().all()
    mentions = [row for p in batch for row in _mention_rows(p.case_message_id, p.result)]
    if mentions:
        conn.execute(_INSERT_MENTION, mentions)
    cases = [p.case_id for p in batch]
    superseded = {case_id: _supersede_open_items(session, case_id) for case_id in _with_open_items(session, cases)}
    due = utcnow() + sla
    item_ids = conn.execute(_INSERT_ITEMS, [
        {"case_id": p.case_id, "draft_id": draft_id, "due_at": due} for p, draft_id in zip(batch, draft_ids, strict=True)
    ]).scalars().all()
    for p, draft_id, item_id in zip(batch, draft_ids, item_ids, strict=True):
        _route(session, item_id, p.case_id, draft_id, p.requester)
    conn.execute(_INSERT_EVENT, [
        {"review_item_id": item_id, "actor": "system", "action": "drafted",
         "detail": _drafted_detail(draft_id, p.inbound_id, superseded.get(p.case_id, []))}
        for p, draft_id, item_id in zip(batch, draft_ids, item_ids, strict=True)
    ])
    ids = [p.inbound_id for p in batch]
    moved = conn.execute(_DRAFTED, {"ids": ids, "now": utcnow()}).rowcount
    session.expire_all()
    if moved != len(ids):
        raise AlreadyDone(ids)


def _draft_row(prepared: Prepared) -> dict[str, object]:
    result = prepared.result
    return {
        "case_id": prepared.case_id,
        "inbound_id": prepared.inbound_id,
        "template": result.template,
        "subject": result.rendered.subject,
        "body_text": result.rendered.text,
        "body_html": result.rendered.html,
        "analysis_json": json.dumps(result.analysis()),
    }


def _drafted_detail(draft_id: int, inbound_id: int, superseded: list[int]) -> str:
    detail = f"draft {draft_id} from message {inbound_id}"
    if superseded:
        detail += f"; replaces review item(s) {', '.join(map(str, superseded))}"
    return detail


def _with_open_items(session: Session, case_ids: list[int]) -> list[int]:
    return list(session.connection().execute(_CASES_WITH_OPEN_ITEMS, {"case_ids": case_ids}).scalars())


def _any_rule(session: Session) -> bool:
    return bool(once_per_transaction(session, "any_routing_rule", lambda: session.connection().execute(_ANY_RULE).first()))


def _first_name(requester_name: str) -> str:
    name = requester_name.strip()
    return name.split()[0].strip(",") if name else ""


def _mention_rows(case_message_id: int, result: DraftResult) -> list[dict[str, object]]:
    return [
        {"case_message_id": case_message_id, "code": m.code, "system": m.system, "category": m.category,
         "span_start": m.span[0], "span_end": m.span[1], "modifiers": " ".join(m.modifiers)}
        for m in result.extraction.codes
    ]


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

    if not _any_rule(session):
        return  # no rules, the usual case
    item = session.get_one(ReviewItem, item_id)
    found = route_new_item(session, item, requester)
    if found:
        session.flush()  # the item's group and priority, before the Core insert below
        session.connection().execute(_INSERT_EVENT, {
            "review_item_id": item_id, "actor": "system", "action": "routed",
            "detail": f"group {found.group or '-'}, priority {found.priority} (rule {found.rule_id})",
        })


# Built once (see store_drafts). Core inserts still apply the columns' Python-side defaults.
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
# One statement for a batch's rows, ids returned in the order of the rows.
_INSERT_DRAFTS = insert(_DRAFT).returning(_DRAFT.c.id, sort_by_parameter_order=True)
_INSERT_ITEMS = insert(_ITEM).returning(_ITEM.c.id, sort_by_parameter_order=True)
_DRAFTED = (
    update(_IN).where(_IN.c.id.in_(bindparam("ids", expanding=True)), _IN.c.state == InboundState.THREADED)
    .values(state=InboundState.DRAFTED, updated_at=bindparam("now"))
)
_CASES_WITH_OPEN_ITEMS = select(_ITEM.c.case_id).distinct().where(
    _ITEM.c.case_id.in_(bindparam("case_ids", expanding=True)), _ITEM.c.state.in_([ReviewState.PENDING, ReviewState.CLAIMED])
)
_INSERT_EVENT = insert(ReviewEvent.__table__)  # type: ignore[attr-defined]
_INSERT_MENTION = insert(Mention.__table__)  # type: ignore[attr-defined]
_ANY_RULE = select(RoutingRule.__table__.c.id).limit(1)  # type: ignore[attr-defined]
_OPEN_ITEMS = select(_ITEM.c.id, _ITEM.c.state).where(
    _ITEM.c.case_id == bindparam("case_id"), _ITEM.c.state.in_([ReviewState.PENDING, ReviewState.CLAIMED])
)
