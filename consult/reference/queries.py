"""The read API's statements, built once at import.

Building a `select()` per call cost more than SQLite spends answering it: expression building,
coercion and cache-key generation came to about 60 µs per statement, ten statements per card.
These are built once with bind parameters, so SQLAlchemy reuses their compiled form and a call
only binds `code`, `ids` (the release ids of the answering vintage) and `dos`.

Only the columns a caller reads are selected. A code's PTP edits are counted from the import's
tallies (`ref_ptp_busy`) for the files where it is busy, and on the indexes for the others.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BindParameter, ColumnElement, Integer, Table, bindparam, func, or_, select

from consult.reference.tables import (
    RefAddon,
    RefHcpcs,
    RefModifier,
    RefMue,
    RefPfs,
    RefPtp,
    RefPtpBusy,
    RefRelease,
    RefSummary,
    RefTelehealth,
)

PFS: Table = RefPfs.__table__  # type: ignore[attr-defined]
PTP: Table = RefPtp.__table__  # type: ignore[attr-defined]
BUSY: Table = RefPtpBusy.__table__  # type: ignore[attr-defined]
RELEASE: Table = RefRelease.__table__  # type: ignore[attr-defined]
MUE: Table = RefMue.__table__  # type: ignore[attr-defined]
AOC: Table = RefAddon.__table__  # type: ignore[attr-defined]
TELE: Table = RefTelehealth.__table__  # type: ignore[attr-defined]
HCPCS: Table = RefHcpcs.__table__  # type: ignore[attr-defined]
SUMMARY: Table = RefSummary.__table__  # type: ignore[attr-defined]
MODIFIER: Table = RefModifier.__table__  # type: ignore[attr-defined]

PTP_SAMPLE = 10  # partners listed on a card; the count is always complete

CODE: BindParameter[str] = bindparam("code")
IDS: BindParameter[tuple[int, ...]] = bindparam("ids", expanding=True)
DOS: BindParameter[date] = bindparam("dos")

PTP_COLUMNS = (
    PTP.c.column1, PTP.c.column2, PTP.c.effective, PTP.c.deletion, PTP.c.modifier_ind,
    PTP.c.rationale, PTP.c.prior_1996, PTP.c.release_id,
)


def _in_force(table: Table) -> ColumnElement[bool]:
    """In force on `dos`: effective through deletion; deleted on its effective day never."""
    deletion = table.c.deletion
    return (table.c.effective <= DOS) & or_(
        deletion.is_(None), (deletion >= DOS) & (deletion != table.c.effective)
    )


def _ptp_side(column: str) -> ColumnElement[bool]:
    return (PTP.c[column] == CODE) & PTP.c.release_id.in_(IDS) & _in_force(PTP)


def _ptp_count(column: str, side: int) -> ColumnElement[int]:
    """Edits in force with `code` in `column`: tallied where busy, counted elsewhere.

    The files left to count are picked from ref_release, so the index is sought only for them
    (a NOT IN next to the ids would still walk the busy files' entries one by one).
    """
    busy = (BUSY.c.code == CODE) & (BUSY.c.side == side)
    tallied = select(func.coalesce(func.sum(BUSY.c.edits), 0)).where(
        busy, BUSY.c.release_id.in_(IDS), _in_force(BUSY)
    ).scalar_subquery()
    untallied = select(RELEASE.c.id).where(
        RELEASE.c.id.in_(IDS), RELEASE.c.id.not_in(select(BUSY.c.release_id).where(busy))
    )
    counted = select(func.count()).where(
        PTP.c[column] == CODE, PTP.c.release_id.in_(untallied), _in_force(PTP)
    ).scalar_subquery()
    return tallied + counted


PTP_PAIRS = select(*PTP_COLUMNS).where(
    PTP.c.column1.in_(bindparam("codes", expanding=True)),
    PTP.c.column2.in_(bindparam("codes", expanding=True)),
    PTP.c.release_id.in_(IDS),
)
PTP_COUNTS = select(_ptp_count("column1", 1), _ptp_count("column2", 2))
# Index order, not partner order: sorting would read every edit of a busy code.
PTP_SAMPLES = {
    column: select(*PTP_COLUMNS).where(_ptp_side(column)).limit(PTP_SAMPLE)
    for column in ("column1", "column2")
}

PFS_ROWS = select(PFS).where(PFS.c.code == CODE)
MUE_ROW = select(MUE.c.value, MUE.c.mai, MUE.c.rationale).where(
    MUE.c.code == CODE, MUE.c.release_id.in_(IDS)
).limit(1)
AOC_ROWS = select(
    AOC.c.edit_type, AOC.c.addon, AOC.c.primary_code, AOC.c.effective, AOC.c.deleted,
    AOC.c.notes,
).where(or_(AOC.c.addon == CODE, AOC.c.primary_code == CODE), AOC.c.release_id.in_(IDS))
TELE_STATUS = select(TELE.c.status).where(TELE.c.code == CODE, TELE.c.release_id.in_(IDS))
HCPCS_ROW = select(HCPCS).where(HCPCS.c.code == CODE, HCPCS.c.release_id.in_(IDS))
SUMMARY_ROWS = select(SUMMARY.c.summary, SUMMARY.c.release_id).where(SUMMARY.c.code == CODE)
MODIFIER_ROWS = select(
    MODIFIER.c.system, MODIFIER.c.text, MODIFIER.c.short_text, MODIFIER.c.termination,
    MODIFIER.c.release_id,
).where(MODIFIER.c.modifier == bindparam("modifier"), MODIFIER.c.release_id.in_(IDS))
# The loaded codes between two codes, in each table that lists codes (the caller keeps the
# ones of the right shape).
CODES_BETWEEN = {
    table: select(table.c.code)
    .where(table.c.code.between(bindparam("first"), bindparam("last")), table.c.release_id.in_(IDS))
    .distinct()
    for table in (PFS, MUE, HCPCS)
}
# Loaded codes of the same shape (`pattern`) just below and above a missing code.
_SHAPE = PFS.c.code.like(bindparam("pattern"))
_WINDOW = bindparam("window", type_=Integer)
NEAREST_BELOW = (
    select(PFS.c.code).where(PFS.c.code < CODE, _SHAPE).distinct()
    .order_by(PFS.c.code.desc()).limit(_WINDOW)
)
NEAREST_ABOVE = (
    select(PFS.c.code).where(PFS.c.code > CODE, _SHAPE).distinct()
    .order_by(PFS.c.code).limit(_WINDOW)
)
