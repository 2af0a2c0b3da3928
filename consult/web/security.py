"""Sessions, CSRF and response headers for the reviewer queue.

- Sessions are Starlette's signed cookies (itsdangerous) keyed by consult.secrets.secret_key():
  HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS (directly, or through a
  proxy uvicorn trusts for X-Forwarded-Proto).
- CSRF: one random token per session, required on every state-changing request as the form
  field `csrf` or the header `X-CSRF-Token`.
- Every response carries a strict Content-Security-Policy: our own scripts and styles only, no
  inline code, no remote images, no framing by others.
"""

from __future__ import annotations

import hmac
import secrets
import time
from typing import Any

from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "consult_session"
SESSION_MAX_AGE = 12 * 3600
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
# The reply preview is our own HTML (inline styles allowed), shown in a sandboxed frame.
PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"


class CsrfRefused(Exception):
    pass


class TlsAwareSessions:
    """SessionMiddleware that marks the cookie Secure when the request arrived over TLS."""

    def __init__(self, app: ASGIApp, secret_key: str) -> None:
        options: dict[str, Any] = dict(
            secret_key=secret_key, session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE, same_site="lax"
        )
        self.plain = SessionMiddleware(app, https_only=False, **options)
        self.tls = SessionMiddleware(app, https_only=True, **options)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        middleware = self.tls if scope.get("scheme") in ("https", "wss") else self.plain
        await middleware(scope, receive, send)


class SecurityHeaders:
    """CSP and friends on every response, plus Server-Timing with the time spent in the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        is_preview = scope["path"].endswith("/preview")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = {
                    b"content-security-policy": (PREVIEW_CSP if is_preview else CSP).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"SAMEORIGIN" if is_preview else b"DENY",
                    b"cross-origin-opener-policy": b"same-origin",
                    b"server-timing": f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode(),
                }
                if not scope["path"].startswith("/static/"):
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


async def check_csrf(request: Request) -> None:
    """App-wide dependency: refuse a state-changing request without this session's token."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = request.session.get("csrf", "")
    sent = request.headers.get("x-csrf-token", "")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = str((await request.form()).get("csrf", ""))
    if not expected or not sent or not hmac.compare_digest(str(expected), sent):
        raise CsrfRefused()
