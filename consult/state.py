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
    session: Session, model: type[SQLModel], row_id: int | None, old: str, new: str, **fields: Any
) -> bool:
    table: Any = model
    values = {"state": new, **fields}
    if "updated_at" in model.model_fields:
        values.setdefault("updated_at", utcnow())
    result = session.execute(
        update(table).where(table.id == row_id, table.state == old).values(**values)
    )
    session.expire_all()
    return bool(result.rowcount)
