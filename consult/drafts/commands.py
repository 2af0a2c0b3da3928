"""CLI commands of drafting: `consult draft PATH.eml [--dos YYYY-MM-DD] [--json]`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from consult.db import session_scope
from consult.drafts.dryrun import dry_run
from consult.drafts.reference import reference_for
from consult.mail.parse import ParseError
from consult.reference.store import ensure_reference_ready
from consult.settings import get_settings


def draft_command(
    path: Annotated[Path, typer.Argument(help="An email message (.eml)")],
    dos: Annotated[str | None, typer.Option(help="Date of service YYYY-MM-DD (default: the "
                                            "one in the message, else the day it was sent)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
) -> None:
    """Draft the reply to one email exactly as the pipeline would, without sending anything."""
    when = None
    if dos is not None:
        try:
            when = date.fromisoformat(dos)
        except ValueError:
            raise typer.BadParameter(f"{dos!r} is not a YYYY-MM-DD date", param_hint="--dos") from None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        typer.secho(f"consult draft: {path}: cannot read ({exc.strerror or exc})", err=True, fg="red")
        raise typer.Exit(1) from None
    settings = get_settings()
    ensure_reference_ready()
    try:
        with session_scope(readonly=True) as session:
            run = dry_run(raw, templates=settings.templates, reference=reference_for(session),
                          our_addresses=frozenset({settings.address.lower()}),
                          our_domain=settings.domain, dos=when)
    except ParseError as exc:
        typer.secho(f"consult draft: {path}: not an email message ({exc})", err=True, fg="red")
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(run.to_json(str(path)), indent=2, ensure_ascii=False))
        return
    typer.echo(f"classification: {run.classification.kind.value}"
               + (f" ({run.classification.reason})" if run.classification.reason else ""))
    if run.result is None:
        typer.echo("not a question: the pipeline would not answer it")
        return
    r = run.result
    typer.echo(f"date of service: {r.date_of_service.isoformat()}"
               + (" (assumed)" if r.dos_assumed else ""))
    typer.echo(f"Subject: {r.rendered.subject}\n")
    typer.echo(r.rendered.text)


def register(app: typer.Typer) -> None:
    """Add `consult draft` to the `consult` app."""
    app.command("draft")(draft_command)
