"""``dossier check`` (findings) and ``dossier facts`` (curated and reference facts)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import DbOption, app, console, fail
from dossier.cli.docs_cmds import open_or_fail
from dossier.model import FINDING_KINDS

facts_app = typer.Typer(help="Curated and reference facts, each with its source.", no_args_is_help=True)
app.add_typer(facts_app, name="facts")


def print_finding(f) -> None:
    console.print(f"[bold]{f.kind}[/bold]  confidence {f.confidence:.2f}  [dim]{f.rule}[/dim]", highlight=False)
    console.print(f"  {f.summary}", highlight=False, markup=False, soft_wrap=True)
    for ev in f.evidence:
        where = f"{ev.path} [{ev.start}:{ev.end})" if ev.path else "source"
        console.print(f"    {where}  “{ev.quote}”", highlight=False, markup=False, soft_wrap=True)
    console.print()


@app.command()
def check(
    db: Optional[Path] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="The findings in the shape of the extract contract."),
    kind: Optional[str] = typer.Option(None, "--kind", help=f"Only one kind: {', '.join(FINDING_KINDS)}."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0, help="Hide less certain findings."),
) -> None:
    """Test the sources against each other: every contradiction and pattern, with its evidence.

    Findings never change the exit status.
    """
    from dossier.api import check_store
    from dossier.export.contract import finding_json

    if kind and kind not in FINDING_KINDS:
        fail(f"unknown kind {kind!r}; choose one of {', '.join(FINDING_KINDS)}")
    store = open_or_fail(db)
    found = [f for f in check_store(store) if (not kind or f.kind == kind) and f.confidence >= min_confidence]
    if as_json:
        json.dump({"findings": [finding_json(f, {}) for f in found]}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if not found:
        console.print("no findings: the sources in this store do not contradict each other on what dossier can read.")
    for f in found:
        print_finding(f)


@facts_app.command("import")
def facts_import(path: Path = typer.Argument(..., help="A CSV or YAML file of facts and events, each with a source."),
                 db: Optional[Path] = DbOption) -> None:
    """Add curated facts and events to the store; they sit beside extracted ones, marked curated."""
    from dossier.api import import_facts
    from dossier.curate.facts import FactsError

    if not path.is_file():
        fail(f"{path}: no such file")
    store = open_or_fail(db)
    try:
        entities, events = import_facts(store, path)
    except FactsError as exc:
        fail(str(exc))
    console.print(f"imported from {path}: {entities} entity facts, {events} events", highlight=False, markup=False)
