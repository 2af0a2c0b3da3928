"""End to end on real parts: Dovecot -> poller -> Redis -> Celery worker -> review -> SMTP sink."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from consult.db import session_scope
from consult.mail.imap import Poller, connect
from consult.models import (
    Case,
    CaseMessage,
    Draft,
    InboundMessage,
    InboundState,
    MailboxCursor,
    OutboundMessage,
    OutboundState,
    Quarantine,
    ReviewItem,
    ReviewState,
)
from consult.review.actions import approve
from consult.settings import get_settings
from consult.workers.tasks import enqueue_ingest, enqueue_ingest_batch, enqueue_send
from tests.fixtures.mail import question
from tests.fixtures.services import wait_for


def inbound_by_msgid(message_id: str) -> InboundMessage | None:
    with session_scope(readonly=True) as s:
        return s.execute(select(InboundMessage).where(InboundMessage.message_id == message_id)).scalar()


def review_item_for(message_id: str) -> ReviewItem | None:
    with session_scope(readonly=True) as s:
        return s.execute(
            select(ReviewItem)
            .join(Draft, Draft.id == ReviewItem.draft_id)
            .join(InboundMessage, InboundMessage.id == Draft.inbound_id)
            .where(InboundMessage.message_id == message_id)
        ).scalar()


@pytest.fixture()
def poller(dovecot, celery_worker) -> Iterator[Poller]:  # type: ignore[no-untyped-def]
    """The real poller, IDLE-ing on the Dovecot INBOX in a thread."""
    p = Poller(get_settings(), enqueue_ingest_batch)
    stop = threading.Event()
    thread = threading.Thread(target=p.run, args=(stop,), daemon=True)
    thread.start()
    yield p
    stop.set()
    thread.join(timeout=15)
    assert not thread.is_alive(), "the poller did not stop"


def test_question_becomes_threaded_reply_and_follow_up_joins_case(dovecot, smtp_sink, poller):  # type: ignore[no-untyped-def]
    q = question("Modifier 26 with 0418T?", "Can we bill 0418T-26 the same day as 93288?\n\nThanks,\nCasey")
    dovecot.append(bytes(q))

    item = wait_for(lambda: review_item_for(q["Message-ID"]), 60, "a draft in the review queue")
    assert item.state == ReviewState.PENDING
    with session_scope() as s:
        draft = s.get(Draft, item.draft_id)
        assert "0418T" in draft.body_text
        result = approve(s, item.id, "rita", text="0418T-26: see our notes.\n\nRita", domain="example.test")
    enqueue_send(result.outbound_id)

    reply = wait_for(lambda: smtp_sink.find(In_Reply_To=q["Message-ID"]), 60, "the reply at the SMTP sink")[0]
    assert reply["Message-ID"] == result.message_id
    assert reply["References"] == q["Message-ID"]
    assert reply["Subject"] == f"Re: Modifier 26 with 0418T? [Consult #{item.case_id}]"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["To"] == "coder@clinic.example"
    assert reply.get_body(("plain",)).get_content().startswith("0418T-26: see our notes.")
    assert reply.get_body(("html",)) is not None

    # The copy of our reply lands in the IMAP Sent folder.
    def in_sent() -> bool:
        c = dovecot.client()
        try:
            if not c.folder_exists("Sent"):
                return False
            c.select_folder("Sent", readonly=True)
            return bool(c.search(["HEADER", "Message-ID", result.message_id]))
        finally:
            c.logout()

    wait_for(in_sent, 30, "the reply in the Sent folder")

    follow = question(
        reply["Subject"], "One more: does 93288 need a 26 too?",
        In_Reply_To=result.message_id, References=f"{q['Message-ID']} {result.message_id}",
    )
    dovecot.append(bytes(follow))
    second = wait_for(lambda: review_item_for(follow["Message-ID"]), 60, "the follow-up's draft")
    assert second.case_id == item.case_id
    with session_scope(readonly=True) as s:
        assert s.get(Case, item.case_id).state == "open"
        thread = s.execute(select(CaseMessage.direction).where(CaseMessage.case_id == item.case_id).order_by(CaseMessage.id)).scalars().all()
    assert thread == ["in", "out", "in"]


def test_same_message_id_twice_makes_one_case(dovecot, poller):  # type: ignore[no-untyped-def]
    q = question("Duplicate delivery 99213", "Is 99213-25 right with 20610?")
    dovecot.append(bytes(q))
    dovecot.append(bytes(q))  # delivered twice (two of our addresses, or a resend)
    later = question("After the duplicates", "And 96372?")
    dovecot.append(bytes(later))
    wait_for(lambda: review_item_for(later["Message-ID"]), 60, "the later message's draft")
    wait_for(lambda: review_item_for(q["Message-ID"]), 60, "the duplicated message's draft")
    with session_scope(readonly=True) as s:
        n = s.execute(select(func.count()).select_from(InboundMessage).where(InboundMessage.message_id == q["Message-ID"])).scalar()
        cases = s.execute(select(func.count()).select_from(Case).where(Case.subject == "Duplicate delivery 99213")).scalar()
    assert (n, cases) == (1, 1)


def test_restarted_poller_does_not_ingest_twice(dovecot, celery_worker):  # type: ignore[no-untyped-def]
    settings = get_settings()
    q = question(f"Restart test {uuid.uuid4().hex[:6]}", "J1100 for 96372?")
    dovecot.append(bytes(q))
    first = Poller(settings, enqueue_ingest_batch)
    client = connect(settings)
    try:
        first.sync_once(client)
    finally:
        client.logout()
    # Clear the server-side flags so only our cursor can prevent a second ingest.
    c = dovecot.client()
    try:
        c.select_folder("INBOX")
        c.remove_flags(c.search(["ALL"]), [b"\\Seen", b"$ConsultIngested"])
    finally:
        c.logout()
    again = Poller(settings, enqueue_ingest_batch)  # a fresh process: only the database remembers
    client = connect(settings)
    try:
        assert again.sync_once(client) == 0
    finally:
        client.logout()
    with session_scope(readonly=True) as s:
        n = s.execute(select(func.count()).select_from(InboundMessage).where(InboundMessage.message_id == q["Message-ID"])).scalar()
    assert n == 1


def test_uidvalidity_change_resyncs_without_duplicates(dovecot, celery_worker):  # type: ignore[no-untyped-def]
    settings = get_settings()
    q = question("UIDVALIDITY test", "What is 0417T?")
    dovecot.append(bytes(q))
    p = Poller(settings, enqueue_ingest_batch)
    client = connect(settings)
    try:
        p.sync_once(client)
        with session_scope() as s:  # as if the server had rebuilt the folder
            cursor = s.execute(select(MailboxCursor).where(MailboxCursor.mailbox == p.mailbox)).scalar_one()
            cursor.uidvalidity += 1
        assert p.sync_once(client) == 0
        with session_scope(readonly=True) as s:
            cursor = s.execute(select(MailboxCursor).where(MailboxCursor.mailbox == p.mailbox)).scalar_one()
            n = s.execute(select(func.count()).select_from(InboundMessage).where(InboundMessage.message_id == q["Message-ID"])).scalar()
        assert n == 1
        assert cursor.last_uid >= 1  # the resync walked the folder again
    finally:
        client.logout()


def test_unparseable_message_is_quarantined_and_the_next_flows(dovecot, poller):  # type: ignore[no-untyped-def]
    garbage = b"\x00\x01\x02 this is not an email at all \xff\xfe\r\n\r\n\x00"
    dovecot.append(garbage)
    good = question("After the garbage", "Is 62370-26 payable?")
    dovecot.append(bytes(good))
    wait_for(lambda: review_item_for(good["Message-ID"]), 60, "the good message's draft")

    def quarantined() -> Quarantine | None:
        with session_scope(readonly=True) as s:
            rows = s.execute(
                select(Quarantine, InboundMessage.raw).join(InboundMessage, InboundMessage.id == Quarantine.inbound_id)
            ).all()
            return next((q for q, raw in rows if b"this is not an email" in raw), None)

    entry = wait_for(quarantined, 30, "the garbage in quarantine")
    assert entry.kind == "unparseable"
    assert "parse" in entry.reason


def test_auto_reply_is_kept_but_never_answered(dovecot, poller):  # type: ignore[no-untyped-def]
    ooo = question("Out of office: Re: your question", "I am away until Monday.", Auto_Submitted="auto-replied")
    dovecot.append(bytes(ooo))
    row = wait_for(
        lambda: (r := inbound_by_msgid(ooo["Message-ID"])) and r.state == InboundState.IGNORED and r,
        60, "the auto-reply to be classified",
    )
    assert row.classification == "auto_reply"
    assert review_item_for(ooo["Message-ID"]) is None


def test_send_retries_after_relay_outage_and_sends_once(smtp_sink, celery_worker):  # type: ignore[no-untyped-def]
    from consult.cases.intake import store_raw

    q = question("Relay outage test", "99214-25 with 20610?")
    with session_scope() as s:
        inbound_id = store_raw(s, bytes(q), source="cli").inbound_id
    enqueue_ingest(inbound_id)
    item = wait_for(lambda: review_item_for(q["Message-ID"]), 60, "draft")
    smtp_sink.refuse = True
    try:
        with session_scope() as s:
            result = approve(s, item.id, "rita", domain="example.test")
        enqueue_send(result.outbound_id)

        def deferred() -> bool:
            with session_scope(readonly=True) as s:
                out = s.get(OutboundMessage, result.outbound_id)
                return out.attempts >= 1 and out.state == OutboundState.QUEUED and "451" in out.last_error
        wait_for(deferred, 60, "a deferred first attempt")
    finally:
        smtp_sink.refuse = False
    wait_for(lambda: smtp_sink.find(Message_ID=result.message_id), 90, "the reply after the outage")

    def sent() -> bool:  # the Sent copy and the relay come before the state's commit
        with session_scope(readonly=True) as s:
            return s.get(OutboundMessage, result.outbound_id).state == OutboundState.SENT
    wait_for(sent, 30, "the outbound row to be marked sent")
    assert len(smtp_sink.find(Message_ID=result.message_id)) == 1


def test_review_list_shows_each_items_codes(celery_worker):  # type: ignore[no-untyped-def]
    from consult.cases.intake import store_raw
    from consult.review.queries import list_items

    q = question("Listing test", "Do we need 25 on 99214 with 20610, or 59 on 20610?")
    with session_scope() as s:
        inbound_id = store_raw(s, bytes(q), source="cli").inbound_id
    enqueue_ingest(inbound_id)
    item = wait_for(lambda: review_item_for(q["Message-ID"]), 60, "the draft")
    with session_scope(readonly=True) as s:
        rows = {r.id: r for r in list_items(s, state="all", limit=1000)}
    assert rows[item.id].codes == "99214 20610"
    assert rows[item.id].subject == "Listing test"


def test_a_burst_is_enqueued_a_few_per_task_and_every_message_is_drafted_once(celery_worker, monkeypatch):  # type: ignore[no-untyped-def]
    from consult.cases.intake import store_raw
    from consult.workers import tasks

    published: list[object] = []
    real_publish = tasks._publish
    monkeypatch.setattr(tasks, "_publish", lambda task, arg: published.append(arg) or real_publish(task, arg))
    sender = f"burst-{uuid.uuid4().hex[:6]}@clinic.example"
    qs = [question(f"Burst {i}", f"Is 9921{i % 5}-25 right with 20610?", sender) for i in range(9)]
    with session_scope() as s:
        ids = [store_raw(s, bytes(q), source="cli").inbound_id for q in qs]
    ids.append(ids[0])  # a duplicate in the batch is harmless: the second pass finds it done
    assert tasks.enqueue_ingest_batch(ids, most=4) == 10
    assert [len(a) if isinstance(a, list) else 1 for a in published] == [2, 2, 2, 2, 2]
    items = [wait_for(lambda q=q: review_item_for(q["Message-ID"]), 60, "a draft") for q in qs]
    with session_scope(readonly=True) as s:
        counts = [s.execute(select(func.count()).select_from(ReviewItem).where(ReviewItem.case_id == i.case_id)).scalar()
                  for i in items]
    assert counts == [1] * 9


def test_a_malformed_batch_is_dropped_with_a_log_not_a_crash(celery_worker, caplog):  # type: ignore[no-untyped-def]
    from consult.workers.tasks import ingest_many_task

    ingest_many_task.run(["1; drop table"])  # type: ignore[list-item]
    assert "wants a list of message ids" in caplog.text
