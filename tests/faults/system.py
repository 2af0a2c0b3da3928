"""One system under test: its own SQLite (or PostgreSQL) database, Redis, Dovecot, SMTP sink
and prefork workers, plus the two invariants every fault test ends on."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from consult.cases.intake import store_raw
from consult.db import session_scope
from consult.models import (
    CaseMessage,
    Draft,
    InboundMessage,
    InboundState,
    OutboundMessage,
    OutboundState,
    ReviewItem,
    ReviewState,
)
from consult.review.actions import approve
from tests.faults.services import (
    INGEST_QUEUE,
    SMTP_QUEUE,
    FaultSink,
    RedisServer,
    Worker,
    clean_env,
)
from tests.fixtures.services import Dovecot, wait_for

ADDRESS, DOMAIN = "consult@example.test", "example.test"
QUESTIONS = [
    "Can we bill 0418T-26 the same day as 93288?",
    "Is 99213-25 right with 20610 on the same date?",
    "J1100 with 96372 for a dexamethasone injection?",
    "Does 62370-26 need a modifier with 95990?",
    "Is 71046 payable with 99214 for the same visit?",
]


def question(tag: str, n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Coder {n} <coder{n}@clinic{n % 7}.example>"
    msg["To"] = ADDRESS
    msg["Subject"] = f"Fault {tag} question {n}"
    msg["Message-ID"] = make_msgid(idstring=f"{tag}.{n}", domain="clinic.example")
    msg.set_content(QUESTIONS[n % len(QUESTIONS)] + "\n\nThanks\n")
    return msg


@dataclass
class System:
    root: Path
    db_url: str
    redis: RedisServer
    sink: FaultSink
    dovecot: Dovecot
    folder: str = "INBOX"
    workers: list[Worker] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)
    _sender: Any = None
    _last_reconcile: float = 0.0

    @property
    def env(self) -> dict[str, str]:
        (self.root / "consult.toml").touch()
        return clean_env(
            CONSULT_CONFIG=str(self.root / "consult.toml"), CONSULT_DATA_DIR=str(self.root / "var"),
            CONSULT_DATABASE_URL=self.db_url, CONSULT_BROKER_URL=self.redis.url,
            CONSULT_SECRET_KEY="fault-secret", CONSULT_ADDRESS=ADDRESS, CONSULT_DOMAIN=DOMAIN,
            CONSULT_IMAP_HOST="127.0.0.1", CONSULT_IMAP_PORT=str(self.dovecot.port),
            CONSULT_IMAP_USER=self.dovecot.user, CONSULT_IMAP_PASSWORD=self.dovecot.password,
            CONSULT_IMAP_SSL="false", CONSULT_IMAP_FOLDER=self.folder, CONSULT_IMAP_IDLE_SECONDS="30",
            CONSULT_SMTP_HOST="127.0.0.1", CONSULT_SMTP_PORT=str(self.sink.port),
            CONSULT_SMTP_SECURITY="none", CONSULT_SMTP_TIMEOUT="10",
            # The lease after which a stuck row is re-enqueued; the smallest the settings allow.
            CONSULT_RECONCILE_AFTER_SECONDS="5", CONSULT_TASK_TIME_LIMIT="120",
        )

    # -- processes -----------------------------------------------------------------------
    def worker(self, concurrency: int = 2, **kw: Any) -> Worker:
        w = Worker(self.env, self.root / f"worker{len(self.workers)}.log", concurrency=concurrency, **kw)
        self.workers.append(w)
        return w.start()

    def sender(self) -> Any:
        if self._sender is None:
            from celery import Celery

            self._sender = Celery("fault-sender", broker=self.redis.url, set_as_current=False)
            self._sender.conf.broker_connection_retry_on_startup = True
        return self._sender

    def send_task(self, name: str, row_id: int | None = None, queue: str = INGEST_QUEUE) -> None:
        self.sender().send_task(name, args=[] if row_id is None else [row_id], queue=queue)

    def reconcile(self) -> None:
        """What beat does every minute, now: re-enqueue rows stuck past the 5 s lease."""
        self._last_reconcile = time.monotonic()
        self.send_task("consult.reconcile")

    def settle(self, check: Callable[[], Any], timeout: float, what: str, every: float = 6.0) -> Any:
        """Wait for `check`, running the reconciler every `every` seconds as beat would."""
        def step() -> Any:
            if every and time.monotonic() - self._last_reconcile > every:
                self.reconcile()
            return check()
        return wait_for(step, timeout, what)

    def close(self) -> None:
        for w in self.workers:
            w.stop()
        if self._sender is not None:
            self._sender.close()

    # -- traffic -------------------------------------------------------------------------
    def store(self, n: int, tag: str | None = None) -> list[int]:
        """n questions committed as the poller or gateway would (not yet enqueued)."""
        tag = tag or uuid.uuid4().hex[:8]
        ids = []
        with session_scope(self.db_url) as s:
            for i in range(n):
                msg = question(tag, i)
                self.message_ids.append(msg["Message-ID"])
                ids.append(store_raw(s, bytes(msg), source="cli").inbound_id)
        return ids

    def enqueue_ingest(self, ids: list[int]) -> None:
        for row_id in ids:
            self.send_task("consult.ingest", row_id)

    def drafted(self) -> int:
        with session_scope(self.db_url, readonly=True) as s:
            return int(s.execute(
                select(func.count()).select_from(InboundMessage).where(
                    InboundMessage.message_id.in_(self.message_ids),  # type: ignore[attr-defined]
                    InboundMessage.state == InboundState.DRAFTED,
                )
            ).scalar_one())

    def all_drafted(self, timeout: float = 120) -> None:
        n = len(self.message_ids)
        self.settle(lambda: self.drafted() == n, timeout, f"all {n} questions to be drafted")

    def approve_all(self) -> list[int]:
        """A reviewer approves every pending draft; returns the outbound row ids (not enqueued)."""
        with session_scope(self.db_url) as s:
            items = s.execute(select(ReviewItem.id).where(ReviewItem.state == ReviewState.PENDING)).scalars().all()
            return [approve(s, item, "rita", domain=DOMAIN).outbound_id for item in items]

    def enqueue_send(self, ids: list[int]) -> None:
        for row_id in ids:
            self.send_task("consult.send_reply", row_id, queue=SMTP_QUEUE)

    def outbound(self) -> list[tuple[int, str, str, int]]:
        with session_scope(self.db_url, readonly=True) as s:
            return [tuple(r) for r in s.execute(  # type: ignore[misc]
                select(OutboundMessage.id, OutboundMessage.message_id, OutboundMessage.state,
                       OutboundMessage.attempts).order_by(OutboundMessage.id)
            ).all()]

    def all_sent(self, timeout: float = 120) -> None:
        self.settle(lambda: all(r[2] == OutboundState.SENT for r in self.outbound()), timeout, "every reply to be sent")

    def quiesce(self, timeout: float = 60) -> None:
        """Run the reconciler once more and wait until the broker holds nothing, so a late
        duplicate (a second task for a row that is already done) would have shown itself."""
        self.reconcile()
        wait_for(lambda: self.redis.queued(INGEST_QUEUE) == 0 and self.redis.queued(SMTP_QUEUE) == 0
                 and self.redis.unacked() == 0, timeout, "the broker to drain")

    # -- the invariants ------------------------------------------------------------------
    def assert_one_case_and_draft_per_question(self) -> None:
        with session_scope(self.db_url, readonly=True) as s:
            rows = s.execute(
                select(InboundMessage.message_id, InboundMessage.id, InboundMessage.state, InboundMessage.case_id)
                .where(InboundMessage.message_id.in_(self.message_ids))  # type: ignore[attr-defined]
            ).all()
            ids = [r.id for r in rows]
            per_inbound = lambda model: dict(s.execute(  # noqa: E731
                select(model.inbound_id, func.count()).where(model.inbound_id.in_(ids)).group_by(model.inbound_id)
            ).all())
            threads, drafts = per_inbound(CaseMessage), per_inbound(Draft)
            items = dict(s.execute(
                select(Draft.inbound_id, func.count()).join(ReviewItem, ReviewItem.draft_id == Draft.id)
                .where(Draft.inbound_id.in_(ids)).group_by(Draft.inbound_id)  # type: ignore[attr-defined]
            ).all())
        assert sorted(r.message_id for r in rows) == sorted(self.message_ids), "a question is missing or stored twice"
        problems = [
            (r.message_id, r.state, threads.get(r.id, 0), drafts.get(r.id, 0), items.get(r.id, 0))
            for r in rows
            if (r.state, threads.get(r.id, 0), drafts.get(r.id, 0), items.get(r.id, 0)) != (InboundState.DRAFTED, 1, 1, 1)
        ]
        assert not problems, f"(message, state, case messages, drafts, review items) off: {problems[:10]}"
        assert len({r.case_id for r in rows}) == len(rows), "two questions share a case"

    def assert_each_reply_sent_once(self, expected: int) -> None:
        rows = self.outbound()
        assert len(rows) == expected
        assert [r for r in rows if r[2] != OutboundState.SENT] == []
        counts = {mid: self.sink.count(mid) for _, mid, _, _ in rows}
        assert {mid: c for mid, c in counts.items() if c != 1} == {}, "a reply is missing at the relay or went twice"


@contextmanager
def running(system: System) -> Iterator[System]:
    try:
        yield system
    finally:
        system.close()
