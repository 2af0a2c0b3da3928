"""/healthz for load balancers (no sign-in) and /api/status for signed-in users."""

from __future__ import annotations

import json

from tests.web.conftest import Client, make_user


def test_healthz_answers_without_sign_in_and_status_needs_it(web) -> None:  # type: ignore[no-untyped-def]
    client = Client(web)
    health = client.request("/healthz")
    assert health.status == 200
    assert json.loads(health.body)["ok"] is True
    assert client.request("/api/status").status == 401
    assert client.sign_in(make_user()).status == 303
    detail = json.loads(client.request("/api/status").body)
    assert {"healthy", "problems", "inbound", "outbound", "reference_files"} <= detail.keys()


def test_admins_see_pipeline_problems_on_the_queue_and_reviewers_do_not(web) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from datetime import timedelta

    from sqlalchemy import update

    from consult.cases.intake import store_raw
    from consult.db import session_scope
    from consult.models import InboundMessage, InboundState, utcnow

    raw = (f"From: a@clinic.example\r\nSubject: stuck\r\nMessage-ID: <{uuid.uuid4().hex}@clinic.example>\r\n"
           "\r\nIs 99213 right?\r\n").encode()
    with session_scope() as s:  # stored an hour ago and never picked up: no worker is running
        stuck = store_raw(s, raw, source="cli").inbound_id
        s.execute(update(InboundMessage).where(InboundMessage.id == stuck)  # type: ignore[arg-type]
                  .values(received_at=utcnow() - timedelta(hours=1)))
    try:
        admin = Client(web)
        assert admin.sign_in(make_user("admin")).status == 303
        page = admin.request("/").body
        assert 'id="pipeline-problems"' in page and "not drafted yet" in page
        assert 'id="pipeline-problems"' not in admin.request("/?fragment=1").body
        reviewer = Client(web)
        assert reviewer.sign_in(make_user()).status == 303
        assert 'id="pipeline-problems"' not in reviewer.request("/").body
    finally:
        with session_scope() as s:  # leave the shared database healthy for the tests after this one
            s.execute(update(InboundMessage).where(InboundMessage.id == stuck)  # type: ignore[arg-type]
                      .values(state=InboundState.IGNORED))
