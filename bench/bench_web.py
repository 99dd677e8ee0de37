"""Entity page and search latency (p50/p95) with 20 concurrent clients on a store of 10,000 documents.

The server runs in its own processes (dossier serve --workers 2); the baseline, on the same
server in the same run, is /api/healthz (no store work).
Usage: bench_web.py [--docs N] [--clients N] [--requests N]
"""

from __future__ import annotations

import argparse
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_ingest_search import as_document, make_texts  # noqa: E402
from common import NAMES, summary  # noqa: E402

import httpx  # noqa: E402

from dossier.model import Entity, Mention  # noqa: E402
from dossier.store import open_store  # noqa: E402


def build_store(path: Path, n: int) -> list[str]:
    store = open_store(path)
    entities = [Entity(name.lower(), "PERSON", name) for name in NAMES]
    store.upsert_entities(entities)
    pattern = re.compile("|".join(NAMES))
    for i, text in enumerate(make_texts(n)):
        doc = as_document(i, text)
        store.add_document(doc)
        store.save_mentions(doc.id, [Mention(m.start(), m.end(), m.group(0), "PERSON", m.group(0).lower(), "rule", 1.0)
                                     for m in pattern.finditer(text)])
    store.close()
    return [e.id for e in entities]


def run(url: str, paths: list[str], clients: int) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()

    local = threading.local()

    def one(path: str) -> None:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=url, timeout=60)
        t0 = time.perf_counter()
        r = client.get(path)
        r.raise_for_status()
        with lock:
            times.append(time.perf_counter() - t0)

    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, paths))
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (this machine has 2 cores)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.db"
        t0 = time.perf_counter()
        ids = build_store(db, args.docs)
        print(f"store of {args.docs:,} documents built in {time.perf_counter() - t0:.0f} s")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "dossier", "serve", "--db", str(db), "--port", str(port),
                                   "--workers", str(args.workers)], stdout=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        while True:
            try:
                httpx.get(url + "/api/healthz")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        rng = random.Random(5)
        base = run(url, ["/api/healthz"] * args.requests, args.clients)
        entity = run(url, [f"/entity/{rng.choice(ids)}" for _ in range(args.requests)], args.clients)
        search = run(url, [f"/search?q={rng.choice(NAMES)}" for _ in range(args.requests)], args.clients)
        p95 = lambda xs: sorted(xs)[int(.95 * len(xs))]  # noqa: E731
        print(f"{args.clients} concurrent clients, {args.requests} requests each kind")
        print(f"  baseline /api/healthz: {summary(base)}")
        print(f"  entity page:           {summary(entity)}  (p95 {p95(entity) / p95(base):.1f}x baseline)")
        print(f"  search page:           {summary(search)}  (p95 {p95(search) / p95(base):.1f}x baseline)")
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
