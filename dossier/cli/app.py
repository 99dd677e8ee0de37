"""The typer application and the options every command shares.

Command modules (``dossier/cli/*_cmds.py``) register themselves on ``app``;
they parse, call the library, and print — nothing else.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(
    name="dossier",
    help="Turn historical documents into an evidence-linked record of who did what, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


def default_db() -> Path:
    return Path(os.environ.get("DOSSIER_DB", "dossier.db"))


DbOption = typer.Option(None, "--db", help="SQLite store (default: dossier.db or $DOSSIER_DB).")


def resolve_db(db: Path | None) -> Path:
    return db if db is not None else default_db()


def fail(message: str, code: int = 2) -> None:
    """Print one clear sentence and stop with an exit status; never a traceback."""
    err_console.print(f"[red]error:[/red] {escape(message)}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)
