"""Whole processes: a prefork worker SIGKILLed mid-task, and `consult up` with nothing installed."""

from __future__ import annotations

import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import make_msgid
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import func, select

from consult.cases.intake import store_raw
from consult.db import dispose_engines, session_scope
from consult.migrate import upgrade
from consult.models import Case, InboundMessage, InboundState, ReviewItem
from consult.workers import INGEST_QUEUE
from tests.conftest import REDIS_DB
from tests.faults.services import children, clean_env
from tests.fixtures.services import port_open, wait_for

CONSULT = [sys.executable, "-m", "consult.cli"]


@pytest.fixture()
def own_broker(redis_broker: str) -> Iterator[str]:
    """A Redis database of its own, so the session's in-process worker cannot take these tasks."""
    url = redis_broker.rsplit("/", 1)[0] + f"/{REDIS_DB + 1}"
    redis.Redis.from_url(url).flushdb()
    yield url
    redis.Redis.from_url(url).flushdb()


def test_worker_killed_mid_ingest_loses_nothing(tmp_path: Path, own_broker: str) -> None:
    db_file = tmp_path / "crash.db"
    url = f"sqlite:///{db_file}"
    upgrade(url)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "coder@clinic.example", "consult@example.test", "Crash test"
    msg["Message-ID"] = make_msgid(domain="clinic.example")
    msg.set_content("Is 62370-26 OK with 95990?")
    with session_scope(url) as s:
        inbound_id = store_raw(s, bytes(msg), source="cli").inbound_id
    dispose_engines()

    env = clean_env(
        CONSULT_CONFIG=str(tmp_path / "none.toml"), CONSULT_DATA_DIR=str(tmp_path / "var"),
        CONSULT_DATABASE_URL=url, CONSULT_BROKER_URL=own_broker, CONSULT_SECRET_KEY="k",
        CONSULT_ADDRESS="consult@example.test", CONSULT_DOMAIN="example.test",
    )
    (tmp_path / "none.toml").write_text("")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "consult.workers", "worker", "-P", "prefork", "-c", "1",
         "-Q", INGEST_QUEUE, "--without-gossip", "--without-mingle", "--loglevel=WARNING",
         f"--hostname=crash-{os.getpid()}@%h"],
        env=env, start_new_session=True,
    )
    lock = sqlite3.connect(db_file, isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")  # the task will block on this lock: "mid-task"
        sender = Celery(broker=own_broker, set_as_current=False)
        sender.send_task("consult.ingest", args=[inbound_id], queue=INGEST_QUEUE)
        r = redis.Redis.from_url(own_broker)
        wait_for(lambda: r.hlen("unacked") == 1, 60, "the worker to take the task")
        pool = wait_for(lambda: children(worker.pid), 30, "the worker's pool process")
        os.kill(pool[0], signal.SIGKILL)
        wait_for(lambda: children(worker.pid) and children(worker.pid) != pool, 60, "a replacement pool process")
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    try:
        def drafted() -> bool:
            with session_scope(url, readonly=True) as s:
                return s.get(InboundMessage, inbound_id).state == InboundState.DRAFTED
        wait_for(drafted, 90, "the message to be drafted after the crash")
        with session_scope(url, readonly=True) as s:
            cases = s.execute(select(func.count()).select_from(Case)).scalar()
            items = s.execute(select(func.count()).select_from(ReviewItem)).scalar()
        assert (cases, items) == (1, 1)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        dispose_engines()


def test_consult_up_answers_a_question_with_nothing_installed(tmp_path: Path) -> None:
    from tests.fixtures.services import free_port

    port = free_port()
    data = tmp_path / "var"
    (tmp_path / "consult.toml").write_text("")
    env = clean_env(
        CONSULT_CONFIG=str(tmp_path / "consult.toml"), CONSULT_DATA_DIR=str(data),
        CONSULT_GATEWAY_PORT=str(port), CONSULT_WEB_PORT=str(free_port()), CONSULT_ADDRESS="consult@example.test", CONSULT_DOMAIN="example.test",
    )
    log = (tmp_path / "up.log").open("w")
    up = subprocess.Popen(CONSULT + ["up"], env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: port_open(port) or up.poll() is not None, 120, "the gateway of consult up")
        assert up.poll() is None, (tmp_path / "up.log").read_text()
        q = EmailMessage()
        q["From"], q["To"], q["Subject"] = "Casey <coder@clinic.example>", "consult@example.test", "0418T with 26?"
        q["Message-ID"] = make_msgid(domain="clinic.example")
        q.set_content("Can we bill 0418T-26 on 11/02/2026?")
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.send_message(q)

        url = f"sqlite:///{data / 'consult.db'}"

        def item_id() -> int | None:
            with session_scope(url, readonly=True) as s:
                return s.execute(select(ReviewItem.id)).scalar()
        rid = wait_for(item_id, 120, "a draft from consult up")
        approve = subprocess.run(
            CONSULT + ["review", "approve", str(rid), "--as", "rita"], env=env, cwd=tmp_path,
            capture_output=True, text=True, timeout=120,
        )
        assert approve.returncode == 0, approve.stderr
        outbox = data / "outbox"
        sent = wait_for(lambda: list(outbox.glob("*.eml")), 120, "the reply in the outbox")
        reply = BytesParser(policy=policy.default).parsebytes(sent[0].read_bytes())
        assert reply["In-Reply-To"] == q["Message-ID"]
        assert reply["To"] == "coder@clinic.example"
        assert "0418T" in reply.get_body(("plain",)).get_content()
    finally:
        up.send_signal(signal.SIGINT)
        try:
            code = up.wait(timeout=60)
        except subprocess.TimeoutExpired:
            up.kill()
            raise
        dispose_engines()
        log.close()
    assert code == 0, (tmp_path / "up.log").read_text()
