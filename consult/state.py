"""Compare-and-set state changes: the one way a row's state moves.

`move(session, Model, id, old, new, **fields)` runs `UPDATE ... SET state=new WHERE id=? AND
state=old` and reports whether this caller won. A task that loses the race does nothing more,
which is what makes every step safe to run twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel

from consult.models import utcnow


def move(
    session: Session,
    model: type[SQLModel],
    row_id: int | None,
    old: str,
    new: str,
    *,
    expect: dict[str, Any] | None = None,
    **fields: Any,
) -> bool:
    """`expect` adds columns that must still hold the values this caller read (e.g. the holder)."""
    table: Any = model
    values = {"state": new, **fields}
    if "updated_at" in model.model_fields:
        values.setdefault("updated_at", utcnow())
    conditions = [table.id == row_id, table.state == old]
    conditions += [getattr(table, name) == value for name, value in (expect or {}).items()]
    # Core on the session's connection: the ORM's bulk-update bookkeeping (evaluating the WHERE
    # against loaded objects) cost a third of a step; expire_all refreshes loaded rows instead.
    session.flush()  # pending changes first: expire_all below would drop them
    result = session.connection().execute(update(table.__table__).where(*conditions).values(**values))
    session.expire_all()
    return bool(result.rowcount)
