"""Full-text search over paragraphs, headings and footnotes (FTS5, bm25 ranking)."""

from __future__ import annotations

import re
from typing import Optional

from dossier.store.query import Expand, first_match, to_fts
from dossier.store.records import SearchHit

HIGHLIGHT = re.compile("\x02(.*?)\x03", re.S)


class SearchMixin:
    def search(self, query: str, limit: int = 20, offset: int = 0, doc_id: Optional[str] = None,
               expand: Optional[Expand] = None) -> list[SearchHit]:
        """Ranked hits, each pointing at a block and at the first matched words in the document."""
        match = to_fts(query, expand)
        if match is None:
            return []
        sql = ("SELECT f.doc_id, f.block_idx, d.path, d.title, b.start, b.\"end\","
               " snippet(blocks_fts, 0, char(2), char(3), '…', 16) AS snippet, bm25(blocks_fts) AS score,"
               " f.body FROM blocks_fts f JOIN documents d ON d.id = f.doc_id"
               " JOIN blocks b ON b.doc_id = f.doc_id AND b.idx = f.block_idx"
               " WHERE blocks_fts MATCH ? AND d.superseded_by IS NULL")
        params: list = [match]
        if doc_id:
            sql += " AND f.doc_id = ?"
            params.append(doc_id)
        sql += " ORDER BY score LIMIT ? OFFSET ?"
        params += [limit, offset]
        hits = []
        for row in self.query(sql, tuple(params)):
            terms = HIGHLIGHT.findall(row["snippet"])
            where = first_match(row["body"], terms)
            hits.append(SearchHit(
                doc_id=row["doc_id"], path=row["path"], title=row["title"], block_start=row["start"],
                block_end=row["end"], snippet=row["snippet"], score=-row["score"],
                start=row["start"] + where[0] if where else None, end=row["start"] + where[1] if where else None))
        return hits

    def count_hits(self, query: str, expand: Optional[Expand] = None) -> int:
        match = to_fts(query, expand)
        if match is None:
            return 0
        return self.query("SELECT COUNT(*) AS n FROM blocks_fts f JOIN documents d ON d.id = f.doc_id"
                          " WHERE blocks_fts MATCH ? AND d.superseded_by IS NULL", (match,))[0]["n"]
