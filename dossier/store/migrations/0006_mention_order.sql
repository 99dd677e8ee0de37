-- Mentions of an entity in document order, straight from the index (entity pages on large stores).
CREATE INDEX mentions_entity_doc ON mentions(entity_id, doc_id, start);
