"""Who is asking, and how many questions they may ask: tiers, quotas, blocks. Pure.

A sender is known when the sender-policy table (written by the admin page) has a row for the
address or its domain ("@clinic.example"); the row gives the tier, an optional daily quota and
a block flag. Unknown senders are served under `unknown_sender_tier`, sent a registration
reply, or quarantined, by `unknown_senders`. Each tier's quota comes from `tier_quotas`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from consult.web.routing import policy_for
from consult.web.tables import SenderPolicy

PERIODS = ("day", "month", "total")
_QUOTA = re.compile(r"^\s*(\d{1,9})\s*/\s*(day|month|total)\s*$", re.I)


@dataclass(frozen=True)
class Quota:
    limit: int | None  # None: unlimited
    period: str = "total"

    def describe(self) -> str:
        if self.limit is None:
            return "unlimited"
        word = "question" if self.limit == 1 else "questions"
        return f"{self.limit} {word}" + ("" if self.period == "total" else f" per {self.period}")


UNLIMITED = Quota(None)


def parse_quota(spec: str) -> Quota:
    """'unlimited', '5/month', '10/day' or '1/total'."""
    if spec.strip().lower() in ("unlimited", "none", ""):
        return UNLIMITED
    match = _QUOTA.match(spec)
    if not match:
        raise ValueError(f"quota {spec!r} must look like 'unlimited', '5/month', '10/day' or '1/total'")
    return Quota(int(match[1]), match[2].lower())


@dataclass(frozen=True)
class Standing:
    known: bool
    tier: str
    blocked: bool
    quota: Quota


def standing(
    policies: Iterable[SenderPolicy],
    address: str,
    *,
    tier_quotas: dict[str, str],
    unknown_tier: str,
) -> Standing:
    policy = policy_for(policies, address)
    if policy is None:
        return Standing(False, unknown_tier, False, parse_quota(tier_quotas.get(unknown_tier, "unlimited")))
    quota = parse_quota(tier_quotas.get(policy.tier, "unlimited"))
    if policy.daily_quota:  # a per-sender daily quota set by an admin wins over the tier's
        quota = Quota(policy.daily_quota, "day")
    return Standing(True, policy.tier, policy.blocked, quota)


def period_start(period: str, now: datetime) -> datetime:
    if period == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "month":
        return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return datetime(1970, 1, 1, tzinfo=now.tzinfo)


def period_key(period: str, now: datetime) -> str:
    return {"day": f"{now:%Y%m%d}", "month": f"{now:%Y%m}"}.get(period, "total")
