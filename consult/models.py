"""The pipeline's tables: the database is the system of record.

States move only by compare-and-set (see consult/workers/state.py). Reference data tables live in
consult/reference/tables.py on the same metadata, so one Alembic history covers both.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class InboundState(StrEnum):
    RECEIVED = "received"  # raw stored; waiting for ingest
    THREADED = "threaded"  # parsed, classified, attached to a case; waiting for a draft
    DRAFTED = "drafted"  # draft and review item exist
    IGNORED = "ignored"  # auto-reply, bounce, loop, duplicate: kept, not answered
    QUARANTINED = "quarantined"


class CaseState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"
    HELD = "held"  # the message waits for its sender to register or for quota (a notice went out)


class ReviewState(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"  # a newer message on the case replaced this draft


class OutboundState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class MailboxCursor(SQLModel, table=True):
    """How far the poller has read one IMAP folder: UIDs only mean something under a UIDVALIDITY."""

    __tablename__ = "mailbox_cursor"
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(unique=True, max_length=500)
    # UIDs and UIDVALIDITY are unsigned 32-bit: too big for PostgreSQL's INTEGER.
    uidvalidity: int = Field(default=0, sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime = Field(default_factory=utcnow)


class InboundMessage(SQLModel, table=True):
    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_mailbox_uid"),
        Index("ix_inbound_state_updated", "state", "updated_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(default="imap", max_length=20)  # imap | smtp | cli
    mailbox: str = Field(default="", max_length=500)
    uidvalidity: int | None = Field(default=None, sa_type=BigInteger)
    uid: int | None = Field(default=None, sa_type=BigInteger)
    message_id: str = Field(default="", max_length=998)
    message_id_hash: str = Field(unique=True, max_length=64)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    size: int = 0
    state: str = Field(default=InboundState.RECEIVED, max_length=20, index=True)
    classification: str = Field(default="", max_length=30)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    error: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    attempts: int = 0
    received_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Case(SQLModel, table=True):
    __tablename__ = "case"
    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(default="", max_length=998)
    requester: str = Field(default="", max_length=320, index=True)  # lower-cased address
    requester_name: str = Field(default="", max_length=200)
    state: str = Field(default=CaseState.OPEN, max_length=20, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CaseMessage(SQLModel, table=True):
    """Every message of a thread, ours and theirs, indexed by Message-ID for threading."""

    __tablename__ = "case_message"
    __table_args__ = (Index("ix_case_message_sender_created", "sender", "created_at"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    direction: str = Field(max_length=3)  # in | out
    message_id: str = Field(max_length=998, index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id", unique=True)
    outbound_id: int | None = Field(default=None, foreign_key="outbound_message.id", unique=True)
    sender: str = Field(default="", max_length=320)
    subject: str = Field(default="", max_length=998)
    body_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    new_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # What the reviewer should know about the mail (winmail_dat, forward, smime_unverified, ...)
    # and which kinds of likely patient information it holds (date_of_birth, mrn, ...).
    flags: str = Field(default="", max_length=500)  # space-separated
    phi: str = Field(default="", max_length=200)  # space-separated kinds; never the values
    recipients: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)


class Mention(SQLModel, table=True):
    __tablename__ = "mention"
    id: int | None = Field(default=None, primary_key=True)
    case_message_id: int = Field(foreign_key="case_message.id", index=True)
    code: str = Field(max_length=16, index=True)
    system: str = Field(max_length=12)  # CPT | HCPCS | ICD-10-CM | modifier
    category: str = Field(default="", max_length=8)
    span_start: int = 0
    span_end: int = 0
    modifiers: str = Field(default="", max_length=200)  # space-separated, in order written


class Draft(SQLModel, table=True):
    __tablename__ = "draft"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    inbound_id: int = Field(foreign_key="inbound_message.id", unique=True)
    template: str = Field(default="answer", max_length=60)
    subject: str = Field(default="", max_length=998)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str = Field(sa_column=Column(Text, nullable=False))
    analysis_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    created_at: datetime = Field(default_factory=utcnow)


class ReviewItem(SQLModel, table=True):
    __tablename__ = "review_item"
    __table_args__ = (Index("ix_review_state_priority", "state", "priority", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    draft_id: int = Field(foreign_key="draft.id", unique=True)
    state: str = Field(default=ReviewState.PENDING, max_length=20, index=True)
    priority: int = Field(default=2)  # 1 high, 2 normal, 3 low
    reviewer_group: str = Field(default="", max_length=60, index=True)  # set by routing rules
    due_at: datetime | None = None
    claimed_by: str = Field(default="", max_length=120)
    claimed_at: datetime | None = None
    decided_by: str = Field(default="", max_length=120)
    decided_at: datetime | None = None
    final_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ReviewEvent(SQLModel, table=True):
    """The audit trail: one row per reviewer or system action on a review item."""

    __tablename__ = "review_event"
    id: int | None = Field(default=None, primary_key=True)
    review_item_id: int = Field(foreign_key="review_item.id", index=True)
    actor: str = Field(max_length=120)
    action: str = Field(max_length=40)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    at: datetime = Field(default_factory=utcnow)


class OutboundMessage(SQLModel, table=True):
    __tablename__ = "outbound_message"
    __table_args__ = (Index("ix_outbound_state_updated", "state", "updated_at"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    review_item_id: int | None = Field(default=None, foreign_key="review_item.id", unique=True)
    message_id: str = Field(unique=True, max_length=998)  # fixed at approval, never regenerated
    in_reply_to: str = Field(default="", max_length=998)
    references: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    to_addr: str = Field(max_length=320)
    subject: str = Field(max_length=998)
    body_text: str = Field(sa_column=Column(Text, nullable=False))
    body_html: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(default="answer", max_length=30)  # answer | notice (automatic)
    state: str = Field(default=OutboundState.QUEUED, max_length=20, index=True)
    attempts: int = 0
    last_error: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


class Quarantine(SQLModel, table=True):
    __tablename__ = "quarantine"
    id: int | None = Field(default=None, primary_key=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id", index=True)
    kind: str = Field(max_length=30)  # sender | bug | limit
    reason: str = Field(sa_column=Column(Text, nullable=False))
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    replayed_at: datetime | None = None
