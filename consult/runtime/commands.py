"""Process and operator commands: up, poll, smtpd, review, quarantine, db, reconcile, send-test."""

from __future__ import annotations

import getpass
import signal
import threading
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlmodel import col

from consult.db import session_scope
from consult.settings import get_settings

console = Console()
review_app = typer.Typer(no_args_is_help=True, help="Work the review queue from the terminal.")
quarantine_app = typer.Typer(no_args_is_help=True, help="Messages that could not be processed.")
db_app = typer.Typer(no_args_is_help=True, help="Database schema.")


def _fail(message: str, code: int = 1) -> None:
    typer.secho(message, err=True, fg="red")
    raise typer.Exit(code)


def up(
    demo: bool = typer.Option(False, "--demo", help="Feed example questions and show them move."),
    concurrency: int = typer.Option(2, min=1, help="Worker processes."),
) -> None:
    """Run everything on this machine: worker, reconciler, SMTP gateway, IMAP poller if configured."""
    from consult.runtime.up import run

    raise typer.Exit(run(get_settings(), demo=demo, concurrency=concurrency))


def poll(once: bool = typer.Option(False, help="One pass, then exit.")) -> None:
    """Read new mail from the configured IMAP folder (IDLE where offered) and queue it."""
    from consult.mail.imap import Poller, connect
    from consult.migrate import upgrade
    from consult.workers.tasks import enqueue_ingest_batch

    settings = get_settings()
    if not settings.imap_enabled:
        _fail("consult poll: CONSULT_IMAP_HOST is not set; nothing to poll", 2)
    upgrade()
    poller = Poller(settings, enqueue_ingest_batch)
    if once:
        client = connect(settings)
        try:
            console.print(f"stored {poller.sync_once(client)} new message(s)")
        finally:
            client.logout()
        return
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    poller.run(stop)


def smtpd() -> None:
    """Run only the inbound SMTP gateway."""
    from consult.mail.gateway import start_gateway
    from consult.migrate import upgrade
    from consult.workers.tasks import enqueue_ingest

    settings = get_settings()
    upgrade()
    controller = start_gateway(settings, enqueue_ingest)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    console.print(f"SMTP gateway on {settings.gateway_host}:{settings.gateway_port}; Ctrl-C stops")
    stop.wait()
    controller.stop()


def send_test(
    question: str = typer.Argument(..., help="The question text."),
    subject: str = typer.Option("Coding question", help="Subject line."),
    sender: str = typer.Option("coder@clinic.example", "--from", help="Sender address."),
) -> None:
    """Send a question to the running gateway, as a mail client would."""
    from consult.runtime.up import send_question

    settings = get_settings()
    try:
        mid = send_question(settings, subject, question, sender)
    except OSError as exc:
        _fail(f"could not reach the gateway at {settings.gateway_host}:{settings.gateway_port}: {exc}. Is `consult up` running?")
    console.print(f"sent {mid} to {settings.address}")


def reconcile() -> None:
    """Re-enqueue anything stuck (run by the worker's beat every minute; this runs it once)."""
    from consult.workers.tasks import reconcile as run

    console.print(run())


def status(as_json: bool = typer.Option(False, "--json", help="One JSON object, for monitors.")) -> None:
    """Is mail flowing and are replies going out? Exit 0 healthy, 1 with problems, 2 no database."""
    import json
    from datetime import timedelta

    from sqlalchemy.exc import SQLAlchemyError

    from consult.runtime.health import age_text, pipeline_status, stuck_after

    try:
        with session_scope(readonly=True) as s:
            found = pipeline_status(s, stuck_after=stuck_after(get_settings()))
    except SQLAlchemyError as exc:
        _fail(f"consult status: cannot read the database: {type(exc).__name__}: {exc}", 2)
    if as_json:
        typer.echo(json.dumps(found.as_json()))
    else:
        def counts(by_state: dict[str, int], oldest: timedelta | None, what: str) -> str:
            listed = ", ".join(f"{n} {state}" for state, n in sorted(by_state.items())) or "none"
            return listed + (f"; the oldest {what} for {age_text(oldest)}" if oldest else "")

        console.print(f"inbound: {counts(found.inbound, found.oldest_waiting, 'waiting')}")
        console.print(f"outbound: {counts(found.outbound, found.oldest_unsent, 'unsent')}")
        console.print(f"review: {found.review_open} open, {found.review_overdue} overdue")
        console.print(f"quarantine: {found.quarantine_new} new")
        console.print(f"reference files loaded: {found.reference_files}")
        console.print(f"last mail: {found.last_mail_at or 'never'}")
        for line in found.problems:
            console.print(f"[red]problem:[/red] {line}")
        for line in found.notes:
            console.print(f"note: {line}")
        console.print("[green]healthy[/green]" if found.healthy else "[red]unhealthy[/red]")
    raise typer.Exit(0 if found.healthy else 1)


# -- review ------------------------------------------------------------------------------
def _reviewer(name: str | None) -> str:
    return name or getpass.getuser()


@review_app.command("list")
def review_list(
    state: str = typer.Option("open", help="open (pending+claimed), pending, claimed, approved, rejected, all"),
    limit: int = typer.Option(50, min=1),
) -> None:
    """Review items, oldest due first."""
    from consult.review.queries import list_items

    with session_scope(readonly=True) as s:
        rows = list_items(s, state=state, limit=limit)
    table = Table("id", "case", "state", "from", "subject", "codes", "due", "claimed by")
    for r in rows:
        table.add_row(str(r.id), str(r.case_id), r.state, r.requester, r.subject[:50], r.codes, r.due, r.claimed_by)
    console.print(table if rows else "no review items")


@review_app.command("show")
def review_show(item_id: int) -> None:
    """The question, the thread and the draft of one review item."""
    from consult.review.queries import item_detail

    with session_scope(readonly=True) as s:
        detail = item_detail(s, item_id)
    if detail is None:
        _fail(f"review item {item_id} does not exist")
    console.print(detail, markup=False, highlight=False)


@review_app.command("approve")
def review_approve(
    item_id: int,
    edit: Path | None = typer.Option(None, "--edit", exists=True, dir_okay=False, help="File with the reply text to send instead of the draft."),
    reviewer: str | None = typer.Option(None, "--as", help="Reviewer name (default: your login)."),
) -> None:
    """Approve the draft (or the edited text) and queue the reply."""
    from consult.review.actions import ReviewError, approve
    from consult.workers.tasks import enqueue_send

    settings = get_settings()
    text = edit.read_text(encoding="utf-8") if edit else None
    try:
        with session_scope() as s:
            result = approve(s, item_id, _reviewer(reviewer), text=text, domain=settings.domain)
    except ReviewError as exc:
        _fail(str(exc))
    enqueue_send(result.outbound_id)
    console.print(f"approved; reply {result.message_id} queued (outbound {result.outbound_id})")


@review_app.command("reject")
def review_reject(
    item_id: int,
    reason: str = typer.Option(..., "--reason", help="Why (kept in the audit trail)."),
    reviewer: str | None = typer.Option(None, "--as"),
) -> None:
    """Reject the draft: nothing is sent."""
    from consult.review.actions import ReviewError, reject

    try:
        with session_scope() as s:
            reject(s, item_id, _reviewer(reviewer), reason)
    except ReviewError as exc:
        _fail(str(exc))
    console.print(f"review item {item_id} rejected")


@review_app.command("claim")
def review_claim(item_id: int, reviewer: str | None = typer.Option(None, "--as")) -> None:
    """Claim an item so nobody else approves it while you work on it."""
    from consult.review.actions import ReviewError, claim

    try:
        with session_scope() as s:
            claim(s, item_id, _reviewer(reviewer))
    except ReviewError as exc:
        _fail(str(exc))
    console.print(f"review item {item_id} claimed")


# -- quarantine --------------------------------------------------------------------------
@quarantine_app.command("list")
def quarantine_list(all_: bool = typer.Option(False, "--all", help="Include replayed entries.")) -> None:
    from consult.models import Quarantine

    with session_scope(readonly=True) as s:
        query = select(Quarantine).order_by(col(Quarantine.id))
        if not all_:
            query = query.where(col(Quarantine.replayed_at).is_(None))
        rows = s.execute(query).scalars().all()
    table = Table("id", "message", "kind", "reason", "when", "replayed")
    for q in rows:
        table.add_row(str(q.id), str(q.inbound_id or ""), q.kind, q.reason[:80], f"{q.created_at:%Y-%m-%d %H:%M}", f"{q.replayed_at:%Y-%m-%d %H:%M}" if q.replayed_at else "")
    console.print(table if rows else "quarantine is empty")


@quarantine_app.command("replay")
def quarantine_replay(quarantine_id: int) -> None:
    """Put a quarantined message back through the pipeline (after fixing the cause)."""
    from consult.cases.replay import replay
    from consult.workers.tasks import enqueue_ingest

    with session_scope() as s:
        inbound_id, error = replay(s, quarantine_id)
    if error:
        _fail(error)
    enqueue_ingest(inbound_id)  # type: ignore[arg-type]
    console.print(f"message {inbound_id} queued again")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database named by CONSULT_DATABASE_URL."""
    from consult.migrate import upgrade

    upgrade()
    console.print("database is up to date")


@db_app.command("backup")
def db_backup(
    target: Path = typer.Argument(..., help="File to write the copy to (must not exist)."),
) -> None:
    """Copy the SQLite database while Consult runs (PostgreSQL: use pg_dump)."""
    from sqlalchemy.engine import make_url

    from consult.db import backup_sqlite

    url = get_settings().db_url
    if make_url(url).get_backend_name() != "sqlite":
        _fail("consult db backup copies SQLite databases; for PostgreSQL use pg_dump "
              f"(e.g. pg_dump -Fc {make_url(url).database} > consult.dump)", 2)
    if target.exists():
        _fail(f"consult db backup: {target} exists; choose a new file", 2)
    size = backup_sqlite(url, target)
    console.print(f"copied {make_url(url).database} to {target} ({size / 1e6:.1f} MB)")


def register(app: typer.Typer) -> None:
    app.command()(up)
    app.command()(poll)
    app.command()(smtpd)
    app.command("send-test")(send_test)
    app.command()(reconcile)
    app.command()(status)
    app.add_typer(review_app, name="review")
    app.add_typer(quarantine_app, name="quarantine")
    app.add_typer(db_app, name="db")


