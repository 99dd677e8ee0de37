"""Findings: contradictions and patterns across sources, each with its evidence.

Public API: ``check(events, entities, documents=None) -> list[Finding]``.
Each rule groups events by person (or by proposition) and sorts them by date,
so the whole check stays near O(n log n) instead of comparing all pairs.
"""

from __future__ import annotations

from typing import Iterable, Optional

from dossier.analyze.claims import check_claims
from dossier.analyze.common import Context
from dossier.analyze.dates import check_dates
from dossier.analyze.existence import check_existence
from dossier.analyze.lifespan import check_lifespan
from dossier.analyze.presence import check_presence
from dossier.analyze.reversal import check_reversal
from dossier.analyze.sequence import check_sequence
from dossier.model import Document, Entity, Event, Finding

RULES = (check_presence, check_existence, check_lifespan, check_claims, check_dates, check_sequence, check_reversal)


def check(events: Iterable[Event], entities: Iterable[Entity], documents: Optional[dict[str, Document]] = None) -> list[Finding]:
    """Every finding over these events, most certain first."""
    events = [e for e in events if e.origin != "rejected"]
    ctx = Context(entities={e.id: e for e in entities}, documents=dict(documents or {}))
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(rule(events, ctx))
    return sorted(findings, key=lambda f: (-f.confidence, f.kind, f.summary))
