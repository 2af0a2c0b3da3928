"""Real services for the pipeline benchmarks: a Redis of their own on a free port, a Dovecot
of their own, a fresh SQLite database, prefork worker subprocesses and `consult poll`.

The process classes are the fault suite's (tests/faults/services.py), so both exercise the
same components the same way.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.faults.services import Poller, RedisServer, Worker, clean_env  # noqa: E402
from tests.fixtures.services import PG_ADMIN, PG_BASE, Dovecot, free_port  # noqa: E402

QUESTIONS = [
    "Can we bill 0418T-26 the same day as 93288?",
    "Is 99213-25 right with 20610 on the same date?",
    "J1100 with 96372 for a dexamethasone injection?",
    "Does 62370-26 need a modifier with 95990?",
    "Is 71046 payable with 99214 for the same visit? Dx E11.9 and M17.11.",
]


def question(run: str, n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Coder {n} <coder{n}@clinic{n % 13}.example>"
    msg["To"] = "consult@example.test"
    msg["Subject"] = f"Bench {run} question {n}"
    msg["Message-ID"] = make_msgid(idstring=f"{run}.{n}", domain="clinic.example")
    msg.set_content(QUESTIONS[n % len(QUESTIONS)] + "\n\nThanks,\nCasey\n")
    return msg


@dataclass
class Bench:
    root: Path
    redis: RedisServer
    dovecot: Dovecot
    database: str = "sqlite"  # or "postgres": a throwaway database per name on 127.0.0.1:5432
    workers: list[Worker] = field(default_factory=list)
    pollers: list[Poller] = field(default_factory=list)
    pg_databases: list[str] = field(default_factory=list)

    def db_url(self, name: str) -> str:
        if self.database == "sqlite":
            return f"sqlite:///{self.root / name}.db"
        db = f"consult_bench_{name}_{uuid.uuid4().hex[:8]}"
        with _pg_admin() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{db}"')
        self.pg_databases.append(db)
        return PG_BASE + db

    def drop_databases(self) -> None:
        from consult.db import dispose_engines

        dispose_engines()
        with _pg_admin() as conn:
            for db in self.pg_databases:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        self.pg_databases = []

    def env(self, db_url: str, folder: str) -> dict[str, str]:
        (self.root / "consult.toml").touch()
        return clean_env(
            CONSULT_CONFIG=str(self.root / "consult.toml"), CONSULT_DATA_DIR=str(self.root / "var"),
            CONSULT_DATABASE_URL=db_url, CONSULT_BROKER_URL=self.redis.url,
            CONSULT_SECRET_KEY="bench-secret", CONSULT_ADDRESS="consult@example.test",
            CONSULT_DOMAIN="example.test", CONSULT_IMAP_HOST="127.0.0.1",
            CONSULT_IMAP_PORT=str(self.dovecot.port), CONSULT_IMAP_USER=self.dovecot.user,
            CONSULT_IMAP_PASSWORD=self.dovecot.password, CONSULT_IMAP_SSL="false",
            CONSULT_IMAP_FOLDER=folder, CONSULT_IMAP_IDLE_SECONDS="300",
        )

    def migrate(self, db_url: str) -> None:
        from consult.db import dispose_engines
        from consult.migrate import upgrade

        upgrade(db_url)
        dispose_engines()

    def folder(self, name: str) -> str:
        c = self.dovecot.client()
        try:
            c.create_folder(name)
        finally:
            c.logout()
        return name

    def worker(self, env: dict[str, str], concurrency: int) -> Worker:
        w = Worker(env, self.root / f"worker{len(self.workers)}.log", concurrency=concurrency, name="bench")
        self.workers.append(w)
        return w.start()

    def poller(self, env: dict[str, str]) -> Poller:
        p = Poller(env, self.root / f"poller{len(self.pollers)}.log").start()
        self.pollers.append(p)
        return p

    def stop_processes(self) -> None:
        for p in self.pollers:
            p.stop()
        for w in self.workers:
            w.stop()
        self.pollers, self.workers = [], []


@contextmanager
def _pg_admin() -> Iterator[Any]:
    from sqlalchemy import create_engine

    engine = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


@contextmanager
def services(database: str = "sqlite") -> Iterator[Bench]:
    """Start Redis and Dovecot in a temporary folder; stop them and delete it on the way out."""
    root = Path(tempfile.mkdtemp(prefix="consult-bench-"))
    dovecot = Dovecot(root / "dovecot", free_port(), "consult@example.test", "secret")
    (root / "dovecot").mkdir()
    root.chmod(0o755)
    dovecot.write_config()
    dovecot.start()
    redis = RedisServer(root / "redis")
    redis.start()
    bench = Bench(root, redis, dovecot, database)
    try:
        yield bench
    finally:
        bench.stop_processes()
        bench.drop_databases()
        redis.stop()
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)


def drafted_count(db_url: str) -> int:
    from sqlalchemy import func, select

    from consult.db import session_scope
    from consult.models import InboundMessage, InboundState

    with session_scope(db_url, readonly=True) as s:
        return int(s.execute(select(func.count()).select_from(InboundMessage)
                             .where(InboundMessage.state == InboundState.DRAFTED)).scalar_one())


def wait_until(check, timeout: float, what: str, every: float = 0.2):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)
