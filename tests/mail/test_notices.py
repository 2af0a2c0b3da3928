"""Notices: every template renders under StrictUndefined; one goes out through the real
outbound path (Celery worker -> SMTP sink) marked Auto-Submitted: auto-replied."""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from consult.cases.notices import NOTICES, render_notice
from consult.cases.senders import parse_quota
from consult.db import session_scope
from consult.mail.gateway import StoreHandler
from consult.models import InboundMessage, Quarantine
from consult.settings import get_settings
from consult.web.tables import SenderPolicy
from consult.workers.tasks import enqueue_ingest
from tests.fixtures.services import wait_for

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
FULL = {
    "service_name": "Consult", "case_tag": "[Consult #7]", "case_id": 7, "requester_name": "Pat",
    "tier": "guest", "quota": "1 question", "period": "total", "registration_url": "https://x.example/r",
    "size_mb": "12.0", "limit_mb": "10",
}


@pytest.mark.parametrize("name", NOTICES)
def test_every_notice_template_renders_with_a_full_context(name: str) -> None:
    subject, text, html = render_notice(TEMPLATES, name, FULL)
    assert "[Consult #7]" in subject and "automatic message" in text and "<p>" in html


def test_quota_specs_are_validated() -> None:
    assert parse_quota("5/month").limit == 5 and parse_quota("unlimited").limit is None
    with pytest.raises(ValueError, match="5/month"):
        parse_quota("five a month")


def test_gateway_refuses_oversized_mail_with_a_clear_reply() -> None:
    settings = SimpleNamespace(max_message_bytes=2048)
    handler = StoreHandler(settings, lambda _id: None)  # type: ignore[arg-type]
    envelope = SimpleNamespace(original_content=b"x" * 4096, mail_from="a@b.example")
    data = handler.handle_DATA(None, None, envelope)  # type: ignore[arg-type]
    # A loop of its own on a thread of its own: the browser tests' sync Playwright leaves a
    # running event loop on this thread, where asyncio.run refuses to start.
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(asyncio.run, data).result()
    assert reply.startswith("552 5.3.4") and "2 KB" not in reply and "MB" in reply


def _question(sender: str, subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "consult@example.test", subject
    msg["Message-ID"] = make_msgid(domain="guest.example")
    msg.set_content("Is 99213 right with 25?")
    return bytes(msg)


def test_guest_over_quota_gets_an_auto_submitted_notice_through_the_outbound_path(celery_worker, smtp_sink):  # type: ignore[no-untyped-def]
    from consult.cases.intake import store_raw

    domain = f"guest-{uuid.uuid4().hex[:8]}.example"
    sender = f"g@{domain}"
    with session_scope() as s:
        s.add(SenderPolicy(pattern=f"@{domain}", tier="guest"))
    ids = []
    for n in (1, 2):
        with session_scope() as s:
            ids.append(store_raw(s, _question(sender, f"Guest {n} 99213"), source="cli").inbound_id)
        enqueue_ingest(ids[-1])
        wait_for(lambda: _state(ids[-1]) in ("threaded", "drafted", "quarantined"), 60, f"guest message {n}")
    assert _state(ids[1]) == "quarantined"
    notice = wait_for(lambda: [m for m in smtp_sink.messages if m["To"] == sender], 60, "the notice at the sink")[0]
    assert notice["Auto-Submitted"] == "auto-replied"
    assert "allowance has been used" in notice.get_body(("plain",)).get_content()
    assert get_settings().notice_max_per_sender_per_day >= 1
    with session_scope(readonly=True) as s:
        assert s.execute(select(Quarantine.kind).where(Quarantine.inbound_id == ids[1])).scalar() == "quota"


def _state(inbound_id: int) -> str:
    with session_scope(readonly=True) as s:
        row = s.get(InboundMessage, inbound_id)
        return row.state if row else ""
