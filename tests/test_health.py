"""`consult status` and /healthz: what an operator sees when mail stops flowing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from consult.cases.intake import store_raw
from consult.db import dispose_engines, session_scope
from consult.models import Case, OutboundMessage, OutboundState, Quarantine, utcnow
from consult.reference.store import ensure_reference_ready
from consult.runtime.health import pipeline_status
from tests.fixtures.services import PG_BASE, postgres_database

GRACE = timedelta(minutes=3)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'health.db'}"
        dispose_engines()
    else:
        with postgres_database("consult_health") as name:
            yield PG_BASE + name


def raw(subject: str = "99213?") -> bytes:
    return (f"From: a@clinic.example\r\nTo: consult@example.test\r\nSubject: {subject}\r\n"
            f"Message-ID: <{uuid.uuid4().hex}@clinic.example>\r\n\r\nIs 99213-25 right?\r\n").encode()


def test_a_fresh_install_with_reference_data_is_healthy(db_url: str) -> None:
    ensure_reference_ready(db_url)
    with session_scope(db_url, readonly=True) as s:
        status = pipeline_status(s, stuck_after=GRACE)
    assert status.healthy, status.problems
    assert status.reference_files > 0
    assert status.as_json()["healthy"] is True


def test_stuck_mail_failed_replies_and_missing_reference_data_are_problems(db_url: str) -> None:
    from consult.migrate import upgrade

    upgrade(db_url)
    now = utcnow()
    with session_scope(db_url) as s:
        fresh = store_raw(s, raw("fresh"), source="cli").inbound_id
        old = store_raw(s, raw("old"), source="cli").inbound_id
        case = Case(subject="x", requester="a@clinic.example")
        s.add(case)
        s.flush()
        s.add(OutboundMessage(case_id=case.id, message_id=f"<{uuid.uuid4().hex}@example.test>", to_addr="a@x.example",
                              subject="Re: x", body_text="t", body_html="h", state=OutboundState.FAILED))
        s.add(Quarantine(inbound_id=fresh, kind="unparseable", reason="cannot parse"))
    with session_scope(db_url) as s:
        from sqlalchemy import update

        from consult.models import InboundMessage

        s.execute(update(InboundMessage).where(InboundMessage.id == old)  # type: ignore[arg-type]
                  .values(received_at=now - timedelta(minutes=42)))
    with session_scope(db_url, readonly=True) as s:
        status = pipeline_status(s, stuck_after=GRACE, now=now)
    assert not status.healthy
    text = "\n".join(status.problems)
    assert "2 message(s) not drafted yet, the oldest for 42 min" in text
    assert "1 repl(ies) failed for good" in text
    assert "no reference data loaded" in text
    assert status.notes == ["1 message(s) in quarantine: `consult quarantine list`"]
    assert status.as_json()["inbound"] == {"received": 2}


def test_mail_waiting_less_than_the_grace_is_not_a_problem(db_url: str) -> None:
    ensure_reference_ready(db_url)
    with session_scope(db_url) as s:
        store_raw(s, raw(), source="cli")
    with session_scope(db_url, readonly=True) as s:
        status = pipeline_status(s, stuck_after=GRACE)
    assert status.healthy, status.problems
    assert status.oldest_waiting is not None and status.oldest_waiting < GRACE


def test_consult_status_exit_codes_follow_the_database(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    from consult.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'ops.db'}"
    env = {**os.environ, "CONSULT_DATABASE_URL": url, "CONSULT_DATA_DIR": str(tmp_path)}

    def status() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "consult.cli", "status", "--json"], env=env,
                              capture_output=True, text=True, timeout=60)

    unreadable = status()  # no schema yet
    assert unreadable.returncode == 2 and "cannot read the database" in unreadable.stderr + unreadable.stdout
    upgrade(url)
    empty = status()
    assert empty.returncode == 1
    assert any("no reference data" in p for p in json.loads(empty.stdout)["problems"])
    ensure_reference_ready(url)
    dispose_engines()
    ready = status()
    assert ready.returncode == 0, ready.stdout + ready.stderr
    assert json.loads(ready.stdout)["healthy"] is True

