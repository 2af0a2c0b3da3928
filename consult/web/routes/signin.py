"""Sign-in and sign-out. The only routes that work without a session."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from consult.db import session_scope
from consult.web import auth
from consult.web.pages import render, require_user

router = APIRouter()


def _safe_next(target: str) -> str:
    """Only a path on this site: never another host ("//evil", "https://evil", "/\\evil")."""
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=_safe_next(next), error="", username="")


@router.post("/login")
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
) -> Response:
    client = request.client.host if request.client else ""
    error = ""
    with session_scope() as s:
        try:
            user = auth.sign_in(s, username, password, client)
        except auth.SignInRefused as exc:
            error = str(exc)  # the failed attempt is still committed: it counts toward the limit
    if error:
        return render(request, "login.html", status_code=401, next=_safe_next(next), error=error, username=username)
    # A fresh session on sign-in (no fixation), with a new CSRF token.
    request.session.clear()
    request.session.update(uid=user.id, stamp=user.stamp, csrf=secrets.token_urlsafe(32))
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, _user: auth.SignedIn = Depends(require_user)) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
