"""CLI: `consult data import KIND PATH...`, `consult data status`, `consult lookup CODE`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from consult.db import session_scope
from consult.reference.importers import KINDS
from consult.reference.importers.common import ImportFileError, ParsedFile
from consult.reference.loading import import_file
from consult.reference.render import card_lines
from consult.reference.store import ReferenceStore, ensure_reference_ready
from consult.reference.vintages import load_vintages

data_app = typer.Typer(no_args_is_help=True, help="Reference data: import CMS files, show status.")


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


@data_app.command("import")
def import_command(
    kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(KINDS)}")],
    paths: Annotated[list[Path], typer.Argument(help="CMS files (csv, txt or xlsx)")],
    vintage: Annotated[str | None, typer.Option(help="Override the vintage label")] = None,
    effective: Annotated[str | None, typer.Option(help="Override the start date YYYY-MM-DD")] = None,
    force: Annotated[bool, typer.Option(help="Reload even if this exact file is loaded")] = False,
) -> None:
    """Import CMS files, one transaction per file (a bad file leaves the earlier vintage intact)."""
    if kind not in KINDS:
        raise typer.BadParameter(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    start = _parse_date(effective, "--effective")
    ensure_reference_ready()
    console = Console(stderr=True)
    for path in paths:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as bar:
            task = bar.add_task(f"{path.name}", total=None)

            def started(parsed: ParsedFile, task: TaskID = task) -> None:
                bar.update(task, total=parsed.total_lines or None)

            def advanced(rows: int, task: TaskID = task) -> None:
                bar.advance(task, rows)

            try:
                with session_scope() as session:
                    result = import_file(
                        session, kind, path, vintage=vintage, effective=start, force=force,
                        progress=advanced, on_parsed=started,
                    )
            except ImportFileError as exc:
                typer.secho(f"consult: import failed: {exc}\nNothing from this file was stored; "
                            "earlier vintages are unchanged.", err=True, fg="red")
                raise typer.Exit(1) from None
        verb = "already loaded" if result.skipped else ("replaced" if result.replaced else "loaded")
        part = f" {result.part}" if result.part else ""
        typer.echo(f"{path.name}: {verb} {result.rows} rows as {result.family} "
                   f"{result.vintage}{part} effective {result.effective_from}")


@data_app.command("status")
def status_command(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
) -> None:
    """List the loaded vintages per family with their effective windows and files."""
    ensure_reference_ready()
    with session_scope(readonly=True) as session:
        vintages = load_vintages(session)
    if as_json:
        typer.echo(json.dumps({f: [v.to_json() for v in vs] for f, vs in vintages.items()},
                              indent=2))
        return
    table = Table(title="Reference data loaded")
    for column in ("family", "vintage", "from", "to", "rows", "files", "starter"):
        table.add_column(column)
    for family in sorted(vintages):
        for v in vintages[family]:
            table.add_row(family, v.label, str(v.effective_from), str(v.effective_to or "open"),
                          str(v.row_count), ", ".join(v.source_files), "yes" if v.starter else "")
    Console().print(table)


def lookup_command(
    code: Annotated[str, typer.Argument(help="CPT, HCPCS or ICD-10-CM code")],
    dos: Annotated[str | None, typer.Option(help="Date of service YYYY-MM-DD (default today)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
) -> None:
    """Print the reference card for CODE as of the date of service."""
    when = _parse_date(dos, "--dos")
    ensure_reference_ready()
    with session_scope(readonly=True) as session:
        card = ReferenceStore(session).code_card(code, when)
    if as_json:
        typer.echo(json.dumps(card.to_json(), indent=2))
    else:
        typer.echo("\n".join(card_lines(card)))


def register(app: typer.Typer) -> None:
    """Add `consult data ...` and `consult lookup` to the `consult` app."""
    app.add_typer(data_app, name="data")
    app.command("lookup")(lookup_command)
