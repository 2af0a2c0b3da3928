"""The intake rules' settings as one plain value, so the core takes them as an argument."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from consult.cases.quotas import Counter, NoCounter, counter_for
from consult.db import once_per_transaction
from consult.mail.parse import DEFAULT_LIMITS, Limits
from consult.web.tables import SenderPolicy

_SENDER_POLICIES = select(SenderPolicy.__table__)  # type: ignore[attr-defined]


def _default_quotas() -> dict[str, str]:
    return {"open": "unlimited", "guest": "1/total", "registered": "5/month", "enterprise": "unlimited"}


@dataclass(frozen=True)
class IntakePolicy:
    max_message_bytes: int = 10 * 1024 * 1024
    limits: Limits = DEFAULT_LIMITS
    aliases: frozenset[str] = frozenset()
    unknown_senders: str = "serve"  # serve | register | quarantine
    unknown_tier: str = "open"
    tier_quotas: dict[str, str] = field(default_factory=_default_quotas)
    registration_url: str = ""
    notice_max_per_day: int = 3
    loop_window: timedelta = timedelta(minutes=10)
    loop_max_per_sender: int = 40
    loop_max_per_case: int = 10
    reopen_closed_cases: bool = True
    new_subject_starts_case: bool = True
    phi_detection: bool = True
    templates: Path = Path("templates")
    service_name: str = "Consult"
    counter: Counter = field(default_factory=NoCounter)
    enqueue_notice: Callable[[int], object] | None = None

    def sender_policies(self, session: Session) -> list[Any]:
        """The sender-policy rows: read for every message, so Core rows of a statement built
        once, read once per transaction (a batch of messages shares one)."""
        return once_per_transaction(
            session, "sender_policies", lambda: list(session.connection().execute(_SENDER_POLICIES))
        )

    @classmethod
    def from_settings(cls, s: Any, enqueue_notice: Callable[[int], object] | None = None) -> IntakePolicy:
        redis_url = s.redis_url or (s.broker if s.broker.startswith(("redis://", "rediss://")) else "")
        return cls(
            max_message_bytes=s.max_message_bytes,
            limits=Limits(s.parse_max_depth, s.parse_max_parts, s.parse_max_seconds),
            aliases=frozenset(a.lower() for a in s.address_aliases),
            unknown_senders=s.unknown_senders,
            unknown_tier=s.unknown_sender_tier,
            tier_quotas=dict(s.tier_quotas),
            registration_url=s.registration_url,
            notice_max_per_day=s.notice_max_per_sender_per_day,
            loop_window=timedelta(seconds=s.loop_window_seconds),
            loop_max_per_sender=s.loop_max_per_sender,
            loop_max_per_case=s.loop_max_per_case,
            reopen_closed_cases=s.reopen_closed_cases,
            new_subject_starts_case=s.new_subject_starts_case,
            phi_detection=s.phi_detection,
            templates=s.templates,
            service_name=s.display_name,
            counter=counter_for(redis_url),
            enqueue_notice=enqueue_notice,
        )


_cache: dict[int, IntakePolicy] = {}
def default_policy() -> IntakePolicy:
    """The policy of the process's settings (one per settings object, so one Redis client)."""
    from consult.settings import get_settings
    from consult.workers.tasks import enqueue_send

    settings = get_settings()
    policy = _cache.get(id(settings))
    if policy is None:
        policy = _cache[id(settings)] = IntakePolicy.from_settings(settings, enqueue_send)
    return policy
