"""Entity page and search latency (p50/p95) with 20 concurrent clients on a store of 10,000 documents.

The server runs in its own processes (dossier serve --workers 2); the baseline, on the same
server in the same run, is /api/healthz (no store work).

Searches are drawn from a pool of ~900 distinct queries (names, places, years, name+place and
name+year pairs) with Zipf-like popularity, as search logs have; each worker's cache starts
empty. The search is also run with the cache off (every query ranked anew), so the cache's
share of the result is visible.
Usage: bench_web.py [--docs N] [--clients N] [--requests N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_ingest_search import as_document, make_texts  # noqa: E402
from common import NAMES, PLACES, summary  # noqa: E402

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


def query_pool(rng: random.Random) -> list[str]:
    """Distinct queries, most popular first: names, then places, years and pairs."""
    years = [str(y) for y in range(1920, 1941)]
    pool = NAMES + PLACES + years + [f"{n} {p}" for n in NAMES for p in PLACES] + [f"{n} {y}" for n in NAMES for y in years]
    head, tail = pool[:len(NAMES)], pool[len(NAMES):]
    rng.shuffle(tail)
    return head + tail


def zipf_queries(rng: random.Random, pool: list[str], n: int) -> list[str]:
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    return rng.choices(pool, weights=weights, k=n)


def start_server(db: Path, workers: int, search_cache: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dossier", "serve", "--db", str(db), "--port", str(port),
                               "--workers", str(workers), "--search-cache", str(search_cache)], stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            httpx.get(url + "/api/healthz")
            return server, url
        except httpx.HTTPError:
            time.sleep(0.1)


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait()


async def _client(host: str, port: int, paths: list[str], times: list[float]) -> None:
    """One kept-alive connection sending its share of the requests one after another."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for path in paths:
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
            await reader.readexactly(length)
            if status != 200:
                raise RuntimeError(f"{path}: HTTP {status}")
            times.append(time.perf_counter() - t0)
    finally:
        writer.close()


def run(url: str, paths: list[str], clients: int) -> list[float]:
    """Latency of every request, ``clients`` connections at once. The clients are asyncio over raw
    sockets: a thread pool of httpx clients took as much CPU as the server on these 2 cores."""
    host, port = url.rsplit("/", 1)[1].rsplit(":", 1)
    times: list[float] = []
    shares = [paths[i::clients] for i in range(clients)]

    async def all_clients() -> None:
        await asyncio.gather(*(_client(host, int(port), share, times) for share in shares if share))

    asyncio.run(all_clients())
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
        rng = random.Random(5)
        searches = [f"/search?q={q.replace(' ', '+')}" for q in zipf_queries(rng, query_pool(rng), args.requests)]
        entities = [f"/entity/{rng.choice(ids)}" for _ in range(args.requests)]
        server, url = start_server(db, args.workers, search_cache=0)
        cold = run(url, searches, args.clients)
        stop(server)
        server, url = start_server(db, args.workers, search_cache=512)
        base = run(url, ["/api/healthz"] * args.requests, args.clients)
        entity = run(url, entities, args.clients)
        search = run(url, searches, args.clients)
        stop(server)
        p95 = lambda xs: sorted(xs)[int(.95 * len(xs))]  # noqa: E731
        print(f"{args.clients} concurrent clients, {args.requests} requests each kind; "
              f"{len(set(searches))} distinct searches among {len(searches)}")
        print(f"  baseline /api/healthz: {summary(base)}")
        print(f"  entity page:           {summary(entity)}  (p95 {p95(entity) / p95(base):.1f}x baseline)")
        print(f"  search page:           {summary(search)}  (p95 {p95(search) / p95(base):.1f}x baseline)")
        print(f"  search, cache off:     {summary(cold)}  (p95 {p95(cold) / p95(base):.1f}x baseline)")


if __name__ == "__main__":
    main()
