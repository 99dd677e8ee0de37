"""Storing what the extraction found in one document, atomically."""

from __future__ import annotations

from typing import Any

from dossier.store.sqlite.connection import now

EXTRACTION_VERSION = "1"


class AnalysisMixin:
    def save_analysis(self, doc_id: str, analysis: Any) -> None:
        """Mentions, entities and events of one document: all stored, or (if killed) none."""
        with self.transaction() as conn:
            self.upsert_entities(analysis.entities)
            self.save_mentions(doc_id, analysis.mentions)
            self.save_events(doc_id, analysis.events)
            conn.execute("INSERT OR REPLACE INTO analysed VALUES (?, ?, ?)", (doc_id, now(), EXTRACTION_VERSION))

    def is_analysed(self, doc_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM analysed WHERE doc_id = ? AND version = ?", (doc_id, EXTRACTION_VERSION)))
