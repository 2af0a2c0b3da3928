"""The Celery application: `celery -A consult.workers worker`.

The database is the system of record and tasks carry row IDs only, so the broker may lose
messages (flushed Redis, the embedded SQLite broker after a crash): the reconciler re-enqueues
whatever is stuck. Every task is safe to run twice.
"""

from __future__ import annotations

import logging
from contextlib import closing

from celery import Celery
from celery.signals import worker_init, worker_process_init
from kombu import Exchange, Queue

from consult.settings import get_settings

INGEST_QUEUE = "consult.ingest"
SMTP_QUEUE = "consult.smtp"


def make_app() -> Celery:
    settings = get_settings()
    app = Celery("consult", broker=settings.broker, include=["consult.workers.tasks"])
    limit = settings.task_time_limit
    # The visibility timeout must outlive the longest task plus its longest retry delay, or Redis
    # hands the same message to a second worker while the first is still on it.
    visibility = max(3600, limit * 4 + 600)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        task_ignore_result=True,
        result_backend=None,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_time_limit=limit,
        task_soft_time_limit=max(limit - 30, limit * 9 // 10),
        task_default_queue=INGEST_QUEUE,
        # A plain `celery -A consult.workers worker` consumes both; -Q splits them across hosts.
        task_queues=tuple(Queue(q, Exchange(q), routing_key=q) for q in (INGEST_QUEUE, SMTP_QUEUE)),
        task_routes={"consult.send_reply": {"queue": SMTP_QUEUE}},
        # kombu's SQLAlchemy transport hands these options to create_engine.
        broker_transport_options={"visibility_timeout": visibility}
        if settings.broker.startswith(("redis", "rediss"))
        else {"connect_args": {"timeout": 30}},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        timezone="UTC",
        beat_schedule={
            "reconcile": {
                "task": "consult.reconcile",
                "schedule": float(settings.reconcile_every_seconds),
                "options": {"expires": float(settings.reconcile_every_seconds)},
            }
        },
    )
    if settings.broker.startswith("sqla+sqlite:///"):
        _prepare_sqlite_broker(settings.broker.removeprefix("sqla+sqlite:///"))
    return app


def _prepare_sqlite_broker(path: str) -> None:
    """WAL mode (kept in the file) so publishers' reads never block the consumer's writes."""
    import sqlite3
    from pathlib import Path

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=30)) as conn:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode=WAL")


app = make_app()


@worker_process_init.connect
def _fresh_connections(**_kwargs: object) -> None:
    # A forked pool process must not reuse the parent's database connections.
    from consult.db import dispose_engines

    dispose_engines()


@worker_init.connect
def _warm(**_kwargs: object) -> None:
    # In the worker's main process, before the pool forks: every child inherits the loaded
    # ICD-10-CM package instead of loading it (about 1 s) on its first question.
    from consult.codes import compiled, icd

    icd.warm()
    logging.getLogger(__name__).info("code extractor: %s", compiled.status)
