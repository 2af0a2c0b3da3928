"""Schema migrations (Alembic), run programmatically: `consult db upgrade`, and on first use."""

from __future__ import annotations

import importlib
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from consult.db import get_engine
from consult.settings import get_settings

MIGRATIONS = Path(__file__).parent / "migrations"
# Modules that define tables on SQLModel.metadata, imported before autogenerate or create_all.
TABLE_MODULES = ("consult.models", "consult.reference.tables", "consult.web.tables")


def import_all_tables() -> None:
    for name in TABLE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # A table module not written yet is fine; a broken import inside one is not.
            if not (exc.name and name.startswith(exc.name)):
                raise


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade(url: str | None = None) -> None:
    """Bring the database named by `url` (default: settings) to the newest schema."""
    url = url or get_settings().db_url
    cfg = alembic_config(url)
    with get_engine(url).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def is_current(url: str | None = None) -> bool:
    url = url or get_settings().db_url
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    with get_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head
