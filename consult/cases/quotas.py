"""Question counters: Redis holds the running count, the database is the record.

A count is read from Redis when it is there; otherwise it is counted from the database (cases
the sender opened in the period) and cached. After the transaction that opens a case commits,
the cached count is incremented. Losing Redis loses nothing: the next check counts again.

At the edge of a quota (one question left, or none) the cache is not trusted: the database is
counted under a lock on the sender, so two questions racing for the last place cannot both take
it. SQLite's single writer gives that lock for free; PostgreSQL takes a transaction-scoped
advisory lock on the address.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select, text
from sqlmodel import Session, col

from consult.cases.senders import PERIODS, Quota, period_key, period_start
from consult.db import collected
from consult.models import Case, CaseState

log = logging.getLogger(__name__)
_TTL = {"day": timedelta(days=2), "month": timedelta(days=32), "total": timedelta(days=30)}


class Counter(Protocol):
    def get(self, key: str) -> int | None: ...
    def set(self, key: str, value: int, ttl: timedelta) -> None: ...
    def incr(self, key: str) -> None: ...
    def incr_all(self, keys: Sequence[str]) -> None: ...


class NoCounter:
    """No cache: every check counts in the database."""

    def get(self, key: str) -> int | None:
        return None

    def set(self, key: str, value: int, ttl: timedelta) -> None:
        return None

    def incr(self, key: str) -> None:
        return None

    def incr_all(self, keys: Sequence[str]) -> None:
        return None


class RedisCounter:
    def __init__(self, url: str) -> None:
        import redis

        self.r = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        # One round trip for a question's counters (one per period) instead of two per key.
        self.bump = self.r.register_script(_BUMP_EXISTING)

    def get(self, key: str) -> int | None:
        try:
            value = self.r.get(key)
        except Exception as exc:  # Redis is a cache here: fall back to counting
            log.warning("quota counter unavailable (%s); counting in the database", type(exc).__name__)
            return None
        return int(value) if value is not None else None

    def set(self, key: str, value: int, ttl: timedelta) -> None:
        try:
            self.r.set(key, value, ex=ttl, nx=True)
        except Exception:  # a missed cache write only costs a recount
            pass

    def incr(self, key: str) -> None:
        try:
            if self.r.exists(key):
                self.r.incr(key)
        except Exception:  # a missed increment is corrected when the key expires
            pass

    def incr_all(self, keys: Sequence[str]) -> None:
        """`incr` for each key, in one round trip."""
        try:
            self.bump(keys=list(keys))
        except Exception:  # a missed increment is corrected when the key expires
            pass


# Only cached counts are bumped: a missing key means "count in the database", not zero.
_BUMP_EXISTING = """
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then redis.call('INCR', key) end
end
return 0
"""


def counter_for(url: str) -> Counter:
    return RedisCounter(url) if url.startswith(("redis://", "rediss://")) else NoCounter()


def key_for(address: str, quota: Quota, now: datetime) -> str:
    return f"consult:quota:{address}:{period_key(quota.period, now)}"


def count_question(session: Session, counter: Counter, address: str, now: datetime) -> None:
    """After this transaction commits, bump the sender's cached counts (one per period). A
    transaction that opens several cases bumps them all in one round trip."""
    _bumps(session, counter).extend(key_for(address, Quota(1, period), now) for period in PERIODS)


def _bumps(session: Session, counter: Counter) -> list[str]:
    return collected(session, "quota_bumps", counter.incr_all)


def questions_used(session: Session, counter: Counter, address: str, quota: Quota, now: datetime) -> int:
    key = key_for(address, quota, now)
    cached = counter.get(key)
    if cached is not None:
        cached += _bumps(session, counter).count(key)  # cases this transaction opened already
    if cached is not None and (quota.limit is None or cached < quota.limit - 1):
        return cached
    lock_sender(session, address)
    since = period_start(quota.period, now)
    counted = session.execute(
        select(func.count()).select_from(Case).where(
            col(Case.requester) == address, col(Case.created_at) >= since, col(Case.state) != CaseState.HELD
        )
    ).scalar_one()
    counter.set(key, int(counted), _TTL[quota.period])
    return int(counted)


def lock_sender(session: Session, address: str) -> None:
    """Until this transaction ends, other transactions counting this sender wait (PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"quota:{address}"})
