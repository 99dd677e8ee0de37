"""The JSON API behind the pages (its OpenAPI document is at /openapi.json)."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Request

from dossier.web import queries

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/documents")
def api_documents(request: Request) -> list[dict]:
    return [d.__dict__ for d in request.app.state.store.documents()]


@router.get("/entities")
def api_entities(request: Request, type: Optional[str] = None) -> list[dict]:
    return [{"id": e.id, "type": e.type, "name": e.name, "variants": e.variants, "mentions": n}
            for e, n in request.app.state.store.entities(type.upper() if type else None)]


@router.get("/entity/{entity_id}")
def api_entity(request: Request, entity_id: str) -> dict:
    from dossier.api import entity_dossier
    store = request.app.state.store
    found = store.get_entity(entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return {**entity_dossier(store, found), "connections": queries.connections(store, entity_id)}


@router.get("/search")
def api_search(request: Request, q: str, doc: Optional[str] = None, type: Optional[str] = None,
               date_from: Optional[str] = None, date_to: Optional[str] = None, limit: int = 50) -> list[dict]:
    hits = queries.search_with_facets(request.app.state.store, q, doc, type, date_from, date_to, limit)
    return [{**h.__dict__, "snippet": h.snippet_marked("", "")} for h in hits]


@router.get("/timeline")
def api_timeline(request: Request, entity: Optional[str] = None, type: Optional[str] = None,
                 modality: Optional[str] = None, source: Optional[str] = None) -> list[dict]:
    from dossier.api import timeline_rows
    rows = timeline_rows(request.app.state.store, entity or None)
    return [r for r in rows if (not type or r["type"] == type) and (not modality or r["modality"] == modality)
            and (not source or r["doc_id"] == source or r["source"] == source)]


@router.get("/network")
def api_network(request: Request) -> dict:
    return queries.network(request.app.state.store)


@router.get("/findings")
def api_findings(request: Request) -> list[dict]:
    from dossier.export.contract import finding_json
    return [finding_json(f, {}) for f in request.app.state.store.findings()]


@router.get("/healthz", include_in_schema=False)
def healthz() -> dict:
    return {"ok": True}
