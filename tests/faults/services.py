"""Processes the fault suite (and the benchmarks) start, stop, restart and kill.

Each is a real component on a loopback port of its own: a Redis server that can be restarted
with its queues lost (`--save "" --appendonly no`), prefork Celery workers as subprocesses
whose pool processes can be SIGKILLed, the `consult poll` process, and an SMTP sink that can
go down, refuse, or hold a transaction open.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from tests.fixtures.services import free_port, port_open, wait_for

INGEST_QUEUE, SMTP_QUEUE = "consult.ingest", "consult.smtp"


def clean_env(**extra: str) -> dict[str, str]:
    """The parent's environment without its CONSULT_* settings, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONSULT_")}
    env.update(extra)
    return env


def children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except FileNotFoundError:
        return []
    return found


class RedisServer:
    """A private redis-server; `restart()` loses every queued and unacked message."""

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root, self.port = root, port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        root.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.root), "--logfile", str(self.root / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: self.client().ping() if port_open(self.port) else False, 20, f"redis on {self.port}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()  # no SAVE on the way out: queued messages are gone
            self.proc.wait(timeout=20)
        wait_for(lambda: not port_open(self.port), 20, "redis to stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def client(self) -> Any:
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def queued(self, queue: str = INGEST_QUEUE) -> int:
        return int(self.client().llen(queue))

    def unacked(self) -> int:
        return int(self.client().hlen("unacked"))


class Worker:
    """`celery -A consult.workers worker -P prefork` as a subprocess with its own environment."""

    def __init__(self, env: Mapping[str, str], log: Path, *, concurrency: int = 2,
                 queues: tuple[str, ...] = (INGEST_QUEUE, SMTP_QUEUE), name: str = "fault") -> None:
        self.env, self.log, self.concurrency, self.queues, self.name = dict(env), log, concurrency, queues, name
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Worker:
        out = self.log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "consult.workers", "worker", "-P", "prefork",
             "-c", str(self.concurrency), "-Q", ",".join(self.queues), "--without-gossip",
             "--without-mingle", "--without-heartbeat", "--loglevel=INFO",
             f"--hostname={self.name}-{os.getpid()}-{id(self)}@%h"],
            env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
        out.close()
        wait_for(lambda: len(self.pool()) >= self.concurrency and b" ready." in self.log.read_bytes()
                 or self.proc.poll() is not None, 90, "the worker to be ready")  # type: ignore[union-attr]
        assert self.proc.poll() is None, self.log.read_text(errors="replace")[-3000:]
        return self

    def pool(self) -> list[int]:
        return children(self.proc.pid) if self.proc else []

    def kill_pool(self) -> list[int]:
        """SIGKILL every pool process (a crash, an OOM kill); the main process forks new ones."""
        killed = self.pool()
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        wait_for(lambda: len(set(self.pool()) - set(killed)) >= self.concurrency, 60,
                 "replacement pool processes")
        return killed

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)


class Poller:
    """`consult poll` as a subprocess."""

    def __init__(self, env: Mapping[str, str], log: Path) -> None:
        self.env, self.log = dict(env), log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Poller:
        out = self.log.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "consult.cli", "poll"], env=self.env,
                                     stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        out.close()
        return self

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


class FaultSink:
    """An aiosmtpd relay stand-in that keeps what it accepts and can misbehave on demand.

    `down()`/`up()` close and reopen the port (connection refused); `hold = True` keeps every
    transaction waiting at RCPT (before anything is accepted) until it is cleared.
    """

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()
        self._open = threading.Event()  # set: transactions flow; clear: they wait at RCPT
        self._open.set()
        self.held = 0  # transactions that reached RCPT while held
        self.controller: Any = None

    @property
    def hold(self) -> bool:
        return not self._open.is_set()

    @hold.setter
    def hold(self, value: bool) -> None:
        if value:
            self._open.clear()
        else:
            self._open.set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if self.hold:
            with self.lock:
                self.held += 1
            await asyncio.to_thread(self._open.wait)  # until a test clears `hold`
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
        return "250 OK"

    def up(self) -> None:
        from aiosmtpd.controller import Controller

        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, decode_data=False)
        self.controller.start()

    def down(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        wait_for(lambda: not port_open(self.port), 20, "the sink to close its port")

    def count(self, message_id: str) -> int:
        with self.lock:
            return sum(1 for m in self.messages if m["Message-ID"] == message_id)
