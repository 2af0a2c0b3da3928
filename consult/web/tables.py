"""Tables of the reviewer queue: users, sign-in attempts, sender policy, routing rules.

They live on the same SQLModel metadata as the pipeline tables, so one Alembic history covers
everything (migration 0003_web).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from consult.models import utcnow


class Role(StrEnum):
    REVIEWER = "reviewer"
    ADMIN = "admin"


class SenderTier(StrEnum):
    STANDARD = "standard"
    PRIORITY = "priority"  # contracted clients: answered first
    TRIAL = "trial"  # new or unverified senders: lower priority, small quota


class WebUser(SQLModel, table=True):
    __tablename__ = "web_user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=120)
    password_hash: str = Field(max_length=200)
    role: str = Field(default=Role.REVIEWER, max_length=20)
    groups: str = Field(default="", max_length=500)  # space-separated reviewer groups
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    password_changed_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None


class LoginAttempt(SQLModel, table=True):
    """One sign-in attempt; failures in a window limit further attempts (per name and per client)."""

    __tablename__ = "login_attempt"
    __table_args__ = (
        Index("ix_login_attempt_user_at", "username", "at"),
        Index("ix_login_attempt_client_at", "client", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=120)
    client: str = Field(default="", max_length=64)
    ok: bool = False
    at: datetime = Field(default_factory=utcnow)


class SenderPolicy(SQLModel, table=True):
    """Tier, daily quota and block flag for one address or a whole domain ("@clinic.example")."""

    __tablename__ = "sender_policy"
    id: int | None = Field(default=None, primary_key=True)
    pattern: str = Field(unique=True, max_length=320)
    tier: str = Field(default=SenderTier.STANDARD, max_length=20)
    daily_quota: int = 0  # 0: no quota
    blocked: bool = False
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    updated_by: str = Field(default="", max_length=120)
    updated_at: datetime = Field(default_factory=utcnow)


class RoutingRule(SQLModel, table=True):
    """Send a code family or a sender tier to a reviewer group at a priority. First match wins."""

    __tablename__ = "routing_rule"
    id: int | None = Field(default=None, primary_key=True)
    position: int = 100
    match_kind: str = Field(max_length=20)  # family | tier
    match_value: str = Field(max_length=40)
    reviewer_group: str = Field(max_length=60)
    priority: int = 2  # 1 high, 2 normal, 3 low
    active: bool = True
    created_by: str = Field(default="", max_length=120)
    created_at: datetime = Field(default_factory=utcnow)
