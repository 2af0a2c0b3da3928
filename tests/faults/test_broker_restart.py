"""The broker (our own Redis) restarted with its queues lost: the reconciler recovers them."""

from __future__ import annotations

from tests.faults.system import System
from tests.faults.test_worker_crash import write_locked
from tests.fixtures.services import wait_for


def test_broker_restart_loses_queued_tasks_and_reconciler_recovers_them(system: System) -> None:
    system.worker(concurrency=1)
    ids = system.store(15)
    with write_locked(system.db_url):  # the worker is stuck on one task; the rest wait in Redis
        system.enqueue_ingest(ids)
        wait_for(lambda: system.redis.unacked() == 1 and system.redis.queued() == 14, 60, "a backlog in Redis")
        system.redis.restart()
        assert system.redis.queued() == 0 and system.redis.unacked() == 0  # the backlog is gone
    system.all_drafted()

    out = system.approve_all()
    system.sink.hold = True  # a send in flight while the broker goes away again
    try:
        system.enqueue_send(out)
        wait_for(lambda: system.sink.held >= 1, 60, "a send in flight")
        system.redis.restart()
    finally:
        system.sink.hold = False
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(15)
