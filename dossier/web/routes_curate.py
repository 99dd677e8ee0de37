"""Curation: merge, correct, accept or reject, add a fact, undo — every write logged."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

router = APIRouter(prefix="/curate", tags=["curation"])


def run(request: Request, action, back: str):
    from dossier.store import StoreError
    try:
        action(request.app.state.store)
    except StoreError as exc:
        raise HTTPException(400, str(exc))
    return RedirectResponse(back, status_code=303)


@router.post("/merge")
def merge(request: Request, source: str = Form(...), target: str = Form(...)):
    """Fold the entity ``source`` (an id, or a name the store knows) into ``target``."""
    from dossier.web.queries import entity_ref
    return run(request, lambda s: s.merge_entities(entity_ref(s, source), target), f"/entity/{target}")


@router.post("/split")
async def split(request: Request):
    """Move the ticked mentions of an entity to a new entity (two people under one name)."""
    from dossier.store import StoreError
    form = await request.form()
    entity_id, name = str(form.get("entity_id", "")), str(form.get("name", ""))
    try:
        mentions = [int(m) for m in form.getlist("mention")]
        new_id, _ = request.app.state.store.split_entity(entity_id, mentions, name)
    except (StoreError, ValueError) as exc:
        raise HTTPException(400, str(exc))
    return RedirectResponse(f"/entity/{new_id}", status_code=303)


@router.post("/event")
def event_status(request: Request, event_id: str = Form(...), status: str = Form(...), back: str = Form("/")):
    return run(request, lambda s: s.set_event_status_logged(event_id, status), back if back.startswith("/") else "/")


@router.post("/mention")
def mention(request: Request, mention_id: int = Form(...), label: str = Form(""), entity_id: str = Form(""),
            back: str = Form("/")):
    return run(request, lambda s: s.correct_mention(mention_id, label or None, entity_id or None),
               back if back.startswith("/") else "/")


@router.post("/fact")
def fact(request: Request, entity_id: str = Form(...), key: str = Form(...), value: str = Form(...),
         source: str = Form(...)):
    return run(request, lambda s: s.add_fact_logged(entity_id, key, value, source), f"/entity/{entity_id}")


@router.post("/undo")
def undo(request: Request, log_id: int = Form(...), back: str = Form("/curation")):
    return run(request, lambda s: s.undo(log_id), back if back.startswith("/") else "/curation")
