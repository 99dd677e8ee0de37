"""What every finding rule shares: event intervals, who an event is about, evidence, groupings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from dossier.model import Document, Entity, Event, EvidenceRef, Finding

ACTOR_ROLES = {"subject", "accused", "witness", "agent", "accuser", "participant", "prosecutor"}
SUBJECT_ROLES = {"subject", "accused", "witness"}
FACTUAL = {"asserted", "alleged"}  # predicted and hypothetical events never conflict


@dataclass
class Context:
    """What the rules need besides the events: names for sentences, documents for quotes."""
    entities: dict[str, Entity]
    documents: dict[str, Document]

    def name(self, entity_id: Optional[str]) -> str:
        e = self.entities.get(entity_id or "")
        return e.name if e else (entity_id or "someone")

    def evidence(self, ev: Event) -> EvidenceRef:
        doc = self.documents.get(ev.doc_id or "")
        if ev.evidence is None or doc is None:
            return EvidenceRef(ev.doc_id, None, 0, 0, ev.source or "")
        return EvidenceRef(doc.id, doc.path, ev.evidence.start, ev.evidence.end,
                           doc.text[ev.evidence.start:ev.evidence.end])

    def source(self, ev: Event) -> str:
        doc = self.documents.get(ev.doc_id or "")
        return doc.path if doc else (ev.source or "a curated fact")

    def finding(self, kind: str, summary: str, events: list[Event], confidence: float, rule: str) -> Finding:
        return Finding(kind=kind, summary=summary, evidence=[self.evidence(e) for e in events],
                       event_ids=[e.id for e in events if e.id], confidence=round(confidence, 2), rule=rule)


def interval(ev: Event) -> Optional[tuple[date, date]]:
    if ev.date is None:
        return None
    try:
        return date.fromisoformat(ev.date.earliest), date.fromisoformat(ev.date.latest)
    except (TypeError, ValueError):
        return None


def when(ev: Event) -> str:
    return ev.date.text if ev.date and ev.date.text else (ev.date.earliest if ev.date else "undated")


def people(ev: Event, roles: set[str] = ACTOR_ROLES) -> set[str]:
    return {p.entity_id for p in ev.participants if p.entity_id and p.role in roles}


def by_person(events: Iterable[Event], roles: set[str] = ACTOR_ROLES) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        for person in people(ev, roles):
            groups[person].append(ev)
    return groups


def said_by(ev: Event, ctx: Context) -> str:
    who = ctx.name(ev.attributed_to) if ev.attributed_to else None
    return f"{ctx.source(ev)}" + (f" ({who})" if who else "")
