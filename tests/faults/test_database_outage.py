"""The database briefly locked (SQLite) or unavailable (PostgreSQL): tasks wait or retry, and
nothing is lost or done twice.

PostgreSQL: restarting the shared server would disturb everyone else's tests, so the outage is
made on a throwaway database of our own: new connections refused (ALLOW_CONNECTIONS false) and
every existing backend terminated (pg_terminate_backend) while tasks are running.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consult.db import dispose_engines
from consult.migrate import upgrade
from tests.faults.system import System
from tests.faults.test_worker_crash import write_locked
from tests.fixtures.services import PG_BASE, postgres_database, wait_for

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"  # libpq form, for psycopg itself


def test_sqlite_write_lock_held_while_tasks_run_nothing_lost(system: System) -> None:
    system.worker(concurrency=2)
    ids = system.store(12)
    with write_locked(system.db_url):
        system.enqueue_ingest(ids)
        wait_for(lambda: system.redis.unacked() == 2, 60, "both pool processes blocked on the lock")
    system.all_drafted()
    out = system.approve_all()
    with write_locked(system.db_url):
        system.enqueue_send(out)
        wait_for(lambda: system.redis.unacked() >= 1, 60, "a send blocked on the lock")
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(12)


@pytest.mark.slow
def test_sqlite_locked_past_busy_timeout_tasks_retry(system: System) -> None:
    """Held longer than the 30 s busy timeout, so the tasks fail with 'database is locked'."""
    worker = system.worker(concurrency=2)
    ids = system.store(6)
    with write_locked(system.db_url):
        system.enqueue_ingest(ids)
        wait_for(lambda: "retry" in worker.log_text().lower(), 120, "a task to retry on the lock")
    system.all_drafted()
    system.enqueue_send(system.approve_all())
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(6)


@pytest.fixture()
def pg_system(system: System) -> Iterator[tuple[System, str]]:
    with postgres_database("consult_fault") as name:
        system.db_url = PG_BASE + name
        upgrade(system.db_url)
        dispose_engines()
        try:
            yield system, name
        finally:
            system.close()


def outage(name: str, on: bool) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if on else "true"}')
        if on:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))


@pytest.mark.postgres
def test_postgres_connections_cut_mid_ingest_and_mid_send(pg_system: tuple[System, str]) -> None:
    system, name = pg_system
    worker = system.worker(concurrency=2)
    system.enqueue_ingest(system.store(15))
    wait_for(lambda: system.drafted() >= 3, 60, "the batch to be flowing")
    outage(name, True)
    try:
        wait_for(lambda: "retry" in worker.log_text().lower(), 60, "tasks to retry against the dead database")
    finally:
        outage(name, False)
    dispose_engines()
    system.all_drafted()

    out = system.approve_all()
    system.sink.hold = True
    try:
        system.enqueue_send(out)
        wait_for(lambda: system.sink.held >= 2, 60, "sends in flight")
        # The relay is about to accept while the database is gone: the worst moment for "once".
        outage(name, True)
    finally:
        system.sink.hold = False
    try:
        wait_for(lambda: "consult.send_reply" in worker.log_text().split("retry:", 1)[-1]
                 and any("send_reply" in line and "retry:" in line for line in worker.log_text().splitlines()),
                 60, "a send to fail its commit and retry")
    finally:
        outage(name, False)
    dispose_engines()
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(15)
