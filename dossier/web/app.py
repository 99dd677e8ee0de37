"""The web app: ``create_app(store_path, read_only=False, token=None)``.

Pages and a JSON API over the same store the command line uses. Every
script and stylesheet is served from ``static/`` (no CDN); document text is
escaped everywhere; writes need the CSRF token and are refused read-only.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dossier.web.security import Guard

HERE = Path(__file__).resolve().parent


# Pages are rendered in worker threads. With anyio's default of 40, twenty readers at once make
# twenty threads fight over the GIL and every page waits for all of them (p95 50-180 ms in
# bench_web.py); two threads a process serve them in turn (p95 32-44 ms) and still let one slow
# export run beside the pages. More readers want more processes (serve --workers), not threads.
PAGE_THREADS = 2


@asynccontextmanager
async def _few_threads(app: FastAPI):
    import anyio.to_thread
    anyio.to_thread.current_default_thread_limiter().total_tokens = PAGE_THREADS
    yield


def create_app(store_path: str | Path, *, read_only: bool = False, token: Optional[str] = None,
               search_cache: Optional[int] = None) -> Guard:
    from dossier.store import open_store

    api = FastAPI(lifespan=_few_threads, title="dossier", description="An evidence-linked record of who did what, when and where.",
                  version="0.1", docs_url=None, redoc_url=None)
    api.state.store = open_store(store_path, search_cache=search_cache)
    api.state.read_only = read_only
    api.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    api.state.templates.env.globals["read_only"] = read_only
    api.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from dossier.web import routes_api, routes_curate, routes_pages
    api.include_router(routes_pages.router)
    api.include_router(routes_api.router)
    api.include_router(routes_curate.router)
    return Guard(api, read_only=read_only, token=token)


def app_from_environment() -> Guard:
    """For ``uvicorn --factory`` with several worker processes: the settings come from the environment."""
    import os
    return create_app(os.environ["DOSSIER_DB"], read_only=os.environ.get("DOSSIER_READ_ONLY") == "1",
                      token=os.environ.get("DOSSIER_TOKEN") or None,
                      search_cache=int(os.environ["DOSSIER_SEARCH_CACHE"]) if os.environ.get("DOSSIER_SEARCH_CACHE") else None)
