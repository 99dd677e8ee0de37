"""existence-conflict: an event placed at a place or organisation outside the time it existed.

Lifetimes come from entity facts ("closed", "founded"): a reference file with
a citation, or a statement in a document ("the hotel had been pulled down in
1917"). The event must fall wholly outside the lifetime.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from dossier.analyze.common import FACTUAL, Context, interval, when
from dossier.model import Event, EvidenceRef, Finding

RULE = "existence/lifetime-v1"
NOT_LOCATED = {"testimony", "statement", "publication", "demand", "accusation"}  # a place they mention is not where they happen


def year_bound(value: object, end: bool) -> Optional[date]:
    text = str(value.get("latest" if end else "earliest") if isinstance(value, dict) else value or "")
    if not text:
        return None
    try:
        if len(text) == 4:
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def fact_source(value: object, facts: dict) -> str:
    if isinstance(value, dict):
        return value.get("path") or value.get("source") or "a reference fact"
    return str(facts.get("source") or "a reference fact")


def fact_evidence(value: object) -> list[EvidenceRef]:
    """The words that state the lifetime, when a document stated it."""
    if isinstance(value, dict) and value.get("doc_id"):
        return [EvidenceRef(value["doc_id"], value.get("path"), value["start"], value["end"], value.get("quote", ""))]
    return []


def check_existence(events: list[Event], ctx: Context) -> list[Finding]:
    findings = []
    for ev in events:
        span = interval(ev)
        if ev.modality not in FACTUAL or span is None or ev.type in NOT_LOCATED:
            continue
        for eid in {ev.place_id, ev.org_id, *[p.entity_id for p in ev.participants if p.role == "place"]} - {None}:
            entity = ctx.entities.get(eid)
            facts = entity.facts if entity else {}
            closed = year_bound(facts.get("closed"), end=True)
            founded = year_bound(facts.get("founded"), end=False)
            if closed and span[0] > closed:
                findings.append(ctx.finding("existence-conflict",
                    f"{ctx.source(ev)} places a {ev.type} at {entity.name} in {when(ev)}, but {entity.name} "
                    f"had ceased to exist by {closed.year} ({fact_source(facts.get('closed'), facts)}).",
                    [ev], 0.9, RULE))
                findings[-1].evidence += fact_evidence(facts.get("closed"))
            elif founded and span[1] < founded:
                findings.append(ctx.finding("existence-conflict",
                    f"{ctx.source(ev)} places a {ev.type} at {entity.name} in {when(ev)}, before it existed "
                    f"({founded.year}, {fact_source(facts.get('founded'), facts)}).", [ev], 0.9, RULE))
    return findings
