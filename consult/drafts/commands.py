"""CLI commands of drafting (`consult draft`); consult/cli.py calls register(app)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add `consult draft` (filled in by the guidance owner)."""
