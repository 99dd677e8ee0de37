-- Documents, their versions, structure, and the full-text index.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,          -- sha256 of the file's bytes
    path          TEXT NOT NULL,
    title         TEXT,
    format        TEXT NOT NULL,
    encoding      TEXT,
    language      TEXT,
    published     TEXT,
    size          INTEGER NOT NULL,
    text          TEXT NOT NULL,
    text_sha256   TEXT NOT NULL,
    warnings      TEXT NOT NULL DEFAULT '[]', -- JSON list
    ingested_at   TEXT NOT NULL,
    superseded_by TEXT REFERENCES documents(id)
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_current ON documents(superseded_by) WHERE superseded_by IS NULL;

CREATE TABLE blocks (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    label  TEXT,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE footnotes (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    label        TEXT NOT NULL,
    marker_start INTEGER,
    marker_end   INTEGER,
    body_start   INTEGER NOT NULL,
    body_end     INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- One row per searchable block; diacritics and case folded by the tokenizer.
CREATE VIRTUAL TABLE blocks_fts USING fts5(
    body,
    doc_id UNINDEXED,
    block_idx UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
