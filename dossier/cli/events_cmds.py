"""``dossier timeline``: a chronology of what happened to whom, with who says so."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import DbOption, app, console, fail
from dossier.cli.docs_cmds import open_or_fail


@app.command()
def timeline(
    name: Optional[str] = typer.Argument(None, help="A person, organisation or place (any spelling)."),
    db: Optional[Path] = DbOption,
    show_all: bool = typer.Option(False, "--all", help="Every event in the collection."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    chart: Optional[Path] = typer.Option(None, "--chart", help="Also draw the timeline to FILE.svg or FILE.png."),
) -> None:
    """A chronology: date, event, participants, modality, who says so, and the source's words."""
    from dossier.api import timeline_rows

    if not name and not show_all:
        fail("give a NAME, or --all for the whole collection")
    if chart is not None and chart.suffix.lower() not in (".svg", ".png"):
        fail(f"{chart}: the chart must be a .svg or .png file")
    store = open_or_fail(db)
    entity_id = None
    if name:
        found = store.find_entities(name)
        if not found:
            fail(f"no person, organisation or place called {name!r}; `dossier people` lists them")
        entity_id = found[0].id
    rows = timeline_rows(store, entity_id)
    if chart is not None:
        from dossier.export.chart import draw_timeline
        draw_timeline(rows, chart, title=found[0].name if name else "All events")
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    for r in rows:
        who = ", ".join(f"{p['name']} ({p['role']})" for p in r["participants"])
        says = f" — according to {r['attributed_to']}" if r["attributed_to"] else ""
        console.print(f"{r['date'] or 'undated':>24}  {r['type']:<14} {who}  [{r['modality']}]{says}",
                      highlight=False, markup=False, soft_wrap=True)
        console.print(f"{'':>24}  “{r['quote']}”  {r['source']}", highlight=False, markup=False, soft_wrap=True)
    if chart is not None:
        console.print(f"chart written to {chart}", highlight=False, markup=False)
