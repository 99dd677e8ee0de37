"""Findings of the last check, replaced as a whole each time."""

from __future__ import annotations

import json
from typing import Optional

from dossier.model import EvidenceRef, Finding
from dossier.store.sqlite.connection import now


class FindingsMixin:
    def save_findings(self, findings: list[Finding]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM findings")
            stamp = now()
            for f in findings:
                cur = conn.execute("INSERT INTO findings (kind, summary, confidence, rule, event_ids, checked_at)"
                                   " VALUES (?,?,?,?,?,?)", (f.kind, f.summary, f.confidence, f.rule, json.dumps(f.event_ids), stamp))
                conn.executemany('INSERT INTO finding_evidence (finding_id, idx, doc_id, path, start, "end", quote)'
                                 " VALUES (?,?,?,?,?,?,?)",
                                 [(cur.lastrowid, i, e.doc_id, e.path, e.start, e.end, e.quote) for i, e in enumerate(f.evidence)])

    def findings(self, kind: Optional[str] = None, min_confidence: float = 0.0) -> list[Finding]:
        rows = self.query("SELECT * FROM findings WHERE (? IS NULL OR kind = ?) AND confidence >= ?"
                          " ORDER BY confidence DESC, kind, id", (kind, kind, min_confidence))
        evidence: dict[int, list[EvidenceRef]] = {}
        for r in self.query("SELECT * FROM finding_evidence ORDER BY finding_id, idx"):
            evidence.setdefault(r["finding_id"], []).append(EvidenceRef(r["doc_id"], r["path"], r["start"], r["end"], r["quote"]))
        return [Finding(kind=r["kind"], summary=r["summary"], evidence=evidence.get(r["id"], []),
                        event_ids=json.loads(r["event_ids"]), confidence=r["confidence"], rule=r["rule"]) for r in rows]
