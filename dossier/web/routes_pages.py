"""The pages a historian reads: home, documents, reader, search, entity, timeline, network, findings."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from dossier.web import queries
from dossier.web.render import render_document

router = APIRouter(include_in_schema=False)


def page(request: Request, template: str, **context) -> HTMLResponse:
    templates = request.app.state.templates
    csrf = request.scope.get("state", {}).get("csrf_token", "")
    return templates.TemplateResponse(request, template, {"csrf": csrf, **context})


def store_of(request: Request):
    return request.app.state.store


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return page(request, "home.html", summary=queries.home_summary(store_of(request)))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request):
    return page(request, "documents.html", docs=store_of(request).documents())


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def reader(request: Request, doc_id: str):
    from dossier.store import StoreError
    try:
        doc, inp = queries.reader_input(store_of(request), doc_id)
    except StoreError as exc:
        raise HTTPException(404, str(exc))
    return page(request, "reader.html", doc=doc, body=render_document(inp))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", doc: Optional[str] = None, type: Optional[str] = None,
           date_from: Optional[str] = None, date_to: Optional[str] = None):
    store = store_of(request)
    hits = queries.search_with_facets(store, q, doc or None, type or None, date_from or None, date_to or None, limit=30)
    shown = {h.doc_id: h.title or h.path for h in hits}
    if doc and doc not in shown:
        info = store.document_info(doc)
        shown[doc] = info.title or info.path if info else doc
    docs = [{"id": i, "title": t} for i, t in shown.items()]  # facet over the documents the hits come from
    return page(request, "search.html", q=q, hits=hits, docs=docs, doc=doc, type=type,
                date_from=date_from or "", date_to=date_to or "")


MENTIONS_PER_PAGE = 50


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, page_no: int = Query(1, alias="page", ge=1)):
    from dossier.api import entity_dossier
    store = store_of(request)
    found = store.get_entity(entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    others = queries.merge_candidates(store, found)
    return page(request, "entity.html", e=found, record=entity_dossier(store, found, mention_limit=MENTIONS_PER_PAGE,
                                                                 mention_offset=(page_no - 1) * MENTIONS_PER_PAGE),
                page_no=page_no, per_page=MENTIONS_PER_PAGE,
                links=queries.connections(store, entity_id), others=others)


@router.get("/people", response_class=HTMLResponse)
def people(request: Request, type: str = "PERSON"):
    return page(request, "people.html", rows=store_of(request).entities(type.upper()), type=type.upper())


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request):
    store = store_of(request)
    docs = [{"id": d.id, "title": d.title or d.path} for d in store.documents()[:500]]
    return page(request, "timeline.html", people=store.entity_names("PERSON"), docs=docs)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request):
    return page(request, "network.html")


@router.get("/findings", response_class=HTMLResponse)
def findings(request: Request):
    return page(request, "findings.html", findings=store_of(request).findings())


@router.get("/curation", response_class=HTMLResponse)
def curation(request: Request):
    return page(request, "curation.html", log=store_of(request).curation_log())


@router.get("/export/events.csv")
def export_events(request: Request):
    import csv
    import io
    from dossier.api import timeline_rows
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "earliest", "latest", "type", "participants", "modality", "attributed_to", "quote", "source"])
    for r in timeline_rows(store_of(request)):
        writer.writerow([r["date"], r["earliest"], r["latest"], r["type"],
                         "; ".join(f"{p['name']} ({p['role']})" for p in r["participants"]),
                         r["modality"], r["attributed_to"], r["quote"], r["source"]])
    return PlainTextResponse(out.getvalue(), media_type="text/csv",
                             headers={"content-disposition": "attachment; filename=events.csv"})


@router.get("/export/network.graphml")
def export_network(request: Request):
    from dossier.analyze.network import to_graphml
    return Response(to_graphml(queries.network(store_of(request))), media_type="application/xml",
                    headers={"content-disposition": "attachment; filename=network.graphml"})
