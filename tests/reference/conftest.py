"""Reference-data fixtures: a freshly migrated database per test, on SQLite and PostgreSQL.

Each backend is migrated once into a template (a file for SQLite, a template database for
PostgreSQL) and copied per test, so tests never share reference rows and stay fast.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from consult.db import dispose_engines
from consult.migrate import upgrade
from tests.fixtures.services import PG_BASE, postgres_database

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "cms-samples"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ref-template") / "template.db"
    upgrade(f"sqlite:///{path}")
    dispose_engines()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    with postgres_database("consult_ref_tmpl") as name:
        upgrade(PG_BASE + name)
        dispose_engines()
        yield name


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "ref.db"
        shutil.copy(template, target)
        yield f"sqlite:///{target}"
        dispose_engines()
        return
    template_name: str = request.getfixturevalue("pg_template")
    with postgres_database("consult_ref", template=template_name) as name:
        yield PG_BASE + name


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"{SAMPLES} not present (shared CMS excerpts are optional)")
    return SAMPLES
