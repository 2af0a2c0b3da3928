"""What every route shares: the page templates, the signed-in user, flash messages."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from consult.db import session_scope
from consult.models import utcnow
from consult.web import auth
from consult.web.security import csrf_token

QUEUE_DIR = Path(__file__).resolve().parents[2] / "queue"
PAGES_DIR = QUEUE_DIR / "pages"
STATIC_DIR = QUEUE_DIR / "static"


class NotSignedIn(Exception):
    """No valid session: pages redirect to sign-in, API routes answer 401."""


class NotAllowed(Exception):
    """Signed in, but this needs the admin role."""


def relative_time(value: datetime | None) -> str:
    if value is None:
        return ""
    seconds = (value - utcnow()).total_seconds()
    minutes = int(abs(seconds) // 60)
    amount = f"{minutes} min" if minutes < 60 else f"{minutes // 60} h" if minutes < 2880 else f"{minutes // 1440} d"
    return f"in {amount}" if seconds >= 0 else f"{amount} ago"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(PAGES_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ago"] = relative_time
    env.filters["when"] = lambda d: f"{d:%Y-%m-%d %H:%M} UTC" if d else ""
    return env


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", getattr(request.state, "user", None))
    context["csrf"] = csrf_token(request)
    context["flashes"] = request.session.pop("flash", [])
    context["path"] = request.url.path
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status_code)


def flash(request: Request, message: str, kind: str = "ok") -> None:
    request.session["flash"] = [*request.session.get("flash", []), [kind, message]]


def require_user(request: Request) -> auth.SignedIn:
    """Dependency of every page and API route except sign-in."""
    user_id, stamp = request.session.get("uid"), request.session.get("stamp", "")
    if not isinstance(user_id, int):
        raise NotSignedIn()
    with session_scope(readonly=True) as s:
        user = auth.current(s, user_id, stamp)
    if user is None:
        request.session.clear()
        raise NotSignedIn()
    request.state.user = user
    return user


def require_admin(user: auth.SignedIn = Depends(require_user)) -> auth.SignedIn:
    if not user.is_admin:
        raise NotAllowed()
    return user
