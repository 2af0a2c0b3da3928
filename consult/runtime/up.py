"""`consult up`: every process of Consult on one machine, on embedded defaults.

SQLite database, embedded broker (kombu's SQLAlchemy transport on SQLite), one Celery worker
with the reconciler beat, the SMTP gateway, and the IMAP poller when a mailbox is configured.
Ctrl-C (or SIGTERM) stops everything: the poller and gateway first, then the worker warmly.
"""

from __future__ import annotations

import logging
import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import func, select
from sqlmodel import col

from consult.db import session_scope
from consult.models import InboundMessage, OutboundMessage, ReviewItem
from consult.settings import Settings

log = logging.getLogger(__name__)

DEMO_QUESTIONS = [
    ("Modifier 26 on 0418T?", "Hi,\n\nCan we bill 0418T with a 26 for the interrogation on 11/02/2026? Same day as 93288.\n\nThanks,\nPat"),
    ("99213 and 20610 same day", "Hello,\n\nOffice visit 99213 and a knee injection 20610 on the same day. Do we need modifier 25 on the E/M?\n\nRegards,\nSam"),
    ("Question about a visit", "Hi, I have a question about a telehealth visit last week. What should I bill?\n\nJo"),
]


def prepare(settings: Settings) -> None:
    """Create the data folder, bring the schema up to date and load the starter pack."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    from consult.migrate import upgrade

    upgrade()
    try:
        from consult.reference.store import ensure_reference_ready
    except ImportError:  # reference store not installed in this build
        return
    ensure_reference_ready()


def worker_command(settings: Settings, concurrency: int = 2) -> list[str]:
    from consult.workers import INGEST_QUEUE, SMTP_QUEUE

    return [
        sys.executable, "-m", "celery", "-A", "consult.workers", "worker",
        "--beat", f"--schedule={settings.data_dir / 'celerybeat-schedule'}",
        "-Q", f"{INGEST_QUEUE},{SMTP_QUEUE}",
        f"--concurrency={concurrency}", "--loglevel=WARNING", "--without-gossip", "--without-mingle",
        f"--hostname=consult-up-{os.getpid()}@%h",
    ]


def send_question(settings: Settings, subject: str, body: str, sender: str = "coder@clinic.example") -> str:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = settings.address
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="clinic.example")
    msg.set_content(body)
    with smtplib.SMTP(settings.gateway_host, settings.gateway_port, timeout=30) as smtp:
        smtp.send_message(msg)
    return str(msg["Message-ID"])


def _counts() -> str:
    with session_scope(readonly=True) as s:
        inbound = dict(s.execute(select(col(InboundMessage.state), func.count()).group_by(col(InboundMessage.state))).all())
        review = dict(s.execute(select(col(ReviewItem.state), func.count()).group_by(col(ReviewItem.state))).all())
        outbound = dict(s.execute(select(col(OutboundMessage.state), func.count()).group_by(col(OutboundMessage.state))).all())
    return f"inbound {inbound or '{}'} | review {review or '{}'} | outbound {outbound or '{}'}"


def run(settings: Settings, *, demo: bool = False, concurrency: int = 2) -> int:
    from consult.mail.gateway import start_gateway
    from consult.workers.tasks import (
        drain_relay,
        enqueue_ingest,
        enqueue_ingest_batch,
        relay_publishes_to_main_thread,
    )

    prepare(settings)
    if settings.broker.startswith("sqla+"):
        relay_publishes_to_main_thread()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())

    worker = subprocess.Popen(
        worker_command(settings, concurrency), start_new_session=True, preexec_fn=_die_with_parent
    )
    gateway = start_gateway(settings, enqueue_ingest)
    from consult.web.app import start_web_in_thread

    web = start_web_in_thread(settings)
    poller_thread = None
    if settings.imap_enabled:
        from consult.mail.imap import Poller

        poller = Poller(settings, enqueue_ingest_batch)
        poller_thread = threading.Thread(target=poller.run, args=(stop,), name="poller", daemon=True)
        poller_thread.start()
    print(
        f"Consult is up. Send questions to {settings.address} via SMTP at "
        f"{settings.gateway_host}:{settings.gateway_port} (or: consult send-test \"...\").\n"
        f"Review queue: http://{settings.web_host}:{settings.web_port}/ "
        f"(create a sign-in with: consult users add NAME --role admin) or consult review list.\n"
        f"Replies go to "
        f"{settings.smtp_host or settings.outbox}. Ctrl-C stops.",
        flush=True,
    )
    if demo:
        threading.Thread(target=_demo, args=(settings, stop), daemon=True).start()
    try:
        while not stop.is_set():
            drain_relay(timeout=0.2)
            if worker.poll() is not None:
                log.error("the worker exited with code %s; stopping", worker.returncode)
                return 1
        return 0
    finally:
        print("Stopping…", flush=True)
        stop.set()
        gateway.stop()
        web.stop()
        if poller_thread:
            poller_thread.join(timeout=10)
        if worker.poll() is None:
            worker.terminate()  # SIGTERM: Celery's warm shutdown finishes the task in hand
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()


def _die_with_parent() -> None:
    """Linux: the worker gets SIGTERM if `consult up` itself is killed, so none is orphaned."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _demo(settings: Settings, stop: threading.Event) -> None:
    """Send the example questions, approve the first draft as a demo reviewer, show the states."""
    from consult.review.actions import ReviewError, approve
    from consult.workers.tasks import enqueue_send

    for subject, body in DEMO_QUESTIONS:
        send_question(settings, subject, body)
        print(f"demo: sent question {subject!r}", flush=True)
    last, approved = "", False
    deadline = time.monotonic() + 120
    while not stop.is_set() and time.monotonic() < deadline:
        now = _counts()
        if now != last:
            print(f"demo: {now}", flush=True)
            last = now
        if not approved:
            with session_scope(readonly=True) as s:
                first = s.execute(select(col(ReviewItem.id)).order_by(col(ReviewItem.id))).scalars().first()
            if first is not None:
                try:
                    with session_scope() as s:
                        result = approve(s, first, "demo-reviewer", domain=settings.domain)
                    enqueue_send(result.outbound_id)
                    print(f"demo: review item {first} approved by demo-reviewer; reply queued", flush=True)
                except ReviewError as exc:
                    print(f"demo: could not approve item {first}: {exc}", flush=True)
                approved = True
        stop.wait(0.5)
    print("demo: done; the other drafts wait for you: consult review list", flush=True)
