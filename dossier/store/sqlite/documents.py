"""Documents, their versions, blocks and footnotes."""

from __future__ import annotations

import json
from typing import Optional

from dossier.model import Block, Document, Footnote, Span
from dossier.store.errors import StoreError
from dossier.store.records import AddResult, DocumentInfo
from dossier.store.sqlite.connection import now

SEARCHABLE = ("paragraph", "footnote", "heading", "title")


class DocumentsMixin:
    def add_document(self, doc: Document) -> AddResult:
        """Store one document atomically; identical bytes are a no-op, new bytes at a known path a new version."""
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
                return AddResult("unchanged", doc.id)
            previous = conn.execute(
                "SELECT id FROM documents WHERE path = ? AND superseded_by IS NULL", (doc.path,)).fetchone()
            conn.execute(
                "INSERT INTO documents (id, path, title, format, encoding, language, published, size, text,"
                " text_sha256, warnings, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.path, doc.title, doc.format, doc.encoding, doc.language, doc.published, doc.size,
                 doc.text, doc.text_sha256, json.dumps(doc.warnings), now()))
            conn.executemany('INSERT INTO blocks (doc_id, idx, kind, start, "end", label) VALUES (?,?,?,?,?,?)',
                             [(doc.id, i, b.kind, b.start, b.end, b.label) for i, b in enumerate(doc.blocks)])
            conn.executemany(
                "INSERT INTO footnotes VALUES (?,?,?,?,?,?,?)",
                [(doc.id, i, f.label, f.marker.start if f.marker else None, f.marker.end if f.marker else None,
                  f.body.start, f.body.end) for i, f in enumerate(doc.footnotes)])
            conn.executemany("INSERT INTO blocks_fts (body, doc_id, block_idx) VALUES (?,?,?)",
                             [(doc.text[b.start:b.end], doc.id, i) for i, b in enumerate(doc.blocks)
                              if b.kind in SEARCHABLE])
            if previous:
                conn.execute("UPDATE documents SET superseded_by = ? WHERE id = ?", (doc.id, previous[0]))
                self._forget_analysis(conn, previous[0])
                return AddResult("new-version", doc.id, superseded=previous[0])
            return AddResult("new", doc.id)

    def _forget_analysis(self, conn, doc_id: str) -> None:
        """A superseded version keeps its text and structure; its extraction and its place in the search index go."""
        for table in ("mentions", "events", "analysed", "blocks_fts"):  # every migration has run when a store is open
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def documents(self, include_superseded: bool = False) -> list[DocumentInfo]:
        where = "" if include_superseded else "WHERE d.superseded_by IS NULL"
        rows = self.query(
            "SELECT d.id, d.path, d.title, d.format, d.size, d.published, d.language, d.ingested_at, d.superseded_by,"
            " (SELECT COUNT(*) FROM blocks b WHERE b.doc_id = d.id) AS blocks,"
            " (SELECT COUNT(*) FROM footnotes f WHERE f.doc_id = d.id) AS footnotes"
            f" FROM documents d {where} ORDER BY d.path, d.ingested_at")
        return [DocumentInfo(**dict(row)) for row in rows]

    def resolve_document_ref(self, ref: str) -> str:
        """The id a user meant: an id, a unique id prefix (6+), a path or an exact title."""
        if self.query("SELECT 1 FROM documents WHERE id = ?", (ref,)):
            return ref
        candidates: list[str] = []
        if len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref.lower()):
            candidates = [r["id"] for r in self.query("SELECT id FROM documents WHERE id LIKE ?", (ref.lower() + "%",))]
        for column in ("path", "title"):
            if not candidates:
                candidates = [r["id"] for r in self.query(
                    f"SELECT id FROM documents WHERE {column} = ? ORDER BY superseded_by IS NOT NULL, ingested_at DESC", (ref,))]
                if column == "path" and candidates:
                    candidates = candidates[:1]  # the current version of that path
        if not candidates:
            raise StoreError(f"no document matches {ref!r}; `dossier documents` lists them")
        if len(set(candidates)) > 1:
            raise StoreError(f"{ref!r} matches {len(candidates)} documents; give more of the id")
        return candidates[0]

    def get_document(self, ref: str) -> Document:
        doc_id = self.resolve_document_ref(ref)
        row = self.query("SELECT * FROM documents WHERE id = ?", (doc_id,))[0]
        blocks = [Block(r["kind"], r["start"], r["end"], r["label"]) for r in self.query(
            'SELECT kind, start, "end", label FROM blocks WHERE doc_id = ? ORDER BY idx', (doc_id,))]
        footnotes = [Footnote(r["label"], Span(r["marker_start"], r["marker_end"]) if r["marker_start"] is not None else None,
                              Span(r["body_start"], r["body_end"])) for r in self.query(
            "SELECT * FROM footnotes WHERE doc_id = ? ORDER BY idx", (doc_id,))]
        return Document(id=row["id"], path=row["path"], text=row["text"], title=row["title"], format=row["format"],
                        encoding=row["encoding"], language=row["language"], published=row["published"],
                        blocks=blocks, footnotes=footnotes, size=row["size"], warnings=json.loads(row["warnings"]))

    def document_info(self, doc_id: str) -> Optional[DocumentInfo]:
        rows = self.query("SELECT id, path, title, format, size, published, language, ingested_at, superseded_by"
                          " FROM documents WHERE id = ?", (doc_id,))
        return DocumentInfo(**dict(rows[0])) if rows else None
