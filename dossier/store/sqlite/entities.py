"""Entities, their name variants (with search keys) and mentions."""

from __future__ import annotations

import json
from typing import Optional

from dossier.model import Entity, Mention
from dossier.store.records import MentionInContext

CONTEXT = 80


def variant_key(variant: str, type_: str = "PERSON") -> str:
    """People are keyed by surname (any spelling); organisations and places by their whole name."""
    from dossier.resolve.names import org_key, parse_person

    return parse_person(variant).key if type_ == "PERSON" else org_key(variant)


class EntitiesMixin:
    def upsert_entities(self, entities: list[Entity]) -> None:
        with self.transaction() as conn:
            for e in entities:
                conn.execute(
                    "INSERT INTO entities (id, type, name, facts, external_ids) VALUES (?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET name = excluded.name, facts = excluded.facts,"
                    " external_ids = excluded.external_ids WHERE entities.origin != 'curated'",
                    (e.id, e.type, e.name, json.dumps(e.facts, ensure_ascii=False), json.dumps(e.external_ids)))
                conn.executemany("INSERT OR IGNORE INTO entity_variants (entity_id, variant, key) VALUES (?,?,?)",
                                 [(e.id, v, variant_key(v, e.type)) for v in [e.name, *e.variants]])

    def save_mentions(self, doc_id: str, mentions: list[Mention]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM mentions WHERE doc_id = ? AND method != 'curation'", (doc_id,))
            curated = conn.execute('SELECT start, "end" FROM mentions WHERE doc_id = ?', (doc_id,)).fetchall()
            mentions = [m for m in mentions if not any(s < m.end and m.start < e for s, e in curated)]
            conn.executemany(
                'INSERT INTO mentions (doc_id, start, "end", text, label, entity_id, method, score, generic)'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(doc_id, m.start, m.end, m.text, m.label, m.entity_id, m.method, m.score, int(m.generic))
                 for m in mentions])

    def _entity_from_row(self, row) -> Entity:
        variants = [r["variant"] for r in self.query(
            "SELECT variant FROM entity_variants WHERE entity_id = ? AND variant != ? ORDER BY variant", (row["id"], row["name"]))]
        return Entity(id=row["id"], type=row["type"], name=row["name"], variants=variants,
                      facts=json.loads(row["facts"]), external_ids=json.loads(row["external_ids"]))

    def entities(self, type: Optional[str] = None) -> list[tuple[Entity, int]]:
        """Entities (of one type, or all) with how often they are mentioned in current documents, most first."""
        rows = self.query(
            "SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS n"
            " FROM entities e WHERE (? IS NULL OR e.type = ?) ORDER BY n DESC, e.name", (type, type))
        return [(self._entity_from_row(r), r["n"]) for r in rows if r["n"] or r["origin"] != "extracted"]

    def entity_names(self, type: Optional[str] = None) -> list[tuple[str, str]]:
        """(id, name) of every entity, cheaply (for menus)."""
        return [(r["id"], r["name"]) for r in self.query(
            "SELECT id, name FROM entities WHERE (? IS NULL OR type = ?) ORDER BY name", (type, type))]

    def entities_for_resolution(self) -> list[Entity]:
        return [self._entity_from_row(r) for r in self.query("SELECT * FROM entities")]

    def get_entity(self, entity_id: str) -> Optional[Entity]:
        rows = self.query("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return self._entity_from_row(rows[0]) if rows else None

    def find_entities(self, name: str) -> list[Entity]:
        """Entities any of whose names is this one, in any spelling or script."""
        rows = self.query(
            "SELECT DISTINCT e.* FROM entities e JOIN entity_variants v ON v.entity_id = e.id"
            " WHERE v.variant = ? COLLATE NOCASE OR (e.type = 'PERSON' AND v.key = ?)"
            " OR (e.type != 'PERSON' AND v.key = ?) OR e.id = ?",
            (name, variant_key(name), variant_key(name, "ORG"), name))
        return [self._entity_from_row(r) for r in rows]

    def name_variants_for_search(self, word: str) -> list[str]:
        """Every spelling of a known name, so that searching Pyatakov finds Piatakov."""
        rows = self.query(
            "SELECT DISTINCT v2.variant FROM entity_variants v1 JOIN entity_variants v2 ON v1.entity_id = v2.entity_id"
            " JOIN entities e ON e.id = v1.entity_id"
            " WHERE e.type = 'PERSON' AND (v1.key = ? OR v1.variant = ? COLLATE NOCASE)", (variant_key(word), word))
        return [r["variant"] for r in rows]

    def count_mentions(self, entity_id: str) -> int:
        return self.query("SELECT COUNT(*) AS n FROM mentions WHERE entity_id = ?", (entity_id,))[0]["n"]

    def mentions_of(self, entity_id: str, limit: int = -1, offset: int = 0) -> list[MentionInContext]:
        rows = self.query(
            'SELECT m.*, d.path, d.title, substr(d.text, max(1, m.start + 1 - ?), m."end" - m.start + 2 * ?) AS context,'
            " max(0, m.start - ?) AS context_start,"
            " (SELECT f.label FROM footnotes f WHERE f.doc_id = m.doc_id AND m.start >= f.body_start AND m.start < f.body_end) AS footnote"
            " FROM (SELECT id FROM mentions WHERE entity_id = ? ORDER BY doc_id, start LIMIT ? OFFSET ?) page"
            " JOIN mentions m ON m.id = page.id JOIN documents d ON d.id = m.doc_id ORDER BY d.path, m.start",
            (CONTEXT, CONTEXT, CONTEXT, entity_id, limit, offset))
        return [MentionInContext(id=r["id"], doc_id=r["doc_id"], path=r["path"], title=r["title"], start=r["start"], end=r["end"],
                                 text=r["text"], label=r["label"], context=r["context"],
                                 context_start=r["context_start"], footnote=r["footnote"]) for r in rows]

    def mentions_in(self, doc_id: str) -> list[Mention]:
        rows = self.query('SELECT * FROM mentions WHERE doc_id = ? ORDER BY start', (doc_id,))
        return [Mention(start=r["start"], end=r["end"], text=r["text"], label=r["label"], entity_id=r["entity_id"],
                        method=r["method"], score=r["score"], doc_id=r["doc_id"], generic=bool(r["generic"])) for r in rows]
