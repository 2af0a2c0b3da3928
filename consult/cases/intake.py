"""Raw mail in, threaded onto a case. The database edge of the mail layer.

`store_raw` is the first durable step for every source (IMAP poller, SMTP gateway, CLI): it
commits the bytes before anything else happens. `ingest` parses, classifies and threads one
stored message; it moves the row received -> threaded|ignored|quarantined by compare-and-set,
so running it twice has no further effect.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlmodel import Session

from consult.cases import tokens
from consult.mail.classify import Kind, classify
from consult.mail.parse import ParsedMessage, ParseError, message_id_hash, parse_message, read_message_id
from consult.models import (
    Case,
    CaseMessage,
    CaseState,
    InboundMessage,
    InboundState,
    Quarantine,
    utcnow,
)
from consult.state import move

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stored:
    inbound_id: int
    created: bool  # False: the same message (by UID or Message-ID) was already stored


@dataclass(frozen=True)
class Identity:
    """Who we are, for loop detection and reply tokens."""

    addresses: frozenset[str]
    domain: str
    key: bytes


def store_raw(
    session: Session,
    raw: bytes,
    *,
    source: str,
    mailbox: str = "",
    uidvalidity: int | None = None,
    uid: int | None = None,
) -> Stored:
    """Store the raw bytes unless the same message is already stored. Caller commits."""
    message_id = read_message_id(raw)
    digest = message_id_hash(message_id, raw)
    conditions = [InboundMessage.message_id_hash == digest]
    if uid is not None:
        conditions.append(
            (InboundMessage.mailbox == mailbox)
            & (InboundMessage.uidvalidity == uidvalidity)
            & (InboundMessage.uid == uid)
        )
    existing = session.execute(select(InboundMessage.id).where(or_(*conditions))).scalar()
    if existing is not None:
        return Stored(existing, False)
    row = InboundMessage(
        source=source,
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=uid,
        message_id=message_id[:998],
        message_id_hash=digest,
        raw=raw,
        size=len(raw),
    )
    with session.begin_nested():  # a concurrent writer may have stored it a moment ago
        session.add(row)
    assert row.id is not None
    return Stored(row.id, True)


def quarantine(session: Session, inbound: InboundMessage, kind: str, reason: str, detail: str = "") -> bool:
    if not move(session, InboundMessage, inbound.id, inbound.state, InboundState.QUARANTINED, error=reason):
        return False
    session.add(Quarantine(inbound_id=inbound.id, kind=kind, reason=reason, detail=detail))
    log.warning("inbound %s quarantined (%s): %s", inbound.id, kind, reason)
    return True


def ingest(session: Session, inbound_id: int, identity: Identity) -> str:
    """Parse, classify and thread one stored message. Returns the state it ended in."""
    inbound = session.get(InboundMessage, inbound_id)
    if inbound is None:
        raise LookupError(f"inbound message {inbound_id} does not exist")
    if inbound.state != InboundState.RECEIVED:
        return inbound.state
    try:
        parsed = parse_message(inbound.raw)
    except ParseError as exc:
        quarantine(session, inbound, "unparseable", f"cannot parse message: {exc}")
        return InboundState.QUARANTINED
    verdict = classify(parsed, our_addresses=identity.addresses, our_domain=identity.domain)
    if verdict.kind is not Kind.QUESTION:
        move(
            session, InboundMessage, inbound.id, InboundState.RECEIVED, InboundState.IGNORED,
            classification=verdict.kind.value, error=verdict.reason,
        )
        log.info("inbound %s not answered: %s (%s)", inbound.id, verdict.kind, verdict.reason)
        return InboundState.IGNORED
    case, how = find_case(session, parsed, identity)
    classification = "follow_up" if case else "question"
    if case is None:
        case = Case(
            subject=parsed.subject[:998],
            requester=(parsed.reply_to or parsed.from_addr)[:320],
            requester_name=parsed.from_name[:200],
        )
        session.add(case)
        session.flush()
    else:
        case.state = CaseState.OPEN
        case.updated_at = utcnow()
        log.info("inbound %s threaded onto case %s by %s", inbound.id, case.id, how)
    session.add(
        CaseMessage(
            case_id=case.id,  # type: ignore[arg-type]
            direction="in",
            message_id=parsed.message_id[:998],
            inbound_id=inbound.id,
            sender=parsed.from_addr[:320],
            subject=parsed.subject[:998],
            body_text=parsed.text,
            new_text=parsed.new_text,
        )
    )
    moved = move(
        session, InboundMessage, inbound.id, InboundState.RECEIVED, InboundState.THREADED,
        classification=classification, case_id=case.id,
    )
    if not moved:  # another worker finished it first: roll our copy of the work back
        raise AlreadyDone(inbound_id)
    return InboundState.THREADED


class AlreadyDone(Exception):
    """A compare-and-set lost the race: the step was done elsewhere; discard this attempt."""


def find_case(session: Session, parsed: ParsedMessage, identity: Identity) -> tuple[Case | None, str]:
    """Reply token, then In-Reply-To/References, then the subject tag from the case's requester."""
    case_id = tokens.case_from_addresses(parsed.to + parsed.cc, identity.key)
    if case_id is not None and (case := session.get(Case, case_id)) is not None:
        return case, "reply token"
    ids = [i[:998] for i in (*parsed.in_reply_to, *reversed(parsed.references))]
    if ids:
        found = session.execute(
            select(CaseMessage.case_id).where(CaseMessage.message_id.in_(ids)).limit(1)  # type: ignore[attr-defined]
        ).scalar()
        if found is not None:
            return session.get(Case, found), "In-Reply-To/References"
    case_id = tokens.case_from_subject(parsed.subject)
    if case_id is not None:
        case = session.get(Case, case_id)
        # A stranger quoting someone else's tag gets a case of their own.
        if case is not None and case.requester in {parsed.from_addr, parsed.reply_to}:
            return case, "subject tag from the requester"
    return None, ""


def record_bug(session: Session, inbound_id: int, exc: BaseException) -> None:
    """A bug while processing: quarantine with the traceback, never lose or loop on the message."""
    inbound = session.get(InboundMessage, inbound_id)
    if inbound is None or inbound.state in (InboundState.QUARANTINED, InboundState.IGNORED):
        return
    detail = "".join(traceback.format_exception(exc))
    quarantine(session, inbound, "bug", f"processing failed: {type(exc).__name__}: {exc}", detail)
