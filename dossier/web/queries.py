"""What the pages show, computed from the store through the library (no SQL here)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from dossier.web.render import Atom, ReaderInput, Section, Underline


def reader_input(store: Any, doc_id: str) -> tuple[Any, ReaderInput]:
    doc = store.get_document(doc_id)
    rows = store.query('SELECT id, start, "end", label, entity_id FROM mentions WHERE doc_id = ?', (doc.id,))
    atoms = [Atom(r["start"], r["end"], "mention", r["label"], r["entity_id"], str(r["id"])) for r in rows]
    atoms += [Atom(f.marker.start, f.marker.end, "fnref", f.label) for f in doc.footnotes if f.marker]
    underlines = [Underline(ev.evidence.start, ev.evidence.end, ev.id or "", f"{ev.type} ({ev.modality})")
                  for ev in store.events(doc_id=doc.id) if ev.evidence]
    sections = [Section(b.kind, b.start, b.end, b.label) for b in doc.blocks if b.kind != "footnote"]
    notes = [Section("footnote", b.start, b.end, b.label) for b in doc.blocks if b.kind == "footnote"]
    return doc, ReaderInput(doc.text, sections, notes, atoms, underlines)


def home_summary(store: Any) -> dict[str, Any]:
    people = store.entities("PERSON")
    return {
        "documents": len(store.documents()),
        "people": len(people), "orgs": len(store.entities("ORG")), "places": len(store.entities("PLACE")),
        "events": len(store.events()),
        "top_people": people[:12],
        "findings": store.findings()[:6],
    }


def connections(store: Any, entity_id: str) -> list[dict[str, Any]]:
    from dossier.analyze.network import edges_of

    names = dict(store.entity_names())
    out: dict[tuple[str, str], int] = {}
    for ev in store.events(entity_id=entity_id):
        for a, b, kind in edges_of(ev):
            if entity_id in (a, b):
                other = b if a == entity_id else a
                out[(other, kind)] = out.get((other, kind), 0) + 1
    return [{"id": o, "name": names.get(o, o), "kind": k, "count": n} for (o, k), n in sorted(out.items(), key=lambda kv: -kv[1])]


def network(store: Any) -> dict[str, Any]:
    from dossier.analyze.network import build_network

    entities = {e.id: e for e, _ in store.entities()}
    return build_network(store.events(), entities)


def search_with_facets(store: Any, q: str, doc: Optional[str], label: Optional[str], date_from: Optional[str],
                       date_to: Optional[str], limit: int = 50) -> list[Any]:
    """Search (any spelling of a name), narrowed to one document, to passages naming a kind of
    entity, or to passages whose dates fall in a range."""
    from dossier.api import search_store

    filtered = bool(doc or label or date_from or date_to)
    hits = search_store(store, q, limit=limit * 4 if filtered else limit) if q.strip() else []
    if doc:
        hits = [h for h in hits if h.doc_id == doc]
    if label or date_from or date_to:
        kept = []
        for h in hits:
            rows = store.query('SELECT label, text FROM mentions WHERE doc_id = ? AND start >= ? AND "end" <= ?',
                               (h.doc_id, h.block_start, h.block_end))
            if label and not any(r["label"] == label for r in rows):
                continue
            if date_from or date_to:
                from dossier.extract.dates import parse_date_text
                dates = [parse_date_text(r["text"]) for r in rows if r["label"] == "DATE"]
                if not any(d and (not date_from or d.latest >= date_from) and (not date_to or d.earliest <= date_to)
                           for d in dates):
                    continue
            kept.append(h)
        hits = kept
    return hits[:limit]


MERGE_SUGGESTIONS = 30


@lru_cache(maxsize=200_000)
def folded(name: str) -> str:
    """Names fold once per process, not once per page view (10,000 folds cost ~60 ms)."""
    from dossier.resolve.names import fold
    return fold(name)


def merge_candidates(store: Any, entity: Any) -> list[dict[str, Any]]:
    """The entities most likely to be the same one, by name: a short list, however large the dossier."""
    from rapidfuzz import fuzz, process

    others = [(i, n) for i, n in store.entity_names(entity.type) if i != entity.id]
    names = [folded(n) for _, n in others]
    best = process.extract(folded(entity.name), names, scorer=fuzz.WRatio, limit=MERGE_SUGGESTIONS)
    return [{"id": others[k][0], "name": others[k][1]} for _, _, k in best]


def entity_ref(store: Any, ref: str) -> str:
    """An entity id from what a curator typed: an id, or the name of exactly one entity."""
    ref = ref.strip()
    if store.get_entity(ref) is not None:
        return ref
    matches = {i for i, n in store.entity_names() if n.lower() == ref.lower()}
    return matches.pop() if len(matches) == 1 else ref
