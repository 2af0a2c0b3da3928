"""Raw mail in, threaded onto a case. The database edge of the mail layer.

`store_raw` is the first durable step for every source (IMAP poller, SMTP gateway, CLI): it
commits the bytes before anything else happens. `ingest` parses, classifies, checks the sender
and threads one stored message; it moves the row received -> threaded|ignored|quarantined by
compare-and-set, so running it twice has no further effect. docs/mail-handling.md lists every
rule applied here with its reason and setting.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Table, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from consult.cases import quotas, senders
from consult.cases.matching import find_case
from consult.cases.policy import IntakePolicy, default_policy
from consult.mail.classify import Classification, Kind, classify
from consult.mail.parse import (
    ParsedMessage,
    ParseError,
    ParseLimit,
    message_id_hash,
    parse_message,
    read_message_id,
    read_sender,
)
from consult.models import (
    Case,
    CaseMessage,
    CaseState,
    InboundMessage,
    InboundState,
    OutboundMessage,
    Quarantine,
    utcnow,
)
from consult.privacy import phi_kinds, redact
from consult.state import move

log = logging.getLogger(__name__)
__all__ = [
    "AlreadyDone", "Identity", "Stored", "find_case", "ingest", "ingest_many", "parse_stored", "parse_stored_many",
    "quarantine", "record_bug", "store_raw",
]


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


class AlreadyDone(Exception):
    """A compare-and-set lost the race: the step was done elsewhere; discard this attempt."""


class InboundRef(Protocol):
    """What `quarantine` needs of a stored message: an ORM row or an `_Inbound`."""

    @property
    def id(self) -> int | None: ...
    @property
    def state(self) -> str: ...


@dataclass(frozen=True)
class _Inbound:
    """The columns `ingest` reads of a stored message (the raw bytes are read only if needed)."""

    id: int
    state: str
    size: int
    case_id: int | None
    message_id_hash: str


# The intake write phase runs these on every message, so they are built once and run as Core on
# the session's connection: building an ORM statement and running it through the ORM cost more
# Python than SQLite spends on it (issue #8, docs/performance.md).
_IN: Table = InboundMessage.__table__  # type: ignore[attr-defined]
_CASE: Table = Case.__table__  # type: ignore[attr-defined]
_CM: Table = CaseMessage.__table__  # type: ignore[attr-defined]
_OUT: Table = OutboundMessage.__table__  # type: ignore[attr-defined]
_QUARANTINE: Table = Quarantine.__table__  # type: ignore[attr-defined]
_STORED_BY_HASH = select(_IN.c.id).where(_IN.c.message_id_hash == bindparam("digest")).limit(1)
_STORED_BY_HASH_OR_UID = select(_IN.c.id).where(or_(
    _IN.c.message_id_hash == bindparam("digest"),
    (_IN.c.mailbox == bindparam("mailbox")) & (_IN.c.uidvalidity == bindparam("uidvalidity"))
    & (_IN.c.uid == bindparam("uid")),
)).limit(1)
# ON CONFLICT DO NOTHING: a message stored by a concurrent writer after the check above comes
# back as no row, not as an error that would abort the caller's transaction (PostgreSQL).
_INSERT_INBOUND = {
    "sqlite": sqlite_insert(_IN).on_conflict_do_nothing(index_elements=[_IN.c.message_id_hash]).returning(_IN.c.id),
    "postgresql": pg_insert(_IN).on_conflict_do_nothing(index_elements=[_IN.c.message_id_hash]).returning(_IN.c.id),
    "other": insert(_IN).returning(_IN.c.id),
}
_ID_BY_HASH = select(_IN.c.id).where(_IN.c.message_id_hash == bindparam("digest"))
_LOAD_RAW = select(_IN.c.raw).where(_IN.c.id == bindparam("id"))
_TO_PARSE = select(_IN.c.state, _IN.c.size, _IN.c.raw).where(_IN.c.id == bindparam("id"))
_TO_PARSE_MANY = select(_IN.c.id, _IN.c.state, _IN.c.size, _IN.c.raw).where(
    _IN.c.id.in_(bindparam("ids", expanding=True))
)
_IS_OURS = select(_OUT.c.id).where(_OUT.c.message_id == bindparam("message_id")).limit(1)
_LOAD_INBOUNDS = select(_IN.c.id, _IN.c.state, _IN.c.size, _IN.c.case_id, _IN.c.message_id_hash).where(
    _IN.c.id.in_(bindparam("ids", expanding=True))
)
_OURS_AMONG = select(_OUT.c.message_id).where(_OUT.c.message_id.in_(bindparam("message_ids", expanding=True)))
_RELEASED_AMONG = select(_QUARANTINE.c.inbound_id).where(
    _QUARANTINE.c.inbound_id.in_(bindparam("ids", expanding=True)),
    _QUARANTINE.c.kind.in_(["sender", "quota"]),
    _QUARANTINE.c.replayed_at.is_not(None),
)
_FROM_SENDER = select(func.count()).select_from(_CM).where(
    _CM.c.sender == bindparam("sender"), _CM.c.direction == "in", _CM.c.created_at >= bindparam("since")
)
_ON_CASE = select(func.count()).select_from(_CM).where(
    _CM.c.case_id == bindparam("case_id"), _CM.c.direction == "in", _CM.c.created_at >= bindparam("since")
)
_INSERT_CASE = insert(_CASE).returning(_CASE.c.id)
_INSERT_CASE_MESSAGE = insert(_CM)
_OPEN_CASE = update(_CASE).where(_CASE.c.id == bindparam("case_id")).values(
    state=CaseState.OPEN, updated_at=bindparam("now")
)


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
    params = {"digest": digest, "mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid}
    if uid is None:
        seen: Any = _STORED_BY_HASH
    elif uidvalidity is not None:
        seen = _STORED_BY_HASH_OR_UID
    else:  # a UID without a UIDVALIDITY: the match needs IS NULL, which a bound value cannot say
        seen = select(_IN.c.id).where(or_(
            _IN.c.message_id_hash == digest,
            (_IN.c.mailbox == mailbox) & _IN.c.uidvalidity.is_(None) & (_IN.c.uid == uid),
        )).limit(1)
    session.flush()  # Core below: rows the caller added first
    existing = session.connection().execute(seen, params).scalar()
    if existing is not None:
        # The same message again (a second of our addresses, a re-fetch): one case, logged.
        log.info("%s message is a copy of inbound %s; not stored twice", source, existing)
        return Stored(existing, False)
    conn = session.connection()
    inbound_id = conn.execute(_INSERT_INBOUND.get(conn.dialect.name, _INSERT_INBOUND["other"]), {
        "source": source, "mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid,
        "message_id": message_id[:998], "message_id_hash": digest, "raw": raw, "size": len(raw),
    }).scalar()
    if inbound_id is None:  # a concurrent writer (a second poller, the gateway) stored it a moment ago
        existing = conn.execute(_ID_BY_HASH, {"digest": digest}).scalar_one()
        log.info("%s message was stored meanwhile as inbound %s; not stored twice", source, existing)
        return Stored(existing, False)
    return Stored(int(inbound_id), True)


def quarantine(
    session: Session, inbound: InboundRef, kind: str, reason: str, detail: str = "", **fields: Any
) -> bool:
    if not move(session, InboundMessage, inbound.id, inbound.state, InboundState.QUARANTINED, error=reason, **fields):
        return False
    session.add(Quarantine(inbound_id=inbound.id, kind=kind, reason=reason, detail=detail))
    log.warning("inbound %s quarantined (%s): %s", inbound.id, kind, reason)
    return True


def parse_stored(session: Session, inbound_id: int, policy: IntakePolicy) -> ParsedMessage | None:
    """Parse a stored message ahead of `ingest`, so parsing runs outside the write transaction.

    None when there is nothing to parse ahead (not waiting, too large) or parsing fails: `ingest`
    then parses again and records the outcome.
    """
    row = session.connection().execute(_TO_PARSE, {"id": inbound_id}).first()
    return _parse_ahead(row, policy)


def parse_stored_many(session: Session, inbound_ids: list[int], policy: IntakePolicy) -> dict[int, ParsedMessage]:
    """`parse_stored` for a batch, in one query. Messages it leaves to `ingest` are absent; so
    is one whose parsing meets a bug, for `ingest` to meet again and quarantine."""
    parsed = {}
    for row in session.connection().execute(_TO_PARSE_MANY, {"ids": inbound_ids}):
        try:
            message = _parse_ahead(row, policy)
        except Exception:  # a bug: left for `ingest` to meet again and quarantine
            continue
        if message is not None:
            parsed[row.id] = message
    return parsed


def _parse_ahead(row: Any, policy: IntakePolicy) -> ParsedMessage | None:
    if row is None or row.state != InboundState.RECEIVED or row.size > policy.max_message_bytes:
        return None
    try:
        return parse_message(row.raw, policy.limits)
    except (ParseLimit, ParseError):
        return None


@dataclass(frozen=True)
class _Known:
    """What `ingest` reads of its messages up front, in three statements for a whole batch.
    Nothing a message's own ingest writes changes what another message of the batch finds here."""

    rows: dict[int, Any]  # the `_Inbound` columns of each message
    asked: frozenset[str]  # the Message-IDs looked up among the ones we sent ...
    ours: frozenset[str]  # ... and those found there
    released: frozenset[int]  # messages an operator replayed out of a sender or quota hold


def ingest_many(
    session: Session, inbound_ids: list[int], identity: Identity, policy: IntakePolicy,
    parsed: dict[int, ParsedMessage],
) -> dict[int, str]:
    """`ingest` for a batch in one transaction: the per-message lookups that do not depend on
    the batch's own writes are read for all of them first. Returns each message's new state."""
    inbound_ids = list(dict.fromkeys(inbound_ids))
    known = _read_known(session, inbound_ids, parsed)
    return {i: ingest(session, i, identity, policy, parsed=parsed.get(i), known=known) for i in inbound_ids}


def _read_known(session: Session, inbound_ids: list[int], parsed: dict[int, ParsedMessage]) -> _Known:
    session.flush()  # Core below: rows the caller added must be visible to it
    conn = session.connection()
    asked = [p.message_id for p in parsed.values() if p.message_id]
    return _Known(
        rows={row.id: row for row in conn.execute(_LOAD_INBOUNDS, {"ids": inbound_ids})},
        asked=frozenset(asked),
        ours=frozenset(conn.execute(_OURS_AMONG, {"message_ids": asked}).scalars()) if asked else frozenset(),
        released=frozenset(conn.execute(_RELEASED_AMONG, {"ids": inbound_ids}).scalars()),
    )


def ingest(
    session: Session, inbound_id: int, identity: Identity, policy: IntakePolicy | None = None,
    parsed: ParsedMessage | None = None, known: _Known | None = None,
) -> str:
    """Parse, classify, check the sender and thread one stored message. Returns its new state.

    `parsed` is the message as `parse_stored` read it, when the caller parsed it already;
    `known` what `ingest_many` read for its batch.
    """
    policy = policy or default_policy()
    # A few columns, not the ORM row: the raw bytes load only if they are read below
    # (`parse_stored` has usually parsed them).
    if known is None:
        known = _read_known(session, [inbound_id], {inbound_id: parsed} if parsed else {})
    row = known.rows.get(inbound_id)
    if row is None:
        raise LookupError(f"inbound message {inbound_id} does not exist")
    inbound = _Inbound(*row)
    if inbound.state != InboundState.RECEIVED:
        return inbound.state
    ours = identity.addresses | policy.aliases
    if inbound.size > policy.max_message_bytes:
        return _too_large(session, inbound, identity, policy, ours)
    try:
        parsed = parsed or parse_message(_raw(session, inbound.id), policy.limits)
    except ParseLimit as exc:
        return _quarantined(session, inbound, "limit", f"message breaks a parse limit: {exc}")
    except ParseError as exc:
        return _quarantined(session, inbound, "unparseable", f"cannot parse message: {exc}")
    verdict = classify(parsed, our_addresses=ours, our_domain=identity.domain)
    if verdict.answerable and _is_ours(session, parsed.message_id, known):
        verdict = Classification(Kind.LOOP, "a Message-ID we sent came back")
    if not verdict.answerable:
        return _ignore(session, inbound, parsed, verdict, identity, policy)
    return _answerable(session, inbound, parsed, identity, policy, known)


def _answerable(
    session: Session, inbound: _Inbound, parsed: ParsedMessage, identity: Identity, policy: IntakePolicy,
    known: _Known,
) -> str:
    case, how = find_case(session, parsed, identity, policy)
    held = session.get(Case, inbound.case_id) if inbound.case_id else None
    if case is None and held is not None and held.state == CaseState.HELD:
        case, how = held, "released from hold"
    released = inbound.id in known.released  # an operator replayed it out of a sender or quota hold
    capped = _loop_cap(session, parsed, case, policy)
    if capped:
        return _ignore(session, inbound, parsed, Classification(Kind.LOOP, capped), identity, policy)
    if not released:
        standing = senders.standing(
            policy.sender_policies(session), parsed.from_addr,
            tier_quotas=policy.tier_quotas, unknown_tier=policy.unknown_tier,
        )
        if standing.blocked:
            return _quarantined(session, inbound, "sender", "sender is blocked by the sender policy")
        if case is None or case.state == CaseState.HELD:
            hold = _hold_reason(session, parsed, standing, policy)
            if hold is not None:
                return _hold(session, inbound, parsed, case, identity, policy, *hold)
    return _thread(session, inbound, parsed, case, how, policy)


def _thread(
    session: Session, inbound: _Inbound, parsed: ParsedMessage, case: Case | None, how: str,
    policy: IntakePolicy,
) -> str:
    phi = phi_kinds(parsed.subject, parsed.text) if policy.phi_detection else ()
    subject = redact(parsed.subject) if phi else parsed.subject  # the subject is echoed in replies
    classification = "follow_up" if case is not None and case.state != CaseState.HELD else "question"
    conn = session.connection()
    if case is None:
        case_id = _new_case(session, parsed, subject, CaseState.OPEN)
        _count_question(session, parsed, policy)
    else:
        case_id = case.id  # type: ignore[assignment]
        if case.state == CaseState.HELD:
            _count_question(session, parsed, policy)
        conn.execute(_OPEN_CASE, {"case_id": case_id, "now": utcnow()})
        log.info("inbound %s threaded onto case %s by %s", inbound.id, case_id, how)
    conn.execute(_INSERT_CASE_MESSAGE, {
        "case_id": case_id,
        "direction": "in",
        "message_id": parsed.message_id[:998],
        "inbound_id": inbound.id,
        "sender": parsed.from_addr[:320],
        "subject": subject[:998],
        "body_text": parsed.text,
        "new_text": parsed.new_text,
        "flags": " ".join(parsed.flags)[:500],
        "phi": " ".join(phi),
        "recipients": " ".join(parsed.recipients),
    })
    if phi:
        log.info("inbound %s: likely patient information flagged (%s)", inbound.id, ", ".join(phi))
    moved = move(
        session, InboundMessage, inbound.id, InboundState.RECEIVED, InboundState.THREADED,
        classification=classification, case_id=case_id,
    )
    if not moved:  # another worker finished it first: roll our copy of the work back
        raise AlreadyDone(inbound.id)
    return InboundState.THREADED


def _requester(parsed: ParsedMessage) -> str:
    return (parsed.reply_to or parsed.from_addr)[:320]


def _new_case(session: Session, parsed: ParsedMessage, subject: str, state: str) -> int:
    session.flush()  # a Core insert: pending ORM rows go first, in the order they were made
    return int(session.connection().execute(_INSERT_CASE, {
        "subject": subject[:998], "requester": _requester(parsed), "requester_name": parsed.from_name[:200],
        "state": state,
    }).scalar_one())


def _count_question(session: Session, parsed: ParsedMessage, policy: IntakePolicy) -> None:
    """After commit, bump the cached question count (the database row is the record)."""
    quotas.count_question(session, policy.counter, parsed.from_addr, utcnow())


# -- senders and quotas -----------------------------------------------------------------------
def _hold_reason(
    session: Session, parsed: ParsedMessage, standing: senders.Standing, policy: IntakePolicy
) -> tuple[str, str, str | None, dict[str, object]] | None:
    """(quarantine kind, reason, notice name or None, notice context) when the question waits."""
    if not standing.known and policy.unknown_senders == "register":
        return "sender", "unknown sender: registration requested", "registration", {
            "registration_url": policy.registration_url,
        }
    if not standing.known and policy.unknown_senders == "quarantine":
        return "sender", "unknown sender: held for an operator", None, {}
    quota = standing.quota
    if quota.limit is None:
        return None
    used = quotas.questions_used(session, policy.counter, parsed.from_addr, quota, utcnow())
    if used < quota.limit:
        return None
    return "quota", f"quota reached ({used} of {quota.describe()}, tier {standing.tier})", "quota_exceeded", {
        "tier": standing.tier, "quota": quota.describe(), "period": quota.period,
    }


def _hold(
    session: Session, inbound: _Inbound, parsed: ParsedMessage, case: Case | None,
    identity: Identity, policy: IntakePolicy,
    kind: str, reason: str, notice: str | None, context: dict[str, object],
) -> str:
    """Keep the question on a held case (replayable from quarantine) and tell the sender."""
    if case is None:
        phi = phi_kinds(parsed.subject) if policy.phi_detection else ()
        subject = redact(parsed.subject) if phi else parsed.subject
        case_id, requester = _new_case(session, parsed, subject, CaseState.HELD), _requester(parsed)
    else:
        case_id, requester = case.id, case.requester  # type: ignore[assignment]
    if not quarantine(session, inbound, kind, reason, case_id=case_id):
        raise AlreadyDone(inbound.id)
    if notice:
        context = {"requester_name": _first_name(parsed), **context}
        _notice(session, notice, case_id, requester, parsed.message_id, context, identity, policy)
    return InboundState.QUARANTINED


def _notice(
    session: Session, name: str, case_id: int, requester: str, in_reply_to: str, context: dict[str, object],
    identity: Identity, policy: IntakePolicy,
) -> None:
    from consult.cases.notices import queue_notice

    queue_notice(
        session, name=name, case_id=case_id, to_addr=requester,
        in_reply_to=in_reply_to[:998], context={"service_name": policy.service_name, **context},
        templates=policy.templates, domain=identity.domain,
        max_per_day=policy.notice_max_per_day, enqueue=policy.enqueue_notice,
    )


def _first_name(parsed: ParsedMessage) -> str:
    name = parsed.from_name.strip()
    return name.split()[0].strip(",") if name else ""


def _loop_cap(session: Session, parsed: ParsedMessage, case: Case | None, policy: IntakePolicy) -> str:
    """Per-sender and per-case caps: a flood (a loop we did not recognise) is not answered."""
    since = utcnow() - policy.loop_window
    conn = session.connection()
    from_sender = conn.execute(_FROM_SENDER, {"sender": parsed.from_addr, "since": since}).scalar_one()
    minutes = int(policy.loop_window.total_seconds() // 60)
    if from_sender >= policy.loop_max_per_sender:
        return f"more than {policy.loop_max_per_sender} messages from this sender in {minutes} min"
    if case is not None:
        on_case = conn.execute(_ON_CASE, {"case_id": case.id, "since": since}).scalar_one()
        if on_case >= policy.loop_max_per_case:
            return f"more than {policy.loop_max_per_case} messages on case {case.id} in {minutes} min"
    return ""


# -- mail we do not answer --------------------------------------------------------------------
def _ignore(
    session: Session, inbound: _Inbound, parsed: ParsedMessage, verdict: Classification,
    identity: Identity, policy: IntakePolicy,
) -> str:
    """Kept and linked to its case when it belongs to one; never answered, never reopens."""
    case_id = _bounced_case(session, parsed) if verdict.kind is Kind.BOUNCE else None
    if case_id is None and verdict.kind in (Kind.AUTO_REPLY, Kind.LIST, Kind.LOOP, Kind.BOUNCE):
        case, _how = find_case(session, parsed, identity, policy, linking=True)
        case_id = case.id if case is not None else None
    moved = move(
        session, InboundMessage, inbound.id, InboundState.RECEIVED, InboundState.IGNORED,
        classification=verdict.kind.value, error=verdict.reason, case_id=case_id,
    )
    if not moved:
        raise AlreadyDone(inbound.id)
    log.info("inbound %s not answered: %s (%s)", inbound.id, verdict.kind, verdict.reason)
    return InboundState.IGNORED


def _bounced_case(session: Session, parsed: ParsedMessage) -> int | None:
    """A delivery report for one of our messages: note it on that message and its case."""
    if not parsed.report_message_id:
        return None
    out = session.execute(
        select(OutboundMessage).where(col(OutboundMessage.message_id) == parsed.report_message_id)
    ).scalar()
    if out is None:
        return None
    out.last_error = f"bounced: {parsed.report_status or 'delivery failed'}"[:500]
    out.updated_at = utcnow()
    log.warning("outbound %s bounced (%s)", out.id, parsed.report_status or "no status")
    return out.case_id


def _is_ours(session: Session, message_id: str, known: _Known) -> bool:
    if message_id in known.asked:
        return message_id in known.ours
    return session.connection().execute(_IS_OURS, {"message_id": message_id}).scalar() is not None


def _too_large(
    session: Session, inbound: _Inbound, identity: Identity, policy: IntakePolicy, ours: frozenset[str]
) -> str:
    reason = f"message is {inbound.size} bytes; the limit is {policy.max_message_bytes} (max_message_bytes)"
    raw = _raw(session, inbound.id)
    sender, headers = read_sender(raw)
    probe = ParsedMessage(
        message_id=read_message_id(raw), message_id_hash=inbound.message_id_hash,
        subject=headers.get("subject", ""), from_addr=sender, from_name="", to=(), cc=(),
        reply_to="", date="", in_reply_to=(), references=(), text="", new_text="", html="",
        headers=headers, content_type=headers.get("content-type", "text/plain").split(";")[0].strip().lower(),
    )
    if not classify(probe, our_addresses=ours, our_domain=identity.domain).answerable:
        return _quarantined(session, inbound, "limit", reason)
    mb = 1024 * 1024
    context: dict[str, object] = {
        "size_mb": f"{inbound.size / mb:.1f}", "limit_mb": f"{policy.max_message_bytes / mb:.0f}",
    }
    return _hold(session, inbound, probe, None, identity, policy, "limit", reason, "too_large", context)


def _raw(session: Session, inbound_id: int) -> bytes:
    return bytes(session.connection().execute(_LOAD_RAW, {"id": inbound_id}).scalar_one())


def _quarantined(session: Session, inbound: _Inbound, kind: str, reason: str) -> str:
    if not quarantine(session, inbound, kind, reason):
        raise AlreadyDone(inbound.id)
    return InboundState.QUARANTINED


def record_bug(session: Session, inbound_id: int, exc: BaseException) -> None:
    """A bug while processing: quarantine with the traceback, never lose or loop on the message."""
    inbound = session.get(InboundMessage, inbound_id)
    if inbound is None or inbound.state in (InboundState.QUARANTINED, InboundState.IGNORED):
        return
    detail = "".join(traceback.format_exception(exc))
    quarantine(session, inbound, "bug", f"processing failed: {type(exc).__name__}", detail)
