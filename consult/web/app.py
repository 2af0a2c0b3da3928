"""The reviewer queue's web application, and a way to run it in a thread for `consult up`."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import quote

import uvicorn
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from consult.secrets import secret_key
from consult.settings import Settings, get_settings
from consult.web.pages import STATIC_DIR, NotAllowed, NotSignedIn, render
from consult.web.routes import admin, case, health, queue, signin
from consult.web.security import CsrfRefused, SecurityHeaders, TlsAwareSessions, check_csrf


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="Consult review queue", docs_url=None, redoc_url=None, openapi_url=None,
        dependencies=[Depends(check_csrf)],
    )
    app.state.settings = settings
    app.include_router(signin.router)
    app.include_router(queue.router)
    app.include_router(case.router)
    app.include_router(admin.router)
    app.include_router(health.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(NotSignedIn)
    def _signed_out(request: Request, _exc: NotSignedIn) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "sign in first"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(NotAllowed)
    def _not_allowed(request: Request, _exc: NotAllowed) -> Response:
        return render(request, "error.html", status_code=403, title="Admins only",
                      message="This page is for admins. Ask an admin if you need something here.")

    @app.exception_handler(CsrfRefused)
    def _csrf(request: Request, _exc: CsrfRefused) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "missing or wrong CSRF token"}, status_code=403)
        return render(request, "error.html", status_code=403, title="Form expired",
                      message="This form was not sent from a current page of this site. Reload the page and try again.")

    app.add_middleware(TlsAwareSessions, secret_key=secret_key().decode())
    app.add_middleware(SecurityHeaders)
    return app


@dataclass
class WebHandle:
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.server.servers[0].sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        host = self.server.config.host
        return f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{self.port}"

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def server_config(settings: Settings) -> uvicorn.Config:
    # proxy_headers: behind a TLS-terminating proxy on FORWARDED_ALLOW_IPS (default 127.0.0.1),
    # X-Forwarded-Proto makes the request https, and the session cookie Secure.
    return uvicorn.Config(
        create_app(settings), host=settings.web_host, port=settings.web_port, log_level="warning",
        proxy_headers=True, server_header=False,
    )


def start_web_in_thread(settings: Settings | None = None, timeout: float = 15.0) -> WebHandle:
    """Serve the queue on settings.web_host:web_port in a daemon thread; `.stop()` ends it."""
    server = uvicorn.Server(server_config(settings or get_settings()))
    thread = threading.Thread(target=server.run, name="consult-web", daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(int(timeout / 0.05)):
        if server.started or not thread.is_alive():
            break
        ready.wait(0.05)
    if not server.started:
        server.should_exit = True
        thread.join(5)
        raise RuntimeError(f"the web queue did not start on {server.config.host}:{server.config.port}")
    return WebHandle(server, thread)
