"""Document commands: ingest, documents, read, search."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dossier.cli.app import DbOption, app, console, err_console, fail, resolve_db


def open_or_fail(db: Optional[Path]):
    from dossier.store import StoreError, open_store
    try:
        return open_store(resolve_db(db))
    except StoreError as exc:
        fail(str(exc))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories (read recursively) or globs."),
    db: Optional[Path] = DbOption,
    analyse: bool = typer.Option(True, "--analyse/--no-analyse", help="Extract names, dates and events as documents are stored."),
) -> None:
    """Read documents into the store.

    Identical files are skipped; a changed file becomes a new version (the old
    one is kept, marked superseded). Unreadable files are named, one line each,
    and the run goes on.

    Exit status: 0 every file stored or already there; 1 some files were
    skipped (the others were stored); 2 usage error or the store cannot be opened.
    """
    from dossier.api import ingest_into

    store = open_or_fail(db)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err_console, transient=True, disable=not err_console.is_terminal)

    def on_file(path: str, status: str, detail) -> None:
        progress.advance(task)
        progress.update(task, description=escape(Path(path).name[:40]))
        if status == "failed":
            err_console.print(f"skipped {path}: {detail}", highlight=False, markup=False, soft_wrap=True)

    with progress:
        task = progress.add_task("ingest", total=None)
        report = ingest_into(store, paths, analyse=analyse, on_file=on_file)
    console.print(f"ingested into {resolve_db(db)}: {report.summary()}", highlight=False, markup=False, soft_wrap=True)
    for problem in report.problems:
        if problem.message.startswith("stored, but"):
            err_console.print(f"{problem.path}: {problem.message}", highlight=False, markup=False, soft_wrap=True)
    store.close()
    if report.failed or report.analysis_failed:
        raise typer.Exit(1)


@app.command()
def documents(
    db: Optional[Path] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    include_all: bool = typer.Option(False, "--all", help="Also list superseded versions."),
) -> None:
    """List every document, one a line: short id, title, source path."""
    store = open_or_fail(db)
    docs = store.documents(include_superseded=include_all)
    if as_json:
        json.dump([d.__dict__ for d in docs], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for d in docs:
        flag = "  (superseded)" if d.superseded_by else ""
        console.print(f"{d.id[:10]}  {d.title or '(untitled)'}  {d.path}{flag}", highlight=False, markup=False, soft_wrap=True)


@app.command()
def read(doc: str = typer.Argument(..., help="Document id (or 6+ characters of it), path or title."),
         db: Optional[Path] = DbOption) -> None:
    """Print a document's text, then its footnotes with where their markers are."""
    from dossier.store import StoreError

    store = open_or_fail(db)
    try:
        document = store.get_document(doc)
    except StoreError as exc:
        fail(str(exc))
    console.print(f"{document.title or document.path}\n{document.path}  {document.id[:10]}\n", style="bold",
                  highlight=False, markup=False, soft_wrap=True)
    console.print(document.text.rstrip(), highlight=False, markup=False, soft_wrap=True)
    if document.footnotes:
        console.print("\nFootnotes", style="bold")
    for note in document.footnotes:
        where = f"marker at {note.marker.start}" if note.marker else "no marker found in the text"
        console.print(f"[{note.label}] ({where}) {document.text[note.body.start:note.body.end]}",
                      highlight=False, markup=False, soft_wrap=True)


@app.command()
def search(
    query: str = typer.Argument(..., help='Words (all must occur), "a phrase", or a prefix like Yag*.'),
    db: Optional[Path] = DbOption,
    limit: int = typer.Option(20, "--limit", min=1, help="How many hits to show."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Full-text search, case- and accent-insensitive, any spelling of a known name."""
    from dossier.api import search_store

    store = open_or_fail(db)
    hits = search_store(store, query, limit=limit)
    if as_json:
        json.dump([{**h.__dict__, "snippet": h.snippet_marked("", "")} for h in hits], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if not hits:
        console.print(f"no match for {query!r}", highlight=False, markup=False, soft_wrap=True)
    for h in hits:
        snippet = escape(h.snippet).replace("\x02", "[bold yellow]").replace("\x03", "[/bold yellow]")
        if not console.is_terminal:
            snippet = h.snippet_marked("«", "»")
            console.print(f"{h.path} [{h.start}-{h.end}]  {snippet}", highlight=False, markup=False, soft_wrap=True)
        else:
            console.print(f"[cyan]{escape(h.path)}[/cyan] [dim]{h.start}-{h.end}[/dim]  {snippet}", highlight=False,
                          soft_wrap=True)
