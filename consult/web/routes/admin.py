"""Admin pages: quarantine with replay, sent mail with retry, senders, routing, template preview."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import case as when_then
from sqlalchemy import delete, func, select
from sqlmodel import col

from consult.cases.replay import replay
from consult.db import session_scope
from consult.models import Case, InboundMessage, OutboundMessage, OutboundState, Quarantine, utcnow
from consult.settings import get_settings
from consult.state import move
from consult.web import auth
from consult.web.families import FAMILIES
from consult.web.pages import flash, render, require_admin
from consult.web.routing import apply_to_open_items
from consult.web.tables import RoutingRule, SenderPolicy, SenderTier

router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])


def enqueue_ingest(row_id: int) -> None:
    """After commit; imported late so the pages do not load the whole pipeline to start."""
    from consult.workers import tasks

    tasks.enqueue_ingest(row_id)

def enqueue_send(row_id: int) -> None:
    """After commit; imported late so the pages do not load the whole pipeline to start."""
    from consult.workers import tasks

    tasks.enqueue_send(row_id)
LIST_LIMIT = 200


def _to(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


# -- quarantine ----------------------------------------------------------------------------
@router.get("/quarantine")
def quarantine_page(request: Request, show: str = "waiting") -> Response:
    with session_scope(readonly=True) as s:
        query = select(Quarantine, col(InboundMessage.message_id), col(InboundMessage.size)).outerjoin(
            InboundMessage, col(InboundMessage.id) == Quarantine.inbound_id
        )
        if show != "all":
            query = query.where(col(Quarantine.replayed_at).is_(None))
        rows = s.execute(query.order_by(col(Quarantine.id).desc()).limit(LIST_LIMIT)).all()
    return render(request, "admin/quarantine.html", rows=rows, show=show)


@router.post("/quarantine/{entry_id}/replay")
def quarantine_replay(request: Request, entry_id: int) -> Response:
    with session_scope() as s:
        inbound_id, error = replay(s, entry_id)
    if inbound_id is None:
        flash(request, error[:1].upper() + error[1:] + ".", "error")
    else:
        enqueue_ingest(inbound_id)
        flash(request, f"Message {inbound_id} is going through the pipeline again.")
    return _to("/admin/quarantine")


# -- sent ----------------------------------------------------------------------------------
@router.get("/sent")
def sent_page(request: Request, state: str = "") -> Response:
    with session_scope(readonly=True) as s:
        counts = dict(
            s.execute(select(col(OutboundMessage.state), func.count()).group_by(col(OutboundMessage.state))).all()
        )
        query = select(OutboundMessage)
        if state in tuple(OutboundState):
            query = query.where(col(OutboundMessage.state) == state)
        rows = list(s.execute(query.order_by(col(OutboundMessage.id).desc()).limit(LIST_LIMIT)).scalars())
    return render(request, "admin/sent.html", rows=rows, counts=counts, state=state, states=list(OutboundState),
                  stale=utcnow() - timedelta(seconds=get_settings().reconcile_after_seconds))


@router.post("/sent/{outbound_id}/retry")
def sent_retry(request: Request, outbound_id: int) -> Response:
    """A failed reply back to queued; a queued one enqueued again (sending is compare-and-set)."""
    with session_scope() as s:
        row = s.get(OutboundMessage, outbound_id)
        ok = row is not None and (
            row.state == OutboundState.QUEUED
            or move(s, OutboundMessage, outbound_id, OutboundState.FAILED, OutboundState.QUEUED, last_error="")
        )
    if ok:
        enqueue_send(outbound_id)
        flash(request, f"Reply {outbound_id} queued for sending again.")
    else:
        flash(request, f"Reply {outbound_id} is not failed or queued; nothing to retry.", "error")
    return _to("/admin/sent")


# -- senders -------------------------------------------------------------------------------
@router.get("/senders")
def senders_page(request: Request) -> Response:
    since = utcnow() - timedelta(days=1)
    with session_scope(readonly=True) as s:
        policies = list(s.execute(select(SenderPolicy).order_by(col(SenderPolicy.pattern))).scalars())
        top = s.execute(
            select(col(Case.requester), func.count(), func.sum(when_then((col(Case.created_at) >= since, 1), else_=0)),
                   func.max(Case.created_at))
            .group_by(col(Case.requester)).order_by(func.count().desc()).limit(50)
        ).all()
    return render(request, "admin/senders.html", policies=policies, top=top, tiers=list(SenderTier))


@router.post("/senders")
def senders_save(
    request: Request, pattern: str = Form(""), tier: str = Form(SenderTier.STANDARD), daily_quota: int = Form(0),
    blocked: str = Form(""), note: str = Form(""), user: auth.SignedIn = Depends(require_admin),
) -> Response:
    pattern = pattern.strip().lower()
    if "@" not in pattern or " " in pattern or tier not in tuple(SenderTier) or daily_quota < 0:
        flash(request, "A sender is an address (a@clinic.example) or a domain (@clinic.example); "
                       "the quota is 0 (none) or more.", "error")
        return _to("/admin/senders")
    with session_scope() as s:
        policy = s.execute(
            select(SenderPolicy).where(col(SenderPolicy.pattern) == pattern)
        ).scalar() or SenderPolicy(pattern=pattern)
        policy.tier, policy.daily_quota, policy.blocked = tier, daily_quota, bool(blocked)
        policy.note, policy.updated_by, policy.updated_at = note.strip(), user.username, utcnow()
        s.add(policy)
    flash(request, f"Saved the policy for {pattern}.")
    return _to("/admin/senders")


@router.post("/senders/{policy_id}/delete")
def senders_delete(request: Request, policy_id: int) -> Response:
    with session_scope() as s:
        s.execute(delete(SenderPolicy).where(col(SenderPolicy.id) == policy_id))
    flash(request, "Policy removed.")
    return _to("/admin/senders")


# -- routing -------------------------------------------------------------------------------
@router.get("/routing")
def routing_page(request: Request) -> Response:
    with session_scope(readonly=True) as s:
        rules = list(s.execute(select(RoutingRule).order_by(col(RoutingRule.position), col(RoutingRule.id))).scalars())
    return render(request, "admin/routing.html", rules=rules, families=FAMILIES, tiers=list(SenderTier))


@router.post("/routing")
def routing_add(
    request: Request, match: str = Form(""), reviewer_group: str = Form(""), priority: int = Form(2),
    position: int = Form(100), user: auth.SignedIn = Depends(require_admin),
) -> Response:
    kind, _, value = match.partition(":")
    known = {f.key for f in FAMILIES} if kind == "family" else set(SenderTier) if kind == "tier" else set()
    group = reviewer_group.strip().lower()
    if value not in known or not group or " " in group or priority not in (1, 2, 3):
        flash(request, "A rule needs a code family or sender tier, a group name (one word) and a priority 1–3.", "error")
        return _to("/admin/routing")
    with session_scope() as s:
        s.add(RoutingRule(position=position, match_kind=kind, match_value=value, reviewer_group=group,
                          priority=priority, created_by=user.username))
    flash(request, "Rule added.")
    return _to("/admin/routing")


@router.post("/routing/{rule_id}/delete")
def routing_delete(request: Request, rule_id: int) -> Response:
    with session_scope() as s:
        s.execute(delete(RoutingRule).where(col(RoutingRule.id) == rule_id))
    flash(request, "Rule removed.")
    return _to("/admin/routing")


@router.post("/routing/apply")
def routing_apply(request: Request) -> Response:
    with session_scope() as s:
        changed = apply_to_open_items(s)
    flash(request, f"Priorities updated on {changed} open item(s).")
    return _to("/admin/routing")


# -- template preview ----------------------------------------------------------------------
SAMPLE_SUBJECT = "Modifier 26 on 0418T?"
SAMPLE_BODY = "Hi,\n\nCan we bill 0418T with a 26 on 11/02/2026, same day as 93288 and 99213-25?\n\nThanks,\nPat"


def _sample(subject: str, body: str):
    from consult.drafts.prepare import Question, prepare_draft

    settings = get_settings()
    question = Question(subject=subject or SAMPLE_SUBJECT, body=body or SAMPLE_BODY, requester_name="Pat",
                        case_id=1234, received=date.today())
    return prepare_draft(question, templates=settings.templates)


@router.get("/templates")
def templates_page(request: Request, subject: str = SAMPLE_SUBJECT, body: str = SAMPLE_BODY) -> Response:
    from urllib.parse import urlencode

    from consult.drafts.render import template_names

    try:
        result, error = _sample(subject, body), ""
    except Exception as exc:  # a broken template is what this page is for finding
        result, error = None, f"{type(exc).__name__}: {exc}"
    return render(request, "admin/templates.html", subject=subject, body=body, result=result, error=error,
                  names=template_names(get_settings().templates),
                  preview_query=urlencode({"subject": subject, "body": body}))


@router.get("/templates/preview")
def templates_preview(subject: str = SAMPLE_SUBJECT, body: str = SAMPLE_BODY) -> Response:
    try:
        return HTMLResponse(_sample(subject, body).rendered.html)
    except Exception as exc:
        return HTMLResponse(f"<pre>{type(exc).__name__}</pre>", status_code=500)
