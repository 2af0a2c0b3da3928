"""A worker's pool processes SIGKILLed mid-ingest and mid-send: nothing lost, nothing sent twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.faults.system import System
from tests.fixtures.services import wait_for


@contextmanager
def write_locked(db_url: str) -> Iterator[None]:
    """Hold SQLite's write lock: every task that reaches the database waits inside its run."""
    conn = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_pool_killed_mid_ingest_every_question_drafted_once(system: System) -> None:
    worker = system.worker(concurrency=2)
    ids = system.store(20)
    with write_locked(system.db_url):
        system.enqueue_ingest(ids)
        wait_for(lambda: system.redis.unacked() == 2, 60, "both pool processes to be inside a task")
        worker.kill_pool()
    # And once more while the batch is flowing, wherever the tasks happen to be.
    wait_for(lambda: system.drafted() >= 5, 120, "the batch to flow again")
    worker.kill_pool()
    system.all_drafted()
    system.enqueue_send(system.approve_all())
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(20)


def test_pool_killed_mid_send_each_reply_reaches_relay_once(system: System) -> None:
    worker = system.worker(concurrency=2)
    system.enqueue_ingest(system.store(8))
    system.all_drafted()
    system.sink.hold = True  # every SMTP transaction waits at RCPT: the workers are mid-send
    try:
        system.enqueue_send(system.approve_all())
        wait_for(lambda: system.sink.held >= 2, 60, "both pool processes to be talking to the relay")
        worker.kill_pool()
    finally:
        system.sink.hold = False
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(8)


@pytest.mark.slow
def test_repeated_kills_under_a_larger_batch(system: System) -> None:
    worker = system.worker(concurrency=2)
    system.enqueue_ingest(system.store(150))
    for target in (20, 60, 100):
        wait_for(lambda target=target: system.drafted() >= target, 300, f"{target} drafts")
        worker.kill_pool()
    system.all_drafted(timeout=400)
    out = system.approve_all()
    system.sink.hold = True
    try:
        system.enqueue_send(out)
        wait_for(lambda: system.sink.held >= 2, 60, "sends in flight")
        worker.kill_pool()
    finally:
        system.sink.hold = False
    system.all_sent(timeout=300)
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(150)


