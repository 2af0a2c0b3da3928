"""The queue page's read side: counts by state, filters, sort and pagination in a few queries.

Rows are read as plain columns (no ORM objects) and the codes of one page are fetched in one
query, so the page stays fast with tens of thousands of open items.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlmodel import Session, col

from consult.models import Case, CaseMessage, Draft, Mention, ReviewItem, ReviewState, utcnow
from consult.review.queries import codes_of_items
from consult.web.families import BY_KEY, families_of

STATES: dict[str, tuple[str, ...]] = {
    "open": (ReviewState.PENDING, ReviewState.CLAIMED),
    **{s.value: (s.value,) for s in ReviewState},
    "all": tuple(s.value for s in ReviewState),
}
AGES = {"1h": timedelta(hours=1), "4h": timedelta(hours=4), "24h": timedelta(days=1), "72h": timedelta(days=3)}
SORTS = {
    "priority": (col(ReviewItem.priority), col(ReviewItem.due_at), col(ReviewItem.id)),
    "due": (col(ReviewItem.due_at), col(ReviewItem.id)),
    "oldest": (col(ReviewItem.created_at), col(ReviewItem.id)),
    "newest": (col(ReviewItem.created_at).desc(), col(ReviewItem.id).desc()),
    "sender": (col(Case.requester), col(ReviewItem.id)),
}
PER_PAGE = 50


@dataclass(frozen=True)
class QueueFilter:
    state: str = "open"
    priority: str = ""
    assignee: str = ""  # "" any, "me", "none", or a username
    family: str = ""
    group: str = ""  # "" or "any": any; "mine": my groups and the ungrouped; "none"; or a group name
    sender: str = ""
    age: str = ""
    sort: str = "priority"
    page: int = 1

    @classmethod
    def from_query(cls, q: Mapping[str, str], my_groups: tuple[str, ...] = ()) -> QueueFilter:
        """A reviewer in groups sees their groups' items and the ungrouped ones unless they ask."""
        def pick(name: str, allowed: Collection[str], default: str = "") -> str:
            value = (q.get(name) or default).strip()
            return value if value in allowed else default

        try:
            page = max(1, min(int(q.get("page") or 1), 100_000))
        except ValueError:
            page = 1
        return cls(
            state=pick("state", STATES, "open"),
            priority=pick("priority", ("1", "2", "3")),
            assignee=(q.get("assignee") or "").strip().lower()[:120],
            family=pick("family", BY_KEY),
            group=(q["group"] if "group" in q else "mine" if my_groups else "").strip()[:60],
            sender=(q.get("sender") or "").strip().lower()[:320],
            age=pick("age", AGES),
            sort=pick("sort", SORTS, "priority"),
            page=page,
        )

    def query(self, **changes: object) -> str:
        """The query string of this filter with some fields changed (defaults left out)."""
        values = replace(self, **changes).__dict__  # type: ignore[arg-type]
        defaults = QueueFilter().__dict__
        return urlencode({k: v for k, v in values.items() if v != defaults[k]})


@dataclass(frozen=True)
class QueueRow:
    id: int
    case_id: int
    state: str
    priority: int
    due_at: datetime | None
    created_at: datetime
    requester: str
    requester_name: str
    subject: str
    claimed_by: str
    reviewer_group: str = ""
    codes: list[str] = field(default_factory=list)
    families: list[str] = field(default_factory=list)

    @property
    def overdue(self) -> bool:
        return self.due_at is not None and self.state in STATES["open"] and self.due_at < utcnow()


@dataclass(frozen=True)
class QueuePage:
    filter: QueueFilter
    rows: list[QueueRow]
    total: int
    counts: dict[str, int]
    overdue: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


def _conditions(f: QueueFilter, me: str, my_groups: tuple[str, ...] = ()) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [col(ReviewItem.state).in_(STATES[f.state])]
    if f.priority:
        conds.append(col(ReviewItem.priority) == int(f.priority))
    if f.assignee == "me":
        conds.append(col(ReviewItem.claimed_by) == me)
    elif f.assignee == "none":
        conds.append(col(ReviewItem.claimed_by) == "")
    elif f.assignee:
        conds.append(col(ReviewItem.claimed_by) == f.assignee)
    if f.group == "none":
        conds.append(col(ReviewItem.reviewer_group) == "")
    elif f.group == "mine":
        conds.append(col(ReviewItem.reviewer_group).in_(["", *my_groups]))
    elif f.group and f.group != "any":
        conds.append(col(ReviewItem.reviewer_group) == f.group)
    if f.sender:
        conds.append(or_(col(Case.requester).contains(f.sender, autoescape=True),
                         func.lower(Case.requester_name).contains(f.sender, autoescape=True)))
    if f.age:
        conds.append(col(ReviewItem.created_at) <= utcnow() - AGES[f.age])
    if f.family:
        family = BY_KEY[f.family]
        # Items whose message mentions a code of the family: a range scan on the mention.code index.
        matching = (
            select(col(ReviewItem.id))
            .join(Draft, col(Draft.id) == ReviewItem.draft_id)
            .join(CaseMessage, col(CaseMessage.inbound_id) == Draft.inbound_id)
            .join(Mention, col(Mention.case_message_id) == CaseMessage.id)
            .where(family.condition(Mention.code, Mention.system, Mention.category))
        )
        conds.append(col(ReviewItem.id).in_(matching))
    return conds


def queue_page(session: Session, f: QueueFilter, me: str, my_groups: tuple[str, ...] = ()) -> QueuePage:
    counts = dict(
        session.execute(select(col(ReviewItem.state), func.count()).group_by(col(ReviewItem.state))).all()
    )
    counts["open"] = sum(counts.get(s, 0) for s in STATES["open"])
    overdue = session.execute(
        select(func.count()).select_from(ReviewItem).where(
            col(ReviewItem.state).in_(STATES["open"]), col(ReviewItem.due_at) < utcnow()
        )
    ).scalar_one()
    conds = _conditions(f, me, my_groups)
    # Page through item ids alone (the case table joins in only to filter or sort by sender),
    # then read the 50 rows of the page in full.
    ids = select(col(ReviewItem.id)).where(and_(*conds))
    if f.sender or f.sort == "sender":
        ids = ids.join(Case, col(Case.id) == ReviewItem.case_id)
    total = session.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
    page_ids = list(
        session.execute(ids.order_by(*SORTS[f.sort]).limit(PER_PAGE).offset((f.page - 1) * PER_PAGE)).scalars()
    )
    found = {
        r[0]: r
        for r in session.execute(
            select(
                col(ReviewItem.id), col(ReviewItem.case_id), col(ReviewItem.state), col(ReviewItem.priority),
                col(ReviewItem.due_at), col(ReviewItem.created_at), col(Case.requester),
                col(Case.requester_name), col(Case.subject), col(ReviewItem.claimed_by),
                col(ReviewItem.reviewer_group),
            )
            .join(Case, col(Case.id) == ReviewItem.case_id)
            .where(col(ReviewItem.id).in_(page_ids))
        ).all()
    }
    rows = [found[i] for i in page_ids if i in found]
    codes = codes_of_items(session, [r[0] for r in rows])
    out = [
        QueueRow(*r, codes=[c for c, _, _ in codes.get(r[0], [])],  # type: ignore[misc]
                 families=sorted({k for c in codes.get(r[0], []) for k in families_of(*c)}))
        for r in rows
    ]
    return QueuePage(f, out, int(total), counts, int(overdue))
