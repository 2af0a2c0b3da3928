"""Database engine and explicit transactions.

`with session_scope() as s:` commits on success and rolls back on error; nothing else commits.
SQLite runs in WAL mode with a busy timeout so the poller, workers and web can share one file.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from threading import Lock
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, create_engine

from consult.settings import get_settings

_engines: dict[str, Engine] = {}
_readonly_engines: dict[str, Engine] = {}
_lock = Lock()


class WriterQueue:
    """Writers to one SQLite file wait on an OS lock rather than in SQLite's busy handler.

    SQLite's busy handler polls with sleeps of 1, 2, 5, 10 ... 100 ms, so two workers taking
    turns at a write transaction of 2 ms spent a third of their time asleep (benchmarks/
    throughput.py). A blocking `flock` on a file beside the database wakes the next writer the
    moment the lock is released. Each thread has its own descriptor (flock conflicts between
    descriptors even within a process); a thread that already holds it does not take it again;
    the kernel releases it when a process dies. Holders are short write transactions with no
    network I/O, and SQLite's own busy timeout still bounds writers that do not come here.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.local = threading.local()

    @contextmanager
    def held(self) -> Iterator[Callable[[], None]]:
        """Hold the lock for the block; the callable it yields releases it early (after the
        commit, so after-commit hooks that publish to the broker never hold up writers)."""
        local = self.local
        if getattr(local, "depth", 0):
            local.depth += 1
            try:
                yield _nothing
            finally:
                local.depth -= 1
            return
        lock_file = getattr(local, "lock_file", None)
        if lock_file is None or lock_file.pid != os.getpid():  # a forked child opens its own
            lock_file = local.lock_file = _LockFile(self.path)
        fd = lock_file.fd
        fcntl.flock(fd, fcntl.LOCK_EX)
        local.depth = 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                local.depth = 0
                fcntl.flock(fd, fcntl.LOCK_UN)

        try:
            yield release
        finally:
            release()


def _nothing() -> None:
    return None


class _LockFile:
    """One thread's descriptor of the lock file, closed when the thread ends (threads come and
    go in a web server's pool; their descriptors must not pile up)."""

    def __init__(self, path: str) -> None:
        # Read-only is enough for flock, so every user who can read the database (a web and a
        # worker under different accounts) can queue on a lock file another one created.
        self.fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
        self.pid = os.getpid()

    def __del__(self) -> None:
        if self.pid == os.getpid():
            os.close(self.fd)


_writer_queues: dict[str, WriterQueue] = {}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn) -> None:
    readonly = conn.get_execution_options().get("consult_readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # Take the write lock at BEGIN so compare-and-set transactions never deadlock on upgrade.
        # Read-only scopes use a plain BEGIN so pages and lookups never queue behind writers.
        event.listen(engine, "begin", _sqlite_begin)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def get_engine(url: str | None = None) -> Engine:
    url = url or get_settings().db_url
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


def _readonly_engine(url: str | None) -> Engine:
    """The engine with `consult_readonly` set (same pool), made once per URL."""
    url = url or get_settings().db_url
    engine = _readonly_engines.get(url)
    if engine is None:
        engine = get_engine(url).execution_options(consult_readonly=True)
        with _lock:
            engine = _readonly_engines.setdefault(url, engine)
    return engine


def dispose_engines() -> None:
    """Drop pooled connections (after fork, or between tests)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _readonly_engines.clear()


class _ScopedSession(Session):
    """The sessions `session_scope` opens. Their after-commit work runs from one class-level
    listener: an `event.listen` per session cost more Python than a short transaction's
    statements (issue #8)."""


@event.listens_for(_ScopedSession, "after_commit")
def _run_after_commit(session: Session) -> None:
    # SQLAlchemy fires after_commit when a savepoint is released too: only the outermost
    # commit counts (before this check, `store_raw`'s savepoint let the writers' lock go while
    # the poller's transaction still held SQLite's write lock).
    if session.in_nested_transaction():
        return
    # Class-level listeners run before a session's own, so the writers' lock is released
    # before any hook (ours or an `event.listen` one) publishes to the broker.
    release = session.info.pop("consult_release_writers", None)
    if release is not None:
        release()
    pending = session.info.pop(_PENDING, {})
    for hook in pending.get(_HOOKS, ()):
        hook()


_PENDING = "consult_pending"  # session.info key: name -> list collected until commit
_HOOKS = "after_commit"


def after_commit(session: Session, hook: Callable[[], object]) -> None:
    """Run `hook` once, after the session's transaction commits (never if it rolls back)."""
    if isinstance(session, _ScopedSession):
        session.info.setdefault(_PENDING, {}).setdefault(_HOOKS, []).append(hook)
    else:  # a session made elsewhere (tests, tools)
        event.listen(session, "after_commit", lambda _s: hook(), once=True)


def collected(session: Session, name: str, flush: Callable[[list[Any]], object]) -> list[Any]:
    """A list this transaction fills, handed once to `flush` after it commits.

    For work that is cheaper done once per transaction than once per row, such as one Redis
    round trip for every counter a batch of messages bumps.
    """
    lists = session.info.setdefault(_PENDING, {})
    items = lists.get(name)
    if items is None:
        items = lists[name] = []

        def run() -> None:
            if lists.get(name) is items:  # a session made elsewhere may go on to a next transaction
                del lists[name]
            if items:
                flush(items)

        after_commit(session, run)
    return items


def once_per_transaction(session: Session, name: str, load: Callable[[], Any]) -> Any:
    """`load()`, called once per transaction of `session`: for small tables read on every
    message of a batch (sender policies, whether any routing rule exists)."""
    transaction = session.get_transaction()
    cached = session.info.get(("consult_once", name))
    if cached is None or cached[0] is not transaction:
        cached = session.info[("consult_once", name)] = (transaction, load())
    return cached[1]


@contextmanager
def session_scope(url: str | None = None, *, readonly: bool = False) -> Iterator[Session]:
    """A transaction: commit on success, roll back on error.

    `readonly=True` is for pages and lookups; on SQLite it avoids taking the write lock.
    """
    engine = get_engine(url)
    with nullcontext(_nothing) if readonly else _writer_queue(engine) as release_writers:
        session = _ScopedSession(_readonly_engine(url) if readonly else engine, expire_on_commit=False)
        session.info["consult_release_writers"] = release_writers
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def _writer_queue(engine: Engine) -> AbstractContextManager[Callable[[], None]]:
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return nullcontext(_nothing)
    with _lock:
        queue = _writer_queues.get(database)
        if queue is None:
            queue = _writer_queues[database] = WriterQueue(database + "-writers")
    return queue.held()


def backup_sqlite(url: str, target: Path) -> int:
    """A consistent copy of a live SQLite database (the online backup API, one step, so writers
    that commit meanwhile are either wholly in the copy or not at all). Returns its size."""
    import sqlite3
    from contextlib import closing

    database = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not database or database == ":memory:":
        raise ValueError("backup_sqlite needs a SQLite file database")
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(database, timeout=30)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target.stat().st_size
