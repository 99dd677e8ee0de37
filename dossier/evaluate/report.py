"""The evaluation as a table for people and as JSON for machines."""

from __future__ import annotations

from typing import Any

from dossier.evaluate import EvalReport
from dossier.evaluate.spans import LABELS


def report_json(r: EvalReport) -> dict[str, Any]:
    def prf(x):
        return {"precision": round(x.precision, 3), "recall": round(x.recall, 3), "f1": round(x.f1, 3),
                "tp": x.tp, "fp": x.fp, "fn": x.fn}
    return {
        "files": r.files,
        "mentions": {label: {"dossier": prf(r.system[label]), "spacy": prf(r.baseline[label])} for label in LABELS},
        "person_coreference": {"dossier": prf(r.coref), "spacy": prf(r.baseline_coref)},
        "events": {"overall": prf(r.events.overall), "by_type": {k: prf(v) for k, v in sorted(r.events.by_type.items())},
                   "modality_accuracy": round(r.events.modality_accuracy, 3),
                   "attribution_accuracy": round(r.events.attribution_accuracy, 3),
                   "participants_checked": r.events.participants_checked,
                   "wrong_participants": r.events.wrong_participants,
                   "unscored_gold_events": r.events.unscored_gold, "unscored_gold_events_found": r.events.unscored_found},
    }


def report_table(r: EvalReport):
    from rich.table import Table

    table = Table(title="dossier against the gold, beside plain spaCy small")
    for col in ("", "dossier P", "R", "F1", "spaCy P", "R", "F1"):
        table.add_column(col, justify="right" if col else "left")
    for label in LABELS:
        s, b = r.system[label], r.baseline[label]
        table.add_row(label, *(f"{v:.3f}" for v in (s.precision, s.recall, s.f1, b.precision, b.recall, b.f1)))
    c, bc = r.coref, r.baseline_coref
    table.add_row("person coref", *(f"{v:.3f}" for v in (c.precision, c.recall, c.f1, bc.precision, bc.recall, bc.f1)))
    e = r.events.overall
    table.add_row("events", f"{e.precision:.3f}", f"{e.recall:.3f}", f"{e.f1:.3f}", "–", "–", "–")
    return table
