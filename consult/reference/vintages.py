"""Which loaded file answers for a date of service.

Rule (per family): among the loaded vintages whose window contains the date of service, take the
one that started last. A vintage's window runs from its `effective_from` to the day before the
next vintage of the family starts, or to its own `effective_to` when the file names one (the
telehealth list is per calendar year). The shipped starter pack loses to an operator's file of
the same start date. A date before every loaded vintage has no answer: we never apply a newer
file backwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from consult.reference.tables import RefRelease


@dataclass(frozen=True)
class Vintage:
    """One vintage of a family: all files (PTP parts) loaded under one label."""

    family: str
    label: str  # RVU26A, v322r0, ...
    starter: bool
    effective_from: date
    effective_to: date | None  # inclusive; None: open-ended (no later vintage loaded)
    release_ids: tuple[int, ...]
    source_files: tuple[str, ...]
    parts: tuple[str, ...]
    row_count: int

    def covers(self, dos: date) -> bool:
        return self.effective_from <= dos and (self.effective_to is None or dos <= self.effective_to)

    def to_json(self) -> dict[str, object]:
        return {
            "family": self.family,
            "vintage": self.label,
            "starter_pack": self.starter,
            "effective_from": self.effective_from.isoformat(),
            "effective_to": self.effective_to.isoformat() if self.effective_to else None,
            "source_files": list(self.source_files),
            "parts": [p for p in self.parts if p],
            "rows": self.row_count,
        }


def group_vintages(releases: Sequence[RefRelease]) -> dict[str, list[Vintage]]:
    """Group release rows into vintages per family, oldest first, with their windows."""
    groups: dict[tuple[str, str, bool], list[RefRelease]] = {}
    for rel in releases:
        groups.setdefault((rel.family, rel.vintage, rel.starter), []).append(rel)
    by_family: dict[str, list[tuple[date, bool, int, list[RefRelease]]]] = {}
    for (family, _label, starter), rels in groups.items():
        start = min(r.effective_from for r in rels)
        newest = max(r.id or 0 for r in rels)
        by_family.setdefault(family, []).append((start, not starter, newest, rels))
    result: dict[str, list[Vintage]] = {}
    for family, items in by_family.items():
        items.sort(key=lambda item: (item[0], item[1], item[2]))
        starts = sorted({item[0] for item in items})
        vintages = []
        for start, _not_starter, _newest, rels in items:
            later = [s for s in starts if s > start]
            implied_end = later[0] - timedelta(days=1) if later else None
            explicit = [r.effective_to for r in rels if r.effective_to]
            end = min([*explicit, implied_end] if implied_end else explicit) if (
                explicit or implied_end
            ) else None
            ordered = sorted(rels, key=lambda r: (r.part, r.id or 0))
            vintages.append(
                Vintage(
                    family=family,
                    label=rels[0].vintage,
                    starter=rels[0].starter,
                    effective_from=start,
                    effective_to=end,
                    release_ids=tuple(r.id or 0 for r in ordered),
                    source_files=tuple(r.source_file for r in ordered),
                    parts=tuple(r.part for r in ordered),
                    row_count=sum(r.row_count for r in ordered),
                )
            )
        result[family] = vintages
    return result


_cache: dict[tuple[object, int, int | None], dict[str, list[Vintage]]] = {}


_FINGERPRINT = select(func.count(), func.coalesce(func.max(RefRelease.id), 0))


def load_vintages(session: Session) -> dict[str, list[Vintage]]:
    """All vintages, re-read only when the release table changed (count or newest id moved).

    An import or a replacement always adds a release row with a new id, so (count, max id) is
    a complete change marker; the check is one tiny aggregate query.
    """
    conn = session.connection()
    count, newest = conn.execute(_FINGERPRINT).one()
    key = (conn.engine, count, newest)
    hit = _cache.get(key)
    if hit is None:
        hit = group_vintages(session.exec(select(RefRelease)).all())
        if len(_cache) > 32:
            _cache.clear()
        _cache[key] = hit
    return hit


def pick(vintages: Sequence[Vintage], dos: date) -> Vintage | None:
    """The vintage that answers for `dos` (see module docstring), or None."""
    best: Vintage | None = None
    for v in vintages:  # oldest first; starter before an operator file of the same date
        if v.covers(dos):
            best = v
    return best
