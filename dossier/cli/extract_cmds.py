"""``dossier extract``: the whole pipeline in memory, printed as the JSON contract."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import app, err_console, fail


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, directories or globs to read."),
    as_json: bool = typer.Option(True, "--json", help="Print the JSON contract (the only output; the flag is accepted for scripts)."),
    with_text: bool = typer.Option(False, "--with-text", help="Include each document's extracted text."),
    reference: Optional[Path] = typer.Option(None, "--reference", help="A reference list of names (CSV or YAML)."),
    facts: Optional[Path] = typer.Option(None, "--facts", help="Curated or reference events and facts (CSV or YAML)."),
    no_findings: bool = typer.Option(False, "--no-findings", help="Skip the contradiction checks."),
) -> None:
    """Read the files, extract names, dates and events, and print them as one JSON object.

    No store is touched. Files that cannot be read are named on stderr, one line
    each, and listed under "problems"; the exit status is 1 if any was skipped.
    """
    from dossier.api import extract_paths

    for ref in (reference, facts):
        if ref is not None and not ref.is_file():
            fail(f"{ref}: no such file")

    def say(problem):
        err_console.print(f"skipped {problem.path}: {problem.message}", highlight=False, markup=False)

    result = extract_paths(paths, with_text=with_text, reference=reference, facts=facts,
                           findings=not no_findings, on_problem=say)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=None if not sys.stdout.isatty() else 2)
    sys.stdout.write("\n")
    if result.get("problems"):
        raise typer.Exit(1)
