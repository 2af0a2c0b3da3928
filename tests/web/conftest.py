"""Fixtures for the web queue: the app served by uvicorn in a thread, users, items, Chromium."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from consult.db import session_scope
from consult.models import Case, CaseMessage, Draft, InboundMessage, ReviewItem, utcnow
from tests.fixtures.mail import question
from tests.fixtures.services import wait_for

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
PASSWORD = "correct horse battery staple"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def web(migrated_db: str) -> Iterator[str]:
    """The queue on a free loopback port; yields its base URL."""
    from consult.settings import get_settings
    from consult.web.app import start_web_in_thread

    handle = start_web_in_thread(get_settings().model_copy(update={"web_host": "127.0.0.1", "web_port": 0}))
    yield handle.url
    handle.stop()
    assert not handle.thread.is_alive(), "the web server did not stop"


def make_user(role: str = "reviewer") -> str:
    from consult.web.auth import add_user

    name = f"{role[:3]}-{uuid.uuid4().hex[:8]}"
    with session_scope() as s:
        add_user(s, name, PASSWORD, role)
    return name


@pytest.fixture()
def reviewer(migrated_db: str) -> str:
    return make_user("reviewer")


@pytest.fixture()
def admin(migrated_db: str) -> str:
    return make_user("admin")


def make_item(subject: str = "Modifier 25 with 99213?", body: str = "Can we bill 99213-25 with 20610?") -> int:
    """A review item written straight to the tables (no worker), for tests of the web layer."""
    token = uuid.uuid4().hex
    with session_scope() as s:
        case = Case(subject=subject, requester=f"{token[:6]}@clinic.example", requester_name="Casey Coder")
        s.add(case)
        s.flush()
        raw = bytes(question(subject, body, case.requester))
        inbound = InboundMessage(message_id=f"<{token}@clinic.example>", message_id_hash=token, raw=raw,
                                 size=len(raw), state="drafted", case_id=case.id)
        s.add(inbound)
        s.flush()
        s.add(CaseMessage(case_id=case.id, direction="in", message_id=inbound.message_id, inbound_id=inbound.id,  # type: ignore[arg-type]
                          subject=subject, body_text=body, new_text=body))
        draft = Draft(case_id=case.id, inbound_id=inbound.id, subject=f"Re: {subject}",  # type: ignore[arg-type]
                      body_text="Hello,\n\nThe draft answer.\n", body_html="<p>The draft answer.</p>")
        s.add(draft)
        s.flush()
        item = ReviewItem(case_id=case.id, draft_id=draft.id, due_at=utcnow())  # type: ignore[arg-type]
        s.add(item)
        s.flush()
        return item.id  # type: ignore[return-value]


def send_through_pipeline(msg: EmailMessage | bytes) -> ReviewItem:
    """Store a raw message as the poller would, enqueue ingest, wait for its review item."""
    from consult.cases.intake import store_raw
    from consult.workers.tasks import enqueue_ingest

    raw = bytes(msg)
    with session_scope() as s:
        stored = store_raw(s, raw, source="cli")
    enqueue_ingest(stored.inbound_id)

    def item() -> ReviewItem | None:
        with session_scope(readonly=True) as s:
            return s.execute(
                select(ReviewItem).join(Draft, Draft.id == ReviewItem.draft_id).where(Draft.inbound_id == stored.inbound_id)
            ).scalar()

    return wait_for(item, 60, f"a review item for inbound {stored.inbound_id}")


def review_item(item_id: int) -> ReviewItem:
    with session_scope(readonly=True) as s:
        item = s.get(ReviewItem, item_id)
    assert item is not None
    return item


# -- a plain HTTP client with cookies (no browser) -----------------------------------------
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


@dataclass
class Reply:
    status: int
    headers: Any
    body: str


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(self, path: str, data: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> Reply:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=30) as r:
                return Reply(r.status, r.headers, r.read().decode())
        except urllib.error.HTTPError as e:
            with e:
                return Reply(e.code, e.headers, e.read().decode())

    def csrf(self, path: str = "/login") -> str:
        page = self.request(path)
        match = re.search(r'name="csrf" value="([^"]+)"', page.body)
        assert match, f"no CSRF token on {path}: {page.status}"
        return match.group(1)

    def sign_in(self, username: str, password: str = PASSWORD) -> Reply:
        return self.request("/login", {"username": username, "password": password, "csrf": self.csrf(), "next": "/"})


# -- Chromium --------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Chromium is not installed (scripts/test.sh installs the Debian package)")
    OUTPUT.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


def signed_in_page(browser: Any, web: str, username: str) -> Any:
    context = browser.new_context(base_url=web, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto("/")
    assert "/login" in page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{web}/")
    return page
