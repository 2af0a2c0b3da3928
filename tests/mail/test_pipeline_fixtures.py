"""All 44 §2 fixtures through the real pipeline in one batch:
Dovecot (a non-ASCII folder) -> poller -> Redis -> Celery worker -> database.

Seeds (phase 1) go first so follow-ups have something to thread onto; then every other fixture
is appended (some twice, some already \\Seen) and one poller pass stores them all. The checks
are parametrized over the module-scoped result, one test per fixture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from consult.db import session_scope
from consult.mail.imap import Poller, connect
from consult.models import (
    Case,
    CaseMessage,
    Draft,
    InboundMessage,
    OutboundMessage,
    Quarantine,
    ReviewItem,
)
from consult.settings import get_settings
from consult.workers.tasks import enqueue_ingest_batch
from tests.fixtures.services import wait_for
from tests.mail.fixturedata import EXPECT, NAMES, raw

FOLDER = "Eingang Ärzte"  # case 15: a folder name that is not ASCII (modified UTF-7 on the wire)
FINAL = {"drafted", "ignored", "quarantined"}
BOUNCED_ID = "<consult.fixture41sent@example.test>"


@dataclass
class Result:
    inbound: InboundMessage
    message: CaseMessage | None
    quarantine: str | None
    drafted: bool
    copies: int


def _append(client: Any, data: bytes, flags: list[str]) -> int:
    response = client.append(FOLDER, data, flags=[f.encode() for f in flags])
    match = re.search(rb"APPENDUID \d+ (\d+)", response)
    assert match, f"Dovecot did not report the UID: {response!r}"
    return int(match.group(1))


def _pass(poller: Poller) -> None:
    client = connect(get_settings())
    try:
        poller.sync_once(client)
    finally:
        client.logout()


def _settled(poller: Poller, uids: dict[str, int]) -> dict[str, InboundMessage] | None:
    with session_scope(readonly=True) as s:
        rows = {
            name: s.execute(
                select(InboundMessage).where(InboundMessage.mailbox == poller.mailbox, InboundMessage.uid == uid)
            ).scalar()
            for name, uid in uids.items()
        }
    if all(r is not None and r.state in FINAL for r in rows.values()):
        return rows  # type: ignore[return-value]
    return None


@pytest.fixture(scope="module")
def batch(dovecot, celery_worker) -> dict[str, Result]:  # type: ignore[no-untyped-def]
    with session_scope() as s:  # one of our replies, for the bounce (case 41) to find
        case = Case(subject="bounce target", requester="gone@clinic.example")
        s.add(case)
        s.flush()
        s.add(OutboundMessage(case_id=case.id, message_id=BOUNCED_ID, to_addr="gone@clinic.example",
                              subject="Re: a question", body_text="x", body_html="x", state="sent"))
    client = dovecot.client()
    if not client.folder_exists(FOLDER):
        client.create_folder(FOLDER)
    poller = Poller(get_settings(), enqueue_ingest_batch, folder=FOLDER)
    uids: dict[str, int] = {}
    rows: dict[str, InboundMessage] = {}
    try:
        for phase in (1, 2):
            names = [n for n in NAMES if EXPECT[n]["phase"] == phase]
            for name in names:
                data = raw(name)
                for seed, row in rows.items():  # a subject token names a case that exists now
                    data = data.replace(f"@@CASE:{seed}@@".encode(), str(row.case_id).encode())
                for _ in range(EXPECT[name].get("times", 1)):
                    uid = _append(client, data, EXPECT[name].get("imap_flags", []))
                    uids.setdefault(name, uid)
            _pass(poller)
            rows.update(wait_for(lambda: _settled(poller, uids), 120, f"phase {phase} to settle"))
    finally:
        client.logout()
    results = {}
    with session_scope(readonly=True) as s:
        for name, row in rows.items():
            cm = s.execute(select(CaseMessage).where(CaseMessage.inbound_id == row.id)).scalar()
            q = s.execute(select(Quarantine.kind).where(Quarantine.inbound_id == row.id)).scalar()
            drafted = s.execute(
                select(ReviewItem.id).join(Draft, Draft.id == ReviewItem.draft_id).where(Draft.inbound_id == row.id)
            ).scalar() is not None
            copies = s.execute(
                select(InboundMessage.id).where(InboundMessage.message_id_hash == row.message_id_hash)
            ).scalars().all()
            results[name] = Result(row, cm, q, drafted, len(copies))
    return results


@pytest.mark.parametrize("name", NAMES)
def test_fixture_through_the_real_pipeline(batch: dict[str, Result], name: str) -> None:
    expect, got = {**EXPECT[name], **EXPECT[name].get("pipeline", {})}, batch[name]
    row = got.inbound
    assert row.state == expect["state"], row.error
    assert got.copies == 1  # delivered twice, re-fetched, or to two addresses: stored once
    if expect["state"] == "quarantined":
        assert got.quarantine == expect["quarantine"]
        return
    assert row.classification == expect["kind"]
    assert got.drafted is (expect["reply"] == "draft")
    thread = expect["thread"]
    if thread == "new":
        joined = {f"same_as:{name}", f"linked:{name}"}
        others = [
            n for n, r in batch.items()
            if n != name and not n.startswith("__") and r.inbound.case_id == row.case_id
            and EXPECT[n]["thread"] not in joined
        ]
        assert row.case_id is not None and not others, "a new question gets a case of its own"
    elif thread.startswith("same_as:"):
        assert row.case_id == batch[thread[8:]].inbound.case_id
    elif thread == "linked:outbound":
        with session_scope(readonly=True) as s:
            out = s.execute(select(OutboundMessage).where(OutboundMessage.message_id == BOUNCED_ID)).scalar_one()
        assert row.case_id == out.case_id and out.last_error.startswith("bounced: 5.1.1")
    elif thread.startswith("linked:"):
        assert row.case_id == batch[thread[7:]].inbound.case_id
    else:
        assert row.case_id is None
    if got.message is not None:  # what the reviewer sees
        cm = got.message
        if "subject" in expect:
            assert cm.subject == expect["subject"]
        for text in expect.get("new_has", []):
            assert text in cm.new_text
        for text in expect.get("new_lacks", []):
            assert text not in cm.new_text
        for text in expect.get("text_has", []):
            assert text in cm.body_text
        assert set(expect.get("flags", [])) <= set(cm.flags.split())
