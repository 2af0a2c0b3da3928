"""Process commands: up, poll, smtpd, worker helpers, review, db."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
