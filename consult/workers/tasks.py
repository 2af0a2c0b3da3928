"""Pipeline tasks. Thin: load by ID, call the core, compare-and-set, enqueue after commit.

Retry policy lives on the declarations: transient faults (database busy or unreachable, relay
down) retry with exponential backoff and jitter; anything else is a bug and quarantines the
message with its traceback, so one bad email never blocks the rest.
"""

from __future__ import annotations

import logging
import queue as stdlib_queue
import threading
from datetime import timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel import col

from consult.cases.intake import (
    AlreadyDone,
    Identity,
    ingest,
    ingest_many,
    parse_stored,
    parse_stored_many,
    quarantine,
    record_bug,
)
from consult.cases.policy import default_policy
from consult.db import session_scope
from consult.drafts.pipeline import prepare_for_inbound, store_draft, store_drafts
from consult.errors import TransientError
from consult.mail.deliver import deliver
from consult.mail.transport import transports
from consult.models import InboundMessage, InboundState, OutboundMessage, OutboundState, utcnow
from consult.review.sla import escalate_overdue
from consult.secrets import secret_key
from consult.settings import get_settings
from consult.workers import SMTP_QUEUE, app

log = logging.getLogger(__name__)
TRANSIENT = (OperationalError, PoolTimeout, TransientError, ConnectionError)
MAX_ATTEMPTS = 5

RETRYING: dict[str, Any] = dict(
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=12,
    acks_late=True,
    reject_on_worker_lost=True,
)


def identity() -> Identity:
    s = get_settings()
    return Identity(addresses=frozenset({s.address.lower()}), domain=s.domain, key=secret_key())


_IN: Table = InboundMessage.__table__  # type: ignore[attr-defined]
_WAITING = (InboundState.RECEIVED, InboundState.THREADED)
# Built once: the attempt count runs before every message (issue #8).
_COUNT_ATTEMPT = (
    update(_IN).where(_IN.c.id == bindparam("inbound_id")).values(attempts=_IN.c.attempts + 1)
    .returning(_IN.c.state, _IN.c.attempts)
)
_COUNT_FIRST_ATTEMPTS = (
    update(_IN).where(_IN.c.id.in_(bindparam("ids", expanding=True)), _IN.c.attempts == 0).values(attempts=1)
    .returning(_IN.c.id, _IN.c.state)
)


def _count_attempt(inbound_id: int) -> bool:
    """Record one more attempt; a message that keeps killing workers goes to quarantine."""
    with session_scope() as s:
        counted = s.connection().execute(_COUNT_ATTEMPT, {"inbound_id": inbound_id}).first()
        if counted is None:
            log.error("inbound %s does not exist; dropping the task", inbound_id)
            return False
        state, attempts = counted
        if state in _WAITING and attempts > MAX_ATTEMPTS:
            row = s.get_one(InboundMessage, inbound_id)
            quarantine(s, row, "bug", f"processing failed {attempts - 1} times (worker crash or time limit)")
            return False
        return state in _WAITING


def _count_first_attempts(inbound_ids: list[int]) -> dict[int, str]:
    """Count the first attempt of a batch's never-tried messages in one transaction.

    Returns their states. A message tried before (a redelivered batch, a re-enqueue) is left
    out and counted on its own just before it runs, so a batch whose worker died on one message
    adds at most one attempt to the messages it never reached: no innocent message nears the
    quarantine threshold while a poison one in its batch is counted out.
    """
    with session_scope() as s:
        rows = s.connection().execute(_COUNT_FIRST_ATTEMPTS, {"ids": inbound_ids}).all()
    return {inbound_id: state for inbound_id, state in rows}


def _guarded(inbound_id: int, step: Any, *, count: bool = True) -> str | None:
    """Run a step (which opens its own transactions): count the attempt, sort the failures."""
    if count and not _count_attempt(inbound_id):
        return None
    try:
        return step()
    except AlreadyDone:
        return None
    except TRANSIENT:
        raise
    except Exception as exc:
        log.exception("inbound %s: processing failed; quarantining", inbound_id)
        with session_scope() as s:
            record_bug(s, inbound_id, exc)
        return InboundState.QUARANTINED


def _ingest_step(inbound_id: int) -> str:
    """Parse under a read transaction, then classify, check and thread under a write one."""
    policy = default_policy()
    with session_scope(readonly=True) as s:
        parsed = parse_stored(s, inbound_id, policy)
    with session_scope() as s:
        return ingest(s, inbound_id, identity(), policy, parsed=parsed)


def _draft_step(inbound_id: int) -> str:
    """Compute the draft under a read transaction, then store it under a short write one.

    On SQLite a write transaction holds the database's one write lock: keeping extraction,
    guidance and rendering out of it lets workers overlap their CPU work.
    """
    from consult.drafts.reference import reference_for

    settings = get_settings()
    with session_scope(readonly=True) as s:
        prepared = prepare_for_inbound(s, inbound_id, settings, reference_for(s))
    if isinstance(prepared, str):
        return prepared
    with session_scope() as s:
        return store_draft(s, prepared, timedelta(minutes=settings.review_sla_minutes))


@app.task(name="consult.ingest", **RETRYING)
def ingest_task(inbound_id: int) -> None:
    """Ingest, then draft in the same task: two steps, each its own compare-and-set, one hop.

    The draft step keeps its own task (`consult.draft`) for the reconciler, which re-enqueues
    rows left in `threaded`; a retry of this task also finishes a row left there.
    """
    _ingest_and_draft(inbound_id)


@app.task(name="consult.ingest_many", **RETRYING)
def ingest_many_task(inbound_ids: list[int]) -> None:
    """Several stored messages in one hop (the poller's bursts). Each message keeps its own
    steps, transactions and attempt count (first attempts are counted together, see
    `_count_first_attempts`); a retry of the batch skips the ones already done."""
    if not isinstance(inbound_ids, list) or not all(type(i) is int for i in inbound_ids):
        log.error("consult.ingest_many wants a list of message ids, got %r; dropping the task", inbound_ids)
        return  # the reconciler still finds every stored row
    first = _count_first_attempts(inbound_ids) if inbound_ids else {}
    together = [i for i in dict.fromkeys(inbound_ids) if first.get(i) == InboundState.RECEIVED]
    if together:
        _ingest_and_draft_together(together)
    for inbound_id in inbound_ids:
        state = first.pop(inbound_id, None)  # popped: a repeated id counts again
        if state is None:
            _ingest_and_draft(inbound_id)
        elif state == InboundState.THREADED:
            _ingest_and_draft(inbound_id, counted=True)


def _ingest_and_draft_together(inbound_ids: list[int]) -> None:
    """Messages on their first attempt, in four transactions for the lot instead of four each:
    parse (read), ingest (write), prepare drafts (read), store drafts (write).

    Optimistic: when a write phase meets anything but a transient fault (a bug in one message,
    or a compare-and-set lost to another worker), it rolls back whole and its messages take the
    one-at-a-time path, which quarantines the bad one with its traceback and lets the rest
    through. A transient fault rolls the batch back and Celery retries it; the retry finds the
    messages counted and takes them one at a time, so a message that kills its worker is
    counted out on its own.
    """
    from consult.drafts.reference import reference_for

    policy, who = default_policy(), identity()
    with session_scope(readonly=True) as s:
        parsed = parse_stored_many(s, inbound_ids, policy)
    try:
        with session_scope() as s:
            states = ingest_many(s, inbound_ids, who, policy, parsed)
    except TRANSIENT:
        raise
    except Exception as exc:
        log.info("a batch of %d fell back to one message at a time: %r", len(inbound_ids), exc)
        for inbound_id in inbound_ids:
            _ingest_and_draft(inbound_id, counted=True)
        return
    threaded = [i for i, state in states.items() if state == InboundState.THREADED]
    if not threaded:
        return
    settings = get_settings()
    prepared, alone = [], []
    with session_scope(readonly=True) as s:
        reference = reference_for(s)
        for inbound_id in threaded:
            try:
                ready = prepare_for_inbound(s, inbound_id, settings, reference)
            except TRANSIENT:
                raise
            except Exception:  # met again on its own below, and quarantined there
                alone.append(inbound_id)
                continue
            if not isinstance(ready, str):
                prepared.append(ready)
    sla = timedelta(minutes=settings.review_sla_minutes)
    try:
        with session_scope() as s:
            store_drafts(s, prepared, sla)
    except TRANSIENT:
        raise
    except Exception as exc:
        log.info("a batch of %d drafts fell back to one at a time: %r", len(prepared), exc)
        alone = threaded
    for inbound_id in alone:
        _guarded(inbound_id, lambda inbound_id=inbound_id: _draft_step(inbound_id), count=False)


def _ingest_and_draft(inbound_id: int, *, counted: bool = False) -> None:
    if _guarded(inbound_id, lambda: _ingest_step(inbound_id), count=not counted) == InboundState.THREADED:
        _guarded(inbound_id, lambda: _draft_step(inbound_id), count=False)


@app.task(name="consult.draft", **RETRYING)
def draft_task(inbound_id: int) -> None:
    _guarded(inbound_id, lambda: _draft_step(inbound_id))


@app.task(name="consult.send_reply", queue=SMTP_QUEUE, **RETRYING)
def send_task(outbound_id: int) -> None:
    settings = get_settings()
    transport, sent = transports(settings)
    deliver(session_scope, outbound_id, transport, sent, settings)


@app.task(name="consult.reconcile", acks_late=True)
def reconcile_task() -> dict[str, int]:
    return reconcile()


def reconcile() -> dict[str, int]:
    """Re-enqueue rows stuck in an intermediate state (a flushed broker, a lost worker), and
    escalate review items past their due time."""
    settings = get_settings()
    cutoff = utcnow() - timedelta(seconds=settings.reconcile_after_seconds)
    with session_scope(readonly=True) as s:
        inbound = s.execute(
            select(col(InboundMessage.id), col(InboundMessage.state)).where(
                col(InboundMessage.state).in_([InboundState.RECEIVED, InboundState.THREADED]),
                col(InboundMessage.updated_at) < cutoff,
            ).limit(1000)
        ).all()
        outbound = s.execute(
            select(col(OutboundMessage.id)).where(
                col(OutboundMessage.state).in_([OutboundState.QUEUED, OutboundState.SENDING]),
                col(OutboundMessage.updated_at) < cutoff,
            ).limit(1000)
        ).scalars().all()
    if inbound:
        # Touch what we re-enqueue, so a long backlog is re-enqueued once per interval rather
        # than on every beat (outbound rows keep their time: it is the sending lease).
        with session_scope() as s:
            for inbound_id, state in inbound:
                s.execute(
                    update(InboundMessage)
                    .where(InboundMessage.id == inbound_id, InboundMessage.state == state)
                    .values(updated_at=utcnow())
                )
    counts = {"ingest": 0, "draft": 0, "send": 0}
    for inbound_id, state in inbound:
        if state == InboundState.RECEIVED:
            counts["ingest"] += enqueue_ingest(inbound_id)
        else:
            counts["draft"] += enqueue_draft(inbound_id)
    for outbound_id in outbound:
        counts["send"] += enqueue_send(outbound_id)
    if any(counts.values()):
        log.warning("reconciler re-enqueued stuck rows: %s", counts)
    with session_scope() as s:  # review deadlines ride on the same beat
        counts["escalated"] = len(escalate_overdue(s))
    return counts


# kombu's SQLAlchemy transport (the embedded broker) silently drops messages published from
# a thread other than the main one. `consult up` therefore relays publishes from its gateway,
# poller and web threads to the main thread, which drains this queue.
_relay: stdlib_queue.Queue[tuple[Any, Any]] | None = None


def relay_publishes_to_main_thread() -> None:
    global _relay
    _relay = stdlib_queue.Queue()


def drain_relay(timeout: float) -> int:
    """Publish what other threads queued (call from the main thread). Returns the count."""
    if _relay is None:
        return 0
    sent = 0
    try:
        task, row_id = _relay.get(timeout=timeout)
        while True:
            sent += _publish(task, row_id)
            task, row_id = _relay.get_nowait()
    except stdlib_queue.Empty:
        return sent


def _enqueue(task: Any, row_id: int | list[int]) -> int:
    if _relay is not None and threading.current_thread() is not threading.main_thread():
        _relay.put((task, row_id))
        return 1
    return _publish(task, row_id)


def _publish(task: Any, row_id: int | list[int]) -> int:
    """Enqueue after commit. A broker outage is logged, not raised: the reconciler catches up."""
    try:
        task.apply_async((row_id,))
        return 1
    except Exception as exc:  # kombu raises a variety of connection errors
        log.warning("could not enqueue %s(%s): %s; the reconciler will retry", task.name, row_id, exc)
        return 0


def enqueue_ingest(inbound_id: int) -> int:
    return _enqueue(ingest_task, inbound_id)


def enqueue_ingest_batch(inbound_ids: list[int], *, most: int = 25) -> int:
    """Enqueue stored messages a few per task, spread so several workers share a burst.

    Up to 25 a task (a quarter of the poller's default fetch of 100): a Celery task costs a
    pool process a fixed share of time besides its messages, and on the throughput bench going
    from 10 to 25 a task took the pipeline from about 300 to 370 msg/s (docs/performance.md).
    Returns how many messages were enqueued."""
    size = min(most, max(1, len(inbound_ids) // 4))
    enqueued = 0
    for start in range(0, len(inbound_ids), size):
        chunk = inbound_ids[start:start + size]
        if len(chunk) == 1:
            enqueued += enqueue_ingest(chunk[0])
        elif _enqueue(ingest_many_task, chunk):
            enqueued += len(chunk)
    return enqueued


def enqueue_draft(inbound_id: int) -> int:
    return _enqueue(draft_task, inbound_id)


def enqueue_send(outbound_id: int) -> int:
    return _enqueue(send_task, outbound_id)
