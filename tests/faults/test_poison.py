"""Poison messages among good ones: they go to quarantine and the rest flow."""

from __future__ import annotations

from sqlalchemy import select

from consult.cases.intake import store_raw
from consult.db import session_scope
from consult.models import InboundMessage, InboundState, Quarantine
from tests.faults.system import System

POISON = [
    b"\x00\x01\x02 this is not an email at all \xff\xfe\r\n\r\n\x00",
    b"\xff\xfe\xfd" * 2000,
    b"From: \x00\r\nSubject: =?x-unknown?Q?=ZZ?=\r\nContent-Type: multipart/mixed\r\n\r\nno boundary\x00\r\n",
]


def test_poison_messages_are_quarantined_and_the_rest_flow(system: System) -> None:
    system.worker(concurrency=2)
    good = system.store(6, tag="before")
    with session_scope(system.db_url) as s:
        poison = [store_raw(s, raw, source="cli").inbound_id for raw in POISON]
    good += system.store(6, tag="after")
    # Poison first in the queue, then the good ones: nothing may wait behind it.
    system.enqueue_ingest(poison + good)
    system.all_drafted()

    def poison_settled() -> bool:
        with session_scope(system.db_url, readonly=True) as s:
            states = s.execute(select(InboundMessage.state).where(InboundMessage.id.in_(poison))).scalars().all()  # type: ignore[attr-defined]
            return all(st in (InboundState.QUARANTINED, InboundState.IGNORED) for st in states)

    system.settle(poison_settled, 60, "the poison to be set aside")
    with session_scope(system.db_url, readonly=True) as s:
        rows = s.execute(select(InboundMessage.id, InboundMessage.state, InboundMessage.case_id)
                         .where(InboundMessage.id.in_(poison))).all()  # type: ignore[attr-defined]
        quarantined = set(s.execute(select(Quarantine.inbound_id)).scalars().all())
    assert all(r.case_id is None for r in rows), "a poison message opened a case"
    assert {r.id for r in rows if r.state == InboundState.QUARANTINED} <= quarantined
    assert POISON and poison[0] in quarantined  # the plainly unparseable one is in quarantine

    system.enqueue_send(system.approve_all())
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(12)
