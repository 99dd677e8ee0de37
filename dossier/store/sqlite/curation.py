"""Curation: merge entities, correct a mention, accept or reject an event, add a fact — logged and undoable.

Edits are keyed by things that survive re-ingest (entity ids, which the
resolver reuses; a document's id plus offsets; event ids derived from the
evidence), so a re-run of the extraction does not silently drop them.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from dossier.store.errors import StoreError
from dossier.store.sqlite.connection import now


class CurationMixin:
    def _log(self, conn, action: str, target: str, before: Any, after: Any) -> int:
        cur = conn.execute("INSERT INTO curation_log (at, action, target, before, after) VALUES (?,?,?,?,?)",
                           (now(), action, target, json.dumps(before, ensure_ascii=False), json.dumps(after, ensure_ascii=False)))
        return cur.lastrowid

    def curation_log(self, limit: int = 100) -> list[dict]:
        return [dict(r) for r in self.query("SELECT * FROM curation_log ORDER BY id DESC LIMIT ?", (limit,))]

    def merge_entities(self, source_id: str, target_id: str) -> int:
        """Fold ``source`` into ``target``: its mentions, event roles and names move; it disappears."""
        if source_id == target_id:
            raise StoreError("an entity cannot be merged into itself")
        with self.transaction() as conn:
            src = conn.execute("SELECT * FROM entities WHERE id = ?", (source_id,)).fetchone()
            if src is None or conn.execute("SELECT 1 FROM entities WHERE id = ?", (target_id,)).fetchone() is None:
                raise StoreError(f"no entity {source_id!r} or {target_id!r} to merge")
            before = {
                "entity": list(src),
                "variants": [list(r) for r in conn.execute("SELECT * FROM entity_variants WHERE entity_id = ?", (source_id,))],
                "mentions": [r[0] for r in conn.execute("SELECT id FROM mentions WHERE entity_id = ?", (source_id,))],
                "participants": [list(r) for r in conn.execute(
                    "SELECT event_id, idx FROM event_participants WHERE entity_id = ?", (source_id,))],
                "target_variants": [r[0] for r in conn.execute("SELECT variant FROM entity_variants WHERE entity_id = ?", (target_id,))],
            }
            conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (target_id, source_id))
            conn.execute("UPDATE event_participants SET entity_id = ? WHERE entity_id = ?", (target_id, source_id))
            conn.execute("INSERT OR IGNORE INTO entity_variants (entity_id, variant, key) "
                         "SELECT ?, variant, key FROM entity_variants WHERE entity_id = ?", (target_id, source_id))
            conn.execute("DELETE FROM entity_variants WHERE entity_id = ?", (source_id,))
            conn.execute("DELETE FROM entities WHERE id = ?", (source_id,))
            conn.execute("UPDATE entities SET origin = 'curated' WHERE id = ?", (target_id,))
            return self._log(conn, "merge", target_id, before, {"source": source_id, "target": target_id})

    def split_entity(self, entity_id: str, mention_ids: list[int], name: str) -> tuple[str, int]:
        """Move some mentions of an entity to a new entity called ``name`` (two people under one name)."""
        if not mention_ids or not name.strip():
            raise StoreError("a split needs the mentions to move and a name for the new entity")
        with self.transaction() as conn:
            row = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                raise StoreError(f"no entity {entity_id!r}")
            marks = ",".join("?" * len(mention_ids))
            moved = conn.execute(f"SELECT id, method, text FROM mentions WHERE entity_id = ? AND id IN ({marks})",
                                 (entity_id, *mention_ids)).fetchall()
            if not moved:
                raise StoreError(f"none of those mentions belongs to {entity_id!r}")
            from dossier.resolve.cluster import slug
            base = "split-" + slug(name)
            new_id, n = base, 2
            while conn.execute("SELECT 1 FROM entities WHERE id = ?", (new_id,)).fetchone():
                new_id, n = f"{base}-{n}", n + 1
            conn.execute("INSERT INTO entities (id, type, name, origin) VALUES (?, ?, ?, 'curated')", (new_id, row[0], name))
            from dossier.store.sqlite.entities import variant_key
            conn.executemany("INSERT OR IGNORE INTO entity_variants (entity_id, variant, key) VALUES (?,?,?)",
                             [(new_id, v, variant_key(v, row[0])) for v in {name, *(m[2] for m in moved)}])
            conn.executemany("UPDATE mentions SET entity_id = ?, method = 'curation' WHERE id = ?", [(new_id, m[0]) for m in moved])
            log = self._log(conn, "split", entity_id, {"mentions": [[m[0], m[1]] for m in moved]},
                            {"new_entity": new_id, "name": name})
            return new_id, log

    def set_event_status_logged(self, event_id: str, status: str) -> int:
        if status not in ("open", "accepted", "rejected"):
            raise StoreError(f"unknown event status {status!r}")
        with self.transaction() as conn:
            row = conn.execute("SELECT status FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise StoreError(f"no event {event_id!r}")
            conn.execute("UPDATE events SET status = ? WHERE id = ?", (status, event_id))
            return self._log(conn, "event-status", event_id, {"status": row[0]}, {"status": status})

    def correct_mention(self, mention_id: int, label: Optional[str] = None, entity_id: Optional[str] = None) -> int:
        with self.transaction() as conn:
            row = conn.execute('SELECT doc_id, start, "end", label, entity_id, method FROM mentions WHERE id = ?', (mention_id,)).fetchone()
            if row is None:
                raise StoreError(f"no mention {mention_id}")
            new_label, new_entity = label or row[3], entity_id if entity_id is not None else row[4]
            conn.execute("UPDATE mentions SET label = ?, entity_id = ?, method = 'curation' WHERE id = ?",
                         (new_label, new_entity or None, mention_id))
            return self._log(conn, "relabel", str(mention_id),
                             {"label": row[3], "entity_id": row[4], "method": row[5], "doc_id": row[0], "start": row[1], "end": row[2]},
                             {"label": new_label, "entity_id": new_entity})

    def add_fact_logged(self, entity_id: str, key: str, value: str, source: str) -> int:
        if not source.strip():
            raise StoreError("a fact needs its source")
        with self.transaction() as conn:
            row = conn.execute("SELECT facts FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                raise StoreError(f"no entity {entity_id!r}")
            facts = json.loads(row[0])
            before = dict(facts)
            facts[key] = value
            facts.setdefault("sources", {})[key] = source
            conn.execute("UPDATE entities SET facts = ?, origin = 'curated' WHERE id = ?", (json.dumps(facts, ensure_ascii=False), entity_id))
            return self._log(conn, "add-fact", entity_id, {"facts": before}, {"facts": facts})

    def undo(self, log_id: int) -> int:
        """Reverse one logged edit (and log the reversal)."""
        with self.transaction() as conn:
            row = conn.execute("SELECT action, target, before, after, undone_by FROM curation_log WHERE id = ?", (log_id,)).fetchone()
            if row is None or row[4] is not None or row[0] == "undo":
                raise StoreError(f"edit {log_id} cannot be undone (unknown, or undone already)")
            action, target, before = row[0], row[1], json.loads(row[2])
            if action == "merge":
                self._undo_merge(conn, target, before)
            elif action == "split":
                after = json.loads(row[3])
                conn.executemany("UPDATE mentions SET entity_id = ?, method = ? WHERE id = ?",
                                 [(target, method, mid) for mid, method in before["mentions"]])
                conn.execute("DELETE FROM entity_variants WHERE entity_id = ?", (after["new_entity"],))
                conn.execute("DELETE FROM entities WHERE id = ?", (after["new_entity"],))
            elif action == "event-status":
                conn.execute("UPDATE events SET status = ? WHERE id = ?", (before["status"], target))
            elif action == "relabel":
                conn.execute("UPDATE mentions SET label = ?, entity_id = ?, method = ? WHERE id = ?",
                             (before["label"], before["entity_id"], before["method"], int(target)))
            elif action == "add-fact":
                conn.execute("UPDATE entities SET facts = ? WHERE id = ?", (json.dumps(before["facts"], ensure_ascii=False), target))
            undo_id = self._log(conn, "undo", str(log_id), {"action": action}, {})
            conn.execute("UPDATE curation_log SET undone_by = ? WHERE id = ?", (undo_id, log_id))
            return undo_id

    def _undo_merge(self, conn, target: str, before: dict) -> None:
        entity = before["entity"]
        conn.execute("INSERT INTO entities VALUES (?,?,?,?,?,?)", entity)
        source = entity[0]
        conn.executemany("INSERT OR IGNORE INTO entity_variants VALUES (?,?,?)", [tuple(v) for v in before["variants"]])
        keep = set(before["target_variants"])
        conn.executemany("DELETE FROM entity_variants WHERE entity_id = ? AND variant = ?",
                         [(target, v[1]) for v in before["variants"] if v[1] not in keep])
        conn.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?", [(source, m) for m in before["mentions"]])
        conn.executemany("UPDATE event_participants SET entity_id = ? WHERE event_id = ? AND idx = ?",
                         [(source, e, i) for e, i in before["participants"]])
