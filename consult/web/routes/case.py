"""The case page and the reviewer's actions on it.

Every action goes through consult.review.actions (compare-and-set plus an audit event). A refused
action re-renders the page with the reason and the reviewer's text kept, so no edit is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from consult.db import session_scope
from consult.models import Case, Draft, ReviewEvent, ReviewItem, utcnow
from consult.review import actions
from consult.settings import get_settings
from consult.web import auth
from consult.web.casepage import case_view
from consult.web.pages import environment, flash, render, require_user
from consult.web.sanitize import human_size

router = APIRouter(dependencies=[Depends(require_user)])


def enqueue_send(row_id: int) -> None:
    """After commit; imported late so the pages do not load the whole pipeline to start."""
    from consult.workers import tasks

    tasks.enqueue_send(row_id)

INFO_NEEDS = {
    "dos": "The date of service",
    "payer": "The payer (Medicare, Medicaid or the commercial plan) and the place of service",
    "codes": "The full list of codes you plan to report, with modifiers and units",
    "documentation": "The relevant documentation (procedure or visit note), with patient identifiers removed",
    "diagnosis": "The diagnosis codes that support the service",
}


class PageError(Exception):
    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def _page(request: Request, item_id: int, *, status: int = 200, error: str = "", text: str | None = None) -> Response:
    with session_scope(readonly=True) as s:
        view = case_view(s, item_id)
        reviewers = auth.active_usernames(s)
    if view is None:
        return render(request, "error.html", status_code=404, title="Not found",
                      message=f"There is no review item {item_id}.")
    if text is None:
        text = view.item.final_text or view.draft.body_text
    return render(request, "case.html", status_code=status, v=view, error=error, text=text,
                  reviewers=reviewers, info_needs=INFO_NEEDS, human_size=human_size,
                  overdue=bool(view.is_open and view.item.due_at and view.item.due_at < utcnow()))


@router.get("/items/{item_id}")
def case_page(request: Request, item_id: int) -> Response:
    return _page(request, item_id)


def _explain(session_item: ReviewItem | None, me: str, exc: actions.ReviewError) -> str:
    """Turn a refusal into what the reviewer needs to know and do."""
    if session_item is not None and session_item.claimed_by and session_item.claimed_by != me and session_item.state == "claimed":
        return (f"{session_item.claimed_by} holds this case, so you cannot change it. Ask "
                f"{session_item.claimed_by} to release it, or an admin to reassign it.")
    return str(exc)[:1].upper() + str(exc)[1:] + "."


def _act(
    request: Request, item_id: int, user: auth.SignedIn, do: Callable[[Session], Any], done: str,
    *, text: str | None = None,
) -> tuple[Response | None, Any]:
    try:
        with session_scope() as s:
            result = do(s)
    except actions.ReviewError as exc:
        with session_scope(readonly=True) as s:
            message = _explain(s.get(ReviewItem, item_id), user.username, exc)
        return _page(request, item_id, status=409, error=message, text=text), None
    flash(request, done)
    return None, result


def _back(item_id: int) -> RedirectResponse:
    return RedirectResponse(f"/items/{item_id}", status_code=303)


@router.post("/items/{item_id}/claim")
def claim(request: Request, item_id: int, user: auth.SignedIn = Depends(require_user)) -> Response:
    refused, _ = _act(request, item_id, user, lambda s: actions.claim(s, item_id, user.username),
                      "You hold this case now; others see it as yours.")
    return refused or _back(item_id)


@router.post("/items/{item_id}/release")
def release(request: Request, item_id: int, user: auth.SignedIn = Depends(require_user)) -> Response:
    refused, _ = _act(request, item_id, user,
                      lambda s: actions.release(s, item_id, user.username, force=user.is_admin), "Released.")
    return refused or _back(item_id)


@router.post("/items/{item_id}/approve")
def approve(request: Request, item_id: int, text: str = Form(""), user: auth.SignedIn = Depends(require_user)) -> Response:
    settings = get_settings()
    refused, approval = _act(
        request, item_id, user,
        lambda s: actions.approve(s, item_id, user.username, text=text, domain=settings.domain, reply_to=settings.address),
        "Approved; the reply is on its way.", text=text,
    )
    if refused:
        return refused
    enqueue_send(approval.outbound_id)
    return _back(item_id)


@router.post("/items/{item_id}/reject")
def reject(request: Request, item_id: int, reason: str = Form(""), text: str = Form(""),
           user: auth.SignedIn = Depends(require_user)) -> Response:
    refused, _ = _act(request, item_id, user, lambda s: actions.reject(s, item_id, user.username, reason),
                      "Rejected; nothing was sent.", text=text or None)
    return refused or _back(item_id)


@router.post("/items/{item_id}/note")
def note(request: Request, item_id: int, note: str = Form(""), text: str = Form(""),
         user: auth.SignedIn = Depends(require_user)) -> Response:
    refused, _ = _act(request, item_id, user, lambda s: actions.note(s, item_id, user.username, note),
                      "Note saved.", text=text or None)
    return refused or _back(item_id)


@router.post("/items/{item_id}/reassign")
def reassign(request: Request, item_id: int, to: str = Form(""), user: auth.SignedIn = Depends(require_user)) -> Response:
    def do(s: Session) -> None:
        if to not in auth.active_usernames(s):
            raise actions.ReviewError(f"there is no active reviewer named {to!r}")
        actions.reassign(s, item_id, user.username, to, force=user.is_admin)

    refused, _ = _act(request, item_id, user, do, f"Reassigned to {to}.")
    return refused or _back(item_id)


def info_request_text(s: Session, item_id: int, needs: list[str], extra: str) -> str:
    item = s.get(ReviewItem, item_id)
    if item is None:
        raise actions.ReviewError(f"review item {item_id} does not exist")
    case = s.get(Case, item.case_id)
    draft = s.get(Draft, item.draft_id)
    assert case is not None and draft is not None
    chosen = [INFO_NEEDS[n] for n in needs if n in INFO_NEEDS]
    if not chosen and not extra.strip():
        raise actions.ReviewError("choose what information you need, or write it in the box")
    name = case.requester_name.split()[0].strip(",") if case.requester_name.strip() else ""
    return environment().get_template("mail/ask_info.txt").render(
        name=name, subject=case.subject, case_id=case.id, needs=chosen, extra=extra.strip(),
        signature=get_settings().display_name,
    )


@router.post("/items/{item_id}/ask")
def ask_info(request: Request, item_id: int, need: list[str] = Form([]), extra: str = Form(""),
             user: auth.SignedIn = Depends(require_user)) -> Response:
    return _ask(request, item_id, user, need, extra)


def _ask(request: Request, item_id: int, user: auth.SignedIn, needs: list[str], extra: str) -> Response:
    settings = get_settings()

    def do(s: Session) -> actions.Approval:
        text = info_request_text(s, item_id, needs, extra)
        approval = actions.approve(s, item_id, user.username, text=text, domain=settings.domain, reply_to=settings.address)
        s.add(ReviewEvent(review_item_id=item_id, actor=user.username, action="asked for information",
                          detail="; ".join(INFO_NEEDS[n] for n in needs if n in INFO_NEEDS) or extra.strip()[:200]))
        return approval

    refused, approval = _act(request, item_id, user, do, "Your request for information is on its way.")
    if refused:
        return refused
    enqueue_send(approval.outbound_id)
    return _back(item_id)


@router.get("/items/{item_id}/preview")
def draft_preview(item_id: int) -> Response:
    with session_scope(readonly=True) as s:
        item = s.get(ReviewItem, item_id)
        draft = s.get(Draft, item.draft_id) if item else None
    if item is None or draft is None:
        return HTMLResponse("<p>No such item.</p>", status_code=404)
    return HTMLResponse(actions.text_to_html(item.final_text) if item.final_text else draft.body_html)


@router.post("/items/{item_id}/preview")
def live_preview(item_id: int, text: str = Form("")) -> Response:
    """The HTML reply exactly as approval would build it from this text (shown in a sandboxed frame)."""
    return HTMLResponse(actions.text_to_html(text))


@router.get("/api/items/{item_id}")
def item_json(item_id: int) -> Response:
    from fastapi.responses import JSONResponse

    with session_scope(readonly=True) as s:
        item = s.get(ReviewItem, item_id)
    if item is None:
        return JSONResponse({"error": f"no review item {item_id}"}, status_code=404)
    return JSONResponse({
        "id": item.id, "state": item.state, "claimed_by": item.claimed_by, "priority": item.priority,
        "due_at": item.due_at.isoformat() if item.due_at else None,
        "decided_by": item.decided_by, "updated_at": item.updated_at.isoformat(),
    })
