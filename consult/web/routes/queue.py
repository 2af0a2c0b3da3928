"""The queue: counts, filters, sort, pages; a fragment for auto-refresh; a small JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlmodel import col

from consult.db import session_scope
from consult.runtime.health import pipeline_status, stuck_after
from consult.web import auth
from consult.web.families import FAMILIES
from consult.web.listing import AGES, SORTS, STATES, QueueFilter, queue_page
from consult.web.pages import render, require_user
from consult.web.tables import RoutingRule

router = APIRouter(dependencies=[Depends(require_user)])


@router.get("/")
def queue(request: Request, user: auth.SignedIn = Depends(require_user)) -> Response:
    f = QueueFilter.from_query(request.query_params, user.groups)
    with session_scope(readonly=True) as s:
        page = queue_page(s, f, user.username, user.groups)
        reviewers = auth.active_usernames(s)
        groups = sorted(set(s.execute(select(col(RoutingRule.reviewer_group))).scalars()) - {""})
        fragment = bool(request.query_params.get("fragment"))
        # Admins see what `consult status` would report (not on the 20 s refresh fragment).
        problems = [] if fragment or not user.is_admin else pipeline_status(
            s, stuck_after=stuck_after(request.app.state.settings)).problems
    template = "queue_rows.html" if fragment else "queue.html"
    return render(
        request, template, page=page, f=f, states=list(STATES), families=FAMILIES, ages=list(AGES),
        sorts=list(SORTS), reviewers=reviewers, groups=groups, my_groups=user.groups, problems=problems,
    )


@router.get("/api/queue")
def queue_json(request: Request, user: auth.SignedIn = Depends(require_user)) -> dict[str, Any]:
    f = QueueFilter.from_query(request.query_params, user.groups)
    with session_scope(readonly=True) as s:
        page = queue_page(s, f, user.username, user.groups)
    return {
        "counts": page.counts,
        "overdue": page.overdue,
        "total": page.total,
        "page": f.page,
        "pages": page.pages,
        "items": [
            {
                "id": r.id, "case_id": r.case_id, "state": r.state, "priority": r.priority,
                "due_at": r.due_at.isoformat() if r.due_at else None, "overdue": r.overdue,
                "requester": r.requester, "subject": r.subject, "claimed_by": r.claimed_by, "codes": r.codes,
            }
            for r in page.rows
        ],
    }
