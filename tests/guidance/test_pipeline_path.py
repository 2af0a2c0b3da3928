"""The pipeline's draft step and `consult draft` take the same path and give the same findings."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import select

from consult.cases.intake import ingest, store_raw
from consult.db import session_scope
from consult.drafts.dryrun import dry_run
from consult.drafts.pipeline import draft_inbound
from consult.drafts.reference import reference_for
from consult.models import Draft
from consult.reference.store import ensure_reference_ready
from consult.settings import get_settings
from consult.workers.tasks import identity

EML = Path(__file__).parent / "scenarios" / "99212-59-em.eml"


def test_pipeline_draft_stores_the_findings_consult_draft_prints() -> None:
    ensure_reference_ready()
    settings = get_settings()
    raw = EML.read_bytes().replace(b"<99212-59-em@", f"<{uuid.uuid4().hex}@".encode())
    with session_scope() as s:
        inbound_id = store_raw(s, raw, source="cli").inbound_id
    with session_scope() as s:
        ingest(s, inbound_id, identity())
    with session_scope() as s:
        draft_inbound(s, inbound_id, settings, reference_for(s))
    with session_scope(readonly=True) as s:
        draft = s.execute(select(Draft).where(Draft.inbound_id == inbound_id)).scalar_one()
        run = dry_run(raw, templates=settings.templates, reference=reference_for(s),
                      our_addresses=frozenset({settings.address}), our_domain=settings.domain)
    analysis = json.loads(draft.analysis_json)
    assert {"mentions", "findings", "date_of_service"} <= set(analysis)
    assert run.result is not None
    assert analysis["findings"] == run.result.findings
    assert any(f["modifier"] == "59" and f["verdict"] == "warn" for f in analysis["findings"])
    assert draft.body_text == run.result.rendered.text


def test_review_sla_setting_gives_new_items_their_due_time() -> None:
    from datetime import timedelta

    from consult.models import ReviewItem

    ensure_reference_ready()
    settings = get_settings().model_copy(update={"review_sla_minutes": 30})
    raw = EML.read_bytes().replace(b"<99212-59-em@", f"<{uuid.uuid4().hex}@".encode())
    with session_scope() as s:
        inbound_id = store_raw(s, raw, source="cli").inbound_id
    with session_scope() as s:
        ingest(s, inbound_id, identity())
    with session_scope() as s:
        draft_inbound(s, inbound_id, settings, reference_for(s))
    with session_scope(readonly=True) as s:
        draft = s.execute(select(Draft).where(Draft.inbound_id == inbound_id)).scalar_one()
        item = s.execute(select(ReviewItem).where(ReviewItem.draft_id == draft.id)).scalar_one()
    assert item.due_at is not None
    assert timedelta(minutes=29) < item.due_at - item.created_at < timedelta(minutes=31)
