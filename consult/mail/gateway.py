"""Inbound SMTP/LMTP gateway on aiosmtpd (`consult smtpd`, and inside `consult up`).

The handler stores the raw message and commits before answering 250, so a 250 means "durable";
any failure answers 451 and the sending MTA keeps the message and retries later.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from consult.cases.intake import store_raw
from consult.db import session_scope
from consult.settings import Settings

log = logging.getLogger(__name__)
logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP verb at INFO


class StoreHandler:
    def __init__(self, settings: Settings, enqueue: Callable[[int], object]) -> None:
        self.settings = settings
        self.enqueue = enqueue

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]) -> str:
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        if len(raw) > self.settings.max_message_bytes:
            limit_mb = self.settings.max_message_bytes / (1024 * 1024)
            return (
                f"552 5.3.4 Message too big: the limit is {limit_mb:.0f} MB "
                "(send the question without large attachments)"
            )
        try:
            stored = await asyncio.to_thread(self._store, raw)
        except Exception:
            log.exception("gateway: could not store a message from %s", envelope.mail_from)
            return "451 Temporary failure storing the message; please retry"
        if stored is not None:
            self.enqueue(stored)
        return "250 Message accepted"

    def _store(self, raw: bytes) -> int | None:
        with session_scope() as s:
            result = store_raw(s, raw, source="smtp", mailbox="smtp-gateway")
        return result.inbound_id if result.created else None


def start_gateway(settings: Settings, enqueue: Callable[[int], object]) -> Controller:
    controller = Controller(
        StoreHandler(settings, enqueue),
        hostname=settings.gateway_host,
        port=settings.gateway_port,
        data_size_limit=settings.max_message_bytes,
        decode_data=False,
    )
    controller.start()
    log.info("SMTP gateway listening on %s:%s", settings.gateway_host, settings.gateway_port)
    return controller
