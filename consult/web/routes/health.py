"""Health for load balancers and monitors: `/healthz` (no sign-in) and `/api/status`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from consult.db import session_scope
from consult.runtime.health import pipeline_status, stuck_after
from consult.web import auth
from consult.web.pages import require_user

log = logging.getLogger(__name__)
router = APIRouter()


@router.get("/healthz")
def healthz(request: Request) -> JSONResponse:
    """200 while the web can read the database (a pipeline problem is reported, not fatal:
    reviewers can still work); 503 when it cannot."""
    try:
        with session_scope(readonly=True) as s:
            status = pipeline_status(s, stuck_after=stuck_after(request.app.state.settings))
    except SQLAlchemyError as exc:
        log.warning("healthz: database unreachable: %s", exc)
        return JSONResponse({"ok": False, "error": "database unreachable"}, status_code=503)
    return JSONResponse({"ok": True, "pipeline_healthy": status.healthy})


@router.get("/api/status")
def api_status(request: Request, _user: auth.SignedIn = Depends(require_user)) -> dict[str, Any]:
    with session_scope(readonly=True) as s:
        return pipeline_status(s, stuck_after=stuck_after(request.app.state.settings)).as_json()
