"""Full-text search over paragraphs, headings and footnotes (FTS5, bm25 ranking).

Ranking runs inside FTS5 alone; the joins, snippets and offsets are computed
only for the page of hits asked for, so a common name in a large store stays
fast.
"""

from __future__ import annotations

from typing import Optional

from dossier.store.query import Expand, highlight, query_terms, to_fts
from dossier.store.records import SearchHit


class SearchMixin:
    def search(self, query: str, limit: int = 20, offset: int = 0, doc_id: Optional[str] = None,
               expand: Optional[Expand] = None) -> list[SearchHit]:
        """Ranked hits, each pointing at a block and at the first matched words in the document."""
        match = to_fts(query, expand)
        if match is None:
            return []
        wanted = limit + offset
        hits: list[SearchHit] = []
        # only current versions are in the index (a superseded version leaves it), so no filter is needed here
        kept = self.query("SELECT rowid, doc_id, rank FROM blocks_fts WHERE blocks_fts MATCH ?"
                          + (" AND doc_id = ?" if doc_id else "") + " ORDER BY rank LIMIT ?",
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
