"""Dovecot restarted while the poller IDLEs: it reconnects and misses nothing, including mail
delivered into the mailbox while IMAP was down."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

from tests.faults.services import Poller, children
from tests.faults.system import System, question
from tests.fixtures.services import wait_for


def deliver_to_maildir(system: System, folder: str, raw: bytes) -> None:
    """What the MDA does while IMAP is down: drop the file into the folder's new/ directory."""
    base = system.dovecot.root / "mail" / system.dovecot.user / f".{folder}"
    name = f"{time.time_ns()}.{uuid.uuid4().hex}.fault"
    (base / "tmp" / name).write_bytes(raw)
    os.replace(base / "tmp" / name, base / "new" / name)
    shutil.chown(base / "new" / name, "dovecot", "dovecot")


def descendants(pid: int) -> list[int]:
    found = children(pid)
    for child in list(found):
        found += descendants(child)
    return found


def socket_owners(port: int) -> list[int]:
    """Processes holding an established connection on our Dovecot's port (the IMAP sessions)."""
    out = subprocess.run(
        ["ss", "-Htnp", "state", "established", f"( sport = :{port} )"],
        capture_output=True, text=True, check=False,
    ).stdout
    return [int(p) for p in re.findall(r"pid=(\d+)", out)]


def stop_dovecot_and_its_sessions(system: System) -> None:
    """A real restart drops the IDLE connection; `dovecot stop` can leave sessions running."""
    master = int((system.dovecot.root / "run" / "master.pid").read_text())
    sessions = descendants(master) + socket_owners(system.dovecot.port)
    system.dovecot.stop()
    for pid in sessions:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in sessions), 20, "the IMAP sessions to end")


def test_dovecot_restart_during_idle_poller_reconnects_and_misses_nothing(system: System) -> None:
    system.folder = f"Fault{uuid.uuid4().hex[:8]}"
    c = system.dovecot.client()
    try:
        c.create_folder(system.folder)
    finally:
        c.logout()
    system.worker(concurrency=2)
    poller = Poller(system.env, system.root / "poller.log").start()
    try:
        tag = uuid.uuid4().hex[:6]

        def append(n: int, part: str) -> None:
            for i in range(n):
                msg = question(f"{tag}{part}", i)
                system.message_ids.append(msg["Message-ID"])
                system.dovecot.append(bytes(msg), folder=system.folder)

        append(5, "a")
        system.all_drafted()  # the poller has synced and is back in IDLE
        stop_dovecot_and_its_sessions(system)
        for i in range(5):
            msg = question(f"{tag}b", i)
            system.message_ids.append(msg["Message-ID"])
            deliver_to_maildir(system, system.folder, bytes(msg))
        system.dovecot.start()
        append(5, "c")
        system.all_drafted()
        assert "reconnecting" in (system.root / "poller.log").read_text(), "the IDLE connection was not cut"
    finally:
        poller.stop()
    system.enqueue_send(system.approve_all())
    system.all_sent()
    system.quiesce()
    system.assert_one_case_and_draft_per_question()
    system.assert_each_reply_sent_once(15)
    wait_for(lambda: poller.proc is not None and poller.proc.returncode is not None, 5, "the poller to exit")
