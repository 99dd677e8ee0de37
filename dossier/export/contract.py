"""The JSON contract of ``dossier extract`` (DESIGN.md), built from the nouns.

Other tools and the acceptance checks read this shape, so field names here are
fixed; new fields may be added, none renamed or removed.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from dossier.analysis import DocumentAnalysis
from dossier.model import Entity, Event, Finding, Mention, Problem


def mention_json(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text, "label": m.label,
                           "entity": m.entity_id, "method": m.method, "score": round(m.score, 3)}
    if m.generic:
        out["generic"] = True
    return out


def event_json(ev: Event, text: str) -> dict[str, Any]:
    return {
        "id": ev.id,
        "type": ev.type,
        "participants": [{"entity": p.entity_id, "role": p.role, "text": p.text} for p in ev.participants],
        "date": ev.date.to_json() if ev.date else None,
        "place": ev.place_id,
        "org": ev.org_id,
        "modality": ev.modality,
        "attributed_to": ev.attributed_to,
        "charges": list(ev.charges),
        "evidence": {"start": ev.evidence.start, "end": ev.evidence.end} if ev.evidence else None,
        "quote": text[ev.evidence.start:ev.evidence.end] if ev.evidence else None,
        "source": ev.source,
        "origin": ev.origin,
        "confidence": round(ev.confidence, 3),
    }


def entity_json(e: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id, "type": e.type, "name": e.name, "variants": list(e.variants)}
    if e.facts:
        out["facts"] = e.facts
    if e.external_ids:
        out["external_ids"] = e.external_ids
    return out


def finding_json(f: Finding, paths: dict[str, str]) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "summary": f.summary,
        "confidence": round(f.confidence, 3),
        "rule": f.rule,
        "events": list(f.event_ids),
        "evidence": [{"path": ev.path or paths.get(ev.doc_id or "", None), "start": ev.start, "end": ev.end,
                      "quote": ev.quote} for ev in f.evidence],
    }


def document_json(a: DocumentAnalysis, with_text: bool = False) -> dict[str, Any]:
    doc = a.document
    out: dict[str, Any] = {
        "path": doc.path,
        "id": doc.id,
        "text_sha256": doc.text_sha256,
        "title": doc.title,
        "format": doc.format,
        "encoding": doc.encoding,
        "language": doc.language,
        "published": doc.published,
        "mentions": [mention_json(m) for m in a.mentions],
        "footnotes": [{"label": fn.label,
                       "marker": {"start": fn.marker.start, "end": fn.marker.end} if fn.marker else None,
                       "body": {"start": fn.body.start, "end": fn.body.end}} for fn in doc.footnotes],
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "label": b.label} for b in doc.blocks],
        "events": [event_json(ev, doc.text) for ev in a.events],
    }
    if doc.warnings:
        out["warnings"] = list(doc.warnings)
    if with_text:
        out["text"] = doc.text
    return out


def contract_json(analyses: list[DocumentAnalysis], entities: Iterable[Entity], findings: Iterable[Finding],
                  problems: Optional[list[Problem]] = None, with_text: bool = False) -> dict[str, Any]:
    paths = {a.document.id: a.document.path for a in analyses}
    out: dict[str, Any] = {
        "documents": [document_json(a, with_text) for a in analyses],
        "entities": [entity_json(e) for e in entities],
        "findings": [finding_json(f, paths) for f in findings],
    }
    if problems:
        out["problems"] = [{"path": p.path, "message": p.message} for p in problems]
    return out
