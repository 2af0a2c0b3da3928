"""CLI: `consult extract [--json] [--text] PATH...` and `consult eval extract [--corpus DIR]`."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from consult.codes.evaluate import evaluate, sent_on
from consult.codes.extract import Extraction, extract, question_text
from consult.mail.parse import ParseError, parse_message

eval_app = typer.Typer(no_args_is_help=True, help="Measure parts of Consult against labelled data.")

# The shared development corpus sits beside the repository (../shared/corpus/questions).
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "questions"


class UnreadableInput(Exception):
    """A path that cannot be read as a message (missing, a directory, not an email)."""


def read_input(source: str, *, plain: bool) -> tuple[str, date | None]:
    """The question text of one input, read the way the pipeline reads it, and the day it was
    sent (for 'yesterday' and dates without a year)."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"{source}: cannot read ({exc.strerror or exc})") from exc
    if plain:
        return raw.decode("utf-8", errors="replace"), None
    try:
        msg = parse_message(raw)
    except ParseError as exc:
        raise UnreadableInput(
            f"{source}: not an email message ({exc}); use --text for plain text"
        ) from exc
    return question_text(msg.subject, msg.new_text), sent_on(msg.date)


def extract_command(
    paths: Annotated[
        list[str], typer.Argument(help="Files to read; '-' reads one email from stdin")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per input, per line")
    ] = False,
    text: Annotated[bool, typer.Option("--text", help="Inputs are plain text, not emails")] = False,
) -> None:
    """Show the code mentions of emails (only their subject and new text, as the pipeline does)."""
    failed = False
    for source in paths:
        try:
            question, sent = read_input(source, plain=text)
        except UnreadableInput as exc:
            typer.secho(f"consult extract: {exc}", err=True, fg="red")
            failed = True
            continue
        found = extract(question, today=sent)
        if as_json:
            typer.echo(json.dumps(found.to_json(source), ensure_ascii=False))
        else:
            typer.echo("\n".join(describe(source, found)))
    if failed:
        raise typer.Exit(1)


def describe(source: str, found: Extraction) -> list[str]:
    lines = [f"{source}:"]
    for m in found.codes:
        written = m.code + "".join(f"-{mod}" for mod in m.modifiers)
        kind = f"{m.system} {m.category}".strip()
        extra = f"  (or {m.alternative})" if m.alternative else ""
        lines.append(f"  {written:<16} {kind:<12} at {m.span[0]}-{m.span[1]}{extra}")
    if not found.codes:
        lines.append("  no codes")
    if found.modifiers:
        lines.append(f"  modifiers: {', '.join(found.modifiers)}")
    for start, end in found.ranges:
        lines.append(f"  range: {start} to {end}")
    if found.date_of_service:
        lines.append(f"  date of service: {found.date_of_service.isoformat()}")
    lines.extend(f"  note: {note}" for note in found.notes)
    return lines


@eval_app.command("extract")
def eval_extract_command(
    corpus: Annotated[
        Path, typer.Option(help="Folder with .eml files and labels.jsonl")
    ] = DEFAULT_CORPUS,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss")] = False,
) -> None:
    """Precision and recall of the extractor on a labelled corpus, and traps taken for codes."""
    if not (corpus / "labels.jsonl").is_file():
        typer.secho(
            f"consult eval extract: no labels.jsonl in {corpus}; pass --corpus DIR",
            err=True,
            fg="red",
        )
        raise typer.Exit(2)
    score = evaluate(corpus)
    typer.echo(f"corpus: {corpus}")
    typer.echo("\n".join(score.lines()))
    if verbose:
        typer.echo("\n".join(score.problems) or "no misses")


def register(app: typer.Typer) -> None:
    """Add `consult extract` and `consult eval extract` to the `consult` app."""
    app.command("extract")(extract_command)
    app.add_typer(eval_app, name="eval")
