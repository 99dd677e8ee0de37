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
