"""The Celery application: `celery -A consult.workers worker`.

The database is the system of record and tasks carry row IDs only, so the broker may lose
messages (flushed Redis, the embedded SQLite broker after a crash): the reconciler re-enqueues
whatever is stuck. Every task is safe to run twice.
"""

from __future__ import annotations

from celery import Celery
from celery.signals import worker_process_init

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
        task_routes={"consult.send_reply": {"queue": SMTP_QUEUE}},
        broker_transport_options={"visibility_timeout": visibility},
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
    if settings.broker.startswith("sqla+"):
        from pathlib import Path

        Path(settings.broker.removeprefix("sqla+sqlite:///")).parent.mkdir(
            parents=True, exist_ok=True
        )
    return app


app = make_app()


@worker_process_init.connect
def _fresh_connections(**_kwargs: object) -> None:
    # A forked pool process must not reuse the parent's database connections.
    from consult.db import dispose_engines

    dispose_engines()
