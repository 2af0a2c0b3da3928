"""The SMTP relay down for a while, then back: each reply goes out once, after backoff."""

from __future__ import annotations

from consult.models import OutboundState
from tests.faults.system import System
from tests.fixtures.services import wait_for


def test_relay_down_then_back_each_reply_sent_once_after_retries(system: System) -> None:
    system.worker(concurrency=2)
    system.enqueue_ingest(system.store(10))
    system.all_drafted()
    system.sink.down()
    try:
        system.enqueue_send(system.approve_all())
        # "A while": until every reply has been tried at least twice and is waiting to retry.
        system.settle(lambda: all(r[3] >= 2 and r[2] == OutboundState.QUEUED for r in system.outbound()),
                      120, "every reply to have failed twice")
        assert all(system.sink.count(r[1]) == 0 for r in system.outbound())
    finally:
        system.sink.up()
    system.all_sent(timeout=180)
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(10)
    wait_for(lambda: "retry" in system.workers[0].log_text().lower(), 5, "the backoff in the worker log")
