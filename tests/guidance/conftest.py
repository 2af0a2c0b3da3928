"""Two reference databases for the scenario suite, built once per session and copied per use
by SQLite file copy: the starter pack alone, and the starter pack plus fixture CMS files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consult.db import dispose_engines, session_scope
from consult.drafts.reference import reference_for
from consult.guidance.model import ReferenceData
from consult.reference.loading import import_file
from consult.reference.store import ensure_reference_ready
from tests.guidance.data import write_fixture_files

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture(scope="session")
def worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("guidance")
    starter = f"sqlite:///{folder / 'starter.db'}"
    ensure_reference_ready(starter)
    fixture = f"sqlite:///{folder / 'fixture.db'}"
    ensure_reference_ready(fixture)
    for kind, path in write_fixture_files(folder):
        with session_scope(fixture) as s:
            import_file(s, kind, path)
    dispose_engines()
    return {"starter": starter, "fixture": fixture}


@pytest.fixture
def reference(worlds: dict[str, str]) -> Iterator[dict[str, ReferenceData]]:
    """A ReferenceData per world, each over its own read-only session."""
    with session_scope(worlds["starter"], readonly=True) as a, \
            session_scope(worlds["fixture"], readonly=True) as b:
        yield {"starter": reference_for(a), "fixture": reference_for(b)}
