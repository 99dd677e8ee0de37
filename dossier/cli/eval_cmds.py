"""``dossier eval``: accuracy against the gold annotations, beside plain spaCy."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import app, console, fail


@app.command("eval")
def eval_command(
    gold: Optional[list[Path]] = typer.Option(None, "--gold", help="Gold files (default: ../shared/gold/*.gold.json)."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and false negative."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Score names, dates, coreference and events against hand-checked gold; plain spaCy beside it."""
    from dossier.evaluate import evaluate
    from dossier.evaluate.gold import GoldError, default_gold_paths
    from dossier.evaluate.report import report_json, report_table

    paths = list(gold or default_gold_paths(Path(__file__).resolve().parents[2]))
    if not paths:
        fail("no gold files found; give --gold PATH (the gold lives in ../shared/gold)")
    for p in paths:
        if not p.is_file():
            fail(f"{p}: no such gold file")
    try:
        report = evaluate(paths)
    except GoldError as exc:
        fail(str(exc))
    if as_json:
        json.dump(report_json(report), sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    console.print(report_table(report))
    ev = report.events
    console.print(f"events: modality right on {ev.modality_accuracy:.0%} and attribution on "
                  f"{ev.attribution_accuracy:.0%} of the {ev.matched} matched; {ev.wrong_participants} of their "
                  f"{ev.participants_checked} named participants are not in the gold event", highlight=False)
    if ev.unscored_gold:
        console.print(f"  not scored: {ev.unscored_gold} gold events denied, predicted or hypothetical (outside the "
                      f"guidelines' scope, as ours are); we find {ev.unscored_found} of them with that modality", highlight=False)
    for t, prf in sorted(ev.by_type.items()):
        console.print(f"  {t:<15} P {prf.precision:.2f}  R {prf.recall:.2f}  F1 {prf.f1:.2f}", highlight=False)
    if errors:
        for label, prf in report.system.items():
            for line in prf.errors:
                console.print("  " + line, highlight=False, markup=False)
        for line in ev.overall.errors:
            console.print("  " + line, highlight=False, markup=False)
