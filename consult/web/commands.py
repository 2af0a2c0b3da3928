"""CLI commands of the web queue; consult/cli.py calls register(app)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add `consult web` and `consult users` (filled in by the web queue's owner)."""
