"""CLI commands of the web queue; consult/cli.py calls register(app)."""

from __future__ import annotations

import sys

import typer

from consult.db import session_scope
from consult.settings import get_settings

users_app = typer.Typer(no_args_is_help=True, help="Reviewer accounts for the web queue.")


def _fail(message: str, code: int = 1) -> None:
    typer.secho(message, err=True, fg="red")
    raise typer.Exit(code)


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def web(
    host: str | None = typer.Option(None, help="Address to listen on (default: CONSULT_WEB_HOST)."),
    port: int | None = typer.Option(None, help="Port (default: CONSULT_WEB_PORT)."),
) -> None:
    """Serve the reviewer queue in the browser."""
    import uvicorn

    from consult.migrate import upgrade
    from consult.web.app import server_config

    settings = get_settings()
    overrides = {k: v for k, v in (("web_host", host), ("web_port", port)) if v is not None}
    settings = settings.model_copy(update=overrides)
    upgrade()
    with session_scope(readonly=True) as s:
        from consult.web.auth import list_users

        if not list_users(s):
            typer.secho("No users yet: add one with `consult users add NAME --role admin`.", fg="yellow")
    typer.echo(f"review queue on http://{settings.web_host}:{settings.web_port}/")
    uvicorn.Server(server_config(settings)).run()


@users_app.command("add")
def users_add(
    username: str,
    role: str = typer.Option("reviewer", help="reviewer or admin"),
    groups: str = typer.Option("", help="Reviewer groups, space-separated (see Routing)."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Create a user; asks for the password (at least 10 characters)."""
    from consult.migrate import upgrade
    from consult.web.auth import AccountError, add_user

    upgrade()
    password = _password(password_stdin)
    try:
        with session_scope() as s:
            user = add_user(s, username, password, role, groups)
    except AccountError as exc:
        _fail(f"consult users add: {exc}")
    typer.echo(f"added {user.username} ({user.role})")


@users_app.command("passwd")
def users_passwd(
    username: str,
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Set a new password; the user's open sessions end."""
    from consult.web.auth import AccountError, set_password

    password = _password(password_stdin)
    try:
        with session_scope() as s:
            set_password(s, username, password)
    except AccountError as exc:
        _fail(f"consult users passwd: {exc}")
    typer.echo(f"password changed for {username}")


@users_app.command("disable")
def users_disable(username: str) -> None:
    """Stop a user from signing in; their open sessions end at once."""
    from consult.web.auth import AccountError, set_active

    try:
        with session_scope() as s:
            set_active(s, username, False)
    except AccountError as exc:
        _fail(f"consult users disable: {exc}")
    typer.echo(f"{username} disabled")


@users_app.command("enable")
def users_enable(username: str) -> None:
    """Let a disabled user sign in again."""
    from consult.web.auth import AccountError, set_active

    try:
        with session_scope() as s:
            set_active(s, username, True)
    except AccountError as exc:
        _fail(f"consult users enable: {exc}")
    typer.echo(f"{username} enabled")


@users_app.command("groups")
def users_groups(
    username: str,
    groups: list[str] = typer.Argument(None, help="The user's reviewer groups; none clears them."),
) -> None:
    """Set a reviewer's groups: their queue opens on those groups' items and the ungrouped ones."""
    from consult.web.auth import AccountError, set_groups

    try:
        with session_scope() as s:
            stored = set_groups(s, username, groups or [])
    except AccountError as exc:
        _fail(f"consult users groups: {exc}")
    typer.echo(f"{username}: groups {stored or '(none)'}")


@users_app.command("list")
def users_list() -> None:
    """Every user with role, groups, state and last sign-in."""
    from consult.web.auth import list_users

    with session_scope(readonly=True) as s:
        users = list_users(s)
    if not users:
        typer.echo("no users; add one with `consult users add NAME --role admin`")
    for u in users:
        last = f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "never"
        state = "active" if u.active else "disabled"
        typer.echo(f"{u.username:<20} {u.role:<9} {state:<9} last sign-in {last}  {u.groups}".rstrip())


def register(app: typer.Typer) -> None:
    """Add `consult web` and `consult users`."""
    app.command("web")(web)
    app.add_typer(users_app, name="users")
