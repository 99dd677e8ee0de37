-- People, organisations and places; the names they go by; every mention in every document.
CREATE TABLE entities (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    name         TEXT NOT NULL,
    facts        TEXT NOT NULL DEFAULT '{}',  -- JSON
    external_ids TEXT NOT NULL DEFAULT '{}',  -- JSON
    origin       TEXT NOT NULL DEFAULT 'extracted'
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE entity_variants (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    variant   TEXT NOT NULL,
    key       TEXT NOT NULL,   -- romanisation-independent key (dossier.resolve.names)
    PRIMARY KEY (entity_id, variant)
);
CREATE INDEX entity_variants_key ON entity_variants(key);
CREATE INDEX entity_variants_variant ON entity_variants(variant COLLATE NOCASE);

CREATE TABLE mentions (
    id        INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    label     TEXT NOT NULL,
    entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
    method    TEXT NOT NULL,
    score     REAL,
    generic   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_doc ON mentions(doc_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- Which documents the extraction has run over (and with which version of it).
CREATE TABLE analysed (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    analysed_at TEXT NOT NULL,
    version     TEXT NOT NULL
);
