"""Accuracy measured against hand-checked gold, beside a plain spaCy baseline.

Public API: ``evaluate(gold_paths) -> EvalReport``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dossier.evaluate.baseline import baseline_mentions
from dossier.evaluate.coref import score_coref, surface_clusters
from dossier.evaluate.events import EventScores, score_events
from dossier.evaluate.gold import load_gold
from dossier.evaluate.spans import LABELS, PRF, normalise, score_spans


@dataclass
class EvalReport:
    files: list[str] = field(default_factory=list)
    system: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    baseline: dict[str, PRF] = field(default_factory=lambda: {label: PRF() for label in LABELS})
    coref: PRF = field(default_factory=PRF)
    baseline_coref: PRF = field(default_factory=PRF)
    events: EventScores = field(default_factory=EventScores)


def evaluate(gold_paths: list[Path]) -> EvalReport:
    from dossier.analysis import Analyzer
    from dossier.ingest import read_document

    report = EvalReport()
    for path in gold_paths:
        gold = load_gold(path)
        doc = read_document(gold.text_path)
        text = doc.text
        analysis = Analyzer().analyze_all([doc])[0]
        system = [(m.start, m.end, m.label) for m in analysis.mentions]
        for label, prf in score_spans(text, gold.mentions, system).items():
            report.system[label].add(prf)
        plain = baseline_mentions(text)
        for label, prf in score_spans(text, gold.mentions, plain).items():
            report.baseline[label].add(prf)
        people = {normalise(text, m.start, m.end): m.entity_id for m in analysis.mentions if m.label == "PERSON"}
        report.coref.add(score_coref(text, gold.mentions, people))
        report.baseline_coref.add(score_coref(text, gold.mentions, surface_clusters(
            text, [(a, b) for a, b, label in plain if label == "PERSON"])))
        to_gold = {}
        for m in gold.mentions:
            if m["label"] == "PERSON" and m.get("entity"):
                for s in analysis.mentions:
                    if normalise(text, s.start, s.end) == normalise(text, m["start"], m["end"]) and s.entity_id:
                        to_gold[s.entity_id] = m["entity"]
        scores = score_events(gold.events, analysis.events, to_gold, text)
        merge_events(report.events, scores)
        report.files.append(str(path))
    return report


def merge_events(total: EventScores, one: EventScores) -> None:
    total.overall.add(one.overall)
    for k, v in one.by_type.items():
        total.by_type[k].add(v)
    total.matched += one.matched
    total.modality_right += one.modality_right
    total.attribution_right += one.attribution_right
    total.participants_checked += one.participants_checked
    total.wrong_participants += one.wrong_participants
    total.unscored_gold += one.unscored_gold
    total.unscored_found += one.unscored_found
