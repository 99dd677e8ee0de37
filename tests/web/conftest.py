"""A real store made by the real pipeline, served by uvicorn on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from dossier.api import check_store, import_facts, ingest_into
from dossier.store import open_store
from dossier.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ('<html><head><title>Hostile &lt;script&gt;</title></head><body><h1>A pamphlet</h1>'
           '<p>Yezhov wrote &lt;script&gt;alert("x")&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; in 1937.</p>'
           '</body></html>')
HOSTILE_TXT = "Hostile text\n\nRadek said <script>alert('boom')</script> and <img src=x onerror=alert(1)> in 1936.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    extra = folder / "extra"
    extra.mkdir()
    (extra / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (extra / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    db = folder / "web.db"
    store = open_store(db)
    ingest_into(store, [ROOT / "examples", extra])
    import_facts(store, ROOT / "examples" / "reference" / "facts.yaml")
    check_store(store)
    store.close()
    return db


class Server:
    def __init__(self, app, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                httpx.get(self.url + "/api/healthz", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def server(demo_store):
    with Server(create_app(demo_store), free_port()) as s:
        yield s


@pytest.fixture
def serve(demo_store):
    """Start another server over a copy of the store with other options (read-only, token)."""
    import shutil
    started = []

    def start(tmp_path, **options):
        copy = tmp_path / "copy.db"
        shutil.copy(demo_store, copy)
        s = Server(create_app(copy, **options), free_port()).__enter__()
        started.append(s)
        return s
    yield start
    for s in started:
        s.__exit__()
