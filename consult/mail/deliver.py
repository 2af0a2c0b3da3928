"""Send one approved reply, at most once in practice, at least once always.

queued -> sending is committed before the relay is contacted; sending -> sent after it accepts.
A row found in `sending` means an earlier attempt's outcome is unknown (crash, timeout): once
its lease has run out, the Sent store is asked whether that Message-ID went out before sending
again. The Message-ID was fixed at approval, so a resend is the same message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import timedelta

from sqlmodel import Session

from consult.cases.tokens import reply_address
from consult.errors import TransientError
from consult.mail.compose import build_reply
from consult.mail.transport import ReplyTransport, SentStore
from consult.models import OutboundMessage, OutboundState, utcnow
from consult.secrets import secret_key
from consult.settings import Settings
from consult.state import move

log = logging.getLogger(__name__)
Scope = Callable[..., AbstractContextManager[Session]]  # session_scope: (readonly=False)


def deliver(
    scope: Scope, outbound_id: int, transport: ReplyTransport, sent: SentStore, settings: Settings
) -> str:
    lease = timedelta(seconds=settings.reconcile_after_seconds)
    with scope(readonly=True) as s:
        out = s.get(OutboundMessage, outbound_id)
        if out is None:
            raise LookupError(f"outbound message {outbound_id} does not exist")
        state, updated, message_id = out.state, out.updated_at, out.message_id
    if state in (OutboundState.SENT, OutboundState.FAILED):
        return state
    if state == OutboundState.SENDING:
        if utcnow() - updated < lease:
            return state  # another attempt holds it; the reconciler retries after the lease
        # The Sent search is network I/O: it runs outside any transaction, and the row's lease
        # time (`updated_at`) is part of every compare-and-set below, so two workers that both
        # found the lease run out cannot both go on.
        if sent.contains(message_id):
            with scope() as s:
                move(s, OutboundMessage, outbound_id, OutboundState.SENDING, OutboundState.SENT,
                     expect={"updated_at": updated}, sent_at=utcnow())
            log.info("outbound %s was already sent (found in Sent): not sending again", outbound_id)
            return OutboundState.SENT
    with scope() as s:
        out = s.get_one(OutboundMessage, outbound_id)
        taken = move(s, OutboundMessage, outbound_id, state, OutboundState.SENDING,
                     expect={"updated_at": updated}, attempts=out.attempts + 1)
        if not taken:
            return s.get_one(OutboundMessage, outbound_id).state
        msg = build_reply(
            out,
            from_addr=settings.address,
            from_name=settings.display_name,
            reply_to=reply_address(settings.address, out.case_id, secret_key()),
        )
    try:
        transport.send(msg)
    except TransientError as exc:
        with scope() as s:
            move(s, OutboundMessage, outbound_id, OutboundState.SENDING, OutboundState.QUEUED, last_error=str(exc))
        raise
    except Exception as exc:
        with scope() as s:
            move(s, OutboundMessage, outbound_id, OutboundState.SENDING, OutboundState.FAILED, last_error=f"{type(exc).__name__}: {exc}")
        log.error("outbound %s failed permanently: %s", outbound_id, exc)
        return OutboundState.FAILED
    # The Sent copy goes first: if committing `sent` fails (database gone, worker killed), the
    # retry after the lease finds the Message-ID in Sent instead of mailing the requester again.
    try:
        sent.append(msg)
    except Exception as exc:  # the reply went out; a missing Sent copy is worth a warning only
        log.warning("outbound %s sent, but the copy to Sent failed: %s", outbound_id, exc)
    with scope() as s:
        move(s, OutboundMessage, outbound_id, OutboundState.SENDING, OutboundState.SENT, sent_at=utcnow(), last_error="")
    log.info("outbound %s sent to %s as %s", outbound_id, msg["To"], msg["Message-ID"])
    return OutboundState.SENT
