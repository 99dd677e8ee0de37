"""``dossier serve``: the web app over a store, on 127.0.0.1 unless told otherwise (then with a token)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import DbOption, app, console, fail, resolve_db


@app.command()
def serve(
    db: Optional[Path] = DbOption,
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback needs --token."),
    read_only: bool = typer.Option(False, "--read-only", help="Serve a finished dossier for publication: no edits."),
    token: Optional[str] = typer.Option(None, "--token", help="Access token every request must carry ($DOSSIER_TOKEN)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (one per core serves many readers)."),
) -> None:
    """Read, explore and curate the dossier in a browser."""
    import uvicorn

    from dossier.store import StoreError
    from dossier.web.app import create_app
    from dossier.web.security import is_loopback

    token = token or os.environ.get("DOSSIER_TOKEN") or None
    if not is_loopback(host) and not token:
        fail(f"refusing to serve on {host} without an access token; give --token (or $DOSSIER_TOKEN), or bind 127.0.0.1")
    path = resolve_db(db)
    if not path.exists():
        fail(f"{path}: no such store; run `dossier ingest` first (or `make demo`)")
    try:
        application = create_app(path, read_only=read_only, token=token)
    except StoreError as exc:
        fail(str(exc))
    console.print(f"dossier on http://{host}:{port}/ over {path}" + (" (read-only)" if read_only else ""), highlight=False)
    if workers > 1:
        os.environ.update({"DOSSIER_DB": str(path), "DOSSIER_READ_ONLY": "1" if read_only else "0", "DOSSIER_TOKEN": token or ""})
        uvicorn.run("dossier.web.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                    log_level="warning")
        return
    uvicorn.run(application, host=host, port=port, log_level="warning")
