"""The queue in headless Chromium, on the real pipeline: worker, Redis, SMTP sink."""

from __future__ import annotations

import threading
import uuid
from email.message import EmailMessage
from email.utils import make_msgid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import func, select

from consult.db import session_scope
from consult.models import OutboundMessage, ReviewState
from tests.fixtures.services import wait_for
from tests.web.conftest import (
    OUTPUT,
    make_user,
    question,
    review_item,
    send_through_pipeline,
    signed_in_page,
)

pytestmark = pytest.mark.browser


def test_sign_in_claim_edit_approve_sends_the_edited_reply(web, browser, celery_worker, smtp_sink):  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:8]
    item = send_through_pipeline(question(
        f"Modifier 25 with 99213 and 20610 ({tag})",
        "Hello,\n\nOffice visit 99213 and a knee injection 20610 on 03/02/2026. Do we need modifier 25?\n\nThanks,\nCasey",
    ))
    reviewer = make_user()
    page = signed_in_page(browser, web, reviewer)

    # The queue shows the item; j/k move the selection and Enter opens it.
    page.fill("input[name=sender]", "coder@clinic.example")
    page.click(".filters button[type=submit]")
    row = page.locator(f"tr[data-id='{item.id}']")
    row.wait_for()
    page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(60):
        if "selected" in (row.get_attribute("class") or ""):
            break
        page.keyboard.press("j")
    assert "selected" in (row.get_attribute("class") or "")
    page.screenshot(path=str(OUTPUT / "queue.png"), full_page=False)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/items/{item.id}")

    # Mentions are highlighted from the extractor's spans.
    marks = page.locator("#question mark.mention").all_inner_texts()
    assert "99213" in marks and "20610" in marks

    page.click("#claim")
    page.wait_for_selector(".lock-mine")
    edited = f"Hello Casey,\n\nYes: report 99213-25 with 20610 when the visit is significant and separate. [{tag}]"
    page.keyboard.press("e")
    page.fill("#editor", edited)
    # The live preview shows the HTML reply built from the edit.
    preview = page.frame_locator("#preview")
    preview.locator(f"text=[{tag}]").wait_for()
    page.screenshot(path=str(OUTPUT / "case.png"), full_page=True)
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("a")
    page.keyboard.press("a")
    page.wait_for_selector(".flash-ok")
    assert review_item(item.id).state == ReviewState.APPROVED

    sent = wait_for(lambda: [m for m in smtp_sink.find() if tag in str(m["Subject"]) and tag in m.get_body(("plain",)).get_content()], 60, "the edited reply at the SMTP sink")
    body = sent[0].get_body(("plain",)).get_content()
    assert "significant and separate" in body
    assert sent[0]["In-Reply-To"]
    page.reload()
    assert "approved" in page.locator("#audit").inner_text()
    page.context.close()


def test_two_reviewers_racing_on_one_case(web, browser, celery_worker):  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:8]
    item = send_through_pipeline(question(f"0418T with 26? ({tag})", "Can we bill 0418T-26 with 93288?"))
    alice, bob = make_user(), make_user()
    pa, pb = signed_in_page(browser, web, alice), signed_in_page(browser, web, bob)
    pa.goto(f"/items/{item.id}")
    pb.goto(f"/items/{item.id}")  # both see it unclaimed

    pa.click("#claim")
    pa.wait_for_selector(".lock-mine")
    pb.click("#claim")  # Bob's page is stale: his claim loses the compare-and-set
    assert f"{alice} holds this case" in pb.locator("#action-error").inner_text()
    pb.fill("#editor", "Bob's answer")
    pb.click("#approve")
    error = pb.locator("#action-error").inner_text()
    assert f"{alice} holds this case" in error and "release" in error
    assert pb.input_value("#editor") == "Bob's answer"  # his edit is not lost

    pa.fill("#editor", f"Alice's answer {tag}")
    pa.click("#approve")
    pa.wait_for_selector(".flash-ok")
    final = review_item(item.id)
    assert final.state == ReviewState.APPROVED and final.decided_by == alice
    with session_scope(readonly=True) as s:
        count = s.execute(select(func.count()).select_from(OutboundMessage).where(OutboundMessage.review_item_id == item.id)).scalar_one()
    assert count == 1
    pa.context.close()
    pb.context.close()


class _Tracker(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Tracker.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_hostile_email_is_rendered_inert(web, browser, celery_worker):  # type: ignore[no-untyped-def]
    tracker = ThreadingHTTPServer(("127.0.0.1", 0), _Tracker)
    threading.Thread(target=tracker.serve_forever, daemon=True).start()
    remote = f"http://127.0.0.1:{tracker.server_port}"
    tag = uuid.uuid4().hex[:8]
    msg = EmailMessage()
    msg["From"] = "Mallory <mallory@clinic.example>"
    msg["To"] = "consult@example.test"
    msg["Subject"] = f"<script>alert('subject')</script> 99213 question {tag}"
    msg["Message-ID"] = make_msgid(domain="clinic.example")
    msg.set_content(f"Is 99213 fine? <script>alert('text')</script> {tag}")
    msg.add_alternative(f"""<html><head><style>body {{ background: url({remote}/css-bg) }} * {{ display:none }}</style>
<meta http-equiv="refresh" content="0;url={remote}/refresh"><link rel="stylesheet" href="{remote}/sheet.css"></head>
<body onload="alert('onload')"><p>Is <b>99213</b> fine? {tag}</p>
<script>alert('script'); fetch('{remote}/script')</script>
<a href="javascript:alert('link')">click me</a> <a href="{remote}/phish">your invoice</a>
<img src="{remote}/pixel.gif" onerror="alert('img')"><img src="cid:logo">
<div style="background-image:url({remote}/inline-style); position:fixed; inset:0">overlay</div>
<iframe src="{remote}/frame"></iframe><form action="{remote}/form"><input name=x></form>
<svg onload="alert('svg')"><image href="{remote}/svg-image"/></svg>
</body></html>""", subtype="html")
    item = send_through_pipeline(msg)

    reviewer = make_user()
    page = signed_in_page(browser, web, reviewer)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(web) else None)
    page.goto(f"/items/{item.id}")
    page.click("summary:has-text('HTML view')")
    html_view = page.locator("#message-html")
    assert tag in html_view.inner_text()
    assert html_view.locator("script, style, img, iframe, form, svg, link, meta, [style], [onload], [onerror], a[href]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    # The subject's and the text part's script tags are shown as text, not run.
    assert "<script>alert('subject')</script>" in page.locator("h1").inner_text()
    assert "<script>alert('text')</script>" in page.locator(".message-text").first.inner_text()
    page.locator("text=click me").click()
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert foreign == []
    assert _Tracker.hits == []
    page.screenshot(path=str(OUTPUT / "hostile-case.png"), full_page=True)
    page.context.close()
    tracker.shutdown()
    tracker.server_close()
