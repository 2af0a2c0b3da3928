"""Routing rules and sender policy: which reviewer group and priority an item gets. Pure core.

Rules are tried in `position` order; the first whose code family or sender tier matches wins.
A sender's policy is the one for their exact address, else the one for their domain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlmodel import Session, col

from consult.models import Case, ReviewItem, ReviewState
from consult.review.queries import codes_of_items
from consult.web.families import families_of
from consult.web.tables import RoutingRule, SenderPolicy, SenderTier


@dataclass(frozen=True)
class Route:
    group: str
    priority: int
    rule_id: int


def policy_for(policies: Iterable[SenderPolicy], address: str) -> SenderPolicy | None:
    address = address.lower()
    domain = "@" + address.rpartition("@")[2]
    by_pattern = {p.pattern: p for p in policies}
    return by_pattern.get(address) or by_pattern.get(domain)


def route(rules: Sequence[RoutingRule], families: Iterable[str], tier: str) -> Route | None:
    fams = set(families)
    for rule in sorted(rules, key=lambda r: (r.position, r.id or 0)):
        if not rule.active:
            continue
        if (rule.match_kind == "family" and rule.match_value in fams) or (
            rule.match_kind == "tier" and rule.match_value == tier
        ):
            return Route(rule.reviewer_group, rule.priority, rule.id or 0)
    return None


def load(session: Session) -> tuple[list[RoutingRule], list[SenderPolicy]]:
    """The rules, and the sender policies the tier rules need (none read when there are no rules)."""
    rules = list(session.execute(select(RoutingRule).order_by(col(RoutingRule.position), col(RoutingRule.id))).scalars())
    if not rules:
        return rules, []
    policies = list(session.execute(select(SenderPolicy).order_by(col(SenderPolicy.pattern))).scalars())
    return rules, policies


def route_new_item(session: Session, item: ReviewItem, requester: str) -> Route | None:
    """Called by the pipeline when a review item is created: group and priority from the rules."""
    rules, policies = load(session)
    if not rules:
        return None
    policy = policy_for(policies, requester)
    tier = policy.tier if policy else SenderTier.STANDARD
    codes = codes_of_items(session, [item.id]) if item.id else {}
    fams = {f for c in codes.get(item.id or 0, []) for f in families_of(*c)}
    found = route(rules, fams, tier)
    if found:
        item.priority, item.reviewer_group = found.priority, found.group
    return found


def apply_to_open_items(session: Session) -> int:
    """Set the group and priority of every open item from the rules; returns how many changed."""
    rules, policies = load(session)
    rows = session.execute(
        select(col(ReviewItem.id), col(ReviewItem.priority), col(ReviewItem.reviewer_group), col(Case.requester))
        .join(Case, col(Case.id) == ReviewItem.case_id)
        .where(col(ReviewItem.state).in_([ReviewState.PENDING, ReviewState.CLAIMED]))
    ).all()
    codes = codes_of_items(session, [r[0] for r in rows])
    changed = 0
    for item_id, priority, group, requester in rows:
        policy = policy_for(policies, requester)
        tier = policy.tier if policy else SenderTier.STANDARD
        fams = {f for c in codes.get(item_id, []) for f in families_of(*c)}
        found = route(rules, fams, tier)
        if found and (found.priority, found.group) != (priority, group):
            session.execute(
                update(ReviewItem).where(col(ReviewItem.id) == item_id)
                .values(priority=found.priority, reviewer_group=found.group)
            )
            changed += 1
    return changed
