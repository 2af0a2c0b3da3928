"""Writers to one SQLite file queue on an OS lock (consult.db.WriterQueue)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from consult.db import WriterQueue, after_commit, session_scope


def test_a_second_writer_waits_until_the_first_releases(tmp_path):
    gate = WriterQueue(str(tmp_path / "db-writers"))
    holding, release, entered = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with gate.held():
            holding.set()
            release.wait(10)

    def second() -> None:
        holding.wait(10)
        with gate.held():
            entered.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    assert holding.wait(10)
    assert not entered.wait(0.3), "the second writer got in while the first held the lock"
    release.set()
    assert entered.wait(10), "the second writer never got in after the first released"
    for t in threads:
        t.join(10)


def test_a_thread_holding_the_lock_may_enter_again(tmp_path):
    gate = WriterQueue(str(tmp_path / "db-writers"))
    with gate.held(), gate.held():
        pass
    with gate.held():  # released properly after the nested use
        pass


def test_write_scopes_on_sqlite_use_a_lock_file_beside_the_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with session_scope(url) as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
        s.execute(text("INSERT INTO t VALUES (1)"))
    assert (tmp_path / "w.db-writers").exists()
    with session_scope(url, readonly=True) as s:
        assert s.execute(text("SELECT count(*) FROM t")).scalar_one() == 1


def test_backup_copies_a_live_database_consistently(tmp_path):
    from consult.db import backup_sqlite

    url = f"sqlite:///{tmp_path / 'live.db'}"
    with session_scope(url) as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
        s.execute(text("INSERT INTO t VALUES (1), (2), (3)"))
    with session_scope(url, readonly=True) as reader:  # a reader open meanwhile is fine
        reader.execute(text("SELECT count(*) FROM t")).scalar_one()
        size = backup_sqlite(url, tmp_path / "copy" / "backup.db")
    assert size > 0
    with session_scope(f"sqlite:///{tmp_path / 'copy' / 'backup.db'}", readonly=True) as s:
        assert s.execute(text("SELECT sum(x) FROM t")).scalar_one() == 6


def test_consult_db_backup_refuses_postgres_and_an_existing_file(tmp_path):
    import os
    import subprocess
    import sys

    def backup(url: str, target: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "CONSULT_DATABASE_URL": url, "CONSULT_DATA_DIR": str(tmp_path)}
        return subprocess.run([sys.executable, "-m", "consult.cli", "db", "backup", target], env=env,
                              capture_output=True, text=True, timeout=60)

    pg = backup("postgresql+psycopg://postgres@127.0.0.1:5432/consult", str(tmp_path / "x.db"))
    assert pg.returncode == 2 and "pg_dump" in pg.stderr
    (tmp_path / "taken.db").write_text("mine")
    taken = backup(f"sqlite:///{tmp_path / 'live.db'}", str(tmp_path / "taken.db"))
    assert taken.returncode == 2 and "exists" in taken.stderr
    assert (tmp_path / "taken.db").read_text() == "mine"


def test_threads_that_come_and_go_do_not_leave_descriptors_behind(tmp_path):
    import os

    gate = WriterQueue(str(tmp_path / "db-writers"))

    def write_once() -> None:
        with gate.held():
            pass

    def open_descriptors() -> int:
        return len(os.listdir("/proc/self/fd"))

    for _ in range(3):  # warm up whatever the threading machinery keeps open
        t = threading.Thread(target=write_once)
        t.start()
        t.join()
    before = open_descriptors()
    for _ in range(50):
        t = threading.Thread(target=write_once)
        t.start()
        t.join()
    assert open_descriptors() <= before + 2


def test_after_commit_hooks_run_with_the_writers_lock_already_released(tmp_path):
    import fcntl
    import os

    from sqlalchemy import event

    url = f"sqlite:///{tmp_path / 'h.db'}"
    free_in_hook: list[bool] = []

    def lock_is_free() -> bool:
        fd = os.open(str(tmp_path / "h.db-writers"), os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return True
        except BlockingIOError:
            return False
        finally:
            os.close(fd)

    with session_scope(url) as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
        assert not lock_is_free()  # held while the transaction is open
        # e.g. publishing a task after commit: a broker outage must not hold up other writers
        event.listen(s, "after_commit", lambda _s: free_in_hook.append(lock_is_free()))
    assert free_in_hook == [True]
    assert lock_is_free()

    ran: list[str] = []
    with session_scope(url) as s:
        after_commit(s, lambda: ran.append("hook"))
        with s.begin_nested():  # SQLAlchemy reports a released savepoint as a commit too
            s.execute(text("INSERT INTO t VALUES (1)"))
        assert not lock_is_free(), "a released savepoint let the writers' lock go mid-transaction"
        assert ran == [], "a released savepoint ran the transaction's after-commit hooks"
    assert ran == ["hook"] and lock_is_free()


def test_after_commit_runs_hooks_once_in_order_after_commit_and_never_after_rollback(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    ran: list[str] = []
    with session_scope(url) as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
        after_commit(s, lambda: ran.append("first"))
        after_commit(s, lambda: ran.append("second"))
        assert ran == []
    assert ran == ["first", "second"]
    with pytest.raises(RuntimeError), session_scope(url) as s:
        s.execute(text("INSERT INTO t VALUES (1)"))
        after_commit(s, lambda: ran.append("rolled back"))
        raise RuntimeError("the block failed")
    with session_scope(url) as s:
        s.execute(text("INSERT INTO t VALUES (2)"))
    assert ran == ["first", "second"]
