"""The library's front door: what the CLI does, callable from Python.

``import dossier; dossier.extract_paths(["corpus/"])`` returns exactly what
``dossier extract corpus/ --json`` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from dossier.model import Document, Problem


def read_documents(inputs: Iterable[str | Path], on_problem: Optional[Callable[[Problem], None]] = None) -> tuple[list[Document], list[Problem]]:
    """Read every file the inputs name; unreadable ones become Problems, never exceptions."""
    from dossier.ingest import IngestError, expand_paths, read_document

    docs: list[Document] = []
    problems: list[Problem] = []
    for item in expand_paths(inputs):
        if isinstance(item, Problem):
            problem = item
        else:
            try:
                docs.append(read_document(item, display_path=str(item)))
                continue
            except IngestError as exc:
                problem = Problem(str(item), exc.message)
        problems.append(problem)
        if on_problem:
            on_problem(problem)
    return docs, problems


def extract_paths(inputs: Iterable[str | Path], *, with_text: bool = False, reference: Optional[str | Path] = None,
                  facts: Optional[str | Path] = None, findings: bool = True,
                  on_problem: Optional[Callable[[Problem], None]] = None) -> dict[str, Any]:
    """Run the whole pipeline in memory (no store) and return the extract contract as a dict."""
    from dossier.analysis import Analyzer, find_findings
    from dossier.export.contract import contract_json

    docs, problems = read_documents(inputs, on_problem)
    ref_entities = []
    if reference:
        from dossier.resolve.reference import load_reference
        ref_entities = load_reference(reference)
    curated = None
    if facts:
        from dossier.curate.facts import load_facts
        curated = load_facts(facts, origin="reference")
        ref_entities += curated.entities
    analyzer = Analyzer(reference=ref_entities)
    analyses = analyzer.analyze_all(docs)
    extra_events = []
    if curated is not None:
        from dossier.curate.facts import resolve_names
        extra_events = resolve_names(curated, analyzer.resolver.find_id)
    entities = analyzer.entities()
    found = find_findings(analyses, entities, extra_events) if findings else []
    result = contract_json(analyses, entities, found, problems, with_text=with_text)
    if extra_events:
        from dossier.export.contract import event_json
        result["facts"] = [event_json(ev, "") for ev in extra_events]
    return result


def ingest_into(store: Any, inputs: Iterable[str | Path], *, analyse: bool = True,
                on_file: Optional[Callable[[str, str, Any], None]] = None):
    """Store every readable file; with ``analyse``, extract and store names, dates and events too."""
    from dossier.pipeline import ingest_paths

    analyze = None
    if analyse and hasattr(store, "save_analysis"):
        from dossier.analysis import Analyzer
        analyzer = Analyzer(known_entities=store.entities_for_resolution())
        analyze = analyzer.analyze
    return ingest_paths(store, inputs, on_file=on_file, analyze=analyze)


def search_store(store: Any, query: str, limit: int = 20, offset: int = 0):
    """Search with every spelling of a known name (Pyatakov also finds Piatakov)."""
    expand = getattr(store, "name_variants_for_search", None)
    return store.search(query, limit=limit, offset=offset, expand=expand)


def check_store(store: Any) -> list:
    """Run every finding rule over all events in the store (extracted, curated, reference) and keep the result."""
    from dossier.analyze import check

    events = store.events()
    entities = store.entities_for_resolution()  # every entity, with its facts: the rules look names and lifetimes up
    documents = {doc_id: store.get_document(doc_id) for doc_id in {ev.doc_id for ev in events if ev.doc_id}}
    findings = check(events, entities, documents)
    store.save_findings(findings)
    return findings


def import_facts(store: Any, path: str | Path) -> tuple[int, int]:
    """Store the entity facts and events of a curated file; names are matched to known entities."""
    from dossier.curate.facts import load_facts, resolve_names

    curated = load_facts(path, origin="curated")
    known = {}
    for entity in curated.entities:
        match = store.find_entities(entity.name) or [m for v in entity.variants for m in store.find_entities(v)]
        same_type = [m for m in match if m.type == entity.type]
        if len(same_type) == 1:
            target = same_type[0]
            for key, value in entity.facts.items():  # a fact a document states keeps its quoted evidence
                if not isinstance(target.facts.get(key), dict):
                    target.facts[key] = value
            target.variants = sorted(set(target.variants) | set(entity.variants))
            known[entity.id] = target
        else:
            known[entity.id] = entity
    store.upsert_entities(list(known.values()))

    def find_id(name: str, type_: str) -> Optional[str]:
        found = [e for e in store.find_entities(name) if e.type == type_]
        return found[0].id if len(found) == 1 else None

    events = resolve_names(curated, find_id)
    store.add_events(events)
    return len(curated.entities), len(events)


def timeline_rows(store: Any, entity_id: Optional[str] = None) -> list[dict[str, Any]]:
    """Events in date order as plain rows: date, type, participants by name, modality, who says so, quote, source."""
    names = dict(store.entity_names())
    texts: dict[str, Any] = {}
    rows = []
    for ev in store.events(entity_id=entity_id):
        doc = None
        if ev.doc_id:
            doc = texts.get(ev.doc_id) or texts.setdefault(ev.doc_id, store.get_document(ev.doc_id))
        rows.append({
            "id": ev.id, "date": ev.date.text if ev.date else None,
            "earliest": ev.date.earliest if ev.date else None, "latest": ev.date.latest if ev.date else None,
            "type": ev.type, "modality": ev.modality, "origin": ev.origin,
            "attributed_to": names.get(ev.attributed_to, ev.attributed_to) if ev.attributed_to else None,
            "participants": [{"id": p.entity_id, "name": names.get(p.entity_id or "", p.text or "?"), "role": p.role}
                             for p in ev.participants if p.role != "place"],
            "place": names.get(ev.place_id or "", None),
            "quote": doc.text[ev.evidence.start:ev.evidence.end] if doc and ev.evidence else (ev.source or ""),
            "source": doc.path if doc else (ev.source or ""), "doc_id": ev.doc_id,
            "start": ev.evidence.start if ev.evidence else None, "end": ev.evidence.end if ev.evidence else None,
        })
    return rows


def entity_dossier(store: Any, entity: Any, mention_limit: int = -1, mention_offset: int = 0) -> dict[str, Any]:
    """Everything the store knows about one entity: names, facts, events, mentions in context
    (all of them, or one page of them)."""
    return {
        "mention_count": store.count_mentions(entity.id),
        "id": entity.id, "type": entity.type, "name": entity.name, "variants": entity.variants,
        "facts": entity.facts, "external_ids": entity.external_ids,
        "events": [{**r, "path": r["source"]} for r in timeline_rows(store, entity.id)],
        "mention_offset": mention_offset,
        "mentions": [m.__dict__ for m in store.mentions_of(entity.id, limit=mention_limit, offset=mention_offset)],
    }
