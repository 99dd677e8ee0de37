"""People, organisations and places: ``dossier people|orgs|places`` and ``dossier show NAME``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import DbOption, app, console, fail
from dossier.cli.docs_cmds import open_or_fail


def list_entities(db: Optional[Path], type_: str, as_json: bool) -> None:
    store = open_or_fail(db)
    rows = store.entities(type_)
    if as_json:
        json.dump([{"id": e.id, "name": e.name, "mentions": n, "variants": e.variants, "facts": e.facts} for e, n in rows],
                  sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for e, n in rows:
        variants = f"  ({', '.join(e.variants)})" if e.variants else ""
        console.print(f"{n:5d}  {e.name}{variants}  [{e.id}]", highlight=False, markup=False, soft_wrap=True)


@app.command()
def people(db: Optional[Path] = DbOption, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every person named, with mention counts and the spellings used."""
    list_entities(db, "PERSON", as_json)


@app.command()
def orgs(db: Optional[Path] = DbOption, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every organisation named (parties, organs, courts, newspapers)."""
    list_entities(db, "ORG", as_json)


@app.command()
def places(db: Optional[Path] = DbOption, as_json: bool = typer.Option(False, "--json")) -> None:
    """Every place named (cities, countries, regions, buildings)."""
    list_entities(db, "PLACE", as_json)


@app.command()
def show(name: str = typer.Argument(..., help="Any name or spelling (Piatakov, Pyatakov, Пятаков) or an entity id."),
         db: Optional[Path] = DbOption, as_json: bool = typer.Option(False, "--json")) -> None:
    """One entity: its names, facts, events, and every mention in context."""
    from dossier.api import entity_dossier

    store = open_or_fail(db)
    found = store.find_entities(name)
    if not found:
        fail(f"no person, organisation or place called {name!r} in {db or 'the store'}; `dossier people` lists them")
    for entity in found:
        record = entity_dossier(store, entity)
        if as_json:
            json.dump(record, sys.stdout, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
            continue
        console.print(f"[bold]{entity.name}[/bold]  {entity.type}  [dim]{entity.id}[/dim]", highlight=False)
        if entity.variants:
            console.print("  also: " + ", ".join(entity.variants), highlight=False, markup=False, soft_wrap=True)
        for key, value in entity.facts.items():
            shown = value.get("text") or value.get("latest") if isinstance(value, dict) else value
            console.print(f"  {key}: {shown}", highlight=False, markup=False, soft_wrap=True)
        if record["events"]:
            console.print("  events:", highlight=False)
        for ev in record["events"]:
            console.print(f"    {ev['date'] or 'undated':>12}  {ev['type']} ({ev['modality']})  “{ev['quote']}”  {ev['path']}",
                          highlight=False, markup=False, soft_wrap=True)
        console.print(f"  {len(record['mentions'])} mentions:", highlight=False)
        for m in record["mentions"]:
            note = f" (footnote {m['footnote']})" if m["footnote"] else ""
            console.print(f"    {m['path']} [{m['start']}:{m['end']}){note}  …{m['context']}…",
                          highlight=False, markup=False, soft_wrap=True)
