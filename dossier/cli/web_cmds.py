"""``dossier serve``: the web app over a store, on 127.0.0.1 unless told otherwise (then with a token)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from dossier.cli.app import DbOption, app, console, fail, resolve_db


def listening_socket(host: str, port: int):
    """A TCP socket for the worker processes, with TCP_NODELAY, which the connections they accept inherit.

    Without it each reply on a kept-alive connection can wait ~40 ms for a delayed ACK.
    """
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")
    sock.listen(512)
    sock.set_inheritable(True)
    return sock


@app.command()
def serve(
    db: Optional[Path] = DbOption,
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback needs --token."),
    read_only: bool = typer.Option(False, "--read-only", help="Serve a finished dossier for publication: no edits."),
    token: Optional[str] = typer.Option(None, "--token", help="Access token every request must carry ($DOSSIER_TOKEN)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (one per core serves many readers)."),
    search_cache: int = typer.Option(512, "--search-cache", min=0,
                                     help="Pages of search hits kept in memory per worker (0: none); any ingest clears them."),
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
        application = create_app(path, read_only=read_only, token=token, search_cache=search_cache)
    except StoreError as exc:
        fail(str(exc))
    console.print(f"dossier on http://{host}:{port}/ over {path}" + (" (read-only)" if read_only else ""), highlight=False)
    if workers > 1:
        os.environ.update({"DOSSIER_DB": str(path), "DOSSIER_READ_ONLY": "1" if read_only else "0", "DOSSIER_TOKEN": token or "",
                           "DOSSIER_SEARCH_CACHE": str(search_cache)})
        sock = listening_socket(host, port)  # kept referenced: its descriptor must outlive the workers
        uvicorn.run("dossier.web.app:app_from_environment", factory=True, fd=sock.fileno(), workers=workers,
                    log_level="warning")
        sock.close()
        return
    uvicorn.run(application, host=host, port=port, log_level="warning")
