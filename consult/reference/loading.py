"""Write side: put one parsed file into the store as a release, replacing an earlier load of it.

The caller owns the transaction (one per file): if a row fails to parse half way, the rollback
leaves the earlier vintage exactly as it was. Rows go in through the driver's executemany in
batches, which is what makes 2.6 million PTP rows practical on SQLite.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, literal, update
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel, col, select

from consult.reference.importers import KINDS
from consult.reference.importers.common import ImportFileError, ParsedFile
from consult.reference.tables import RefPtp, RefPtpBusy, RefRelease

BATCH = 20_000
BUSY_EDITS = 500  # a code with this many edits in one PTP file and column gets ref_ptp_busy rows
SIDES = {"column1": 1, "column2": 2}
Progress = Callable[[int], None]  # called with the number of rows just written


@dataclass(frozen=True)
class ImportResult:
    family: str
    vintage: str
    part: str
    source_file: str
    effective_from: date
    rows: int
    skipped: bool  # the same file (same sha256) was already loaded
    replaced: bool  # an earlier load of this vintage/part was replaced


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    vintage: str | None = None,
    effective: date | None = None,
    force: bool = False,
    progress: Progress | None = None,
    on_parsed: Callable[[ParsedFile], None] | None = None,
) -> ImportResult:
    """Parse `path` as `kind` and store it as one release in the session's transaction."""
    if kind not in KINDS:
        raise ImportFileError(path, None, f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    if not path.is_file():
        raise ImportFileError(path, None, "no such file")
    module = KINDS[kind]
    parsed: ParsedFile = module.parse(path)
    if vintage:
        parsed.vintage = vintage
    if effective:
        parsed.effective_from = effective
    if on_parsed:
        on_parsed(parsed)
    return store_parsed(
        session, module.FAMILY, module.TABLE, module.COLUMNS, parsed,
        source_file=path.name, sha256=sha256_of(path), force=force, progress=progress,
    )


def store_parsed(
    session: Session,
    family: str,
    table_name: str,
    columns: tuple[str, ...],
    parsed: ParsedFile,
    *,
    source_file: str,
    sha256: str,
    starter: bool = False,
    force: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    existing = session.exec(
        select(RefRelease).where(
            RefRelease.family == family,
            RefRelease.vintage == parsed.vintage,
            RefRelease.part == parsed.part,
            RefRelease.starter == starter,
        )
    ).first()
    result: dict[str, Any] = dict(family=family, vintage=parsed.vintage, part=parsed.part,
                                  source_file=source_file, effective_from=parsed.effective_from)
    if existing is not None and existing.sha256 == sha256 and not force:
        return ImportResult(**result, rows=existing.row_count, skipped=True, replaced=False)
    if existing is not None:
        _drop_release(session, existing)
    release = RefRelease(
        family=family, vintage=parsed.vintage, part=parsed.part, source_file=source_file,
        sha256=sha256, effective_from=parsed.effective_from, effective_to=parsed.effective_to,
        starter=starter,
    )
    session.add(release)
    session.flush()
    assert release.id is not None
    rows: Iterable[tuple[object, ...]] = parsed.rows
    tally = PtpTally(columns, rows) if table_name == "ref_ptp" else None
    count = bulk_insert(session, table_name, columns, release.id, tally or rows, progress)
    if tally is not None:
        tally.store(session, release.id)
    for extra_table, (extra_columns, extra_rows) in parsed.extra.items():
        bulk_insert(session, extra_table, extra_columns, release.id, extra_rows, None)
    session.execute(update(RefRelease).where(col(RefRelease.id) == release.id).values(row_count=count))
    return ImportResult(**result, rows=count, skipped=False, replaced=existing is not None)


class PtpTally:
    """Finds a PTP file's busy codes as its rows stream past, then tallies their edits.

    Per column, the codes with `BUSY_EDITS` or more edits in the file get `ref_ptp_busy` rows
    (edits per effective window), so a card adds up a few tallies instead of counting a code's
    thousands of edits one by one. Only codes are counted while streaming (itemgetter and
    Counter.update stay in C); the windows of the few busy ones are grouped on the index after
    the insert. Counting every (code, window) in Python held a million tuples per file and
    slowed the import by a fifth.
    """

    def __init__(self, columns: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> None:
        self.keys = {column: itemgetter(columns.index(column)) for column in SIDES}
        self.rows = iter(rows)
        self.counts: dict[str, Counter[object]] = {column: Counter() for column in SIDES}

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        while batch := list(islice(self.rows, BATCH)):
            for column, key in self.keys.items():
                self.counts[column].update(map(key, batch))
            yield from batch

    def store(self, session: Session, release_id: int) -> None:
        ptp, busy = RefPtp.__table__, RefPtpBusy.__table__  # type: ignore[attr-defined]
        for column, side in SIDES.items():
            codes = [code for code, n in self.counts[column].items() if n >= BUSY_EDITS]
            if not codes:
                continue
            code = ptp.c[column]
            tallies = (
                core_select(ptp.c.release_id, code, literal(side), ptp.c.effective,
                            ptp.c.deletion, func.count())
                .where(ptp.c.release_id == release_id, code.in_(codes))
                .group_by(ptp.c.release_id, code, ptp.c.effective, ptp.c.deletion)
            )
            session.execute(insert(busy).from_select(
                ["release_id", "code", "side", "effective", "deletion", "edits"], tallies
            ))


def _drop_release(session: Session, release: RefRelease) -> None:
    for table in SQLModel.metadata.sorted_tables:
        if table.name.startswith("ref_") and "release_id" in table.c:
            session.execute(delete(table).where(table.c.release_id == release.id))
    session.execute(delete(RefRelease).where(col(RefRelease.id) == release.id))
    session.flush()


def bulk_insert(
    session: Session,
    table_name: str,
    columns: tuple[str, ...],
    release_id: int,
    rows: Iterable[tuple[object, ...]],
    progress: Progress | None,
) -> int:
    """executemany through the DB-API driver: no ORM objects, no per-row dicts."""
    conn = session.connection()
    placeholder = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ("release_id", *columns)
    sql = (
        f"INSERT INTO {table_name} ({', '.join(names)}) "
        f"VALUES ({', '.join([placeholder] * len(names))})"
    )
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    total = 0
    iterator = iter(rows)
    try:
        while batch := [(release_id, *row) for row in islice(iterator, BATCH)]:
            cursor.executemany(sql, batch)
            total += len(batch)
            if progress:
                progress(len(batch))
    finally:
        cursor.close()
    return total
