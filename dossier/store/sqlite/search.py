"""Full-text search over paragraphs, headings and footnotes (FTS5, bm25 ranking).

Ranking runs inside FTS5 alone; the joins, snippets and offsets are computed
only for the page of hits asked for, so a common name in a large store stays
fast. ``ORDER BY bm25(...) LIMIT n`` lets SQLite keep only the best n rows
while scoring; ``ORDER BY rank`` would sort every match first (~1.7× slower
for a name in most passages).

Ranking a name that occurs in most passages still costs milliseconds, and
readers repeat searches (paging back, following a facet, reloading), so the
pages of hits are kept in a small LRU cache. The index changes only when a
document (or a new version of one) is added, so the cache is keyed by the
newest document's rowid: any ingest, by any process, makes every cached page
stale at once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Optional

from dossier.store.query import Expand, highlight, query_terms, to_fts
from dossier.store.records import SearchHit

SEARCH_CACHE_SIZE = 512


class SearchMixin:
    def _init_search_cache(self, size: int) -> None:
        """``size`` pages of hits are kept; 0 turns the cache off."""
        self.search_cache_size = size
        self._search_lock = threading.Lock()
        self._search_pages: OrderedDict = OrderedDict()

    def search(self, query: str, limit: int = 20, offset: int = 0, doc_id: Optional[str] = None,
               expand: Optional[Expand] = None) -> list[SearchHit]:
        """Ranked hits, each pointing at a block and at the first matched words in the document."""
        match = to_fts(query, expand)
        if match is None:
            return []
        if self.search_cache_size <= 0:
            return self._search(match, limit, offset, doc_id)
        key = (match, limit, offset, doc_id)
        generation = self.query("SELECT max(rowid) AS g FROM documents")[0]["g"]
        cache = self._search_pages
        with self._search_lock:
            cached = cache.get(key)
            if cached is not None and cached[0] == generation:
                cache.move_to_end(key)
                return list(cached[1])
        hits = self._search(match, limit, offset, doc_id)
        with self._search_lock:
            cache[key] = (generation, tuple(hits))
            cache.move_to_end(key)
            while len(cache) > self.search_cache_size:
                cache.popitem(last=False)
        return hits

    def _search(self, match: str, limit: int, offset: int, doc_id: Optional[str]) -> list[SearchHit]:
        wanted = limit + offset
        hits: list[SearchHit] = []
        # only current versions are in the index (a superseded version leaves it), so no filter is needed here
        kept = self.query("SELECT rowid, doc_id, bm25(blocks_fts) AS rank FROM blocks_fts WHERE blocks_fts MATCH ?"
                          + (" AND doc_id = ?" if doc_id else "") + " ORDER BY bm25(blocks_fts), rowid LIMIT ?",
                          (match, doc_id, wanted) if doc_id else (match, wanted))
        page = kept[offset:wanted]
        if not page:
            return []
        marks = ",".join("?" * len(page))
        rows = {r["rowid"]: r for r in self.query(
            "SELECT f.rowid, f.doc_id, f.body, d.path, d.title, b.start, b.\"end\""
            " FROM blocks_fts f JOIN documents d ON d.id = f.doc_id"
            " JOIN blocks b ON b.doc_id = f.doc_id AND b.idx = f.block_idx"
            f" WHERE f.rowid IN ({marks})", tuple(r["rowid"] for r in page))}
        terms = query_terms(match)
        for r in page:
            row = rows.get(r["rowid"])
            if row is None:
                continue
            snippet, where = highlight(row["body"], terms)
            hits.append(SearchHit(
                doc_id=row["doc_id"], path=row["path"], title=row["title"], block_start=row["start"],
                block_end=row["end"], snippet=snippet, score=-r["rank"],
                start=row["start"] + where[0] if where else None, end=row["start"] + where[1] if where else None))
        return hits

