"""Ingest throughput (MB/s, documents/s) and search latency (p50/p95) on a generated store.

Baselines, run in the same process: raw INSERTs into a bare FTS5 table (ingest),
and a bare FTS5 MATCH on that table (search). Usage: bench_ingest_search.py [--docs N] [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import NAMES, paragraph, summary  # noqa: E402

from dossier.ingest.structure import find_structure  # noqa: E402
from dossier.model import Document  # noqa: E402
from dossier.pipeline import ingest_paths  # noqa: E402
from dossier.store import open_store  # noqa: E402


def make_texts(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [f"Report {i}\n\n" + "\n\n".join(paragraph(rng) for _ in range(3)) + "\n" for i in range(n)]


def as_document(i: int, text: str) -> Document:
    s = find_structure(text)
    return Document(id=hashlib.sha256(text.encode()).hexdigest(), path=f"gen/{i:06d}.txt", text=text, title=s.title,
                    blocks=s.blocks, footnotes=s.footnotes, size=len(text.encode()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 documents")
    args = parser.parse_args()
    n = 10_000 if args.quick else args.docs
    texts = make_texts(n)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # baseline: a bare FTS5 table, one transaction per document, as the store does
        bare = sqlite3.connect(tmp / "bare.db", isolation_level=None)
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
        t0 = time.perf_counter()
        for text in texts:
            bare.execute("BEGIN")
            bare.execute("INSERT INTO t (body) VALUES (?)", (text,))
            bare.execute("COMMIT")
        base_s = time.perf_counter() - t0

        store = open_store(tmp / "store.db", search_cache=0)  # every query ranked anew, as the baseline's
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            store.add_document(as_document(i, text))
        store_s = time.perf_counter() - t0
        print(f"store layer, {n:,} documents ({megabytes:.1f} MB): {n / store_s:,.0f} docs/s, {megabytes / store_s:.2f} MB/s")
        print(f"  baseline bare FTS5 insert: {n / base_s:,.0f} docs/s; ratio store/baseline time = {store_s / base_s:.2f}x")

        sample = min(2000, n)
        folder = tmp / "files"
        folder.mkdir()
        for i, text in enumerate(texts[:sample]):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        files_store = open_store(tmp / "files.db")
        t0 = time.perf_counter()
        report = ingest_paths(files_store, [folder])
        full_s = time.perf_counter() - t0
        mb = report.bytes / 1e6
        print(f"full path files → read_document → store, {sample:,} files: {sample / full_s:,.0f} docs/s, {mb / full_s:.2f} MB/s")

        rng = random.Random(7)
        queries = [rng.choice(NAMES) for _ in range(200)] + [f'"{rng.choice(NAMES)} was arrested"' for _ in range(50)] \
            + [rng.choice(NAMES)[:4] + "*" for _ in range(50)]
        ours, bare_times = [], []
        for q in queries:
            t0 = time.perf_counter()
            store.search(q, limit=20)
            ours.append(time.perf_counter() - t0)
            plain = q if q.startswith('"') or q.endswith("*") else f'"{q}"'
            t0 = time.perf_counter()
            bare.execute("SELECT rowid, snippet(t, 0, '[', ']', '…', 16) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 20", (plain,)).fetchall()
            bare_times.append(time.perf_counter() - t0)
        print(f"search over {n:,} documents, {len(queries)} queries: {summary(ours)}")
        print(f"  baseline bare FTS5 MATCH: {summary(bare_times)}; p95 ratio {sorted(ours)[int(.95 * len(ours))] / sorted(bare_times)[int(.95 * len(bare_times))]:.2f}x")


if __name__ == "__main__":
    main()
