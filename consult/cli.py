"""Consult: emailed coding questions in, reviewed and threaded answers out."""

from __future__ import annotations

import logging
import sys

import typer

from consult.settings import SettingsError, get_settings

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


def _register_areas() -> None:
    from consult.codes import commands as codes
    from consult.drafts import commands as drafts
    from consult.reference import commands as reference
    from consult.runtime import commands as runtime
    from consult.web import commands as web

    for area in (runtime, codes, reference, drafts, web):
        area.register(app)


def main() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Schema migrations run on first use of every command; their chatter is not for coders.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        get_settings()
        _register_areas()
        app()
    except SettingsError as exc:
        typer.secho(f"consult: configuration error: {exc}", err=True, fg="red")
        sys.exit(2)


if __name__ == "__main__":
    main()
