"""Fixtures of the fault suite: a Redis, Dovecot and SMTP sink of its own, a fresh database and
prefork worker subprocesses per test. Nothing here touches the session's shared services, so
restarting or killing them cannot disturb other tests.

Long variants carry `@pytest.mark.slow`; they run with `-m slow` (or CONSULT_FAULTS_SLOW=1).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from consult.db import dispose_engines
from consult.migrate import upgrade
from tests.faults.services import FaultSink, RedisServer
from tests.faults.system import System
from tests.fixtures.services import DOVECOT, Dovecot, free_port

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.getoption("-m") or "") or os.environ.get("CONSULT_FAULTS_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="long fault variant: run with -m slow")
    for item in items:
        if item.get_closest_marker("slow") and HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def fault_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (scripts/setup.sh --test installs it)")
    server = RedisServer(tmp_path_factory.mktemp("fault-redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fault_dovecot() -> Iterator[Dovecot]:
    if not Path(DOVECOT).exists():
        pytest.skip("Dovecot is not installed (scripts/test.sh installs dovecot-imapd)")
    # Not under pytest's tmp folder: Dovecot's own users must traverse every folder above it.
    root = Path(tempfile.mkdtemp(prefix="consult-fault-")) / "dovecot"
    root.mkdir()
    server = Dovecot(root, free_port(), "consult@example.test", "secret")
    server.write_config()
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def fault_sink() -> Iterator[FaultSink]:
    sink = FaultSink()
    sink.up()
    yield sink
    sink.down()


@pytest.fixture()
def system(tmp_path: Path, fault_redis: RedisServer, fault_sink: FaultSink,
           fault_dovecot: Dovecot) -> Iterator[System]:
    """A fresh SQLite database and an empty broker; workers are started by the test."""
    if fault_redis.proc is None or fault_redis.proc.poll() is not None:
        fault_redis.start()
    fault_redis.client().flushall()
    if fault_sink.controller is None:
        fault_sink.up()
    fault_sink.hold = False
    url = f"sqlite:///{tmp_path / 'consult.db'}"
    upgrade(url)
    dispose_engines()
    sys_ = System(tmp_path, url, fault_redis, fault_sink, fault_dovecot)
    try:
        yield sys_
    finally:
        sys_.close()
        dispose_engines()
