"""Alembic environment: runs against the connection handed in by consult.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import consult.models  # noqa: F401  (registers the pipeline tables)
from consult.migrate import import_all_tables

import_all_tables()
config = context.config
target_metadata = SQLModel.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from consult.db import get_engine

        with get_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
