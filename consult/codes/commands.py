"""CLI commands of this area; consult/cli.py calls register(app)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `consult` app (filled in by the area's owner)."""
