"""Compare-and-set state changes: the one way a row's state moves.

`move(session, Model, id, old, new, **fields)` runs `UPDATE ... SET state=new WHERE id=? AND
state=old` and reports whether this caller won. A task that loses the race does nothing more,
which is what makes every step safe to run twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.sql import ClauseElement
from sqlmodel import Session, SQLModel

from consult.models import utcnow

# One prebuilt UPDATE per (table, columns set): building and cache-keying the statement cost
# more Python than running it (issue #8). Keys are few: each caller sets a fixed set of columns.
_statements: dict[tuple[Table, tuple[str, ...]], Any] = {}


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
    # Core on the session's connection: the ORM's bulk-update bookkeeping (evaluating the WHERE
    # against loaded objects) cost a third of a step; expire_all refreshes loaded rows instead.
    session.flush()  # pending changes first: expire_all below would drop them
    if expect or any(isinstance(v, ClauseElement) for v in values.values()):
        conditions = [table.id == row_id, table.state == old]
        conditions += [getattr(table, name) == value for name, value in (expect or {}).items()]
        result = session.connection().execute(update(table.__table__).where(*conditions).values(**values))
    else:
        params = {f"v_{name}": value for name, value in values.items()}
        params.update(w_id=row_id, w_state=old)
        result = session.connection().execute(_statement(table.__table__, tuple(values)), params)
    session.expire_all()
    return bool(result.rowcount)


def _statement(table: Table, names: tuple[str, ...]) -> Any:
    key = (table, names)
    statement = _statements.get(key)
    if statement is None:
        statement = _statements[key] = (
            update(table)
            .where(table.c.id == bindparam("w_id"), table.c.state == bindparam("w_state"))
            .values({name: bindparam(f"v_{name}") for name in names})
        )
    return statement
