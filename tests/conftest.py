"""Shared fixtures: real Dovecot, Redis, Celery worker and SMTP sink, on loopback ports.

Environment for the whole session is fixed here, before any consult module reads settings:
one SQLite database in a temporary folder, a Redis database of its own on 127.0.0.1:6379,
free ports for Dovecot, the SMTP sink and the gateway. Tests isolate by unique subjects and
Message-IDs rather than by fresh databases, so the real worker can be started once.
"""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SESSION_DIR = Path(tempfile.mkdtemp(prefix="consult-test-"))
PORTS = {"imap": _free_port(), "smtp_sink": _free_port(), "gateway": _free_port(), "redis": _free_port()}
# The session's own Redis (tests flush it; the machine's shared one on 6379 is left alone).
REDIS_DB = 1
IMAP_USER, IMAP_PASSWORD = "consult@example.test", "secret"

os.environ.update(
    {
        "CONSULT_CONFIG": str(SESSION_DIR / "consult.toml"),
        "CONSULT_DATA_DIR": str(SESSION_DIR / "var"),
        "CONSULT_DATABASE_URL": f"sqlite:///{SESSION_DIR / 'consult.db'}",
        "CONSULT_BROKER_URL": f"redis://127.0.0.1:{PORTS['redis']}/{REDIS_DB}",
        "CONSULT_ADDRESS": "consult@example.test",
        "CONSULT_DOMAIN": "example.test",
        "CONSULT_SECRET_KEY": "test-secret-key",
        "CONSULT_IMAP_HOST": "127.0.0.1",
        "CONSULT_IMAP_PORT": str(PORTS["imap"]),
        "CONSULT_IMAP_USER": IMAP_USER,
        "CONSULT_IMAP_PASSWORD": IMAP_PASSWORD,
        "CONSULT_IMAP_SSL": "false",
        "CONSULT_IMAP_IDLE_SECONDS": "30",
        "CONSULT_SMTP_HOST": "127.0.0.1",
        "CONSULT_SMTP_PORT": str(PORTS["smtp_sink"]),
        "CONSULT_SMTP_SECURITY": "none",
        "CONSULT_GATEWAY_PORT": str(PORTS["gateway"]),
        "CONSULT_RECONCILE_AFTER_SECONDS": "5",
    }
)
(SESSION_DIR / "consult.toml").write_text("# test session: everything comes from the environment\n")

pytest_plugins = ["tests.fixtures.services"]
